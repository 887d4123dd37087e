//! The growth signal: month-on-month follower growth against the organic 2–10% a month.

use super::{Finding, Reason, Signal};
use crate::domain::data;
use crate::domain::error::DomainError;
use crate::domain::num::to_f64;
use crate::domain::tier::MAX_AUDIENCE;

/// The growth of one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GrowthFlag {
    /// Fewer followers than the month before.
    Declining,
    /// Under the organic 2%.
    Flat,
    /// 2–10%: organic.
    Organic,
    /// Over 10% up to the spike line.
    AboveOrganic,
    /// Over the spike line (20%).
    Spike,
}

impl GrowthFlag {
    /// A short label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Declining => "Declining",
            Self::Flat => "Flat",
            Self::Organic => "Organic",
            Self::AboveOrganic => "Above organic",
            Self::Spike => "Spike",
        }
    }

    pub(super) fn of(percent: f64) -> Self {
        let (lo, hi) = data::ORGANIC_GROWTH.value;
        if percent < 0.0 {
            Self::Declining
        } else if percent < lo {
            Self::Flat
        } else if percent <= hi {
            Self::Organic
        } else if percent <= data::SPIKE_GROWTH.value {
            Self::AboveOrganic
        } else {
            Self::Spike
        }
    }
}

/// Growth from one month to the next, for a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthGrowth {
    /// Position of the later month in the input, 1-based (the first growth is month 2).
    pub month: usize,
    /// Followers the month before.
    pub from: u64,
    /// Followers this month.
    pub to: u64,
    /// Followers gained (negative when lost).
    pub change: f64,
    /// Change ÷ from × 100.
    pub percent: f64,
    /// How the month reads.
    pub flag: GrowthFlag,
}

/// Checks the monthly follower counts: none may be 0 or above [`MAX_AUDIENCE`].
///
/// # Errors
/// [`DomainError::MonthlyCountZero`] or [`DomainError::FollowersTooLarge`].
pub(super) fn check_counts(counts: &[u64]) -> Result<(), DomainError> {
    for (k, c) in counts.iter().enumerate() {
        if *c == 0 {
            return Err(DomainError::MonthlyCountZero { month: k + 1 });
        }
        if *c > MAX_AUDIENCE {
            return Err(DomainError::FollowersTooLarge {
                followers: *c,
                max: MAX_AUDIENCE,
            });
        }
    }
    Ok(())
}

/// The growth from each month to the next (counts checked by [`check_counts`]).
pub(super) fn month_by_month(counts: &[u64]) -> Vec<MonthGrowth> {
    counts
        .windows(2)
        .enumerate()
        .filter_map(|(k, w)| match w {
            [a, b] => {
                let change = to_f64(*b) - to_f64(*a);
                let percent = change / to_f64(*a) * 100.0;
                Some(MonthGrowth {
                    month: k + 2,
                    from: *a,
                    to: *b,
                    change,
                    percent,
                    flag: GrowthFlag::of(percent),
                })
            }
            _ => None,
        })
        .collect()
}

/// The mean of the monthly growth percentages; `None` without any month of growth.
pub(super) fn average_percent(growth: &[MonthGrowth]) -> Option<f64> {
    (!growth.is_empty())
        .then(|| growth.iter().map(|g| g.percent).sum::<f64>() / to_f64(growth.len() as u64))
}

/// Adds what the growth says: a spike or above-organic reason, then a trend reason.
pub(super) fn add_reasons(
    reasons: &mut Vec<Reason>,
    counts: &[u64],
    growth: &[MonthGrowth],
    average: f64,
) {
    let spikes: Vec<&MonthGrowth> = growth
        .iter()
        .filter(|g| g.flag == GrowthFlag::Spike)
        .collect();
    let above = growth
        .iter()
        .filter(|g| g.flag == GrowthFlag::AboveOrganic)
        .count();
    reasons.extend(spike_reason(&spikes).or_else(|| above_organic_reason(above)));
    reasons.extend(trend_reason(counts, average, spikes.is_empty(), above));
}

/// Spikes over the spike line: points for the first, more for each further one.
fn spike_reason(spikes: &[&MonthGrowth]) -> Option<Reason> {
    let first = spikes.first()?;
    let pts = data::RISK_POINTS.value;
    let extra = u8::try_from(spikes.len() - 1).unwrap_or(u8::MAX);
    let points = pts
        .spike
        .saturating_add(pts.extra_spike.saturating_mul(extra))
        .min(pts.spike_cap);
    Some(Reason {
        signal: Signal::Growth,
        points,
        finding: Finding::Spikes {
            months: spikes.iter().map(|g| g.month).collect(),
            first_percent: first.percent,
            first_change: first.change,
        },
        provenance: data::SPIKE_GROWTH.provenance,
    })
}

/// Months above the organic band but under the spike line.
fn above_organic_reason(months: usize) -> Option<Reason> {
    (months > 0).then_some(Reason {
        signal: Signal::Growth,
        points: data::RISK_POINTS.value.above_organic,
        finding: Finding::AboveOrganic { months },
        provenance: data::ORGANIC_GROWTH.provenance,
    })
}

/// The trend over the period: falling, flat, or organic when nothing else was flagged.
fn trend_reason(
    counts: &[u64],
    average: f64,
    no_spike: bool,
    above_organic: usize,
) -> Option<Reason> {
    let pts = data::RISK_POINTS.value;
    let first = counts.first().copied().unwrap_or(1);
    let last = counts.last().copied().unwrap_or(1);
    let (points, finding) = if last < first {
        (
            pts.declining,
            Finding::Declining {
                from: first,
                to: last,
            },
        )
    } else if average < data::ORGANIC_GROWTH.value.0 && no_spike {
        (pts.flat, Finding::Flat { average })
    } else if no_spike && above_organic == 0 {
        (0, Finding::Organic { average })
    } else {
        return None;
    };
    Some(Reason {
        signal: Signal::Growth,
        points,
        finding,
        provenance: data::ORGANIC_GROWTH.provenance,
    })
}
