//! The comment-to-like ratio and its verdict against the guide's 5% line.

use crate::domain::data;
use crate::domain::num::snap;

/// The comment-to-like verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentLikeVerdict {
    /// At or above the guide's 5% line.
    Healthy,
    /// Between 2% and 5%: under the guide's line, within SpendVet's healthy range.
    BelowGuide,
    /// Under 2%: very few comments for the likes.
    VeryLow,
}

impl CommentLikeVerdict {
    /// A short label. Constant text costs the wasm nothing; `labels_follow_the_data` checks
    /// its figures against [`data::COMMENT_LIKE_GUIDE_PERCENT`] and
    /// [`data::COMMENT_LIKE_FLOOR_PERCENT`].
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Healthy => "Healthy (5%+)",
            Self::BelowGuide => "Below the guide's 5%",
            Self::VeryLow => "Very low (under 2%)",
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
        let r = snap(ratio);
        let verdict = if r >= data::COMMENT_LIKE_GUIDE_PERCENT {
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
