//! The result tables as CSV (see `crate::csv`): the ROI comparison, one row per scenario with
//! each figure's low and high, and the budget split, one row per tier. Money is in the
//! currency the page shows it in, named in the headers.

use crate::csv::{number, Csv};
use crate::domain::budget::BudgetPlan;
use crate::domain::range::Range;
use crate::domain::roi::{Comparison, ScenarioResult};
use crate::state::{AppState, Currency};

/// The ROI figures of every scenario; a scenario that did not compute has empty figures.
#[must_use]
pub fn roi_csv(state: &AppState, comparison: &Comparison) -> String {
    let columns = roi_columns(state.currency);
    let mut csv = Csv::new();
    let mut header = vec!["Scenario".to_string()];
    for (label, unit, _) in &columns {
        header.push(format!("{label}, low ({unit})"));
        header.push(format!("{label}, high ({unit})"));
    }
    csv.row(header);
    for (scenario, result) in state.scenarios.iter().zip(&comparison.results) {
        let mut row = vec![scenario.name.clone()];
        for (_, _, value) in &columns {
            let range = result.as_ref().ok().and_then(value);
            row.push(number(range.map(|r| r.low)));
            row.push(number(range.map(|r| r.high)));
        }
        csv.row(row);
    }
    csv.finish()
}

type Column = (&'static str, String, fn(&ScenarioResult) -> Option<Range>);

/// The ROI table's figures: label, unit and value.
fn roi_columns(currency: Currency) -> Vec<Column> {
    let money = currency.code().to_string();
    vec![
        ("Total cost", money.clone(), |r| Some(r.total_cost)),
        ("Reach", "people".into(), |r| Some(r.reach)),
        ("Engaged audience", "people".into(), |r| Some(r.engaged)),
        ("Conversions", "count".into(), |r| Some(r.conversions)),
        ("Cost per conversion", money.clone(), |r| {
            Some(r.cost_per_conversion)
        }),
        ("Cost per engagement", money.clone(), |r| {
            Some(r.cost_per_engagement)
        }),
        ("Cost per 1,000 reached", money.clone(), |r| {
            Some(r.cost_per_thousand_reached)
        }),
        ("Revenue", money.clone(), |r| r.revenue),
        ("Return on spend", "times".into(), |r| r.return_on_spend),
        ("Profit", money, |r| r.profit),
    ]
}

/// The budget split, one row per tier.
#[must_use]
pub fn budget_csv(currency: Currency, plan: &BudgetPlan) -> String {
    let code = currency.code();
    let mut csv = Csv::new();
    csv.row([
        "Tier".to_string(),
        "Share (%)".to_string(),
        format!("Amount ({code})"),
        format!("Per creator ({code})"),
        "Creators".to_string(),
        "Reach (people)".to_string(),
        "Engagements (count)".to_string(),
        "Conversions (count)".to_string(),
    ]);
    for t in &plan.tiers {
        // Creators are whole counts far below 2^53: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let creators = t.creators as f64;
        let mut row = vec![t.tier.label().to_string()];
        row.extend(
            [
                t.share_percent,
                t.amount,
                t.rate,
                creators,
                t.reach,
                t.engagements,
                t.conversions,
            ]
            .map(|v| number(Some(v))),
        );
        csv.row(row);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::results;
    use crate::url_state::from_query;

    /// The CSV's rows and fields (no field of these tables holds a quote or line break).
    fn cells(csv: &str) -> Vec<Vec<String>> {
        csv.trim_start_matches('\u{FEFF}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(split)
            .collect()
    }

    fn split(line: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => out.push(String::new()),
                c => out.last_mut().into_iter().for_each(|s| s.push(c)),
            }
        }
        out
    }

    #[test]
    fn the_roi_table_gives_the_guides_numbers() {
        let (state, _) = from_query("v=2&calc=roi");
        let rows = cells(&roi_csv(&state, &results::roi(&state)));
        assert_eq!(rows[0][0], "Scenario");
        assert_eq!(rows[0][1], "Total cost, low (USD)");
        assert_eq!(rows.len(), 3);
        let engaged = rows[0]
            .iter()
            .position(|h| h == "Engaged audience, low (people)");
        let engaged = engaged.unwrap_or(0);
        assert_eq!(rows[1][engaged], "6000");
        assert_eq!(rows[2][engaged], "13750");
        let per = rows[0]
            .iter()
            .position(|h| h == "Cost per conversion, high (USD)");
        assert_eq!(rows[2][per.unwrap_or(0)], "36.363636");
    }

    #[test]
    fn the_budget_table_gives_the_split() {
        let (state, _) = from_query("v=2&calc=budget&cur=EUR");
        let plan = results::budget(&state).expect("the default plan computes");
        let rows = cells(&budget_csv(state.currency, &plan));
        assert_eq!(rows[0][2], "Amount (EUR)");
        assert_eq!(rows[1][..3], ["Nano", "30", "3000"]);
        assert_eq!(rows[2][..3], ["Micro", "55", "5500"]);
        assert_eq!(rows[3][..3], ["Macro", "15", "1500"]);
    }
}
