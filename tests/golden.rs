//! Links never break: every link in `tests/golden/links.txt`, made by an earlier release,
//! must still open without a notice and show the same results.
#![cfg(not(target_arch = "wasm32"))]

use reachwise::state::result_summary;
use reachwise::url_state::{from_query, to_query};

#[test]
fn golden_links_still_show_the_same_results() {
    let file = include_str!("golden/links.txt");
    let mut checked = 0;
    for line in file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (query, expected) = line.split_once('\t').expect("query<TAB>results");
        let (state, notices) = from_query(query);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        assert_eq!(result_summary(&state), expected, "link ?{query}");
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} golden links");
}

/// Version 1 links are migrated to one account: the link the page then writes (version 2)
/// must open without a notice and show the same results, for the open calculator and,
/// since the migration keeps every figure that differs, for every other calculator too.
#[test]
fn golden_links_rewritten_as_version_2_show_the_same_results() {
    use reachwise::state::Calculator;
    let file = include_str!("golden/links.txt");
    for line in file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (query, _) = line.split_once('\t').expect("query<TAB>results");
        let (migrated, _) = from_query(query);
        let written = to_query(&migrated);
        assert!(written.is_empty() || written.starts_with("v=2"), "{written}");
        let (reopened, notices) = from_query(&written);
        assert!(notices.is_empty(), "{written}: {notices:?}");
        for calculator in Calculator::ALL {
            let mut before = migrated.clone();
            let mut after = reopened.clone();
            before.calculator = calculator;
            after.calculator = calculator;
            assert_eq!(
                result_summary(&after),
                result_summary(&before),
                "?{query} rewritten as ?{written}, {calculator:?}"
            );
        }
    }
}
