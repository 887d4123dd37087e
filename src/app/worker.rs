//! The workers' side: a worker says it is ready with an empty message, then answers each
//! message (a channel's tag and a screen's link) with the link, a newline and the markup:
//! the calculator's results, or its "How sure" simulation. Two worker builds share this:
//! the results worker ([`answer`]: every calculator but the tier finder, the rate card and
//! the roster, and the simulations) and the lists worker ([`answer_lists`]: the rate card
//! and the roster), so that a shared link to the other calculators loads neither the
//! roster's nor the card's code (a third of the results worker's bytes).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::format::IntlFormatter;
use crate::render::handoffs::with_handoffs;
use crate::render::{authenticity, budget, card, engagement, rates, roi, roster};
use crate::state::{AppState, Calculator};

/// The window property the page sets before it loads a worker's code in the page (see
/// `super::in_page`), and the module calls with its answer function once it has started (or
/// the loader, assets/results-loader.js, with `null` when it could not start).
pub const IN_PAGE_CALLBACK: &str = "reachwiseInPage";

/// Starts answering messages with `answer` (a worker binary's entry point). Loaded in the
/// page itself rather than in a worker (`super::in_page`), it hands `answer` to the page.
pub fn serve(answer: fn(&str) -> String) {
    let global = js_sys::global();
    if let Some(window) = global.dyn_ref::<web_sys::Window>() {
        offer_to_page(window, answer);
        return;
    }
    let scope: DedicatedWorkerGlobalScope = global.unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message = event.data().as_string().unwrap_or_default();
        let _ = reply_to.post_message(&JsValue::from_str(&answer(&message)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Ready: the page holds its requests until now.
    let _ = scope.post_message(&JsValue::from_str(""));
}

/// Calls the page's [`IN_PAGE_CALLBACK`] with `answer` as a function from a message to its
/// answer, and with [`super::patch::in_place`], which updates a part of the page's slot in
/// place (in this on-demand module, so that the first load does not carry it).
fn offer_to_page(window: &web_sys::Window, answer: fn(&str) -> String) {
    let answer = Closure::<dyn Fn(String) -> String>::new(move |message: String| answer(&message));
    let patch = Closure::<dyn Fn(web_sys::Element, String, String) -> bool>::new(
        |element: web_sys::Element, old: String, new: String| {
            super::patch::in_place(&element, &old, &new)
        },
    );
    let callback = js_sys::Reflect::get(window, &JsValue::from_str(IN_PAGE_CALLBACK))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(callback) = callback {
        let _ = callback.call2(&JsValue::NULL, answer.as_ref(), patch.as_ref());
    }
    answer.forget();
    patch.forget();
}

/// The results worker's answer to one message: `r` + link gives the results of the
/// calculator the link opens, `s` + link its "How sure" section (empty where there is
/// none).
pub fn answer(message: &str) -> String {
    reply(message, |tag, state, f| match (tag, state.calculator) {
        ('r', Calculator::Engagement) => {
            with_handoffs(engagement::body(state, f), state, state.calculator)
        }
        ('r', Calculator::Rates) => with_handoffs(rates::body(state, f), state, state.calculator),
        ('r', Calculator::Roi) => roi::body(state, f),
        ('r', Calculator::Budget) => budget::body(state, f),
        ('r', Calculator::Authenticity) => {
            with_handoffs(authenticity::body(state, f), state, state.calculator)
        }
        ('s', Calculator::Roi) => crate::chances::roi_section(state, &f),
        ('s', Calculator::Budget) => crate::chances::budget_section(state, &f),
        _ => String::new(),
    })
}

/// The lists worker's answer: `r` + link gives the rate card's or the roster's results.
pub fn answer_lists(message: &str) -> String {
    reply(message, |tag, state, f| match (tag, state.calculator) {
        ('r', Calculator::Card) => card::body(state, f),
        ('r', Calculator::Roster) => roster::body(state, f),
        _ => String::new(),
    })
}

/// The link, a newline and `body`'s markup for the message's tag and the state its link
/// opens. A link is the query, then `#` and the fragment when there is one (the roster's).
fn reply(message: &str, body: impl Fn(char, &AppState, IntlFormatter) -> String) -> String {
    let mut chars = message.chars();
    let tag = chars.next().unwrap_or_default();
    let query = chars.as_str();
    let (state, _) = crate::url_fragment::from_link(query);
    let f = IntlFormatter {
        currency: state.currency,
    };
    format!("{query}\n{}", body(tag, &state, f))
}
