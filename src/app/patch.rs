//! Updates a part of an answer in place when its shape stays ([`crate::markup_diff`]):
//! writing a few dozen text nodes and attributes costs a fraction of parsing the part again,
//! and of laying all of it out again.

use wasm_bindgen::JsCast;
use web_sys::{Element, Text};

use crate::markup_diff::changes;

/// Makes `element`, which shows the markup `old`, show `new` by writing only the text nodes
/// and attributes that differ. False when the two differ in shape, or the element no longer
/// holds what `old` made: the caller parses `new` instead.
pub fn in_place(element: &Element, old: &str, new: &str) -> bool {
    let Some(changes) = changes(old, new) else {
        return false;
    };
    let texts = text_nodes(element);
    // The elements are listed only when an attribute changes (a chart's bar, a download).
    let elements = if changes.attribute_writes.is_empty() {
        None
    } else {
        match element.query_selector_all("*") {
            Ok(list) if list.length() as usize == changes.elements => Some(list),
            _ => return false,
        }
    };
    if texts.len() != changes.texts {
        return false;
    }
    for (at, text) in changes.text_writes {
        if let Some(node) = texts.get(at) {
            node.set_data(&text);
        }
    }
    for (at, name, value) in changes.attribute_writes {
        let target = u32::try_from(at)
            .ok()
            .zip(elements.as_ref())
            .and_then(|(at, elements)| elements.item(at))
            .and_then(|node| node.dyn_into::<Element>().ok());
        if let Some(target) = target {
            let _ = target.set_attribute(&name, &value);
        }
    }
    true
}

/// `element`'s text nodes in document order (a tree walker hands them over one call each).
fn text_nodes(element: &Element) -> Vec<Text> {
    let mut found = Vec::new();
    let Some(document) = element.owner_document() else {
        return found;
    };
    // NodeFilter.SHOW_TEXT
    let Ok(walker) = document.create_tree_walker_with_what_to_show(element, 4) else {
        return found;
    };
    while let Ok(Some(node)) = walker.next_node() {
        found.push(node.unchecked_into());
    }
    found
}
