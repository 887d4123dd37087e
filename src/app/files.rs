//! The addresses of the files the page loads on demand. The post-build step
//! (scripts/hashed.mjs) puts a content hash in each name and lists the names in
//! `window.reachwiseFiles` (index.html), since this wasm cannot be rewritten after it is
//! built; without that list (a test page) the names are the ones Trunk writes.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// The address, next to index.html, of the file Trunk writes as `name`.
pub fn url(name: &str) -> String {
    let hashed = web_sys::window()
        .and_then(|window| Reflect::get(&window, &JsValue::from_str("reachwiseFiles")).ok())
        .filter(|files| files.is_object())
        .and_then(|files| Reflect::get(&files, &JsValue::from_str(name)).ok())
        .and_then(|value| value.as_string())
        .filter(|hashed| is_plain_name(hashed));
    format!("./{}", hashed.as_deref().unwrap_or(name))
}

/// Whether `name` is a bare file name (no path, no scheme): the only kind the list holds.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.')
}
