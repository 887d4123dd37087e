//! The worker's side: says it is ready with an empty message, then answers each message (a
//! channel's tag and a screen's link) with the link, a newline and the markup: the
//! calculator's results, or its "How sure" simulation.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::format::IntlFormatter;
use crate::render::handoffs::with_handoffs;
use crate::render::{authenticity, budget, card, engagement, rates, roi, roster};
use crate::state::Calculator;

/// Starts answering messages (the worker binary's entry point).
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
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

/// The answer to one message: `r` + link gives the results of the calculator the link
/// opens, `s` + link its "How sure" section (empty where there is none). A link is the
/// query, then `#` and the fragment when there is one (the roster's).
pub fn answer(message: &str) -> String {
    let mut chars = message.chars();
    let tag = chars.next();
    let query = chars.as_str();
    let (state, _) = crate::url_fragment::from_link(query);
    let f = IntlFormatter {
        currency: state.currency,
    };
    let markup = match (tag, state.calculator) {
        (Some('r'), Calculator::Engagement) => {
            with_handoffs(engagement::body(&state, f), &state, state.calculator)
        }
        (Some('r'), Calculator::Rates) => {
            with_handoffs(rates::body(&state, f), &state, state.calculator)
        }
        (Some('r'), Calculator::Roi) => roi::body(&state, f),
        (Some('r'), Calculator::Budget) => budget::body(&state, f),
        (Some('r'), Calculator::Authenticity) => {
            with_handoffs(authenticity::body(&state, f), &state, state.calculator)
        }
        (Some('r'), Calculator::Card) => card::body(&state, f),
        (Some('r'), Calculator::Roster) => roster::body(&state, f),
        (Some('s'), Calculator::Roi) => crate::chances::roi_section(&state, &f),
        (Some('s'), Calculator::Budget) => crate::chances::budget_section(&state, &f),
        _ => String::new(),
    };
    format!("{query}\n{markup}")
}
