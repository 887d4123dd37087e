//! How a result was reached: the formula steps with the user's numbers, and the sources of
//! every default figure used. The disclosures are Yew elements, so a reader's choice to open
//! or close them survives re-renders; their lists are written as markup.

use yew::prelude::*;

use super::fields::pending;
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

/// A result panel: its heading, the fields it still needs, the result itself, then how it
/// was worked out. `id` is the panel's element id (tests and links read it).
pub fn result_panel(
    id: &'static str,
    heading: &'static str,
    invalid: &[String],
    result: Markup,
    working: Html,
) -> Html {
    html! {
        <div class="panel results" {id} aria-live="polite">
            <h2>{ heading }</h2>
            { pending(invalid) }
            { result.finish() }
            { working }
        </div>
    }
}

/// How a result was worked out: its formulas, then the sources of its figures.
pub fn working(steps_of: &[Step], provenances: &[&'static Provenance], currency: Currency) -> Html {
    html! { <>
        { steps(steps_of, currency, None) }
        { sources(provenances, currency) }
    </> }
}
