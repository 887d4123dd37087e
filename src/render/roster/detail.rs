//! The open creator: every verdict in a sentence, the checklist (the items the numbers
//! answer, with why, and the rest to tick), and how each figure is worked out with the
//! single-creator calculators' own steps and sources.

use crate::domain::format::NumberFormatter;
use crate::domain::roster::checklist::{self, CHECKLIST_PROV, SECTIONS};
use crate::domain::roster::figures::CreatorFigures;
use crate::domain::roster::report::RosterReport;
use crate::markup::Markup;
use crate::render::{authenticity, explain};
use crate::state::roster::{key, RosterSettings};
use crate::state::AppState;

/// The open creator's section; a hint when none is open.
pub fn write(m: &mut Markup, f: &dyn NumberFormatter, state: &AppState, report: &RosterReport) {
    if report.figures.is_empty() {
        return;
    }
    let settings = state.roster.settings();
    let open = settings.open.as_deref();
    let Some(c) = report
        .figures
        .iter()
        .find(|c| Some(c.creator.name.as_str()) == open)
    else {
        m.el("p", "note", "Choose a creator's name in the table to see how each figure is worked out and to fill in the guide's selection checklist.");
        return;
    };
    m.raw("<section class=\"roster-detail\" id=\"roster-detail\" aria-label=\"Creator\">");
    m.el(
        "h3",
        "",
        &format!("{} (line {})", c.creator.name, c.creator.line),
    );
    verdicts(m, f, c);
    checklist_part(m, f, &settings, c);
    working(m, f, state, c);
    m.raw("</section>");
}

fn verdicts(m: &mut Markup, f: &dyn NumberFormatter, c: &CreatorFigures) {
    match &c.engagement {
        Ok(report) => {
            m.el("p", "", &report.headline(f));
        }
        Err(error) => {
            m.el("p", "needs", &error.message(f));
        }
    }
    if let Some(rate) = &c.rate {
        let mut text = format!("Fair rate: {}", rate.headline(f));
        if let (Some(price), Some(gap)) = (c.creator.price, c.quote_gap()) {
            text.push_str(&format!(
                " The quote, {}, is {} the range: {} ({}) {} the typical rate.",
                f.money(price),
                gap.position.label(),
                f.money(gap.money.abs()),
                f.percent(gap.percent.abs()),
                if gap.money >= 0.0 { "above" } else { "below" }
            ));
        }
        m.el("p", "", &text);
    }
    if let Some(a) = &c.authenticity {
        authenticity::score_and_reasons(m, f, a);
    }
}

fn checklist_part(
    m: &mut Markup,
    f: &dyn NumberFormatter,
    settings: &RosterSettings,
    c: &CreatorFigures,
) {
    let auto = checklist::auto_answers(c, f);
    let name = c.creator.name.as_str();
    let score = checklist::score(&auto, |i| settings.ticked(name, i));
    m.raw("<div class=\"roster-checklist\">");
    m.el(
        "h4",
        "",
        &format!("Selection checklist: {score} of {}", checklist::ITEMS),
    );
    for (s, (section, items)) in SECTIONS.iter().enumerate() {
        m.raw("<fieldset><legend>")
            .text(section)
            .raw("</legend><ul>");
        for (k, item) in items.iter().enumerate() {
            let index = s * 4 + k;
            m.open("li", "");
            if let Some(a) = auto.iter().find(|a| a.item == index) {
                let (mark, class) = if a.met {
                    ("✓", "grade good")
                } else {
                    ("✗", "grade poor")
                };
                m.el("span", class, mark)
                    .text(&format!(" {item}: {}", a.why))
                    .el("small", "", " (from the numbers)");
            } else {
                let ticked = settings.ticked(name, index);
                let value = format!("{index}~{name}");
                m.open_with(
                    "button",
                    &[
                        ("type", "button"),
                        ("role", "checkbox"),
                        ("class", "tick"),
                        ("aria-checked", if ticked { "true" } else { "false" }),
                        ("data-act", "tick"),
                        ("data-k", key::TICK),
                        ("data-v", &value),
                    ],
                )
                .text(if ticked { "☑ " } else { "☐ " })
                .text(item)
                .close("button");
            }
            m.close("li");
        }
        m.raw("</ul></fieldset>");
    }
    m.raw("</div>");
}

fn working(m: &mut Markup, f: &dyn NumberFormatter, state: &AppState, c: &CreatorFigures) {
    if let Ok(report) = &c.engagement {
        explain::write_steps(
            m,
            f,
            &report.steps(),
            "How the engagement rate is worked out",
        );
    }
    if let Some(rate) = &c.rate {
        explain::write_steps(m, f, &rate.steps(), "How the fair rate is worked out");
    }
    if let Some(a) = &c.authenticity {
        explain::write_steps(m, f, &a.steps(), "How the risk is worked out");
    }
    explain::write_steps(m, f, &c.steps(), "How the roster's figures are worked out");
    let mut provenances = c.provenances();
    provenances.push(&CHECKLIST_PROV);
    explain::write_sources(m, &provenances, state.currency);
}
