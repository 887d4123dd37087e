//! The exchange rates default US-dollar figures are converted at: the European Central
//! Bank's euro foreign exchange reference rates of one stated day, crossed through the euro.

use crate::domain::source::{Provenance, Verification};

/// The day of [`EUR_REFERENCE_RATES`].
pub const EXCHANGE_RATE_DATE: &str = "26 February 2024";

/// Units of each currency per euro on [`EXCHANGE_RATE_DATE`], as the ECB published them.
pub const EUR_REFERENCE_RATES: [(&str, f64); 9] = [
    ("USD", 1.0852),
    ("JPY", 163.38),
    ("GBP", 0.85495),
    ("CHF", 0.9546),
    ("AUD", 1.656),
    ("BRL", 5.4111),
    ("CAD", 1.4674),
    ("INR", 89.9375),
    ("MXN", 18.5473),
];

/// Where [`EUR_REFERENCE_RATES`] come from.
pub static EXCHANGE_RATE_PROV: Provenance = Provenance::published(
    "European Central Bank",
    "European Central Bank, euro foreign exchange reference rates, 26 February 2024 (ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates)",
    Some(2024),
    Verification::Secondary,
    "Read from two copies of the ECB's published history file (eurofxref-hist.csv) that agree; a currency per US dollar is its rate per euro ÷ the dollar's 1.0852.",
);

/// Units of the currency `code` (ISO 4217) per US dollar on [`EXCHANGE_RATE_DATE`]: the
/// euro's cross rate. 1 for the US dollar and for a code the table does not hold.
#[must_use]
pub fn usd_reference_rate(code: &str) -> f64 {
    let per_euro = |wanted: &str| {
        EUR_REFERENCE_RATES
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(wanted))
            .map(|(_, rate)| *rate)
    };
    let Some(usd) = per_euro("USD") else {
        return 1.0;
    };
    if code.eq_ignore_ascii_case("EUR") {
        return 1.0 / usd;
    }
    per_euro(code).map_or(1.0, |rate| rate / usd)
}

/// The power of ten nearest (on a log scale) to `usd_rate`: rounding steps of US-dollar
/// prices ($5, $50, $500) are multiplied by it, so that yen and rupee prices round to ¥500
/// or ₹500 and euro or pound prices to €5 or £5, the same share of the price as in dollars.
#[must_use]
pub fn rounding_scale(usd_rate: f64) -> f64 {
    if !(usd_rate.is_finite() && usd_rate > 0.0) {
        return 1.0;
    }
    let mut scale = 1.0;
    // √10 ≈ 3.162 is the halfway point between two powers of ten on a log scale.
    while usd_rate / scale >= 10f64.sqrt() {
        scale *= 10.0;
    }
    while usd_rate / scale < 1.0 / 10f64.sqrt() {
        scale /= 10.0;
    }
    scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn near(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-3, "{a} vs {b}");
    }

    #[test]
    fn cross_rates_go_through_the_euro() {
        near(usd_reference_rate("USD"), 1.0);
        near(usd_reference_rate("EUR"), 0.92149);
        near(usd_reference_rate("JPY"), 150.553);
        near(usd_reference_rate("gbp"), 0.78782);
        near(usd_reference_rate("INR"), 82.876);
        near(usd_reference_rate("XXX"), 1.0);
    }

    #[test]
    fn rounding_follows_the_currency_s_size() {
        assert_eq!(rounding_scale(1.0), 1.0);
        assert_eq!(rounding_scale(0.79), 1.0);
        assert_eq!(rounding_scale(1.35), 1.0);
        assert_eq!(rounding_scale(4.99), 10.0);
        assert_eq!(rounding_scale(17.09), 10.0);
        assert_eq!(rounding_scale(82.9), 100.0);
        assert_eq!(rounding_scale(150.55), 100.0);
        assert_eq!(rounding_scale(f64::NAN), 1.0);
    }
}
