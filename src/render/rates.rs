//! The rate range's result as markup: the price of the deal, every multiplier with its
//! source, and how it was worked out.

use super::badge::badge;
use super::explain;
use crate::charts::{bar_group, Bar, BarGroup};
use crate::domain::engagement::Grade;
use crate::domain::error::DomainError;
use crate::domain::format::NumberFormatter;
use crate::domain::rates::{self, RateEstimate};
use crate::input::FieldError;
use crate::markup::Markup;
use crate::state::{results, AppState, FieldId};

/// Why there is no price: a rate above 100% worked out from the account's figures (the
/// field's [`FieldError::AccountRate`]) is their doing, so the field's words say so, not
/// "enter it as a percentage".
fn error_message(state: &AppState, error: &DomainError, f: &dyn NumberFormatter) -> String {
    match (error, state.field_error(FieldId::RateEr, None)) {
        (DomainError::PercentAbove100 { .. }, Some(account @ FieldError::AccountRate(_))) => {
            account.to_string()
        }
        _ => error.message(f),
    }
}

/// The rate range's markup for `state`, numbers written by `f` (the results worker sends it
/// to the page with the page's formatter; native tests use the plain one).
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let mut m = Markup::new();
    match results::rates(state) {
        Err(error) => {
            m.el("p", "needs", &error_message(state, &error, &f));
        }
        Ok(estimate) => {
            price(&mut m, &f, &estimate);
            super::exchange::write_notice(&mut m, state);
            multipliers(&mut m, &f, &estimate);
            for note in &estimate.notes {
                m.el("p", "note", note);
            }
            m.el(
                "p",
                "note",
                &rates::rounding_note(&f, estimate.input.rounding_scale),
            );
            explain::write_working(
                &mut m,
                &f,
                &estimate.steps(),
                &estimate.provenances(),
                state.currency,
            );
        }
    }
    m.as_str().to_owned()
}

/// The price of the deal: the typical rate, the low–high band and a bar chart of the three.
fn price(m: &mut Markup, f: &impl NumberFormatter, estimate: &RateEstimate) {
    let bar = |label: &str, value: f64, tone: usize| Bar {
        label: label.to_string(),
        low: value,
        high: value,
        text: f.money(value),
        tone,
    };
    let group = BarGroup {
        title: "Price of the deal: low, typical and high".to_string(),
        bars: vec![
            bar("Low", estimate.low, 0),
            bar("Typical", estimate.typical, 1),
            bar("High", estimate.high, 2),
        ],
    };
    m.el(
        "p",
        "headline",
        &format!("{} typical", f.money(estimate.typical)),
    )
    .el("p", "subline", &estimate.headline(f))
    .raw("<dl class=\"price-band\"><div><dt>Low</dt>")
    .el("dd", "", &f.money(estimate.low))
    .raw("</div><div class=\"typical\"><dt>Typical</dt>")
    .el("dd", "", &f.money(estimate.typical))
    .raw("</div><div><dt>High</dt>")
    .el("dd", "", &f.money(estimate.high))
    .raw("</div></dl>");
    bar_group(m, &group);
    if estimate.posts > 1 {
        m.el(
            "p",
            "",
            &format!(
                "That is {} per post, against {} for a single post.",
                f.money(estimate.per_post.typical),
                f.money(estimate.single_post.typical)
            ),
        );
    }
}

/// Every multiplier applied to the base rate, each with its source.
fn multipliers(m: &mut Markup, f: &impl NumberFormatter, estimate: &RateEstimate) {
    m.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Every multiplier applied to the base rate\"><table class=\"figures\"><caption>Every multiplier applied to the base rate</caption>\
                   <thead><tr><th>Multiplier</th><th class=\"num\">Low</th><th class=\"num\">Typical</th><th class=\"num\">High</th></tr></thead><tbody><tr><th scope=\"row\">")
                .text(&format!("Base rate, {}", estimate.input.deliverable.label()))
                .raw("</th><td class=\"num\" colspan=\"3\">")
                .text(&f.money(estimate.base))
                .raw("</td></tr>");
    for (index, multiplier) in estimate.breakdown.iter().enumerate() {
        m.raw("<tr><th scope=\"row\">")
            .text(&multiplier.name)
            .raw(" ");
        badge(m, multiplier.provenance);
        if index == 0 {
            m.el("span", "rule", &engagement_rule(f, estimate));
        }
        m.raw("</th>");
        for factor in [multiplier.low, multiplier.factor, multiplier.high] {
            m.el("td", "num", &f.ratio(factor));
        }
        m.raw("</tr>");
    }
    m.raw("</tbody></table></div>");
}

/// The engagement multiplier's rule with the account's numbers and the benchmark it is
/// relative to: "√(5.15% ÷ 5.5%, typical for a micro Instagram account) = 0.97×; graded
/// Good (4%+), so at least 1×."
fn engagement_rule(f: &impl NumberFormatter, estimate: &RateEstimate) -> String {
    let e = &estimate.engagement;
    let (low, high) = crate::domain::data::RATE_ER_CLAMP.value;
    let grade = Grade::from_rate(e.rate_percent);
    let ending = if e.floored {
        format!(
            "; graded {} ({}), so never below 1×",
            grade.label(),
            grade.guide_range()
        )
    } else if (e.raw - e.factor).abs() > 1e-9 {
        // Clamped: the column shows the factor, so the rule ends on it.
        format!(
            ", kept within {}–{}, so {}",
            f.ratio(low),
            f.ratio(high),
            f.ratio(e.factor)
        )
    } else {
        format!(", kept within {}–{}", f.ratio(low), f.ratio(high))
    };
    format!(
        " √({} ÷ {}, typical for a {} {} account) = {}{ending}.",
        f.percent(e.rate_percent),
        f.percent(e.typical_percent),
        estimate.classification.tier.label().to_ascii_lowercase(),
        estimate.input.deliverable.platform().label(),
        f.ratio(e.raw)
    )
}
