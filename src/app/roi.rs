//! Micro vs macro ROI: any number of scenarios side by side, each input a number or a
//! low–high range, with efficiency multiples and break-even answers.

use yew::prelude::*;

use super::charts::{bar_group, Bar, BarGroup};
use super::explain::{sources, steps};
use super::fields::{number_input, pending, NumberInput};
use super::format::IntlFormatter;
use crate::domain::explain::Quantity;
use crate::domain::format::NumberFormatter;
use crate::domain::range::Range;
use crate::domain::roi::{self, ScenarioResult};
use crate::domain::source::Provenance;
use crate::markup::Markup;
use crate::state::fields::scenario;
use crate::state::results;
use crate::state::{Action, AppState, Preset, ScenarioInputs, MAX_SCENARIOS};

/// The ROI screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let count = state.scenarios.len();
    html! {
        <section class="calculator" aria-labelledby="roi-heading">
            <div class="panel inputs">
                <h2 id="roi-heading">{ "Micro vs macro ROI" }</h2>
                <p class="intro">{ "Does 1 macro influencer beat 5 or 10 micro influencers for the same money? Any field takes a range such as 300k-400k." }</p>
                <div class="presets" role="group" aria-label="Load an example from the guide">
                    <button type="button" id="preset-1" onclick={dispatch.reform(|_| Action::LoadPreset(Preset::GuideTable1))}>
                        { "Guide example 1: 1 macro vs 5 micro" }</button>
                    <button type="button" id="preset-2" onclick={dispatch.reform(|_| Action::LoadPreset(Preset::GuideExample2))}>
                        { "Guide example 2: 1 macro vs 10 micro" }</button>
                </div>
                { for state.scenarios.iter().enumerate().map(|(index, s)| html! {
                    <ScenarioFields index={index} scenario={s.clone()} removable={count > 1}
                        dispatch={dispatch.clone()} />
                }) }
                <button type="button" id="add-scenario" disabled={count >= MAX_SCENARIOS}
                    onclick={dispatch.reform(|_| Action::AddScenario)}>{ "Add scenario" }</button>
            </div>
            { result(state) }
        </section>
    }
}

/// Props of [`ScenarioFields`].
#[derive(Properties, PartialEq)]
struct ScenarioFieldsProps {
    index: usize,
    scenario: ScenarioInputs,
    removable: bool,
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
                <input id={format!("roi-{number}-name")} type="text" value={s.name.clone()} oninput={on_name} />
            </div>
            <div class="field-grid">
                { for scenario::ALL.iter().map(|spec| {
                    let key = spec.key;
                    number_input(NumberInput {
                        id: format!("roi-{number}-{key}"),
                        spec,
                        label: None,
                        field: s.field(spec),
                        hint: None,
                        on_input: dispatch.reform(move |text| Action::SetScenarioNumber(index, key, text)),
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

fn result(state: &AppState) -> Html {
    let invalid = state
        .scenarios
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            scenario::ALL
                .iter()
                .filter(|spec| s.field(spec).error(spec).is_some())
                .map(move |spec| {
                    format!("{} (scenario {})", spec.label.to_ascii_lowercase(), i + 1)
                })
        })
        .collect::<Vec<_>>();
    let f = IntlFormatter {
        currency: state.currency,
    };
    let comparison = results::roi(state);
    let ok: Vec<(usize, &ScenarioResult)> = comparison
        .results
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().ok().map(|r| (i, r)))
        .collect();
    let name = |i: usize| {
        state
            .scenarios
            .get(i)
            .map_or_else(String::new, |s| s.name.clone())
    };
    let money = |r: Range| f.quantity(&Quantity::Money(r));
    let count = |r: Range| f.quantity(&Quantity::Count(r));
    let mut m = Markup::new();
    for (i, result) in comparison.results.iter().enumerate() {
        if let Err(error) = result {
            m.el(
                "p",
                "needs",
                &format!("Scenario {} ({}): {error}", i + 1, name(i)),
            );
        }
    }
    if let Some(best) = comparison.best {
        m.el(
            "p",
            "headline",
            &format!("Lowest cost per conversion: {}", name(best)),
        );
    }
    m.raw(
        "<div class=\"table-scroll\"><table class=\"figures compare\"><caption class=\"scroll-hint\">Scroll sideways to see every scenario.</caption><thead><tr><th>Metric</th>",
    );
    for (i, _) in &ok {
        m.open_with("th", &[("class", "num"), ("scope", "col")])
            .text(&name(*i))
            .close("th");
    }
    m.raw("</tr></thead><tbody>");
    type Cell<'a> = Box<dyn Fn(&ScenarioResult) -> Option<String> + 'a>;
    let rows: [(&str, Cell); 10] = [
        ("Total cost", Box::new(|r| Some(money(r.total_cost)))),
        ("Reach", Box::new(|r| Some(count(r.reach)))),
        ("Engaged audience", Box::new(|r| Some(count(r.engaged)))),
        ("Conversions", Box::new(|r| Some(count(r.conversions)))),
        (
            "Cost per conversion",
            Box::new(|r| Some(money(r.cost_per_conversion))),
        ),
        (
            "Cost per engagement",
            Box::new(|r| Some(money(r.cost_per_engagement))),
        ),
        (
            "Cost per 1,000 reached",
            Box::new(|r| Some(money(r.cost_per_thousand_reached))),
        ),
        ("Revenue", Box::new(|r| r.revenue.map(money))),
        (
            "Return on spend",
            Box::new(|r| r.return_on_spend.map(|v| f.quantity(&Quantity::Ratio(v)))),
        ),
        ("Profit", Box::new(|r| r.profit.map(money))),
    ];
    for (label, cell) in &rows {
        if ok.iter().any(|(_, r)| cell(r).is_some()) {
            let cells: Vec<String> = ok
                .iter()
                .map(|(_, r)| cell(r).unwrap_or_else(|| "–".into()))
                .collect();
            m.row(label, &cells);
        }
    }
    // Many scenarios: the comparisons with the first are table rows, which scan better than
    // dozens of sentences (and keep each edit light). Few: full sentences.
    let first = name(0);
    let many = ok.len() > 3;
    if many {
        let per_conversion = |i: usize| {
            comparison
                .vs_first
                .iter()
                .find(|e| e.scenario == i && e.metric == roi::Metric::CostPerConversion)
                .map_or_else(
                    || "–".to_string(),
                    |e| f.quantity(&Quantity::Ratio(e.multiple)),
                )
        };
        let break_even = |i: usize| {
            comparison
                .break_evens
                .iter()
                .find(|b| b.scenario == i && b.target == 0 && b.reachable)
                .map_or_else(
                    || "–".to_string(),
                    |b| f.quantity(&Quantity::Percent(b.conversion_rate_percent)),
                )
        };
        let cells: Vec<String> = ok.iter().map(|(i, _)| per_conversion(*i)).collect();
        m.row(
            &format!("Times as efficient per conversion as {first}"),
            &cells,
        );
        let cells: Vec<String> = ok.iter().map(|(i, _)| break_even(*i)).collect();
        m.row(&format!("Conversion rate that matches {first}"), &cells);
    }
    m.raw("</tbody></table></div>");
    if !many {
        m.raw("<ul class=\"verdicts\">");
        for e in comparison.vs_first.iter().filter(|e| {
            matches!(
                e.metric,
                roi::Metric::CostPerConversion | roi::Metric::CostPerEngagement
            )
        }) {
            m.el("li", "", &comparison.efficiency_sentence(e, &f));
        }
        for b in &comparison.break_evens {
            m.el("li", "", &comparison.break_even_sentence(b, &f));
        }
        m.raw("</ul>");
    }
    let bar = |i: usize, range: Range, text: String| Bar {
        label: name(i),
        low: range.low,
        high: range.high,
        text,
        tone: i,
    };
    let groups = [
        BarGroup {
            title: "Engaged audience (more is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| bar(*i, r.engaged, count(r.engaged)))
                .collect(),
        },
        BarGroup {
            title: "Conversions (more is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| bar(*i, r.conversions, count(r.conversions)))
                .collect(),
        },
        BarGroup {
            title: "Cost per conversion (less is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| bar(*i, r.cost_per_conversion, money(r.cost_per_conversion)))
                .collect(),
        },
    ];
    let charts: Vec<Html> = groups
        .iter()
        .map(|group| {
            let mut chart = Markup::new();
            bar_group(&mut chart, group);
            chart.finish()
        })
        .collect();
    let mut provenances: Vec<&'static Provenance> = Vec::new();
    for (_, r) in &ok {
        for p in r.provenances() {
            if !provenances.iter().any(|q| std::ptr::eq(*q, p)) {
                provenances.push(p);
            }
        }
    }
    html! {
        <div class="panel results" id="roi-result" aria-live="polite">
            <h2>{ "Side by side" }</h2>
            { pending(&invalid) }
            { m.finish() }
            { for charts }
            <p class="chart-caption">{ "Each colour is one scenario; a pale extension shows the top of a range." }</p>
            { for ok.iter().map(|(i, r)| steps(&r.steps(), state.currency, Some(format!("How {} is worked out", name(*i))))) }
            { sources(&provenances, state.currency) }
        </div>
    }
}
