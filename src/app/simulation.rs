//! The simulation runs in a web worker, loaded the first time a screen needs it, so that it
//! costs the first load nothing and never makes typing wait.
//!
//! The message to the worker is the screen's link (the one codec between state and text),
//! and the answer is the finished "How sure" markup, prefixed by the link it answers and a
//! newline; the worker's first message, empty, says it is ready. While the worker computes, later requests wait; only the newest is sent next,
//! so a burst of typing costs one simulation, not one per key. The answer goes into the
//! element [`SLOT_ID`], which the view renders empty and Yew leaves alone; until the answer
//! for the current inputs arrives, the last one stays there, dimmed.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};
use yew::{html, Html};

use crate::state::Calculator;

/// The worker's loader, written by Trunk next to index.html (`data-loader-shim`).
const WORKER_URL: &str = "./simulation-worker_loader.js";

/// The id of the element the answer goes into.
const SLOT_ID: &str = "how-sure";

/// The element the answer goes into: rendered empty, filled by [`ask`]'s answers.
pub fn slot() -> Html {
    html! {
        <section class="how-sure" aria-label="How sure">
            <div id={SLOT_ID} aria-live="polite"></div>
        </section>
    }
}

#[derive(Default)]
struct Client {
    worker: Option<Worker>,
    busy: bool,
    waiting: Option<String>,
    /// The link of the newest request and its calculator.
    wanted: String,
    calculator: Calculator,
    /// The calculator of the request being computed.
    in_flight: Calculator,
    /// The last answer: its calculator, link and markup.
    last: Option<(Calculator, String, String)>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

/// Asks for the section of the screen whose link is `query`, showing meanwhile the last
/// answer, dimmed, if it was for the same calculator.
pub fn ask(query: String, calculator: Calculator) {
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.wanted.clone_from(&query);
        c.calculator = calculator;
        match &c.last {
            Some((_, answered, markup)) if *answered == query => return show(markup, false),
            Some((from, _, markup)) if *from == calculator => mark_stale(markup),
            _ => show_text("Working out how sure the answer is…"),
        }
        if c.busy {
            c.waiting = Some(query);
        } else {
            send(&mut c, &query);
        }
    });
}

fn send(c: &mut Client, query: &str) {
    c.in_flight = c.calculator;
    if c.worker.is_none() {
        // Until the worker says it is ready (an empty message), requests wait: a message
        // sent while its wasm still loads would find no listener.
        c.worker = start();
        c.busy = c.worker.is_some();
        c.waiting = Some(query.to_owned());
        if !c.busy {
            failed();
        }
        return;
    }
    c.busy = c
        .worker
        .as_ref()
        .is_some_and(|w| w.post_message(&JsValue::from_str(query)).is_ok());
    if !c.busy {
        failed();
    }
}

fn start() -> Option<Worker> {
    let worker = Worker::new(WORKER_URL).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        received(event.data().as_string().unwrap_or_default());
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn()>::new(|| {
        CLIENT.with(|c| c.borrow_mut().busy = false);
        failed();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

fn received(text: String) {
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.busy = false;
        if let Some((query, markup)) = text.split_once('\n') {
            // An answer already overtaken by a waiting request is not drawn: while typing,
            // the page parses no markup until the inputs settle.
            if c.in_flight == c.calculator && c.waiting.is_none() {
                show(markup, query != c.wanted);
            }
            c.last = Some((c.in_flight, query.to_owned(), markup.to_owned()));
        }
        if let Some(next) = c.waiting.take() {
            send(&mut c, &next);
        }
    });
}

fn failed() {
    show_text("The simulation could not start in this browser, so the chances are not shown; the figures above do not depend on it.");
}

fn slot_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(SLOT_ID)
}

/// Puts the worker's markup in the slot. The markup was built by this code base's escaping
/// `Markup` inside our own worker, the only sender a dedicated worker's messages come from.
fn show(markup: &str, stale: bool) {
    if let Some(slot) = slot_element() {
        slot.set_inner_html(markup);
        let _ = slot.set_attribute("aria-busy", if stale { "true" } else { "false" });
    }
}

/// Dims the answer on screen while a new one is computed; puts `markup` in first if the slot
/// is new (empty). Typing only flips an attribute, so no markup is parsed on the input path.
fn mark_stale(markup: &str) {
    if let Some(slot) = slot_element() {
        if slot.child_element_count() == 0 {
            slot.set_inner_html(markup);
        }
        let _ = slot.set_attribute("aria-busy", "true");
    }
}

fn show_text(text: &str) {
    if let Some(slot) = slot_element() {
        slot.set_text_content(Some(text));
    }
}
