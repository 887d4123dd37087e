//! Every default figure, with where it comes from.
//!
//! Nothing else in the domain hard-codes a figure the user could question: tier bounds,
//! engagement benchmarks, rate anchors, add-on prices, ROI presets, budget rules and
//! authenticity thresholds all live here with a [`Provenance`]. A figure taken from the
//! guide says so; a figure from the market research names its source and year; anything
//! else is an [`Assumption`](crate::domain::source::Source::Assumption) with a one-sentence
//! reason the UI can show.

use super::source::{Provenance, Sourced, Verification};
use super::vocab::Platform;
use super::vocab::Tier;

// ---------------------------------------------------------------------------------------
// Tiers
// ---------------------------------------------------------------------------------------

/// The follower counts at which each tier starts on one platform, with the provenance of
/// each band (below nano, nano, micro, macro, mega).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierThresholds {
    /// First follower count of the nano tier (everything below is "below nano").
    pub nano_floor: u64,
    /// First follower count of the micro tier.
    pub micro_floor: u64,
    /// First follower count of the macro tier (the micro ceiling, exclusive).
    pub macro_floor: u64,
    /// First follower count of the mega tier (the macro ceiling, exclusive).
    pub mega_floor: u64,
    /// Provenance of each band, in the order below nano, nano, micro, macro, mega.
    pub provenance: [&'static Provenance; 5],
}

static GUIDE_BELOW_NANO: Provenance =
    Provenance::guide("Below the guide's nano floor of 1,000 followers.");
static GUIDE_NANO: Provenance = Provenance::guide("Nano influencers: 1,000–10,000 followers.");
static GUIDE_MACRO: Provenance =
    Provenance::guide("Macro influencers: 100,000–1,000,000 followers.");
static GUIDE_MEGA: Provenance =
    Provenance::guide("Mega and celebrity influencers: 1,000,000+ followers.");

static IG_MICRO: Provenance =
    Provenance::guide("Instagram: 10,000–100,000 followers (the original standard).");
static YT_MICRO: Provenance = Provenance::guide("YouTube: 10,000–100,000 subscribers.");
static YT_NANO: Provenance = Provenance::guide(
    "The guide's nano tier (1,000–10,000) below its YouTube micro floor of 10,000 subscribers.",
);

static TT_NANO: Provenance = Provenance::guide(
    "Floor from the guide's nano tier (1,000); ceiling is the guide's TikTok micro floor (20,000).",
);
static TT_MICRO: Provenance = Provenance::guide("TikTok: 20,000–500,000 followers.");
// The guide gives no TikTok macro ceiling. Its TikTok micro band is 2× (floor) to 5×
// (ceiling) Instagram's, so the mega floor is scaled by the same 5×.
static TT_MACRO: Provenance = Provenance::assumption(
    "The guide gives no TikTok macro ceiling; TikTok's micro ceiling is 5× Instagram's (500K vs 100K), so Instagram's 1M mega floor is scaled ×5 to 5M.",
);
static TT_MEGA: Provenance = Provenance::assumption(
    "The guide gives no TikTok mega floor; Instagram's 1M is scaled ×5 to 5M, as TikTok's micro ceiling is 5× Instagram's.",
);

// LinkedIn, Pinterest and Threads: the guide gives a 5K–50K micro band (half of
// Instagram's) and nothing else, so Instagram's other bounds are halved.
static LI_BELOW_NANO: Provenance = Provenance::assumption(
    "The guide gives no LinkedIn nano floor; its LinkedIn micro band (5K–50K) is half of Instagram's, so Instagram's 1,000 nano floor is halved to 500.",
);
static LI_NANO: Provenance = LI_BELOW_NANO;
static LI_MICRO: Provenance =
    Provenance::guide("LinkedIn: 5,000–50,000 connections (B2B context).");
static LI_MACRO: Provenance = Provenance::assumption(
    "The guide gives no LinkedIn macro or mega bound; its LinkedIn micro band is half of Instagram's, so Instagram's 1M mega floor is halved to 500K (the anchors blog, 2025 [S], also puts LinkedIn macro at 100–500K+).",
);
static LI_MEGA: Provenance = LI_MACRO;

static PIN_BELOW_NANO: Provenance = Provenance::assumption(
    "The guide gives no Pinterest nano floor; its Pinterest micro band (5K–50K) is half of Instagram's, so Instagram's 1,000 nano floor is halved to 500.",
);
static PIN_NANO: Provenance = PIN_BELOW_NANO;
static PIN_MICRO: Provenance =
    Provenance::guide("Emerging platforms: Pinterest 5,000–50,000 followers.");
static PIN_MACRO: Provenance = Provenance::assumption(
    "The guide gives no Pinterest macro or mega bound; its Pinterest micro band is half of Instagram's, so Instagram's 1M mega floor is halved to 500K.",
);
static PIN_MEGA: Provenance = PIN_MACRO;

static THR_BELOW_NANO: Provenance = Provenance::assumption(
    "The guide gives no Threads nano floor; its Threads micro band (5K–50K) is half of Instagram's, so Instagram's 1,000 nano floor is halved to 500.",
);
static THR_NANO: Provenance = THR_BELOW_NANO;
static THR_MICRO: Provenance =
    Provenance::guide("Emerging platforms: Threads 5,000–50,000 followers.");
static THR_MACRO: Provenance = Provenance::assumption(
    "The guide gives no Threads macro or mega bound; its Threads micro band is half of Instagram's, so Instagram's 1M mega floor is halved to 500K.",
);
static THR_MEGA: Provenance = THR_MACRO;

// Bluesky: "growing from baseline", no figure at all. The guide groups it with Pinterest
// and Threads, so their bands are reused.
static BSKY_ALL: Provenance = Provenance::assumption(
    "The guide lists Bluesky as an emerging platform 'growing from baseline' with no figure, so the bands it gives the other emerging platforms (Pinterest and Threads: micro 5K–50K) are reused.",
);

static INSTAGRAM_TIERS: TierThresholds = TierThresholds {
    nano_floor: 1_000,
    micro_floor: 10_000,
    macro_floor: 100_000,
    mega_floor: 1_000_000,
    provenance: [
        &GUIDE_BELOW_NANO,
        &GUIDE_NANO,
        &IG_MICRO,
        &GUIDE_MACRO,
        &GUIDE_MEGA,
    ],
};

static TIKTOK_TIERS: TierThresholds = TierThresholds {
    nano_floor: 1_000,
    micro_floor: 20_000,
    macro_floor: 500_000,
    mega_floor: 5_000_000,
    provenance: [&GUIDE_BELOW_NANO, &TT_NANO, &TT_MICRO, &TT_MACRO, &TT_MEGA],
};

static YOUTUBE_TIERS: TierThresholds = TierThresholds {
    nano_floor: 1_000,
    micro_floor: 10_000,
    macro_floor: 100_000,
    mega_floor: 1_000_000,
    provenance: [
        &GUIDE_BELOW_NANO,
        &YT_NANO,
        &YT_MICRO,
        &GUIDE_MACRO,
        &GUIDE_MEGA,
    ],
};

static LINKEDIN_TIERS: TierThresholds = TierThresholds {
    nano_floor: 500,
    micro_floor: 5_000,
    macro_floor: 50_000,
    mega_floor: 500_000,
    provenance: [&LI_BELOW_NANO, &LI_NANO, &LI_MICRO, &LI_MACRO, &LI_MEGA],
};

static PINTEREST_TIERS: TierThresholds = TierThresholds {
    nano_floor: 500,
    micro_floor: 5_000,
    macro_floor: 50_000,
    mega_floor: 500_000,
    provenance: [
        &PIN_BELOW_NANO,
        &PIN_NANO,
        &PIN_MICRO,
        &PIN_MACRO,
        &PIN_MEGA,
    ],
};

static THREADS_TIERS: TierThresholds = TierThresholds {
    nano_floor: 500,
    micro_floor: 5_000,
    macro_floor: 50_000,
    mega_floor: 500_000,
    provenance: [
        &THR_BELOW_NANO,
        &THR_NANO,
        &THR_MICRO,
        &THR_MACRO,
        &THR_MEGA,
    ],
};

static BLUESKY_TIERS: TierThresholds = TierThresholds {
    nano_floor: 500,
    micro_floor: 5_000,
    macro_floor: 50_000,
    mega_floor: 500_000,
    provenance: [&BSKY_ALL, &BSKY_ALL, &BSKY_ALL, &BSKY_ALL, &BSKY_ALL],
};

/// The tier thresholds of a platform.
#[must_use]
pub fn tier_thresholds(platform: Platform) -> &'static TierThresholds {
    match platform {
        Platform::Instagram => &INSTAGRAM_TIERS,
        Platform::TikTok => &TIKTOK_TIERS,
        Platform::YouTube => &YOUTUBE_TIERS,
        Platform::LinkedIn => &LINKEDIN_TIERS,
        Platform::Pinterest => &PINTEREST_TIERS,
        Platform::Threads => &THREADS_TIERS,
        Platform::Bluesky => &BLUESKY_TIERS,
    }
}

/// The engagement rate (percent, by followers) from which an account above the micro
/// ceiling "can act as a micro influencer".
pub static NICHE_MICRO_ER_PERCENT: f64 = 8.0;

/// Provenance of [`NICHE_MICRO_ER_PERCENT`].
pub static NICHE_MICRO_ER_PROVENANCE: Provenance = Provenance::guide(
    "FAQ Q3: someone with 500K followers 'might function as a micro influencer if they have a highly niche audience with 8%+ engagement'.",
);

// ---------------------------------------------------------------------------------------
// Engagement
// ---------------------------------------------------------------------------------------

/// The guide's grade lines, in percent: Excellent from 8, Good from 4, Average from 2,
/// Poor below 2.
pub static GRADE_EXCELLENT_FROM: f64 = 8.0;
/// See [`GRADE_EXCELLENT_FROM`].
pub static GRADE_GOOD_FROM: f64 = 4.0;
/// See [`GRADE_EXCELLENT_FROM`].
pub static GRADE_AVERAGE_FROM: f64 = 2.0;
/// Provenance of the grade lines.
pub static GRADE_PROVENANCE: Provenance = Provenance::guide(
    "Engagement rate grades: Excellent 8%+, Good 4–8%, Average 2–4%, Poor below 2%.",
);

/// The guide's comment-to-like line, in percent: 5% or more is healthy.
pub static COMMENT_LIKE_GUIDE_PERCENT: f64 = 5.0;
/// Provenance of [`COMMENT_LIKE_GUIDE_PERCENT`].
pub static COMMENT_LIKE_GUIDE_PROVENANCE: Provenance = Provenance::guide(
    "Comment-to-like ratio: 5% or higher (a post with 1,000 likes has 50+ comments).",
);
/// Below this comment-to-like ratio, in percent, comments are very thin: SpendVet's healthy
/// range is 2–5 comments per 100 likes.
pub static COMMENT_LIKE_FLOOR_PERCENT: f64 = 2.0;
/// Provenance of [`COMMENT_LIKE_FLOOR_PERCENT`].
pub static COMMENT_LIKE_FLOOR_PROVENANCE: Provenance = Provenance::published(
    "SpendVet",
    "SpendVet Fake Follower Risk Checker",
    None,
    Verification::Verified,
    "Healthy comment density is 2–5 comments per 100 likes; below 2 is outside it.",
);

/// What an engagement rate is divided by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RateBasis {
    /// Engagements ÷ followers (the guide's formula).
    Followers,
    /// Engagements ÷ accounts reached.
    Reach,
    /// Engagements ÷ impressions.
    Impressions,
    /// Engagements ÷ views.
    Views,
}

impl RateBasis {
    /// "followers", "reach", "impressions" or "views".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Followers => "followers",
            Self::Reach => "reach",
            Self::Impressions => "impressions",
            Self::Views => "views",
        }
    }
}

/// A published or assumed engagement-rate range for a platform and tier, in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ErBenchmark {
    /// Low end, percent.
    pub low: f64,
    /// Typical value, percent (the midpoint of the range unless the source gives one).
    pub typical: f64,
    /// High end, percent.
    pub high: f64,
    /// The denominator the source uses.
    pub basis: RateBasis,
    /// Where it comes from.
    pub provenance: &'static Provenance,
}

const fn bm(low: f64, typical: f64, high: f64, p: &'static Provenance) -> ErBenchmark {
    ErBenchmark {
        low,
        typical,
        high,
        basis: RateBasis::Followers,
        provenance: p,
    }
}

const fn bmv(low: f64, high: f64, p: &'static Provenance) -> ErBenchmark {
    ErBenchmark {
        low,
        typical: (low + high) / 2.0,
        high,
        basis: RateBasis::Views,
        provenance: p,
    }
}

static ER_GUIDE_NANO: Provenance =
    Provenance::guide("Nano influencers: extremely high engagement rates (10–20%+).");
static ER_GUIDE_IG_MICRO: Provenance = Provenance::guide(
    "Instagram micro: engagement rates typically range from 3–8%; the ROI table uses 5.5% as the micro average.",
);
static ER_GUIDE_MACRO: Provenance =
    Provenance::guide("Macro influencers: lower engagement rates (1–3%).");
static ER_GUIDE_MEGA: Provenance =
    Provenance::guide("Mega influencers: engagement rates often fall below 0.5%.");
static ER_BELOW_NANO: Provenance = Provenance::assumption(
    "The guide gives no engagement figure under the nano floor; very small accounts engage at least as much as nano ones, so the nano range (10–20%) is reused.",
);
static ER_TT_MICRO: Provenance = Provenance::assumption(
    "The guide says TikTok micro engagement 'often exceeds 10%' with no upper figure, so 10% is the low end and the nano top (20%) the high end.",
);
static ER_OTHER_MICRO: Provenance = Provenance::assumption(
    "No micro engagement figure found for this platform; the guide's Instagram micro range (3–8%) is used.",
);
static ER_OTHER_NANO: Provenance = Provenance::assumption(
    "No nano engagement figure found for this platform; the guide's general nano range (10–20%) is used.",
);
static ER_OTHER_MACRO: Provenance = Provenance::assumption(
    "No macro engagement figure found for this platform; the guide's general macro range (1–3%) is used.",
);
static ER_OTHER_MEGA: Provenance = Provenance::assumption(
    "No mega engagement figure found for this platform; the guide's general mega figure (below 0.5%) is used.",
);
static ER_TT_GENERAL_MACRO: Provenance = Provenance::guide(
    "Macro influencers: lower engagement rates (1–3%); stated for the tier in general, not TikTok alone.",
);
static ER_TT_GENERAL_MEGA: Provenance = Provenance::guide(
    "Mega influencers: engagement rates often fall below 0.5%; stated for the tier in general.",
);
static ER_TT_GENERAL_NANO: Provenance = Provenance::guide(
    "Nano influencers: 10–20%+; stated for the tier in general, not TikTok alone.",
);
static ER_LI_MICRO: Provenance = Provenance::published(
    "anchors blog",
    "anchors blog, LinkedIn creators, 2025",
    Some(2025),
    Verification::Secondary,
    "LinkedIn micro creators 3–6% engagement.",
);
static ER_LI_MACRO: Provenance = Provenance::published(
    "anchors blog",
    "anchors blog, LinkedIn creators, 2025",
    Some(2025),
    Verification::Secondary,
    "LinkedIn macro creators 1–2% engagement.",
);
static ER_MODASH_TT: Provenance = Provenance::published(
    "Modash",
    "Modash TikTok engagement benchmarks, Nov 2025",
    Some(2025),
    Verification::Verified,
    "'Average' band, median engagements ÷ median views, spanning the Modash follower bands inside this tier. The Mar 2023 version of the same table was 5–10× lower.",
);
static ER_MODASH_YT: Provenance = Provenance::published(
    "Modash",
    "Modash YouTube engagement benchmarks",
    None,
    Verification::Verified,
    "'Average' band, by views, spanning the Modash subscriber bands inside this tier.",
);

/// The engagement-rate benchmark by followers for a platform and tier.
#[must_use]
pub fn er_benchmark(platform: Platform, tier: Tier) -> ErBenchmark {
    use Platform as P;
    use Tier as T;
    match (platform, tier) {
        (_, T::BelowNano) => bm(10.0, 15.0, 20.0, &ER_BELOW_NANO),
        (P::Instagram, T::Nano) => bm(10.0, 15.0, 20.0, &ER_GUIDE_NANO),
        (P::TikTok, T::Nano) => bm(10.0, 15.0, 20.0, &ER_TT_GENERAL_NANO),
        (_, T::Nano) => bm(10.0, 15.0, 20.0, &ER_OTHER_NANO),
        (P::Instagram, T::Micro) => bm(3.0, 5.5, 8.0, &ER_GUIDE_IG_MICRO),
        (P::TikTok, T::Micro) => bm(10.0, 15.0, 20.0, &ER_TT_MICRO),
        (P::LinkedIn, T::Micro) => bm(3.0, 4.5, 6.0, &ER_LI_MICRO),
        (_, T::Micro) => bm(3.0, 5.5, 8.0, &ER_OTHER_MICRO),
        (P::Instagram, T::Macro) => bm(1.0, 2.0, 3.0, &ER_GUIDE_MACRO),
        (P::TikTok, T::Macro) => bm(1.0, 2.0, 3.0, &ER_TT_GENERAL_MACRO),
        (P::LinkedIn, T::Macro) => bm(1.0, 1.5, 2.0, &ER_LI_MACRO),
        (_, T::Macro) => bm(1.0, 2.0, 3.0, &ER_OTHER_MACRO),
        (P::Instagram, T::Mega) => bm(0.0, 0.25, 0.5, &ER_GUIDE_MEGA),
        (P::TikTok, T::Mega) => bm(0.0, 0.25, 0.5, &ER_TT_GENERAL_MEGA),
        (_, T::Mega) => bm(0.0, 0.25, 0.5, &ER_OTHER_MEGA),
    }
}

/// The engagement-rate benchmark by views, where a source gives one (TikTok and YouTube,
/// from nano up).
#[must_use]
pub fn er_views_benchmark(platform: Platform, tier: Tier) -> Option<ErBenchmark> {
    use Platform as P;
    use Tier as T;
    match (platform, tier) {
        // TikTok tiers span these Modash bands: nano 1–20K → 1–5K, 5–10K, 10–50K;
        // micro 20–500K → 10–50K, 50–100K, 100–500K; macro 500K–5M → 500K–1M, 1M+;
        // mega 5M+ → 1M+.
        (P::TikTok, T::Nano) => Some(bmv(8.38, 14.04, &ER_MODASH_TT)),
        (P::TikTok, T::Micro) => Some(bmv(6.66, 9.37, &ER_MODASH_TT)),
        (P::TikTok, T::Macro) => Some(bmv(6.19, 6.85, &ER_MODASH_TT)),
        (P::TikTok, T::Mega) => Some(bmv(6.20, 6.84, &ER_MODASH_TT)),
        (P::YouTube, T::Nano) => Some(bmv(0.59, 2.02, &ER_MODASH_YT)),
        (P::YouTube, T::Micro) => Some(bmv(0.23, 0.51, &ER_MODASH_YT)),
        (P::YouTube, T::Macro) => Some(bmv(0.16, 0.27, &ER_MODASH_YT)),
        (P::YouTube, T::Mega) => Some(bmv(0.13, 0.18, &ER_MODASH_YT)),
        _ => None,
    }
}

/// How far above the larger of the tier's benchmark top and the guide's 8% "Excellent" line
/// an engagement rate (by followers) must be before it is flagged as implausible.
pub static SUSPICION_FACTOR: f64 = 2.0;
/// Provenance of [`SUSPICION_FACTOR`].
pub static SUSPICION_PROVENANCE: Provenance = Provenance::assumption(
    "The guide praises 8%+ and names engagement that does not match the follower count as a red flag, without a figure; a rate more than twice the higher of the tier's benchmark top and 8% is treated as implausible (bought likes, engagement pods).",
);

/// The engagement rate (by followers, percent) above which a rate is implausible for the
/// tier: [`SUSPICION_FACTOR`] × max(benchmark high, 8%).
#[must_use]
pub fn suspicion_ceiling(platform: Platform, tier: Tier) -> f64 {
    SUSPICION_FACTOR * er_benchmark(platform, tier).high.max(GRADE_EXCELLENT_FROM)
}

// ---------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------

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
pub fn micro_rates(d: super::vocab::Deliverable) -> MicroRates {
    use super::vocab::Deliverable as D;
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
    "Between the guide's figures the rate grows on a log scale of followers: the micro low at the micro floor, the average at the band's log midpoint, the micro high at the micro ceiling.",
);

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
    "Higher engagement means a higher price (guide). Impulze scales by ER ÷ 2.5% clamped to 0.6–2.2; here the square root of ER ÷ the tier's typical ER is used with the same clamp, because the guide prices its whole 3–8% micro range around one $600 average.",
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
    "Usage rights +20–50% per 90 days; capped at three windows because useadmetrics [V] prices perpetual rights at 3× a 3-month window.",
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
    "Creamate [V] prices category exclusivity at +20–30% without a duration; that is charged per started 90 days, up to four windows (a year).",
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
    "Whitelisting / Spark Ads +30–100%.",
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

// ---------------------------------------------------------------------------------------
// ROI
// ---------------------------------------------------------------------------------------

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
pub static DEFAULT_CONVERSION_RATE: Sourced<f64> = Sourced {
    value: 2.0,
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

// ---------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------

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
pub static BUDGET_BANDS: [ShareBand; 3] = [
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
    "The guide gives nano rates as $50–500 with no average; the midpoint on a log scale, $160, is used.",
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

// ---------------------------------------------------------------------------------------
// Authenticity
// ---------------------------------------------------------------------------------------

/// Organic monthly follower growth, percent: (low, high).
pub static ORGANIC_GROWTH: Sourced<(f64, f64)> = Sourced {
    value: (2.0, 10.0),
    provenance: &ORGANIC_PROV,
};
static ORGANIC_PROV: Provenance = Provenance::guide(
    "Growth pattern: organic growth (consistent, 2–10% monthly) is healthy; sudden spikes are suspicious; flat or declining may indicate an inactive account.",
);
/// Monthly growth above this, percent, is a spike.
pub static SPIKE_GROWTH: Sourced<f64> = Sourced {
    value: 20.0,
    provenance: &SPIKE_PROV,
};
static SPIKE_PROV: Provenance = Provenance::assumption(
    "The guide calls sudden spikes suspicious without a figure ('gaining 50K followers in a week'); growth above twice its 10% organic ceiling in one month is treated as a spike.",
);

/// Engagement as a share of the tier's typical rate below which it is a strong red flag,
/// and below which it is a mild one.
pub static LOW_ENGAGEMENT_RATIOS: Sourced<(f64, f64)> = Sourced {
    value: (0.10, 0.25),
    provenance: &LOW_ER_PROV,
};
static LOW_ER_PROV: Provenance = Provenance::assumption(
    "The guide's red flag, 100K followers with 50 likes a post, is 0.05%: a fortieth of the typical macro rate (2%). Under a tenth of the tier's typical rate is treated as that red flag, under a quarter as a milder one.",
);

/// Fake share of a follower sample, percent: (elevated from, high from).
pub static FAKE_SHARE_LINES: Sourced<(f64, f64)> = Sourced {
    value: (10.0, 25.0),
    provenance: &FAKE_LINES_PROV,
};
static FAKE_LINES_PROV: Provenance = Provenance::published(
    "Modash; HypeAuditor",
    "Modash followers credibility help; HypeAuditor-based agency test",
    None,
    Verification::Verified,
    "Modash [V]: credibility under 75% (over 25% not credible) is often a sign of fraud; an agency test based on HypeAuditor [S] treats over 10% mass followers as suspicious.",
);
/// The guide's statement on inflation.
pub static INFLATION_PROV: Provenance = Provenance::guide(
    "Misconception #3: for micro influencers, '5,000 fake followers represents a 20% inflation' (of a 25,000 count): inflation = fake ÷ the displayed follower count.",
);

/// Risk points per signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskPoints {
    /// First month of spiky growth.
    pub spike: u8,
    /// Each further spike month.
    pub extra_spike: u8,
    /// Most points for spikes in total.
    pub spike_cap: u8,
    /// Any month above organic growth but not a spike.
    pub above_organic: u8,
    /// Growth flat over the period.
    pub flat: u8,
    /// Followers fell over the period.
    pub declining: u8,
    /// Engagement under a tenth of the tier's typical.
    pub engagement_far_below: u8,
    /// Engagement under a quarter of the tier's typical.
    pub engagement_below: u8,
    /// Engagement implausibly high for the tier.
    pub engagement_implausible: u8,
    /// Comment-to-like under 2%.
    pub comments_very_low: u8,
    /// Comment-to-like under the guide's 5%.
    pub comments_below_guide: u8,
    /// Fake sample at or above the high line.
    pub fake_high: u8,
    /// Fake sample at or above the elevated line.
    pub fake_elevated: u8,
}

/// The points behind the 0–100 risk score.
pub static RISK_POINTS: Sourced<RiskPoints> = Sourced {
    value: RiskPoints {
        spike: 25,
        extra_spike: 10,
        spike_cap: 35,
        above_organic: 10,
        flat: 5,
        declining: 10,
        engagement_far_below: 30,
        engagement_below: 15,
        engagement_implausible: 20,
        comments_very_low: 15,
        comments_below_guide: 5,
        fake_high: 35,
        fake_elevated: 20,
    },
    provenance: &RISK_POINTS_PROV,
};
static RISK_POINTS_PROV: Provenance = Provenance::assumption(
    "The guide lists red flags but does not weigh them; points are set so that a fake-follower sample, a growth spike or dead engagement each move the score most, and several together reach the 50+ high-risk level; flat or falling growth (an inactive account, per the guide) counts least.",
);
/// Risk levels: moderate from the first value, high from the second.
pub static RISK_LEVELS: Sourced<(u8, u8)> = Sourced {
    value: (25, 50),
    provenance: &RISK_LEVELS_PROV,
};
static RISK_LEVELS_PROV: Provenance = Provenance::assumption(
    "One strong red flag (25+ points) makes the risk moderate; two, or one with supporting signals (50+), make it high.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_ascend_on_every_platform() {
        for p in Platform::ALL {
            let t = tier_thresholds(p);
            assert!(t.nano_floor > 1, "{p:?}");
            assert!(t.nano_floor < t.micro_floor, "{p:?}");
            assert!(t.micro_floor < t.macro_floor, "{p:?}");
            assert!(t.macro_floor < t.mega_floor, "{p:?}");
        }
    }

    #[test]
    fn guide_micro_bands() {
        let cases = [
            (Platform::Instagram, 10_000, 100_000),
            (Platform::TikTok, 20_000, 500_000),
            (Platform::YouTube, 10_000, 100_000),
            (Platform::LinkedIn, 5_000, 50_000),
            (Platform::Pinterest, 5_000, 50_000),
            (Platform::Threads, 5_000, 50_000),
        ];
        for (p, lo, hi) in cases {
            let t = tier_thresholds(p);
            assert_eq!((t.micro_floor, t.macro_floor), (lo, hi), "{p:?}");
            assert!(!t.provenance[2].is_assumption(), "{p:?}");
        }
        assert!(tier_thresholds(Platform::Bluesky)
            .provenance
            .iter()
            .all(|p| p.is_assumption()));
    }

    #[test]
    fn benchmarks_are_ordered() {
        for p in Platform::ALL {
            for t in Tier::ALL {
                let b = er_benchmark(p, t);
                assert!(b.low <= b.typical && b.typical <= b.high, "{p:?} {t:?}");
                assert_eq!(b.basis, RateBasis::Followers);
                assert!(suspicion_ceiling(p, t) >= 16.0);
                if let Some(v) = er_views_benchmark(p, t) {
                    assert!(v.low <= v.typical && v.typical <= v.high);
                    assert_eq!(v.basis, RateBasis::Views);
                }
            }
        }
        let ig = er_benchmark(Platform::Instagram, Tier::Micro);
        assert_eq!((ig.low, ig.typical, ig.high), (3.0, 5.5, 8.0));
        assert!(!ig.provenance.is_assumption());
        assert!((suspicion_ceiling(Platform::Instagram, Tier::Nano) - 40.0).abs() < 1e-12);
        assert!((suspicion_ceiling(Platform::Instagram, Tier::Macro) - 16.0).abs() < 1e-12);
    }

    #[test]
    fn guide_silent_bounds_are_assumptions() {
        let tt = tier_thresholds(Platform::TikTok);
        assert!(tt.provenance[3].is_assumption());
        assert!(tt.provenance[4].is_assumption());
        for p in [Platform::LinkedIn, Platform::Pinterest, Platform::Threads] {
            let t = tier_thresholds(p);
            for i in [0, 1, 3, 4] {
                assert!(t.provenance[i].is_assumption(), "{p:?} band {i}");
            }
        }
        let ig = tier_thresholds(Platform::Instagram);
        assert!(ig.provenance.iter().all(|p| !p.is_assumption()));
    }
}
