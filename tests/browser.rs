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
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("an input");
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatched");
    settle().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().expect("a select");
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
    let url = web_sys::window()
        .expect("w")
        .location()
        .search()
        .unwrap_or_default();
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
    }
    type_into(&root, "#tier-followers", "2000000").await;
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
