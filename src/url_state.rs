//! The one codec between [`AppState`] and the query string, so every screen is a link.
//!
//! `to_query` writes only what differs from the defaults, plus a version key, so links stay
//! short and later releases can read today's links. `from_query` never fails: a value it
//! cannot use falls back to its default and is named in a [`Notice`], and every other
//! value is kept.

use std::fmt;

use crate::domain::platform::Platform;
use crate::state::{AppState, Calculator, NumberField, NumberSpec, TIER_FOLLOWERS};

/// The version this release writes into `v=`.
pub const VERSION: u32 = 1;
/// Query strings longer than this are cut before decoding (no real link comes close).
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// Pairs beyond this many are ignored (a real link has a few dozen at most).
pub const MAX_PAIRS: usize = 200;

const KEY_VERSION: &str = "v";
const KEY_CALCULATOR: &str = "calc";
const KEY_TIER_PLATFORM: &str = "tier.platform";

/// Something in a link that could not be used; shown as a short notice on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A known key with a value that cannot be used; the default was used instead.
    BadValue {
        /// Label of the field.
        field: &'static str,
        /// The value as found (shortened).
        value: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// Keys this release does not know.
    UnknownKeys(Vec<String>),
    /// The link says it was made by another version.
    Version(String),
    /// The query was too long or had too many parts; the rest was ignored.
    Truncated,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::BadValue {
                field,
                value,
                reason,
            } => write!(
                f,
                "The link's {} “{}” was not used: {} The default is shown instead.",
                field.to_lowercase(),
                value,
                reason.trim_end_matches('.').to_string() + "."
            ),
            Notice::UnknownKeys(keys) => {
                let shown: Vec<&str> = keys.iter().take(5).map(String::as_str).collect();
                let more = keys.len().saturating_sub(shown.len());
                write!(f, "Ignored unknown link parts: {}", shown.join(", "))?;
                if more > 0 {
                    write!(f, " and {more} more")?;
                }
                write!(f, ".")
            }
            Notice::Version(v) => write!(
                f,
                "This link names version “{v}”, which this page does not know; \
                 values it could read are shown."
            ),
            Notice::Truncated => write!(f, "The link was too long; only its start was read."),
        }
    }
}

/// Writes the state as a query string without the leading `?`; empty when all is default.
pub fn to_query(state: &AppState) -> String {
    let defaults = AppState::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if state.calculator != defaults.calculator {
        pairs.push((KEY_CALCULATOR, state.calculator.slug().to_string()));
    }
    if state.tiers.platform != defaults.tiers.platform {
        pairs.push((KEY_TIER_PLATFORM, state.tiers.platform.slug().to_string()));
    }
    push_number(&mut pairs, &TIER_FOLLOWERS, &state.tiers.followers);
    if pairs.is_empty() {
        return String::new();
    }
    let mut out = format!("{KEY_VERSION}={VERSION}");
    for (key, value) in pairs {
        out.push('&');
        out.push_str(&encode(key));
        out.push('=');
        out.push_str(&encode(&value));
    }
    out
}

/// Reads a query string (with or without `?`), falling back to defaults for what it cannot
/// use. Never panics, whatever the text.
pub fn from_query(query: &str) -> (AppState, Vec<Notice>) {
    let mut notices = Vec::new();
    let pairs = parse_pairs(query, &mut notices);
    let mut state = AppState::default();
    let mut unknown = Vec::new();
    for (key, value) in &pairs {
        match key.as_str() {
            KEY_VERSION => {
                if value != &VERSION.to_string() {
                    notices.push(Notice::Version(shorten(value)));
                }
            }
            KEY_CALCULATOR => match Calculator::from_slug(value) {
                Some(calculator) => state.calculator = calculator,
                None => notices.push(bad_value("Calculator", value, "no such calculator.")),
            },
            KEY_TIER_PLATFORM => match Platform::from_slug(&value.to_lowercase()) {
                Some(platform) => state.tiers.platform = platform,
                None => notices.push(bad_value("Platform", value, "no such platform.")),
            },
            k if k == TIER_FOLLOWERS.key => {
                state.tiers.followers = read_number(&TIER_FOLLOWERS, value, &mut notices)
            }
            "" => {}
            other => unknown.push(shorten(other)),
        }
    }
    if !unknown.is_empty() {
        notices.push(Notice::UnknownKeys(unknown));
    }
    (state, notices)
}

fn push_number(pairs: &mut Vec<(&'static str, String)>, spec: &NumberSpec, field: &NumberField) {
    if field.value != spec.default {
        pairs.push((spec.key, crate::input::plain(field.value)));
    }
}

fn read_number(spec: &NumberSpec, value: &str, notices: &mut Vec<Notice>) -> NumberField {
    match spec.parse(value) {
        Ok(number) => NumberField::valid(number),
        Err(error) => {
            notices.push(bad_value(spec.label, value, &error.to_string()));
            spec.default_field()
        }
    }
}

fn bad_value(field: &'static str, value: &str, reason: &str) -> Notice {
    Notice::BadValue {
        field,
        value: shorten(value),
        reason: reason.to_string(),
    }
}

fn shorten(text: &str) -> String {
    const MAX: usize = 32;
    let mut short: String = text.chars().filter(|c| !c.is_control()).take(MAX).collect();
    if text.chars().count() > MAX {
        short.push('…');
    }
    short
}

/// Splits `a=1&b=2` into decoded pairs, capped in length and count.
fn parse_pairs(query: &str, notices: &mut Vec<Notice>) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut cut = query.len().min(MAX_QUERY_BYTES);
    while !query.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut truncated = cut < query.len();
    let mut pairs = Vec::new();
    for (index, part) in query[..cut].split('&').enumerate() {
        if index >= MAX_PAIRS {
            truncated = true;
            break;
        }
        if part.is_empty() {
            continue;
        }
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        pairs.push((decode(key), decode(value)));
    }
    if truncated {
        notices.push(Notice::Truncated);
    }
    pairs
}

/// Percent-encodes everything but unreserved characters and the `.` used in keys.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; a broken escape is kept as typed, invalid UTF-8 is replaced.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(index + 1..index + 3)
                    .and_then(|pair| std::str::from_utf8(pair).ok())
                    .and_then(|pair| u8::from_str_radix(pair, 16).ok());
                if let Some(byte) = hex {
                    out.push(byte);
                    index += 2;
                } else {
                    out.push(b'%');
                }
            }
            other => out.push(other),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;

    #[track_caller]
    fn round_trips(state: &AppState) {
        let query = to_query(state);
        let (decoded, notices) = from_query(&query);
        assert_eq!(&decoded, state, "query {query:?}");
        assert!(notices.is_empty(), "query {query:?} gave {notices:?}");
    }

    #[test]
    fn the_default_screen_is_an_empty_query() {
        assert_eq!(to_query(&AppState::default()), "");
        round_trips(&AppState::default());
    }

    #[test]
    fn every_platform_and_size_round_trips() {
        for platform in Platform::ALL {
            for followers in ["1", "999", "25000", "1000000", "5000000000"] {
                let state = AppState::default()
                    .apply(Action::SetTierPlatform(platform))
                    .apply(Action::SetTierFollowers(followers.into()));
                round_trips(&state);
            }
        }
    }

    #[test]
    fn only_changed_values_are_written() {
        let state = AppState::default().apply(Action::SetTierPlatform(Platform::TikTok));
        assert_eq!(to_query(&state), "v=1&tier.platform=tiktok");
        let state = state.apply(Action::SetTierFollowers("250k".into()));
        assert_eq!(
            to_query(&state),
            "v=1&tier.platform=tiktok&tier.followers=250000"
        );
    }

    #[test]
    fn a_bad_value_is_named_and_the_rest_is_kept() {
        let (state, notices) = from_query("?v=1&tier.platform=myspace&tier.followers=250000");
        assert_eq!(state.tiers.platform, Platform::Instagram);
        assert_eq!(state.tiers.followers.value, 250_000.0);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].to_string().contains("myspace"), "{}", notices[0]);

        for bad in [
            "abc",
            "-5",
            "0",
            "1e999",
            "NaN",
            "Infinity",
            "99999999999999",
            "2.5",
        ] {
            let (state, notices) =
                from_query(&format!("tier.platform=tiktok&tier.followers={bad}"));
            assert_eq!(state.tiers.platform, Platform::TikTok, "{bad}");
            assert_eq!(
                state.tiers.followers,
                TIER_FOLLOWERS.default_field(),
                "{bad}"
            );
            assert!(
                matches!(
                    &notices[..],
                    [Notice::BadValue {
                        field: "Followers",
                        ..
                    }]
                ),
                "{bad}: {notices:?}"
            );
        }
    }

    #[test]
    fn strange_links_open_with_notices() {
        let (_, notices) = from_query("v=7&zzz=1&tier.followers=%E0%A4%A");
        assert!(notices.contains(&Notice::Version("7".into())));
        assert!(notices.contains(&Notice::UnknownKeys(vec!["zzz".into()])));
        let many = (0..5000)
            .map(|i| format!("k{i}=1"))
            .collect::<Vec<_>>()
            .join("&");
        let (state, notices) = from_query(&many);
        assert_eq!(state, AppState::default());
        assert!(notices.contains(&Notice::Truncated));
        let (_, notices) = from_query("tier.platform=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert!(notices[0].to_string().contains("<script>"));
    }

    #[test]
    fn percent_coding_round_trips() {
        assert_eq!(decode(&encode("a b&c=d/é")), "a b&c=d/é");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("TikTok+2"), "TikTok 2");
    }
}
