//! Saved scenarios in the page: a disclosure below the calculators (static, in index.html).
//! Its body is written and run by
//! a module of its own (`reachwise-saved`, `src/saved_main.rs`) that the page loads the first
//! time the disclosure opens, so that the first load carries none of it: the module reads
//! and writes local storage through gloo-storage (each entry JSON, with serde), checks the
//! entries (`crate::saved`), writes the list and handles its buttons. Opening a scenario is
//! a plain link to it: a new history entry, so Back returns to the work before. The list
//! follows what other tabs save, and after each button the focus stays where the user was.

use std::cell::{Cell, RefCell};

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use web_sys::{Event, EventTarget, KeyboardEvent, MouseEvent, StorageEvent};

use super::dom::{element, say};
use crate::markup::Markup;
use crate::saved::{KEY_PREFIX, LAST_KEY};

thread_local! {
    /// Whether the module was asked for.
    static LOADING: Cell<bool> = const { Cell::new(false) };
    /// The last scenario deleted, key, stored value and name, for Undo.
    static DELETED: RefCell<Option<(String, String, String)>> = const { RefCell::new(None) };
}

/// The module's glue and the one line that starts it, by the names Trunk writes
/// (`super::files`).
const MODULE_SCRIPTS: [&str; 2] = ["reachwise-saved.js", "saved-loader.js"];

/// Loads the module when the "Saved scenarios" disclosure (static, in index.html) first
/// opens.
pub fn watch() {
    let Some(details) = element("saved") else {
        return;
    };
    let on_toggle = Closure::<dyn Fn()>::new(load);
    let _ = details.add_event_listener_with_callback("toggle", on_toggle.as_ref().unchecked_ref());
    on_toggle.forget();
}

/// Loads the module once: its glue, then the line that starts it, in that order.
fn load() {
    if LOADING.with(|loading| loading.replace(true)) {
        return;
    }
    for src in MODULE_SCRIPTS {
        let _ = super::dom::add_script(&super::files::url(src));
    }
}

/// The module's entry point: lists the saved scenarios and handles the panel's buttons,
/// Enter in the name field, and changes made in other tabs.
pub fn start() {
    let (Some(panel), Some(window)) = (element("saved"), web_sys::window()) else {
        return;
    };
    listen(&panel, "click", on_click);
    listen(&panel, "change", on_change);
    listen(&panel, "keydown", on_key);
    listen(&window, "storage", on_storage);
    request("list", "", "");
}

/// Calls `handler` with each `event` on `target`, for the page's lifetime.
fn listen<E: FromWasmAbi + 'static>(target: &EventTarget, event: &str, handler: fn(E)) {
    let closure = Closure::<dyn Fn(E)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Enter in the name field saves, as the Save button does.
fn on_key(event: KeyboardEvent) {
    let in_name = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| t.id() == "save-name");
    if in_name && event.key() == "Enter" {
        event.prevent_default();
        save();
    }
}

/// Another tab saved, renamed or deleted: the list is drawn again, keeping a name being
/// typed and the focus in it.
fn on_storage(event: StorageEvent) {
    let ours = event
        .key()
        .is_none_or(|key| key.starts_with(KEY_PREFIX) || key == LAST_KEY);
    if !ours {
        return;
    }
    let typed = name_field().map(|input| (input.value(), is_focused(&input)));
    request("list", "", "");
    if let (Some((value, focused)), Some(input)) = (typed, name_field()) {
        input.set_value(&value);
        if focused {
            let _ = input.focus();
        }
    }
}

fn name_field() -> Option<HtmlInputElement> {
    element("save-name")?.dyn_into().ok()
}

fn is_focused(element: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}

/// Moves the focus to the first element `selector` matches, if any.
fn focus(selector: &str) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(found) = found {
        let _ = found.focus();
    }
}

/// Saves the screen (its query and, for a roster, its fragment) under the name typed.
fn save() {
    let name = name_field().map(|input| input.value()).unwrap_or_default();
    request("save", &name, &super::read_link());
    focus("#save-name");
}

/// A file chosen for import.
fn on_change(event: Event) {
    let Some(file) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
    else {
        return;
    };
    spawn_local(async move {
        match JsFuture::from(file.text()).await.map(|t| t.as_string()) {
            Ok(Some(text)) => request("import", &text, ""),
            _ => status("That file could not be read."),
        }
    });
}

/// A click in the panel: save, rename or delete (opening is a plain link).
fn on_click(event: MouseEvent) {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("[data-act]").ok().flatten())
    else {
        return;
    };
    let key = target.get_attribute("data-key").unwrap_or_default();
    match target.get_attribute("data-act").as_deref() {
        Some("save") => save(),
        Some("rename") => {
            let old = target.get_attribute("data-name").unwrap_or_default();
            let name = web_sys::window()
                .and_then(|w| w.prompt_with_message_and_default("New name", &old).ok())
                .flatten();
            if let Some(name) = name {
                request("rename", &key, &name);
            }
            focus(&format!("[data-act=rename][data-key=\"{key}\"]"));
        }
        Some("delete") => delete(&key, &target.get_attribute("data-name").unwrap_or_default()),
        Some("undo") => undo(),
        _ => {}
    }
}

/// Deletes a scenario, then says so with an Undo button, which takes the focus.
fn delete(key: &str, name: &str) {
    if !storage_on() {
        return;
    }
    let value = LocalStorage::raw().get_item(key).ok().flatten();
    LocalStorage::delete(key);
    request("list", "", "");
    if let Some(value) = value {
        DELETED.with(|d| d.replace(Some((key.to_owned(), value, name.to_owned()))));
        if let Some(line) = element("saved-status") {
            let mut m = Markup::new();
            m.text(&format!("Deleted “{name}”. "))
                .raw("<button type=\"button\" data-act=\"undo\">Undo</button>");
            line.set_inner_html(m.as_str());
        }
        focus("[data-act=undo]");
    }
}

/// Puts the last deleted scenario back under its key (keys are never given out twice).
fn undo() {
    let Some((key, value, name)) = DELETED.with(RefCell::take) else {
        return;
    };
    if storage_on() && LocalStorage::raw().set_item(&key, &value).is_ok() {
        request("list", "", "");
        status(&format!("Restored “{name}”."));
        focus(&format!("[data-act=rename][data-key=\"{key}\"]"));
    }
}

fn status(text: &str) {
    say("saved-status", text);
}

/// Whether local storage can be used, with a message when not: private modes and site
/// settings turn it off, and gloo-storage's `LocalStorage` then throws, so it is used only
/// after this says yes.
fn storage_on() -> bool {
    let on = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
    if !on {
        status("Saving needs the browser's local storage, which is off here (private mode or site settings). Copy the link instead.");
    }
    on
}

/// The stored saved-scenario entries, key and value. gloo-storage reads each and parses it
/// as JSON; a value that is not JSON comes as its text, which `crate::saved` names as
/// damaged (and leaves in storage).
fn stored() -> Vec<(String, String)> {
    let raw = LocalStorage::raw();
    (0..LocalStorage::length())
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX) || key == LAST_KEY)
        .filter_map(|key| {
            let value = match LocalStorage::get::<serde_json::Value>(&key) {
                Ok(value) => value.to_string(),
                Err(_) => raw.get_item(&key).ok().flatten()?,
            };
            Some((key, value))
        })
        .collect()
}

/// Shows the panel after `op`, worked out from every stored entry.
fn request(op: &str, a: &str, b: &str) {
    if !storage_on() {
        return;
    }
    let mut parts = vec![op.to_string(), a.to_string(), b.to_string()];
    for (key, value) in stored() {
        parts.push(key);
        parts.push(value);
    }
    received(op, &crate::saved::answer(&parts));
}

/// Shows the panel, writes the entries the answer says to write (JSON, through
/// gloo-storage) and says what `op` did.
fn received(op: &str, answer: &[String]) {
    if let Some(body) = element("saved-body") {
        body.set_inner_html(answer.first().map_or("", String::as_str));
    }
    // `request`, the only caller, found storage on.
    let writes = answer.get(1..).unwrap_or(&[]);
    let failed = writes.chunks_exact(2).any(|pair| {
        serde_json::from_str::<serde_json::Value>(&pair[1])
            .map_err(drop)
            .and_then(|value| LocalStorage::set(&pair[0], value).map_err(drop))
            .is_err()
    });
    if failed {
        // The list as stored, then the message (listing clears the status line).
        request("list", "", "");
        status("Not saved: the browser's storage is full or off.");
    } else {
        // Said for what was just done: after a rename, "Saved." read as the last save's.
        status(match op {
            _ if writes.is_empty() => "",
            "rename" => "Renamed.",
            "import" => "Imported.",
            _ => "Saved.",
        });
    }
}
