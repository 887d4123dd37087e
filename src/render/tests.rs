//! The result bodies the worker sends, rendered natively with the plain formatter: the
//! README's example links show their figures, and the parts the page swaps are there.

use crate::domain::format::PlainFormatter;
use crate::markup::PART_BREAK;
use crate::state::Calculator;
use crate::url_state::from_query;

/// The body of the calculator `query` opens.
pub(super) fn body(query: &str) -> String {
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
        Calculator::Roster => super::roster::body(&state, f),
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
        &["$0.50–$0.67", "$2.50–$3.33", "(3–6×)"],
    );
    shows(
        "v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60",
        // The comments-to-likes ratio is a share of likes, not "per 100 likes … 3%".
        &["5.15% engagement", "Good", "Comments per like"],
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
fn the_budget_line_credits_only_the_money_the_shares_plan() {
    shows("v=1&calc=budget", &["expected from $10,000."]);
    shows(
        "v=1&calc=budget&budget.nano=50&budget.micro=50&budget.macro=50",
        &["expected from the $9,760 booked, of the $15,000 the shares plan (150% of the $10,000 budget)."],
    );
    shows(
        "v=1&calc=budget&budget.nano=20&budget.micro=20&budget.macro=20",
        &["expected from the $3,720 booked, of the $6,000 the shares plan (60% of the $10,000 budget)."],
    );
    // 40% each: $12,000 allocated, but no macro creator fits $4,000, so $7,600 is booked;
    // the shares allocate more than the budget, and the plan spends less.
    shows(
        "v=1&calc=budget&budget.nano=40&budget.micro=40&budget.macro=40",
        &[
            "they allocate $2,000 more than the budget.",
            "expected from the $7,600 booked, of the $12,000 the shares plan (120% of the $10,000 budget).",
            "$2,400 is left over once whole creators are booked.",
        ],
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

/// Every text the result panels can show: each calculator on every platform, tier and
/// deliverable, with every add-on and signal filled in.
fn every_rendered_text() -> Vec<String> {
    use crate::domain::vocab::{Deliverable, Platform};
    let mut texts = Vec::new();
    for p in Platform::ALL {
        let slug = p.slug();
        for followers in [500, 5_000, 40_000, 300_000, 3_000_000] {
            let (state, _) = from_query(&format!(
                "v=1&tier.platform={slug}&tier.followers={followers}"
            ));
            let finding = crate::state::results::tiers(&state);
            let f = PlainFormatter;
            texts.push(super::tiers::body(p, f64::from(followers), &finding, &f));
            texts.push(body(&format!(
                "v=1&calc=engagement&er.platform={slug}&er.followers={followers}&er.likes=900&er.comments=2&er.shares=10&er.saves=10&er.views=5000"
            )));
            texts.push(body(&format!(
                "v=1&calc=authenticity&auth.platform={slug}&auth.followers={followers}&auth.likes=100&auth.comments=1&auth.sample=50&auth.fake=20&auth.read=30&auth.generic=12&auth.history=100%2C200%2C900"
            )));
        }
    }
    for d in Deliverable::ALL {
        let slug = d.slug();
        texts.push(body(&format!(
            "v=1&calc=rates&rate.deliverable={slug}&rate.usage=12&rate.exclusivity=3&rate.posts=3&rate.whitelisting=1&rate.rush=1&rate.retainer=1"
        )));
        texts.push(body(&format!(
            "v=1&calc=budget&budget.deliverable={slug}&budget.target=1000"
        )));
    }
    texts.push(body("v=1&calc=card"));
    texts.push(body("v=1&calc=roi"));
    texts.push(body(
        "v=1&calc=roi&roi.1.reach=400000&roi.1.er=1&roi.1.cr=2&roi.2.reach=300000&roi.2.er=5&roi.2.cr=2",
    ));
    texts
}

#[test]
fn no_research_tag_reaches_the_page() {
    for text in every_rendered_text() {
        for tag in ["[S]", "[V", "[U]", "[S:", "[U:"] {
            assert!(!text.contains(tag), "{tag} in {text}");
        }
        assert!(!text.contains("(0)"), "an empty box in {text}");
        assert!(!text.contains(" 1 creators"), "{text}");
        for jargon in [
            "log midpoint",
            "log scale",
            "95% interval",
            "undated",
            "paid boosting",
        ] {
            assert!(!text.contains(jargon), "{jargon} in {text}");
        }
    }
}

#[test]
fn the_guide_is_named_as_it_names_itself_and_linked() {
    let texts = every_rendered_text();
    let all = texts.join("\n");
    assert!(!all.contains("Guide (2025)"), "a nameless guide badge");
    assert!(all.contains(
        "<a class=\"badge\" href=\"https://influenceflow.io/resources/what-is-a-micro-influencer-complete-definition-2025-guide\""
    ));
    assert!(all.contains("What Is a Micro Influencer? (InfluenceFlow, 2025)</a>"));
    assert!(all.contains(
        "What Is a Micro Influencer? Complete Definition &amp; 2025 Guide, InfluenceFlow (2025)"
    ));
}

#[test]
fn links_to_other_sites_open_in_a_new_tab() {
    // In an embedded calculator, a link that opened in the frame would replace it.
    let all = every_rendered_text().join("\n");
    let outside: Vec<&str> = all
        .match_indices("<a ")
        .filter_map(|(at, _)| all[at..].split('>').next())
        .filter(|tag| tag.contains("href=\"http"))
        .collect();
    assert!(!outside.is_empty());
    for tag in outside {
        assert!(
            tag.contains("target=\"_blank\"") && tag.contains("rel=\"noopener\""),
            "{tag}"
        );
    }
}

#[test]
fn the_comments_read_are_a_signal_explained_and_sourced() {
    shows(
        "v=1&calc=authenticity&auth.followers=25000&auth.read=30&auth.generic=12",
        &[
            "12 of 30 comments read were generic, emoji-only or in a language the audience does not speak (40%); over 25% is a mild red flag.",
            "Generic share of comments read",
            "40% = 12 generic ÷ 30 read",
            "The guide says to read 20–30 recent comments",
        ],
    );
    shows(
        "v=1&calc=authenticity&auth.followers=25000",
        &["No comments read: read 20–30 recent comments"],
    );
}

#[test]
fn jargon_comes_with_plain_words() {
    shows(
        "v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10",
        &["the share in the whole audience is very likely, 95 times in 100, between"],
    );
    shows(
        "v=1&calc=rates&rate.whitelisting=1",
        &[
            "Whitelisting (brand ads from the creator&#39;s account)",
            "31.6K: 3.16× the floor",
        ],
    );
}

#[test]
fn the_rate_card_tables_scroll_in_their_own_region() {
    // At 360 px the four columns ran past the panel and the page scrolled sideways.
    let text = body("v=1&calc=card");
    for caption in ["Offers", "Add-ons, on the fee"] {
        let region = format!(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table class=\"figures card-table\"><caption>{caption}</caption>"
        );
        assert!(text.contains(&region), "{caption}: {text}");
    }
}

#[test]
fn every_scrolling_table_can_be_reached_by_keyboard_and_is_named() {
    for text in every_rendered_text() {
        for (at, _) in text.match_indices("class=\"table-scroll\"") {
            let tag = &text[at..at + text[at..].find('>').unwrap_or(0)];
            assert!(tag.contains("tabindex=\"0\""), "{tag}");
            assert!(tag.contains("role=\"region\""), "{tag}");
            assert!(tag.contains("aria-label"), "{tag}");
        }
    }
}

#[test]
fn yen_rates_are_converted_at_the_dated_ecb_rate_and_say_so() {
    // The user's example: "¥410 typical" was a dollar figure with a yen sign.
    let dollars = crate::state::results::rates(&from_query("v=1&calc=rates").0);
    let (yen_state, _) = from_query("v=1&calc=rates&cur=JPY");
    let yen = crate::state::results::rates(&yen_state);
    let (Ok(dollars), Ok(yen)) = (dollars, yen) else {
        panic!("both estimate");
    };
    let ratio = yen.typical / dollars.typical;
    assert!((ratio - 150.55).abs() < 10.0, "{ratio}");
    let text = body("v=1&calc=rates&cur=JPY");
    assert!(text.contains("1 USD = 150.55 JPY"), "{text}");
    assert!(text.contains("26 February 2024"), "{text}");
    assert!(
        text.contains("$10 under $1,000, $500 under $100,000"),
        "{text}"
    );
    // The notice sits beside the result, before the working and its closed box.
    let notice = text.find("fx-note").unwrap_or(usize::MAX);
    let sources = text.find("sources-box").unwrap_or(0);
    assert!(notice < sources, "{text}");
}

#[test]
fn the_engagement_multiplier_shows_its_rule_and_benchmark() {
    // The user's examples: 5.15% ("Good") and 4% on a 40K Instagram account.
    for er in ["5.15", "4"] {
        let text = body(&format!("v=1&calc=rates&rate.followers=40000&rate.er={er}"));
        assert!(
            text.contains(&format!(
                "√({er}% ÷ 5.5%, typical for a micro Instagram account)"
            )),
            "{text}"
        );
        assert!(
            text.contains("graded Good (4–8%), so never below 1×"),
            "{text}"
        );
    }
    // Clamped: 1% on a micro Instagram account is √(1 ÷ 5.5) = 0.43×, raised to 0.6×.
    let clamped = body("v=1&calc=rates&rate.followers=40000&rate.er=1");
    assert!(
        clamped.contains("= 0.43×, kept within 0.6×–2.2×, so 0.6×."),
        "{clamped}"
    );
    let within = body("v=1&calc=rates&rate.followers=40000&rate.er=3");
    assert!(
        within.contains("= 0.74×, kept within 0.6×–2.2×."),
        "{within}"
    );
    let zero = body_or_error("v=1&calc=rates&rate.er=0");
    assert!(
        zero.contains("An engagement rate of 0% means nobody engages"),
        "{zero}"
    );
}

/// The body of `query` without the checks of a computed result.
fn body_or_error(query: &str) -> String {
    let (state, _) = from_query(query);
    super::rates::body(&state, PlainFormatter)
}

#[test]
fn a_bundle_says_when_its_parts_are_priced_at_the_typical_price_not_the_cards() {
    // No single story on the card: the $300 is the calculated typical price.
    let typical = body("v=2&calc=card&card.offers=5%20stories%3A%20200");
    assert!(
        typical.contains(
            "Bundle: 5 Instagram stories for $200 instead of the typical $300 each: $1,300 less than bought singly."
        ),
        "{typical}"
    );
    let mixed =
        body("v=2&calc=card&card.offers=1%20reel%20%2B%203%20stories%3A%20900%0Astory%2050");
    assert!(
        mixed.contains("bought singly (this card&#39;s prices, typical ones where it has none)"),
        "{mixed}"
    );
}

#[test]
fn the_rate_card_compares_each_price_with_its_range() {
    // The account by default: 25,000 followers at 4.2% on Instagram; a post's range is $335–$670, typical $480.
    let text =
        body("v=1&calc=card&card.offers=post%20250%0Apost%20450%0Apost%20900%0A3%20posts%0Areeel");
    for expected in [
        "Instagram: 25,000 followers, 4.2% engagement",
        "$335–$670",
        "Below the range by $85",
        "Within the range, $30 under typical",
        "Above the range by $230",
        "Bundle: 3 Instagram posts for $1,200 against $250 each: $450 more than bought singly.",
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
fn a_card_in_another_currency_is_converted_like_the_rate_range() {
    let text = body("v=1&calc=card&cur=JPY&card.offers=post");
    let (state, _) = from_query("v=1&calc=rates&cur=JPY");
    let Ok(rates) = crate::state::results::rates(&state) else {
        panic!("the rate range computes");
    };
    assert!(
        text.contains(&crate::domain::format::NumberFormatter::money(
            &PlainFormatter,
            rates.single_post.low
        )),
        "{text}"
    );
}

#[test]
fn a_bundle_is_priced_against_its_parts() {
    // The guide's example: 3 posts for $1,500 instead of $600 each.
    let text = body("v=1&calc=card&card.offers=post%20600%0A3%20posts%3A%201500");
    assert!(
        text.contains("Bundle: 3 Instagram posts for $1,500 instead of $600 each: $300 less than bought singly."),
        "{text}"
    );
}

#[test]
fn the_tier_finding_comes_before_its_chart_and_ladder() {
    use crate::domain::{tier, vocab::Platform};
    use crate::state::results::TierFinding;
    let instagram = Platform::Instagram;
    for (followers, chart) in [(25_000, true), (0, false)] {
        let finding = TierFinding {
            ladder: tier::ladder(instagram),
            classification: tier::classify(instagram, followers),
        };
        let body = super::tiers::body(instagram, followers as f64, &finding, &PlainFormatter);
        let parts: Vec<&str> = body.split(PART_BREAK).collect();
        assert_eq!(parts.len(), 3, "{followers}: {body}");
        assert!(
            !parts[0].contains("<table") && !parts[0].contains("<svg"),
            "{body}"
        );
        assert_eq!(
            parts[1].contains("<svg"),
            chart,
            "{followers}: {}",
            parts[1]
        );
        assert!(parts[2].contains("<table class=\"ladder\">"), "{body}");
        assert_eq!(parts[0].contains("Micro influencer"), chart, "{body}");
    }
}

#[test]
fn a_rate_from_odd_account_figures_points_at_them_not_at_how_it_was_typed() {
    // 900 followers with the account's default likes and comments: 116.7%.
    let text = body("v=2&calc=rates&acct.followers=900");
    assert!(
        text.contains("From the account&#39;s figures: interactions per post are 116.7% of its followers. Check them, or type a rate."),
        "{text}"
    );
    assert!(!text.contains("enter it as a percentage"), "{text}");
}
