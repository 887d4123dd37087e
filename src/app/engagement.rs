//! Engagement rate: interactions in, rates by followers, reach, impressions and views out,
//! graded on the guide's scale and against the platform and tier benchmark.

use yew::prelude::*;

use super::explain::{self, result_panel};
use super::fields::{checkbox, invalid_fields, number_field};
use super::format::IntlFormatter;
use super::{capitalize, platform_select};
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::render::badge::badge;
use crate::render::engagement;
use crate::state::fields::*;
use crate::state::results;
use crate::state::{Action, AppState, Calculator, Flag, PlatformChoice};

/// The engagement rate screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let platform = state.engagement_platform;
    let totals = state.flag(Flag::EngagementTotals);
    let per = if totals { "in total" } else { "per post" };
    html! {
        <section class="calculator" aria-labelledby="er-heading">
            <div class="panel inputs">
                <h2 id="er-heading">{ "Engagement rate" }</h2>
                <p class="intro">{ "(likes + comments + shares + saves) per post ÷ followers × 100. Add reach, impressions or views to see those rates too." }</p>
                { platform_select("er-platform", PlatformChoice::Engagement, platform, dispatch) }
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
            { result(state) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Engagement,
        "er-result",
        "Result",
        &invalid_fields(state, ENGAGEMENT),
    )
}

/// The result's markup for `state` (the results worker sends it to the page).
pub fn body(state: &AppState) -> String {
    let f = IntlFormatter {
        currency: state.currency,
    };
    let mut m = Markup::new();
    match results::engagement(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(report) => {
            let grade = report.display_grade();
            m.open("p", "headline")
                .text(&format!("{} engagement", f.percent(report.by_followers)));
            if let Some(g) = grade {
                m.raw(" ")
                    .open("span", engagement::grade_class(g))
                    .text(g.label())
                    .close("span");
            }
            m.close("p").el("p", "subline", &report.headline(&f));
            if let Some(s) = &report.suspicion {
                m.open("p", "callout warning")
                    .text(&s.sentence(&f))
                    .raw(" ");
                badge(&mut m, s.provenance);
                m.close("p");
            }
            engagement::grade_scale(&mut m, grade);
            engagement::rates_table(&mut m, &f, &report);
            for note in &report.notes {
                m.el("p", "note", note);
            }
            explain::write_working(
                &mut m,
                &report.steps(),
                &report.provenances(),
                state.currency,
            );
        }
    }
    m.as_str().to_owned()
}
