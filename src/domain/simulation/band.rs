//! P10, median and P90 of simulated values.

/// Where simulated values fall: one in ten is below `p10`, half below `median`, nine in ten
/// below `p90`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    /// 10th percentile.
    pub p10: f64,
    /// 50th percentile.
    pub median: f64,
    /// 90th percentile.
    pub p90: f64,
}

impl Band {
    /// True when the three figures are equal (nothing uncertain moved this value).
    #[must_use]
    pub fn is_point(&self) -> bool {
        self.p10 == self.p90
    }

    /// The percentiles of `values`; `None` when empty or when a value is not a number.
    #[must_use]
    pub fn of(values: &[f64]) -> Option<Self> {
        let first = *values.first()?;
        let (mut low, mut high) = (first, first);
        for v in values.iter() {
            if v.is_nan() {
                return None;
            }
            if *v < low {
                low = *v;
            }
            if *v > high {
                high = *v;
            }
        }
        if low == high {
            return Some(Self {
                p10: low,
                median: low,
                p90: low,
            });
        }
        // Selection runs on integer keys that sort as the numbers do: several times faster
        // than comparing floats. (Selecting again inside one part of an earlier selection
        // turned out slower than three selections over the whole.)
        let mut keys: Vec<u64> = values.iter().map(|v| order_key(*v)).collect();
        let last = keys.len() - 1;
        let mut at = |p: f64| from_order_key(*keys.select_nth_unstable(rank(last, p)).1);
        Some(Self {
            p10: at(0.1),
            median: at(0.5),
            p90: at(0.9),
        })
    }
}

/// An integer that orders as the number does (for numbers that are not NaN).
fn order_key(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// The number of an [`order_key`].
fn from_order_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 {
        key & !(1 << 63)
    } else {
        !key
    })
}

/// The rank `round(p × last)`: nearest rank of the percentile `p` among `last + 1` values.
fn rank(last: usize, p: f64) -> usize {
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
    #[allow(clippy::cast_sign_loss)] // p in [0, 1] and n small: the rank fits
    let r = (p * last as f64).round() as usize;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_match_a_full_sort() {
        let mut rng = super::super::rng::SplitMix64::new(3);
        for n in [1, 2, 3, 10, 11, 101, 1_000] {
            let values: Vec<f64> = (0..n)
                .map(|_| (rng.next_unit() * 8.0).floor() - 3.5)
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |p: f64| sorted[rank(n - 1, p)];
            let band = Band::of(&values).expect("values");
            assert_eq!(
                (band.p10, band.median, band.p90),
                (at(0.1), at(0.5), at(0.9)),
                "n = {n}"
            );
        }
    }

    #[test]
    fn percentiles_by_rank() {
        let v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        let band = Band::of(&v).expect("values");
        assert_eq!((band.p10, band.median, band.p90), (10.0, 50.0, 90.0));
        assert!(Band::of(&[]).is_none());
        assert!(Band::of(&[1.0, f64::NAN]).is_none());
        assert!(Band::of(&[3.0, 3.0]).expect("values").is_point());
    }
}
