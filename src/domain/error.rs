//! Typed errors with sentences a user can act on.
//!
//! Every public calculator returns `Result<_, DomainError>`. The `Display` text is meant to
//! be shown next to the field: it says what is wrong and what to do about it.

use std::fmt;

use super::format::{NumberFormatter, PlainFormatter};
use super::num::to_f64;
use super::range::Range;

/// Everything that can make an input impossible to compute with.
///
/// `field` values are user-facing names such as "Likes per post".
#[derive(Clone, Debug, PartialEq)]
pub enum DomainError {
    /// The follower count is zero.
    FollowersZero,
    /// The follower count is above [`crate::domain::tier::MAX_AUDIENCE`].
    FollowersTooLarge {
        /// What was entered.
        followers: u64,
        /// The largest accepted value.
        max: u64,
    },
    /// A number is NaN or infinite.
    NotANumber {
        /// Which input.
        field: &'static str,
    },
    /// A number that must not be negative is negative.
    Negative {
        /// Which input.
        field: &'static str,
    },
    /// A number that must be above zero is zero or negative.
    NotPositive {
        /// Which input.
        field: &'static str,
    },
    /// A number is larger than the calculator accepts.
    TooLarge {
        /// Which input.
        field: &'static str,
        /// The largest accepted value.
        max: f64,
    },
    /// A whole number is below its minimum.
    TooSmall {
        /// Which input.
        field: &'static str,
        /// The smallest accepted value.
        min: f64,
    },
    /// A percentage is above 100%.
    PercentAbove100 {
        /// Which input.
        field: &'static str,
    },
    /// The engagement rate by followers comes out above 100%.
    EngagementAbove100 {
        /// The computed rate, in percent.
        rate_percent: f64,
    },
    /// There are more engagements than the denominator (reach, impressions or views).
    EngagementsExceed {
        /// "reach", "impressions" or "views".
        denominator: &'static str,
    },
    /// Impressions are fewer than reach.
    ImpressionsBelowReach,
    /// A low–high range has its ends the wrong way round.
    RangeInverted {
        /// Which input.
        field: &'static str,
    },
    /// A required input is missing.
    Missing {
        /// Which input.
        field: &'static str,
    },
    /// A sample says more followers looked fake than were checked.
    SampleFakeExceedsSize,
    /// More fake followers than followers.
    FakeExceedsFollowers,
    /// A monthly follower count is zero, so growth from it is undefined.
    MonthlyCountZero {
        /// Position of the month, 1-based, oldest first.
        month: usize,
    },
    /// An engagement rate of 0%, which no public account has: questioned, not priced.
    EngagementZero,
    /// The inputs are so extreme that a result is not a finite number.
    Overflow {
        /// Which result.
        what: &'static str,
    },
    /// A comment sample says more comments were generic than were read.
    GenericExceedsRead,
}

impl DomainError {
    /// The message, its numbers written by `n` (the page's formatter, or
    /// [`PlainFormatter`] for the `Display` text).
    #[must_use]
    pub fn message(&self, n: &dyn NumberFormatter) -> String {
        match self {
            Self::FollowersZero => "Followers must be at least 1.".to_owned(),
            Self::FollowersTooLarge { followers, max } => format!(
                "The follower count {} is above the limit of {}, more than any account has: check for an extra digit.",
                n.count(to_f64(*followers)),
                n.count(to_f64(*max))
            ),
            Self::NotANumber { field } => format!("{field} must be a number."),
            Self::Negative { field } => format!("{field} cannot be negative."),
            Self::NotPositive { field } => format!("{field} must be more than zero."),
            Self::TooLarge { field, max } => {
                format!("{field} is too large: enter at most {}.", n.count(*max))
            }
            Self::TooSmall { field, min } => {
                format!("{field} must be at least {}.", n.count(*min))
            }
            Self::PercentAbove100 { field } => format!(
                "{field} cannot be above 100%: enter it as a percentage, e.g. 2.5 for 2.5%."
            ),
            Self::EngagementAbove100 { rate_percent } => format!(
                "An engagement rate above 100% is impossible (these numbers give {}): check that likes are per post, not totals, and that followers are complete.",
                n.percent(*rate_percent)
            ),
            Self::EngagementsExceed { denominator } => format!(
                "There are more engagements than {denominator}, which is not plausible: check that both numbers cover the same posts."
            ),
            Self::ImpressionsBelowReach => {
                "Impressions cannot be fewer than reach, since everyone reached saw the post at least once: check that the two are not swapped.".to_owned()
            }
            Self::RangeInverted { field } => format!(
                "{field}: the low end is above the high end; swap them."
            ),
            Self::Missing { field } => format!("{field} is missing: please enter it."),
            Self::SampleFakeExceedsSize => {
                "More followers were marked fake than were checked: the fake count must not exceed the sample size.".to_owned()
            }
            Self::FakeExceedsFollowers => {
                "The number of fake followers cannot exceed the follower count: check both numbers.".to_owned()
            }
            Self::MonthlyCountZero { month } => format!(
                "The follower count for month {month} is 0, so growth from it cannot be measured: enter the real count or remove that month."
            ),
            Self::EngagementZero => "An engagement rate of 0% means nobody engages with the posts: check the figure before pricing on it.".to_owned(),
            Self::Overflow { what } => format!(
                "The inputs are too extreme to compute {what}: check for a typo such as extra zeros."
            ),
            Self::GenericExceedsRead => "More comments were counted as generic than were read: the generic count must not exceed the comments read.".to_owned(),
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&PlainFormatter))
    }
}

impl std::error::Error for DomainError {}

/// Checks that `v` is a finite number.
///
/// # Errors
/// [`DomainError::NotANumber`] when `v` is NaN or infinite.
pub fn finite(field: &'static str, v: f64) -> Result<f64, DomainError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(DomainError::NotANumber { field })
    }
}

/// Checks that `v` is finite and not negative.
///
/// # Errors
/// [`DomainError::NotANumber`] or [`DomainError::Negative`].
pub fn non_negative(field: &'static str, v: f64) -> Result<f64, DomainError> {
    let v = finite(field, v)?;
    if v < 0.0 {
        Err(DomainError::Negative { field })
    } else {
        Ok(v)
    }
}

/// Checks that `v` is finite and above zero.
///
/// # Errors
/// [`DomainError::NotANumber`] or [`DomainError::NotPositive`].
pub fn positive(field: &'static str, v: f64) -> Result<f64, DomainError> {
    let v = finite(field, v)?;
    if v > 0.0 {
        Ok(v)
    } else {
        Err(DomainError::NotPositive { field })
    }
}

/// Checks that `v` is a percentage in `0..=100`.
///
/// # Errors
/// [`DomainError::NotANumber`], [`DomainError::Negative`] or
/// [`DomainError::PercentAbove100`].
pub fn percent(field: &'static str, v: f64) -> Result<f64, DomainError> {
    let v = non_negative(field, v)?;
    if v > 100.0 {
        Err(DomainError::PercentAbove100 { field })
    } else {
        Ok(v)
    }
}

/// Checks that `v` is at most `max`.
///
/// # Errors
/// [`DomainError::TooLarge`].
pub fn at_most(field: &'static str, v: f64, max: f64) -> Result<f64, DomainError> {
    if v > max {
        Err(DomainError::TooLarge { field, max })
    } else {
        Ok(v)
    }
}

/// Checks that a computed result is finite.
///
/// # Errors
/// [`DomainError::Overflow`] when `v` is NaN or infinite.
pub fn result(what: &'static str, v: f64) -> Result<f64, DomainError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(DomainError::Overflow { what })
    }
}

/// Checks that both ends of a range are finite and `low <= high`.
///
/// # Errors
/// [`DomainError::NotANumber`] or [`DomainError::RangeInverted`].
pub fn ordered_range(field: &'static str, r: Range) -> Result<Range, DomainError> {
    if !r.is_finite() {
        return Err(DomainError::NotANumber { field });
    }
    if r.low > r.high {
        return Err(DomainError::RangeInverted { field });
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_finite_and_ordered() {
        assert!(ordered_range("x", Range::new(2.0, 1.0)).is_err());
        assert!(ordered_range("x", Range::new(f64::NAN, 1.0)).is_err());
        assert!(ordered_range("x", Range::new(1.0, 1.0)).is_ok());
    }

    #[track_caller]
    fn says(e: DomainError, text: &str) {
        assert_eq!(e.to_string(), text);
    }

    #[test]
    fn sentences() {
        says(DomainError::FollowersZero, "Followers must be at least 1.");
        says(
            DomainError::EngagementAbove100 {
                rate_percent: 120.0,
            },
            "An engagement rate above 100% is impossible (these numbers give 120%): check that likes are per post, not totals, and that followers are complete.",
        );
        says(
            DomainError::FollowersTooLarge {
                followers: 50_000_000_000,
                max: 5_000_000_000,
            },
            "The follower count 50,000,000,000 is above the limit of 5,000,000,000, more than any account has: check for an extra digit.",
        );
        says(
            DomainError::Negative { field: "Likes" },
            "Likes cannot be negative.",
        );
        says(
            DomainError::Missing {
                field: "Sample size",
            },
            "Sample size is missing: please enter it.",
        );
    }

    #[test]
    fn every_message_is_a_sentence() {
        let all = [
            DomainError::FollowersZero,
            DomainError::FollowersTooLarge {
                followers: 9,
                max: 5,
            },
            DomainError::NotANumber { field: "X" },
            DomainError::Negative { field: "X" },
            DomainError::NotPositive { field: "X" },
            DomainError::TooLarge {
                field: "X",
                max: 1.0,
            },
            DomainError::TooSmall {
                field: "X",
                min: 1.0,
            },
            DomainError::PercentAbove100 { field: "X" },
            DomainError::EngagementAbove100 { rate_percent: 1.0 },
            DomainError::EngagementsExceed {
                denominator: "views",
            },
            DomainError::ImpressionsBelowReach,
            DomainError::RangeInverted { field: "X" },
            DomainError::Missing { field: "X" },
            DomainError::SampleFakeExceedsSize,
            DomainError::MonthlyCountZero { month: 2 },
            DomainError::FakeExceedsFollowers,
            DomainError::EngagementZero,
            DomainError::Overflow { what: "x" },
            DomainError::GenericExceedsRead,
        ];
        // Every variant has its example: the match in `place` has no wildcard, so a new
        // variant fails the build there, and then this check until it is in the list.
        let mut places: Vec<usize> = all.iter().map(place).collect();
        places.sort_unstable();
        assert_eq!(places, (0..VARIANTS).collect::<Vec<_>>());
        for e in all {
            let s = e.to_string();
            assert!(s.ends_with('.'), "{s}");
            assert!(s.chars().next().is_some_and(char::is_uppercase), "{s}");
        }
    }

    const VARIANTS: usize = 19;

    /// The variant's place in the declaration, by an exhaustive match.
    fn place(e: &DomainError) -> usize {
        match e {
            DomainError::FollowersZero => 0,
            DomainError::FollowersTooLarge { .. } => 1,
            DomainError::NotANumber { .. } => 2,
            DomainError::Negative { .. } => 3,
            DomainError::NotPositive { .. } => 4,
            DomainError::TooLarge { .. } => 5,
            DomainError::TooSmall { .. } => 6,
            DomainError::PercentAbove100 { .. } => 7,
            DomainError::EngagementAbove100 { .. } => 8,
            DomainError::EngagementsExceed { .. } => 9,
            DomainError::ImpressionsBelowReach => 10,
            DomainError::RangeInverted { .. } => 11,
            DomainError::Missing { .. } => 12,
            DomainError::SampleFakeExceedsSize => 13,
            DomainError::FakeExceedsFollowers => 14,
            DomainError::MonthlyCountZero { .. } => 15,
            DomainError::EngagementZero => 16,
            DomainError::Overflow { .. } => 17,
            DomainError::GenericExceedsRead => 18,
        }
    }

    #[test]
    fn validators() {
        assert!(finite("x", f64::NAN).is_err());
        assert!(non_negative("x", -0.1).is_err());
        assert_eq!(non_negative("x", 0.0), Ok(0.0));
        assert!(positive("x", 0.0).is_err());
        assert!(percent("x", 100.1).is_err());
        assert_eq!(percent("x", 100.0), Ok(100.0));
        assert!(at_most("x", 2.0, 1.0).is_err());
        assert!(result("x", f64::INFINITY).is_err());
    }
}
