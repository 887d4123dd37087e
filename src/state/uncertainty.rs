//! The state's inputs as the simulation sees them: every value typed as a range becomes an
//! uncertain input (uniform, or triangular with a typical value).

use super::fields::{FieldId, ScenarioField, Value};
use super::{results, AppState, ScenarioInputs};
use crate::domain::budget::BudgetPlan;
use crate::domain::data::TIER_ENGAGEMENT_SPREAD;
use crate::domain::simulation::budget::{PlanSimulation, UncertainPlan, UncertainTier};
use crate::domain::simulation::distribution::Distribution;
use crate::domain::simulation::roi::{simulate, RoiSimulation, UncertainScenario};
use crate::domain::simulation::DRAWS;

/// The spread a typed value stands for.
pub fn distribution(value: Value) -> Distribution {
    Distribution::from_ends(value.low, value.typical, value.high)
}

impl ScenarioInputs {
    /// The scenario with its spread; `None` when a required field is empty.
    pub fn uncertain(&self) -> Option<UncertainScenario> {
        let spread = |field: ScenarioField| self.field(field).value.map(distribution);
        Some(UncertainScenario {
            creators: spread(ScenarioField::Creators)?,
            cost_per_creator: spread(ScenarioField::Cost)?,
            reach: spread(ScenarioField::Reach)?,
            engagement_rate_percent: spread(ScenarioField::Er)?,
            conversion_rate_percent: spread(ScenarioField::Conversion)?,
            average_order_value: spread(ScenarioField::OrderValue),
        })
    }
}

impl AppState {
    /// Each ROI scenario with its spread; `None` for one the comparison cannot compute (the
    /// comparison on screen says why).
    pub fn roi_uncertainty(&self) -> Vec<Option<UncertainScenario>> {
        let comparison = results::roi(self);
        self.scenarios
            .iter()
            .zip(&comparison.results)
            .map(|(s, result)| result.as_ref().ok().and_then(|_| s.uncertain()))
            .collect()
    }

    /// The ROI comparison simulated over [`DRAWS`] draws.
    pub fn roi_simulation(&self) -> RoiSimulation {
        simulate(&self.roi_uncertainty(), DRAWS)
    }

    /// The budget plan and its simulation over [`DRAWS`] draws: each tier's engagement rate
    /// drawn from the guide's spread for the tier (triangular, peaking at the planning
    /// figure), the conversion rate from the field's range; `None` when the plan cannot be
    /// made.
    pub fn budget_simulation(&self) -> Option<(BudgetPlan, PlanSimulation)> {
        let plan = results::budget(self).ok()?;
        let uncertain = UncertainPlan {
            tiers: std::array::from_fn(|i| {
                let t = &plan.tiers[i];
                let (low, high) = TIER_ENGAGEMENT_SPREAD[i].value;
                UncertainTier {
                    #[allow(clippy::cast_precision_loss)] // creators are far below 2^53
                    creators: t.creators as f64,
                    reach_per_creator: t.reach_per_creator,
                    engagement_rate_percent: Distribution::from_ends(
                        low.min(t.engagement_rate_percent),
                        Some(t.engagement_rate_percent),
                        high.max(t.engagement_rate_percent),
                    ),
                }
            }),
            conversion_rate_percent: self
                .field(FieldId::BudgetConversion)
                .value
                .map_or(Distribution::Fixed(0.0), distribution),
        };
        let sim = uncertain.simulate(self.optional(FieldId::BudgetTarget), DRAWS)?;
        Some((plan, sim))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::simulation::roi::Compared;
    use crate::state::{Action, Preset};

    #[test]
    fn the_guide_examples_simulate_as_typed() {
        let state = AppState::default();
        let sim = state.roi_simulation();
        assert!(!sim.uncertain);
        assert_eq!(sim.lowest_share(Compared::CostPerConversion, 1), 1.0);
        let state = state.apply(Action::LoadPreset(Preset::GuideExample2));
        let sim = state.roi_simulation();
        assert!(sim.uncertain);
        assert_eq!(sim.lowest_share(Compared::CostPerEngagement, 1), 1.0);
    }

    #[test]
    fn the_budget_plan_reaches_a_target_by_chance() {
        // The guide's $10,000 split buys 18 nano, 9 micro and no macro creators: 13,500 + 24,750
        // = 38,250 engagements at the planning rates, 765 conversions at 2%.
        let state =
            AppState::default().apply(Action::SetNumber(FieldId::BudgetTarget, "765".into()));
        let (plan, sim) = state.budget_simulation().expect("a plan");
        assert!((plan.conversions - 765.0).abs() < 1e-6);
        let chance = sim.chance_of_target.expect("a target");
        // Engagement spreads are skewed upwards for nano (10–15–20) and micro (3–5.5–8), so
        // the median sits near the planning figure and the chance near a half.
        assert!(chance > 0.3 && chance < 0.7, "{chance}");
        let sure = state.apply(Action::SetNumber(FieldId::BudgetTarget, "100".into()));
        assert_eq!(
            sure.budget_simulation().expect("plan").1.chance_of_target,
            Some(1.0)
        );
        let wider = state.apply(Action::SetNumber(FieldId::BudgetConversion, "1-3".into()));
        let (_, wide) = wider.budget_simulation().expect("plan");
        assert!(
            wide.conversions.p90 - wide.conversions.p10 > sim.conversions.p90 - sim.conversions.p10
        );
        assert!(AppState::default()
            .budget_simulation()
            .expect("plan")
            .1
            .chance_of_target
            .is_none());
    }

    #[test]
    fn a_typical_value_makes_an_input_triangular() {
        let state = AppState::default().apply(Action::SetScenarioNumber(
            1,
            ScenarioField::Reach,
            "200k-250k-400k".into(),
        ));
        let s = state.scenarios[1].uncertain().expect("valid");
        assert_eq!(
            s.reach,
            Distribution::Triangular {
                low: 200_000.0,
                typical: 250_000.0,
                high: 400_000.0
            }
        );
        let broken = state.apply(Action::SetScenarioNumber(
            1,
            ScenarioField::Cost,
            "0".into(),
        ));
        // A cost of 0 cannot be compared: the scenario is left out of the simulation.
        assert!(broken.roi_uncertainty()[1].is_none());
        assert!(broken.roi_simulation().scenarios[1].is_none());
    }
}
