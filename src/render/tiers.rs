//! The tier finder's result as markup: pure, so the page renders it with its formatter and
//! native tests with the plain one.

use super::badge::badge;
use super::capitalize;
use crate::charts::{text_width, WIDTH};
use crate::domain::format::{fixed, NumberFormatter};
use crate::domain::tier::{Classification, TierBand};
use crate::domain::vocab::{Platform, Tier};
use crate::markup::Markup;
use crate::state::results::TierFinding;

/// The tier finder's result as markup: the tier, where the count sits in its band, the
/// niche nuance, then in parts of their own (`Markup::part_break`) the platform's ladder
/// as a chart and as a table; numbers written by `f`.
pub fn body(
    platform: Platform,
    followers: f64,
    finding: &TierFinding,
    f: &impl NumberFormatter,
) -> String {
    let noun = platform.audience_noun();
    let TierFinding {
        ladder,
        classification,
    } = finding;
    let mut m = Markup::new();
    match &classification {
        Err(error) => {
            m.el("p", "needs", &error.message(f)).part_break();
            // No chart: an empty part, so that the table is always the third.
        }
        Ok(found) => {
            let band = found.band;
            let place = match (found.position, band.max) {
                // Rounded down: 99,999 in 10K–100K sits 99%, not 100%, of the way up.
                (Some(position), Some(max)) => format!(
                    "{} {noun} sits {} of the way up the {} band (counted in multiples, like the ladder: e.g. from 10K to 100K, 31.6K is halfway); {} more reaches the next tier.",
                    f.count(followers),
                    f.percent((position * 100.0).floor()),
                    band.tier.label().to_ascii_lowercase(),
                    f.count(max as f64 - followers),
                ),
                _ => format!(
                    "{} {noun} is {}× the {} floor of {}: the top of the ladder.",
                    f.count(followers),
                    format_ratio(followers / band.min.max(1) as f64),
                    band.tier.label().to_ascii_lowercase(),
                    f.count(band.min as f64),
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
                band_range(f, &band)
            ));
            badge(&mut m, band.provenance);
            m.close("p").el("p", "", &place);
            if let Some(sentence) = found.niche_sentence(f) {
                m.el("p", "callout", &sentence);
            }
            m.part_break();
            ladder_chart(&mut m, f, ladder, found);
        }
    }
    m.part_break();
    ladder_table(
        &mut m,
        f,
        ladder,
        classification.as_ref().ok().map(|c| c.tier),
        noun,
    );
    m.as_str().to_owned()
}

/// The ladder as a table, assumptions as numbered footnotes so that it fits a phone.
fn ladder_table(
    m: &mut Markup,
    f: &impl NumberFormatter,
    ladder: &[TierBand],
    current: Option<Tier>,
    noun: &str,
) {
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
            .el("td", "range", &band_range(f, band))
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
fn ladder_chart(
    m: &mut Markup,
    f: &impl NumberFormatter,
    ladder: &[TierBand],
    found: &Classification,
) {
    const CLASSES: [&str; 5] = ["tier-0", "tier-1", "tier-2", "tier-3", "tier-4"];
    let rung = WIDTH / ladder.len().max(1) as f64;
    let marker = rung_position(found).clamp(0.0, 1.0) * WIDTH;
    let summary = ladder
        .iter()
        .map(|band| format!("{} {}", band.tier.label(), band_range(f, band)))
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!(
        "Tier ladder: {summary}. The marker is in the {} tier.",
        found.tier.label().to_ascii_lowercase()
    );
    m.raw("<figure class=\"chart\"><svg viewBox=\"0 0 300 92\" role=\"img\" aria-label=\"")
        .text(&description)
        .raw("\">");
    for (index, band) in ladder.iter().enumerate() {
        let x = index as f64 * rung;
        m.raw("<rect class=\"")
            .raw(CLASSES.get(index).copied().unwrap_or("tier-0"))
            .raw("\" y=\"30\" height=\"22\" rx=\"4\"")
            .attr_num("x", x + 1.0)
            .attr_num("width", rung - 2.0)
            .raw("/>");
        rung_label(m, x + rung / 2.0, rung, band.tier.label());
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

/// A rung's name centred under it; a name wider than the rung ("Below nano") takes two lines.
fn rung_label(m: &mut Markup, centre: f64, rung: f64, name: &str) {
    m.raw("<text y=\"70\" text-anchor=\"middle\"")
        .attr_num("x", centre)
        .raw(">");
    match name.split_once(' ') {
        Some((first, rest)) if text_width(name) > rung - 4.0 => {
            m.text(first)
                .raw("<tspan dy=\"15\"")
                .attr_num("x", centre)
                .raw(">")
                .text(rest)
                .raw("</tspan>");
        }
        _ => {
            m.text(name);
        }
    }
    m.raw("</text>");
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

fn band_range(f: &impl NumberFormatter, band: &TierBand) -> String {
    match band.max {
        Some(max) if band.min <= 1 => format!("under {}", f.compact(max as f64)),
        Some(max) => format!("{}–{}", f.compact(band.min as f64), f.compact(max as f64)),
        None => format!("{}+", f.compact(band.min as f64)),
    }
}

fn format_ratio(ratio: f64) -> String {
    fixed(ratio, usize::from(ratio < 10.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;
    use crate::state::{results, PlatformChoice};
    use crate::url_state::from_query;

    #[test]
    fn a_600k_tiktok_account_is_macro_and_the_ladder_is_shown() {
        let (state, _) = from_query("v=1&tier.platform=tiktok&tier.followers=600000");
        let text = body(
            state.platform(PlatformChoice::Tiers),
            600_000.0,
            &results::tiers(&state),
            &PlainFormatter,
        );
        assert!(text.contains("Macro influencer"), "{text}");
        assert!(text.contains("500K–5M"), "{text}");
        assert!(text.contains("The whole ladder"), "{text}");
        assert!(text.contains("aria-label=\"Tier ladder:"), "{text}");
    }

    #[track_caller]
    fn place(query: &str, followers: f64) -> String {
        let (state, _) = from_query(query);
        body(
            state.platform(PlatformChoice::Tiers),
            followers,
            &results::tiers(&state),
            &PlainFormatter,
        )
    }

    #[test]
    fn the_place_in_the_band_is_rounded_down_and_its_example_said_to_be_one() {
        let text = place("v=1&tier.followers=99999", 99_999.0);
        assert!(
            text.contains("99,999 followers sits 99% of the way up the micro band (counted in multiples, like the ladder: e.g. from 10K to 100K, 31.6K is halfway); 1 more reaches"),
            "{text}"
        );
        let text = place("v=1&tier.platform=linkedin&tier.followers=4999", 4_999.0);
        assert!(
            text.contains("sits 99% of the way up the nano band (counted in multiples, like the ladder: e.g. from 10K"),
            "{text}"
        );
    }

    #[test]
    fn compact_counts() {
        let f = PlainFormatter;
        assert_eq!(f.compact(500_000.0), "500K");
        assert_eq!(f.compact(5_000_000.0), "5M");
        assert_eq!(f.compact(1_500.0), "1.5K");
        assert_eq!(f.compact(999.0), "999");
        assert_eq!(f.compact(2_500_000_000.0), "2.5B");
    }
}
