//! Tier finder: platform and follower count in; tier, its range, where the count sits and
//! the platform's whole ladder out.

use yew::prelude::*;

use super::fields::{invalid_fields, number_field, pending};
use super::format::{self, IntlFormatter};
use super::{capitalize, platform_select};
use crate::domain::data::NICHE_MICRO_ER_PERCENT;
use crate::domain::format::fixed;
use crate::domain::tier::{Classification, TierBand};
use crate::domain::vocab::Platform;
use crate::domain::vocab::Tier;
use crate::markup::Markup;
use crate::render::badge::badge;
use crate::state::fields::{FieldId, TIERS};
use crate::state::results::{self, TierFinding};
use crate::state::{Action, AppState, Currency, PlatformChoice};

/// The tier finder screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let platform = state.tier_platform;
    html! {
        <section class="calculator" aria-labelledby="tier-heading">
            <div class="panel inputs">
                <h2 id="tier-heading">{ "Tier finder" }</h2>
                <p class="intro">{ "Which tier is an account in? The ranges differ by platform: a micro influencer on TikTok is bigger than one on LinkedIn." }</p>
                { platform_select("tier-platform", PlatformChoice::Tiers, platform, dispatch) }
                { number_field(state, FieldId::TierFollowers, dispatch,
                    Some(capitalize(platform.audience_noun())), Some("Type 25000, 25,000 or 25k.")) }
                { number_field(state, FieldId::TierEr, dispatch, None,
                    Some(&format!("Optional: a highly engaged account ({}%+) can act as a micro influencer.", fixed(NICHE_MICRO_ER_PERCENT, 0)))) }
            </div>
            { result(platform, state.number(FieldId::TierFollowers), &results::tiers(state), &invalid_fields(state, TIERS)) }
        </section>
    }
}

fn result(platform: Platform, followers: f64, finding: &TierFinding, invalid: &[String]) -> Html {
    let noun = platform.audience_noun();
    let TierFinding {
        ladder,
        classification,
    } = finding;
    let formatter = IntlFormatter {
        currency: Currency::Usd,
    };
    let mut m = Markup::new();
    match &classification {
        Err(error) => {
            m.el("p", "needs", &error.message(&formatter));
        }
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
            m.el(
                "p",
                "headline",
                &format!("{} influencer", band.tier.label()),
            )
            .open("p", "subline")
            .text(&format!(
                "{} on {}: {} {noun}. ",
                band.tier.label(),
                platform.label(),
                band_range(&band)
            ));
            badge(&mut m, band.provenance);
            m.close("p").el("p", "", &place);
            if let Some(sentence) = found.niche_sentence(&formatter) {
                m.el("p", "callout", &sentence);
            }
            ladder_chart(&mut m, ladder, found);
        }
    }
    ladder_table(
        &mut m,
        ladder,
        classification.as_ref().ok().map(|c| c.tier),
        noun,
    );
    html! {
        <div class="panel results" id="tier-result" aria-live="polite">
            <h2>{ format!("{} tiers", platform.label()) }</h2>
            { pending(invalid) }
            { m.finish() }
        </div>
    }
}

/// The ladder as a table, assumptions as numbered footnotes so that it fits a phone.
fn ladder_table(m: &mut Markup, ladder: &[TierBand], current: Option<Tier>, noun: &str) {
    let mut notes: Vec<String> = Vec::new();
    m.el("h3", "", "The whole ladder")
        .raw("<table class=\"ladder\"><thead><tr><th>Tier</th>")
        .el("th", "", &capitalize(noun))
        .raw("</tr></thead><tbody>");
    for band in ladder.iter().rev() {
        let here = current == Some(band.tier);
        m.raw(if here {
            "<tr class=\"current\">"
        } else {
            "<tr>"
        })
        .raw("<th scope=\"row\">")
        .text(band.tier.label())
        .raw(" ");
        badge(m, band.provenance);
        if band.provenance.is_assumption() {
            let detail = band.provenance.detail();
            let index = notes.iter().position(|n| *n == detail).unwrap_or_else(|| {
                notes.push(detail);
                notes.len() - 1
            });
            m.el("sup", "", &(index + 1).to_string());
        }
        if here {
            m.raw("<br><span class=\"you\">you are here</span>");
        }
        m.raw("</th>")
            .el("td", "range", &band_range(band))
            .raw("</tr>");
    }
    m.raw("</tbody></table>");
    if !notes.is_empty() {
        m.open("ol", "sources");
        for note in &notes {
            m.el("li", "", note);
        }
        m.close("ol");
    }
}

/// The ladder as five equal rungs with a "you are here" marker.
fn ladder_chart(m: &mut Markup, ladder: &[TierBand], found: &Classification) {
    const WIDTH: f64 = 420.0;
    const CLASSES: [&str; 5] = ["tier-0", "tier-1", "tier-2", "tier-3", "tier-4"];
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
    m.raw("<figure class=\"chart\"><svg viewBox=\"0 0 420 86\" role=\"img\" aria-label=\"")
        .text(&description)
        .raw("\">");
    for (index, band) in ladder.iter().enumerate() {
        let x = index as f64 * rung;
        m.raw("<rect class=\"")
            .raw(CLASSES.get(index).copied().unwrap_or("tier-0"))
            .raw("\" y=\"30\" height=\"22\" rx=\"4\"")
            .attr_num("x", x + 1.0)
            .attr_num("width", rung - 2.0)
            .raw("/><text y=\"72\" text-anchor=\"middle\"")
            .attr_num("x", x + rung / 2.0)
            .raw(">")
            .text(band.tier.label())
            .raw("</text>");
    }
    m.raw("<line class=\"marker-line\" y1=\"18\" y2=\"54\"")
        .attr_num("x1", marker)
        .attr_num("x2", marker)
        .raw("/><polygon class=\"marker\" points=\"")
        .num(marker)
        .raw(",18 ")
        .num(marker - 7.0)
        .raw(",6 ")
        .num(marker + 7.0)
        .raw(",6\"/></svg><figcaption>Each rung is one tier; the red marker shows where this count sits.</figcaption></figure>");
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
    fixed(ratio, usize::from(ratio < 10.0))
}
