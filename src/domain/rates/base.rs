//! The base rate by size, placed on the platform's tier ladder between the guide's
//! figures, and the rounding of final prices.

use crate::domain::data;
use crate::domain::format::{round_to, NumberFormatter};
use crate::domain::num::to_f64;
use crate::domain::source::Provenance;
use crate::domain::vocab::{Deliverable, Tier};

/// Rounds a price by [`data::RATE_ROUNDING`]: nearest 10 cents under $10, $5 under $1,000,
/// $50 under $10,000, $500 from $10,000; never below 10 cents, which a value that is not
/// finite also gives.
#[must_use]
pub fn round_rate(v: f64) -> f64 {
    let [(_, floor), ..] = data::RATE_ROUNDING;
    if !v.is_finite() {
        return floor;
    }
    let step = data::RATE_ROUNDING
        .iter()
        .find(|(below, _)| v < *below)
        .map_or(data::RATE_ROUNDING_TOP_STEP, |(_, step)| *step);
    round_to(v, step).max(floor)
}

/// The rounding rule in words, in the chosen currency: [`data::RATE_ROUNDING`]'s US-dollar
/// steps times `scale` ("Rounded to the nearest $0.10 under $10, $5 under $1,000, $50 under
/// $10,000 and $500 above", or ¥10, ¥500, ¥5,000 and ¥50,000 with a scale of 100).
#[must_use]
pub fn rounding_note(f: &dyn NumberFormatter, scale: f64) -> String {
    let money = |v: f64| whole_money(f, v * scale);
    let bands: Vec<String> = data::RATE_ROUNDING
        .iter()
        .map(|(below, step)| format!("{} under {}", money(*step), money(*below)))
        .collect();
    format!(
        "Rounded to the nearest {} and {} above.",
        bands.join(", "),
        money(data::RATE_ROUNDING_TOP_STEP)
    )
}

/// A whole amount without the cents the money format shows under 10 ("$5", not "$5.00").
fn whole_money(f: &dyn NumberFormatter, v: f64) -> String {
    let text = f.money(v);
    if v.fract() != 0.0 || v.abs() >= 10.0 {
        return text;
    }
    for cents in [".00", ",00"] {
        if let Some(at) = text.find(cents) {
            let mut whole = text.clone();
            whole.replace_range(at..at + cents.len(), "");
            return whole;
        }
    }
    text
}

/// The base rate by size, USD, unrounded: on a log–log line between the two anchors
/// (followers, USD) the follower count lies between.
#[must_use]
pub fn base_rate(deliverable: Deliverable, followers: u64) -> f64 {
    let t = data::tier_thresholds(deliverable.platform());
    let m = data::micro_rates(deliverable);
    let k = m.average / data::RATE_REFERENCE_AVERAGE;
    let nano = data::RATE_NANO_LOW.value * k;
    let f = to_f64(followers.max(1));
    let mega_floor = to_f64(t.mega_floor);
    let micro_floor = to_f64(t.micro_floor);
    let macro_floor = to_f64(t.macro_floor);
    let pts = [
        (1.0, nano * data::RATE_BELOW_NANO_SHARE.value),
        (to_f64(t.nano_floor), nano),
        (micro_floor, m.low),
        ((micro_floor * macro_floor).sqrt(), m.average),
        (macro_floor, m.high),
        (mega_floor, data::RATE_MACRO_HIGH.value * k),
    ];
    if f >= mega_floor {
        let a = (mega_floor, data::RATE_MEGA_LOW.value * k);
        let b = (
            mega_floor * data::RATE_MEGA_TOP_AT.value,
            data::RATE_MEGA_HIGH.value * k,
        );
        return log_interp(f.min(b.0), a, b);
    }
    let mut lo = pts[0];
    let mut hi = pts[1];
    for w in pts.windows(2) {
        if let [a, b] = w {
            if f >= a.0 && f < b.0 {
                lo = *a;
                hi = *b;
            }
        }
    }
    log_interp(f, lo, hi)
}

/// Interpolates on a log–log line through `a` and `b` (followers, USD).
fn log_interp(f: f64, a: (f64, f64), b: (f64, f64)) -> f64 {
    let span = b.0.ln() - a.0.ln();
    if span <= 0.0 {
        return a.1;
    }
    let t = ((f.ln() - a.0.ln()) / span).clamp(0.0, 1.0);
    // (b₁ / a₁)ᵗ written as exp(t · ln(b₁ / a₁)): `ln` is linked already, and `powf` would
    // add the whole general power function (about 2 KB of wasm).
    a.1 * (t * (b.1 / a.1).ln()).exp()
}

/// Where the base rate's figures come from, for a deliverable at a size tier.
pub(super) fn base_provenances(d: Deliverable, size_tier: Tier) -> Vec<&'static Provenance> {
    let mut v = vec![data::micro_rates(d).provenance, &data::RATE_CURVE_PROV];
    if size_tier == Tier::Micro {
        return v;
    }
    v.push(&data::RATE_TIER_SCALING_PROV);
    match size_tier {
        Tier::BelowNano => {
            v.push(data::RATE_NANO_LOW.provenance);
            v.push(data::RATE_BELOW_NANO_SHARE.provenance);
        }
        Tier::Nano => v.push(data::RATE_NANO_LOW.provenance),
        Tier::Macro => v.push(data::RATE_MACRO_HIGH.provenance),
        _ => {
            v.push(data::RATE_MEGA_LOW.provenance);
            v.push(data::RATE_MEGA_TOP_AT.provenance);
        }
    }
    v
}
