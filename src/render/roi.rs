//! The ROI result as markup: the scenarios' figures side by side, how each compares with the
//! first, charts, and how each was worked out.

use super::explain::{write_sources, write_steps};
use crate::charts::{bar_group, Bar, BarGroup};
use crate::domain::explain::Quantity;
use crate::domain::format::NumberFormatter;
use crate::domain::range::Range;
use crate::domain::roi::{Comparison, Metric, ScenarioResult};
use crate::domain::source::Provenance;
use crate::markup::Markup;
use crate::state::{results, AppState};

/// The scenarios that computed, with their positions among all scenarios.
type Computed<'a> = [(usize, &'a ScenarioResult)];

/// What every part of the panel needs: the formatter and each scenario's name.
struct Panel<'a, F: NumberFormatter> {
    f: F,
    names: Vec<&'a str>,
}

impl<F: NumberFormatter> Panel<'_, F> {
    fn name(&self, i: usize) -> String {
        self.names
            .get(i)
            .map_or_else(String::new, |n| (*n).to_owned())
    }

    fn money(&self, r: Range) -> String {
        self.f.quantity(&Quantity::Money(r))
    }

    fn count(&self, r: Range) -> String {
        self.f.quantity(&Quantity::Count(r))
    }
}

/// The ROI result's markup for `state`, numbers written by `f` (the results worker sends it
/// to the page with the page's formatter; native tests use the plain one).
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let panel = Panel {
        f,
        names: state.scenarios.iter().map(|s| s.name.as_str()).collect(),
    };
    let comparison = results::roi(state);
    let ok: Vec<(usize, &ScenarioResult)> = comparison
        .results
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().ok().map(|r| (i, r)))
        .collect();
    let mut m = Markup::new();
    errors(&mut m, &panel, &comparison);
    figures_table(&mut m, &panel, &comparison, &ok);
    crate::csv::download_link(
        &mut m,
        &super::tables::roi_csv(state, &comparison),
        "reachwise-roi.csv",
        "Download the table (CSV)",
    );
    charts(&mut m, &panel, &ok);
    m.el(
        "p",
        "chart-caption",
        "Each colour is one scenario; a faded extension shows the top of a range.",
    );
    for (i, r) in &ok {
        let title = format!("How {} is worked out", panel.name(*i));
        m.part_break();
        write_steps(&mut m, &panel.f, &r.steps(), &title);
    }
    m.part_break();
    write_sources(&mut m, &provenances(&ok), state.currency);
    m.as_str().to_owned()
}

/// Why a scenario did not compute. (Which scenario is cheapest, and how sure that is, comes
/// from the simulation worker into the slot above the table.)
fn errors(m: &mut Markup, panel: &Panel<impl NumberFormatter>, comparison: &Comparison) {
    for (i, result) in comparison.results.iter().enumerate() {
        if let Err(error) = result {
            m.el(
                "p",
                "needs",
                &format!(
                    "Scenario {} ({}): {}",
                    i + 1,
                    panel.name(i),
                    error.message(&panel.f)
                ),
            );
        }
    }
}

/// The figures of each scenario in a column, then how each compares with the first.
fn figures_table(
    m: &mut Markup,
    panel: &Panel<impl NumberFormatter>,
    comparison: &Comparison,
    ok: &Computed,
) {
    m.raw(
        "<p class=\"on-phone\">Scroll sideways to see every scenario.</p><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Figures of each scenario\"><table class=\"figures compare\"><thead><tr><th>Metric</th>",
    );
    for (i, _) in ok {
        m.open_with("th", &[("class", "num"), ("scope", "col")])
            .text(&panel.name(*i))
            .close("th");
    }
    m.raw("</tr></thead><tbody>");
    figure_rows(m, panel, ok);
    // Many scenarios: the comparisons with the first are table rows, which scan better than
    // dozens of sentences (and keep each edit light). Few: full sentences.
    let many = ok.len() > 3;
    if many {
        comparison_rows(m, panel, comparison, ok);
    }
    m.raw("</tbody></table></div>");
    if !many {
        verdicts(m, &panel.f, comparison);
    }
}

/// One row per figure that at least one scenario has.
fn figure_rows(m: &mut Markup, panel: &Panel<impl NumberFormatter>, ok: &Computed) {
    type Cell<'a> = Box<dyn Fn(&ScenarioResult) -> Option<String> + 'a>;
    let money = |r| panel.money(r);
    let count = |r| panel.count(r);
    let rows: [(&str, Cell); 10] = [
        ("Total cost", Box::new(|r| Some(money(r.total_cost)))),
        ("Reach", Box::new(|r| Some(count(r.reach)))),
        ("Engaged audience", Box::new(|r| Some(count(r.engaged)))),
        ("Conversions", Box::new(|r| Some(count(r.conversions)))),
        (
            "Cost per conversion",
            Box::new(|r| Some(money(r.cost_per_conversion))),
        ),
        (
            "Cost per engagement",
            Box::new(|r| Some(money(r.cost_per_engagement))),
        ),
        (
            "Cost per 1,000 reached",
            Box::new(|r| Some(money(r.cost_per_thousand_reached))),
        ),
        ("Revenue", Box::new(|r| r.revenue.map(money))),
        (
            "Return on spend",
            Box::new(|r| {
                r.return_on_spend
                    .map(|v| panel.f.quantity(&Quantity::Ratio(v)))
            }),
        ),
        ("Profit", Box::new(|r| r.profit.map(money))),
    ];
    for (label, cell) in &rows {
        if ok.iter().any(|(_, r)| cell(r).is_some()) {
            let cells: Vec<String> = ok
                .iter()
                .map(|(_, r)| cell(r).unwrap_or_else(|| "–".into()))
                .collect();
            m.row(label, &cells);
        }
    }
}

/// With many scenarios, the comparisons with the first as two table rows.
fn comparison_rows(
    m: &mut Markup,
    panel: &Panel<impl NumberFormatter>,
    comparison: &Comparison,
    ok: &Computed,
) {
    let f = &panel.f;
    let first = panel.name(0);
    let per_conversion = |i: usize| {
        comparison
            .vs_first
            .iter()
            .find(|e| e.scenario == i && e.metric == Metric::CostPerConversion)
            .map_or_else(
                || "–".to_string(),
                |e| f.quantity(&Quantity::Ratio(e.multiple)),
            )
    };
    let break_even = |i: usize| {
        comparison
            .break_evens
            .iter()
            .find(|b| b.scenario == i && b.target == 0 && b.reachable)
            .map_or_else(
                || "–".to_string(),
                |b| f.quantity(&Quantity::Percent(b.conversion_rate_percent)),
            )
    };
    let cells: Vec<String> = ok.iter().map(|(i, _)| per_conversion(*i)).collect();
    m.row(
        &format!("Times as efficient per conversion as {first}"),
        &cells,
    );
    let cells: Vec<String> = ok.iter().map(|(i, _)| break_even(*i)).collect();
    m.row(&format!("Conversion rate that matches {first}"), &cells);
}

/// With few scenarios, the comparisons with the first as sentences.
fn verdicts(m: &mut Markup, f: &impl NumberFormatter, comparison: &Comparison) {
    m.raw("<ul class=\"verdicts\">");
    for e in comparison.vs_first.iter().filter(|e| {
        matches!(
            e.metric,
            Metric::CostPerConversion | Metric::CostPerEngagement
        )
    }) {
        m.el("li", "", &comparison.efficiency_sentence(e, f));
    }
    for b in &comparison.break_evens {
        m.el("li", "", &comparison.break_even_sentence(b, f));
    }
    m.raw("</ul>");
}

/// Engaged audience, conversions and cost per conversion as bar charts.
fn charts(m: &mut Markup, panel: &Panel<impl NumberFormatter>, ok: &Computed) {
    let bar = |i: usize, range: Range, text: String| Bar {
        label: panel.name(i),
        low: range.low,
        high: range.high,
        text,
        tone: i,
    };
    let groups = [
        BarGroup {
            title: "Engaged audience (more is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| bar(*i, r.engaged, panel.count(r.engaged)))
                .collect(),
        },
        BarGroup {
            title: "Conversions (more is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| bar(*i, r.conversions, panel.count(r.conversions)))
                .collect(),
        },
        BarGroup {
            title: "Cost per conversion (less is better)".into(),
            bars: ok
                .iter()
                .map(|(i, r)| {
                    bar(
                        *i,
                        r.cost_per_conversion,
                        panel.money(r.cost_per_conversion),
                    )
                })
                .collect(),
        },
    ];
    for group in &groups {
        m.part_break();
        bar_group(m, group);
    }
}

/// The sources of every figure the computed scenarios used, each once.
fn provenances(ok: &Computed) -> Vec<&'static Provenance> {
    let mut provenances: Vec<&'static Provenance> = Vec::new();
    for (_, r) in ok {
        for p in r.provenances() {
            if !provenances.iter().any(|q| std::ptr::eq(*q, p)) {
                provenances.push(p);
            }
        }
    }
    provenances
}
