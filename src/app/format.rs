//! Numbers for people, formatted by the browser's `Intl.NumberFormat` in the visitor's
//! locale: separators, currency symbol and sensible decimals. Formatters are built once per
//! style and reused, so a render with hundreds of numbers stays fast.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::format::{as_shown, decimals, fixed, true_minus, Kind, NumberFormatter};
use crate::state::Currency;

/// The styles this page formats with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Style {
    /// Whole numbers with separators, or `digits` decimals.
    Count(u8),
    /// Compact: "10K", "1.5M".
    Compact,
    /// Percent with up to `digits` decimals (the value divided by 100).
    Percent(u8),
    /// Money in a currency with exactly `digits` decimals.
    Money(Currency, u8),
}

thread_local! {
    static CACHE: RefCell<Vec<(Style, Intl::NumberFormat)>> = const { RefCell::new(Vec::new()) };
    /// Recent results: a re-render formats mostly the same numbers, and a lookup here is far
    /// cheaper than a call into `Intl`. Direct-mapped: a new result replaces whatever shared
    /// its slot.
    static MEMO: RefCell<Vec<Option<(Style, u64, String)>>> = const { RefCell::new(Vec::new()) };
}

const MEMO_SLOTS: usize = 1024;

fn build(style: Style) -> Intl::NumberFormat {
    let settings = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&settings, &JsValue::from_str(key), &value);
    };
    match style {
        Style::Count(digits) => {
            set("maximumFractionDigits", digits.into());
        }
        Style::Compact => {
            set("notation", "compact".into());
            set("maximumFractionDigits", 1.into());
        }
        Style::Percent(digits) => {
            set("style", "percent".into());
            set("maximumFractionDigits", digits.into());
        }
        Style::Money(currency, digits) => {
            set("style", "currency".into());
            set("currency", currency.code().into());
            set("minimumFractionDigits", digits.into());
            set("maximumFractionDigits", digits.into());
        }
    }
    Intl::NumberFormat::new(&Array::new(), &settings)
}

fn format_with(style: Style, value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    let bits = value.to_bits();
    let slot = memo_slot(style, bits);
    let known = MEMO.with(|memo| {
        memo.borrow()
            .get(slot)
            .and_then(|entry| entry.as_ref())
            .filter(|(s, b, _)| *s == style && *b == bits)
            .map(|(_, _, text)| text.clone())
    });
    if let Some(text) = known {
        return text;
    }
    let text = format_uncached(style, value);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.is_empty() {
            memo.resize(MEMO_SLOTS, None);
        }
        if let Some(entry) = memo.get_mut(slot) {
            *entry = Some((style, bits, text.clone()));
        }
    });
    text
}

/// `value`, or 0 when it is -0 or a negative that rounds to zero in `style`: `Intl` writes
/// both as "-0" (an empty sum of floats is -0).
fn unsigned_zero(style: Style, value: f64) -> f64 {
    let (digits, scale) = match style {
        Style::Count(digits) | Style::Money(_, digits) => (digits, 1.0),
        Style::Percent(digits) => (digits, 100.0),
        Style::Compact => (1, 1.0),
    };
    let scaled = value.abs() * scale * 10f64.powi(i32::from(digits));
    if scaled.round() == 0.0 {
        0.0
    } else {
        value
    }
}

/// The memo slot of a number in a style: a cheap mix of its bits (a direct-mapped cache
/// needs no hash map, which keeps a hasher and a table out of the wasm).
fn memo_slot(style: Style, bits: u64) -> usize {
    let tag: u64 = match style {
        Style::Count(d) => u64::from(d),
        Style::Compact => 7,
        Style::Percent(d) => 11 + u64::from(d),
        Style::Money(_, d) => 23 + u64::from(d),
    };
    let mixed =
        (bits ^ (bits >> 29) ^ tag.wrapping_mul(0x9E37_79B9)).wrapping_mul(0x2545_F491_4F6C_DD1D);
    usize::try_from(mixed >> 53).unwrap_or(0) % MEMO_SLOTS
}

fn format_uncached(style: Style, value: f64) -> String {
    // Here, not before the memo: a -0 misses it once and is then remembered as "0".
    let value = unsigned_zero(style, value);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let index = match cache.iter().position(|(s, _)| *s == style) {
            Some(index) => index,
            None => {
                cache.push((style, build(style)));
                cache.len() - 1
            }
        };
        cache
            .get(index)
            .and_then(|(_, formatter)| {
                formatter
                    .format()
                    .call1(&JsValue::NULL, &JsValue::from_f64(value))
                    .ok()
            })
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| fixed(value, 2))
    })
}

/// A compact count for axis labels and ranges: "10K", "1.5M".
pub fn compact(value: f64) -> String {
    format_with(Style::Compact, value)
}

/// A percentage given in percent units: `5.5` → "5.5%". The value is rounded first as the
/// domain judges it ([`as_shown`]): `Intl` rounds `value / 100` by its exact binary value, which
/// at a tie (9.995) can differ from the domain's rounding and show "10%" for a rate judged
/// as 9.99%.
pub fn percent(value: f64) -> String {
    let shown = as_shown(Kind::Percent, value);
    format_with(Style::Percent(digits(Kind::Percent, value)), shown / 100.0)
}

/// The domain's decimals rule, as `Intl` takes it.
fn digits(kind: Kind, value: f64) -> u8 {
    // The rule gives at most 6.
    u8::try_from(decimals(kind, value)).unwrap_or(2)
}

/// Formats numbers for the domain's sentences and formulas in the visitor's locale and the
/// chosen currency, with the domain's decimals rule ([`decimals`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IntlFormatter {
    /// The currency money is shown in.
    pub currency: Currency,
}

impl NumberFormatter for IntlFormatter {
    fn money(&self, amount: f64) -> String {
        let style = Style::Money(self.currency, digits(Kind::Money, amount));
        true_minus(format_with(style, amount))
    }
    fn count(&self, v: f64) -> String {
        format_with(Style::Count(digits(Kind::Count, v)), v)
    }
    fn percent(&self, v: f64) -> String {
        percent(v)
    }
    fn ratio(&self, v: f64) -> String {
        format!("{}×", format_with(Style::Count(digits(Kind::Ratio, v)), v))
    }
    fn compact(&self, v: f64) -> String {
        compact(v)
    }
}
