//! The random number generator of the simulation: SplitMix64 (Steele, Lea and Flood, 2014),
//! written here so that a link gives the same draws on every machine and every release.
//!
//! Only integer arithmetic and one exact multiplication by 2⁻⁵³ are used, so the stream
//! does not depend on the platform's floating-point details.

/// A seeded SplitMix64 stream.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A stream starting from `seed`.
    #[must_use]
    pub const fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `[0, 1)`, from the top 53 bits (every value is a multiple of 2⁻⁵³).
    pub fn next_unit(&mut self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // 53 bits fit an f64 exactly
        let top = (self.next_u64() >> 11) as f64;
        top * (1.0 / 9_007_199_254_740_992.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_fixed_by_the_reference_vector() {
        // SplitMix64 from seed 0, as printed by the authors' reference C code.
        let mut rng = SplitMix64::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(rng.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn units_stay_in_the_half_open_interval_and_are_fixed() {
        let mut rng = SplitMix64::new(2026);
        let first: Vec<f64> = (0..3).map(|_| rng.next_unit()).collect();
        let mut again = SplitMix64::new(2026);
        for value in &first {
            assert!((0.0..1.0).contains(value));
            assert_eq!(value.to_bits(), again.next_unit().to_bits());
        }
        let mut rng = SplitMix64::new(7);
        let mean = (0..100_000).map(|_| rng.next_unit()).sum::<f64>() / 100_000.0;
        assert!((mean - 0.5).abs() < 0.005, "mean {mean}");
    }
}
