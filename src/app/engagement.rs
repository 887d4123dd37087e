//! Engagement rate: interactions in, rates by followers, reach, impressions and views out,
//! graded on the guide's scale and against the platform and tier benchmark.

use yew::prelude::*;

use super::explain::{sources, steps};
use super::fields::{checkbox, number_field};
use super::format::IntlFormatter;
use super::source_badge::badge;
use super::{capitalize, platform_select};
use crate::domain::engagement::{self, Grade};
use crate::domain::format::NumberFormatter;
use crate::domain::platform::Platform;
use crate::state::fields::*;
use crate::state::{Action, AppState, Flag, PlatformChoice};

/// The engagement rate screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let platform = state.engagement_platform;
    let totals = state.flag(Flag::EngagementTotals);
    let per = if totals { "in total" } else { "per post" };
    let on_platform = dispatch.reform(|slug: String| {
        Action::SetPlatform(
            PlatformChoice::Engagement,
            Platform::from_slug(&slug).unwrap_or(Platform::Instagram),
        )
    });
    html! {
        <section class="calculator" aria-labelledby="er-heading">
            <div class="panel inputs">
                <h2 id="er-heading">{ "Engagement rate" }</h2>
                <p class="intro">{ "(likes + comments + shares + saves) per post ÷ followers × 100. Add reach, impressions or views to see those rates too." }</p>
                { platform_select("er-platform", platform, on_platform) }
                { number_field(state, &ER_FOLLOWERS, dispatch, Some(capitalize(platform.audience_noun())), None) }
                { checkbox(state, Flag::EngagementTotals, dispatch) }
                { if totals { number_field(state, &ER_POSTS, dispatch, None, Some("How many posts the totals cover.")) } else { html! {} } }
                { number_field(state, &ER_LIKES, dispatch, Some(format!("Likes {per}")), None) }
                { number_field(state, &ER_COMMENTS, dispatch, Some(format!("Comments {per}")), None) }
                { number_field(state, &ER_SHARES, dispatch, Some(format!("Shares {per}")), None) }
                { number_field(state, &ER_SAVES, dispatch, Some(format!("Saves {per}")), None) }
                <fieldset>
                    <legend>{ "Optional denominators" }</legend>
                    { number_field(state, &ER_REACH, dispatch, Some(format!("Reach {per}")), Some("From the creator's insights.")) }
                    { number_field(state, &ER_IMPRESSIONS, dispatch, Some(format!("Impressions {per}")), None) }
                    { number_field(state, &ER_VIEWS, dispatch, Some(format!("Views {per}")), Some("For TikTok, Reels and YouTube, rates by views are the usual benchmark.")) }
                </fieldset>
            </div>
            { result(state) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    let f = IntlFormatter {
        currency: state.currency,
    };
    let platform = state.engagement_platform;
    let body = match engagement::analyze(&state.engagement_input(), platform) {
        Err(error) => html! { <p class="needs">{ error.to_string() }</p> },
        Ok(report) => {
            let grade = report.display_grade();
            let bench = &report.benchmark;
            let rates = [
                ("Followers", Some(report.by_followers)),
                ("Reach", report.by_reach),
                ("Impressions", report.by_impressions),
                ("Views", report.by_views),
            ];
            html! {
                <>
                    <p class="headline">{ format!("{} engagement", f.percent(report.by_followers)) }
                        { for grade.map(|g| html! { <span class={classes!("grade", grade_class(g))}>{ g.label() }</span> }) }
                    </p>
                    <p class="subline">{ report.headline(&f) }</p>
                    { for report.suspicion.as_ref().map(|s| html! {
                        <p class="callout warning">{ s.sentence(&f) }{ " " }{ badge(s.provenance) }</p>
                    }) }
                    { grade_scale(grade) }
                    <div class="table-scroll"><table class="figures">
                        <caption>{ "Engagement rate by denominator" }</caption>
                        <tbody>
                            { for rates.iter().filter_map(|(name, rate)| rate.map(|r| (name, r))).map(|(name, rate)| html! {
                                <tr><th scope="row">{ format!("By {}", name.to_ascii_lowercase()) }</th><td class="num">{ f.percent(rate) }</td></tr>
                            }) }
                            <tr><th scope="row">{ "Engagements per post" }</th><td class="num">{ f.count(report.engagements_per_post) }</td></tr>
                            <tr>
                                <th scope="row">{ format!("Typical for a {} {} account", report.classification.tier.label().to_ascii_lowercase(), platform.label()) }
                                    { " " }{ badge(bench.benchmark.provenance) }</th>
                                <td class="num">{ format!("{}–{}", f.percent(bench.benchmark.low), f.percent(bench.benchmark.high)) }</td>
                            </tr>
                            { for report.views_benchmark.as_ref().map(|vb| html! {
                                <tr>
                                    <th scope="row">{ "Typical by views" }{ " " }{ badge(vb.benchmark.provenance) }</th>
                                    <td class="num">{ format!("{}–{}", f.percent(vb.benchmark.low), f.percent(vb.benchmark.high)) }</td>
                                </tr>
                            }) }
                            { for report.comment_to_like.as_ref().map(|c| html! {
                                <tr><th scope="row">{ "Comments per 100 likes" }</th>
                                    <td class="num">{ format!("{} · {}", f.percent(c.ratio_percent), c.verdict.label()) }</td></tr>
                            }) }
                        </tbody>
                    </table></div>
                    { for report.notes.iter().map(|note| html! { <p class="note">{ note.clone() }</p> }) }
                    { steps(&report.steps(), state.currency, None) }
                    { sources(&report.provenances(), state.currency) }
                </>
            }
        }
    };
    html! {
        <div class="panel results" id="er-result" aria-live="polite">
            <h2>{ "Result" }</h2>
            { body }
        </div>
    }
}

fn grade_class(grade: Grade) -> &'static str {
    match grade {
        Grade::Poor => "poor",
        Grade::Average => "average",
        Grade::Good => "good",
        Grade::Excellent => "excellent",
    }
}

/// The guide's four grades, the current one marked.
fn grade_scale(current: Option<Grade>) -> Html {
    let grades = [Grade::Poor, Grade::Average, Grade::Good, Grade::Excellent];
    html! {
        <ol class="grade-scale" aria-label="The guide's engagement grades">
            { for grades.iter().map(|g| {
                let current = current == Some(*g);
                html! {
                    <li class={classes!(grade_class(*g), current.then_some("current"))}
                        aria-current={current.then_some("true")}>
                        <strong>{ g.label() }</strong><span>{ g.guide_range() }</span>
                    </li>
                }
            }) }
        </ol>
    }
}
