//! Rates: the figures, each with its provenance.

use crate::domain::source::{Provenance, Sourced, Verification};

/// What a micro creator charges for one deliverable: low, average and high, in USD.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MicroRates {
    /// Low end of the micro range.
    pub low: f64,
    /// Average.
    pub average: f64,
    /// High end of the micro range.
    pub high: f64,
    /// Where it comes from.
    pub provenance: &'static Provenance,
}

static RATE_IG_POST: Provenance = Provenance::guide(
    "Micro influencer rates, 2025: Instagram post average $600, range $200–2,000.",
);
static RATE_IG_STORY: Provenance = Provenance::guide(
    "Micro influencer rates, 2025: Instagram stories average $400, range $100–1,000.",
);
static RATE_IG_REEL: Provenance = Provenance::published(
    "Impulze",
    "Impulze price estimator, how it works",
    None,
    Verification::Verified,
    "The guide gives no reel rate: its Instagram post rates ($200–2,000, average $600) × Impulze's reel format multiplier 1.30 (post = 1.00).",
);
static RATE_TIKTOK: Provenance =
    Provenance::guide("Micro influencer rates, 2025: TikTok average $800, range $300–3,000.");
static RATE_YT_VIDEO: Provenance = Provenance::guide(
    "Micro influencer rates, 2025: YouTube average $1,500, range $500–5,000 per video.",
);
static RATE_YT_SHORT: Provenance = Provenance::published(
    "Impulze",
    "Impulze price estimator, how it works",
    None,
    Verification::Verified,
    "The guide gives no Shorts rate: its YouTube video rates ($500–5,000, average $1,500) × Impulze's Short-to-dedicated ratio 0.50 ÷ 2.20.",
);
static RATE_LINKEDIN: Provenance = Provenance::guide(
    "Micro influencer rates, 2025: LinkedIn $300–2,000 per post; the $700 average is the rate table's row whose platform name is missing, matching LinkedIn's range.",
);
static RATE_PIN: Provenance = Provenance::assumption(
    "No published Pinterest rate was found; a pin is a single image, usually repurposed, so 75% of the guide's Instagram post rates is used.",
);
static RATE_THREADS: Provenance = Provenance::assumption(
    "No published Threads rate was found; a text-first post costs less to make and Threads reach is smaller, so half the guide's Instagram post rates is used.",
);
static RATE_BLUESKY: Provenance = Provenance::assumption(
    "No published Bluesky rate was found; Buffer's 2025 study found about a third of Threads' mean engagements per post on Bluesky (21 vs 58), so a third of the Threads rates is used.",
);

/// The micro-tier rates of each deliverable, by [`Deliverable`](crate::domain::vocab::Deliverable)
/// slug order. See [`micro_rates`].
#[must_use]
pub fn micro_rates(d: crate::domain::vocab::Deliverable) -> MicroRates {
    use crate::domain::vocab::Deliverable as D;
    const fn r(low: f64, average: f64, high: f64, p: &'static Provenance) -> MicroRates {
        MicroRates {
            low,
            average,
            high,
            provenance: p,
        }
    }
    const SHORT: f64 = 0.50 / 2.20;
    match d {
        D::InstagramPost => r(200.0, 600.0, 2_000.0, &RATE_IG_POST),
        D::InstagramStory => r(100.0, 400.0, 1_000.0, &RATE_IG_STORY),
        D::InstagramReel => r(260.0, 780.0, 2_600.0, &RATE_IG_REEL),
        D::TikTokVideo => r(300.0, 800.0, 3_000.0, &RATE_TIKTOK),
        D::YouTubeVideo => r(500.0, 1_500.0, 5_000.0, &RATE_YT_VIDEO),
        D::YouTubeShort => r(
            500.0 * SHORT,
            1_500.0 * SHORT,
            5_000.0 * SHORT,
            &RATE_YT_SHORT,
        ),
        D::LinkedInPost => r(300.0, 700.0, 2_000.0, &RATE_LINKEDIN),
        D::PinterestPin => r(150.0, 450.0, 1_500.0, &RATE_PIN),
        D::ThreadsPost => r(100.0, 300.0, 1_000.0, &RATE_THREADS),
        D::BlueskyPost => r(100.0 / 3.0, 100.0, 1_000.0 / 3.0, &RATE_BLUESKY),
    }
}

/// The Instagram-post average the other tiers' rates are scaled from.
pub static RATE_REFERENCE_AVERAGE: f64 = 600.0;

/// Rates the guide gives by tier without naming a deliverable, in USD.
pub static RATE_NANO_LOW: Sourced<f64> = Sourced {
    value: 50.0,
    provenance: &RATE_NANO_PROV,
};
static RATE_NANO_PROV: Provenance =
    Provenance::guide("Nano influencers: lower costs ($50–500 per collaboration).");
/// Top of the macro tier's rates.
pub static RATE_MACRO_HIGH: Sourced<f64> = Sourced {
    value: 25_000.0,
    provenance: &RATE_MACRO_PROV,
};
static RATE_MACRO_PROV: Provenance =
    Provenance::guide("Macro influencers: higher costs ($2,000–25,000+ per post).");
/// Bottom of the mega tier's rates.
pub static RATE_MEGA_LOW: Sourced<f64> = Sourced {
    value: 50_000.0,
    provenance: &RATE_MEGA_PROV,
};
/// Top of the mega tier's rates.
pub static RATE_MEGA_HIGH: Sourced<f64> = Sourced {
    value: 500_000.0,
    provenance: &RATE_MEGA_PROV,
};
static RATE_MEGA_PROV: Provenance =
    Provenance::guide("Mega influencers: extremely high costs ($50,000–500,000+ per post).");
/// Rate at a single follower, as a share of the nano floor rate.
pub static RATE_BELOW_NANO_SHARE: Sourced<f64> = Sourced {
    value: 0.5,
    provenance: &RATE_BELOW_NANO_PROV,
};
static RATE_BELOW_NANO_PROV: Provenance = Provenance::assumption(
    "The guide's rates start at $50 for nano; below the nano floor creators are mostly paid in product, so cash rates fall to half of that at the smallest sizes.",
);
/// How far above the mega floor the top mega rate is reached (× the mega floor).
pub static RATE_MEGA_TOP_AT: Sourced<f64> = Sourced {
    value: 100.0,
    provenance: &RATE_MEGA_TOP_PROV,
};
static RATE_MEGA_TOP_PROV: Provenance = Provenance::assumption(
    "The guide gives $50,000–500,000+ for mega with no sizes; the top is placed at 100× the mega floor (100M on Instagram), where only the largest celebrity accounts sit, and held flat above.",
);
/// Provenance of scaling the guide's tier rates by deliverable.
pub static RATE_TIER_SCALING_PROV: Provenance = Provenance::assumption(
    "The guide's nano, macro and mega rates name no deliverable; they are read as Instagram-post rates and scaled by this deliverable's micro average ÷ $600.",
);
/// Provenance of placing rates on a log scale of followers between the anchors.
pub static RATE_CURVE_PROV: Provenance = Provenance::assumption(
    "Between the guide's figures the rate grows by the same factor for each multiple of followers: the micro low at the micro floor, the average at the band's middle counted in multiples (for 10K–100K, 31.6K: 3.16× the floor, and the ceiling 3.16× it), the micro high at the micro ceiling.",
);

/// How final prices are rounded: under each bound, to the nearest step (smallest bound
/// first); from the last bound, to [`RATE_ROUNDING_TOP_STEP`]. No price is below the first
/// step. Under $10 the step is 10 cents: a $5 step there moved a $2 price to $5.
pub const RATE_ROUNDING: [(f64, f64); 3] = [(10.0, 0.1), (1_000.0, 5.0), (10_000.0, 50.0)];
/// The rounding step from the last bound of [`RATE_ROUNDING`].
pub const RATE_ROUNDING_TOP_STEP: f64 = 500.0;

/// The low and high of a rate estimate as multiples of its typical value.
pub static RATE_SPREAD: Sourced<(f64, f64)> = Sourced {
    value: (0.7, 1.4),
    provenance: &RATE_SPREAD_PROV,
};
static RATE_SPREAD_PROV: Provenance = Provenance::published(
    "sponsorrate",
    "sponsorrate methodology page",
    None,
    Verification::Verified,
    "Estimates run from ×0.7 (minimum) to ×1.4 (maximum) of the central figure.",
);

/// The engagement factor's clamp, (min, max).
pub static RATE_ER_CLAMP: Sourced<(f64, f64)> = Sourced {
    value: (0.6, 2.2),
    provenance: &RATE_ER_PROV,
};
static RATE_ER_PROV: Provenance = Provenance::assumption(
    "Higher engagement means a higher price (guide). Impulze scales by ER ÷ 2.5% clamped to 0.6–2.2; here the square root of ER ÷ the tier's typical ER is used with the same clamp, because the guide prices its whole 3–8% micro range around one $600 average. A rate the guide grades Good or better (4%+) never prices below the tier's base (a factor of at least 1×), so that a good grade never lowers the price.",
);

/// Add-on uplifts as (low, typical, high) fractions of the rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Uplift {
    /// Low end, e.g. 0.20 for +20%.
    pub low: f64,
    /// Typical (the midpoint of the source's range).
    pub typical: f64,
    /// High end.
    pub high: f64,
    /// Where it comes from.
    pub provenance: &'static Provenance,
}

/// Usage rights, per started 90 days.
pub static USAGE_RIGHTS_PER_90_DAYS: Uplift = Uplift {
    low: 0.20,
    typical: 0.35,
    high: 0.50,
    provenance: &USAGE_PROV,
};
static USAGE_PROV: Provenance = Provenance::published(
    "Creamate",
    "Creamate rate calculator add-ons",
    None,
    Verification::Verified,
    "Usage rights +20–50% per 90 days; capped at three windows because useadmetrics prices perpetual rights at 3× a 3-month window.",
);
/// The most 90-day usage windows charged (perpetual rights).
pub static USAGE_RIGHTS_MAX_WINDOWS: u32 = 3;

/// Category exclusivity, per started 90 days.
pub static EXCLUSIVITY_PER_90_DAYS: Uplift = Uplift {
    low: 0.20,
    typical: 0.25,
    high: 0.30,
    provenance: &EXCLUSIVITY_PROV,
};
static EXCLUSIVITY_PROV: Provenance = Provenance::assumption(
    "Creamate prices category exclusivity at +20–30% without a duration; that is charged per started 90 days, up to four windows (a year).",
);
/// The most 90-day exclusivity windows charged.
pub static EXCLUSIVITY_MAX_WINDOWS: u32 = 4;

/// Whitelisting or paid boosting (Spark Ads).
pub static WHITELISTING: Uplift = Uplift {
    low: 0.30,
    typical: 0.65,
    high: 1.00,
    provenance: &WHITELISTING_PROV,
};
static WHITELISTING_PROV: Provenance = Provenance::published(
    "Creamate",
    "Creamate rate calculator add-ons",
    None,
    Verification::Verified,
    "Whitelisting (the brand runs paid ads from the creator's account, such as TikTok Spark Ads) +30–100%.",
);

/// Rush delivery (under 72 hours).
pub static RUSH: Uplift = Uplift {
    low: 0.25,
    typical: 0.25,
    high: 0.25,
    provenance: &RUSH_PROV,
};
static RUSH_PROV: Provenance = Provenance::published(
    "Creamate",
    "Creamate rate calculator add-ons",
    None,
    Verification::Verified,
    "Rush (under 72 hours) +25%.",
);

/// Per-post price factor of a three-post bundle: $1,500 for 3 instead of 3 × $600.
pub static BUNDLE_THREE_FACTOR: Sourced<f64> = Sourced {
    value: 1_500.0 / 1_800.0,
    provenance: &BUNDLE_THREE_PROV,
};
static BUNDLE_THREE_PROV: Provenance = Provenance::guide(
    "Negotiation: '3 posts for $1,500 instead of $600 each', a 16.7% discount; bundles of more posts get the same discount.",
);
/// Per-post price factor of a two-post bundle.
pub static BUNDLE_TWO_FACTOR: Sourced<f64> = Sourced {
    value: 1.0 - 300.0 / 1_800.0 / 2.0,
    provenance: &BUNDLE_TWO_PROV,
};
static BUNDLE_TWO_PROV: Provenance = Provenance::assumption(
    "The guide's bundle example is for three posts (16.7% off); a two-post bundle gets half that discount (8.3%).",
);
/// Per-post price factor of a monthly retainer.
pub static RETAINER_FACTOR: Sourced<f64> = Sourced {
    value: 0.80,
    provenance: &RETAINER_PROV,
};
static RETAINER_PROV: Provenance = Provenance::assumption(
    "The guide says a monthly retainer ('$2,000 for 2–3 posts') is often cheaper than per-post rates, without a percentage; 20% off is assumed, a little deeper than its 16.7% bundle discount because the commitment is longer.",
);
