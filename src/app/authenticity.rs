//! Authenticity check: fake-follower risk from what anyone can see, as a 0–100 score with
//! every reason behind it.

use yew::prelude::*;

use super::staged::Drawn;

use super::explain::result_panel;
use super::fields::{invalid_fields, list_input, number_field};
use super::platform_select;
use crate::domain::data;
use crate::domain::format::fixed;
use crate::state::fields::*;
use crate::state::{quoted, Action, AppState, Calculator, PlatformChoice, HISTORY_HINT};

/// The authenticity check screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    html! {
        <section class="calculator" aria-labelledby="auth-heading">
            <div class="panel inputs">
                <h2 id="auth-heading">{ "Authenticity check" }</h2>
                <p class="intro">{ "Does this audience look real? Uses only what you can see on a public profile; no log-in, no look-up." }</p>
                { platform_select("auth-platform", PlatformChoice::Authenticity, state, dispatch) }
                { number_field(state, FieldId::AuthFollowers, dispatch, None, None) }
                { list_input("auth-history", "Follower count at the end of each month, oldest first",
                    &state.history.text, state.history.error().map(|e| e.to_string()),
                    &format!("{} Organic growth is {}–{}% a month.", HISTORY_HINT,
                        fixed(data::ORGANIC_GROWTH.value.0, 0), fixed(data::ORGANIC_GROWTH.value.1, 0)),
                    dispatch.reform(Action::SetHistory)) }
                { number_field(state, FieldId::AuthLikes, dispatch, None, None) }
                { number_field(state, FieldId::AuthComments, dispatch, None, None) }
                <fieldset>
                    <legend>{ "Sample of followers checked by hand" }</legend>
                    { number_field(state, FieldId::AuthSample, dispatch, None, Some("Open their follower list and check, say, 50 accounts.")) }
                    { number_field(state, FieldId::AuthFake, dispatch, None, Some("No photo, generated name, no posts, following thousands.")) }
                </fieldset>
                <fieldset>
                    <legend>{ "Recent comments read by hand" }</legend>
                    { number_field(state, FieldId::AuthCommentsRead, dispatch, None, Some("The guide suggests reading 20–30.")) }
                    { number_field(state, FieldId::AuthCommentsGeneric, dispatch, None, Some("\"Nice! 🔥\", emoji only, spam, or a language the audience does not speak.")) }
                </fieldset>
            </div>
            { drawn.results(|| result(state)) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    let mut invalid = invalid_fields(state, AUTHENTICITY);
    if state.history.error().is_some() {
        invalid.push(quoted("Follower count at the end of each month"));
    }
    result_panel(
        Calculator::Authenticity,
        "auth-result",
        "Risk score",
        &invalid,
    )
}
