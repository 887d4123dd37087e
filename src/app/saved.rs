//! Saved scenarios in the page: a disclosure below the calculators (static, in index.html).
//! Its body is written and run by
//! a module of its own (`reachwise-saved`, `src/saved_main.rs`) that the page loads the first
//! time the disclosure opens, so that the first load carries none of it: the module reads
//! and writes local storage through gloo-storage (each entry JSON, with serde), checks the
//! entries (`crate::saved`), writes the list and handles its buttons. Opening a scenario is
//! a plain link to it: a new history entry, so Back returns to the work before.

use std::cell::Cell;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlInputElement};
use web_sys::{Event, MouseEvent};

use super::dom::{element, say};
use crate::saved::KEY_PREFIX;

thread_local! {
    /// Whether the module was asked for.
    static LOADING: Cell<bool> = const { Cell::new(false) };
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

/// The module's entry point: lists the saved scenarios and handles the panel's buttons.
pub fn start() {
    let Some(body) = element("saved-body") else {
        return;
    };
    let on_click = Closure::<dyn Fn(MouseEvent)>::new(on_click);
    let _ = body.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let on_change = Closure::<dyn Fn(Event)>::new(on_change);
    let _ = body.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    on_change.forget();
    request("list", "", "");
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
        Some("save") => {
            let name = element("save-name")
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            request("save", &name, &super::read_location());
        }
        Some("rename") => {
            let old = target.get_attribute("data-name").unwrap_or_default();
            let name = web_sys::window()
                .and_then(|w| w.prompt_with_message_and_default("New name", &old).ok())
                .flatten();
            if let Some(name) = name {
                request("rename", &key, &name);
            }
        }
        Some("delete") => {
            if storage_on() {
                LocalStorage::delete(&key);
            }
            request("list", "", "");
        }
        _ => {}
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
        .filter(|key| key.starts_with(KEY_PREFIX))
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
    received(&crate::saved::answer(&parts));
}

/// Shows the panel and writes the entries the answer says to write (JSON, through
/// gloo-storage).
fn received(answer: &[String]) {
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
        status(if writes.is_empty() { "" } else { "Saved." });
    }
}
