//! How a result was reached: the formula steps with the user's numbers, and the sources of
//! every default figure used.

use yew::prelude::*;

use super::format::IntlFormatter;
use crate::domain::explain::Step;
use crate::domain::source::Provenance;
use crate::state::Currency;

/// The formulas, each with the user's own numbers, in a disclosure that starts open;
/// `title` defaults to "How this is worked out".
pub fn steps(steps: &[Step], currency: Currency, title: Option<String>) -> Html {
    let formatter = IntlFormatter { currency };
    html! {
        <details class="explain" open=true>
            <summary>{ title.unwrap_or_else(|| "How this is worked out".to_string()) }</summary>
            <ol class="steps">
                { for steps.iter().filter(|s| s.is_finite()).map(|step| html! {
                    <li><span class="step-label">{ &step.label }</span>
                        <span class="formula">{ step.render(&formatter) }</span></li>
                }) }
            </ol>
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
    html! {
        <details class="sources-box">
            <summary>{ format!("Sources and assumptions ({})", seen.len()) }</summary>
            { if currency != Currency::Usd {
                html! { <p class="callout">{ format!(
                    "Default money figures come from US sources in US dollars and are not converted; \
                     they are shown with the {} symbol. Type your own figures in {}.",
                    currency.code(), currency.code()) }</p> }
            } else { html! {} } }
            <ul class="sources">
                { for seen.into_iter().map(|detail| html! { <li>{ detail }</li> }) }
            </ul>
        </details>
    }
}
