//! A small badge naming where a figure comes from, or that it is an assumption.

use yew::prelude::*;

/// Props of [`Badge`].
#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    /// The figure's provenance.
    pub provenance: &'static crate::domain::source::Provenance,
}

/// The source of a figure, or that it is an assumption, with the detail on hover.
#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    let provenance = props.provenance;
    let class = classes!("badge", provenance.is_assumption().then_some("assumption"));
    let text = if provenance.is_assumption() {
        "Assumption".to_string()
    } else {
        provenance.source_label()
    };
    html! { <span class={class} title={provenance.detail()}>{ text }</span> }
}
