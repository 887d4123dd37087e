//! Numbers for people, formatted by the browser's `Intl.NumberFormat` in the visitor's
//! locale: separators, currency symbol and sensible decimals.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn format_with(value: f64, options: &[(&str, JsValue)]) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let settings = Object::new();
    for (key, option) in options {
        let _ = Reflect::set(&settings, &JsValue::from_str(key), option);
    }
    let formatter = Intl::NumberFormat::new(&Array::new(), &settings);
    formatter
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// A whole count with thousands separators: "13,750".
pub fn count(value: f64) -> String {
    format_with(value, &[("maximumFractionDigits", 0.into())])
}

/// A compact count for axis labels and ranges: "10K", "1.5M".
pub fn compact(value: f64) -> String {
    format_with(
        value,
        &[
            ("notation", "compact".into()),
            ("maximumFractionDigits", 1.into()),
        ],
    )
}

/// A percentage given in percent units: `5.5` → "5.5%".
pub fn percent(value: f64) -> String {
    format_with(
        value / 100.0,
        &[
            ("style", "percent".into()),
            ("maximumFractionDigits", 2.into()),
        ],
    )
}
