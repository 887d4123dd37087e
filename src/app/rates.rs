//! Rate range: what a creator should charge, low, typical and high, with every multiplier
//! named.

use yew::prelude::*;

use super::staged::Drawn;

use super::deliverable_select;
use super::explain::result_panel;
use super::fields::{checkbox, invalid_fields, number_field};
use crate::state::fields::*;
use crate::state::{Action, AppState, Calculator, DeliverableChoice, Flag};

/// The rate range screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    let deliverable = state.priced_deliverable();
    let posts_label = if state.flag(Flag::Retainer) {
        "Posts per month"
    } else {
        "Posts in the deal"
    };
    html! {
        <section class="calculator" aria-labelledby="rate-heading">
            <div class="panel inputs">
                <h2 id="rate-heading">{ "Rate range" }</h2>
                <p class="intro">{ "What should this creator charge? Anchored on the guide's 2025 rate table, adjusted for audience size, engagement and the deal's terms." }</p>
                { deliverable_select("rate-deliverable", DeliverableChoice::Rates, deliverable, dispatch) }
                { number_field(state, FieldId::RateFollowers, dispatch, None, None) }
                { number_field(state, FieldId::RateEr, dispatch, None, Some("By followers, worked out from the account; type another rate to use it here only.")) }
                { number_field(state, FieldId::RateOwnBase, dispatch, None, Some("Optional: your price for one post; the range is built on it.")) }
                <fieldset>
                    <legend>{ "Deal terms" }</legend>
                    { number_field(state, FieldId::RateUsage, dispatch, None, Some("Months the brand may reuse the content; 0 for none.")) }
                    { number_field(state, FieldId::RateExclusivity, dispatch, None, Some("Months the creator may not work with competitors.")) }
                    { checkbox(state, Flag::Whitelisting, dispatch) }
                    { checkbox(state, Flag::Rush, dispatch) }
                    { checkbox(state, Flag::Retainer, dispatch) }
                    { number_field(state, FieldId::RatePosts, dispatch, Some(posts_label.to_string()), Some("More than 1 makes a bundle, priced below single posts.")) }
                </fieldset>
            </div>
            { drawn.results(|| result(state)) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Rates,
        "rate-result",
        "What to charge",
        &invalid_fields(state, RATES),
    )
}
