//! How a result was reached, as markup: the formula steps with the user's numbers, and the
//! sources of every default figure used. Parts are separated by `Markup::part_break`, so
//! that the page replaces only the parts an edit changed.

use super::badge::source_item;
use crate::domain::explain::Step;
use crate::domain::format::NumberFormatter;
use crate::domain::source::Provenance;
use crate::markup::Markup;
use crate::state::Currency;

/// The formulas, each with the user's own numbers, in a disclosure that starts open.
pub fn write_steps(m: &mut Markup, f: &dyn NumberFormatter, steps: &[Step], title: &str) {
    m.raw("<details class=\"explain\" open><summary>")
        .text(title)
        .raw("</summary>");
    m.open("ol", "steps");
    for step in steps.iter().filter(|s| s.is_finite()) {
        m.open("li", "")
            .el("span", "step-label", &step.label)
            .el("span", "formula", &step.render(f))
            .close("li");
    }
    m.raw("</ol></details>");
}

/// Where each default figure comes from, or that it is an assumption; duplicates are shown
/// once, and no box at all when there is nothing to list. With a currency other than USD it
/// says that default money figures are US dollars.
pub fn write_sources(m: &mut Markup, provenances: &[&'static Provenance], currency: Currency) {
    let mut seen: Vec<(String, Option<&str>)> = Vec::new();
    for provenance in provenances {
        let detail = provenance.detail();
        if !seen.iter().any(|(d, _)| *d == detail) {
            seen.push((detail, provenance.source.url()));
        }
    }
    if seen.is_empty() {
        return;
    }
    m.raw("<details class=\"sources-box\"><summary>")
        .text(&format!("Sources and assumptions ({})", seen.len()))
        .raw("</summary>");
    if currency != Currency::Usd {
        m.el(
            "p",
            "",
            &format!(
                "Default money figures are US dollars from US sources; a result that uses them converts them to {} at the rate shown with it. Figures in the fields are taken as {0}: choosing {0} on this page converts the fields' default amounts and the guide's examples to it at that rate, rounded to two significant figures.",
                currency.code()
            ),
        );
    }
    m.open("ul", "sources");
    for (detail, url) in &seen {
        source_item(m, detail, *url);
    }
    m.raw("</ul></details>");
}

/// How a result was worked out: its formulas, then the sources of its figures.
pub fn write_working(
    m: &mut Markup,
    f: &dyn NumberFormatter,
    steps: &[Step],
    provenances: &[&'static Provenance],
    currency: Currency,
) {
    m.part_break();
    write_steps(m, f, steps, "How this is worked out");
    m.part_break();
    write_sources(m, provenances, currency);
}
