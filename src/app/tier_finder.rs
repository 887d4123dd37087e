//! Tier finder: platform and follower count in; tier, its range, where the count sits and
//! the platform's whole ladder out.

use yew::prelude::*;

use super::fields::{NumberInput, Select};
use super::format;
use super::source_badge::Badge;
use crate::domain::platform::Platform;
use crate::domain::tier::{self, TierBand};
use crate::state::{Action, TierInputs, TIER_FOLLOWERS};

/// Props of [`TierFinder`].
#[derive(Properties, PartialEq)]
pub struct TierFinderProps {
    /// The inputs to show.
    pub inputs: TierInputs,
    /// Sends the user's changes.
    pub dispatch: Callback<Action>,
}

/// The tier finder screen.
#[function_component(TierFinder)]
pub fn tier_finder(props: &TierFinderProps) -> Html {
    let platform = props.inputs.platform;
    let on_platform = props.dispatch.reform(|slug: String| {
        Action::SetTierPlatform(Platform::from_slug(&slug).unwrap_or(Platform::Instagram))
    });
    let on_followers = props.dispatch.reform(Action::SetTierFollowers);
    let options = Platform::ALL
        .iter()
        .map(|p| (p.slug(), p.label()))
        .collect::<Vec<_>>();
    let noun = platform.audience_noun();
    let label = capitalize(noun);
    html! {
        <section class="calculator" aria-labelledby="tier-heading">
            <div class="panel inputs">
                <h2 id="tier-heading">{ "Tier finder" }</h2>
                <Select id="tier-platform" label="Platform" options={options}
                    selected={platform.slug()} on_change={on_platform} />
                <NumberInput id="tier-followers" spec={TIER_FOLLOWERS} label={label}
                    field={props.inputs.followers.clone()} on_input={on_followers}
                    hint={AttrValue::from("Type 25000, 25,000 or 25k.")} />
            </div>
            <TierResult platform={platform} followers={props.inputs.followers.value} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TierResultProps {
    platform: Platform,
    followers: f64,
}

#[function_component(TierResult)]
fn tier_result(props: &TierResultProps) -> Html {
    let platform = props.platform;
    let noun = platform.audience_noun();
    let ladder = tier::ladder(platform);
    let classification = tier::classify(platform, props.followers as u64);
    let body = match &classification {
        Err(error) => html! { <p class="needs">{ error.to_string() }</p> },
        Ok(found) => {
            let band = found.band;
            let range = band_range(&band);
            let place = match (found.position, band.max) {
                (Some(position), Some(max)) => format!(
                    "{} {noun} sits {} of the way up the {} band (on a log scale, like the ladder); {} more reaches the next tier.",
                    format::count(props.followers),
                    format::percent((position * 100.0).round()),
                    band.tier.label().to_lowercase(),
                    format::count(max as f64 - props.followers),
                ),
                _ => format!(
                    "{} {noun} is {}× the {} floor of {}: the top of the ladder.",
                    format::count(props.followers),
                    format_ratio(props.followers / band.min.max(1) as f64),
                    band.tier.label().to_lowercase(),
                    format::count(band.min as f64),
                ),
            };
            html! {
                <>
                    <p class="headline">{ format!("{} influencer", band.tier.label()) }</p>
                    <p class="subline">
                        { format!("{} on {}: {range} {noun}. ", band.tier.label(), platform.label()) }
                        <Badge provenance={band.provenance} />
                    </p>
                    <p>{ place }</p>
                    <LadderChart ladder={ladder.to_vec()} current={found.tier} marker={rung_position(found)} />
                </>
            }
        }
    };
    html! {
        <div class="panel results" id="tier-result" aria-live="polite">
            <h2>{ format!("{} tiers", platform.label()) }</h2>
            { body }
            <LadderTable ladder={ladder.to_vec()}
                current={classification.as_ref().ok().map(|c| c.tier)} noun={noun} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LadderProps {
    ladder: Vec<TierBand>,
    current: Option<tier::Tier>,
    noun: &'static str,
}

#[function_component(LadderTable)]
fn ladder_table(props: &LadderProps) -> Html {
    // Assumptions are footnotes, numbered in ladder order, so the table fits a phone.
    let mut notes: Vec<String> = Vec::new();
    let mut note_of = |band: &TierBand| -> Option<usize> {
        if !band.provenance.is_assumption() {
            return None;
        }
        let detail = band.provenance.detail();
        let index = notes.iter().position(|n| *n == detail).unwrap_or_else(|| {
            notes.push(detail);
            notes.len() - 1
        });
        Some(index + 1)
    };
    let rows = props
        .ladder
        .iter()
        .rev()
        .map(|band| (band, note_of(band)))
        .collect::<Vec<_>>();
    html! {
        <>
            <h3>{ "The whole ladder" }</h3>
            <table class="ladder">
                <thead><tr><th>{ "Tier" }</th><th>{ capitalize(props.noun) }</th></tr></thead>
                <tbody>
                    { for rows.into_iter().map(|(band, note)| {
                        let current = props.current == Some(band.tier);
                        html! {
                            <tr class={classes!(current.then_some("current"))}>
                                <th scope="row">
                                    { band.tier.label() }{ " " }<Badge provenance={band.provenance} />
                                    { for note.map(|n| html! { <sup>{ n }</sup> }) }
                                    { if current { html! { <><br /><span class="you">{ "you are here" }</span></> } } else { html! {} } }
                                </th>
                                <td class="range">{ band_range(band) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            { if notes.is_empty() { html! {} } else { html! {
                <ol class="sources">
                    { for notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }
                </ol>
            } } }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LadderChartProps {
    ladder: Vec<TierBand>,
    current: tier::Tier,
    marker: f64,
}

/// The ladder as five rungs on a log scale with a "you are here" marker.
#[function_component(LadderChart)]
fn ladder_chart(props: &LadderChartProps) -> Html {
    const WIDTH: f64 = 420.0;
    let count = props.ladder.len().max(1) as f64;
    let rung = WIDTH / count;
    let marker = props.marker.clamp(0.0, 1.0) * WIDTH;
    let summary = props
        .ladder
        .iter()
        .map(|band| format!("{} {}", band.tier.label(), band_range(band)))
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!(
        "Tier ladder: {summary}. The marker is in the {} tier.",
        props.current.label().to_lowercase()
    );
    html! {
        <figure class="chart">
            <svg viewBox="0 0 420 86" role="img" aria-label={description}>
                { for props.ladder.iter().enumerate().map(|(index, band)| {
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
fn rung_position(found: &tier::Classification) -> f64 {
    let inside = found.position.unwrap_or_else(|| {
        let ratio = found.followers as f64 / found.band.min.max(1) as f64;
        (ratio.log10() * 0.9).clamp(0.0, 0.95)
    });
    (found.band.tier.index() as f64 + inside) / tier::Tier::ALL.len() as f64
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

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
