//! Budget planner: a total split across nano, micro and macro by the guide's rule, with the
//! creators it buys and what the mix should deliver.

use yew::prelude::*;

use super::staged::Drawn;

use super::deliverable_select;
use super::explain::result_panel;
use super::fields::{invalid_fields, number_field};
use crate::domain::budget::band_text;
use crate::domain::data::BUDGET_BANDS;
use crate::render::budget;
use crate::state::fields::*;
use crate::state::{Action, AppState, Calculator, DeliverableChoice};

/// The budget planner screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
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
            { drawn.results(|| result(state)) }
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
