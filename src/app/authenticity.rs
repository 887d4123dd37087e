//! Authenticity check: fake-follower risk from what anyone can see, as a 0–100 score with
//! every reason behind it.

use yew::prelude::*;

use super::charts::{line_chart, Point};
use super::explain::{sources, steps};
use super::fields::{list_input, number_field};
use super::format::IntlFormatter;
use super::platform_select;
use super::source_badge::badge;
use crate::domain::authenticity::{self, GrowthFlag, RiskLevel};
use crate::domain::format::NumberFormatter;
use crate::domain::platform::Platform;
use crate::state::fields::*;
use crate::state::{Action, AppState, PlatformChoice};

/// The authenticity check screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let on_platform = dispatch.reform(|slug: String| {
        Action::SetPlatform(
            PlatformChoice::Authenticity,
            Platform::from_slug(&slug).unwrap_or(Platform::Instagram),
        )
    });
    html! {
        <section class="calculator" aria-labelledby="auth-heading">
            <div class="panel inputs">
                <h2 id="auth-heading">{ "Authenticity check" }</h2>
                <p class="intro">{ "Does this audience look real? Uses only what you can see on a public profile; no log-in, no look-up." }</p>
                { platform_select("auth-platform", state.authenticity_platform, on_platform) }
                { number_field(state, &AUTH_FOLLOWERS, dispatch, None, None) }
                { list_input("auth-history", "Follower count at the end of each month, oldest first",
                    &state.history.text, state.history.error().map(|e| e.to_string()),
                    "One month per line (or separated by ;). Organic growth is 2–10% a month.",
                    dispatch.reform(Action::SetHistory)) }
                { number_field(state, &AUTH_LIKES, dispatch, None, None) }
                { number_field(state, &AUTH_COMMENTS, dispatch, None, None) }
                <fieldset>
                    <legend>{ "Sample of followers checked by hand" }</legend>
                    { number_field(state, &AUTH_SAMPLE, dispatch, None, Some("Open their follower list and check, say, 50 accounts.")) }
                    { number_field(state, &AUTH_FAKE, dispatch, None, Some("No photo, generated name, no posts, following thousands.")) }
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
    let body = match authenticity::assess(&state.authenticity_input()) {
        Err(error) => html! { <p class="needs">{ error.to_string() }</p> },
        Ok(report) => {
            let level_class = match report.level {
                RiskLevel::Low => "good",
                RiskLevel::Moderate => "average",
                RiskLevel::High => "poor",
            };
            let counts = &report.input.monthly_follower_counts;
            let points = counts
                .iter()
                .enumerate()
                .map(|(i, count)| Point {
                    label: format!("M{}", i + 1),
                    value: *count as f64,
                    flagged: i > 0
                        && report
                            .growth
                            .get(i - 1)
                            .is_some_and(|g| g.flag == GrowthFlag::Spike),
                })
                .collect::<Vec<_>>();
            let description = report
                .growth
                .iter()
                .map(|g| {
                    format!(
                        "month {}: {} ({})",
                        g.month,
                        f.percent(g.percent),
                        g.flag.label()
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            html! {
                <>
                    <p class="headline">{ format!("Risk {} / 100", report.risk_score) }
                        <span class={classes!("grade", level_class)}>{ format!("{} risk", report.level.label()) }</span></p>
                    <meter min="0" max="100" low="25" high="50" optimum="0" value={report.risk_score.to_string()}
                        aria-label="Risk score out of 100" />
                    { if report.reasons.is_empty() { html! {
                        <p>{ "No red flag in what was given." }</p>
                    } } else { html! {
                        <ul class="reasons">
                            { for report.reasons.iter().map(|r| html! {
                                <li><strong>{ format!("+{} {}", r.points, r.signal.label()) }</strong>{ ": " }{ &r.sentence }
                                    { " " }{ badge(r.provenance) }</li>
                            }) }
                        </ul>
                    } } }
                    { if report.not_checked.is_empty() { html! {} } else { html! {
                        <p class="note">{ format!("Not checked: {}", report.not_checked.join(" ")) }</p>
                    } } }
                    { if points.len() >= 2 { html! {
                        { line_chart(&points, format!("Follower history, growth by month: {description}."),
                            "Followers by month; red dots mark suspicious spikes.") }
                    } } else { html! {} } }
                    { for report.fake_sample.as_ref().map(|s| html! {
                        <p>{ format!("{} of {} sampled followers look fake ({}; 95% interval {}–{}): about {} of the {} followers, a {} inflation of the count.",
                            f.count(f64::from(s.fake)), f.count(f64::from(s.sample_size)), f.percent(s.share_percent),
                            f.percent(s.share_interval_percent.low), f.percent(s.share_interval_percent.high),
                            f.count(s.estimated_fake_followers), f.count(report.input.followers as f64), f.percent(s.inflation_percent)) }</p>
                    }) }
                    <p class="note">{ "A score is a prompt to look closer, not proof: no outside check can be certain." }</p>
                    { steps(&report.steps(), state.currency, None) }
                    { sources(&report.provenances(), state.currency) }
                </>
            }
        }
    };
    html! {
        <div class="panel results" id="auth-result" aria-live="polite">
            <h2>{ "Risk score" }</h2>
            { body }
        </div>
    }
}
