//! Links that lead from one account calculator to the next on the same account ("Price this
//! account"), written into the result so that they cost the page no code of their own. They
//! are plain links: following one opens the next screen as a new history entry, so Back
//! returns to this one.

use crate::markup::{Markup, PART_BREAK};
use crate::state::{AppState, Calculator};
use crate::url_state::calculator_links;

/// The hand-offs from `current`, in the order people go: engagement, price, check.
#[must_use]
pub fn handoffs(state: &AppState, current: Calculator) -> String {
    let links = calculator_links(state);
    let mut m = Markup::new();
    m.open_with(
        "nav",
        &[
            ("class", "handoffs"),
            ("aria-label", "Go on with this account"),
        ],
    );
    for (calculator, text) in [
        (Calculator::Engagement, "Engagement of this account"),
        (Calculator::Rates, "Price this account"),
        (Calculator::Authenticity, "Check this account"),
    ] {
        let position = Calculator::ALL.iter().position(|c| *c == calculator);
        let Some(link) = position.and_then(|i| links.get(i)) else {
            continue;
        };
        if calculator != current {
            let href = format!("?{link}");
            m.open_with("a", &[("href", &href)]).text(text).close("a");
        }
    }
    m.close("nav");
    m.as_str().to_owned()
}

/// `body` with the hand-offs from `current` at the end of its first part.
#[must_use]
pub fn with_handoffs(mut body: String, state: &AppState, current: Calculator) -> String {
    let links = handoffs(state, current);
    match body.find(PART_BREAK) {
        Some(at) => body.insert_str(at, &links),
        None => body.push_str(&links),
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::from_query;

    #[test]
    fn each_calculator_leads_to_the_others_on_the_same_account() {
        let (state, _) = from_query("v=2&calc=engagement&acct.followers=40000");
        let html = with_handoffs("<p>result</p>".into(), &state, Calculator::Engagement);
        assert!(html.starts_with("<p>result</p><nav"), "{html}");
        assert!(
            html.contains(
                "href=\"?v=2&amp;calc=rates&amp;acct.followers=40000\">Price this account"
            ),
            "{html}"
        );
        assert!(html.contains("Check this account"), "{html}");
        assert!(!html.contains("Engagement of this account"), "{html}");
        let split = with_handoffs(format!("a{PART_BREAK}b"), &state, Calculator::Rates);
        assert!(split.starts_with("a<nav"), "{split}");
        assert!(split.ends_with(&format!("</nav>{PART_BREAK}b")), "{split}");
    }
}
