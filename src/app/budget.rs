//! Budget planner: a total split across nano, micro and macro by the guide's rule, with the
//! creators it buys and what the mix should deliver.

use yew::prelude::*;

use super::deliverable_select;
use super::explain::{self, result_panel};
use super::fields::{invalid_fields, number_field};
use super::format::IntlFormatter;
use crate::domain::budget::band_text;
use crate::domain::data::BUDGET_BANDS;
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::render::budget;
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
                { number_field(state, FieldId::BudgetNano, dispatch, None, Some(&budget::guide_hint(&BUDGET_BANDS[0]))) }
                { number_field(state, FieldId::BudgetMicro, dispatch, None, Some(&budget::guide_hint(&BUDGET_BANDS[1]))) }
                { number_field(state, FieldId::BudgetMacro, dispatch, None, Some(&budget::guide_hint(&BUDGET_BANDS[2]))) }
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
            budget::headline(&mut m, &f, &plan);
            budget::tier_table(&mut m, &f, &plan);
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
