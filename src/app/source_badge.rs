//! A small badge naming where a figure comes from, or that it is an assumption.

use yew::prelude::*;

use crate::domain::source::Provenance;

/// The source of a figure ("Guide (2025)"), or "Assumption", with the detail on hover.
pub fn badge(provenance: &Provenance) -> Html {
    let class = classes!("badge", provenance.is_assumption().then_some("assumption"));
    let text = if provenance.is_assumption() {
        "Assumption".to_string()
    } else {
        provenance.source_label()
    };
    html! { <span class={class} title={provenance.detail()}>{ text }</span> }
}
