//! The comment-to-like ratio and its verdict against the guide's 5% line.

use crate::domain::data;
use crate::domain::format::{as_shown, Kind, NumberFormatter};

/// The comment-to-like verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentLikeVerdict {
    /// At or above the guide's 5% line.
    Healthy,
    /// Between 2% and 5%: under the guide's line, within SpendVet's healthy range.
    BelowGuide,
    /// Under 2%: very few comments for the likes.
    VeryLow,
    /// Over 100%: more comments than likes, unusual for a real audience.
    OverLikes,
}

impl CommentLikeVerdict {
    /// A short label, its figures written by `f` from [`data::COMMENT_LIKE_GUIDE_PERCENT`]
    /// and [`data::COMMENT_LIKE_FLOOR_PERCENT`] ("Healthy (5%+)").
    #[must_use]
    pub fn label(self, f: &dyn NumberFormatter) -> String {
        match self {
            Self::Healthy => format!("Healthy ({}+)", f.percent(data::COMMENT_LIKE_GUIDE_PERCENT)),
            Self::BelowGuide => {
                format!(
                    "Below the guide's {}",
                    f.percent(data::COMMENT_LIKE_GUIDE_PERCENT)
                )
            }
            Self::VeryLow => format!(
                "Very low (under {})",
                f.percent(data::COMMENT_LIKE_FLOOR_PERCENT)
            ),
            Self::OverLikes => "Unusual: more comments than likes".to_owned(),
        }
    }
}

/// Comments per 100 likes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CommentLike {
    /// Comments ÷ likes × 100.
    pub ratio_percent: f64,
    /// The verdict.
    pub verdict: CommentLikeVerdict,
}

impl CommentLike {
    /// Computes the ratio; `None` when there are no likes.
    #[must_use]
    pub fn of(likes: f64, comments: f64) -> Option<Self> {
        if !(likes > 0.0 && comments >= 0.0 && likes.is_finite() && comments.is_finite()) {
            return None;
        }
        let ratio = comments / likes * 100.0;
        if !ratio.is_finite() {
            return None;
        }
        let r = as_shown(Kind::Percent, ratio);
        let verdict = if r > data::COMMENTS_OVER_LIKES_PERCENT {
            CommentLikeVerdict::OverLikes
        } else if r >= data::COMMENT_LIKE_GUIDE_PERCENT {
            CommentLikeVerdict::Healthy
        } else if r >= data::COMMENT_LIKE_FLOOR_PERCENT {
            CommentLikeVerdict::BelowGuide
        } else {
            CommentLikeVerdict::VeryLow
        };
        Some(Self {
            ratio_percent: ratio,
            verdict,
        })
    }
}
