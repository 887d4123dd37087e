//! Page elements by id, for the parts of the page that Yew leaves alone (the workers'
//! slots, status lines written after a click, the saved-scenarios panel).

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
