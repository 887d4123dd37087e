//! Links never break: every link in `tests/golden/links.txt`, made by an earlier release,
//! must still open without a notice and show the same results.
#![cfg(not(target_arch = "wasm32"))]

use reachwise::state::result_summary;
use reachwise::url_state::from_query;

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
