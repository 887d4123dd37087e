//! Browser tests: the real components mounted in headless Chromium, typed into, and read
//! back from the DOM. Run by `scripts/test.sh` (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use reachwise::app::{App, AppProps};
use reachwise::url_state;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts the app in a fresh element and returns it.
async fn mount(query: &str) -> Element {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let (initial, notices) = url_state::from_query(query);
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial, notices }).render();
    settle().await;
    root
}

/// Lets Yew's scheduler and the browser run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The element matching `selector`, waiting up to two seconds for it: a component that an
/// action creates may render a frame later.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(element) = root.query_selector(selector).ok().flatten() {
            return element;
        }
        settle().await;
    }
    panic!("no element matches {selector}")
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = wait_for(root, selector).await.dyn_into().expect("an input");
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatched");
    settle().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = wait_for(root, selector).await.dyn_into().expect("a select");
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&event).expect("dispatched");
    settle().await;
}

#[wasm_bindgen_test]
async fn tier_finder_shows_the_default_tier() {
    let root = mount("").await;
    assert!(text(&root, "#tier-result .headline").contains("Micro influencer"));
    assert!(text(&root, "#tier-result").contains("10K–100K"));
    let current = text(&root, "#tier-result tr.current");
    assert!(current.contains("Micro"), "{current}");
}

#[wasm_bindgen_test]
async fn typing_a_count_moves_the_tier() {
    let root = mount("").await;
    choose(&root, "#tier-platform", "tiktok").await;
    type_into(&root, "#tier-followers", "600k").await;
    assert!(text(&root, "#tier-result .headline").contains("Macro influencer"));
    type_into(&root, "#tier-followers", "15,000").await;
    assert!(text(&root, "#tier-result .headline").contains("Nano influencer"));
    // The URL follows within a quarter second of the last keystroke.
    let mut url = String::new();
    for _ in 0..50 {
        url = web_sys::window()
            .expect("w")
            .location()
            .search()
            .unwrap_or_default();
        if url.contains("tier.followers=15000") {
            break;
        }
        settle().await;
    }
    assert!(url.contains("tier.followers=15000"), "{url}");
}

#[wasm_bindgen_test]
async fn linkedin_uses_its_own_ladder_and_noun() {
    let root = mount("?tier.platform=linkedin&tier.followers=20000").await;
    assert!(text(&root, "#tier-result .headline").contains("Micro influencer"));
    assert!(text(&root, "label[for=tier-followers]").contains("connections"));
    assert!(text(&root, "#tier-result").contains("5K–50K"));
}

#[wasm_bindgen_test]
async fn bad_input_is_named_inline_and_the_result_stays() {
    let root = mount("?tier.followers=40000").await;
    for (typed, message) in [
        ("abc", "not a number"),
        ("-3", "negative"),
        ("0", "at least 1"),
        ("", "Enter a number"),
        ("9b", "at most"),
        ("1.5", "whole number"),
    ] {
        type_into(&root, "#tier-followers", typed).await;
        let shown = text(&root, "#tier-followers-message");
        assert!(shown.contains(message), "{typed:?} showed {shown:?}");
        assert_eq!(
            find(&root, "#tier-followers")
                .get_attribute("aria-invalid")
                .as_deref(),
            Some("true")
        );
        assert!(text(&root, "#tier-result .headline").contains("Micro influencer"));
        let needs = text(&root, "#tier-result .needs");
        assert!(
            needs.contains("followers") && needs.contains("last valid"),
            "{needs}"
        );
    }
    type_into(&root, "#tier-followers", "2000000").await;
    assert!(root
        .query_selector("#tier-result .needs")
        .ok()
        .flatten()
        .is_none());
    assert!(text(&root, "#tier-result .headline").contains("Mega influencer"));
    assert!(find(&root, "#tier-followers")
        .get_attribute("aria-invalid")
        .is_none());
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_notice() {
    let root = mount("?tier.platform=myspace&tier.followers=12k").await;
    let notice = text(&root, ".notices");
    assert!(notice.contains("myspace"), "{notice}");
    assert!(text(&root, "#tier-result .headline").contains("Micro influencer"));
}

async fn click(root: &Element, selector: &str) {
    let element: web_sys::HtmlElement = wait_for(root, selector)
        .await
        .dyn_into()
        .expect("an element");
    element.click();
    settle().await;
}

#[wasm_bindgen_test]
async fn engagement_grades_and_explains_a_rate() {
    let root = mount("?calc=engagement").await;
    type_into(&root, "#er-followers", "40000").await;
    type_into(&root, "#er-likes", "2000").await;
    type_into(&root, "#er-comments", "60").await;
    let headline = text(&root, "#er-result .headline");
    assert!(
        headline.contains("5.15%") && headline.contains("Good"),
        "{headline}"
    );
    assert!(text(&root, "#er-result .steps").contains("40,000"));
    type_into(&root, "#er-views", "20000").await;
    assert!(text(&root, "#er-result").contains("By views"));
    type_into(&root, "#er-likes", "50000").await;
    let result = text(&root, "#er-result");
    assert!(
        !result.contains("Excellent"),
        "an implausible rate is not praised: {result}"
    );
    type_into(&root, "#er-followers", "0").await;
    assert!(text(&root, "#er-followers-message").contains("at least 1"));
}

#[wasm_bindgen_test]
async fn rates_name_every_multiplier() {
    let root = mount("?calc=rates").await;
    let plain = text(&root, "#rate-result .headline");
    assert!(plain.contains('$'), "{plain}");
    click(&root, "#rate-rush").await;
    let result = text(&root, "#rate-result");
    assert!(result.contains("Rush"), "{result}");
    assert_ne!(text(&root, "#rate-result .headline"), plain);
    type_into(&root, "#rate-er", "140").await;
    assert!(text(&root, "#rate-er-message").contains("at most 100"));
}

#[wasm_bindgen_test]
async fn roi_reproduces_the_guides_first_table() {
    let root = mount("?calc=roi").await;
    let table = text(&root, "#roi-result table");
    for figure in ["6,000", "13,750", "120", "275", "$83", "$36"] {
        assert!(table.contains(figure), "{figure} missing from {table}");
    }
    click(&root, "#preset-2").await;
    let result = text(&root, "#roi-result");
    assert!(result.contains("$0.50–$0.67"), "{result}");
    assert!(result.contains("$2.50–$3.33"), "{result}");
    assert!(result.contains("(4–6×)"), "{result}");
    click(&root, "#add-scenario").await;
    assert_eq!(
        root.query_selector_all("#roi-result thead th")
            .map(|l| l.length())
            .unwrap_or(0),
        4
    );
    type_into(&root, "#roi-3-cost", "500-700").await;
    assert!(text(&root, "#roi-result").contains("$500"));
    type_into(&root, "#roi-3-reach", "400k-300k").await;
    assert!(text(&root, "#roi-3-reach-message").contains("Put the numbers in order"));
    // Low-typical-high is a range too: accepted, and its ends reach the table.
    type_into(&root, "#roi-3-reach", "300k-320k-400k").await;
    assert!(!text(&root, "#roi-3-reach-message").contains("Put the numbers in order"));
    assert!(text(&root, "#roi-result").contains("300,000–400,000"));
}

#[wasm_bindgen_test]
async fn budget_follows_the_guides_rule_and_reports_bad_shares() {
    let root = mount("?calc=budget").await;
    let table = text(&root, "#budget-result table");
    assert!(
        table.contains("$5,500"),
        "micro gets 55% of $10,000: {table}"
    );
    type_into(&root, "#budget-micro", "70").await;
    let result = text(&root, "#budget-result");
    assert!(
        result.contains("115%"),
        "shares adding to 115% are reported: {result}"
    );
    assert!(result.contains("above the guide"), "{result}");
}

#[wasm_bindgen_test]
async fn authenticity_scores_the_guides_red_flags() {
    let root = mount("?calc=authenticity").await;
    type_into(&root, "#auth-followers", "25000").await;
    type_into(&root, "#auth-sample", "50").await;
    type_into(&root, "#auth-fake", "10").await;
    let result = text(&root, "#auth-result");
    assert!(
        result.contains("20%"),
        "10 of 50 fake is a 20% inflation: {result}"
    );
    let history = root
        .query_selector("#auth-history")
        .ok()
        .flatten()
        .expect("history");
    let area: web_sys::HtmlTextAreaElement = history.dyn_into().expect("a textarea");
    area.set_value("20000\n21000\n22000\n30000\n31000");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    area.dispatch_event(&event).expect("dispatched");
    settle().await;
    let result = text(&root, "#auth-result");
    assert!(
        result.contains("Spike") || result.contains("spike"),
        "{result}"
    );
    assert!(root
        .query_selector("#auth-result svg circle.flagged")
        .ok()
        .flatten()
        .is_some());
}

#[wasm_bindgen_test]
async fn currency_changes_the_money_format() {
    let root = mount("?calc=roi").await;
    choose(&root, "#currency", "EUR").await;
    let table = text(&root, "#roi-result table");
    assert!(table.contains('€'), "{table}");
    assert!(text(&root, "#roi-result").contains("US dollars"));
}

#[wasm_bindgen_test]
async fn every_calculator_opens_from_the_menu() {
    let root = mount("").await;
    for (index, id) in [
        "tier-result",
        "er-result",
        "rate-result",
        "roi-result",
        "budget-result",
        "auth-result",
    ]
    .iter()
    .enumerate()
    {
        click(
            &root,
            &format!("nav.calculators a:nth-child({})", index + 1),
        )
        .await;
        assert!(
            root.query_selector(&format!("#{id}"))
                .ok()
                .flatten()
                .is_some(),
            "menu item {} did not open #{id}",
            index + 1
        );
    }
}

#[wasm_bindgen_test]
async fn many_scenarios_compare_in_table_rows() {
    let root = mount("?calc=roi&roi.n=5&roi.5.cost=1000").await;
    let table = text(&root, "#roi-result table");
    assert!(
        table.contains("Times as efficient per conversion as 1 macro influencer"),
        "{table}"
    );
    assert!(
        table.contains("Conversion rate that matches 1 macro influencer"),
        "{table}"
    );
    assert!(
        table.contains("4.58×"),
        "scenario 5 at $1,000 a creator: {table}"
    );
    assert!(root
        .query_selector("#roi-result ul.verdicts")
        .ok()
        .flatten()
        .is_none());
}
