//! Rate range: what a creator should charge, low, typical and high, with every multiplier
//! named.

use yew::prelude::*;

use super::deliverable_select;
use super::explain::{self, result_panel};
use super::fields::{checkbox, invalid_fields, number_field};
use super::format::IntlFormatter;
use crate::charts::{bar_group, Bar, BarGroup};
use crate::domain::format::NumberFormatter;
use crate::domain::rates;
use crate::markup::Markup;
use crate::render::badge::badge;
use crate::state::fields::*;
use crate::state::results;
use crate::state::{Action, AppState, Calculator, DeliverableChoice, Flag};

/// The rate range screen.
pub fn view(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let deliverable = state.rate_deliverable;
    let posts_label = if state.flag(Flag::Retainer) {
        "Posts per month"
    } else {
        "Posts in the deal"
    };
    html! {
        <section class="calculator" aria-labelledby="rate-heading">
            <div class="panel inputs">
                <h2 id="rate-heading">{ "Rate range" }</h2>
                <p class="intro">{ "What should this creator charge? Anchored on the guide's 2025 rate table, adjusted for audience size, engagement and the deal's terms." }</p>
                { deliverable_select("rate-deliverable", DeliverableChoice::Rates, deliverable, dispatch) }
                { number_field(state, FieldId::RateFollowers, dispatch, None, None) }
                { number_field(state, FieldId::RateEr, dispatch, None, Some("Engagement by followers; the Engagement rate calculator works it out.")) }
                <fieldset>
                    <legend>{ "Deal terms" }</legend>
                    { number_field(state, FieldId::RateUsage, dispatch, None, Some("Months the brand may reuse the content; 0 for none.")) }
                    { number_field(state, FieldId::RateExclusivity, dispatch, None, Some("Months the creator may not work with competitors.")) }
                    { checkbox(state, Flag::Whitelisting, dispatch) }
                    { checkbox(state, Flag::Rush, dispatch) }
                    { checkbox(state, Flag::Retainer, dispatch) }
                    { number_field(state, FieldId::RatePosts, dispatch, Some(posts_label.to_string()), Some("More than 1 makes a bundle, priced below single posts.")) }
                </fieldset>
            </div>
            { result(state) }
        </section>
    }
}

fn result(state: &AppState) -> Html {
    result_panel(
        Calculator::Rates,
        "rate-result",
        "What to charge",
        &invalid_fields(state, RATES),
    )
}

/// The result's markup for `state` (the results worker sends it to the page).
pub fn body(state: &AppState) -> String {
    let f = IntlFormatter {
        currency: state.currency,
    };
    let mut m = Markup::new();
    match results::rates(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(estimate) => {
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
            .el("p", "subline", &estimate.headline(&f))
            .raw("<dl class=\"price-band\"><div><dt>Low</dt>")
            .el("dd", "", &f.money(estimate.low))
            .raw("</div><div class=\"typical\"><dt>Typical</dt>")
            .el("dd", "", &f.money(estimate.typical))
            .raw("</div><div><dt>High</dt>")
            .el("dd", "", &f.money(estimate.high))
            .raw("</div></dl>");
            bar_group(&mut m, &group);
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
            m.raw("<div class=\"table-scroll\"><table class=\"figures\"><caption>Every multiplier applied to the base rate</caption>\
                   <thead><tr><th>Multiplier</th><th class=\"num\">Low</th><th class=\"num\">Typical</th><th class=\"num\">High</th></tr></thead><tbody><tr><th scope=\"row\">")
                .text(&format!("Base rate, {}", estimate.input.deliverable.label()))
                .raw("</th><td class=\"num\" colspan=\"3\">")
                .text(&f.money(estimate.base))
                .raw("</td></tr>");
            for multiplier in &estimate.breakdown {
                m.raw("<tr><th scope=\"row\">")
                    .text(&multiplier.name)
                    .raw(" ");
                badge(&mut m, multiplier.provenance);
                m.raw("</th>");
                for factor in [multiplier.low, multiplier.factor, multiplier.high] {
                    m.el("td", "num", &f.ratio(factor));
                }
                m.raw("</tr>");
            }
            m.raw("</tbody></table></div>");
            for note in &estimate.notes {
                m.el("p", "note", note);
            }
            m.el("p", "note", rates::ROUNDING_NOTE);
            explain::write_working(
                &mut m,
                &estimate.steps(),
                &estimate.provenances(),
                state.currency,
            );
        }
    }
    m.as_str().to_owned()
}
