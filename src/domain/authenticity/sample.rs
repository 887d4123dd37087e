//! The follower-sample signal: the share of hand-checked followers that look fake, turned
//! into the guide's inflation of the follower count.

use super::{inflation_percent, wilson_interval, Finding, Reason, Signal};
use crate::domain::data;
use crate::domain::error::DomainError;
use crate::domain::format::{as_shown, Kind};
use crate::domain::num::to_f64;
use crate::domain::range::Range;

/// The follower sample, worked out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FakeSample {
    /// Followers checked.
    pub sample_size: u32,
    /// Of those, fake.
    pub fake: u32,
    /// Fake ÷ checked × 100.
    pub share_percent: f64,
    /// 95% Wilson interval of the share, percent: what the whole audience may be, given
    /// the sample size.
    pub share_interval_percent: Range,
    /// Followers × share: estimated fake followers.
    pub estimated_fake_followers: f64,
    /// Followers − estimated fake.
    pub estimated_real_followers: f64,
    /// Estimated fake ÷ followers × 100 (the guide's inflation; equals the share).
    pub inflation_percent: f64,
}

/// The published fake-share lines a share reaches ([`data::FAKE_SHARE_LINES`]), judged as
/// the page shows the share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FakeLine {
    /// Under the elevated line (10%).
    Under,
    /// At or over the elevated line, under the high one.
    Elevated,
    /// At or over the high line (25%).
    High,
}

impl FakeLine {
    fn of(share_percent: f64) -> Self {
        let (elevated, high) = data::FAKE_SHARE_LINES.value;
        let share = as_shown(Kind::Percent, share_percent);
        if share >= high {
            Self::High
        } else if share >= elevated {
            Self::Elevated
        } else {
            Self::Under
        }
    }
}

impl FakeSample {
    /// The line the whole audience's share very likely reaches: that of the low end of its
    /// 95% interval. A small sample's own share may be far from the audience's.
    #[must_use]
    pub fn likely_line(&self) -> FakeLine {
        FakeLine::of(self.share_interval_percent.low)
    }

    /// The line the sample's own share reaches.
    #[must_use]
    pub fn sample_line(&self) -> FakeLine {
        FakeLine::of(self.share_percent)
    }
}

/// The sample as (checked, fake), when both are given and make sense; `None` when neither
/// is given.
///
/// # Errors
/// [`DomainError::Missing`] when only one is given, [`DomainError::TooSmall`] for a sample
/// of 0, [`DomainError::SampleFakeExceedsSize`] when more were fake than checked.
pub(super) fn checked_counts(
    size: Option<u32>,
    fake: Option<u32>,
) -> Result<Option<(u32, u32)>, DomainError> {
    super::hand_counts(
        (size, fake),
        (
            "The sample size",
            "The number of fake-looking followers in the sample",
        ),
        DomainError::SampleFakeExceedsSize,
    )
}

/// The sample of `n` checked with `k` fake, worked out for an account of `followers`.
///
/// # Errors
/// Those of [`inflation_percent`]; none for counts passed by [`checked_counts`].
pub(super) fn work_out(followers: u64, n: u32, k: u32) -> Result<FakeSample, DomainError> {
    let share = f64::from(k) / f64::from(n) * 100.0;
    let fake = to_f64(followers) * share / 100.0;
    Ok(FakeSample {
        sample_size: n,
        fake: k,
        share_percent: share,
        share_interval_percent: wilson_interval(k, n).scale(100.0),
        estimated_fake_followers: fake,
        estimated_real_followers: to_f64(followers) - fake,
        inflation_percent: inflation_percent(followers, fake)?,
    })
}

/// What the sample says, with points for each published line that the whole audience's
/// share very likely crosses: the low end of its 95% interval, not the sample's share, so
/// that 1 fake of 3 checked (33%, likely 6%–79%) scores nothing it cannot show.
pub(super) fn reason(s: &FakeSample) -> Reason {
    let pts = data::RISK_POINTS.value;
    let points = match s.likely_line() {
        FakeLine::High => pts.fake_high,
        FakeLine::Elevated => pts.fake_elevated,
        FakeLine::Under => 0,
    };
    Reason {
        signal: Signal::FakeSample,
        points,
        finding: Finding::Sample(*s),
        provenance: data::FAKE_SHARE_LINES.provenance,
    }
}
