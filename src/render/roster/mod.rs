//! The roster's result as markup, worked out in the results worker: the messages about the
//! table, the mix and its explanation, the sortable and filterable table (cards on a
//! phone), the open creator's working and checklist, and the CSV export.
//!
//! Buttons in the table carry `data-act`, `data-n` (a creator's name) and `data-v`; the
//! page turns a click on one into a [`crate::state::RosterEdit`].

mod detail;
pub mod export;
mod labels;
mod table;

use crate::domain::format::NumberFormatter;
use crate::domain::roster::mix::METHOD;
use crate::domain::roster::report::Objective;
use crate::domain::roster::report::{MixReport, RosterReport};
use crate::domain::roster::MAX_CREATORS;
use crate::markup::Markup;
use crate::state::roster::key;
use crate::state::{results, AppState};
use crate::url_fragment::{fits_in_link, to_fragment, MAX_LINK_FRAGMENT};

pub use labels::left_out_text;

/// Row messages shown; the rest are counted.
const MESSAGES_SHOWN: usize = 40;
/// Creators named in the mix's "left out" sentence; the rest are counted.
const LEFT_OUT_NAMED: usize = 8;

/// The roster's markup for `state`, numbers written by `f`.
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let report = results::roster(state);
    let mut m = Markup::new();
    if report.figures.is_empty() && report.parsed.notices.is_empty() {
        m.el(
            "p",
            "needs",
            &format!(
                "Paste a shortlist (up to {MAX_CREATORS} creators) with a header row: name, platform, followers, average likes, average comments, quoted price; views, shares, saves, deliverable, follower history and conversion rate are optional."
            ),
        );
    }
    messages(&mut m, &f, &report);
    m.part_break();
    choices(&mut m, state, &report);
    mix(&mut m, &f, &report);
    m.part_break();
    table::write(&mut m, &f, state, &report);
    m.part_break();
    detail::write(&mut m, &f, state, &report);
    m.part_break();
    sharing(&mut m, &f, state, &report);
    m.as_str().to_owned()
}

/// The notices about the whole table, then one line per bad row or cell.
fn messages(m: &mut Markup, f: &dyn NumberFormatter, report: &RosterReport) {
    let parsed = &report.parsed;
    let failed: Vec<String> = report
        .figures
        .iter()
        .filter_map(|c| {
            let error = c.engagement.as_ref().err()?;
            Some(format!(
                "Line {}, {}: {} Not in the mix.",
                c.creator.line,
                c.creator.name,
                error.message(f)
            ))
        })
        .collect();
    let lines: Vec<String> = parsed
        .messages
        .iter()
        .map(|r| r.sentence())
        .chain(failed)
        .collect();
    if parsed.notices.is_empty() && lines.is_empty() {
        return;
    }
    m.raw("<div class=\"roster-messages\" role=\"status\">");
    for notice in &parsed.notices {
        m.el("p", "note", notice);
    }
    if !lines.is_empty() {
        m.el(
            "p",
            "",
            &format!(
                "{} read; {} about the table:",
                plural(report.figures.len(), "creator"),
                plural(lines.len() + parsed.more_messages, "message")
            ),
        );
        m.open("ul", "row-messages");
        for line in lines.iter().take(MESSAGES_SHOWN) {
            m.el("li", "", line);
        }
        let more = lines.len().saturating_sub(MESSAGES_SHOWN) + parsed.more_messages;
        if more > 0 {
            m.el("li", "", &format!("… and {more} more."));
        }
        m.close("ul");
    }
    m.raw("</div>");
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A button of a row of which one is chosen: it sets mark `key` to `value` (the page's one
/// listener reads `data-act`, `data-k`, `data-v`), pressed when it is the current choice.
pub(super) fn choice_button(
    m: &mut Markup,
    (act, key, value): (&str, &str, &str),
    pressed: bool,
    label: &str,
) {
    m.open_with(
        "button",
        &[
            ("type", "button"),
            ("data-act", act),
            ("data-k", key),
            ("data-v", value),
            ("data-one", "1"),
            ("aria-pressed", if pressed { "true" } else { "false" }),
        ],
    )
    .text(label)
    .close("button");
}

/// What the mix maximises and whether tier limits apply: buttons that set marks.
fn choices(m: &mut Markup, state: &AppState, report: &RosterReport) {
    if report.figures.is_empty() {
        return;
    }
    let settings = state.roster.settings();
    m.raw("<div class=\"roster-filters\" role=\"group\" aria-label=\"Maximise\">Maximise: ");
    for objective in Objective::ALL {
        choice_button(
            m,
            ("objective", key::OBJECTIVE, objective.slug()),
            objective == settings.objective,
            objective.label(),
        );
    }
    let limits = if settings.tier_limits {
        "true"
    } else {
        "false"
    };
    m.open_with(
        "button",
        &[
            ("type", "button"),
            ("id", "roster-limits"),
            ("data-act", "limits"),
            ("data-k", key::LIMITS),
            ("data-v", "1"),
            ("aria-pressed", limits),
        ],
    )
    // Only the top of each share is kept to: a tier may get less, or nothing.
    .text("Cap each tier at the top of the guide's share")
    .close("button");
    m.raw("</div>");
}

/// The mix: the sentence, the method, the limits and what was rounded.
fn mix(m: &mut Markup, f: &dyn NumberFormatter, report: &RosterReport) {
    if let Some(error) = &report.budget_error {
        m.el("p", "needs", error);
        return;
    }
    let Some(mix) = &report.mix else {
        return;
    };
    if report.figures.is_empty() {
        return;
    }
    m.raw("<div class=\"roster-mix\" id=\"roster-mix\">");
    // Pins that already cost more than the budget leave no mix within it to speak of.
    let heading = if mix.pins_over_budget {
        "The creators pinned in, over the budget"
    } else {
        "Best mix within the budget"
    };
    m.el("h3", "", heading);
    m.el("p", "headline", &mix_sentence(f, report, mix));
    m.el(
        "p",
        "note",
        &format!(
            "Chosen to maximise {} within {} by {METHOD}. Pin a creator in or out with the buttons in the table; creators with a high authenticity risk are left out unless pinned in.",
            mix.objective.label(),
            f.money(mix.budget)
        ),
    );
    if let Some(caps) = mix.caps {
        m.el(
            "p",
            "note",
            &format!(
                "Tier limits, the top of the guide's shares: nano at most {}, micro {}, macro and above {}; a tier may get less.",
                f.money(caps[0]),
                f.money(caps[1]),
                f.money(caps[2])
            ),
        );
    }
    if let Some(unit) = mix.rounded_to {
        m.el("p", "note", &format!("So many different prices would take too long to search exactly: prices were rounded up to whole {} for the search, and the mix is the best for those rounded prices.", f.money(unit)));
    }
    if mix.pins_over_budget {
        m.el(
            "p",
            "needs",
            "The creators pinned in already cost more than the budget.",
        );
    }
    m.raw("</div>");
}

/// "7 creators, $9,850, 41,200 expected engagements; left out: X (…), Z (risk 70/100)."
pub fn mix_sentence(f: &dyn NumberFormatter, report: &RosterReport, mix: &MixReport) -> String {
    let name = |i: usize| {
        report
            .figures
            .get(i)
            .map_or(String::new(), |c| c.creator.name.clone())
    };
    let mut out = format!(
        "{}, {}, {} expected engagements",
        plural(mix.chosen.len(), "creator"),
        f.money(mix.cost),
        f.count(mix.engagements)
    );
    if mix.objective == crate::domain::roster::report::Objective::Conversions {
        out.push_str(&format!(
            ", {} expected conversions",
            f.count(mix.conversions)
        ));
    }
    let named: Vec<String> = mix
        .left_out
        .iter()
        .take(LEFT_OUT_NAMED)
        .map(|(i, why)| format!("{} ({})", name(*i), left_out_text(f, *why)))
        .collect();
    if !named.is_empty() {
        out.push_str("; left out: ");
        out.push_str(&named.join(", "));
        let more = mix.left_out.len().saturating_sub(LEFT_OUT_NAMED);
        if more > 0 {
            out.push_str(&format!(" and {more} more"));
        }
    }
    out.push('.');
    out
}

/// The link's limit and the CSV export.
fn sharing(m: &mut Markup, f: &dyn NumberFormatter, state: &AppState, report: &RosterReport) {
    if report.figures.is_empty() {
        return;
    }
    m.raw("<div class=\"roster-share\">");
    let fragment = to_fragment(&state.roster);
    if fits_in_link(&fragment) {
        m.el("p", "note", "The roster is in this page's link, after the #: browsers never send that part to a server. Copy the link to share it.");
    } else {
        m.el(
            "p",
            "needs",
            &format!(
                "This roster is too long for a link ({} characters; links carry up to {}), so neither the address, a saved scenario nor an embed holds it: export it as a file instead.",
                f.count(fragment.len() as f64),
                f.count(MAX_LINK_FRAGMENT as f64)
            ),
        );
    }
    export::link(m, &export::csv(f, state, report));
    m.raw("</div>");
}

#[cfg(test)]
mod tests;
