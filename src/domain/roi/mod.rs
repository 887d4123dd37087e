//! ROI comparison: any number of influencer scenarios side by side.
//!
//! A [`Scenario`] describes one way to spend: how many creators, what each costs, the
//! **total reach of the scenario** (all its creators together, as the guide's table gives
//! "combined reach"), the engagement rate as a percent of that reach, the conversion rate as
//! a percent of the engaged audience, and optionally the average order value.
//!
//! Every input is a [`Range`] (a single value has equal ends) and every output is a range,
//! computed by interval arithmetic in the direction each formula moves: cost per conversion
//! runs from the lowest cost over the most conversions to the highest cost over the fewest.
//!
//! Funnel: cost = creators × cost per creator; engaged = reach × ER; conversions = engaged ×
//! conversion rate; then cost per conversion, per engagement and per 1,000 reached; revenue
//! = conversions × order value; return on spend = revenue ÷ cost.
//!
//! Outputs are not rounded; [`crate::domain::format`] rounds for display.

mod compare;
mod steps;

pub use compare::{
    break_even, compare, efficiency, BreakEven, BreakEvenPoint, Comparison, Efficiency, Metric,
};

use crate::domain::data::{self, ScenarioPreset};
use crate::domain::error::{self, DomainError};
use crate::domain::range::Range;
use crate::domain::source::Provenance;

/// The most creators accepted in one scenario.
pub const MAX_CREATORS: f64 = 1_000_000.0;
/// The largest amount of money accepted, USD (one trillion).
pub const MAX_MONEY: f64 = 1e12;
/// The largest total reach accepted (one trillion, well above the world's population).
pub const MAX_REACH: f64 = 1e12;

/// One way to spend.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Name shown above the column.
    pub name: String,
    /// How many creators.
    pub creators: Range,
    /// What each creator costs, USD.
    pub cost_per_creator: Range,
    /// Total reach of the scenario: all its creators together.
    pub reach: Range,
    /// Engagement rate, percent of reach.
    pub engagement_rate_percent: Range,
    /// Conversion rate, percent of the engaged audience.
    pub conversion_rate_percent: Range,
    /// Average order value, USD, when revenue should be computed.
    pub average_order_value: Option<Range>,
}

impl Scenario {
    fn from_preset(p: &ScenarioPreset) -> Self {
        let r = |(a, b): (f64, f64)| Range::new(a, b);
        Self {
            name: p.name.to_owned(),
            creators: r(p.creators),
            cost_per_creator: r(p.cost_per_creator),
            reach: r(p.reach),
            engagement_rate_percent: r(p.engagement_rate_percent),
            conversion_rate_percent: r(p.conversion_rate_percent),
            average_order_value: None,
        }
    }
}

/// The guide's first ROI table: 1 macro ($10,000, reach 750,000, 0.8%) against 5 micro
/// ($2,000 each, combined reach 250,000, 5.5%), both at 2% conversion.
#[must_use]
pub fn guide_example_1() -> Vec<Scenario> {
    data::GUIDE_ROI_TABLE_1
        .iter()
        .map(Scenario::from_preset)
        .collect()
}

/// The guide's second example: 1 macro × $10,000 (reach 400K, 3K–4K engagements) against
/// 10 micro × $1,000 (reach 300K–400K, 15K–20K engagements), at the first table's 2%.
#[must_use]
pub fn guide_example_2() -> Vec<Scenario> {
    data::GUIDE_ROI_EXAMPLE_2
        .iter()
        .map(Scenario::from_preset)
        .collect()
}

/// The scenarios shown by default: the guide's first table.
#[must_use]
pub fn default_scenarios() -> Vec<Scenario> {
    guide_example_1()
}

/// The outputs of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioResult {
    /// The scenario, as given.
    pub scenario: Scenario,
    /// Creators × cost per creator, USD.
    pub total_cost: Range,
    /// Total reach.
    pub reach: Range,
    /// Reach ÷ creators.
    pub reach_per_creator: Range,
    /// Reach × engagement rate.
    pub engaged: Range,
    /// Engaged × conversion rate.
    pub conversions: Range,
    /// Conversions ÷ creators.
    pub conversions_per_creator: Range,
    /// Total cost ÷ conversions, USD.
    pub cost_per_conversion: Range,
    /// Total cost ÷ engaged, USD.
    pub cost_per_engagement: Range,
    /// Total cost ÷ reach × 1,000, USD.
    pub cost_per_thousand_reached: Range,
    /// Conversions × average order value, USD, when the order value is given.
    pub revenue: Option<Range>,
    /// Revenue ÷ total cost (2.0 means $2 back per $1), when the order value is given.
    pub return_on_spend: Option<Range>,
    /// Revenue − total cost, USD, when the order value is given.
    pub profit: Option<Range>,
}

impl ScenarioResult {
    /// The provenances of the figures used: a scenario is user input, so this is the
    /// guide's example when the scenario's creators, reach and rates are one of the
    /// presets' (its cost may be the preset's converted to another currency), else empty.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let s = &self.scenario;
        data::GUIDE_ROI_TABLE_1
            .iter()
            .chain(&data::GUIDE_ROI_EXAMPLE_2)
            .filter(|p| {
                let q = Scenario::from_preset(p);
                q.creators == s.creators
                    && q.reach == s.reach
                    && q.engagement_rate_percent == s.engagement_rate_percent
                    && q.conversion_rate_percent == s.conversion_rate_percent
            })
            .map(|p| p.provenance)
            .take(1)
            .collect()
    }
}

/// The smallest value a scenario input accepts.
#[derive(Clone, Copy)]
enum Floor {
    /// More than zero.
    AboveZero,
    /// At least this much.
    AtLeast(f64),
}

/// The largest value a scenario input accepts.
#[derive(Clone, Copy)]
enum Ceiling {
    /// A percentage: at most 100%.
    Percent,
    /// At most this much.
    Limit(f64),
}

/// Checks a scenario input: a finite, ordered range between its floor and its ceiling.
fn check(
    field: &'static str,
    r: Range,
    floor: Floor,
    ceiling: Ceiling,
) -> Result<Range, DomainError> {
    let r = error::ordered_range(field, r)?;
    match floor {
        Floor::AboveZero if r.low <= 0.0 => return Err(DomainError::NotPositive { field }),
        Floor::AtLeast(min) if r.low < min => return Err(DomainError::TooSmall { field, min }),
        _ => {}
    }
    match ceiling {
        Ceiling::Percent if r.high > 100.0 => Err(DomainError::PercentAbove100 { field }),
        Ceiling::Limit(max) if r.high > max => Err(DomainError::TooLarge { field, max }),
        _ => Ok(r),
    }
}

fn finite(what: &'static str, r: Range) -> Result<Range, DomainError> {
    error::result(what, r.low)?;
    error::result(what, r.high)?;
    Ok(r)
}

fn div(what: &'static str, a: Range, b: Range) -> Result<Range, DomainError> {
    finite(
        what,
        a.checked_div(b).ok_or(DomainError::Overflow { what })?,
    )
}

/// Computes one scenario.
///
/// # Errors
/// - [`DomainError::NotANumber`] or [`DomainError::RangeInverted`] for a malformed range;
/// - [`DomainError::TooSmall`] for fewer than 1 creator or a reach under 1;
/// - [`DomainError::NotPositive`] for a cost, engagement rate, conversion rate or order
///   value of 0 or less;
/// - [`DomainError::PercentAbove100`] for a rate above 100%;
/// - [`DomainError::TooLarge`] above [`MAX_CREATORS`], [`MAX_MONEY`] or [`MAX_REACH`];
/// - [`DomainError::Overflow`] if a result is not finite.
pub fn evaluate(s: &Scenario) -> Result<ScenarioResult, DomainError> {
    use Ceiling::{Limit, Percent};
    use Floor::{AboveZero, AtLeast};
    let creators = check("Creators", s.creators, AtLeast(1.0), Limit(MAX_CREATORS))?;
    let cost_each = check(
        "Cost per creator",
        s.cost_per_creator,
        AboveZero,
        Limit(MAX_MONEY),
    )?;
    let reach = check("Reach", s.reach, AtLeast(1.0), Limit(MAX_REACH))?;
    let er = check(
        "Engagement rate",
        s.engagement_rate_percent,
        AboveZero,
        Percent,
    )?;
    let cr = check(
        "Conversion rate",
        s.conversion_rate_percent,
        AboveZero,
        Percent,
    )?;
    let aov = s
        .average_order_value
        .map(|a| check("Average order value", a, AboveZero, Limit(MAX_MONEY)))
        .transpose()?;

    let total_cost = finite("the total cost", creators * cost_each)?;
    let engaged = finite("the engaged audience", reach * er.scale(0.01))?;
    let conversions = finite("conversions", engaged * cr.scale(0.01))?;
    let cost_per_conversion = div("the cost per conversion", total_cost, conversions)?;
    let cost_per_engagement = div("the cost per engagement", total_cost, engaged)?;
    let cost_per_thousand_reached = finite(
        "the cost per 1,000 reached",
        div("the cost per 1,000 reached", total_cost, reach)?.scale(1_000.0),
    )?;
    let reach_per_creator = div("the reach per creator", reach, creators)?;
    let conversions_per_creator = div("conversions per creator", conversions, creators)?;
    let (revenue, return_on_spend, profit) = match aov {
        None => (None, None, None),
        Some(a) => {
            let rev = finite("revenue", conversions * a)?;
            let roas = div("the return on spend", rev, total_cost)?;
            let profit = finite("profit", rev - total_cost)?;
            (Some(rev), Some(roas), Some(profit))
        }
    };
    Ok(ScenarioResult {
        scenario: s.clone(),
        total_cost,
        reach,
        reach_per_creator,
        engaged,
        conversions,
        conversions_per_creator,
        cost_per_conversion,
        cost_per_engagement,
        cost_per_thousand_reached,
        revenue,
        return_on_spend,
        profit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::explain::Quantity;
    use crate::domain::format::NumberFormatter;
    use crate::domain::format::PlainFormatter;

    const F: PlainFormatter = PlainFormatter;

    #[track_caller]
    fn eval(s: &Scenario) -> ScenarioResult {
        evaluate(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn near(r: Range, lo: f64, hi: f64) {
        let tol = |x: f64| 1e-9 * x.abs().max(1.0);
        assert!(
            (r.low - lo).abs() < tol(lo) && (r.high - hi).abs() < tol(hi),
            "{r:?} vs [{lo}, {hi}]"
        );
    }

    #[track_caller]
    fn shows(q: Quantity, text: &str) {
        assert_eq!(F.quantity(&q), text);
    }

    #[test]
    fn guide_table_one_figure_for_figure() {
        let s = guide_example_1();
        let macro_ = eval(&s[0]);
        let micro = eval(&s[1]);
        // 1 macro: $10,000, reach 750,000, 0.8% → 6,000 engaged, 120 conversions, $83.
        near(macro_.total_cost, 10_000.0, 10_000.0);
        near(macro_.engaged, 6_000.0, 6_000.0);
        near(macro_.conversions, 120.0, 120.0);
        shows(Quantity::Money(macro_.cost_per_conversion), "$83");
        shows(Quantity::Count(macro_.engaged), "6,000");
        // 5 micro at $2,000: $10,000, reach 250,000, 5.5% → 13,750, 275, $36.
        near(micro.total_cost, 10_000.0, 10_000.0);
        near(micro.engaged, 13_750.0, 13_750.0);
        near(micro.conversions, 275.0, 275.0);
        shows(Quantity::Money(micro.cost_per_conversion), "$36");
        shows(Quantity::Count(micro.engaged), "13,750");
        assert_eq!(
            micro.steps()[1].render(&F),
            "13,750 engaged = 250,000 reached × 5.5%"
        );
        assert_eq!(micro.steps()[0].render(&F), "$10,000 = 5 creators × $2,000");
        assert_eq!(
            micro.steps()[3].render(&F),
            "$36 = $10,000 ÷ 275 conversions"
        );
    }

    #[test]
    fn guide_example_two_figure_for_figure() {
        let s = guide_example_2();
        let macro_ = eval(&s[0]);
        let micro = eval(&s[1]);
        near(micro.total_cost, 10_000.0, 10_000.0);
        near(micro.reach, 300_000.0, 400_000.0);
        near(micro.engaged, 15_000.0, 20_000.0);
        shows(Quantity::Money(micro.cost_per_engagement), "$0.50–$0.67");
        near(macro_.reach, 400_000.0, 400_000.0);
        near(macro_.engaged, 3_000.0, 4_000.0);
        shows(Quantity::Money(macro_.cost_per_engagement), "$2.50–$3.33");
        // "The micro influencer approach is 4–6x more efficient."
        let c = compare(&s);
        let e = c
            .vs_first
            .iter()
            .find(|e| e.metric == Metric::CostPerEngagement)
            .copied();
        let e = e.unwrap_or_else(|| panic!("no efficiency"));
        near(e.multiple, 3.75, 20.0 / 3.0);
        // Rounded down, so the summary never claims more than 3.75×.
        assert_eq!(e.whole_multiples(), Some((3, 6)));
        let under_two = Efficiency {
            multiple: Range::new(1.5, 2.6),
            ..e
        };
        assert_eq!(under_two.whole_multiples(), None, "1.5–2.6 is not “1–2×”");
        assert_eq!(
            c.efficiency_sentence(&under_two, &F),
            "10 micro influencers: 1.5×–2.6× as efficient per engagement as 1 macro influencer."
        );
        assert_eq!(
            c.efficiency_sentence(&e, &F),
            "10 micro influencers: 3.75×–6.67× (3–6×) as efficient per engagement as 1 macro influencer."
        );
    }

    #[test]
    fn comparison_and_break_even_for_table_one() {
        let c = compare(&default_scenarios());
        assert_eq!(c.best, Some(1));
        let e = c
            .vs_first
            .iter()
            .find(|e| e.metric == Metric::CostPerConversion)
            .copied()
            .unwrap_or_else(|| panic!("missing"));
        // $83.33 ÷ $36.36 = 2.29×.
        near(e.multiple, 275.0 / 120.0, 275.0 / 120.0);
        assert_eq!(
            c.efficiency_sentence(&e, &F),
            "5 micro influencers: 2.29× as efficient per conversion as 1 macro influencer."
        );
        assert_eq!(c.vs_best.len(), 3);
        assert_eq!(c.break_evens.len(), 2);
        let micro_vs_macro = c.break_evens[0];
        // Micro matches the macro's $83.33 at 10,000 ÷ (13,750 × 83.33) = 0.873%.
        near(
            micro_vs_macro.conversion_rate_percent,
            0.872_727_272_727_272_7,
            0.872_727_272_727_272_7,
        );
        assert!(micro_vs_macro.reachable);
        // 120 ÷ 55 per creator = 2.18 → 3 creators, $6,000.
        near(micro_vs_macro.creators_to_match_conversions, 3.0, 3.0);
        near(micro_vs_macro.cost_to_match_conversions, 6_000.0, 6_000.0);
        assert_eq!(
            c.break_even_sentence(&micro_vs_macro, &F),
            "5 micro influencers would match the cost per conversion of 1 macro influencer at a conversion rate of 0.87%, and would need 3 micro creators like these ($6,000 in all) to match its 120 conversions: 2 fewer than it has."
        );
        let macro_vs_micro = c.break_evens[1];
        // The macro needs 10,000 ÷ (6,000 × 36.36) = 4.58%.
        near(
            macro_vs_micro.conversion_rate_percent,
            4.583_333_333_333_333,
            4.583_333_333_333_333,
        );
        near(macro_vs_micro.creators_to_match_conversions, 3.0, 3.0);
        assert!(
            c.break_even_sentence(&macro_vs_micro, &F).ends_with(
                "would need 3 macro creators like this one ($30,000 in all) to match its 275 conversions: 2 more than it has."
            ),
            "{}",
            c.break_even_sentence(&macro_vs_micro, &F)
        );
    }

    #[test]
    fn one_creator_is_one_creator() {
        let mut s = default_scenarios();
        // 20% of 13,750 engaged is 2,750 conversions, 550 per creator: one matches 120.
        s[1].conversion_rate_percent = Range::point(20.0);
        let c = compare(&s);
        let b = c
            .break_evens
            .iter()
            .find(|b| b.scenario == 1)
            .copied()
            .unwrap_or_else(|| panic!("missing"));
        let sentence = c.break_even_sentence(&b, &F);
        assert!(
            sentence.contains("would need 1 micro creator like these ($2,000 in all)"),
            "{sentence}"
        );
        assert!(sentence.ends_with(": 4 fewer than it has."), "{sentence}");
    }

    #[test]
    fn unreachable_break_even() {
        let mut s = default_scenarios();
        // A macro with 0.01% engagement would need a conversion rate above 100%.
        s[0].engagement_rate_percent = Range::point(0.01);
        s[1].conversion_rate_percent = Range::point(50.0);
        let c = compare(&s);
        let b = c
            .break_evens
            .iter()
            .find(|b| b.scenario == 0)
            .copied()
            .unwrap_or_else(|| panic!("missing"));
        assert!(!b.reachable);
        assert!(c
            .break_even_sentence(&b, &F)
            .contains("cannot match the cost per conversion"));
    }

    #[test]
    fn revenue_and_return() {
        let mut s = default_scenarios();
        s[1].average_order_value = Some(Range::new(40.0, 60.0));
        let r = eval(&s[1]);
        near(r.revenue.unwrap_or(Range::point(0.0)), 11_000.0, 16_500.0);
        near(r.return_on_spend.unwrap_or(Range::point(0.0)), 1.1, 1.65);
        near(r.profit.unwrap_or(Range::point(0.0)), 1_000.0, 6_500.0);
        assert_eq!(r.steps().len(), 8);
        assert_eq!(
            r.steps()[7].render(&F),
            "1.1×–1.65× = $11,000–$16,500 ÷ $10,000"
        );
    }

    #[test]
    fn ranges_take_direction_into_account() {
        let s = Scenario {
            name: "x".into(),
            creators: Range::new(2.0, 4.0),
            cost_per_creator: Range::new(100.0, 200.0),
            reach: Range::new(10_000.0, 20_000.0),
            engagement_rate_percent: Range::new(1.0, 2.0),
            conversion_rate_percent: Range::new(10.0, 20.0),
            average_order_value: None,
        };
        let r = eval(&s);
        near(r.total_cost, 200.0, 800.0);
        near(r.engaged, 100.0, 400.0);
        near(r.conversions, 10.0, 80.0);
        // Lowest cost over most conversions to highest cost over fewest.
        near(r.cost_per_conversion, 200.0 / 80.0, 800.0 / 10.0);
        near(r.cost_per_thousand_reached, 10.0, 80.0);
    }

    #[test]
    fn invalid_scenarios_are_errors_with_sentences() {
        let base = &default_scenarios()[0];
        let cases: Vec<(Scenario, &str)> = vec![
            (
                Scenario {
                    creators: Range::point(0.0),
                    ..base.clone()
                },
                "Creators must be at least 1.",
            ),
            (
                Scenario {
                    cost_per_creator: Range::point(0.0),
                    ..base.clone()
                },
                "Cost per creator must be more than zero.",
            ),
            (
                Scenario {
                    engagement_rate_percent: Range::point(101.0),
                    ..base.clone()
                },
                "Engagement rate cannot be above 100%: enter it as a percentage, e.g. 2.5 for 2.5%.",
            ),
            (
                Scenario {
                    conversion_rate_percent: Range::new(3.0, 2.0),
                    ..base.clone()
                },
                "Conversion rate: the low end is above the high end; swap them.",
            ),
            (
                Scenario {
                    reach: Range::point(f64::NAN),
                    ..base.clone()
                },
                "Reach must be a number.",
            ),
            (
                Scenario {
                    average_order_value: Some(Range::point(-1.0)),
                    ..base.clone()
                },
                "Average order value must be more than zero.",
            ),
        ];
        for (s, msg) in cases {
            assert_eq!(evaluate(&s).map_err(|e| e.to_string()), Err(msg.to_owned()));
        }
        // Invalid scenarios stay in the comparison as errors.
        let c = compare(&[
            base.clone(),
            Scenario {
                creators: Range::point(0.0),
                ..base.clone()
            },
        ]);
        assert!(c.results[1].is_err());
        assert!(c.vs_first.is_empty());
        assert!(compare(&[]).best.is_none());
    }

    #[test]
    fn presets_are_sourced() {
        let r = eval(&guide_example_2()[1]);
        let example_2 = data::GUIDE_ROI_EXAMPLE_2[0].provenance;
        assert_eq!(r.provenances(), vec![example_2]);
        let mut custom = guide_example_1()[0].clone();
        custom.reach = Range::point(1.0);
        assert!(eval(&custom).provenances().is_empty());
        assert!(!data::GUIDE_ROI_TABLE_1[0].provenance.is_assumption());
        assert!(!example_2.is_assumption());
        assert_eq!(default_scenarios().len(), 2);
    }
}
