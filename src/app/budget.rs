//! Budget planner: a total split across nano, micro and macro by the guide's rule, with the
//! creators it buys and what the mix should deliver.

use yew::prelude::*;

use super::deliverable_select;
use super::explain::{self, result_panel};
use super::fields::{invalid_fields, number_field};
use super::format::IntlFormatter;
use super::source_badge::badge;
use crate::charts::{split_bar, Segment};
use crate::domain::budget::{band_text, BandFit, BudgetPlan};
use crate::domain::data::{ShareBand, BUDGET_BANDS};
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::state::fields::*;
use crate::state::results;
use crate::state::{Action, AppState, Calculator, DeliverableChoice};

/// The budget planner screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    html! {
        <section class="calculator" aria-labelledby="budget-heading">
            <div class="panel inputs">
                <h2 id="budget-heading">{ "Budget planner" }</h2>
                <p class="intro">{ format!("The guide's rule: micro {}, nano {}, macro {} of the influencer budget. Adjust the shares; they are checked, never rescaled.",
                    band_text(&BUDGET_BANDS[1]), band_text(&BUDGET_BANDS[0]), band_text(&BUDGET_BANDS[2])) }</p>
                { number_field(state, FieldId::BudgetTotal, dispatch, Some(format!("Total budget ({})", state.currency.code())), None) }
                { number_field(state, FieldId::BudgetNano, dispatch, None, Some(&guide_hint(&BUDGET_BANDS[0]))) }
                { number_field(state, FieldId::BudgetMicro, dispatch, None, Some(&guide_hint(&BUDGET_BANDS[1]))) }
                { number_field(state, FieldId::BudgetMacro, dispatch, None, Some(&guide_hint(&BUDGET_BANDS[2]))) }
                { deliverable_select("budget-deliverable", DeliverableChoice::Budget, state.budget_deliverable, dispatch) }
                { number_field(state, FieldId::BudgetConversion, dispatch, None, Some("Share of the engaged audience that buys; a range such as 1-3 shows how sure the plan is.")) }
                { number_field(state, FieldId::BudgetTarget, dispatch, None, Some("Optional: the chance that the plan reaches it.")) }
            </div>
            { result(state) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Budget,
        "budget-result",
        "The split",
        &invalid_fields(state, BUDGET),
    )
}

/// The result's markup for `state` (the results worker sends it to the page).
pub fn body(state: &AppState) -> String {
    let f = IntlFormatter {
        currency: state.currency,
    };
    let mut m = Markup::new();
    match results::budget(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(plan) => {
            headline(&mut m, &f, &plan);
            tier_table(&mut m, &f, &plan);
            if plan.unspent > 0.5 {
                m.el(
                    "p",
                    "",
                    &format!(
                        "{} is left over once whole creators are booked.",
                        f.money(plan.unspent)
                    ),
                );
            }
            for note in &plan.notes {
                m.el("p", "note", note);
            }
            explain::write_working(&mut m, &plan.steps(), &plan.provenances(), state.currency);
        }
    }
    m.as_str().to_owned()
}

/// What the plan buys and delivers, its warnings, and the split as a bar.
fn headline(m: &mut Markup, f: &IntlFormatter, plan: &BudgetPlan) {
    let segments: Vec<Segment> = plan
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| Segment {
            label: t.tier.label().to_string(),
            percent: t.share_percent,
            tone: i,
        })
        .collect();
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
    m.el(
        "p",
        "headline",
        &format!(
            "{} creators, {} reached",
            f.count(plan.creators as f64),
            f.count(plan.reach)
        ),
    )
    .el(
        "p",
        "subline",
        &format!(
            "{} engagements and about {} conversions expected from {}.",
            f.count(plan.engagements),
            f.count(plan.conversions),
            f.money(plan.input.total)
        ),
    );
    for warning in plan.warnings(f) {
        m.el("p", "callout warning", &warning);
    }
    split_bar(m, &segments, &format!("Budget split: {description}."));
}

/// One row per tier: share and fit with the guide's band, money, creators and results.
fn tier_table(m: &mut Markup, f: &IntlFormatter, plan: &BudgetPlan) {
    m.raw("<div class=\"table-scroll\"><table class=\"figures\"><caption class=\"scroll-hint\">Scroll sideways to see every column.</caption><thead><tr><th>Tier</th>\
           <th class=\"num\">Share</th><th class=\"num\">Amount</th><th class=\"num\">Per creator</th>\
           <th class=\"num\">Creators</th><th class=\"num\">Reach</th><th class=\"num\">Engagements</th>\
           <th class=\"num\">Conversions</th></tr></thead><tbody>");
    for t in &plan.tiers {
        m.raw("<tr><th scope=\"row\">")
            .text(t.tier.label())
            .raw("</th><td class=\"num\">")
            .text(&f.percent(t.share_percent))
            .el("div", fit_class(t.fit), &fit_text(t.fit, &t.band))
            .raw("</td>")
            .el("td", "num", &f.money(t.amount))
            .raw("<td class=\"num\">")
            .text(&f.money(t.rate))
            .raw(" ");
        badge(m, t.planning.rate.provenance);
        m.raw("</td>");
        for value in [t.creators as f64, t.reach, t.engagements, t.conversions] {
            m.el("td", "num", &f.count(value));
        }
        m.raw("</tr>");
    }
    m.raw("</tbody></table></div>");
}

fn fit_class(fit: BandFit) -> &'static str {
    match fit {
        BandFit::Within => "fit within",
        BandFit::Below | BandFit::Above => "fit outside",
    }
}

/// "Guide: 25–35%." under a share field.
fn guide_hint(band: &ShareBand) -> String {
    format!("Guide: {}.", band_text(band))
}

fn fit_text(fit: BandFit, band: &ShareBand) -> String {
    let band = band_text(band);
    match fit {
        BandFit::Within => format!("in the guide's {band}"),
        BandFit::Below => format!("below the guide's {band}"),
        BandFit::Above => format!("above the guide's {band}"),
    }
}
