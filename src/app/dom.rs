//! Page elements by id, for the parts of the page that Yew leaves alone (the workers'
//! slots, status lines written after a click, the saved-scenarios panel), and the scripts
//! the page adds when a part is first needed.

use web_sys::Element;

/// The element with `id`, if the page has it.
pub fn element(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Writes `text` as the whole content of the element `id` (a status line, a slot).
pub fn say(id: &str, text: &str) {
    if let Some(element) = element(id) {
        element.set_text_content(Some(text));
    }
}

/// Adds the classic script `src` to the page and returns it; scripts added this way run in
/// the order added.
pub fn add_script(src: &str) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    let script = document.create_element("script").ok()?;
    let _ = script.set_attribute("src", src);
    // Inserted scripts run as they arrive unless told to keep their order.
    let _ = js_sys::Reflect::set(&script, &"async".into(), &false.into());
    document.head()?.append_child(&script).ok()?;
    Some(script)
}

/// Runs `f` in a task of its own after this one (a zero-delay timer), so that this task's
/// work reaches the screen first.
pub fn after_this_task(f: impl FnOnce() + 'static) {
    after(0, f);
}

/// Runs `f` in a task of its own, `ms` milliseconds from now (a timer).
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::JsCast::unchecked_ref(&callback),
            ms,
        );
    }
}
