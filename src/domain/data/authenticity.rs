//! Authenticity: the figures, each with its provenance.

use crate::domain::source::{Provenance, Sourced, Verification};

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
/// How far (percent, either way) "Followers now" may be from the last monthly count before
/// the two are pointed out as contradicting each other.
pub static FOLLOWERS_MISMATCH_PERCENT: Sourced<f64> = Sourced {
    value: 20.0,
    provenance: &MISMATCH_PROV,
};
static MISMATCH_PROV: Provenance = Provenance::assumption(
    "Followers now are counted at most about a month after the last monthly count, so a gap larger than one month's spike (20%) means one of the two figures is likely wrong.",
);

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
    "Modash: credibility under 75% (over 25% not credible) is often a sign of fraud; an agency test based on HypeAuditor (known from a secondary source only) treats over 10% mass followers as suspicious.",
);
/// Share of the comments read that are generic, emoji-only or off-language, percent, above
/// which it is a mild red flag and above which a strong one: (mild, strong).
pub static GENERIC_COMMENT_LINES: Sourced<(f64, f64)> = Sourced {
    value: (25.0, 50.0),
    provenance: &GENERIC_COMMENTS_PROV,
};
static GENERIC_COMMENTS_PROV: Provenance = Provenance::assumption(
    "The guide says to read 20–30 recent comments and names generic emojis or spam (a sign of bots) and comments in a language that does not match the audience as red flags, without a share; more than a quarter of them is treated as a mild red flag and more than half as a strong one.",
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
    /// Generic or off-language comments above the strong line.
    pub generic_comments_high: u8,
    /// Generic or off-language comments above the mild line.
    pub generic_comments_elevated: u8,
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
        fake_elevated: 25,
        generic_comments_high: 20,
        generic_comments_elevated: 10,
    },
    provenance: &RISK_POINTS_PROV,
};
static RISK_POINTS_PROV: Provenance = Provenance::assumption(
    "The guide lists red flags but does not weigh them; points are set so that a fake-follower sample (over 10% fake: moderate on its own), a growth spike or dead engagement each move the score most, and several together reach the 50+ high-risk level; flat or falling growth (an inactive account, per the guide) counts least.",
);
/// Risk levels: moderate from the first value, high from the second.
pub static RISK_LEVELS: Sourced<(u8, u8)> = Sourced {
    value: (25, 50),
    provenance: &RISK_LEVELS_PROV,
};
static RISK_LEVELS_PROV: Provenance = Provenance::assumption(
    "One strong red flag (25+ points) makes the risk moderate; two, or one with supporting signals (50+), make it high.",
);
