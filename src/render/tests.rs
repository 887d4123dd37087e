//! The result bodies the worker sends, rendered natively with the plain formatter: the
//! README's example links show their figures, and the parts the page swaps are there.

use crate::domain::format::PlainFormatter;
use crate::markup::PART_BREAK;
use crate::state::Calculator;
use crate::url_state::from_query;

/// The body of the calculator `query` opens.
fn body(query: &str) -> String {
    let (state, notices) = from_query(query);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    let f = PlainFormatter;
    match state.calculator {
        Calculator::Engagement => super::engagement::body(&state, f),
        Calculator::Rates => super::rates::body(&state, f),
        Calculator::Roi => super::roi::body(&state, f),
        Calculator::Budget => super::budget::body(&state, f),
        Calculator::Authenticity => super::authenticity::body(&state, f),
        Calculator::Card => super::card::body(&state, f),
        Calculator::Tiers => panic!("the tier finder renders in the page"),
    }
}

#[track_caller]
fn shows(query: &str, figures: &[&str]) {
    let text = body(query);
    for figure in figures {
        assert!(
            text.contains(figure),
            "{figure} missing from {query}: {text}"
        );
    }
    assert!(text.contains("How "), "{query} says how it is worked out");
    assert!(text.contains(PART_BREAK), "{query} is sent in parts");
}

#[test]
fn the_readme_examples_show_their_figures() {
    shows(
        "v=1&calc=roi",
        &["6,000", "13,750", "120", "275", "$83", "$36"],
    );
    shows(
        "v=1&calc=roi&roi.n=2&roi.1.reach=400000&roi.1.er=0.75-1&roi.2.name=10%20micro%20influencers&roi.2.creators=10&roi.2.cost=1000&roi.2.reach=300000-400000&roi.2.er=5",
        &["$0.50–$0.67", "$2.50–$3.33", "(4–6×)"],
    );
    shows(
        "v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60",
        &["5.15% engagement", "Good"],
    );
    shows("v=1&calc=budget", &["$5,500", "$3,000", "$1,500"]);
    shows(
        "v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10",
        &["20%"],
    );
    shows(
        "v=1&calc=rates",
        &["typical", "Every multiplier applied to the base rate"],
    );
}

#[test]
fn a_result_that_cannot_be_computed_says_why() {
    let text = body("v=1&calc=budget&budget.total=0");
    assert!(text.contains("class=\"needs\""), "{text}");
}

#[test]
fn each_roi_scenario_has_its_own_part() {
    // Parts: the table, three charts, one working per scenario, the sources.
    let text = body("v=1&calc=roi");
    assert_eq!(text.split(PART_BREAK).count(), 1 + 3 + 2 + 1, "{text}");
}

#[test]
fn the_rate_card_compares_each_price_with_its_range() {
    // 25,000 followers at 4% on Instagram: a post's range is $285–$570, typical $410.
    let text =
        body("v=1&calc=card&card.offers=post%20250%0Apost%20450%0Apost%20900%0A3%20posts%0Areeel");
    for expected in [
        "Instagram: 25,000 followers, 4% engagement",
        "$285–$570",
        "Below the range by $35",
        "Within the range, $40 over typical",
        "Above the range by $330",
        "Bundle: 3 Instagram posts for $1,050 against $250 each.",
        "Line 5 (“reeel”): “reeel” is not a deliverable on Instagram",
        "Performance: Instagram post at $250 plus a $100 bonus if it reaches 1,250 engagements (5% of 25,000 followers)",
        "expected total $250",
        "Usage rights, per 90 days",
        "+20%–50%",
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }
}

#[test]
fn a_bundle_is_priced_against_its_parts() {
    // The guide's example: 3 posts for $1,500 instead of $600 each.
    let text = body("v=1&calc=card&card.offers=post%20600%0A3%20posts%3A%201500");
    assert!(
        text.contains("Bundle: 3 Instagram posts for $1,500 instead of $600 each."),
        "{text}"
    );
}
