//! The results worker's code run in the page itself: the page loads the results worker's
//! glue and wasm as scripts (the worker's files, so nothing new to download or precache), and
//! the module hands its answer function over (`super::worker::serve`). An edit then gets its
//! answer in the same task, without two trips between threads: waking an idle worker thread
//! cost several milliseconds at typing pace. The simulations and the lists (rate card,
//! roster), which take long enough to hold up typing, stay in workers.

use std::cell::RefCell;

use js_sys::Function;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::worker::IN_PAGE_CALLBACK;

/// The results worker's glue (a classic script that defines `wasm_bindgen`) and the line
/// that starts it in the page, by the names Trunk writes (`super::files`).
const SCRIPTS: [&str; 2] = ["reachwise-worker.js", "results-loader.js"];

/// Its wasm, fetched at once beside the scripts (not after them: a round trip saved on a slow
/// network); the loader takes the request from [`WASM_REQUEST`].
const WASM: &str = "reachwise-worker_bg.wasm";
/// The window property that holds the wasm's request for assets/results-loader.js.
const WASM_REQUEST: &str = "reachwiseResultsWasm";

/// Where loading stands.
#[derive(Clone, Default)]
enum State {
    /// Not asked for yet.
    #[default]
    Idle,
    /// The scripts are on their way.
    Loading,
    /// Started: its answer function and its part patcher.
    Ready(Function, Function),
    /// A script or the wasm failed: workers do the work.
    Failed,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

/// Where loading stands now.
fn state() -> State {
    STATE.with(|state| state.borrow().clone())
}

/// `f` with the module's answer function and part patcher, read in place (no copy of either
/// on the input path); none until the module has started.
fn with_ready<T>(f: impl FnOnce(&Function, &Function) -> T) -> Option<T> {
    STATE.with(|state| match &*state.borrow() {
        State::Ready(answer, patch) => Some(f(answer, patch)),
        _ => None,
    })
}

/// Whether loading stands where `is` says (read in place: no copy of the functions).
fn state_is(is: impl FnOnce(&State) -> bool) -> bool {
    STATE.with(|state| is(&state.borrow()))
}

/// Starts loading once; `done` runs when the module has started or failed to. False when
/// it failed before (or could not start now): a worker has to do the work.
pub fn load(done: fn()) -> bool {
    match state() {
        State::Idle => {}
        State::Failed => return false,
        State::Loading | State::Ready(..) => return true,
    }
    let Some(window) = web_sys::window() else {
        set(State::Failed);
        return false;
    };
    set(State::Loading);
    let on_start = Closure::once_into_js(move |answer: JsValue, patch: JsValue| {
        set(
            match (answer.dyn_into::<Function>(), patch.dyn_into::<Function>()) {
                (Ok(answer), Ok(patch)) => State::Ready(answer, patch),
                _ => State::Failed,
            },
        );
        done();
    });
    let _ = js_sys::Reflect::set(&window, &JsValue::from_str(IN_PAGE_CALLBACK), &on_start);
    let request = window.fetch_with_str(&super::files::url(WASM));
    let _ = js_sys::Reflect::set(&window, &JsValue::from_str(WASM_REQUEST), &request);
    // A script that does not load (a server's error, offline without the service worker)
    // ends the wait the same way.
    let on_error = Closure::<dyn Fn()>::new(move || {
        if loading() {
            set(State::Failed);
            done();
        }
    });
    for src in SCRIPTS {
        if let Some(script) = super::dom::add_script(&super::files::url(src)) {
            let _ =
                script.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
        }
    }
    on_error.forget();
    true
}

/// Whether the scripts are on their way.
pub fn loading() -> bool {
    state_is(|state| matches!(state, State::Loading))
}

/// Whether loading was started and has not failed (loading, or ready).
pub fn started() -> bool {
    state_is(|state| matches!(state, State::Loading | State::Ready(..)))
}

/// The module's answer to `message` (a channel's tag and a link), when it has started. A
/// module that throws (it stops at a panic) is given up for a worker.
pub fn answer(message: &str) -> Option<String> {
    let text = with_ready(|answer, _| {
        answer
            .call1(&JsValue::NULL, &JsValue::from_str(message))
            .ok()
            .and_then(|text| text.as_string())
    })?;
    if text.is_none() {
        set(State::Failed);
    }
    text
}

/// Whether the module has started.
pub fn ready() -> bool {
    state_is(|state| matches!(state, State::Ready(..)))
}

/// Makes `element`, which shows the markup `old`, show `new` by writing only what changed
/// (the module's `patch::in_place`); false when it cannot, or the module has not started.
pub fn patch(element: &web_sys::Element, old: &str, new: &str) -> bool {
    with_ready(|_, patch| {
        patch
            .call3(
                &JsValue::NULL,
                element,
                &JsValue::from_str(old),
                &JsValue::from_str(new),
            )
            .ok()
            .and_then(|done| done.as_bool())
    })
    .flatten()
    .unwrap_or(false)
}

fn set(new: State) {
    STATE.with(|state| *state.borrow_mut() = new);
}
