//! Parsing what people type into number fields: "25,000", "25k", "1.2M", "5.5%", " 300 ".
//! Pure Rust, shared by the form fields and the URL decoder, so both accept the same text.

use std::fmt;

use crate::domain::format::{fixed, group_thousands};

/// What a number field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Whether only whole numbers make sense (people, posts, months).
    pub whole: bool,
    /// Whether the field is an amount of money, which may carry a currency sign or code
    /// ("$25,000", "25 000 €", "USD 25k").
    pub money: bool,
    /// Whether a point before three digits ("10.000") can only group thousands: money (it
    /// has cents, not thousandths), counts, and averages of interactions.
    pub thousands: bool,
}

impl Limits {
    /// A count of people or things, from `min` to `max`.
    #[must_use]
    pub const fn count(min: f64, max: f64) -> Self {
        Limits {
            min,
            max,
            whole: true,
            money: false,
            thousands: true,
        }
    }
    /// An amount or rate that may have decimals.
    #[must_use]
    pub const fn decimal(min: f64, max: f64) -> Self {
        Limits {
            min,
            max,
            whole: false,
            money: false,
            thousands: false,
        }
    }
    /// An average of likes, comments or views: it may have decimals, but never three.
    #[must_use]
    pub const fn interactions(min: f64, max: f64) -> Self {
        Limits {
            thousands: true,
            ..Self::decimal(min, max)
        }
    }
    /// An amount of money, which may carry a currency sign or code.
    #[must_use]
    pub const fn money(min: f64, max: f64) -> Self {
        Limits {
            min,
            max,
            whole: false,
            money: true,
            thousands: true,
        }
    }
}

/// Why a field's text cannot be used. `Display` gives a short sentence for the inline message.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number.
    NotANumber(String),
    /// Negative where only zero or more makes sense.
    Negative,
    /// Below the smallest accepted value.
    TooSmall(f64),
    /// Above the largest accepted value.
    TooLarge(f64),
    /// A fraction where only whole numbers make sense.
    NotWhole,
    /// A range whose numbers are not in order (low, typical, high).
    Reversed,
    /// A rate worked out from the account's figures that cannot be a rate: its
    /// interactions per post (likes, comments, shares, saves) exceed its followers.
    AccountRate(f64),
    /// A comma that cannot group thousands (as in "1,5"): most likely a decimal comma, which
    /// would otherwise be read as a number ten or a hundred times larger; or, where
    /// [`Limits::thousands`] says so, a point before three digits (as in "10.000"): most
    /// likely grouping thousands, which would otherwise be read as a thousand times smaller.
    Separators(String),
    /// A currency sign or code that is not the chosen currency's: what was typed, the
    /// currency it means, and the chosen one (ISO codes).
    WrongCurrency {
        /// The sign or code as typed.
        typed: String,
        /// The currency it stands for.
        means: &'static str,
        /// The currency chosen on the page.
        chosen: String,
    },
}

impl FieldError {
    /// This error, a "not a number" one quoting `text` as the user wrote it rather than the
    /// part or the cleaned form that was read.
    #[must_use]
    pub fn quoting(self, text: &str) -> Self {
        match self {
            FieldError::NotANumber(_) => FieldError::NotANumber(text.trim().to_owned()),
            other => other,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Empty => write!(f, "Enter a number."),
            FieldError::NotANumber(text) => {
                write!(f, "“{}” is not a number.", shorten(text))
            }
            FieldError::Negative => write!(f, "Must not be negative."),
            FieldError::TooSmall(min) => write!(f, "Must be at least {}.", readable(*min)),
            FieldError::TooLarge(max) => write!(f, "Must be at most {}.", readable(*max)),
            FieldError::NotWhole => write!(f, "Use a whole number."),
            FieldError::WrongCurrency { typed, means, chosen } => write!(
                f,
                "“{typed}” is {means}, but amounts here are in {chosen}: remove it or choose {means}."
            ),
            FieldError::AccountRate(rate) => write!(
                f,
                "From the account's figures: interactions per post are {}% of its followers. Check them, or type a rate.",
                readable((rate * 10.0).round() / 10.0)
            ),
            FieldError::Separators(text) => write!(
                f,
                "“{}”: a comma groups thousands here (25,000), and a point marks a decimal.",
                shorten(text)
            ),
            FieldError::Reversed => write!(
                f,
                "Put the numbers in order: low-high, as in 300k-400k, or low-typical-high, as in 300k-320k-400k."
            ),
        }
    }
}

impl std::error::Error for FieldError {}

/// Parses `text` as a number within `limits`.
///
/// Accepts thousands separators (`,` `_` spaces and apostrophes, as in 1'200), a trailing `%`, and the suffixes
/// `k`, `m` and `b` (thousand, million, billion) in either case; in money fields also a
/// currency sign or code before or after the number.
///
/// # Errors
/// A [`FieldError`] naming what is wrong; never panics, whatever the text.
pub fn parse(text: &str, limits: Limits) -> Result<f64, FieldError> {
    parse_in(text, limits, None)
}

/// [`parse`], where a money field's currency sign or code must match `currency` (an ISO
/// code) when one is given: "€25" in a US-dollar field is an error that names the euro.
///
/// # Errors
/// Those of [`parse`], and [`FieldError::WrongCurrency`].
// Not inlined: every field validation calls it, and one copy keeps the page's wasm small.
#[inline(never)]
pub fn parse_in(text: &str, limits: Limits, currency: Option<&str>) -> Result<f64, FieldError> {
    let mut number = text;
    if limits.money {
        if let Some((typed, means, rest)) = split_currency(text.trim()) {
            if let Some(chosen) = currency.filter(|chosen| !same_currency(means, chosen)) {
                return Err(FieldError::WrongCurrency {
                    typed: typed.to_owned(),
                    means,
                    chosen: chosen.to_owned(),
                });
            }
            number = rest;
        }
    }
    if limits.thousands {
        // "10.000": no such field has thousandths, so the point groups thousands ("0.125"
        // is no thousands).
        number = number.trim();
        if let [first, .., b'.', a, b, c] = number.as_bytes() {
            if *first != b'0' && a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() {
                return Err(FieldError::Separators(number.to_owned()));
            }
        }
    }
    check(parse_number(number)?, limits)
}

fn check(value: f64, limits: Limits) -> Result<f64, FieldError> {
    if value < 0.0 && limits.min >= 0.0 {
        return Err(FieldError::Negative);
    }
    if value < limits.min {
        return Err(FieldError::TooSmall(limits.min));
    }
    if value > limits.max {
        return Err(FieldError::TooLarge(limits.max));
    }
    if limits.whole && value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    Ok(value)
}

/// The ISO codes a money field accepts as a currency mark.
const CODES: [&str; 10] = [
    "USD", "EUR", "GBP", "CAD", "AUD", "INR", "JPY", "BRL", "MXN", "CHF",
];

/// The currency a sign or code stands for ("$", "US$" and "usd" → "USD", "€" → "EUR"); a
/// plain "$" is the US dollar's, accepted for every dollar and peso ([`same_currency`]).
fn currency_of(mark: &str) -> Option<&'static str> {
    let upper = mark.to_ascii_uppercase();
    let code = match upper.as_str() {
        "$" | "US$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" | "円" => "JPY",
        "₹" | "RS" | "RS." => "INR",
        "FR." => "CHF",
        "R$" => "BRL",
        "C$" | "CA$" => "CAD",
        "A$" | "AU$" => "AUD",
        "MX$" => "MXN",
        other => return CODES.into_iter().find(|code| *code == other),
    };
    Some(code)
}

/// Whether a sign meaning `means` fits the chosen currency: "$" fits every dollar and peso.
#[must_use]
pub fn same_currency(means: &str, chosen: &str) -> bool {
    means.eq_ignore_ascii_case(chosen)
        || (means == "USD" && matches!(chosen, "CAD" | "AUD" | "MXN"))
}

/// The currency mark before the number or after it (after a k/m/b suffix too) in trimmed
/// text: the mark as typed, the code it stands for, and the text without it.
#[must_use]
pub fn split_currency(t: &str) -> Option<(&str, &'static str, &str)> {
    // A point or sign starts the number only before a digit: "Rs. 1,200", "Fr. 900".
    let bytes = t.as_bytes();
    let start = (0..bytes.len())
        .find(|&at| {
            let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
            digit_at(at) || (matches!(bytes[at], b'.' | b'-' | b'+') && digit_at(at + 1))
        })
        .unwrap_or(t.len());
    let head = t.get(..start)?.trim();
    if let Some(code) = currency_of(head) {
        return Some((head, code, t.get(start..)?));
    }
    let end = t.rfind(|c: char| c.is_ascii_digit())? + 1;
    let tail = t.get(end..)?;
    let suffix = tail.chars().next().map_or(0, char::len_utf8);
    [0, suffix].into_iter().find_map(|cut| {
        let mark = tail.get(cut..)?.trim();
        Some((mark, currency_of(mark)?, t.get(..end + cut)?))
    })
}

/// Parses a finite number, with separators and k/m/b suffixes, ignoring limits.
///
/// # Errors
/// [`FieldError::Empty`] or [`FieldError::NotANumber`].
pub fn parse_number(text: &str) -> Result<f64, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(FieldError::Empty);
    }
    let not_a_number = || FieldError::NotANumber(trimmed.to_string());
    if !commas_group_thousands(trimmed) {
        return Err(FieldError::Separators(trimmed.to_string()));
    }
    let mut digits: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\'' | '’' | '\u{a0}' | '\u{202f}'))
        .collect();
    if digits.ends_with('%') {
        digits.pop();
    }
    let exponent = match digits.chars().last().map(|c| c.to_ascii_lowercase()) {
        Some('k') => 3,
        Some('m') => 6,
        Some('b') => 9,
        _ => 0,
    };
    if exponent != 0 {
        digits.pop();
    }
    // Only plain decimal notation: Rust's parser would also take "inf", "NaN" and "1e400".
    let well_formed = !digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().skip(1).all(|c| c != '-' && c != '+')
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits.len() <= 40;
    if !well_formed {
        return Err(not_a_number());
    }
    let value = decimal_value(&digits, exponent);
    if value.is_finite() {
        // Fold -0 into 0 so that "-0" is not reported as negative.
        Ok(value + 0.0)
    } else {
        Err(not_a_number())
    }
}

/// Whether every comma in `text` sits between a digit and a group of exactly three digits,
/// as thousands separators do ("25,000", "1,500.5"); "1,5" and "1,0000" are not.
fn commas_group_thousands(text: &str) -> bool {
    // Bytes, not a pattern search: one more copy of memchr in the wasm for this.
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(at, byte)| {
        *byte != b','
            || (at > 0
                && bytes.get(at - 1).is_some_and(u8::is_ascii_digit)
                && bytes.get(at + 1..).map_or(0, |tail| {
                    tail.iter().take_while(|b| b.is_ascii_digit()).count()
                }) == 3)
    })
}

/// The value of a checked decimal string (an optional sign, digits, at most one point)
/// times 10^`exponent`, kept to [`DECIMALS`] decimals so that [`plain`] writes it back
/// exactly. The digits become one integer and the point only moves, so "64.51m" is exactly
/// 64,510,000 and "0.1" the same double as Rust's parser gives (one correctly rounded
/// division). Written by hand: `str::parse::<f64>` adds kilobytes to the wasm.
fn decimal_value(digits: &str, exponent: i32) -> f64 {
    let (negative, body) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, digits.strip_prefix('+').unwrap_or(digits)),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    // Decimals beyond what is kept are dropped before they can disturb the integer.
    let kept = usize::try_from((DECIMALS + exponent).max(0)).unwrap_or(0);
    let fraction = fraction.get(..kept.min(fraction.len())).unwrap_or("");
    let mut mantissa = 0.0_f64;
    for digit in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10.0 + f64::from(digit - b'0');
    }
    let shift = exponent - i32::try_from(fraction.len()).unwrap_or(0);
    let value = if shift >= 0 {
        mantissa * 10f64.powi(shift)
    } else {
        mantissa / 10f64.powi(-shift)
    };
    if negative {
        -value
    } else {
        value
    }
}

/// Decimals a field keeps ("0.1234567" is read as 0.123457's digits, cut at six).
pub const DECIMALS: i32 = 6;

/// Writes a number the way the URL and the fields show it: no exponent, no trailing zeros.
#[must_use]
pub fn plain(value: f64) -> String {
    if value.fract() == 0.0 {
        fixed(value, 0)
    } else {
        let text = fixed(value, 6);
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number for a message: [`plain`] with its thousands grouped ("5,000,000,000").
#[must_use]
pub fn readable(value: f64) -> String {
    let text = plain(value);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = group_thousands(whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

fn shorten(text: &str) -> String {
    const MAX: usize = 24;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNT: Limits = Limits::count(0.0, 5e9);
    const PERCENT: Limits = Limits::decimal(0.0, 100.0);

    #[track_caller]
    fn accepts(text: &str, limits: Limits, expected: f64) {
        assert_eq!(parse(text, limits), Ok(expected), "text {text:?}");
    }

    #[track_caller]
    fn rejects(text: &str, limits: Limits, expected: FieldError) {
        assert_eq!(parse(text, limits), Err(expected), "text {text:?}");
    }

    #[test]
    fn accepts_what_people_type() {
        accepts("25000", COUNT, 25_000.0);
        accepts(" 25,000 ", COUNT, 25_000.0);
        accepts("25 000", COUNT, 25_000.0);
        accepts("25_000", COUNT, 25_000.0);
        // Swiss writing, with a straight or a typographic apostrophe.
        accepts("25'000", COUNT, 25_000.0);
        accepts("1’234’567", COUNT, 1_234_567.0);
        accepts("25k", COUNT, 25_000.0);
        accepts("1.5M", COUNT, 1_500_000.0);
        accepts("2b", COUNT, 2e9);
        accepts("5.5%", PERCENT, 5.5);
        accepts("0", COUNT, 0.0);
        accepts("-0", COUNT, 0.0);
        accepts("+7", COUNT, 7.0);
        accepts(".5", PERCENT, 0.5);
        accepts("0.1", PERCENT, 0.1);
        accepts("5.55", PERCENT, 5.55);
        accepts("0.333333", PERCENT, 0.333333);
        accepts("1.5k", COUNT, 1_500.0);
        accepts("12345678901", Limits::count(0.0, 1e12), 12_345_678_901.0);
        accepts("64.51m", Limits::count(0.0, 1e12), 64_510_000.0);
        accepts("1.39M", Limits::decimal(0.0, 1e12), 1_390_000.0);
        accepts("0.1234564", PERCENT, 0.123456);
    }

    #[test]
    fn rejects_with_a_reason() {
        rejects("", COUNT, FieldError::Empty);
        rejects("   ", COUNT, FieldError::Empty);
        rejects("abc", COUNT, FieldError::NotANumber("abc".into()));
        rejects("NaN", COUNT, FieldError::NotANumber("NaN".into()));
        rejects("inf", COUNT, FieldError::NotANumber("inf".into()));
        rejects("1e400", COUNT, FieldError::NotANumber("1e400".into()));
        rejects("1.2.3", COUNT, FieldError::NotANumber("1.2.3".into()));
        rejects("5-3", COUNT, FieldError::NotANumber("5-3".into()));
        rejects("k", COUNT, FieldError::NotANumber("k".into()));
        rejects("-5", COUNT, FieldError::Negative);
        rejects("-5", Limits::count(1.0, 10.0), FieldError::Negative);
        rejects("0", Limits::count(1.0, 10.0), FieldError::TooSmall(1.0));
        rejects("6b", COUNT, FieldError::TooLarge(5e9));
        rejects("101", PERCENT, FieldError::TooLarge(100.0));
        rejects("2.5", COUNT, FieldError::NotWhole);
    }

    #[test]
    fn a_comma_that_cannot_group_thousands_is_named_not_read_as_one() {
        // "1,5" once read as 15: ten times the 1.5 a decimal comma means.
        for text in [
            "1,5",
            "1,5%",
            "1,50",
            "1,0000",
            ",500",
            "2,5k",
            "1,000,00",
            "1,000.5,5",
        ] {
            rejects(text, PERCENT, FieldError::Separators(text.into()));
        }
        assert_eq!(
            FieldError::Separators("1,5".into()).to_string(),
            "“1,5”: a comma groups thousands here (25,000), and a point marks a decimal."
        );
        // A point before three digits in an amount of money: "€10.000" is not €10.
        for (text, number) in [
            ("10.000", "10.000"),
            ("€10.000", "10.000"),
            ("1.200 €", "1.200"),
        ] {
            assert_eq!(
                parse_in(text, MONEY, Some("EUR")),
                Err(FieldError::Separators(number.into())),
                "{text}"
            );
        }
        money_in("10.50", "EUR", 10.5);
        money_in("0.125", "EUR", 0.125);
        // Counts and averages of likes too: "12.500" followers, "1.500" likes per post.
        for limits in [COUNT, Limits::interactions(0.0, 1e12)] {
            assert_eq!(
                parse("12.500", limits),
                Err(FieldError::Separators("12.500".into()))
            );
        }
        accepts("12.5", Limits::interactions(0.0, 1e12), 12.5);
        money_in("10.5", "EUR", 10.5);
        accepts("4.125", PERCENT, 4.125);
        accepts("1,500.5", Limits::decimal(0.0, 1e12), 1_500.5);
        accepts("1,000,000", COUNT, 1_000_000.0);
        accepts("2,500k", Limits::count(0.0, 1e12), 2_500_000.0);
        assert_eq!(
            parse_in("€1,5", MONEY, Some("EUR")),
            Err(FieldError::Separators("1,5".into()))
        );
    }

    const MONEY: Limits = Limits::money(0.0, 1e12);

    #[track_caller]
    fn money_in(text: &str, currency: &str, expected: f64) {
        assert_eq!(
            parse_in(text, MONEY, Some(currency)),
            Ok(expected),
            "text {text:?}"
        );
    }

    #[test]
    fn money_fields_take_currency_signs_and_codes() {
        money_in("$25,000", "USD", 25_000.0);
        money_in("25 000 €", "EUR", 25_000.0);
        money_in("USD 25k", "USD", 25_000.0);
        money_in("Rs. 1,200", "INR", 1_200.0);
        money_in("Fr. 900.50", "CHF", 900.5);
        money_in(".5 CHF", "CHF", 0.5);
        money_in("usd 25k", "USD", 25_000.0);
        money_in("€1.5k", "EUR", 1_500.0);
        money_in("¥150,000", "JPY", 150_000.0);
        money_in("R$ 3,000", "BRL", 3_000.0);
        money_in("$500", "CAD", 500.0);
        money_in("25000", "GBP", 25_000.0);
        money_in("25000 CHF", "CHF", 25_000.0);
        // Without a chosen currency any sign is accepted.
        assert_eq!(parse("£40", MONEY), Ok(40.0));
        // Counts take no currency.
        assert_eq!(
            parse("$25,000", COUNT),
            Err(FieldError::NotANumber("$25,000".into()))
        );
    }

    #[test]
    fn a_sign_of_another_currency_is_named() {
        let error = parse_in("€25,000", MONEY, Some("USD"));
        assert_eq!(
            error,
            Err(FieldError::WrongCurrency {
                typed: "€".into(),
                means: "EUR",
                chosen: "USD".into()
            })
        );
        let message = error.err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            message,
            "“€” is EUR, but amounts here are in USD: remove it or choose EUR."
        );
        assert!(matches!(
            parse_in("USD 25k", MONEY, Some("JPY")),
            Err(FieldError::WrongCurrency { means: "USD", .. })
        ));
    }

    #[test]
    fn messages_are_sentences() {
        assert_eq!(FieldError::Negative.to_string(), "Must not be negative.");
        assert_eq!(FieldError::TooSmall(1.0).to_string(), "Must be at least 1.");
        assert_eq!(
            FieldError::TooLarge(100.0).to_string(),
            "Must be at most 100."
        );
        assert_eq!(
            FieldError::TooLarge(5e9).to_string(),
            "Must be at most 5,000,000,000."
        );
        assert_eq!(
            FieldError::TooSmall(1_000.5).to_string(),
            "Must be at least 1,000.5."
        );
        let long = "x".repeat(100);
        assert!(FieldError::NotANumber(long).to_string().contains('…'));
    }

    #[test]
    fn parsing_matches_rust_and_round_trips_through_plain() {
        for text in [
            "0.1",
            "5.55",
            "0.333333",
            "83.33",
            "1234.5",
            "99.99",
            "0.000001",
            "2500000.5",
        ] {
            let ours = parse_number(text).expect("a number");
            assert_eq!(Some(ours), text.parse::<f64>().ok(), "{text}");
            assert_eq!(parse_number(&plain(ours)), Ok(ours), "{text}");
        }
        for text in ["64.51m", "1.39M", "2.5k", "0.001k", "7.25b"] {
            let value = parse_number(text).expect("a number");
            assert_eq!(parse_number(&plain(value)), Ok(value), "{text}");
        }
    }

    #[test]
    fn plain_writes_short_numbers() {
        assert_eq!(plain(25_000.0), "25000");
        assert_eq!(plain(5.5), "5.5");
        assert_eq!(plain(0.125), "0.125");
        assert_eq!(plain(1.0 / 3.0), "0.333333");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::domain::format::group_thousands;
    use proptest::prelude::*;

    const MONEY: Limits = Limits::money(0.0, 1e12);

    proptest! {
        #[test]
        fn money_text_never_panics(text in "\\PC{0,40}", code in "[A-Z]{3}") {
            let _ = parse_in(&text, MONEY, Some(&code));
            let _ = parse(&text, MONEY);
        }

        #[test]
        fn amounts_with_a_sign_or_code_read_as_the_amount(n in 0u64..1_000_000_000_000) {
            let digits = n.to_string();
            let amount = n as f64;
            for text in [
                format!("${}", group_thousands(&digits)),
                format!("{} €", digits),
                format!("USD {}", group_thousands(&digits)),
            ] {
                let currency = if text.contains('€') { "EUR" } else { "USD" };
                prop_assert_eq!(parse_in(&text, MONEY, Some(currency)), Ok(amount), "{}", text);
            }
        }
    }
}
