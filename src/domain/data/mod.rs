//! Every default figure, with where it comes from.
//!
//! Nothing else in the domain hard-codes a figure the user could question: tier bounds,
//! engagement benchmarks, rate anchors, add-on prices, ROI presets, budget rules and
//! authenticity thresholds all live here with a [`Provenance`]. A figure taken from the
//! guide says so; a figure from the market research names its source and year; anything
//! else is an [`Assumption`](crate::domain::source::Source::Assumption) with a one-sentence
//! reason the UI can show.

mod authenticity;
mod budget;
mod engagement;
mod exchange;
mod rates;
mod roi;
mod tiers;

pub use authenticity::*;
pub use budget::*;
pub use engagement::*;
pub use exchange::*;
pub use rates::*;
pub use roi::*;
pub use tiers::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::{Platform, Tier};

    #[test]
    fn thresholds_ascend_on_every_platform() {
        for p in Platform::ALL {
            let t = tier_thresholds(p);
            assert!(t.nano_floor > 1, "{p:?}");
            assert!(t.nano_floor < t.micro_floor, "{p:?}");
            assert!(t.micro_floor < t.macro_floor, "{p:?}");
            assert!(t.macro_floor < t.mega_floor, "{p:?}");
        }
    }

    #[test]
    fn guide_micro_bands() {
        let cases = [
            (Platform::Instagram, 10_000, 100_000),
            (Platform::TikTok, 20_000, 500_000),
            (Platform::YouTube, 10_000, 100_000),
            (Platform::LinkedIn, 5_000, 50_000),
            (Platform::Pinterest, 5_000, 50_000),
            (Platform::Threads, 5_000, 50_000),
        ];
        for (p, lo, hi) in cases {
            let t = tier_thresholds(p);
            assert_eq!((t.micro_floor, t.macro_floor), (lo, hi), "{p:?}");
            assert!(!t.provenance[2].is_assumption(), "{p:?}");
        }
        assert!(tier_thresholds(Platform::Bluesky)
            .provenance
            .iter()
            .all(|p| p.is_assumption()));
    }

    #[test]
    fn benchmarks_are_ordered() {
        for p in Platform::ALL {
            for t in Tier::ALL {
                let b = er_benchmark(p, t);
                assert!(b.low <= b.typical && b.typical <= b.high, "{p:?} {t:?}");
                assert_eq!(b.basis, RateBasis::Followers);
                assert!(suspicion_ceiling(p, t) >= 16.0);
                if let Some(v) = er_views_benchmark(p, t) {
                    assert!(v.low <= v.typical && v.typical <= v.high);
                    assert_eq!(v.basis, RateBasis::Views);
                }
            }
        }
        let ig = er_benchmark(Platform::Instagram, Tier::Micro);
        assert_eq!((ig.low, ig.typical, ig.high), (3.0, 5.5, 8.0));
        assert!(!ig.provenance.is_assumption());
        assert!((suspicion_ceiling(Platform::Instagram, Tier::Nano) - 40.0).abs() < 1e-12);
        assert!((suspicion_ceiling(Platform::Instagram, Tier::Macro) - 16.0).abs() < 1e-12);
    }

    #[test]
    fn guide_silent_bounds_are_assumptions() {
        let tt = tier_thresholds(Platform::TikTok);
        assert!(tt.provenance[3].is_assumption());
        assert!(tt.provenance[4].is_assumption());
        for p in [Platform::LinkedIn, Platform::Pinterest, Platform::Threads] {
            let t = tier_thresholds(p);
            for i in [0, 1, 3, 4] {
                assert!(t.provenance[i].is_assumption(), "{p:?} band {i}");
            }
        }
        let ig = tier_thresholds(Platform::Instagram);
        assert!(ig.provenance.iter().all(|p| !p.is_assumption()));
    }
}
