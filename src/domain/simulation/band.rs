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

    /// The percentiles of `values` (reordered in place); `None` when empty or when a value
    /// is not a number.
    #[must_use]
    pub fn of(values: &mut [f64]) -> Option<Self> {
        if values.is_empty() || values.iter().any(|v| v.is_nan()) {
            return None;
        }
        Some(Self {
            p10: percentile(values, 0.1),
            median: percentile(values, 0.5),
            p90: percentile(values, 0.9),
        })
    }
}

/// The value at rank `round(p × (n − 1))` in ascending order (nearest rank).
fn percentile(values: &mut [f64], p: f64) -> f64 {
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
    #[allow(clippy::cast_sign_loss)] // p in [0, 1] and n small: the rank fits
    let rank = (p * (values.len() - 1) as f64).round() as usize;
    let (_, value, _) = values.select_nth_unstable_by(rank, f64::total_cmp);
    *value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_rank() {
        let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        let band = Band::of(&mut v).expect("values");
        assert_eq!((band.p10, band.median, band.p90), (10.0, 50.0, 90.0));
        assert!(Band::of(&mut []).is_none());
        assert!(Band::of(&mut [1.0, f64::NAN]).is_none());
        assert!(Band::of(&mut [3.0, 3.0]).expect("values").is_point());
    }
}
