//! Tier finder: platform and follower count in; tier, its range, where the count sits and
//! the platform's whole ladder out.

use yew::prelude::*;

use super::fields::number_field;
use super::format::{self, IntlFormatter};
use super::source_badge::badge;
use super::{capitalize, platform_select};
use crate::domain::platform::Platform;
use crate::domain::tier::{self, Classification, Tier, TierBand};
use crate::state::fields::{TIER_ER, TIER_FOLLOWERS};
use crate::state::{Action, AppState, Currency, PlatformChoice};

/// The tier finder screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let platform = state.tier_platform;
    let on_platform = dispatch.reform(|slug: String| {
        Action::SetPlatform(
            PlatformChoice::Tiers,
            Platform::from_slug(&slug).unwrap_or(Platform::Instagram),
        )
    });
    html! {
        <section class="calculator" aria-labelledby="tier-heading">
            <div class="panel inputs">
                <h2 id="tier-heading">{ "Tier finder" }</h2>
                <p class="intro">{ "Which tier is an account in? The ranges differ by platform: a micro influencer on TikTok is bigger than one on LinkedIn." }</p>
                { platform_select("tier-platform", platform, on_platform) }
                { number_field(state, &TIER_FOLLOWERS, dispatch,
                    Some(capitalize(platform.audience_noun())), Some("Type 25000, 25,000 or 25k.")) }
                { number_field(state, &TIER_ER, dispatch, None,
                    Some("Optional: a highly engaged account (8%+) can act as a micro influencer.")) }
            </div>
            { result(platform, state.number(&TIER_FOLLOWERS), state.tier_engagement()) }
        </section>
    }
}

fn result(platform: Platform, followers: f64, engagement: Option<f64>) -> Html {
    let noun = platform.audience_noun();
    let ladder = tier::ladder(platform);
    let count = followers as u64;
    let classification = match engagement {
        Some(rate) => tier::classify_with_engagement(platform, count, rate),
        None => tier::classify(platform, count),
    };
    let formatter = IntlFormatter {
        currency: Currency::Usd,
    };
    let body = match &classification {
        Err(error) => html! { <p class="needs">{ error.to_string() }</p> },
        Ok(found) => {
            let band = found.band;
            let place = match (found.position, band.max) {
                (Some(position), Some(max)) => format!(
                    "{} {noun} sits {} of the way up the {} band (on a log scale, like the ladder); {} more reaches the next tier.",
                    format::count(followers),
                    format::percent((position * 100.0).round()),
                    band.tier.label().to_ascii_lowercase(),
                    format::count(max as f64 - followers),
                ),
                _ => format!(
                    "{} {noun} is {}× the {} floor of {}: the top of the ladder.",
                    format::count(followers),
                    format_ratio(followers / band.min.max(1) as f64),
                    band.tier.label().to_ascii_lowercase(),
                    format::count(band.min as f64),
                ),
            };
            html! {
                <>
                    <p class="headline">{ format!("{} influencer", band.tier.label()) }</p>
                    <p class="subline">
                        { format!("{} on {}: {} {noun}. ", band.tier.label(), platform.label(), band_range(&band)) }
                        { badge(band.provenance) }
                    </p>
                    <p>{ place }</p>
                    { for found.niche_sentence(&formatter).map(|sentence| html! {
                        <p class="callout">{ sentence }</p>
                    }) }
                    { ladder_chart(&ladder, found) }
                </>
            }
        }
    };
    html! {
        <div class="panel results" id="tier-result" aria-live="polite">
            <h2>{ format!("{} tiers", platform.label()) }</h2>
            { body }
            { ladder_table(&ladder, classification.as_ref().ok().map(|c| c.tier), noun) }
        </div>
    }
}

/// The ladder as a table, assumptions as numbered footnotes so that it fits a phone.
fn ladder_table(ladder: &[TierBand], current: Option<Tier>, noun: &str) -> Html {
    let mut notes: Vec<String> = Vec::new();
    let rows = ladder
        .iter()
        .rev()
        .map(|band| {
            let note = band.provenance.is_assumption().then(|| {
                let detail = band.provenance.detail();
                let index = notes.iter().position(|n| *n == detail).unwrap_or_else(|| {
                    notes.push(detail);
                    notes.len() - 1
                });
                index + 1
            });
            let here = current == Some(band.tier);
            html! {
                <tr class={classes!(here.then_some("current"))}>
                    <th scope="row">
                        { band.tier.label() }{ " " }{ badge(band.provenance) }
                        { for note.map(|n| html! { <sup>{ n }</sup> }) }
                        { if here { html! { <><br /><span class="you">{ "you are here" }</span></> } } else { html! {} } }
                    </th>
                    <td class="range">{ band_range(band) }</td>
                </tr>
            }
        })
        .collect::<Html>();
    html! {
        <>
            <h3>{ "The whole ladder" }</h3>
            <table class="ladder">
                <thead><tr><th>{ "Tier" }</th><th>{ capitalize(noun) }</th></tr></thead>
                <tbody>{ rows }</tbody>
            </table>
            { if notes.is_empty() { html! {} } else { html! {
                <ol class="sources">
                    { for notes.into_iter().map(|note| html! { <li>{ note }</li> }) }
                </ol>
            } } }
        </>
    }
}

/// The ladder as five equal rungs with a "you are here" marker.
fn ladder_chart(ladder: &[TierBand], found: &Classification) -> Html {
    const WIDTH: f64 = 420.0;
    let rung = WIDTH / ladder.len().max(1) as f64;
    let marker = rung_position(found).clamp(0.0, 1.0) * WIDTH;
    let summary = ladder
        .iter()
        .map(|band| format!("{} {}", band.tier.label(), band_range(band)))
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!(
        "Tier ladder: {summary}. The marker is in the {} tier.",
        found.tier.label().to_ascii_lowercase()
    );
    html! {
        <figure class="chart">
            <svg viewBox="0 0 420 86" role="img" aria-label={description}>
                { for ladder.iter().enumerate().map(|(index, band)| {
                    let x = index as f64 * rung;
                    html! {
                        <g>
                            <rect class={format!("tier-{index}")} x={format!("{:.1}", x + 1.0)} y="30"
                                width={format!("{:.1}", rung - 2.0)} height="22" rx="4" />
                            <text x={format!("{:.1}", x + rung / 2.0)} y="72" text-anchor="middle">{ band.tier.label() }</text>
                        </g>
                    }
                }) }
                <line class="marker-line" x1={format!("{marker:.1}")} x2={format!("{marker:.1}")} y1="18" y2="54" />
                <polygon class="marker" points={format!("{:.1},18 {:.1},6 {:.1},6", marker, marker - 7.0, marker + 7.0)} />
            </svg>
            <figcaption>{ "Each rung is one tier; the red marker shows where this count sits." }</figcaption>
        </figure>
    }
}

/// Where the marker goes on a ladder drawn as equal rungs: the tier's rung plus the position
/// inside it (for the open-ended top tier, one rung spans a tenfold count).
fn rung_position(found: &Classification) -> f64 {
    let inside = found.position.unwrap_or_else(|| {
        let ratio = found.followers as f64 / found.band.min.max(1) as f64;
        (ratio.log10() * 0.9).clamp(0.0, 0.95)
    });
    (found.band.tier.index() as f64 + inside) / Tier::ALL.len() as f64
}

fn band_range(band: &TierBand) -> String {
    match band.max {
        Some(max) if band.min <= 1 => format!("under {}", format::compact(max as f64)),
        Some(max) => format!(
            "{}–{}",
            format::compact(band.min as f64),
            format::compact(max as f64)
        ),
        None => format!("{}+", format::compact(band.min as f64)),
    }
}

fn format_ratio(ratio: f64) -> String {
    if ratio >= 10.0 {
        format!("{ratio:.0}")
    } else {
        format!("{ratio:.1}")
    }
}
