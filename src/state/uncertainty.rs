//! The state's inputs as the simulation sees them: every value typed as a range becomes an
//! uncertain input (uniform, or triangular with a typical value).

use super::fields::{scenario, NumberSpec, Value};
use super::{AppState, ScenarioInputs};
use crate::domain::roi;
use crate::domain::simulation::distribution::Distribution;
use crate::domain::simulation::roi::{simulate, RoiSimulation, UncertainScenario};
use crate::domain::simulation::DRAWS;

/// The spread a typed value stands for.
pub fn distribution(value: Value) -> Distribution {
    Distribution::from_ends(value.low, value.typical, value.high)
}

impl ScenarioInputs {
    /// The scenario with its spread; `None` when it cannot be computed (the deterministic
    /// comparison shows why).
    pub fn uncertain(&self) -> Option<UncertainScenario> {
        roi::evaluate(&self.to_domain()).ok()?;
        let spread = |spec: &NumberSpec| self.field(spec).value.map(distribution);
        Some(UncertainScenario {
            creators: spread(&scenario::CREATORS)?,
            cost_per_creator: spread(&scenario::COST)?,
            reach: spread(&scenario::REACH)?,
            engagement_rate_percent: spread(&scenario::ER)?,
            conversion_rate_percent: spread(&scenario::CONVERSION)?,
            average_order_value: spread(&scenario::ORDER_VALUE),
        })
    }
}

impl AppState {
    /// The ROI comparison simulated over [`DRAWS`] draws.
    pub fn roi_simulation(&self) -> RoiSimulation {
        let scenarios: Vec<_> = self
            .scenarios
            .iter()
            .map(ScenarioInputs::uncertain)
            .collect();
        simulate(&scenarios, DRAWS)
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
    fn a_typical_value_makes_an_input_triangular() {
        let state = AppState::default().apply(Action::SetScenarioNumber(
            1,
            scenario::REACH.key,
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
        let broken = state.apply(Action::SetScenarioNumber(1, scenario::COST.key, "0".into()));
        // A cost of 0 cannot be compared: the scenario is left out of the simulation.
        assert!(broken.scenarios[1].uncertain().is_none());
        assert!(broken.roi_simulation().scenarios[1].is_none());
    }
}
