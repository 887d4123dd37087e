//! Low–high values and interval arithmetic.
//!
//! A [`Range`] is a closed interval `[low, high]`; a single value is a range whose ends are
//! equal. The operations are interval arithmetic: the result contains every value the
//! operation can take when each operand varies independently within its range. For the
//! quantities of this crate (costs, reach, rates: all non-negative) this means, for example,
//! that `cost ÷ conversions` runs from `cost.low ÷ conversions.high` to
//! `cost.high ÷ conversions.low`.

/// A closed interval of real numbers. `low == high` is a single value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// The low end.
    pub low: f64,
    /// The high end.
    pub high: f64,
}

impl Range {
    /// A single value.
    #[must_use]
    pub const fn point(v: f64) -> Self {
        Self { low: v, high: v }
    }

    /// A range from `low` to `high`, unchecked; see [`crate::domain::error::ordered_range`].
    #[must_use]
    pub const fn new(low: f64, high: f64) -> Self {
        Self { low, high }
    }

    /// True when both ends are finite numbers.
    #[must_use]
    pub fn is_finite(&self) -> bool {
        self.low.is_finite() && self.high.is_finite()
    }

    /// True when the range is a single value.
    #[must_use]
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }

    /// The midpoint `(low + high) / 2`.
    #[must_use]
    pub fn mid(&self) -> f64 {
        self.low / 2.0 + self.high / 2.0
    }

    /// `high - low`.
    #[must_use]
    pub fn width(&self) -> f64 {
        self.high - self.low
    }

    /// True when `v` lies within the range, ends included.
    #[must_use]
    pub fn contains(&self, v: f64) -> bool {
        self.low <= v && v <= self.high
    }

    /// Interval quotient; `None` when the divisor range contains zero.
    #[must_use]
    pub fn checked_div(self, o: Self) -> Option<Self> {
        if o.low <= 0.0 && o.high >= 0.0 {
            return None;
        }
        let c = [
            self.low / o.low,
            self.low / o.high,
            self.high / o.low,
            self.high / o.high,
        ];
        Some(Self::new(min4(c), max4(c)))
    }

    /// Multiplies both ends by `k` (ends swap when `k` is negative).
    #[must_use]
    pub fn scale(self, k: f64) -> Self {
        let a = self.low * k;
        let b = self.high * k;
        Self::new(a.min(b), a.max(b))
    }

    /// Applies a non-decreasing function to both ends.
    #[must_use]
    pub fn map_increasing(self, f: impl Fn(f64) -> f64) -> Self {
        Self::new(f(self.low), f(self.high))
    }

    /// Both ends rounded down to whole numbers, as `(low, high)`: a summary that never
    /// claims more than the range, so 3.75–6.67 reads "3–6×" and 1.25–5 "1–5×". `None`
    /// when the low end is below 1, an end is not finite, or the range is huge.
    #[must_use]
    pub fn whole_numbers_below(&self) -> Option<(u64, u64)> {
        if !self.is_finite() || self.high > 1e15 {
            return None;
        }
        // A hair of tolerance so that 4.9999999999 (float noise for 5) counts as 5.
        let a = (self.low + 1e-9).floor();
        let b = (self.high + 1e-9).floor();
        if a < 1.0 {
            return None;
        }
        // In range 1..=1e15, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some((a as u64, b as u64))
    }
}

impl std::ops::Add for Range {
    type Output = Self;
    /// Interval sum.
    fn add(self, o: Self) -> Self {
        Self::new(self.low + o.low, self.high + o.high)
    }
}

impl std::ops::Sub for Range {
    type Output = Self;
    /// Interval difference: `[low − o.high, high − o.low]`.
    fn sub(self, o: Self) -> Self {
        Self::new(self.low - o.high, self.high - o.low)
    }
}

impl std::ops::Mul for Range {
    type Output = Self;
    /// Interval product (any signs).
    fn mul(self, o: Self) -> Self {
        let c = [
            self.low * o.low,
            self.low * o.high,
            self.high * o.low,
            self.high * o.high,
        ];
        Self::new(min4(c), max4(c))
    }
}

impl From<f64> for Range {
    fn from(v: f64) -> Self {
        Self::point(v)
    }
}

fn min4(c: [f64; 4]) -> f64 {
    c.into_iter().fold(f64::INFINITY, f64::min)
}

fn max4(c: [f64; 4]) -> f64 {
    c.into_iter().fold(f64::NEG_INFINITY, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn close(a: Range, lo: f64, hi: f64) {
        assert!(
            (a.low - lo).abs() < 1e-9 && (a.high - hi).abs() < 1e-9,
            "{a:?} vs [{lo}, {hi}]"
        );
    }

    #[test]
    fn arithmetic() {
        let a = Range::new(2.0, 4.0);
        let b = Range::new(1.0, 2.0);
        close(a + b, 3.0, 6.0);
        close(a - b, 0.0, 3.0);
        close(a * b, 2.0, 8.0);
        close(a.checked_div(b).unwrap_or(Range::point(0.0)), 1.0, 4.0);
        close(a.scale(-1.0), -4.0, -2.0);
        close(Range::new(-1.0, 2.0) * Range::new(-3.0, 1.0), -6.0, 3.0);
        assert_eq!(a.checked_div(Range::new(-1.0, 1.0)), None);
        assert_eq!(a.checked_div(Range::point(0.0)), None);
    }

    #[test]
    fn guide_cost_per_engagement_interval() {
        // 10,000 ÷ 15K–20K engagements = $0.50–0.67.
        let cpe = Range::point(10_000.0)
            .checked_div(Range::new(15_000.0, 20_000.0))
            .unwrap_or(Range::point(0.0));
        close(cpe, 0.5, 10_000.0 / 15_000.0);
    }

    #[test]
    fn validation() {
        assert!(Range::point(3.0).is_point());
        assert!(!Range::new(1.0, 3.0).is_point());
        assert!((Range::new(1.0, 3.0).mid() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn whole_numbers_never_claim_more_than_the_range() {
        assert_eq!(
            Range::new(3.75, 20.0 / 3.0).whole_numbers_below(),
            Some((3, 6))
        );
        assert_eq!(Range::new(1.25, 5.0).whole_numbers_below(), Some((1, 5)));
        assert_eq!(Range::new(3.2, 3.8).whole_numbers_below(), Some((3, 3)));
        assert_eq!(Range::point(5.0).whole_numbers_below(), Some((5, 5)));
        assert_eq!(
            Range::new(5.000_000_000_01, 4.999_999_999_99 + 1.0).whole_numbers_below(),
            Some((5, 6))
        );
        assert_eq!(
            Range::point(4.999_999_999_99).whole_numbers_below(),
            Some((5, 5))
        );
        assert_eq!(Range::new(0.4, 2.0).whole_numbers_below(), None);
        assert_eq!(Range::new(-1.0, 2.0).whole_numbers_below(), None);
    }
}
