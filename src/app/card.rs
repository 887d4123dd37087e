//! Rate card: the creator's offers and prices, one per line, with their add-ons and bonus;
//! the card itself (each price against the calculated range) comes from the results worker.

use yew::prelude::*;

use super::staged::Drawn;

use super::explain::result_panel;
use super::fields::{invalid_fields, list_input, number_field};
use crate::state::fields::*;
use crate::state::{Action, AppState, Calculator};

/// The rate card screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    html! {
        <section class="calculator card-screen" aria-labelledby="card-heading">
            <div class="panel inputs">
                <h2 id="card-heading">{ "Rate card" }</h2>
                <p class="intro">{ "Your prices against the ranges for the account in Rate range. Its link stays current." }</p>
                { list_input("card-offers", "Offers, one per line", &state.card_offers, None,
                    "Price optional: “reel 800”, “1 reel + 3 stories: 900”.",
                    dispatch.reform(Action::SetCardOffers)) }
                <fieldset>
                    <legend>{ "Add-ons and bonus" }</legend>
                    { for CARD.iter().map(|id| number_field(state, *id, dispatch, None, None)) }
                </fieldset>
            </div>
            { drawn.results(|| result_panel(Calculator::Card, "card-result", "Your rate card", &invalid_fields(state, CARD))) }
        </section>
    }
}
