//! The budget plan under uncertainty: how many engagements and conversions the plan may
//! bring, and the chance that it reaches a target number of conversions.

use super::band::Band;
use super::distribution::Distribution;
use super::rng::SplitMix64;

/// One tier of a plan: the creators it pays for and their reach are fixed by the plan; the
/// engagement rate is uncertain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UncertainTier {
    /// Creators the tier's money pays for.
    pub creators: f64,
    /// Reach of one creator.
    pub reach_per_creator: f64,
    /// Engagement rate, percent of reach.
    pub engagement_rate_percent: Distribution,
}

/// A whole plan with its uncertain inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UncertainPlan {
    /// Nano, micro and macro.
    pub tiers: [UncertainTier; 3],
    /// Conversion rate, percent of engagements.
    pub conversion_rate_percent: Distribution,
}

/// What the simulation says about a plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanSimulation {
    /// Draws made.
    pub draws: usize,
    /// Engagements of all creators.
    pub engagements: Band,
    /// Conversions of all creators.
    pub conversions: Band,
    /// The share of draws with at least the target conversions, when a target is set.
    pub chance_of_target: Option<f64>,
}

impl UncertainPlan {
    /// (engagements, conversions) for one draw: `units` holds one number in `[0, 1)` for
    /// each tier's engagement rate, then one for the conversion rate.
    fn outcome(&self, units: &[f64; 4]) -> (f64, f64) {
        let engagements: f64 = self
            .tiers
            .iter()
            .zip(units)
            .map(|(t, u)| {
                t.creators * t.reach_per_creator * t.engagement_rate_percent.at(*u) / 100.0
            })
            .sum();
        let conversions = engagements * self.conversion_rate_percent.at(units[3]) / 100.0;
        (engagements, conversions)
    }

    /// Simulates the plan over `draws` draws; `None` when `draws` is 0 or a result is not
    /// a number.
    #[must_use]
    pub fn simulate(&self, target: Option<f64>, draws: usize) -> Option<PlanSimulation> {
        let mut rng = SplitMix64::new(super::SEED);
        let mut engagements = Vec::with_capacity(draws);
        let mut conversions = Vec::with_capacity(draws);
        for _ in 0..draws {
            let units = [(); 4].map(|()| rng.next_unit());
            let (e, c) = self.outcome(&units);
            engagements.push(e);
            conversions.push(c);
        }
        #[allow(clippy::cast_precision_loss)] // draws are far below 2^53
        let chance_of_target = target
            .map(|t| conversions.iter().filter(|c| **c >= t).count() as f64 / draws.max(1) as f64);
        Some(PlanSimulation {
            draws,
            engagements: Band::of(&engagements)?,
            conversions: Band::of(&conversions)?,
            chance_of_target,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(cr: Distribution) -> UncertainPlan {
        let tier = |creators, reach, er| UncertainTier {
            creators,
            reach_per_creator: reach,
            engagement_rate_percent: er,
        };
        UncertainPlan {
            tiers: [
                tier(18.0, 5_000.0, Distribution::Fixed(15.0)),
                tier(9.0, 50_000.0, Distribution::Fixed(5.5)),
                tier(0.0, 750_000.0, Distribution::Fixed(0.8)),
            ],
            conversion_rate_percent: cr,
        }
    }

    #[test]
    fn fixed_inputs_give_a_certain_answer() {
        // 18 × 5,000 × 15% + 9 × 50,000 × 5.5% = 13,500 + 24,750 = 38,250 engagements.
        let sim = plan(Distribution::Fixed(2.0))
            .simulate(Some(765.0), 1_000)
            .expect("sim");
        assert!((sim.engagements.median - 38_250.0).abs() < 1e-6);
        assert!((sim.conversions.median - 765.0).abs() < 1e-6);
        assert_eq!(sim.chance_of_target, Some(1.0));
        let sim = plan(Distribution::Fixed(2.0))
            .simulate(Some(766.0), 1_000)
            .expect("sim");
        assert_eq!(sim.chance_of_target, Some(0.0));
    }

    #[test]
    fn target_chance_follows_the_conversion_rate_range() {
        // Conversions = 38,250 × CR: uniform CR in 1–3% reaches 765 (CR ≥ 2%) half the time.
        let cr = Distribution::Uniform {
            low: 1.0,
            high: 3.0,
        };
        let sim = plan(cr).simulate(Some(765.0), 10_000).expect("sim");
        let chance = sim.chance_of_target.expect("target");
        assert!((chance - 0.5).abs() < 0.02, "{chance}");
        assert!((sim.conversions.p10 - 38_250.0 * 0.012).abs() < 38_250.0 * 0.0005);
        assert!((sim.conversions.p90 - 38_250.0 * 0.028).abs() < 38_250.0 * 0.0005);
    }
}
