//! How a result was reached: the formula steps with the user's numbers, and the sources of
//! every default figure used. The disclosures are Yew elements, so a reader's choice to open
//! or close them survives re-renders; their lists are written as markup.

use yew::prelude::*;

use super::format::IntlFormatter;
use crate::domain::explain::Step;
use crate::domain::source::Provenance;
use crate::markup::Markup;
use crate::state::Currency;

/// The formulas, each with the user's own numbers, in a disclosure that starts open;
/// `title` defaults to "How this is worked out".
pub fn steps(steps: &[Step], currency: Currency, title: Option<String>) -> Html {
    let formatter = IntlFormatter { currency };
    let mut m = Markup::new();
    m.open("ol", "steps");
    for step in steps.iter().filter(|s| s.is_finite()) {
        m.open("li", "")
            .el("span", "step-label", &step.label)
            .el("span", "formula", &step.render(&formatter))
            .close("li");
    }
    m.close("ol");
    html! {
        <details class="explain" open=true>
            <summary>{ title.unwrap_or_else(|| "How this is worked out".to_string()) }</summary>
            { m.finish() }
        </details>
    }
}

/// Where each default figure comes from, or that it is an assumption; duplicates are shown
/// once. With a currency other than USD it says that default money figures are US dollars.
pub fn sources(provenances: &[&'static Provenance], currency: Currency) -> Html {
    let mut seen: Vec<String> = Vec::new();
    for provenance in provenances {
        let detail = provenance.detail();
        if !seen.contains(&detail) {
            seen.push(detail);
        }
    }
    let mut m = Markup::new();
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
    m.close("ul");
    html! {
        <details class="sources-box">
            <summary>{ format!("Sources and assumptions ({})", seen.len()) }</summary>
            { m.finish() }
        </details>
    }
}
