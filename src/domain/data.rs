//! Every default figure, with where it comes from.
//!
//! Nothing else in the domain hard-codes a figure the user could question: tier bounds,
//! engagement benchmarks, rate anchors, add-on prices, ROI presets, budget rules and
//! authenticity thresholds all live here with a [`Provenance`]. A figure taken from the
//! guide says so; a figure from the market research names its source and year; anything
//! else is an [`Assumption`](crate::domain::source::Source::Assumption) with a one-sentence
//! reason the UI can show.

use super::platform::Platform;
use super::source::{Provenance, Verification};
use super::tier::Tier;

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

/// Provenance of the "below nano" tier name for a provenance-free lookup.
#[must_use]
pub fn tier_provenance(platform: Platform, tier: Tier) -> &'static Provenance {
    let t = tier_thresholds(platform);
    match tier {
        Tier::BelowNano => t.provenance[0],
        Tier::Nano => t.provenance[1],
        Tier::Micro => t.provenance[2],
        Tier::Macro => t.provenance[3],
        Tier::Mega => t.provenance[4],
    }
}

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
