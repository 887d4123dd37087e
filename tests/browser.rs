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

/// Mounts the app in a fresh element and returns it. Earlier tests' apps are taken out of
/// the page first: element ids (the results slot's among them) must be unique, as they are
/// on the real page.
async fn mount(query: &str) -> Element {
    let root = fresh_root();
    start(&root, query, None);
    wait_for(&root, ".panel.results").await;
    root
}

thread_local! {
    /// The app mounted last, destroyed before the next one is mounted.
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Starts the app on `query` in `root` (drawn in steps when `staged` gives the task's start)
/// and keeps it until the next test's [`fresh_root`] destroys it.
fn start(root: &Element, query: &str, staged: Option<f64>) {
    let (initial, notices) = url_state::from_query(query);
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial,
            notices,
            staged,
        },
    )
    .render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(app));
}

/// A new, empty element in the page for an app, earlier tests' apps taken out (see [`mount`]).
fn fresh_root() -> Element {
    // Destroyed, not only taken out of the page: a detached app's timers and effects would
    // still ask for results, and draw them into the next app's slot (same id).
    if let Some(app) = MOUNTED.with(|m| m.borrow_mut().take()) {
        app.destroy();
    }
    if let Ok(old) = document().query_selector_all(".test-root") {
        for i in 0..old.length() {
            if let Some(node) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    let root = document().create_element("div").expect("a div");
    root.set_class_name("test-root");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

/// Lets Yew's scheduler and the browser run for a moment: the pause between two polls.
async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls `probe` until it gives a value, for up to two seconds; panics naming `what`.
async fn eventually<T>(what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
    for _ in 0..200 {
        if let Some(found) = probe() {
            return found;
        }
        pause().await;
    }
    panic!("timed out waiting for {what}")
}

/// The element matching `selector`, once it exists: a render may come a frame later.
async fn wait_for(root: &Element, selector: &str) -> Element {
    eventually(selector, || root.query_selector(selector).ok().flatten()).await
}

/// The text of the element matching `selector`, once it contains `expected`.
async fn text_with(root: &Element, selector: &str, expected: &str) -> String {
    let shown = |root: &Element| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    for _ in 0..200 {
        let text = shown(root);
        if text.contains(expected) {
            return text;
        }
        pause().await;
    }
    panic!(
        "{selector} never contained {expected:?}; it shows {:?}",
        shown(root)
    )
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
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = wait_for(root, selector).await.dyn_into().expect("a select");
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn tier_finder_shows_the_default_tier() {
    let root = mount("").await;
    text_with(&root, "#tier-result .headline", "Micro influencer").await;
    text_with(&root, "#tier-result", "10K–100K").await;
    text_with(&root, "#tier-result tr.current", "Micro").await;
}

#[wasm_bindgen_test]
async fn typing_a_count_moves_the_tier() {
    let root = mount("").await;
    choose(&root, "#tier-platform", "tiktok").await;
    type_into(&root, "#tier-followers", "600k").await;
    text_with(&root, "#tier-result .headline", "Macro influencer").await;
    type_into(&root, "#tier-followers", "15,000").await;
    text_with(&root, "#tier-result .headline", "Nano influencer").await;
    // The URL follows within a quarter second of the last keystroke.
    eventually("the URL to hold the count", || {
        let url = web_sys::window()?.location().search().ok()?;
        url.contains("acct.followers=15000").then_some(())
    })
    .await;
}

#[wasm_bindgen_test]
async fn linkedin_uses_its_own_ladder_and_noun() {
    let root = mount("?tier.platform=linkedin&tier.followers=20000").await;
    text_with(&root, "#tier-result .headline", "Micro influencer").await;
    text_with(&root, "label[for=tier-followers]", "connections").await;
    text_with(&root, "#tier-result", "5K–50K").await;
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
        text_with(&root, "#tier-followers-message", message).await;
        assert_eq!(
            find(&root, "#tier-followers")
                .get_attribute("aria-invalid")
                .as_deref(),
            Some("true"),
            "{typed:?}"
        );
        assert!(text(&root, "#tier-result .headline").contains("Micro influencer"));
        let needs = text(&root, "#tier-result .needs");
        assert!(
            needs.contains("“Followers” needs a valid entry") && needs.contains("out of date"),
            "{needs}"
        );
        let _dimmed_as_stale = find(&root, "#tier-result.stale");
    }
    type_into(&root, "#tier-followers", "2000000").await;
    text_with(&root, "#tier-result .headline", "Mega influencer").await;
    assert!(root
        .query_selector("#tier-result .needs")
        .ok()
        .flatten()
        .is_none());
    assert!(find(&root, "#tier-followers")
        .get_attribute("aria-invalid")
        .is_none());
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_notice() {
    let root = mount("?tier.platform=myspace&tier.followers=12k").await;
    text_with(&root, ".notices", "myspace").await;
    text_with(&root, "#tier-result .headline", "Micro influencer").await;
}

async fn click(root: &Element, selector: &str) {
    let element: web_sys::HtmlElement = wait_for(root, selector)
        .await
        .dyn_into()
        .expect("an element");
    element.click();
}

#[wasm_bindgen_test]
async fn engagement_grades_and_explains_a_rate() {
    let root = mount("?calc=engagement").await;
    type_into(&root, "#er-followers", "40000").await;
    type_into(&root, "#er-likes", "2000").await;
    type_into(&root, "#er-comments", "60").await;
    let headline = text_with(&root, "#er-result .headline", "5.15%").await;
    assert!(
        headline.contains("Typical for a micro Instagram account"),
        "{headline}"
    );
    let subline = text(&root, "#er-result .subline");
    assert!(subline.contains("would call it Good"), "{subline}");
    text_with(&root, "#er-result .steps", "40,000").await;
    type_into(&root, "#er-views", "20000").await;
    text_with(&root, "#er-result", "By views").await;
    // 10,060 engagements on 40,000 followers: 25.15%, a valid rate, but above the 16%
    // a micro account can plausibly reach. It is flagged, not praised.
    type_into(&root, "#er-likes", "10000").await;
    text_with(&root, "#er-result .callout.warning", "implausibly high").await;
    let headline = text(&root, "#er-result .headline");
    assert!(
        !headline.contains("Excellent"),
        "an implausible rate is not praised: {headline}"
    );
    assert!(root
        .query_selector("#er-result .grade-scale li.current")
        .ok()
        .flatten()
        .is_none());
    type_into(&root, "#er-followers", "0").await;
    text_with(&root, "#er-followers-message", "at least 1").await;
}

#[wasm_bindgen_test]
async fn rates_name_every_multiplier() {
    let root = mount("?calc=rates").await;
    let plain = text_with(&root, "#rate-result .headline", "$").await;
    click(&root, "#rate-rush").await;
    text_with(&root, "#rate-result", "Rush").await;
    assert_ne!(text(&root, "#rate-result .headline"), plain);
    type_into(&root, "#rate-er", "140").await;
    text_with(&root, "#rate-er-message", "at most 100").await;
}

#[wasm_bindgen_test]
async fn roi_reproduces_the_guides_first_table() {
    let root = mount("?calc=roi").await;
    for figure in ["6,000", "13,750", "120", "275", "$83", "$36"] {
        text_with(&root, "#roi-result table", figure).await;
    }
    click(&root, "#preset-2").await;
    let result = text_with(&root, "#roi-result", "$0.50–$0.67").await;
    assert!(result.contains("$2.50–$3.33"), "{result}");
    assert!(result.contains("(3–6×)"), "{result}");
    click(&root, "#add-scenario").await;
    eventually("a third scenario column", || {
        let columns = root
            .query_selector_all("#roi-result table.compare thead th")
            .ok()?;
        (columns.length() == 4).then_some(())
    })
    .await;
    type_into(&root, "#roi-3-cost", "500-700").await;
    text_with(&root, "#roi-result", "$500").await;
    type_into(&root, "#roi-3-reach", "400k-300k").await;
    text_with(&root, "#roi-3-reach-message", "Put the numbers in order").await;
    // Low-typical-high is a range too: accepted, and its ends reach the table.
    type_into(&root, "#roi-3-reach", "300k-320k-400k").await;
    eventually("the order message to clear", || {
        (!text(&root, "#roi-3-reach-message").contains("Put the numbers in order")).then_some(())
    })
    .await;
    text_with(&root, "#roi-result", "300,000–400,000").await;
    // A name is kept to 40 characters: the field takes no more, so it never shows more
    // than the legend, the results and the link keep.
    let name = find(&root, "#roi-3-name")
        .dyn_into::<HtmlInputElement>()
        .ok();
    let max_length = name.map(|input| input.max_length());
    assert_eq!(
        max_length,
        Some(reachwise::state::MAX_SCENARIO_NAME_CHARS as i32)
    );
}

#[wasm_bindgen_test]
async fn budget_follows_the_guides_rule_and_reports_bad_shares() {
    let root = mount("?calc=budget").await;
    // Micro gets 55% of $10,000.
    text_with(&root, "#budget-result table", "$5,500").await;
    type_into(&root, "#budget-micro", "70").await;
    // Shares adding to 115% are reported.
    let result = text_with(&root, "#budget-result", "115%").await;
    assert!(result.contains("above the guide"), "{result}");
}

#[wasm_bindgen_test]
async fn authenticity_scores_the_guides_red_flags() {
    let root = mount("?calc=authenticity").await;
    type_into(&root, "#auth-followers", "25000").await;
    type_into(&root, "#auth-sample", "50").await;
    type_into(&root, "#auth-fake", "10").await;
    // 10 of 50 fake is a 20% inflation.
    text_with(&root, "#auth-result", "20%").await;
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
    text_with(&root, "#auth-result", "spikes often mean bought followers").await;
    wait_for(&root, "#auth-result svg circle.flagged").await;
}

#[wasm_bindgen_test]
async fn currency_changes_the_money_format() {
    let root = mount("?calc=roi").await;
    choose(&root, "#currency", "EUR").await;
    text_with(&root, "#roi-result table", "€").await;
    text_with(&root, "#roi-result", "US dollars").await;
}

#[wasm_bindgen_test]
async fn every_calculator_opens_from_the_menu() {
    let root = mount("").await;
    for (index, id) in [
        "tier-result",
        "er-result",
        "rate-result",
        "card-result",
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
        wait_for(&root, &format!("#{id}")).await;
    }
}

#[wasm_bindgen_test]
async fn many_scenarios_compare_in_table_rows() {
    let root = mount("?calc=roi&roi.n=5&roi.5.cost=1000").await;
    text_with(
        &root,
        "#roi-result table",
        "Times as efficient per conversion as 1 macro influencer",
    )
    .await;
    let table = text_with(
        &root,
        "#roi-result table",
        "Conversion rate that matches 1 macro influencer",
    )
    .await;
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

/// A part that kept its shape is updated in place to exactly what parsing it would give,
/// and a part that changed shape is refused (the page parses it instead).
#[wasm_bindgen_test]
fn a_part_is_patched_in_place_to_what_parsing_gives() {
    let old = r#"<table><tbody><tr><th scope="row">Cost</th><td class="num">$1</td></tr></tbody></table><a href="data:a,1">CSV</a><svg viewBox="0 0 9 9"><path d="M0 0h1"/></svg>"#;
    let new = r#"<table><tbody><tr><th scope="row">Cost</th><td class="num">$2 &amp; &lt;3&gt;</td></tr></tbody></table><a href="data:a,&quot;2&quot;">CSV</a><svg viewBox="0 0 9 9"><path d="M0 0h5"/></svg>"#;
    let part = document().create_element("div").expect("a div");
    part.set_inner_html(old);
    let cell = part.query_selector("td").ok().flatten().expect("a cell");
    assert!(reachwise::app::patch::in_place(&part, old, new));
    let parsed = document().create_element("div").expect("a div");
    parsed.set_inner_html(new);
    assert_eq!(part.inner_html(), parsed.inner_html());
    let same_cell = part.query_selector("td").ok().flatten().expect("a cell");
    assert!(
        cell.is_same_node(Some(&same_cell)),
        "the cell was written, not made anew"
    );
    let reshaped = new
        .replace("<td class=\"num\">", "<td class=\"num best\"><b>")
        .replace("</td>", "</b></td>");
    assert!(!reachwise::app::patch::in_place(&part, new, &reshaped));
}

/// Drawn in steps, the app counts its first task's age from the task's start, not from its
/// own first run: in a task already older than the step limit, the first step (the menu)
/// waits for a task of its own instead of joining it.
#[wasm_bindgen_test]
async fn a_first_task_already_old_draws_the_menu_in_a_task_of_its_own() {
    let root = fresh_root();
    let began = js_sys::Date::now();
    while js_sys::Date::now() - began < 20.0 {}
    start(&root, "", Some(began));
    // Yew draws in a microtask; this continuation comes after it, in the same task.
    let microtask = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(microtask).await;
    assert!(
        root.query_selector("nav").ok().flatten().is_none(),
        "the menu joined a task already 20 ms old"
    );
    wait_for(&root, "nav").await;
    root.remove();
}

/// The files loaded on demand go by the hashed names in index.html's list
/// (`window.reachwiseFiles`, scripts/hashed.mjs); a name the list lacks, a list that is not
/// there, or an entry that is not a bare file name leaves the name Trunk writes.
#[wasm_bindgen_test]
fn on_demand_files_go_by_the_hashed_names_index_html_lists() {
    use reachwise::app::files::url;
    let window = web_sys::window().expect("a window");
    let key = wasm_bindgen::JsValue::from_str("reachwiseFiles");
    let set = |value: &wasm_bindgen::JsValue| {
        js_sys::Reflect::set(&window, &key, value).expect("set the list");
    };
    set(&wasm_bindgen::JsValue::UNDEFINED);
    assert_eq!(url("results-loader.js"), "./results-loader.js");
    let list = js_sys::Object::new();
    for (name, hashed) in [
        ("results-loader.js", "results-loader-0123456789abcdef.js"),
        (
            "saved-loader.js",
            "https://elsewhere.example/saved-loader.js",
        ),
        ("reachwise-saved.js", "../reachwise-saved.js"),
    ] {
        js_sys::Reflect::set(&list, &name.into(), &hashed.into()).expect("an entry");
    }
    set(&list);
    assert_eq!(
        url("results-loader.js"),
        "./results-loader-0123456789abcdef.js"
    );
    assert_eq!(url("saved-loader.js"), "./saved-loader.js");
    assert_eq!(url("reachwise-saved.js"), "./reachwise-saved.js");
    assert_eq!(url("reachwise-worker.js"), "./reachwise-worker.js");
    set(&wasm_bindgen::JsValue::from_str("not a list"));
    assert_eq!(url("results-loader.js"), "./results-loader.js");
    set(&wasm_bindgen::JsValue::UNDEFINED);
}

#[wasm_bindgen_test]
fn intl_never_writes_a_negative_zero() {
    use reachwise::app::format::IntlFormatter;
    use reachwise::domain::format::NumberFormatter;
    let f = IntlFormatter {
        currency: reachwise::state::Currency::Usd,
    };
    // An empty sum of floats is -0.0, and Intl writes it "-0".
    let empty: f64 = std::iter::empty::<f64>().sum();
    assert!(empty.is_sign_negative());
    assert_eq!(f.count(empty), "0");
    assert_eq!(f.count(-0.004), "0");
    // Float noise around 0; from a millionth, a figure shows its digits ("−$0.0010").
    assert_eq!(f.money(-1e-9), "$0.00");
    assert_eq!(f.percent(-1e-9), "0%");
    assert_eq!(f.money(-0.001), "−$0.0010");
    assert_eq!(f.ratio(0.0012), "0.0012×");
    assert_ne!(f.count(-2.0), "2", "a true negative keeps its sign");
}
