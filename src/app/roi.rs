//! Micro vs macro ROI: any number of scenarios side by side, each input a number or a
//! low–high range, with efficiency multiples, break-even answers and, from the simulation
//! worker, the chance that one scenario beats another.

use yew::prelude::*;

use super::staged::Drawn;

use super::fields::{number_input, NumberInput};
use super::roi_result::result;
use crate::state::{Action, AppState, Preset, ScenarioField, ScenarioInputs, MAX_SCENARIOS};

/// The ROI screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    let count = state.scenarios.len();
    html! {
        <section class="calculator" aria-labelledby="roi-heading">
            <div class="panel inputs">
                <h2 id="roi-heading">{ "Micro vs macro ROI" }</h2>
                <p class="intro">{ "Does 1 macro influencer beat 5 or 10 micro influencers for the same money? Any field takes a range such as 300k-400k, or low-typical-high such as 300k-320k-400k." }</p>
                <div class="presets" role="group" aria-label="Load an example from the guide">
                    <button type="button" id="preset-1" onclick={dispatch.reform(|_| Action::LoadPreset(Preset::GuideTable1))}>
                        { "Guide example 1: 1 macro vs 5 micro" }</button>
                    <button type="button" id="preset-2" onclick={dispatch.reform(|_| Action::LoadPreset(Preset::GuideExample2))}>
                        { "Guide example 2: 1 macro vs 10 micro" }</button>
                </div>
                { for state.scenarios.iter().enumerate().map(|(index, s)| html! {
                    <ScenarioFields index={index} scenario={s.clone()} removable={count > 1} currency={state.currency.code()}
                        dispatch={dispatch.clone()} />
                }) }
                <button type="button" id="add-scenario" disabled={count >= MAX_SCENARIOS}
                    onclick={dispatch.reform(|_| Action::AddScenario)}>{ "Add scenario" }</button>
            </div>
            { drawn.results(|| result(state)) }
        </section>
    }
}

/// Props of [`ScenarioFields`].
#[derive(Properties, PartialEq)]
struct ScenarioFieldsProps {
    index: usize,
    scenario: ScenarioInputs,
    removable: bool,
    currency: &'static str,
    dispatch: Callback<Action>,
}

/// One scenario's fields: a component so that typing in one scenario re-renders only it.
#[function_component(ScenarioFields)]
fn scenario_fields(props: &ScenarioFieldsProps) -> Html {
    let index = props.index;
    let number = index + 1;
    let s = &props.scenario;
    let dispatch = &props.dispatch;
    let on_name = dispatch.reform(move |e: InputEvent| {
        let name = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        Action::RenameScenario(index, name)
    });
    html! {
        <fieldset class="scenario">
            <legend>{ format!("Scenario {number}: {}", s.name) }</legend>
            <div class="field">
                <label for={format!("roi-{number}-name")}>{ "Name" }</label>
                // 40 is MAX_SCENARIO_NAME_CHARS (the browser test checks that they agree).
                <input id={format!("roi-{number}-name")} type="text" value={s.name.clone()} oninput={on_name}
                    maxlength="40" />
            </div>
            <div class="field-grid">
                { for ScenarioField::ALL.into_iter().map(|field| {
                    let spec = field.spec();
                    number_input(NumberInput {
                        id: format!("roi-{number}-{}", spec.key),
                        spec,
                        label: None,
                        field: s.field(field),
                        error: s.field(field).error_in(spec, Some(props.currency)),
                        hint: None,
                        on_input: dispatch.reform(move |text| Action::SetScenarioNumber(index, field, text)),
                    })
                }) }
            </div>
            { if props.removable { html! {
                <button type="button" class="remove" onclick={dispatch.reform(move |_| Action::RemoveScenario(index))}
                    aria-label={format!("Remove scenario {number}, {}", s.name)}>{ "Remove" }</button>
            } } else { html! {} } }
        </fieldset>
    }
}
