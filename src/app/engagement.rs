//! Engagement rate: interactions in, rates by followers, reach, impressions and views out,
//! graded on the guide's scale and against the platform and tier benchmark.

use yew::prelude::*;

use super::staged::Drawn;

use super::explain::result_panel;
use super::fields::{checkbox, invalid_fields, number_field};
use super::{capitalize, platform_select};
use crate::state::fields::*;
use crate::state::{Action, AppState, Calculator, Flag, PlatformChoice};

/// The engagement rate screen.
// Not inlined: compiled when its screen is first drawn, not with the app (src/app/staged.rs).
#[inline(never)]
pub fn view(state: &AppState, dispatch: &Callback<Action>, drawn: Drawn) -> Html {
    let platform = state.platform(PlatformChoice::Engagement);
    let totals = state.flag(Flag::EngagementTotals);
    let per = if totals { "in total" } else { "per post" };
    html! {
        <section class="calculator" aria-labelledby="er-heading">
            <div class="panel inputs">
                <h2 id="er-heading">{ "Engagement rate" }</h2>
                <p class="intro">{ "(likes + comments + shares + saves) per post ÷ followers × 100. Add reach, impressions or views to see those rates too." }</p>
                { platform_select("er-platform", PlatformChoice::Engagement, state, dispatch) }
                { number_field(state, FieldId::ErFollowers, dispatch, Some(capitalize(platform.audience_noun())), None) }
                { checkbox(state, Flag::EngagementTotals, dispatch) }
                { if totals { number_field(state, FieldId::ErPosts, dispatch, None, Some("How many posts the totals cover.")) } else { html! {} } }
                { number_field(state, FieldId::ErLikes, dispatch, Some(format!("Likes {per}")), None) }
                { number_field(state, FieldId::ErComments, dispatch, Some(format!("Comments {per}")), None) }
                { number_field(state, FieldId::ErShares, dispatch, Some(format!("Shares {per}")), None) }
                { number_field(state, FieldId::ErSaves, dispatch, Some(format!("Saves {per}")), None) }
                <fieldset>
                    <legend>{ "Optional denominators" }</legend>
                    { number_field(state, FieldId::ErReach, dispatch, Some(format!("Reach {per}")), Some("From the creator's insights.")) }
                    { number_field(state, FieldId::ErImpressions, dispatch, Some(format!("Impressions {per}")), None) }
                    { number_field(state, FieldId::ErViews, dispatch, Some(format!("Views {per}")), Some("For TikTok, Reels and YouTube, rates by views are the usual benchmark.")) }
                </fieldset>
            </div>
            { drawn.results(|| result(state)) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Engagement,
        "er-result",
        "Result",
        &invalid_fields(state, &state.engagement_fields()),
    )
}
