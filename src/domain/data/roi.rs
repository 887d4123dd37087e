//! ROI: the figures, each with its provenance.

use crate::domain::source::{Provenance, Sourced};

/// A preset ROI scenario, as (low, high) pairs; see `roi::Scenario`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScenarioPreset {
    /// Name shown above the column.
    pub name: &'static str,
    /// Creators.
    pub creators: (f64, f64),
    /// Cost per creator, USD.
    pub cost_per_creator: (f64, f64),
    /// Total reach of the scenario (all creators together).
    pub reach: (f64, f64),
    /// Engagement rate, percent of reach.
    pub engagement_rate_percent: (f64, f64),
    /// Conversion rate, percent of the engaged audience.
    pub conversion_rate_percent: (f64, f64),
    /// Where the figures come from.
    pub provenance: &'static Provenance,
}

/// The conversion rate the guide uses for its ROI table, percent of the engaged audience.
pub const DEFAULT_CONVERSION_PERCENT: f64 = 2.0;
/// [`DEFAULT_CONVERSION_PERCENT`] with its provenance.
pub static DEFAULT_CONVERSION_RATE: Sourced<f64> = Sourced {
    value: DEFAULT_CONVERSION_PERCENT,
    provenance: &CONVERSION_PROV,
};
static CONVERSION_PROV: Provenance = Provenance::guide(
    "Real ROI comparison example: 'Est. Conversion (2%)' of the engaged audience, for both scenarios.",
);

static ROI_TABLE_1_PROV: Provenance = Provenance::guide(
    "Real ROI comparison example: 1 macro ($10,000, reach 750,000, 0.8%) against 5 micro ($2,000 each, combined reach 250,000, 5.5% average), 2% conversion.",
);
static ROI_EXAMPLE_2_PROV: Provenance = Provenance::guide(
    "Example campaign for $10,000: 10 micro × $1,000 (reach 300K–400K, 15K–20K engagements) against 1 macro × $10,000 (reach 400K, 3K–4K engagements). Engagement rates are engagements ÷ reach (5%; 0.75–1%); the example gives no conversion rate, so the first table's 2% is used.",
);

/// The guide's first ROI table: 1 macro against 5 micro.
pub static GUIDE_ROI_TABLE_1: [ScenarioPreset; 2] = [
    ScenarioPreset {
        name: "1 macro influencer",
        creators: (1.0, 1.0),
        cost_per_creator: (10_000.0, 10_000.0),
        reach: (750_000.0, 750_000.0),
        engagement_rate_percent: (0.8, 0.8),
        conversion_rate_percent: (2.0, 2.0),
        provenance: &ROI_TABLE_1_PROV,
    },
    ScenarioPreset {
        name: "5 micro influencers",
        creators: (5.0, 5.0),
        cost_per_creator: (2_000.0, 2_000.0),
        reach: (250_000.0, 250_000.0),
        engagement_rate_percent: (5.5, 5.5),
        conversion_rate_percent: (2.0, 2.0),
        provenance: &ROI_TABLE_1_PROV,
    },
];

/// The guide's second example: 1 macro against 10 micro, with ranges.
pub static GUIDE_ROI_EXAMPLE_2: [ScenarioPreset; 2] = [
    ScenarioPreset {
        name: "1 macro influencer",
        creators: (1.0, 1.0),
        cost_per_creator: (10_000.0, 10_000.0),
        reach: (400_000.0, 400_000.0),
        engagement_rate_percent: (0.75, 1.0),
        conversion_rate_percent: (2.0, 2.0),
        provenance: &ROI_EXAMPLE_2_PROV,
    },
    ScenarioPreset {
        name: "10 micro influencers",
        creators: (10.0, 10.0),
        cost_per_creator: (1_000.0, 1_000.0),
        reach: (300_000.0, 400_000.0),
        engagement_rate_percent: (5.0, 5.0),
        conversion_rate_percent: (2.0, 2.0),
        provenance: &ROI_EXAMPLE_2_PROV,
    },
];
