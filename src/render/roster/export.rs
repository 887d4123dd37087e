//! The roster as a CSV file with every computed column: RFC 4180 (quoted where needed, CRLF
//! line ends), UTF-8 with a byte-order mark so that spreadsheets read accents, units in the
//! headers. Offered as a download link whose address holds the file (nothing is uploaded).

use super::labels::{checklist_score, left_out_text, verdict};
use crate::domain::format::NumberFormatter;
use crate::domain::roster::figures::CreatorFigures;
use crate::domain::roster::report::RosterReport;
use crate::markup::Markup;
use crate::state::roster::RosterSettings;
use crate::state::AppState;
use crate::url_state::encode;

/// The file's name.
pub const FILE_NAME: &str = "reachwise-roster.csv";

/// The header row: `{c}` stands for the currency code.
const HEADERS: [&str; 34] = [
    "Line",
    "Name",
    "Platform",
    "Deliverable",
    "Tier",
    "Followers (people)",
    "Average likes (per post)",
    "Average comments (per post)",
    "Average views (per post)",
    "Average shares (per post)",
    "Average saves (per post)",
    "Follower history (monthly, oldest first)",
    "Engagement rate by followers (%)",
    "Engagement verdict",
    "Fair rate low ({c})",
    "Fair rate typical ({c})",
    "Fair rate high ({c})",
    "Quoted price ({c})",
    "Quote minus typical ({c})",
    "Quote minus typical (%)",
    "Quote against the fair range",
    "Expected engagements (people per post)",
    "Reached (people per post)",
    "Reach counted from",
    "Conversion rate (%)",
    "Expected conversions (per post)",
    "Cost per engagement ({c})",
    "Cost per 1000 reached ({c})",
    "Authenticity risk (0-100)",
    "Risk level",
    "Risk reasons",
    "Checklist score (of 20)",
    "In the mix",
    "Left out because",
];

/// The CSV text, byte-order mark first.
pub fn csv(f: &dyn NumberFormatter, state: &AppState, report: &RosterReport) -> String {
    let code = state.currency.code();
    let settings = state.roster.settings();
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = HEADERS.iter().map(|h| h.replace("{c}", code)).collect();
    line(&mut out, &header);
    for (i, c) in report.figures.iter().enumerate() {
        line(&mut out, &columns(f, &settings, report, i, c));
    }
    out
}

/// A number with up to `decimals` decimals, dot-separated, no grouping; empty for none.
fn number(value: Option<f64>, decimals: usize) -> String {
    let Some(v) = value.filter(|v| v.is_finite()) else {
        return String::new();
    };
    let text = crate::domain::format::fixed(v, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

fn columns(
    f: &dyn NumberFormatter,
    settings: &RosterSettings,
    report: &RosterReport,
    i: usize,
    c: &CreatorFigures,
) -> Vec<String> {
    let k = &c.creator;
    let engagement = c.engagement.as_ref().ok();
    let rate = c.rate.as_ref();
    let gap = c.quote_gap();
    let mix = report.mix.as_ref();
    let in_mix = mix.map(|m| m.chosen.contains(&i));
    let reason = mix
        .and_then(|m| m.left_out.iter().find(|(j, _)| *j == i))
        .map_or(String::new(), |(_, why)| left_out_text(f, *why));
    #[allow(clippy::cast_precision_loss)]
    let followers = k.followers as f64;
    vec![
        k.line.to_string(),
        k.name.clone(),
        k.platform.label().to_owned(),
        k.deliverable.label().to_owned(),
        c.tier().map_or("", |t| t.label()).to_owned(),
        number(Some(followers), 0),
        number(Some(k.likes), 2),
        number(Some(k.comments), 2),
        number(k.views, 2),
        number(k.shares, 2),
        number(k.saves, 2),
        k.history
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join("|"),
        number(engagement.map(|r| r.by_followers), 2),
        verdict(c),
        number(rate.map(|r| r.low), 2),
        number(rate.map(|r| r.typical), 2),
        number(rate.map(|r| r.high), 2),
        number(k.price, 2),
        number(gap.map(|g| g.money), 2),
        number(gap.map(|g| g.percent), 1),
        gap.map_or("", |g| g.position.label()).to_owned(),
        number(Some(c.engagements), 1),
        number(Some(c.reached), 0),
        if c.reached_is_views {
            "views"
        } else {
            "followers"
        }
        .to_owned(),
        number(Some(c.conversion_percent), 2),
        number(Some(c.conversions), 2),
        number(c.cost_per_engagement(), 2),
        number(c.cost_per_thousand(), 2),
        c.risk().map_or(String::new(), |r| r.to_string()),
        c.authenticity
            .as_ref()
            .map_or("", |a| a.level.label())
            .to_owned(),
        c.authenticity.as_ref().map_or(String::new(), |a| {
            a.reasons
                .iter()
                .filter(|r| r.points > 0)
                .map(|r| format!("+{} {}", r.points, r.signal.label()))
                .collect::<Vec<_>>()
                .join("; ")
        }),
        checklist_score(f, settings, c).to_string(),
        in_mix
            .map_or("", |yes| if yes { "yes" } else { "no" })
            .to_owned(),
        reason,
    ]
}

/// Appends one record, quoting fields that hold a comma, a quote or a line break.
fn line(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// The download link for `csv`.
pub fn link(m: &mut Markup, csv: &str) {
    let href = format!("data:text/csv;charset=utf-8,{}", encode(csv));
    m.open_with(
        "a",
        &[
            ("class", "button"),
            ("id", "roster-export"),
            ("download", FILE_NAME),
            ("href", &href),
        ],
    )
    .text("Export CSV (every column)")
    .close("a");
}
