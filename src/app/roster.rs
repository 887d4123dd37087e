//! Roster: the inputs only (the table as text, a file to load, the budget). What to
//! maximise, tier limits, reading the table, the figures, the mix and the table itself are
//! the results worker's; a click on one of its buttons (`data-k`) comes back here as a
//! [`RosterEdit`].

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::staged::Drawn;

use super::explain::result_panel;
use super::fields::{list_input, number_input, NumberInput};
use crate::state::roster::ROSTER_BUDGET;
use crate::state::{Action, AppState, Calculator, RosterEdit};

/// The most of a file read (2 MB): a roster is far smaller; the rest is cut.
const MAX_FILE_BYTES: f64 = 2_000_000.0;

/// The roster screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    let roster = &state.roster;
    let edit = |f: fn(String) -> RosterEdit| dispatch.reform(move |text| Action::Roster(f(text)));
    let budget_error = roster
        .budget
        .error_in(&ROSTER_BUDGET, Some(state.currency.code()));
    let budget_invalid = budget_error.is_some();
    html! {
        <section class="calculator roster" aria-labelledby="roster-heading" onclick={on_table_click(dispatch)}>
            <div class="panel inputs">
                <h2 id="roster-heading">{ "Roster" }</h2>
                <p class="intro">{ "Compare a shortlist of creators and pick the best mix within a budget. Nothing is uploaded: the list stays in this page and in its link." }</p>
                { list_input("roster-text", "Creators: paste from a spreadsheet, type or load a file", &roster.text, None,
                    "A header row names the columns, in any order: name, platform, followers, average likes, average comments, quoted price; views, shares, saves, deliverable, follower history and conversion rate are optional.",
                    edit(RosterEdit::Text)) }
                <div class="field">
                    <label for="roster-file">{ "Load a CSV file" }</label>
                    <input type="file" id="roster-file" accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={on_file(dispatch)} />
                </div>
                { number_input(NumberInput { id: "roster-budget".into(), spec: &ROSTER_BUDGET, label: None,
                    field: roster.budget.clone(), error: budget_error, hint: None, on_input: edit(RosterEdit::Budget) }) }
            </div>
            { drawn.results(|| result_panel(Calculator::Roster, "roster-result", "Shortlist", &if budget_invalid { vec!["budget".to_owned()] } else { Vec::new() })) }
        </section>
    }
}

/// One listener for every button of the worker's table: its `data-k`, `data-v`,
/// `data-one` and `data-clear` become a [`RosterEdit`].
fn on_table_click(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: MouseEvent| {
        let Some(button) = event
            .target_dyn_into::<Element>()
            .and_then(|t| t.closest("[data-k]").ok().flatten())
        else {
            return;
        };
        let attribute = |name: &str| button.get_attribute(name).unwrap_or_default();
        if let Some(edit) = RosterEdit::from_data(
            &attribute("data-k"),
            &attribute("data-v"),
            &attribute("data-one"),
            &attribute("data-clear"),
        ) {
            dispatch.emit(Action::Roster(edit));
        }
    })
}

/// Reads a chosen file's text (its first [`MAX_FILE_BYTES`]) into the table.
fn on_file(dispatch: &Callback<Action>) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: Event| {
        let Some(file) = event
            .target_dyn_into::<HtmlInputElement>()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        let Ok(part) = file.slice_with_f64_and_f64(0.0, MAX_FILE_BYTES) else {
            return;
        };
        let dispatch = dispatch.clone();
        spawn_local(async move {
            let text = JsFuture::from(part.text()).await.ok();
            let text = text.and_then(|t| t.as_string()).unwrap_or_default();
            dispatch.emit(Action::Roster(RosterEdit::Text(text)));
        });
    })
}
