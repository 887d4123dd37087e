//! The engagement signals: the engagement rate against the tier's benchmark, and the
//! comment-to-like ratio against the guide's 5% line.

use super::finding::EngagementLevel;
use super::{Finding, Reason, Signal};
use crate::domain::data::{self, ErBenchmark};
use crate::domain::engagement::{CommentLike, CommentLikeVerdict};
use crate::domain::format::{as_shown, Kind};
use crate::domain::source::Provenance;
use crate::domain::vocab::{Platform, Tier};

/// The engagement rate (percent, by followers) judged against the tier: implausibly high,
/// far below, below or in line.
pub(super) fn engagement_reason(
    er: f64,
    platform: Platform,
    tier: Tier,
    expected: &ErBenchmark,
) -> Reason {
    let pts = data::RISK_POINTS.value;
    let (far, below) = data::LOW_ENGAGEMENT_RATIOS.value;
    let ceiling = data::suspicion_ceiling(platform, tier);
    let ratio = er / expected.typical;
    let compared = |level| Finding::Engagement {
        level,
        rate: er,
        typical: expected.typical,
        tier,
    };
    let (points, finding, provenance): (u8, Finding, &'static Provenance) =
        if as_shown(Kind::Percent, er) > ceiling {
            (
                pts.engagement_implausible,
                Finding::EngagementImplausible {
                    rate: er,
                    ceiling,
                    tier,
                },
                &data::SUSPICION_PROVENANCE,
            )
        } else if ratio < far {
            (
                pts.engagement_far_below,
                compared(EngagementLevel::FarBelow),
                data::LOW_ENGAGEMENT_RATIOS.provenance,
            )
        } else if ratio < below {
            (
                pts.engagement_below,
                compared(EngagementLevel::Below),
                data::LOW_ENGAGEMENT_RATIOS.provenance,
            )
        } else {
            (0, compared(EngagementLevel::InLine), expected.provenance)
        };
    Reason {
        signal: Signal::Engagement,
        points,
        finding,
        provenance,
    }
}

/// The comment-to-like ratio judged against the guide's 5% line and the 2% floor.
pub(super) fn comments_reason(c: &CommentLike) -> Reason {
    let pts = data::RISK_POINTS.value;
    let (points, provenance) = match c.verdict {
        CommentLikeVerdict::Healthy => (0, &data::COMMENT_LIKE_GUIDE_PROVENANCE),
        CommentLikeVerdict::BelowGuide => (
            pts.comments_below_guide,
            &data::COMMENT_LIKE_GUIDE_PROVENANCE,
        ),
        CommentLikeVerdict::VeryLow => {
            (pts.comments_very_low, &data::COMMENT_LIKE_FLOOR_PROVENANCE)
        }
        CommentLikeVerdict::OverLikes => (0, &data::COMMENTS_OVER_LIKES_PROVENANCE),
    };
    Reason {
        signal: Signal::Comments,
        points,
        finding: Finding::Comments(*c),
        provenance,
    }
}
