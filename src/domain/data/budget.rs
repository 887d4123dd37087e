//! Budget: the figures, each with its provenance.

use crate::domain::source::{Provenance, Sourced};
use crate::domain::vocab::Tier;

/// The guide's budget rule for one tier: the share band, percent of the influencer budget.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShareBand {
    /// The tier.
    pub tier: Tier,
    /// Lowest recommended share, percent.
    pub low: f64,
    /// Highest recommended share, percent.
    pub high: f64,
    /// The default share, percent.
    pub default: f64,
}

/// The guide's rule: micro 50–60%, nano 25–35%, macro 5–15%.
pub const BUDGET_BANDS: [ShareBand; 3] = [
    ShareBand {
        tier: Tier::Nano,
        low: 25.0,
        high: 35.0,
        default: 30.0,
    },
    ShareBand {
        tier: Tier::Micro,
        low: 50.0,
        high: 60.0,
        default: 55.0,
    },
    ShareBand {
        tier: Tier::Macro,
        low: 5.0,
        high: 15.0,
        default: 15.0,
    },
];
/// Provenance of the share bands.
pub static BUDGET_BANDS_PROV: Provenance = Provenance::guide(
    "FAQ Q6: allocate 50–60% of the influencer budget to micro, 25–35% to nano and 5–15% to macro; with $10,000, $5,000–6,000 goes to micro.",
);
/// Provenance of the default shares.
pub static BUDGET_DEFAULTS_PROV: Provenance = Provenance::assumption(
    "The midpoints of the guide's bands (nano 30%, micro 55%, macro 10%) add up to only 95%, so nano and micro take their midpoints and macro the remaining 15%, the top of its band.",
);

/// Planning figures for one tier: what a creator costs and what a creator delivers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierPlanning {
    /// The tier.
    pub tier: Tier,
    /// Typical cost of one creator for one Instagram post, USD (scaled for other
    /// deliverables).
    pub rate: Sourced<f64>,
    /// Reach of one creator.
    pub reach_per_creator: Sourced<f64>,
    /// Engagement rate, percent of reach.
    pub engagement_rate_percent: Sourced<f64>,
}

static PLAN_NANO_RATE: Provenance = Provenance::assumption(
    "The guide gives nano rates as $50–500 with no average; the middle of that range counted in multiples, $160 (about $50 × 3.16, and $500 ÷ 3.16), is used.",
);
static PLAN_MICRO_RATE: Provenance =
    Provenance::guide("Micro influencer rates, 2025: Instagram post average $600.");
static PLAN_MACRO_RATE: Provenance = Provenance::guide(
    "Both ROI examples price one macro influencer at $10,000 (within the guide's $2,000–25,000+).",
);
static PLAN_NANO_REACH: Provenance = Provenance::assumption(
    "The guide gives no nano reach; like its micro and macro examples, reach is taken near the middle of the tier's follower band (1K–10K): 5,000.",
);
static PLAN_MICRO_REACH: Provenance = Provenance::guide(
    "Real ROI comparison example: 5 micro influencers reach 250,000 combined, 50,000 each.",
);
static PLAN_MACRO_REACH: Provenance =
    Provenance::guide("Real ROI comparison example: 1 macro influencer reaches 750,000.");
static PLAN_NANO_ER: Provenance = Provenance::guide(
    "Nano influencers: extremely high engagement rates (10–20%+); the midpoint, 15%, is used.",
);
static PLAN_MICRO_ER: Provenance =
    Provenance::guide("Real ROI comparison example: 5.5% average engagement for micro.");
static PLAN_MACRO_ER: Provenance =
    Provenance::guide("Real ROI comparison example: 0.8% engagement for the macro influencer.");

/// Planning figures for nano, micro and macro.
pub static TIER_PLANNING: [TierPlanning; 3] = [
    TierPlanning {
        tier: Tier::Nano,
        rate: Sourced {
            value: 160.0,
            provenance: &PLAN_NANO_RATE,
        },
        reach_per_creator: Sourced {
            value: 5_000.0,
            provenance: &PLAN_NANO_REACH,
        },
        engagement_rate_percent: Sourced {
            value: 15.0,
            provenance: &PLAN_NANO_ER,
        },
    },
    TierPlanning {
        tier: Tier::Micro,
        rate: Sourced {
            value: 600.0,
            provenance: &PLAN_MICRO_RATE,
        },
        reach_per_creator: Sourced {
            value: 50_000.0,
            provenance: &PLAN_MICRO_REACH,
        },
        engagement_rate_percent: Sourced {
            value: 5.5,
            provenance: &PLAN_MICRO_ER,
        },
    },
    TierPlanning {
        tier: Tier::Macro,
        rate: Sourced {
            value: 10_000.0,
            provenance: &PLAN_MACRO_RATE,
        },
        reach_per_creator: Sourced {
            value: 750_000.0,
            provenance: &PLAN_MACRO_REACH,
        },
        engagement_rate_percent: Sourced {
            value: 0.8,
            provenance: &PLAN_MACRO_ER,
        },
    },
];

/// How far each tier's engagement rate may sit from its planning figure, percent: (low,
/// high) for nano, micro and macro. The budget planner's simulation draws from these
/// (triangular, peaking at the planning figure).
pub static TIER_ENGAGEMENT_SPREAD: [Sourced<(f64, f64)>; 3] = [
    Sourced {
        value: (10.0, 20.0),
        provenance: &SPREAD_NANO_ER,
    },
    Sourced {
        value: (3.0, 8.0),
        provenance: &SPREAD_MICRO_ER,
    },
    Sourced {
        value: (0.75, 3.0),
        provenance: &SPREAD_MACRO_ER,
    },
];
static SPREAD_NANO_ER: Provenance =
    Provenance::guide("Nano influencers: extremely high engagement rates (10–20%+).");
static SPREAD_MICRO_ER: Provenance = Provenance::guide(
    "Micro influencers on Instagram: engagement rates typically range from 3–8%.",
);
static SPREAD_MACRO_ER: Provenance = Provenance::guide(
    "Macro influencers: lower engagement rates (1–3%); its ROI examples use 0.75–1% and 0.8%.",
);
