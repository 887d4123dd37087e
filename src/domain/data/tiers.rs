//! Tiers: the figures, each with its provenance.

use crate::domain::source::Provenance;
use crate::domain::vocab::Platform;

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
    "The guide gives no LinkedIn macro or mega bound; its LinkedIn micro band is half of Instagram's, so Instagram's 1M mega floor is halved to 500K (the anchors blog, 2025, known from a secondary source only, also puts LinkedIn macro at 100–500K+).",
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
