//! The working of one ROI scenario, with its numbers.

use super::ScenarioResult;
use crate::domain::explain::{Op, Quantity, Step, Term};

impl ScenarioResult {
    /// The working, with the scenario's numbers.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let s = &self.scenario;
        let cost = Term::value(Quantity::Money(self.total_cost));
        let engaged = Term::named(Quantity::Count(self.engaged), "engaged");
        let conv = Term::named(Quantity::Count(self.conversions), "conversions");
        let reach = Term::named(Quantity::Count(self.reach), "reached");
        let mut v = vec![
            Step::new("Total cost", Quantity::Money(self.total_cost)).expr(vec![
                Term::named(Quantity::Count(s.creators), "creators"),
                Term::Op(Op::Times),
                Term::value(Quantity::Money(s.cost_per_creator)),
            ]),
            Step::new("Engaged audience", Quantity::Count(self.engaged))
                .noun("engaged")
                .expr(vec![
                    reach.clone(),
                    Term::Op(Op::Times),
                    Term::value(Quantity::Percent(s.engagement_rate_percent)),
                ]),
            Step::new("Conversions", Quantity::Count(self.conversions))
                .noun("conversions")
                .expr(vec![
                    engaged.clone(),
                    Term::Op(Op::Times),
                    Term::value(Quantity::Percent(s.conversion_rate_percent)),
                ]),
            Step::new(
                "Cost per conversion",
                Quantity::Money(self.cost_per_conversion),
            )
            .expr(vec![cost.clone(), Term::Op(Op::Divide), conv.clone()]),
            Step::new(
                "Cost per engagement",
                Quantity::Money(self.cost_per_engagement),
            )
            .expr(vec![cost.clone(), Term::Op(Op::Divide), engaged]),
            Step::new(
                "Cost per 1,000 reached",
                Quantity::Money(self.cost_per_thousand_reached),
            )
            .expr(vec![
                cost.clone(),
                Term::Op(Op::Divide),
                reach,
                Term::Op(Op::Times),
                Term::value(Quantity::count(1_000.0)),
            ]),
        ];
        if let (Some(aov), Some(rev), Some(roas)) =
            (s.average_order_value, self.revenue, self.return_on_spend)
        {
            v.push(Step::new("Revenue", Quantity::Money(rev)).expr(vec![
                conv,
                Term::Op(Op::Times),
                Term::value(Quantity::Money(aov)),
            ]));
            v.push(
                Step::new("Return on spend", Quantity::Ratio(roas)).expr(vec![
                    Term::value(Quantity::Money(rev)),
                    Term::Op(Op::Divide),
                    cost,
                ]),
            );
        }
        v
    }
}
