//! Budget planner: a total split across nano, micro and macro by the guide's rule, with the
//! creators it buys and what the mix should deliver.

use yew::prelude::*;

use super::charts::{split_bar, Segment};
use super::deliverable_select;
use super::explain::{sources, steps};
use super::fields::number_field;
use super::format::IntlFormatter;
use super::source_badge::badge;
use crate::domain::budget::{self, BandFit};
use crate::domain::format::NumberFormatter;
use crate::domain::rates::Deliverable;
use crate::state::fields::*;
use crate::state::{Action, AppState, DeliverableChoice};

/// The budget planner screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let on_deliverable = dispatch.reform(|slug: String| {
        Action::SetDeliverable(
            DeliverableChoice::Budget,
            Deliverable::from_slug(&slug).unwrap_or(Deliverable::InstagramPost),
        )
    });
    html! {
        <section class="calculator" aria-labelledby="budget-heading">
            <div class="panel inputs">
                <h2 id="budget-heading">{ "Budget planner" }</h2>
                <p class="intro">{ "The guide's rule: micro 50–60%, nano 25–35%, macro 5–15% of the influencer budget. Adjust the shares; they are checked, never rescaled." }</p>
                { number_field(state, &BUDGET_TOTAL, dispatch, Some(format!("Total budget ({})", state.currency.code())), None) }
                { number_field(state, &BUDGET_NANO, dispatch, None, Some("Guide: 25–35%.")) }
                { number_field(state, &BUDGET_MICRO, dispatch, None, Some("Guide: 50–60%.")) }
                { number_field(state, &BUDGET_MACRO, dispatch, None, Some("Guide: 5–15%.")) }
                { deliverable_select("budget-deliverable", state.budget_deliverable, on_deliverable) }
                { number_field(state, &BUDGET_CONVERSION, dispatch, None, Some("Share of the engaged audience that buys.")) }
            </div>
            { result(state) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    let f = IntlFormatter {
        currency: state.currency,
    };
    let body = match budget::plan(&state.budget_input()) {
        Err(error) => html! { <p class="needs">{ error.to_string() }</p> },
        Ok(plan) => {
            let segments = plan
                .tiers
                .iter()
                .enumerate()
                .map(|(i, t)| Segment {
                    label: t.tier.label().to_string(),
                    percent: t.share_percent,
                    tone: i,
                })
                .collect::<Vec<_>>();
            let description = plan
                .tiers
                .iter()
                .map(|t| {
                    format!(
                        "{} {}: {}",
                        t.tier.label(),
                        f.percent(t.share_percent),
                        f.money(t.amount)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            html! {
                <>
                    <p class="headline">{ format!("{} creators, {} reached", f.count(plan.creators as f64), f.count(plan.reach)) }</p>
                    <p class="subline">{ format!("{} engagements and about {} conversions expected from {}.",
                        f.count(plan.engagements), f.count(plan.conversions), f.money(plan.input.total)) }</p>
                    { for plan.warnings(&f).into_iter().map(|w| html! { <p class="callout warning">{ w }</p> }) }
                    { split_bar(&segments, format!("Budget split: {description}.")) }
                    <div class="table-scroll">
                        <table class="figures">
                            <thead><tr>
                                <th>{ "Tier" }</th><th class="num">{ "Share" }</th><th class="num">{ "Amount" }</th>
                                <th class="num">{ "Per creator" }</th><th class="num">{ "Creators" }</th>
                                <th class="num">{ "Reach" }</th><th class="num">{ "Engagements" }</th><th class="num">{ "Conversions" }</th>
                            </tr></thead>
                            <tbody>
                                { for plan.tiers.iter().map(|t| html! {
                                    <tr>
                                        <th scope="row">{ t.tier.label() }</th>
                                        <td class="num">{ f.percent(t.share_percent) }
                                            <div class={classes!("fit", fit_class(t.fit))}>{ fit_text(t.fit, t.band.low, t.band.high) }</div></td>
                                        <td class="num">{ f.money(t.amount) }</td>
                                        <td class="num">{ f.money(t.rate) }{ " " }{ badge(t.planning.rate.provenance) }</td>
                                        <td class="num">{ f.count(t.creators as f64) }</td>
                                        <td class="num">{ f.count(t.reach) }</td>
                                        <td class="num">{ f.count(t.engagements) }</td>
                                        <td class="num">{ f.count(t.conversions) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    { if plan.unspent > 0.5 { html! {
                        <p>{ format!("{} is left over once whole creators are booked.", f.money(plan.unspent)) }</p>
                    } } else { html! {} } }
                    { for plan.notes.iter().map(|note| html! { <p class="note">{ note.clone() }</p> }) }
                    { steps(&plan.steps(), state.currency, None) }
                    { sources(&plan.provenances(), state.currency) }
                </>
            }
        }
    };
    html! {
        <div class="panel results" id="budget-result" aria-live="polite">
            <h2>{ "The split" }</h2>
            { body }
        </div>
    }
}

fn fit_class(fit: BandFit) -> &'static str {
    match fit {
        BandFit::Within => "within",
        BandFit::Below | BandFit::Above => "outside",
    }
}

fn fit_text(fit: BandFit, low: f64, high: f64) -> String {
    let band = format!("{low:.0}–{high:.0}%");
    match fit {
        BandFit::Within => format!("in the guide's {band}"),
        BandFit::Below => format!("below the guide's {band}"),
        BandFit::Above => format!("above the guide's {band}"),
    }
}
