//! Keeps the URL in step with the state: typing replaces the current history entry, opening
//! another calculator adds one, and back/forward restore the screen.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::Screen;
use crate::state::Action;
use crate::url_state::{self, Notice};

/// The current query string, without `?`; empty when the browser gives none.
pub fn read_location() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Writes the state to the URL after each change and listens for back/forward.
#[hook]
pub fn use_url_sync(screen: &UseReducerHandle<Screen>, notices: &UseStateHandle<Vec<Notice>>) {
    let last_calculator = use_mut_ref(|| screen.0.calculator);
    {
        let last_calculator = last_calculator.clone();
        use_effect_with(screen.0.clone(), move |state| {
            let query = url_state::to_query(state);
            let new_entry = *last_calculator.borrow() != state.calculator;
            *last_calculator.borrow_mut() = state.calculator;
            schedule_url(query, new_entry);
        });
    }
    {
        let screen = screen.clone();
        let notices = notices.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                // A write still queued belongs to the entry being left.
                PENDING.with(|pending| pending.borrow_mut().take());
                let (state, found) = url_state::from_query(&read_location());
                *last_calculator.borrow_mut() = state.calculator;
                notices.set(found);
                screen.dispatch(Action::Replace(Box::new(state)));
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
}

thread_local! {
    /// A URL write waiting for its timer: typing fast writes the URL once, after the result
    /// is on screen, instead of on the input-to-result path of every keystroke.
    static PENDING: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
}

/// Queues a URL write; a push (new calculator) is written at once so that back/forward
/// stay exact, a replace (typing) after a zero-delay timer that coalesces bursts.
fn schedule_url(query: String, new_entry: bool) {
    if new_entry {
        flush_url();
        write_url(&query, true);
        return;
    }
    let already = PENDING.with(|pending| pending.borrow_mut().replace((query, false)).is_some());
    if already {
        return;
    }
    if let Some(window) = web_sys::window() {
        let flush = Closure::once_into_js(flush_url);
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(flush.unchecked_ref(), 0);
    }
}

/// Writes the queued URL, if any.
fn flush_url() {
    if let Some((query, new_entry)) = PENDING.with(|pending| pending.borrow_mut().take()) {
        write_url(&query, new_entry);
    }
}

/// Replaces or pushes the history entry when the query differs from the current one.
fn write_url(query: &str, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = read_location();
    if current.trim_start_matches('?') == query {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}
