//! The page's side of the worker: results and simulations are worked out in a web worker,
//! loaded the first time a screen needs it, so that the first load carries only the tier
//! finder and typing never waits for a simulation.
//!
//! A worker runs per [`Channel`]: the results worker for most calculators, a second instance
//! of it for the simulations, so that a long simulation never holds up a result, and the
//! lists worker for the rate card and the roster (a build of its own, so that the others do
//! not carry their code). The results and lists channels share the results slot. A message is the channel's tag and the screen's link (the one codec
//! between state and text); the answer is the link, a newline and the finished markup, which
//! goes into the channel's slot: an element the view renders empty and Yew leaves alone.
//! The worker's first message, empty, says it is ready. While a worker computes, later
//! requests wait and only the newest is sent next; an answer already overtaken is not
//! drawn. Until the answer for the current inputs arrives, the last one stays, marked busy
//! (dimmed after a moment by the stylesheet).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
#[cfg(not(feature = "inline-worker"))]
use wasm_bindgen::{closure::Closure, JsValue};
#[cfg(not(feature = "inline-worker"))]
use web_sys::MessageEvent;
use web_sys::{Element, Worker};
use yew::{html, Html};

#[cfg(not(feature = "inline-worker"))]
use super::in_page;
use crate::state::Calculator;

/// The workers' loaders, by the names Trunk writes (`data-loader-shim`; see `super::files`).
#[cfg(not(feature = "inline-worker"))]
const WORKER_LOADER: &str = "reachwise-worker_loader.js";
#[cfg(not(feature = "inline-worker"))]
const LISTS_WORKER_LOADER: &str = "reachwise-worker-lists_loader.js";

/// What a worker works out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// A calculator's results (every calculator but the tier finder).
    Results,
    /// The "How sure" simulation (ROI and budget).
    Simulation,
    /// The rate card's and the roster's results.
    Lists,
}

impl Channel {
    const ALL: [Channel; 3] = [Self::Results, Self::Simulation, Self::Lists];

    /// The channel that works out `calculator`'s results.
    pub const fn results_of(calculator: Calculator) -> Self {
        match calculator {
            Calculator::Card | Calculator::Roster => Self::Lists,
            _ => Self::Results,
        }
    }

    /// The tag that starts a message for this channel.
    pub const fn tag(self) -> char {
        match self {
            Self::Results | Self::Lists => 'r',
            Self::Simulation => 's',
        }
    }

    const fn slot_id(self) -> &'static str {
        match self {
            Self::Results | Self::Lists => "result-body",
            Self::Simulation => "how-sure",
        }
    }

    #[cfg(not(feature = "inline-worker"))]
    fn url(self) -> String {
        super::files::url(match self {
            Self::Results | Self::Simulation => WORKER_LOADER,
            Self::Lists => LISTS_WORKER_LOADER,
        })
    }
}

#[derive(Default)]
struct Client {
    #[cfg_attr(feature = "inline-worker", allow(dead_code))]
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
    /// The parts of the markup on screen.
    shown: Vec<String>,
    /// The worker said it is ready.
    ready: bool,
    /// The worker waits to start until the other one is ready.
    #[cfg_attr(feature = "inline-worker", allow(dead_code))]
    deferred: bool,
}

impl Client {
    /// No longer busy: the request that waited, if any, to send next (it is then in flight,
    /// for the calculator now on screen).
    fn take_next(&mut self) -> Option<String> {
        self.busy = false;
        let next = self.waiting.take();
        if next.is_some() {
            self.in_flight = self.calculator;
        }
        next
    }
}

thread_local! {
    static CLIENTS: [RefCell<Client>; 3] = Default::default();
}

fn with_client<T>(channel: Channel, f: impl FnOnce(&mut Client) -> T) -> T {
    CLIENTS.with(|clients| f(&mut clients[channel as usize].borrow_mut()))
}

/// The element the results go into; keyed by calculator, so that another calculator's
/// screen gets a new, empty element rather than this one's answer.
pub fn results_slot(calculator: Calculator) -> Html {
    html! {
        <div key={calculator.label()} id={Channel::Results.slot_id()} class="result-body" aria-live="polite"></div>
    }
}

/// The element the "How sure" section goes into, keyed like [`results_slot`].
pub fn how_sure_slot(calculator: Calculator) -> Html {
    html! {
        <section key={calculator.label()} class="how-sure" aria-label="How sure">
            <div id={Channel::Simulation.slot_id()} aria-live="polite"></div>
        </section>
    }
}

/// Asks `channel` for the section of the screen whose link is `query`, showing meanwhile
/// the last answer, marked busy, if it was for the same calculator.
pub fn ask(channel: Channel, query: String, calculator: Calculator) {
    // A channel that shares the slot must not draw an answer for another screen into it:
    // its screen is gone, and so is the request it had waiting.
    for other in Channel::ALL {
        if other != channel && other.slot_id() == channel.slot_id() {
            with_client(other, |c| {
                c.calculator = calculator;
                c.waiting = None;
                c.shown.clear();
                if c.worker.is_none() {
                    // Waiting its turn to start only for that request: no need any more.
                    c.deferred = false;
                    c.busy = false;
                }
            });
        }
    }
    let send_now = with_client(channel, |c| {
        c.wanted.clone_from(&query);
        c.calculator = calculator;
        match &c.last {
            Some((_, answered, markup)) if *answered == query => {
                show(channel, markup, false, &mut c.shown);
                return false;
            }
            Some((from, _, markup)) if *from == calculator => {
                mark_busy(channel, markup, &mut c.shown);
            }
            _ => show_text(channel, "Working it out…"),
        }
        if c.busy {
            c.waiting = Some(query.clone());
            return false;
        }
        c.in_flight = calculator;
        true
    });
    if send_now {
        send(channel, &query);
    }
}

/// Loads the results code (into the page, `super::in_page`) in the background at the
/// visitor's first sign of use (a pointer moving or pressed, a key, a scroll), so that the
/// first visit to another calculator does not wait for its download (on a slow phone that wait
/// was the better part of two seconds), while a page that is only loaded (a crawler, a speed
/// test) does not fetch or start it.
pub fn warm_up_on_first_use() {
    #[cfg(not(feature = "inline-worker"))]
    if let Some(window) = web_sys::window() {
        let warm_up = Closure::<dyn Fn()>::new(|| {
            // Every pointer move comes here: once the in-page code is on its way, nothing to do.
            if in_page::started() {
                return;
            }
            // One start at a time (see `send`): a deferred start comes in turn.
            let wait = another_starting(Channel::Results);
            let adopted = with_client(Channel::Results, |c| {
                if c.worker.is_none() && !c.deferred && !wait && !c.busy {
                    // Busy until it has started; nothing waits for it yet.
                    c.busy = start_engine(Channel::Results, c);
                }
                c.worker.is_some() && c.ready
            });
            if adopted && !wait {
                // The early worker, started, answers until the in-page code has started (a
                // worker still loading starts it when it is ready, see `received`).
                in_page::load(in_page_done);
            }
        });
        for event in ["pointermove", "pointerdown", "keydown", "scroll"] {
            let _ =
                window.add_event_listener_with_callback(event, warm_up.as_ref().unchecked_ref());
        }
        warm_up.forget();
    }
}

/// Takes over the results worker that index.html started for a link to another calculator
/// than the tier finder (`window.reachwiseEarly`), with its state: whether it is ready, and
/// the answer it put in the page's shell, which stays on screen (marked busy) until the
/// answer for the app's own link arrives.
#[cfg(not(feature = "inline-worker"))]
pub fn adopt_early() {
    use js_sys::Reflect;
    let Some(early) = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("reachwiseEarly")).ok())
        .filter(JsValue::is_object)
    else {
        return;
    };
    let field = |name: &str| Reflect::get(&early, &JsValue::from_str(name)).unwrap_or_default();
    let Ok(worker) = field("worker").dyn_into::<Worker>() else {
        return;
    };
    if field("failed").is_truthy() {
        worker.terminate();
        return;
    }
    let ready = field("ready").is_truthy();
    let answer = field("answer").as_string().unwrap_or_default();
    let calculator = field("calc")
        .as_string()
        .and_then(|slug| Calculator::from_slug(&slug))
        .unwrap_or_default();
    let channel = Channel::results_of(calculator);
    listen(channel, &worker);
    with_client(channel, |c| {
        c.worker = Some(worker);
        c.ready = ready;
        // Busy until the worker is ready or has answered the shell's request.
        c.busy = !ready || answer.is_empty();
        c.in_flight = calculator;
        c.calculator = calculator;
        if let Some((query, markup)) = answer.split_once('\n') {
            c.last = Some((calculator, query.to_owned(), markup.to_owned()));
        }
    });
}

/// Without a worker (browser tests), there is no early one to adopt.
#[cfg(feature = "inline-worker")]
pub fn adopt_early() {}

/// Sends `query` to what answers the channel: for the results, the in-page code, which
/// answers at once; otherwise the channel's worker. Starts either the first time.
#[cfg(not(feature = "inline-worker"))]
fn send(channel: Channel, query: &str) {
    if channel == Channel::Results {
        let message = format!("{}{query}", channel.tag());
        if let Some(answer) = in_page::answer(&message) {
            received(channel, &answer);
            return;
        }
    }
    // One start at a time: WebKit, offline, fails a second worker's script while the first
    // one still loads, although the service worker has both.
    let other_starting = another_starting(channel);
    let failed_to_send = with_client(channel, |c| {
        if c.worker.is_none() {
            // Until the worker says it is ready (an empty message), or the in-page code has
            // started, requests wait: a message sent while its wasm still loads would find
            // no listener.
            c.waiting = Some(query.to_owned());
            if channel == Channel::Results && in_page::loading() {
                c.busy = true;
                return false;
            }
            if other_starting {
                c.deferred = true;
                c.busy = true;
                return false;
            }
            c.busy = start_engine(channel, c);
            return !c.busy;
        }
        let message = format!("{}{query}", channel.tag());
        c.busy = c
            .worker
            .as_ref()
            .is_some_and(|w| w.post_message(&JsValue::from_str(&message)).is_ok());
        !c.busy
    });
    if failed_to_send {
        failed(channel);
    }
}

/// Browser tests (`--features inline-worker`): the wasm test runner cannot serve the
/// worker, so the same answer is worked out in the page.
#[cfg(feature = "inline-worker")]
fn send(channel: Channel, query: &str) {
    let message = format!("{}{query}", channel.tag());
    let answer = match channel {
        Channel::Lists => super::worker::answer_lists(&message),
        Channel::Results | Channel::Simulation => super::worker::answer(&message),
    };
    received(channel, &answer);
}

/// Whether a worker of another channel, or the in-page results code, is loading (started,
/// not ready yet).
#[cfg(not(feature = "inline-worker"))]
fn another_starting(channel: Channel) -> bool {
    (channel != Channel::Results && in_page::loading())
        || Channel::ALL
            .into_iter()
            .filter(|other| *other != channel)
            .any(|other| with_client(other, |c| c.worker.is_some() && !c.ready))
}

/// Starts what answers `channel`: for the results the in-page code, unless it failed to
/// start before; otherwise a worker. False when nothing could start.
#[cfg(not(feature = "inline-worker"))]
fn start_engine(channel: Channel, c: &mut Client) -> bool {
    // (Started already, the in-page code has nothing to wait for: a worker then.)
    if channel == Channel::Results && !in_page::ready() && in_page::load(in_page_done) {
        return true;
    }
    c.worker = start(channel);
    c.worker.is_some()
}

/// The in-page results code has started, or failed to (then a worker takes the requests).
#[cfg(not(feature = "inline-worker"))]
fn in_page_done() {
    hand_over_worker();
    let next = with_client(Channel::Results, |c| {
        if c.worker.is_some() {
            return None; // the adopted worker still computes; its answer sends the rest
        }
        c.take_next()
    });
    if let Some(next) = next {
        send(Channel::Results, &next);
    }
    start_deferred();
}

/// Once the in-page results code has started, the results channel's worker (the one
/// index.html started for a shared link, adopted) has nothing more to do: it works out
/// "How sure" instead when that channel has no worker yet (it is the same build), or stops.
#[cfg(not(feature = "inline-worker"))]
fn hand_over_worker() {
    if !in_page::ready() {
        return;
    }
    let idle = with_client(Channel::Results, |c| {
        if c.busy {
            return None;
        }
        c.ready = false;
        c.worker.take()
    });
    let Some(worker) = idle else {
        return;
    };
    let next = with_client(Channel::Simulation, |c| {
        if c.worker.is_some() {
            return Err(());
        }
        c.worker = Some(worker.clone());
        c.ready = true;
        c.deferred = false;
        Ok(c.take_next())
    });
    match next {
        Err(()) => worker.terminate(),
        Ok(next) => {
            listen(Channel::Simulation, &worker);
            if let Some(next) = next {
                send(Channel::Simulation, &next);
            }
        }
    }
}

#[cfg(not(feature = "inline-worker"))]
fn start(channel: Channel) -> Option<Worker> {
    let worker = Worker::new(&channel.url()).ok()?;
    listen(channel, &worker);
    Some(worker)
}

/// Routes the worker's answers and failures to `channel`.
#[cfg(not(feature = "inline-worker"))]
fn listen(channel: Channel, worker: &Worker) {
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        received(channel, &event.data().as_string().unwrap_or_default());
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn()>::new(move || {
        // Gone: a later request starts it again, and the workers waiting their turn start.
        let own_screen = with_client(channel, |c| {
            c.busy = false;
            c.ready = false;
            c.worker = None;
            c.waiting = None;
            channel == Channel::Simulation || Channel::results_of(c.calculator) == channel
        });
        if own_screen {
            failed(channel);
        }
        start_deferred();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}

fn received(channel: Channel, text: &str) {
    if text.is_empty() {
        with_client(channel, |c| c.ready = true);
        start_deferred();
    }
    let next = with_client(channel, |c| {
        if let Some((query, markup)) = text.split_once('\n') {
            // An answer already overtaken by a waiting request is not drawn: while typing,
            // the page parses no markup until the inputs settle.
            if c.in_flight == c.calculator && c.waiting.is_none() {
                show(channel, markup, query != c.wanted, &mut c.shown);
            }
            c.last = Some((c.in_flight, query.to_owned(), markup.to_owned()));
        }
        c.take_next()
    });
    if let Some(next) = next {
        send(channel, &next);
    }
    #[cfg(not(feature = "inline-worker"))]
    if channel == Channel::Results && with_client(channel, |c| c.worker.is_some()) {
        // The adopted early worker answered: the in-page code takes over from here.
        if in_page::ready() {
            hand_over_worker();
        } else if !another_starting(channel) {
            in_page::load(in_page_done);
        }
    }
}

/// Starts the first worker that waited for the others to be ready; the next one starts when
/// this one is (one at a time, see `send`).
fn start_deferred() {
    #[cfg(not(feature = "inline-worker"))]
    for channel in Channel::ALL {
        let started = with_client(channel, |c| {
            if !c.deferred {
                return None;
            }
            c.deferred = false;
            if c.worker.is_some() {
                return None; // started meanwhile
            }
            c.busy = start_engine(channel, c);
            Some(c.busy)
        });
        match started {
            Some(true) => break,
            Some(false) => failed(channel),
            None => {}
        }
    }
}

#[cfg(not(feature = "inline-worker"))]
fn failed(channel: Channel) {
    show_text(
        channel,
        "This browser could not start the part of the page that works this out (a web worker).",
    );
}

/// The elements the answers go into, as the page has them now: a screen drawn again
/// (back and forward in quick succession) has new, empty ones, which need asking for again.
pub fn slots_on_page() -> [Option<Element>; 2] {
    [slot(Channel::Results), slot(Channel::Simulation)]
}

fn slot(channel: Channel) -> Option<Element> {
    super::dom::element(channel.slot_id())
}

/// Puts the worker's markup in the slot, part by part (see `Markup::part_break`): a part
/// whose markup did not change is left as it is, one that kept its shape has just its
/// changed text nodes and attributes written (`super::patch`), so an edit re-parses only
/// what changed shape, and disclosures the reader opened or closed stay so. The markup was
/// built by this code base's escaping `Markup` inside our own worker (or its code in the
/// page), the only sender a dedicated worker's messages come from.
fn show(channel: Channel, markup: &str, busy: bool, shown: &mut Vec<String>) {
    let Some(slot) = slot(channel) else {
        return;
    };
    let parts = crate::markup::parts(markup);
    let children = slot.children();
    let in_place = children.length() as usize == parts.len() && shown.len() == parts.len();
    if in_place {
        for (i, part) in parts.iter().enumerate() {
            if shown[i] != *part {
                if let Some(element) = children.item(i as u32) {
                    if !patched(&element, &shown[i], part) {
                        replace_part(&element, part);
                    }
                }
            }
        }
    } else {
        slot.set_inner_html("");
        let document = web_sys::window().and_then(|w| w.document());
        for part in &parts {
            let Some(element) = document.as_ref().and_then(|d| d.create_element("div").ok()) else {
                return;
            };
            element.set_class_name("part");
            element.set_inner_html(part);
            let _ = slot.append_child(&element);
        }
    }
    *shown = parts.into_iter().map(str::to_owned).collect();
    let _ = slot.set_attribute("aria-busy", if busy { "true" } else { "false" });
}

/// Whether the in-page results code could write just what changed in the part (see
/// `super::in_page::patch`); the page itself carries no code for it.
fn patched(element: &Element, old: &str, new: &str) -> bool {
    #[cfg(not(feature = "inline-worker"))]
    return in_page::patch(element, old, new);
    #[cfg(feature = "inline-worker")]
    return super::patch::in_place(element, old, new);
}

/// Replaces one part's markup, keeping its disclosures open or closed as they were.
fn replace_part(element: &Element, markup: &str) {
    let opened = disclosures(element);
    element.set_inner_html(markup);
    if let Ok(list) = element.query_selector_all("details") {
        for (i, open) in opened.iter().enumerate() {
            let Some(details) = list
                .item(i as u32)
                .and_then(|n| n.dyn_into::<Element>().ok())
            else {
                break;
            };
            let _ = details.toggle_attribute_with_force("open", *open);
        }
    }
}

/// Whether each disclosure in `element` is open, in document order.
fn disclosures(element: &Element) -> Vec<bool> {
    let Ok(list) = element.query_selector_all("details") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .map(|details| details.has_attribute("open"))
        .collect()
}

/// Marks the answer on screen busy while a new one is computed; puts `markup` in first if
/// the slot is new (empty). Typing only flips an attribute, so no markup is parsed on the
/// input path.
fn mark_busy(channel: Channel, markup: &str, shown: &mut Vec<String>) {
    if let Some(slot) = slot(channel) {
        if slot.child_element_count() == 0 {
            show(channel, markup, true, shown);
        }
        let _ = slot.set_attribute("aria-busy", "true");
    }
}

fn show_text(channel: Channel, text: &str) {
    super::dom::say(channel.slot_id(), text);
}
