//! Keeps the URL in step with the state: typing replaces the current history entry, opening
//! another calculator adds one, and back/forward restore the screen.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::worker_client::{self, Channel};
use super::Screen;
use crate::state::{Action, Calculator, Undo};
use crate::url_fragment;
use crate::url_state::Notice;

/// The current query string, without `?` (a write still waiting for its timer is made
/// first); empty when the browser gives none.
pub fn read_location() -> String {
    flush_url();
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The current query and fragment as one link text (`query#fragment`, see
/// [`crate::url_fragment::link`]).
pub fn read_link() -> String {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    format!("{}{hash}", read_location())
}

/// Writes `query`, the state's link (with the roster's fragment after `#`), to the URL after
/// each change and listens for back/forward; asks for the results of the link once the
/// screen has drawn the place they go (`results_drawn`). The caller encodes the state once
/// (its menu links need it too).
#[hook]
pub fn use_url_sync(
    screen: &UseReducerHandle<Screen>,
    notices: &UseStateHandle<Vec<Notice>>,
    query: String,
    results_drawn: bool,
) {
    let last_calculator = use_mut_ref(|| screen.0.calculator);
    let last_pushes = use_mut_ref(|| screen.1.pushes);
    use_results_asked(query.clone(), screen.0.calculator, results_drawn);
    {
        let last_calculator = last_calculator.clone();
        let key = (query, screen.0.calculator, screen.1.pushes);
        use_effect_with(key, move |(query, calculator, pushes)| {
            // A new calculator, or an action that replaced the work, adds an entry.
            let new_entry =
                *last_calculator.borrow() != *calculator || *last_pushes.borrow() != *pushes;
            *last_calculator.borrow_mut() = *calculator;
            *last_pushes.borrow_mut() = *pushes;
            schedule_url(query.clone(), new_entry);
        });
    }
    {
        let screen = screen.clone();
        let notices = notices.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                // A write still queued belongs to the entry being left.
                PENDING.with(|pending| pending.borrow_mut().take());
                let (state, found) = crate::url_fragment::from_link(&read_link());
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

/// Asks for the results of `query` once the screen has drawn their place, and again
/// whenever the link, the calculator or the elements they go into change. Not keyed on the
/// link alone: Back then Forward in quick succession can draw the screen away and back
/// without the effects of the screen in between running, and the slots drawn again are
/// empty although the link is the same.
#[hook]
fn use_results_asked(query: String, calculator: Calculator, drawn: bool) {
    let asked = use_mut_ref(|| None);
    use_effect(move || {
        if drawn {
            let key = (query, calculator, worker_client::slots_on_page());
            if asked.borrow().as_ref() != Some(&key) {
                ask_results(&key.0, calculator);
                *asked.borrow_mut() = Some(key);
            }
        }
    });
}

/// Asks the results code (the tier finder needs none) and, for ROI and the budget, the
/// simulation, for the screen whose link is `query`.
fn ask_results(query: &str, calculator: Calculator) {
    if calculator != Calculator::Tiers {
        worker_client::ask(
            Channel::results_of(calculator),
            query.to_owned(),
            calculator,
        );
    }
    if matches!(calculator, Calculator::Roi | Calculator::Budget) {
        // The results reach the screen first; the simulation's request follows.
        let query = query.to_owned();
        super::dom::after_this_task(move || {
            worker_client::ask(Channel::Simulation, query, calculator);
        });
    }
}

/// What an action that replaced the user's work left on offer: its notice and an Undo
/// button, which goes back one entry (the work before it).
pub fn undo_bar(undo: Undo) -> Html {
    let Some(notice) = undo.offer else {
        return html! {};
    };
    let onclick = Callback::from(|_: MouseEvent| {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.back();
        }
    });
    html! {
        <p class="undo-bar" role="status">
            { notice }{ " " }<button type="button" id="undo" {onclick}>{ "Undo" }</button>
        </p>
    }
}

thread_local! {
    /// A URL write waiting for its timer: while someone types, the URL is written at most
    /// every [`URL_WRITE_MS`] with the latest state, off the input-to-result path. Each
    /// `history.replaceState` costs about a millisecond, and Chromium throttles pages that
    /// call it hundreds of times in a few seconds.
    static PENDING: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
    /// When the URL was last written (ms since the epoch).
    static LAST_WRITE: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// Whether the last link left out the roster's rows, too long for a link.
    static ROWS_LEFT_OUT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the address leaves out the roster's rows, too long for a link.
pub fn rows_left_out() -> bool {
    ROWS_LEFT_OUT.with(std::cell::Cell::get)
}

/// The longest a typed change waits before it reaches the URL.
const URL_WRITE_MS: i32 = 250;

/// Writes the URL: a push (new calculator) at once so that back/forward stay exact; a
/// replace by a timer that takes the latest state when it fires: right after this task
/// after a quiet spell (a preset, a choice), at most every [`URL_WRITE_MS`] within a burst of
/// typing. Either way the write is not on the input-to-result path.
fn schedule_url(query: String, new_entry: bool) {
    if new_entry {
        flush_url();
        write_url(&query, true);
        return;
    }
    let quiet =
        js_sys::Date::now() - LAST_WRITE.with(std::cell::Cell::get) >= f64::from(URL_WRITE_MS);
    let already = PENDING.with(|pending| pending.borrow_mut().replace((query, false)).is_some());
    if already {
        return;
    }
    super::dom::after(if quiet { 0 } else { URL_WRITE_MS }, flush_url);
}

/// Writes the queued URL, if any: the timer calls it, and so does anything that reads the
/// URL (copy link, share).
pub fn flush_url() {
    if let Some((query, new_entry)) = PENDING.with(|pending| pending.borrow_mut().take()) {
        write_url(&query, new_entry);
    }
}

/// Replaces or pushes the history entry when the link differs from the current one. The
/// roster's fragment is written only when it fits in a link (the page says so otherwise);
/// a fragment that is not the roster's is kept.
fn write_url(link: &str, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (query, fragment) = link.split_once('#').unwrap_or((link, ""));
    let hash = window.location().hash().unwrap_or_default();
    let fits = url_fragment::fits_in_link(fragment);
    ROWS_LEFT_OUT.with(|left_out| left_out.set(!fits));
    let fragment = if !fits {
        String::new()
    } else if fragment.is_empty() && !url_fragment::is_roster(&hash) {
        hash.clone()
    } else {
        url_fragment::link("", fragment)
    };
    if read_location().trim_start_matches('?') == query && hash == fragment {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    // What Copy link said, and the link it offered to copy by hand, are now out of date.
    super::dom::say("share-status", "");
    if let Some(by_hand) = super::dom::element("share-fallback-box") {
        let _ = by_hand.set_attribute("hidden", "");
    }
    LAST_WRITE.with(|last| last.set(js_sys::Date::now()));
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{fragment}")
    } else {
        format!("{path}?{query}{fragment}")
    };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}
