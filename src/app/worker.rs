//! The simulation worker's side: says it is ready with an empty message, then reads a
//! screen's link and answers with its "How sure" markup, prefixed by the link and a newline.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::format::IntlFormatter;
use crate::state::Calculator;
use crate::url_state;

/// Starts answering messages (the worker binary's entry point).
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let query = event.data().as_string().unwrap_or_default();
        let reply = format!("{query}\n{}", answer(&query));
        let _ = reply_to.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Ready: the page holds its requests until now.
    let _ = scope.post_message(&JsValue::from_str(""));
}

/// The section for the calculator the link opens (empty for those without one).
fn answer(query: &str) -> String {
    let (state, _) = url_state::from_query(query);
    let f = IntlFormatter {
        currency: state.currency,
    };
    match state.calculator {
        Calculator::Roi => crate::chances::roi_section(&state, &f),
        Calculator::Budget => crate::chances::budget_section(&state, &f),
        _ => String::new(),
    }
}
