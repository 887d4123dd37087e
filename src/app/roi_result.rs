//! The ROI result panel as the page renders it: its heading, the fields that still need a
//! valid entry, and the slots the worker fills (`crate::render::roi` writes the answer).

use yew::prelude::*;

use super::explain::result_panel;
use crate::state::{quoted, AppState, Calculator, ScenarioField};

/// The ROI result panel as the page renders it; the results worker fills it.
pub fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Roi,
        "roi-result",
        "Side by side",
        &invalid_fields(state),
    )
}

/// The fields of every scenario that hold an invalid entry, named with their scenario.
fn invalid_fields(state: &AppState) -> Vec<String> {
    state
        .scenarios
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            ScenarioField::ALL
                .into_iter()
                .filter(|field| {
                    let currency = Some(state.currency.code());
                    s.field(*field).error_in(field.spec(), currency).is_some()
                })
                .map(move |field| format!("{} in scenario {}", quoted(field.spec().label), i + 1))
        })
        .collect()
}
