//! The engagement signals: the engagement rate against the tier's benchmark, and the
//! comment-to-like ratio against the guide's 5% line.

use super::{Reason, Signal};
use crate::domain::data::{self, ErBenchmark};
use crate::domain::engagement::{CommentLike, CommentLikeVerdict};
use crate::domain::format::NumberFormatter;
use crate::domain::source::Provenance;
use crate::domain::vocab::{Platform, Tier};

/// The engagement rate (percent, by followers) judged against the tier: implausibly high,
/// far below, below or in line.
pub(super) fn engagement_reason(
    er: f64,
    platform: Platform,
    tier: Tier,
    expected: &ErBenchmark,
    f: &dyn NumberFormatter,
) -> Reason {
    let pts = data::RISK_POINTS.value;
    let (far, below) = data::LOW_ENGAGEMENT_RATIOS.value;
    let ceiling = data::suspicion_ceiling(platform, tier);
    let ratio = er / expected.typical;
    let typical = f.percent(expected.typical);
    let tier_name = tier.label().to_ascii_lowercase();
    let rate = f.percent(er);
    let (points, sentence, provenance): (u8, String, &'static Provenance) = if er > ceiling {
        (
            pts.engagement_implausible,
            format!(
                "Engagement of {rate} is implausibly high for a {tier_name} account (above {}): bought likes or engagement pods are likely.",
                f.percent(ceiling)
            ),
            &data::SUSPICION_PROVENANCE,
        )
    } else if ratio < far {
        (
            pts.engagement_far_below,
            format!(
                "Engagement of {rate} is under a tenth of the {typical} typical for a {tier_name} account: the followers may not be real (the guide's example: 100K followers and 50 likes a post)."
            ),
            data::LOW_ENGAGEMENT_RATIOS.provenance,
        )
    } else if ratio < below {
        (
            pts.engagement_below,
            format!(
                "Engagement of {rate} is under a quarter of the {typical} typical for a {tier_name} account."
            ),
            data::LOW_ENGAGEMENT_RATIOS.provenance,
        )
    } else {
        (
            0,
            format!(
                "Engagement of {rate} is in line with a {tier_name} account (typical {typical})."
            ),
            expected.provenance,
        )
    };
    Reason {
        signal: Signal::Engagement,
        points,
        sentence,
        provenance,
    }
}

/// The comment-to-like ratio judged against the guide's 5% line and the 2% floor.
pub(super) fn comments_reason(c: &CommentLike, f: &dyn NumberFormatter) -> Reason {
    let pts = data::RISK_POINTS.value;
    let r = f.percent(c.ratio_percent);
    let (points, sentence, provenance) = match c.verdict {
        CommentLikeVerdict::Healthy => (
            0,
            format!("{r} comments per like meets the guide's 5% line."),
            &data::COMMENT_LIKE_GUIDE_PROVENANCE,
        ),
        CommentLikeVerdict::BelowGuide => (
            pts.comments_below_guide,
            format!("{r} comments per like is under the guide's 5% line."),
            &data::COMMENT_LIKE_GUIDE_PROVENANCE,
        ),
        CommentLikeVerdict::VeryLow => (
            pts.comments_very_low,
            format!(
                "{r} comments per like is very low (under 2 per 100 likes): likes may be bought."
            ),
            &data::COMMENT_LIKE_FLOOR_PROVENANCE,
        ),
    };
    Reason {
        signal: Signal::Comments,
        points,
        sentence,
        provenance,
    }
}
