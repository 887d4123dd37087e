//! Number conversions shared by the calculators.

/// Converts a count to `f64`. Exact for every count up to 2^53, which covers
/// every follower count accepted ([`crate::domain::tier::MAX_AUDIENCE`]).
#[must_use]
#[allow(clippy::cast_precision_loss)]
pub const fn to_f64(n: u64) -> f64 {
    n as f64
}
