//! Scenarios side by side: efficiency multiples, break-even points and the comparison of
//! every scenario against the first and the best.

use super::{evaluate, Scenario, ScenarioResult};
use crate::domain::error::DomainError;
use crate::domain::explain::Quantity;
use crate::domain::format::NumberFormatter;
use crate::domain::range::Range;

/// A cost metric to compare scenarios on (lower is better).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Cost per conversion.
    CostPerConversion,
    /// Cost per engagement.
    CostPerEngagement,
    /// Cost per 1,000 reached.
    CostPerThousandReached,
}

impl Metric {
    /// Every metric.
    pub const ALL: [Self; 3] = [
        Self::CostPerConversion,
        Self::CostPerEngagement,
        Self::CostPerThousandReached,
    ];

    /// "per conversion", "per engagement" or "per 1,000 reached".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::CostPerConversion => "per conversion",
            Self::CostPerEngagement => "per engagement",
            Self::CostPerThousandReached => "per 1,000 reached",
        }
    }

    /// The metric's value in a result.
    #[must_use]
    pub const fn of(self, r: &ScenarioResult) -> Range {
        match self {
            Self::CostPerConversion => r.cost_per_conversion,
            Self::CostPerEngagement => r.cost_per_engagement,
            Self::CostPerThousandReached => r.cost_per_thousand_reached,
        }
    }
}

/// How many times more efficient one scenario is than another on one metric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Efficiency {
    /// Index of the scenario being judged.
    pub scenario: usize,
    /// Index of the scenario it is judged against.
    pub baseline: usize,
    /// The metric.
    pub metric: Metric,
    /// Baseline cost ÷ scenario cost: above 1 means the scenario gets more for each dollar.
    pub multiple: Range,
}

impl Efficiency {
    /// The multiples rounded down, e.g. 3.75–6.67 → (3, 6), shown as "3–6×": never more
    /// than the figures. `None` below 2×, where rounding down says less than the figures
    /// do: 1.5–2.6 would read "1–2×", as if no better at the low end.
    #[must_use]
    pub fn whole_multiples(&self) -> Option<(u64, u64)> {
        self.multiple
            .whole_numbers_below()
            .filter(|&(low, _)| low >= 2)
    }
}

/// Break-even answers between two scenarios.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEven {
    /// Index of the scenario that would change.
    pub scenario: usize,
    /// Index of the scenario it should match.
    pub target: usize,
    /// Conversion rate at which `scenario`'s cost per conversion equals `target`'s,
    /// percent. Above 100% means no conversion rate gets there.
    pub conversion_rate_percent: Range,
    /// True when the low end of `conversion_rate_percent` is at most 100%.
    pub reachable: bool,
    /// Creators `scenario` needs to match `target`'s conversions, keeping its conversions
    /// per creator (whole creators, rounded up).
    pub creators_to_match_conversions: Range,
    /// What those creators cost, USD.
    pub cost_to_match_conversions: Range,
}

/// Scenarios side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One result or error per scenario, in input order.
    pub results: Vec<Result<ScenarioResult, DomainError>>,
    /// Index of the scenario with the lowest typical (midpoint) cost per conversion.
    pub best: Option<usize>,
    /// Every valid scenario against the first one, on every metric.
    pub vs_first: Vec<Efficiency>,
    /// Every valid scenario against the best one, on every metric.
    pub vs_best: Vec<Efficiency>,
    /// Every valid scenario against the first one and the first against it.
    pub break_evens: Vec<BreakEven>,
}

impl Comparison {
    fn ok(&self, i: usize) -> Option<&ScenarioResult> {
        self.results.get(i).and_then(|r| r.as_ref().ok())
    }

    /// A sentence for an efficiency: "5 micro influencers: 2.29× as efficient per
    /// conversion as 1 macro influencer."; with a range, "3.75×–6.67× (3–6×)".
    #[must_use]
    pub fn efficiency_sentence(&self, e: &Efficiency, f: &dyn NumberFormatter) -> String {
        let (Some(a), Some(b)) = (self.ok(e.scenario), self.ok(e.baseline)) else {
            return String::new();
        };
        let mut m = f.quantity(&Quantity::Ratio(e.multiple));
        if !e.multiple.is_point() {
            if let Some((lo, hi)) = e.whole_multiples().filter(|(lo, hi)| lo != hi) {
                m = format!("{m} ({lo}–{hi}×)");
            }
        }
        format!(
            "{}: {m} as efficient {} as {}.",
            a.scenario.name,
            e.metric.label(),
            b.scenario.name
        )
    }

    /// A sentence for a break-even.
    #[must_use]
    pub fn break_even_sentence(&self, b: &BreakEven, f: &dyn NumberFormatter) -> String {
        let (Some(a), Some(t)) = (self.ok(b.scenario), self.ok(b.target)) else {
            return String::new();
        };
        let rate = f.quantity(&Quantity::Percent(b.conversion_rate_percent));
        let first = if b.reachable {
            format!(
                "{} would match the cost per conversion of {} at a conversion rate of {rate}",
                a.scenario.name, t.scenario.name
            )
        } else {
            format!(
                "{} cannot match the cost per conversion of {} at any conversion rate (it would need {rate})",
                a.scenario.name, t.scenario.name
            )
        };
        format!(
            "{first}, and would need {} ({} in all) to match its {} conversions{}.",
            creators_like(a, b.creators_to_match_conversions, f),
            f.quantity(&Quantity::Money(b.cost_to_match_conversions)),
            f.quantity(&Quantity::Count(t.conversions)),
            more_or_fewer(a.scenario.creators, b.creators_to_match_conversions, f),
        )
    }
}

/// The kind of creator a scenario's name says it books ("micro "), or nothing.
fn creator_kind(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    ["nano", "micro", "macro", "mega"]
        .into_iter()
        .find(|kind| lower.contains(kind))
        .map_or("", |kind| match kind {
            "nano" => "nano ",
            "micro" => "micro ",
            "macro" => "macro ",
            _ => "mega ",
        })
}

/// "3 micro creators like these", "1 macro creator like this one".
fn creators_like(a: &ScenarioResult, n: Range, f: &dyn NumberFormatter) -> String {
    let noun = if n.high <= 1.0 { "creator" } else { "creators" };
    let like = if a.scenario.creators.high <= 1.0 {
        "this one"
    } else {
        "these"
    };
    format!(
        "{} {}{noun} like {like}",
        f.quantity(&Quantity::Count(n)),
        creator_kind(&a.scenario.name)
    )
}

/// ": 2 more than it has" or ": 2 fewer than it has" when the count is certain either way.
fn more_or_fewer(has: Range, needs: Range, f: &dyn NumberFormatter) -> String {
    if !has.is_point() {
        return String::new();
    }
    let (word, difference) = if needs.low > has.high {
        (
            "more",
            Range::new(needs.low - has.high, needs.high - has.high),
        )
    } else if needs.high < has.low {
        (
            "fewer",
            Range::new(has.low - needs.high, has.low - needs.low),
        )
    } else {
        return String::new();
    };
    format!(
        ": {} {word} than it has",
        f.quantity(&Quantity::Count(difference))
    )
}

/// How many times more efficient `a` is than `baseline` on `metric`; `None` if a cost is 0.
#[must_use]
pub fn efficiency(a: &ScenarioResult, baseline: &ScenarioResult, metric: Metric) -> Option<Range> {
    metric
        .of(baseline)
        .checked_div(metric.of(a))
        .filter(Range::is_finite)
}

/// What one scenario needs to match another's cost per conversion or conversions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEvenPoint {
    /// The conversion rate at which the costs per conversion are equal, percent.
    pub conversion_rate_percent: Range,
    /// Whole creators needed to match the target's conversions.
    pub creators: Range,
    /// What those creators cost, USD.
    pub cost: Range,
}

/// Break-even of `a` against `target`; `None` when a divisor range contains zero or a
/// result is not finite.
#[must_use]
pub fn break_even(a: &ScenarioResult, target: &ScenarioResult) -> Option<BreakEvenPoint> {
    // CPC_a = cost_a ÷ (engaged_a × CR) = CPC_target  ⇔  CR = cost_a ÷ (engaged_a × CPC_target).
    let rate = a
        .total_cost
        .checked_div(a.engaged * target.cost_per_conversion)?
        .scale(100.0);
    let n = target
        .conversions
        .checked_div(a.conversions_per_creator)?
        .map_increasing(f64::ceil);
    let cost = n * a.scenario.cost_per_creator;
    (rate.is_finite() && n.is_finite() && cost.is_finite()).then_some(BreakEvenPoint {
        conversion_rate_percent: rate,
        creators: n,
        cost,
    })
}

/// Evaluates and compares scenarios. Invalid scenarios keep their error in
/// [`Comparison::results`] and are left out of the comparisons.
#[must_use]
pub fn compare(scenarios: &[Scenario]) -> Comparison {
    let results: Vec<_> = scenarios.iter().map(evaluate).collect();
    let valid: Vec<(usize, &ScenarioResult)> = results
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().ok().map(|r| (i, r)))
        .collect();
    let best = valid
        .iter()
        .min_by(|a, b| {
            a.1.cost_per_conversion
                .mid()
                .total_cmp(&b.1.cost_per_conversion.mid())
        })
        .map(|(i, _)| *i);
    let against = |base: Option<usize>| -> Vec<Efficiency> {
        let Some(bi) = base else {
            return Vec::new();
        };
        let Some(Ok(b)) = results.get(bi) else {
            return Vec::new();
        };
        let mut v = Vec::new();
        for (i, r) in &valid {
            if *i == bi {
                continue;
            }
            for m in Metric::ALL {
                if let Some(multiple) = efficiency(r, b, m) {
                    v.push(Efficiency {
                        scenario: *i,
                        baseline: bi,
                        metric: m,
                        multiple,
                    });
                }
            }
        }
        v
    };
    let first = valid.first().map(|(i, _)| *i).filter(|i| *i == 0);
    let vs_first = against(first);
    let vs_best = against(best);
    let mut break_evens = Vec::new();
    if let Some(Ok(f)) = results.first() {
        for (i, r) in valid.iter().filter(|(i, _)| *i != 0) {
            for (a, ai, t, ti) in [(*r, *i, f, 0), (f, 0, *r, *i)] {
                if let Some(p) = break_even(a, t) {
                    break_evens.push(BreakEven {
                        scenario: ai,
                        target: ti,
                        conversion_rate_percent: p.conversion_rate_percent,
                        reachable: p.conversion_rate_percent.low <= 100.0,
                        creators_to_match_conversions: p.creators,
                        cost_to_match_conversions: p.cost,
                    });
                }
            }
        }
    }
    Comparison {
        results,
        best,
        vs_first,
        vs_best,
        break_evens,
    }
}
