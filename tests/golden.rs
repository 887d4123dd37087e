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
        assert!(
            written.is_empty() || written.starts_with("v=2"),
            "{written}"
        );
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

/// Every calculator a version 1 link speaks of (the open one, and any whose keys it holds)
/// shows what version 1 showed: each figure the link gave it, and version 1's defaults for
/// the rest, whatever became the account. Returns how many calculators were compared.
#[track_caller]
fn keeps_every_calculator_it_speaks_of(query: &str) -> usize {
    use reachwise::state::fields::all;
    use reachwise::state::{Calculator, PlatformChoice};
    let calculators = [
        (Calculator::Tiers, "tier."),
        (Calculator::Engagement, "er."),
        (Calculator::Rates, "rate."),
        (Calculator::Authenticity, "auth."),
    ];
    let (migrated, notices) = from_query(query);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    // Version 1's reading: every figure the calculator's own, stored as the link gave it or
    // at version 1's default (the calculators' fields keep version 1's defaults).
    let (mut v1, _) = from_query(&query.replace("v=1", "v=2"));
    for id in all().filter(|id| id.account_source().is_some()) {
        v1.own.set_field(id, true);
    }
    for choice in [
        PlatformChoice::Tiers,
        PlatformChoice::Engagement,
        PlatformChoice::Authenticity,
    ] {
        v1.own.set_platform(choice, true);
    }
    let mut compared = 0;
    for (calculator, prefix) in calculators {
        if migrated.calculator != calculator && !query.contains(&format!("&{prefix}")) {
            continue;
        }
        let (mut before, mut after) = (v1.clone(), migrated.clone());
        before.calculator = calculator;
        after.calculator = calculator;
        assert_eq!(
            result_summary(&after),
            result_summary(&before),
            "?{query}, {calculator:?}"
        );
        compared += 1;
    }
    compared
}

#[test]
fn golden_links_keep_every_calculator_they_speak_of() {
    let file = include_str!("golden/links.txt");
    let compared: usize = file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| keeps_every_calculator_it_speaks_of(line.split('\t').next().unwrap_or("")))
        .sum();
    assert!(compared >= 15, "{compared}");
}

#[test]
fn mixed_version_1_links_keep_every_calculator_they_speak_of() {
    for query in [
        "v=1&calc=rates&tier.platform=tiktok&tier.followers=600000&er.platform=youtube\
         &er.followers=40000&er.likes=2000&er.comments=60&rate.followers=120000&rate.er=6\
         &auth.platform=pinterest&auth.followers=25000&auth.sample=50&auth.fake=10",
        "v=1&calc=authenticity&auth.followers=100000&auth.likes=50\
         &auth.history=80000~84000~88000~130000~133000&er.likes=9000",
        "v=1&calc=engagement&er.totals=1&er.posts=12&er.likes=24000&er.comments=720\
         &tier.followers=300000",
        "v=1&calc=tiers&tier.followers=300000&er.likes=40000&er.followers=300000",
        "v=1&calc=roi&er.followers=9000&rate.er=3",
    ] {
        assert!(keeps_every_calculator_it_speaks_of(query) >= 1, "{query}");
    }
}
