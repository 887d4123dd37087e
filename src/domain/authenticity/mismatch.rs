//! "Followers now" against the last month of the follower history: two figures for the
//! same account that cannot both be right are pointed out.

use crate::domain::data;
use crate::domain::format::NumberFormatter;
use crate::domain::num::to_f64;

/// Followers now and the last monthly count, too far apart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FollowersMismatch {
    /// Followers now.
    pub now: u64,
    /// The last month of the history.
    pub last_month: u64,
    /// (now − last month) ÷ last month × 100.
    pub change_percent: f64,
}

/// The mismatch, when followers now differ from the last monthly count by more than
/// [`data::FOLLOWERS_MISMATCH_PERCENT`] either way.
#[must_use]
pub fn find(now: u64, history: &[u64]) -> Option<FollowersMismatch> {
    let last_month = *history.last()?;
    if last_month == 0 {
        return None;
    }
    let change_percent = (to_f64(now) - to_f64(last_month)) / to_f64(last_month) * 100.0;
    (change_percent.abs() > data::FOLLOWERS_MISMATCH_PERCENT.value).then_some(FollowersMismatch {
        now,
        last_month,
        change_percent,
    })
}

impl FollowersMismatch {
    /// "Followers now (100,000) are 150% more than the last month of the history (40,000)…"
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        let (amount, direction) = if self.change_percent >= 0.0 {
            (self.change_percent, "more")
        } else {
            (-self.change_percent, "fewer")
        };
        format!(
            "Followers now ({}) are {} {direction} than the last month of the history ({}), more than the {} a month can explain: check that both are for this account and that the history ends with the latest month.",
            f.count(to_f64(self.now)),
            f.percent(amount),
            f.count(to_f64(self.last_month)),
            f.percent(data::FOLLOWERS_MISMATCH_PERCENT.value)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;

    #[test]
    fn a_count_that_contradicts_the_history_is_pointed_out() {
        // The user's example: 100,000 now, 40,000 last month.
        let found = find(100_000, &[30_000, 35_000, 40_000]);
        let sentence = found
            .map(|m| m.sentence(&PlainFormatter))
            .unwrap_or_default();
        assert!(
            sentence.starts_with(
                "Followers now (100,000) are 150% more than the last month of the history (40,000)"
            ),
            "{sentence}"
        );
        assert!(find(10_000, &[40_000]).is_some_and(|m| m.change_percent < 0.0));
        // Within a month's growth, or no history: nothing to say.
        assert_eq!(find(44_000, &[40_000]), None);
        assert_eq!(find(100_000, &[]), None);
        assert_eq!(find(100_000, &[0]), None);
    }
}
