//! The ROI comparison under uncertainty: bands for every scenario's results, and how often
//! each scenario has the lowest cost per conversion and per engagement.
//!
//! Common random numbers: every scenario is evaluated on the same draws (the same stream,
//! restarted from [`super::SEED`] for each scenario), so where two scenarios give a range
//! for the same input, they sit at the same point of their ranges in each draw, and a
//! difference between them is never sampling noise.

use super::band::Band;
use super::distribution::Distribution;
use super::rng::SplitMix64;

/// One scenario's inputs with their spread (see [`crate::domain::roi::Scenario`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UncertainScenario {
    /// How many creators.
    pub creators: Distribution,
    /// What each creator costs.
    pub cost_per_creator: Distribution,
    /// Total reach of the scenario.
    pub reach: Distribution,
    /// Engagement rate, percent of reach.
    pub engagement_rate_percent: Distribution,
    /// Conversion rate, percent of the engaged audience.
    pub conversion_rate_percent: Distribution,
    /// Average order value, when revenue is computed.
    pub average_order_value: Option<Distribution>,
}

impl UncertainScenario {
    fn inputs(&self) -> [Option<&Distribution>; 6] {
        [
            Some(&self.creators),
            Some(&self.cost_per_creator),
            Some(&self.reach),
            Some(&self.engagement_rate_percent),
            Some(&self.conversion_rate_percent),
            self.average_order_value.as_ref(),
        ]
    }

    /// True when any input is a range.
    #[must_use]
    pub fn is_uncertain(&self) -> bool {
        self.inputs().iter().flatten().any(|d| d.is_uncertain())
    }

    /// The results of one draw: `units` holds one number in `[0, 1)` per input.
    fn outcome(&self, units: &[f64; 6]) -> Draw {
        let creators = self.creators.at(units[0]);
        let cost = creators * self.cost_per_creator.at(units[1]);
        let reach = self.reach.at(units[2]);
        let engaged = reach * self.engagement_rate_percent.at(units[3]) / 100.0;
        let conversions = engaged * self.conversion_rate_percent.at(units[4]) / 100.0;
        let revenue = self
            .average_order_value
            .map(|aov| conversions * aov.at(units[5]));
        Draw {
            values: [
                cost,
                engaged,
                conversions,
                cost / conversions,
                cost / engaged,
                cost / reach * 1_000.0,
                revenue.unwrap_or(f64::NAN),
                revenue.map_or(f64::NAN, |r| r / cost),
            ],
        }
    }
}

/// A result the simulation gives a band for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Creators × cost per creator.
    TotalCost,
    /// Reach × engagement rate.
    Engaged,
    /// Engaged × conversion rate.
    Conversions,
    /// Total cost ÷ conversions.
    CostPerConversion,
    /// Total cost ÷ engaged.
    CostPerEngagement,
    /// Total cost ÷ reach × 1,000.
    CostPerThousandReached,
    /// Conversions × order value.
    Revenue,
    /// Revenue ÷ total cost.
    ReturnOnSpend,
}

impl Outcome {
    /// Every outcome, in the order of a draw's values.
    pub const ALL: [Self; 8] = [
        Self::TotalCost,
        Self::Engaged,
        Self::Conversions,
        Self::CostPerConversion,
        Self::CostPerEngagement,
        Self::CostPerThousandReached,
        Self::Revenue,
        Self::ReturnOnSpend,
    ];
}

struct Draw {
    values: [f64; 8],
}

/// The cost a comparison is about (lower is better).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    /// Cost per conversion.
    CostPerConversion,
    /// Cost per engagement.
    CostPerEngagement,
}

impl Compared {
    /// Both costs compared.
    pub const ALL: [Self; 2] = [Self::CostPerConversion, Self::CostPerEngagement];

    const fn outcome(self) -> Outcome {
        match self {
            Self::CostPerConversion => Outcome::CostPerConversion,
            Self::CostPerEngagement => Outcome::CostPerEngagement,
        }
    }
}

/// One scenario's simulated results.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioBands {
    /// A band per [`Outcome`], in the order of [`Outcome::ALL`]; `None` for revenue and
    /// return on spend without an order value.
    pub bands: [Option<Band>; 8],
}

impl ScenarioBands {
    /// The band of one outcome.
    #[must_use]
    pub fn band(&self, outcome: Outcome) -> Option<Band> {
        Outcome::ALL
            .iter()
            .position(|o| *o == outcome)
            .and_then(|i| self.bands[i])
    }
}

/// How often one scenario's cost is lower than another's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairChance {
    /// Index of the first scenario.
    pub first: usize,
    /// Index of the second scenario.
    pub second: usize,
    /// The cost compared.
    pub compared: Compared,
    /// Share of draws in which the first is lower (ties count half), 0 to 1.
    pub first_lower: f64,
}

/// The simulation of a whole comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct RoiSimulation {
    /// Draws made.
    pub draws: usize,
    /// Per scenario in input order; `None` for a scenario left out (invalid inputs).
    pub scenarios: Vec<Option<ScenarioBands>>,
    /// Per compared cost (order of [`Compared::ALL`]) and scenario: the share of draws in
    /// which that scenario has the lowest cost of all (ties shared).
    pub lowest: [Vec<f64>; 2],
    /// Every pair of simulated scenarios, first index below second, on both costs.
    pub pairs: Vec<PairChance>,
    /// True when any simulated input is a range.
    pub uncertain: bool,
}

impl RoiSimulation {
    /// The share of draws in which `scenario` has the lowest `compared` cost.
    #[must_use]
    pub fn lowest_share(&self, compared: Compared, scenario: usize) -> f64 {
        let list = &self.lowest[compared as usize];
        list.get(scenario).copied().unwrap_or(0.0)
    }
}

/// Simulates `scenarios` over `draws` draws (`None` entries are left out and keep their
/// place). Every scenario gets the same stream of draws. When no input is a range, every
/// draw is the same, so one draw gives exactly the shares and bands of `draws` draws: it is
/// all that is worked out (typing in a screen without ranges costs no simulation), and the
/// result still counts `draws`.
#[must_use]
pub fn simulate(scenarios: &[Option<UncertainScenario>], draws: usize) -> RoiSimulation {
    let uncertain = scenarios
        .iter()
        .flatten()
        .any(UncertainScenario::is_uncertain);
    if uncertain || draws == 0 {
        simulate_draws(scenarios, draws)
    } else {
        RoiSimulation {
            draws,
            ..simulate_draws(scenarios, 1)
        }
    }
}

/// [`simulate`], drawing every one of `draws` draws.
pub(super) fn simulate_draws(
    scenarios: &[Option<UncertainScenario>],
    draws: usize,
) -> RoiSimulation {
    let mut compared: Vec<[Vec<f64>; 2]> = Vec::with_capacity(scenarios.len());
    let mut bands = Vec::with_capacity(scenarios.len());
    let mut columns: [Vec<f64>; 8] = Default::default();
    for scenario in scenarios {
        let Some(s) = scenario else {
            compared.push([Vec::new(), Vec::new()]);
            bands.push(None);
            continue;
        };
        fill_columns(s, draws, &mut columns);
        let costs = Compared::ALL.map(|c| columns[c.outcome() as usize].clone());
        compared.push(costs);
        bands.push(Some(ScenarioBands {
            bands: columns.each_ref().map(|column| Band::of(column)),
        }));
    }
    let present: Vec<usize> = (0..scenarios.len())
        .filter(|i| scenarios[*i].is_some())
        .collect();
    RoiSimulation {
        draws,
        lowest: Compared::ALL.map(|c| lowest_shares(&compared, &present, c as usize, draws)),
        pairs: pair_chances(&compared, &present),
        scenarios: bands,
        uncertain: scenarios
            .iter()
            .flatten()
            .any(UncertainScenario::is_uncertain),
    }
}

/// Runs the draws of one scenario into one column per outcome.
fn fill_columns(s: &UncertainScenario, draws: usize, columns: &mut [Vec<f64>; 8]) {
    let mut rng = SplitMix64::new(super::SEED);
    for column in columns.iter_mut() {
        column.clear();
        column.reserve(draws);
    }
    for _ in 0..draws {
        let units = [(); 6].map(|()| rng.next_unit());
        let draw = s.outcome(&units);
        for (column, value) in columns.iter_mut().zip(draw.values) {
            column.push(value);
        }
    }
}

/// Per scenario, the share of draws in which its cost is the lowest of `present`.
fn lowest_shares(
    costs: &[[Vec<f64>; 2]],
    present: &[usize],
    which: usize,
    draws: usize,
) -> Vec<f64> {
    let mut wins = vec![0.0; costs.len()];
    if present.is_empty() || draws == 0 {
        return wins;
    }
    let mut tied = Vec::with_capacity(present.len());
    #[allow(clippy::needless_range_loop)] // k indexes one column of every scenario
    for k in 0..draws {
        let min = present
            .iter()
            .map(|&i| costs[i][which][k])
            .fold(f64::INFINITY, f64::min);
        tied.clear();
        tied.extend(
            present
                .iter()
                .copied()
                .filter(|&i| costs[i][which][k] <= min),
        );
        #[allow(clippy::cast_precision_loss)] // at most a dozen scenarios
        let credit = 1.0 / tied.len().max(1) as f64;
        for &i in &tied {
            wins[i] += credit;
        }
    }
    #[allow(clippy::cast_precision_loss)] // draws are far below 2^53
    let n = draws as f64;
    wins.iter().map(|w| w / n).collect()
}

/// Every pair's chance of the first being lower, ties counted half.
fn pair_chances(costs: &[[Vec<f64>; 2]], present: &[usize]) -> Vec<PairChance> {
    let mut pairs = Vec::new();
    for (x, &first) in present.iter().enumerate() {
        for &second in &present[x + 1..] {
            for compared in Compared::ALL {
                let a = &costs[first][compared as usize];
                let b = &costs[second][compared as usize];
                pairs.push(PairChance {
                    first,
                    second,
                    compared,
                    first_lower: share_lower(a, b),
                });
            }
        }
    }
    pairs
}

/// The share of positions where `a` is below `b`, ties counted half.
fn share_lower(a: &[f64], b: &[f64]) -> f64 {
    if a.is_empty() {
        return 0.5;
    }
    let score: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| match x.total_cmp(y) {
            std::cmp::Ordering::Less => 1.0,
            std::cmp::Ordering::Equal => 0.5,
            std::cmp::Ordering::Greater => 0.0,
        })
        .sum();
    #[allow(clippy::cast_precision_loss)] // draws are far below 2^53
    let n = a.len() as f64;
    score / n
}

/// What the simulation says about one cost, for the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// No input is a range: the answer holds for the figures given.
    Certain {
        /// The scenario with the lowest cost.
        leader: usize,
    },
    /// One scenario is lowest in at least [`super::WINNER_THRESHOLD`] of the draws.
    Winner {
        /// The scenario.
        leader: usize,
        /// Its share of the draws.
        share: f64,
    },
    /// No scenario is lowest often enough to be named.
    NoClearWinner {
        /// The scenario lowest most often.
        leader: usize,
        /// Its share of the draws.
        share: f64,
        /// The one lowest next most often, with its share.
        runner_up: Option<(usize, f64)>,
    },
}

impl RoiSimulation {
    /// The verdict on one cost; `None` with fewer than two simulated scenarios.
    #[must_use]
    pub fn verdict(&self, compared: Compared) -> Option<Verdict> {
        let shares = &self.lowest[compared as usize];
        let mut ranked: Vec<(usize, f64)> = self
            .scenarios
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_some())
            .map(|(i, _)| (i, shares.get(i).copied().unwrap_or(0.0)))
            .collect();
        if ranked.len() < 2 {
            return None;
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (leader, share) = ranked[0];
        Some(if !self.uncertain && share >= 1.0 {
            Verdict::Certain { leader }
        } else if share >= super::WINNER_THRESHOLD {
            Verdict::Winner { leader, share }
        } else {
            Verdict::NoClearWinner {
                leader,
                share,
                runner_up: ranked.get(1).copied(),
            }
        })
    }
}
