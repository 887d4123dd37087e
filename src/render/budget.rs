//! The budget planner's result as markup: what the plan buys, the split, and the table of
//! tiers.

use super::badge::badge;
use crate::charts::{split_bar, Segment};
use crate::domain::budget::{band_text, BandFit, BudgetPlan};
use crate::domain::data::ShareBand;
use crate::domain::explain::{noun_for, Quantity};
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::state::{results, AppState};

use super::explain;

/// What the plan buys and delivers, its warnings, and the split as a bar.
pub fn headline(m: &mut Markup, f: &impl NumberFormatter, plan: &BudgetPlan) {
    let segments: Vec<Segment> = plan
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| Segment {
            label: t.tier.label().to_string(),
            percent: t.share_percent,
            tone: i,
        })
        .collect();
    let description = plan
        .tiers
        .iter()
        .map(|t| {
            format!(
                "{} {}: {}",
                t.tier.label(),
                f.percent(t.share_percent),
                f.money(t.amount)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    m.el(
        "p",
        "headline",
        &format!(
            "{} {}, {} reached",
            f.count(plan.creators as f64),
            noun_for(&Quantity::count(plan.creators as f64), "creators"),
            f.count(plan.reach)
        ),
    )
    .el("p", "subline", &expected_from(f, plan));
    for warning in plan.warnings(f) {
        m.el("p", "callout warning", &warning);
    }
    split_bar(m, &segments, &format!("Budget split: {description}."));
}

/// What the plan delivers, from the money it plans: the budget when the shares add up to
/// 100%, else what they allocate, so that the line never credits the whole budget to shares
/// that spend more or less of it.
fn expected_from(f: &impl NumberFormatter, plan: &BudgetPlan) -> String {
    let results = format!(
        "{} engagements and about {} conversions expected from",
        f.count(plan.engagements),
        f.count(plan.conversions)
    );
    if plan.share_warning.is_none() {
        return format!("{results} {}.", f.money(plan.input.total));
    }
    // The results are those of the creators booked, which the shares' money may not all buy.
    format!(
        "{results} the {} booked, of the {} the shares plan ({} of the {} budget).",
        f.money(plan.spent),
        f.money(plan.allocated),
        f.percent(plan.share_sum_percent),
        f.money(plan.input.total)
    )
}

/// The plan by tier: one column per tier and one row per figure (share and fit with the
/// guide's band, money, creators and results), so that it fits a phone and a side panel
/// without hiding a column.
pub fn tier_table(m: &mut Markup, f: &impl NumberFormatter, plan: &BudgetPlan) {
    m.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"The plan by tier\"><table class=\"figures plan\"><thead><tr><th scope=\"col\">Tier</th>");
    for t in &plan.tiers {
        m.open_with("th", &[("class", "num"), ("scope", "col")])
            .text(t.tier.label())
            .close("th");
    }
    m.raw("</tr></thead><tbody><tr><th scope=\"row\">Share</th>");
    for t in &plan.tiers {
        m.open("td", "num")
            .text(&f.percent(t.share_percent))
            .el("div", fit_class(t.fit), &fit_text(t.fit, &t.band))
            .close("td");
    }
    m.raw("</tr><tr><th scope=\"row\">Amount</th>");
    for t in &plan.tiers {
        m.el("td", "num", &f.money(t.amount));
    }
    let rates: Vec<String> = plan.tiers.iter().map(|t| f.money(t.rate)).collect();
    m.raw("</tr>").row("Per creator", &rates);
    type Figure = fn(&crate::domain::budget::TierAllocation) -> f64;
    let rows: [(&str, Figure); 4] = [
        ("Creators", |t| t.creators as f64),
        ("Reach", |t| t.reach),
        ("Engagements", |t| t.engagements),
        ("Conversions", |t| t.conversions),
    ];
    for (label, figure) in rows {
        let cells: Vec<String> = plan.tiers.iter().map(|t| f.count(figure(t))).collect();
        m.row(label, &cells);
    }
    m.raw("</tbody></table></div><p class=\"note\">Rate per creator: ");
    for (i, t) in plan.tiers.iter().enumerate() {
        m.raw(if i == 0 { "" } else { "; " })
            .text(t.tier.label())
            .raw(" ");
        badge(m, t.planning.rate.provenance);
    }
    m.raw(".</p>");
}

fn fit_class(fit: BandFit) -> &'static str {
    match fit {
        BandFit::Within => "fit within",
        BandFit::Below | BandFit::Above => "fit outside",
    }
}

/// "Guide: 25–35%." under a share field.
pub fn guide_hint(band: &ShareBand) -> String {
    format!("Guide: {}.", band_text(band))
}

fn fit_text(fit: BandFit, band: &ShareBand) -> String {
    let band = band_text(band);
    match fit {
        BandFit::Within => format!("in the guide's {band}"),
        BandFit::Below => format!("below the guide's {band}"),
        BandFit::Above => format!("above the guide's {band}"),
    }
}

/// The result's markup for `state`, numbers written by `f` (the results worker sends it to
/// the page with the page's formatter; native tests use the plain one).
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let mut m = Markup::new();
    match results::budget(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(plan) => {
            headline(&mut m, &f, &plan);
            super::exchange::write_notice(&mut m, state);
            tier_table(&mut m, &f, &plan);
            crate::csv::download_link(
                &mut m,
                &super::tables::budget_csv(state.currency, &plan),
                "reachwise-budget.csv",
                "Download the table (CSV)",
            );
            if plan.unspent > 0.5 {
                m.el(
                    "p",
                    "",
                    &format!(
                        "{} is left over once whole creators are booked.",
                        f.money(plan.unspent)
                    ),
                );
            }
            for note in plan.tiers.iter().filter_map(|t| t.band_note(&f)) {
                m.el("p", "note", &note);
            }
            explain::write_working(
                &mut m,
                &f,
                &plan.steps(),
                &plan.provenances(),
                state.currency,
            );
        }
    }
    m.as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget;
    use crate::domain::format::PlainFormatter;

    #[test]
    fn the_guides_split_of_ten_thousand_dollars() {
        let plan = budget::plan(&budget::guide_default(10_000.0)).unwrap_or_else(|e| panic!("{e}"));
        let mut m = Markup::new();
        headline(&mut m, &PlainFormatter, &plan);
        tier_table(&mut m, &PlainFormatter, &plan);
        let html = m.as_str();
        assert!(
            html.contains("Budget split: Nano 30%: $3,000; Micro 55%: $5,500; Macro 15%: $1,500."),
            "{html}"
        );
        assert!(html.contains("<td class=\"num\">$5,500</td>"), "{html}");
        assert!(html.contains("in the guide&#39;s 50–60%"), "{html}");
        assert_eq!(guide_hint(&plan.tiers[0].band), "Guide: 25–35%.");
    }
}
