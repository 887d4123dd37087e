//! Number conversions shared by the calculators.

/// Converts a count to `f64`. Exact for every count up to 2^53, which covers
/// every follower count accepted ([`crate::domain::tier::MAX_AUDIENCE`]).
#[must_use]
#[allow(clippy::cast_precision_loss)]
pub const fn to_f64(n: u64) -> f64 {
    n as f64
}

/// `v` rounded to six decimals, so that float noise from a division (8.000000000000002,
/// 7.9999999999) compares as the figure it stands for.
#[must_use]
pub fn snap(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
