//! The result panel the page renders around the worker's answer (the answer itself is
//! written by `crate::render`).

use yew::prelude::*;

use super::fields::{panel_attributes, pending};
use super::worker_client;
use crate::state::Calculator;

/// A result panel as the page renders it: its heading, the fields that still need a valid
/// entry (only the page knows what was typed), the "How sure" slot where the calculator has
/// one, and the slot the results worker fills. `id` is the panel's element id (tests and
/// links read it).
pub fn result_panel(
    calculator: Calculator,
    id: &'static str,
    heading: &'static str,
    invalid: &[String],
) -> Html {
    let how_sure = matches!(calculator, Calculator::Roi | Calculator::Budget);
    let (class, described) = panel_attributes(id, invalid);
    html! {
        <div {class} {id} aria-describedby={described}>
            <h2>{ heading }</h2>
            { pending(id, invalid) }
            { if how_sure { worker_client::how_sure_slot(calculator) } else { html! {} } }
            { worker_client::results_slot(calculator) }
        </div>
    }
}
