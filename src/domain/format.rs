//! Plain-Rust number formatting.
//!
//! The UI formats numbers with the browser (user's locale and currency) by implementing
//! [`NumberFormatter`]. [`PlainFormatter`] is the US-style fallback used by tests and by
//! any text the domain builds itself.
//!
//! Display rounding of [`PlainFormatter`] (calculations are never rounded by it):
//! - money under $10 shows cents ("$0.67", "$2.50"); from $10 whole dollars ("$83",
//!   "$10,000");
//! - counts are whole numbers with thousands separators ("13,750"), except fractional
//!   values under 100, which keep one decimal ("2.2");
//! - percentages keep up to two decimals under 10% and one decimal from 10% ("5.5%",
//!   "0.87%", "12.3%"), trailing zeros dropped;
//! - ratios keep up to two decimals and end in "×" ("3.75×", "5×").

use super::explain::Quantity;

/// Turns numbers into text. Implemented by the UI with the browser's `Intl`, and by
/// [`PlainFormatter`].
pub trait NumberFormatter {
    /// An amount in US dollars.
    fn money(&self, usd: f64) -> String;
    /// A count of people, posts, conversions, creators.
    fn count(&self, v: f64) -> String;
    /// A percentage given in percent units (5.5 means 5.5%).
    fn percent(&self, v: f64) -> String;
    /// A unitless multiple (2.29 means 2.29 times).
    fn ratio(&self, v: f64) -> String;
    /// A compact count for ladders and axis labels: "10K", "1.5M".
    fn compact(&self, v: f64) -> String;

    /// The text between the ends of a range. Defaults to an en dash.
    fn range_separator(&self) -> &str {
        "–"
    }

    /// Formats a [`Quantity`]; a range whose ends format the same is shown once. Negative
    /// numbers take a true minus sign, and a range with a negative end reads "−$19,240 to
    /// −$13,480" (a dash between two minus signs would read as one more minus).
    fn quantity(&self, q: &Quantity) -> String {
        let (r, f): (_, &dyn Fn(f64) -> String) = match q {
            Quantity::Money(r) => (r, &|v| self.money(v)),
            Quantity::Count(r) => (r, &|v| self.count(v)),
            Quantity::Percent(r) => (r, &|v| self.percent(v)),
            Quantity::Ratio(r) => (r, &|v| self.ratio(v)),
        };
        let lo = true_minus(f(r.low));
        let hi = true_minus(f(r.high));
        if lo == hi {
            lo
        } else if lo.starts_with(MINUS) || hi.starts_with(MINUS) {
            format!("{lo} to {hi}")
        } else {
            format!("{lo}{}{hi}", self.range_separator())
        }
    }
}

/// The minus sign (U+2212) numbers on the page are written with.
pub const MINUS: char = '\u{2212}';

/// `text` with a leading hyphen-minus (as `Intl` and Rust write negatives) turned into a
/// true minus sign.
#[must_use]
pub fn true_minus(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("{MINUS}{rest}"),
        None => text,
    }
}

/// The kinds of number on the page, each with its decimals rule (see [`decimals`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An amount of money.
    Money,
    /// A count of people, posts, conversions, creators.
    Count,
    /// A percentage in percent units.
    Percent,
    /// A unitless multiple.
    Ratio,
}

/// The decimals shown for `v`: the page's one rounding rule, followed by [`PlainFormatter`]
/// and by the browser's formatter alike. Money: 2 under 10 (cents), else 0. Counts: 0 for
/// whole numbers and from 100, else 1. Percentages: at most 2 under 10%, else at most 1.
/// Ratios: at most 2. Where the rule says "at most", trailing zeros are dropped. Money,
/// percentages and ratios too small for those decimals take two significant digits (up
/// to 6 decimals), so that $0.0012 or 0.0012× never reads as 0.
#[must_use]
pub fn decimals(kind: Kind, v: f64) -> usize {
    let a = v.abs();
    match kind {
        // Under a millionth is float noise around 0, shown as 0. Each bound is a hair under
        // a power of ten, as 0.000999 shows "0.0010" at 4 decimals, and 0.00999 "0.01" at 2.
        Kind::Money | Kind::Percent | Kind::Ratio if (1e-6..0.00995).contains(&a) => {
            4 + usize::from(a < 9.95e-4) + usize::from(a < 9.95e-5)
        }
        Kind::Money => {
            if a < 10.0 {
                2
            } else {
                0
            }
        }
        Kind::Count => usize::from(a < 100.0 && (v - v.round()).abs() >= 0.05),
        Kind::Percent => {
            if a < 10.0 {
                2
            } else {
                1
            }
        }
        Kind::Ratio => 2,
    }
}

/// `v` rounded to the decimals the page shows it with ([`decimals`]), so that a figure is
/// judged as it reads: 2.998% reads "3%" and is graded as 3%, never as below it.
#[must_use]
pub fn as_shown(kind: Kind, v: f64) -> f64 {
    let scale = 10_f64.powi(i32::try_from(decimals(kind, v)).unwrap_or(6));
    (v * scale).round() / scale
}

/// US-style formatting: "$10,000", "$0.67", "13,750", "5.5%", "2.29×".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlainFormatter;

impl NumberFormatter for PlainFormatter {
    fn money(&self, usd: f64) -> String {
        if !usd.is_finite() {
            return "n/a".to_owned();
        }
        let decimals = decimals(Kind::Money, usd);
        let s = fixed_grouped(usd.abs(), decimals);
        if is_negative_after_rounding(usd, decimals) {
            format!("{MINUS}${s}")
        } else {
            format!("${s}")
        }
    }

    fn count(&self, v: f64) -> String {
        if !v.is_finite() {
            return "n/a".to_owned();
        }
        let decimals = decimals(Kind::Count, v);
        signed(v, decimals, fixed_grouped(v.abs(), decimals))
    }

    fn percent(&self, v: f64) -> String {
        if !v.is_finite() {
            return "n/a".to_owned();
        }
        // Written from the value as judged ([`as_shown`]), so that text and verdict agree.
        let decimals = decimals(Kind::Percent, v);
        let shown = as_shown(Kind::Percent, v);
        format!(
            "{}%",
            signed(
                shown,
                decimals,
                trim_zeros(&fixed_grouped(shown.abs(), decimals))
            )
        )
    }

    fn ratio(&self, v: f64) -> String {
        if !v.is_finite() {
            return "n/a".to_owned();
        }
        let decimals = decimals(Kind::Ratio, v);
        format!(
            "{}×",
            signed(v, decimals, trim_zeros(&fixed_grouped(v.abs(), decimals)))
        )
    }

    fn compact(&self, v: f64) -> String {
        if !v.is_finite() {
            return "n/a".to_owned();
        }
        let (scale, suffix) = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
            .into_iter()
            .find(|(scale, _)| v.abs() >= *scale)
            .unwrap_or((1.0, ""));
        let scaled = v / scale;
        let decimals = usize::from(scaled.abs() < 100.0 && !suffix.is_empty());
        format!(
            "{}{suffix}",
            signed(
                scaled,
                decimals,
                trim_zeros(&fixed_grouped(scaled.abs(), decimals))
            )
        )
    }
}

fn is_negative_after_rounding(v: f64, decimals: usize) -> bool {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    v < 0.0 && (v.abs() * scale).round() > 0.0
}

fn signed(v: f64, decimals: usize, body: String) -> String {
    if is_negative_after_rounding(v, decimals) {
        format!("{MINUS}{body}")
    } else {
        body
    }
}

/// `v` with exactly `decimals` decimals (at most 9), rounded half away from zero, written
/// with integer arithmetic: the wasm build then carries none of the float-formatting code.
/// Magnitudes whose scaled value exceeds `u64` (far beyond any input limit) saturate.
#[must_use]
pub fn fixed(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "n/a".to_owned();
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(u32::try_from(decimals).unwrap_or(0));
    // `as` saturates: values past u64::MAX become u64::MAX.
    let scaled = (v.abs() * scale as f64).round() as u64;
    let mut out = String::with_capacity(24);
    if v < 0.0 && scaled > 0 {
        out.push('-');
    }
    out.push_str(&(scaled / scale).to_string());
    if decimals > 0 {
        let frac = (scaled % scale).to_string();
        out.push('.');
        for _ in frac.len()..decimals {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// `v` (non-negative) with `decimals` decimals and commas between thousands.
#[must_use]
pub fn fixed_grouped(v: f64, decimals: usize) -> String {
    let s = fixed(v, decimals);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (s.clone(), None),
    };
    let grouped = group_thousands(&int);
    match frac {
        Some(f) => format!("{grouped}.{f}"),
        None => grouped,
    }
}

/// Where `needle` first starts in `text`, found byte by byte: `str::find` with a string
/// pattern would bring the standard library's two-way searcher (about 2 KB) into the first
/// load, whose only string searches are this function's callers.
#[must_use]
pub fn find(text: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    text.as_bytes()
        .windows(needle.len().max(1))
        .position(|w| w == needle)
}

/// Inserts commas into a string of digits: "1234567" → "1,234,567".
#[must_use]
pub fn group_thousands(digits: &str) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s.to_owned()
    }
}

/// Rounds `v` to the nearest multiple of `step`; halves round away from zero. Returns `v`
/// unchanged when `step` is not a positive finite number, and 0 when `v` is not finite.
#[must_use]
pub fn round_to(v: f64, step: f64) -> f64 {
    if !v.is_finite() {
        return 0.0;
    }
    if step > 0.0 && step.is_finite() {
        let r = (v / step).round() * step;
        if r.is_finite() {
            r
        } else {
            v
        }
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_gives_where_str_find_would() {
        for (text, needle) in [
            ("300k to 400k", " to "),
            ("a<!--part-->b", "<!--part-->"),
            ("tomato", " to "),
            ("to", " to "),
            ("é to ü", " to "),
        ] {
            assert_eq!(find(text, needle), text.find(needle), "{text}");
        }
    }

    #[test]
    fn fixed_matches_rusts_formatting() {
        for v in [
            0.0, 0.5, 1.0, 2.5, 12.345, 83.333, 1234.5678, 0.004, 5e9, 1e12, -3.25,
        ] {
            for d in 0..4 {
                let ours = fixed(v, d);
                let rust = format!("{v:.d$}");
                let close = (ours.parse::<f64>().unwrap_or(f64::NAN)
                    - rust.parse::<f64>().unwrap_or(0.0))
                .abs()
                    <= 10f64.powi(-(d as i32));
                assert!(close, "{v} {d}: {ours} vs {rust}");
            }
        }
        assert_eq!(fixed(13_750.0, 0), "13750");
        assert_eq!(fixed(0.666_666, 2), "0.67");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(f64::NAN, 2), "n/a");
    }
    use crate::domain::range::Range;

    const F: PlainFormatter = PlainFormatter;

    #[track_caller]
    fn money(v: f64, s: &str) {
        assert_eq!(F.money(v), s);
    }
    #[track_caller]
    fn count(v: f64, s: &str) {
        assert_eq!(F.count(v), s);
    }
    #[track_caller]
    fn pct(v: f64, s: &str) {
        assert_eq!(F.percent(v), s);
    }

    #[test]
    fn a_small_figure_never_reads_as_zero() {
        // "Return on spend 0×" for $1.20 back from $1,000.
        assert_eq!(F.ratio(0.0012), "0.0012×");
        assert_eq!(F.ratio(0.005), "0.005×");
        assert_eq!(F.ratio(0.05), "0.05×");
        assert_eq!(F.ratio(0.0), "0×");
        money(0.0042, "$0.0042");
        money(0.05, "$0.05");
        pct(0.004, "0.004%");
        assert_eq!(decimals(Kind::Ratio, 1.5e-6), 6, "capped");
        // Two significant digits at the bounds too, not "$0.0100".
        money(0.00999, "$0.01");
        money(0.000999, "$0.0010");
        assert_eq!(F.ratio(0.0000999), "0.0001×");
        assert_eq!(decimals(Kind::Ratio, 1e-12), 2, "float noise reads 0");
        assert_eq!(decimals(Kind::Count, 0.004), 0);
    }

    #[test]
    fn money_rules() {
        money(10_000.0, "$10,000");
        money(10_000.0 / 120.0, "$83");
        money(10_000.0 / 275.0, "$36");
        money(10_000.0 / 15_000.0, "$0.67");
        money(0.5, "$0.50");
        money(2.5, "$2.50");
        money(10_000.0 / 3_000.0, "$3.33");
        money(1_500.0, "$1,500");
        money(0.0, "$0.00");
        money(-5.0, "−$5.00");
        money(-0.001, "−$0.0010");
        money(-1e-9, "$0.00");
        money(1_234_567.8, "$1,234,568");
        money(f64::NAN, "n/a");
    }

    #[test]
    fn negative_money_ranges_read_with_minus_signs_and_to() {
        assert_eq!(
            F.quantity(&Quantity::Money(Range::new(-19_240.0, -13_480.0))),
            "−$19,240 to −$13,480"
        );
        assert_eq!(
            F.quantity(&Quantity::Money(Range::new(-2_000.0, 6_500.0))),
            "−$2,000 to $6,500"
        );
        assert_eq!(true_minus("-¥1,000".to_owned()), "−¥1,000");
        assert_eq!(true_minus("$5".to_owned()), "$5");
    }

    #[test]
    fn count_rules() {
        count(13_750.000_000_000_002, "13,750");
        count(120.0, "120");
        count(2.18, "2.2");
        count(750_000.0, "750,000");
        count(0.0, "0");
        count(-0.0, "0");
        count(999.6, "1,000");
    }

    #[test]
    fn percent_rules() {
        pct(5.5, "5.5%");
        pct(0.8, "0.8%");
        pct(20.0, "20%");
        pct(0.872_727, "0.87%");
        pct(12.345, "12.3%");
        pct(100.0, "100%");
        pct(0.0, "0%");
    }

    #[test]
    fn ratio_and_ranges() {
        assert_eq!(F.ratio(3.75), "3.75×");
        assert_eq!(F.ratio(5.0), "5×");
        assert_eq!(
            F.quantity(&Quantity::Money(Range::new(0.5, 10_000.0 / 15_000.0))),
            "$0.50–$0.67"
        );
        assert_eq!(
            F.quantity(&Quantity::Count(Range::new(15_000.0, 20_000.0))),
            "15,000–20,000"
        );
        assert_eq!(F.quantity(&Quantity::Percent(Range::point(5.5))), "5.5%");
        // Ends that format the same are shown once.
        assert_eq!(
            F.quantity(&Quantity::Count(Range::new(120.0, 120.01))),
            "120"
        );
    }

    #[test]
    fn grouping_and_rounding() {
        assert_eq!(group_thousands("1"), "1");
        assert_eq!(group_thousands("1000"), "1,000");
        assert_eq!(group_thousands("123456"), "123,456");
        assert!((round_to(1_234.0, 50.0) - 1_250.0).abs() < 1e-9);
        assert!((round_to(1_224.0, 50.0) - 1_200.0).abs() < 1e-9);
        assert!((round_to(7.5, 5.0) - 10.0).abs() < 1e-9);
    }
}
