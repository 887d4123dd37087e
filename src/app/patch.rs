//! Updates a part of an answer in place when its shape stays ([`crate::markup_diff`]):
//! writing a few dozen text nodes and attributes costs a fraction of parsing the part again,
//! and of laying all of it out again.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

use crate::markup_diff::changes;

/// Makes `element`, which shows the markup `old`, show `new` by writing only the text nodes
/// and attributes that differ. False when the two differ in shape, or the element no longer
/// holds what `old` made: the caller parses `new` instead.
pub fn in_place(element: &Element, old: &str, new: &str) -> bool {
    let Some(changes) = changes(old, new) else {
        return false;
    };
    let texts = text_nodes(element);
    let Ok(elements) = element.query_selector_all("*") else {
        return false;
    };
    if texts.len() != changes.texts || elements.length() as usize != changes.elements {
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
            .and_then(|at| elements.item(at))
            .and_then(|node| node.dyn_into::<Element>().ok());
        if let Some(target) = target {
            let _ = target.set_attribute(&name, &value);
        }
    }
    true
}

/// `node`'s text nodes in document order.
fn text_nodes(node: &Node) -> Vec<Text> {
    let mut found = Vec::new();
    collect(node, &mut found);
    found
}

fn collect(node: &Node, found: &mut Vec<Text>) {
    let mut child = node.first_child();
    while let Some(current) = child {
        match current.dyn_ref::<Text>() {
            Some(text) => found.push(text.clone()),
            None => collect(&current, found),
        }
        child = current.next_sibling();
    }
}
