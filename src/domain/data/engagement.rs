//! Engagement: the figures, each with its provenance.

use crate::domain::source::{Provenance, Verification};
use crate::domain::vocab::Platform;
use crate::domain::vocab::Tier;

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

/// Above this comment-to-like ratio, in percent (more comments than likes), comments are
/// unusual rather than healthy.
pub static COMMENTS_OVER_LIKES_PERCENT: f64 = 100.0;
/// Provenance of [`COMMENTS_OVER_LIKES_PERCENT`].
pub static COMMENTS_OVER_LIKES_PROVENANCE: Provenance = Provenance::assumption(
    "The guide's 5% comment-to-like line is a floor. More comments than likes (over 100%) is treated as unusual, not healthy: engagement pods and bought comments make it; it adds no risk points.",
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
