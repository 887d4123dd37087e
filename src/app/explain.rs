//! How a result was reached: the formula steps with the user's numbers, and the sources of
//! every default figure used, written as markup (the results worker sends them); and the
//! result panel the page renders around the worker's answer.

use yew::prelude::*;

use super::fields::pending;
use super::format::IntlFormatter;
use super::worker_client;
use crate::domain::explain::Step;
use crate::domain::source::Provenance;
use crate::markup::Markup;
use crate::state::{Calculator, Currency};

/// The formulas, each with the user's own numbers, in a disclosure that starts open.
pub fn write_steps(m: &mut Markup, steps: &[Step], currency: Currency, title: &str) {
    let formatter = IntlFormatter { currency };
    m.raw("<details class=\"explain\" open><summary>")
        .text(title)
        .raw("</summary>");
    m.open("ol", "steps");
    for step in steps.iter().filter(|s| s.is_finite()) {
        m.open("li", "")
            .el("span", "step-label", &step.label)
            .el("span", "formula", &step.render(&formatter))
            .close("li");
    }
    m.raw("</ol></details>");
}

/// Where each default figure comes from, or that it is an assumption; duplicates are shown
/// once, and no box at all when there is nothing to list. With a currency other than USD it
/// says that default money figures are US dollars.
pub fn write_sources(m: &mut Markup, provenances: &[&'static Provenance], currency: Currency) {
    let mut seen: Vec<String> = Vec::new();
    for provenance in provenances {
        let detail = provenance.detail();
        if !seen.contains(&detail) {
            seen.push(detail);
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
            "callout",
            &format!(
                "Default money figures come from US sources in US dollars and are not converted; \
                 they are shown with the {0} symbol. Type your own figures in {0}.",
                currency.code()
            ),
        );
    }
    m.open("ul", "sources");
    for detail in &seen {
        m.el("li", "", detail);
    }
    m.raw("</ul></details>");
}

/// How a result was worked out: its formulas, then the sources of its figures.
pub fn write_working(
    m: &mut Markup,
    steps: &[Step],
    provenances: &[&'static Provenance],
    currency: Currency,
) {
    m.part_break();
    write_steps(m, steps, currency, "How this is worked out");
    m.part_break();
    write_sources(m, provenances, currency);
}

/// A result panel as the page renders it: its heading, the fields that still need a valid
/// entry (only the page knows what was typed), the "How sure" slot where the calculator has
/// one, and the slot the results worker fills. `id` is the panel's element id (tests and
/// links read it).
pub fn result_panel(
    calculator: Calculator,
    id: &'static str,
    heading: &'static str,
    invalid: &[String],
) -> Html {
    let how_sure = matches!(calculator, Calculator::Roi | Calculator::Budget);
    html! {
        <div class="panel results" {id}>
            <h2>{ heading }</h2>
            { pending(invalid) }
            { if how_sure { worker_client::how_sure_slot(calculator) } else { html! {} } }
            { worker_client::results_slot(calculator) }
        </div>
    }
}
