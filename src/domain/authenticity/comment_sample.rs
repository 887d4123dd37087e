//! The comment-sample signal: of the recent comments read by hand, the share that are
//! generic, emoji-only or in a language the audience does not speak (the guide's red flags:
//! "generic emojis suggest bots", "comments in languages that don't match audience
//! geography").

use super::{Finding, Reason, Signal};
use crate::domain::data;
use crate::domain::error::DomainError;

/// The comments read, worked out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CommentSample {
    /// Comments read.
    pub read: u32,
    /// Of those, generic, emoji-only or off-language.
    pub generic: u32,
    /// Generic ÷ read × 100.
    pub share_percent: f64,
}

/// The comment sample as (read, generic), when both are given and make sense; `None` when
/// neither is given.
///
/// # Errors
/// [`DomainError::Missing`] when only one is given, [`DomainError::TooSmall`] for 0 read,
/// [`DomainError::GenericExceedsRead`] when more were generic than read.
pub(super) fn checked(
    read: Option<u32>,
    generic: Option<u32>,
) -> Result<Option<CommentSample>, DomainError> {
    let counts = super::hand_counts(
        (read, generic),
        (
            "The number of comments read",
            "The number of generic or off-language comments",
        ),
        DomainError::GenericExceedsRead,
    )?;
    Ok(counts.map(|(read, generic)| CommentSample {
        read,
        generic,
        share_percent: f64::from(generic) / f64::from(read) * 100.0,
    }))
}

/// What the comments say, with points when the generic share crosses the lines.
pub(super) fn reason(s: &CommentSample) -> Reason {
    let pts = data::RISK_POINTS.value;
    let (elevated, high) = data::GENERIC_COMMENT_LINES.value;
    let points = if s.share_percent > high {
        pts.generic_comments_high
    } else if s.share_percent > elevated {
        pts.generic_comments_elevated
    } else {
        0
    };
    Reason {
        signal: Signal::CommentSample,
        points,
        finding: Finding::CommentSample(*s),
        provenance: data::GENERIC_COMMENT_LINES.provenance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_of_generic_comments_adds_points_past_each_line() {
        let points = |read, generic| {
            checked(Some(read), Some(generic))
                .ok()
                .flatten()
                .map(|s| reason(&s).points)
        };
        assert_eq!(points(30, 3), Some(0));
        assert_eq!(points(30, 12), Some(10));
        assert_eq!(points(30, 20), Some(20));
        assert_eq!(checked(None, None), Ok(None));
        assert!(checked(Some(10), None).is_err());
        assert!(checked(Some(0), Some(0)).is_err());
        assert_eq!(
            checked(Some(10), Some(11)),
            Err(DomainError::GenericExceedsRead)
        );
    }
}
