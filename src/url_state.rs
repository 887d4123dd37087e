//! The one codec between [`AppState`] and the query string, so every screen is a link.
//!
//! `to_query` writes only what differs from the defaults, plus a version key, so links stay
//! short and later releases can read today's links. `from_query` never fails: a value it
//! cannot use falls back to its default and is named in a [`Notice`], and every other
//! value is kept.

use std::fmt;

mod v1;

use crate::domain::vocab::Deliverable;
use crate::domain::vocab::Platform;
use crate::state::fields::{self, NumberField, NumberSpec, ScenarioField};
use crate::state::{
    base_scenario, clean_scenario_name, default_scenarios, AppState, Calculator, Currency, Flag,
    HistoryField, PlatformChoice, Theme, MAX_SCENARIOS,
};

/// The version this release writes into `v=`. Version 2 keeps one account (`acct.` keys)
/// that the tier finder, engagement, rate range and authenticity calculators share; their
/// own keys (`tier.followers`, `rate.er`, …) are figures they keep for themselves. Links of
/// version 1, where each calculator had its own figures, are migrated (`v1.rs`).
pub const VERSION: u32 = 2;
/// Query strings longer than this are cut before decoding (no real link comes close).
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// Pairs beyond this many are ignored (a real link has a few dozen at most).
pub const MAX_PAIRS: usize = 300;

const KEY_VERSION: &str = "v";
const KEY_CALCULATOR: &str = "calc";
const KEY_CURRENCY: &str = "cur";
const KEY_ACCOUNT_PLATFORM: &str = "acct.platform";
const KEY_TIER_PLATFORM: &str = "tier.platform";
const KEY_ER_PLATFORM: &str = "er.platform";
const KEY_AUTH_PLATFORM: &str = "auth.platform";
const KEY_RATE_DELIVERABLE: &str = "rate.deliverable";
const KEY_BUDGET_DELIVERABLE: &str = "budget.deliverable";
const KEY_HISTORY: &str = "auth.history";
const KEY_CARD_OFFERS: &str = "card.offers";
const KEY_SCENARIO_COUNT: &str = "roi.n";
const SCENARIO_PREFIX: &str = "roi.";
/// `embed=1`: only the open calculator, for an iframe on another site.
pub const KEY_EMBED: &str = "embed";
/// `theme=light|dark`: the colour scheme; absent, the system's.
pub const KEY_THEME: &str = "theme";

/// Something in a link that could not be used; shown as a short notice on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A known key with a value that cannot be used; the default was used instead.
    BadValue {
        /// Label of the field.
        field: String,
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
                "The link's {} “{}” was not used: {}. The default is shown instead.",
                lower_first(field),
                value,
                reason.trim_end_matches('.')
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
#[must_use]
pub fn to_query(state: &AppState) -> String {
    DEFAULTS.with(|defaults| query_against(state, defaults))
}

thread_local! {
    /// The state every link is written against, made once: `to_query` runs on every edit.
    static DEFAULTS: AppState = AppState::default();
}

fn query_against(state: &AppState, defaults: &AppState) -> String {
    let mut pairs = Pairs::default();
    choice_pairs(&mut pairs, state, defaults);
    for flag in Flag::ALL {
        if state.flag(flag) != defaults.flag(flag) {
            pairs.push(
                flag.key(),
                if state.flag(flag) { "1" } else { "0" }.to_string(),
            );
        }
    }
    for id in fields::all() {
        let field = state.stored(id);
        let spec = id.spec();
        // A figure shared with the account is written when the calculator keeps its own,
        // whatever its value; every other field when it differs from its default.
        let write = if id.account_source().is_some() {
            state.own.field(id)
        } else {
            field.value != spec.default_field().value
        };
        if write {
            pairs.push(spec.key, fields::value_text(field.value));
        }
    }
    if state.history.value != defaults.history.value {
        pairs.push(KEY_HISTORY, HistoryField::join(&state.history.value, "~"));
    }
    if !state.card_offers.is_empty() {
        pairs.push(KEY_CARD_OFFERS, state.card_offers.clone());
    }
    // Compared by value: typed text that means the same ("2k", "2000") writes nothing.
    if state.roi_scenarios() != defaults.roi_scenarios() {
        scenario_pairs(&mut pairs, state, defaults);
    }
    // Last, so that the link without them is a prefix-equal copy ("Open in Reachwise").
    if state.embed {
        pairs.push(KEY_EMBED, "1".to_string());
    }
    if state.theme != Theme::System {
        pairs.push(KEY_THEME, state.theme.slug().to_string());
    }
    pairs.query()
}

/// The key–value pairs of a query, in order, before encoding.
#[derive(Default)]
struct Pairs(Vec<(String, String)>);

impl Pairs {
    fn push(&mut self, key: &str, value: String) {
        self.0.push((key.to_string(), value));
    }

    /// The encoded query, led by the version; empty when there is no pair.
    fn query(self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let mut out = format!("{KEY_VERSION}={VERSION}");
        for (key, value) in self.0 {
            out.push('&');
            out.push_str(&encode(&key));
            out.push('=');
            out.push_str(&encode(&value));
        }
        out
    }
}

/// The calculator, the currency, and each platform and deliverable that differ from the
/// defaults.
fn choice_pairs(pairs: &mut Pairs, state: &AppState, defaults: &AppState) {
    if state.calculator != defaults.calculator {
        pairs.push(KEY_CALCULATOR, state.calculator.slug().to_string());
    }
    if state.currency != defaults.currency {
        pairs.push(KEY_CURRENCY, state.currency.code().to_string());
    }
    if state.account_platform != defaults.account_platform {
        pairs.push(
            KEY_ACCOUNT_PLATFORM,
            state.account_platform.slug().to_string(),
        );
    }
    for (key, choice) in PLATFORM_KEYS {
        if state.own.platform(choice) {
            pairs.push(key, state.platform(choice).slug().to_string());
        }
    }
    for (key, deliverable, default) in [
        (
            KEY_RATE_DELIVERABLE,
            state.rate_deliverable,
            defaults.rate_deliverable,
        ),
        (
            KEY_BUDGET_DELIVERABLE,
            state.budget_deliverable,
            defaults.budget_deliverable,
        ),
    ] {
        if deliverable != default {
            pairs.push(key, deliverable.slug().to_string());
        }
    }
}

/// The calculators' own platform keys.
const PLATFORM_KEYS: [(&str, PlatformChoice); 3] = [
    (KEY_TIER_PLATFORM, PlatformChoice::Tiers),
    (KEY_ER_PLATFORM, PlatformChoice::Engagement),
    (KEY_AUTH_PLATFORM, PlatformChoice::Authenticity),
];

/// The scenario count, then each scenario's name and numbers that differ from its default.
fn scenario_pairs(pairs: &mut Pairs, state: &AppState, defaults: &AppState) {
    pairs.push(KEY_SCENARIO_COUNT, state.scenarios.len().to_string());
    for (index, scenario) in state.scenarios.iter().enumerate() {
        let base = base_scenario(index, &defaults.scenarios);
        let prefix = format!("{SCENARIO_PREFIX}{}.", index + 1);
        if scenario.name != base.name {
            pairs.push(&format!("{prefix}name"), scenario.name.clone());
        }
        for field in ScenarioField::ALL {
            let value = scenario.field(field).value;
            if value != base.field(field).value {
                pairs.push(
                    &format!("{prefix}{}", field.spec().key),
                    fields::value_text(value),
                );
            }
        }
    }
}

/// The query of `state` with each calculator open, in [`Calculator::ALL`] order, for the
/// menu's links: one encoding of the state instead of one per calculator.
#[must_use]
pub fn calculator_links(state: &AppState) -> Vec<String> {
    let mut base = state.clone();
    base.calculator = Calculator::default();
    let query = to_query(&base);
    let rest = query
        .strip_prefix(&format!("{KEY_VERSION}={VERSION}"))
        .unwrap_or("");
    Calculator::ALL
        .iter()
        .map(|calculator| {
            if *calculator == Calculator::default() {
                query.clone()
            } else {
                format!(
                    "{KEY_VERSION}={VERSION}&{KEY_CALCULATOR}={}{rest}",
                    calculator.slug()
                )
            }
        })
        .collect()
}

/// Reads a query string (with or without `?`), falling back to defaults for what it cannot
/// use. Never panics, whatever the text.
#[must_use]
pub fn from_query(query: &str) -> (AppState, Vec<Notice>) {
    let mut notices = Vec::new();
    let pairs = parse_pairs(query, &mut notices);
    // Links without a version are older than version 2: their figures are per calculator.
    let version_1 = pairs
        .iter()
        .find(|(key, _)| key == KEY_VERSION)
        .is_none_or(|(_, value)| value.trim() == "1");
    let mut state = AppState::default();
    let mut unknown = Vec::new();
    let mut scenario_keys: Vec<(&str, &str)> = Vec::new();
    for (key, value) in &pairs {
        let key = key.as_str();
        match key {
            "" => {}
            KEY_VERSION => {
                if !matches!(value.trim(), "1" | "2") {
                    notices.push(Notice::Version(shorten(value)));
                }
            }
            KEY_CALCULATOR => match Calculator::from_slug(value) {
                Some(calculator) => state.calculator = calculator,
                None => notices.push(bad_value("Calculator", value, "no such calculator")),
            },
            KEY_CURRENCY => match Currency::from_code(value) {
                Some(currency) => state.currency = currency,
                None => notices.push(bad_value(
                    "Currency",
                    value,
                    "not a currency this page knows",
                )),
            },
            KEY_ACCOUNT_PLATFORM | KEY_TIER_PLATFORM | KEY_ER_PLATFORM | KEY_AUTH_PLATFORM => {
                let choice = PLATFORM_KEYS
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map_or(PlatformChoice::Account, |(_, choice)| *choice);
                match Platform::from_slug(&value.to_ascii_lowercase()) {
                    Some(platform) => {
                        // Version 1 gave each calculator its own platform; the migration
                        // decides which stay their own.
                        state.own.set_platform(choice, true);
                        state.set_platform(choice, platform);
                        let own = !version_1 && choice != PlatformChoice::Account;
                        state.own.set_platform(choice, own);
                    }
                    None => notices.push(bad_value("Platform", value, "no such platform")),
                }
            }
            KEY_RATE_DELIVERABLE | KEY_BUDGET_DELIVERABLE => {
                match Deliverable::from_slug(&value.to_ascii_lowercase()) {
                    Some(d) if key == KEY_RATE_DELIVERABLE => state.rate_deliverable = d,
                    Some(d) => state.budget_deliverable = d,
                    None => notices.push(bad_value("Deliverable", value, "no such deliverable")),
                }
            }
            KEY_EMBED => match value.trim() {
                "1" | "true" | "yes" | "on" => state.embed = true,
                "0" | "false" | "no" | "off" | "" => state.embed = false,
                _ => notices.push(bad_value("Embed", value, "use 1 or 0")),
            },
            KEY_THEME => match Theme::from_slug(value) {
                Some(theme) => state.theme = theme,
                None => notices.push(bad_value("Theme", value, "use light or dark")),
            },
            KEY_HISTORY => match HistoryField::parse(&value.replace(',', "~")) {
                Ok(list) => state.history = HistoryField::new(list),
                Err(error) => {
                    notices.push(bad_value("Follower history", value, &error.to_string()))
                }
            },
            KEY_CARD_OFFERS => state.card_offers = crate::state::card::clean_offers(value),
            _ if key.starts_with(SCENARIO_PREFIX) => scenario_keys.push((key, value)),
            _ => {
                if let Some(flag) = Flag::ALL.into_iter().find(|f| f.key() == key) {
                    match value.as_str() {
                        "1" | "true" | "yes" | "on" => state.set_flag(flag, true),
                        "0" | "false" | "no" | "off" => state.set_flag(flag, false),
                        _ => notices.push(bad_value(flag.label(), value, "use 1 or 0")),
                    }
                } else if let Some(id) = fields::field_for_key(key) {
                    if let Some(field) = read_number(id.spec(), value, &mut notices) {
                        state.set_field(id, field);
                        // In version 2 a calculator's key for an account figure is its own.
                        if !version_1 && id.account_source().is_some() {
                            state.own.set_field(id, true);
                        }
                    }
                } else {
                    unknown.push(shorten(key));
                }
            }
        }
    }
    read_scenarios(&mut state, &scenario_keys, &mut notices, &mut unknown);
    // A link that names the deliverable priced but not the account's platform (made before
    // the deliverable followed the account) prices that deliverable: its platform is the
    // account's.
    let names = |wanted: &str| pairs.iter().any(|(key, _)| key == wanted);
    if version_1 {
        v1::migrate(&mut state);
    } else if names(KEY_RATE_DELIVERABLE) && !names(KEY_ACCOUNT_PLATFORM) {
        state.account_platform = state.rate_deliverable.platform();
    }
    if !unknown.is_empty() {
        notices.push(Notice::UnknownKeys(unknown));
    }
    (state, notices)
}

/// Applies the `roi.` keys: first the count, then each scenario's name and fields.
fn read_scenarios(
    state: &mut AppState,
    keys: &[(&str, &str)],
    notices: &mut Vec<Notice>,
    unknown: &mut Vec<String>,
) {
    let defaults = default_scenarios();
    let mut count = defaults.len();
    if let Some((_, value)) = keys.iter().find(|(key, _)| *key == KEY_SCENARIO_COUNT) {
        match value.trim().parse::<usize>() {
            Ok(n) if (1..=MAX_SCENARIOS).contains(&n) => count = n,
            _ => notices.push(bad_value(
                "Number of scenarios",
                value,
                &format!("use 1 to {MAX_SCENARIOS}"),
            )),
        }
    }
    state.scenarios = (0..count).map(|i| base_scenario(i, &defaults)).collect();
    for (key, value) in keys {
        if *key == KEY_SCENARIO_COUNT {
            continue;
        }
        let parsed = key
            .strip_prefix(SCENARIO_PREFIX)
            .unwrap_or("")
            .split_once('.')
            .and_then(|(index, field)| Some((index.parse::<usize>().ok()?, field)));
        let Some((number, field)) = parsed else {
            unknown.push(shorten(key));
            continue;
        };
        let Some(scenario) = number
            .checked_sub(1)
            .and_then(|index| state.scenarios.get_mut(index))
        else {
            unknown.push(shorten(key));
            continue;
        };
        if field == "name" {
            scenario.name = clean_scenario_name(value);
        } else if let Some(id) = ScenarioField::for_key(field) {
            // A bad value keeps the scenario's own default, not the field's blank one.
            let spec = id.spec();
            match spec.parse(value) {
                Ok(parsed) => {
                    scenario.set(id, NumberField::new(parsed));
                }
                Err(error) => notices.push(bad_value(
                    &format!("Scenario {number} {}", spec.label.to_ascii_lowercase()),
                    value,
                    &error.to_string(),
                )),
            }
        } else {
            unknown.push(shorten(key));
        }
    }
}

/// The field a link's value gives; `None`, and a notice, when the value cannot be used.
fn read_number(spec: &NumberSpec, value: &str, notices: &mut Vec<Notice>) -> Option<NumberField> {
    match spec.parse(value) {
        Ok(parsed) => Some(NumberField::new(parsed)),
        Err(error) => {
            notices.push(bad_value(spec.label, value, &error.to_string()));
            None
        }
    }
}

/// A label inside a sentence: its first letter in lower case, the rest as written ("US
/// dollar" stays). ASCII only: `char::to_lowercase` would bring Unicode's case tables into
/// the wasm (about 10 KB gzip), and the labels are English, none starting with capitals.
fn lower_first(label: &str) -> String {
    let mut lowered = label.to_string();
    if let Some(first) = lowered.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    lowered
}

fn bad_value(field: &str, value: &str, reason: &str) -> Notice {
    Notice::BadValue {
        field: field.to_string(),
        value: shorten(value),
        reason: reason.to_string(),
    }
}

/// `text` without control characters, cut to 32 characters with an ellipsis.
pub(crate) fn shorten(text: &str) -> String {
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
    for (index, part) in query.get(..cut).unwrap_or("").split('&').enumerate() {
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
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

/// Decodes `%XX` and `+`; a broken escape is kept as typed, invalid UTF-8 is replaced.
pub(crate) fn decode(text: &str) -> String {
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
    use crate::state::fields::*;
    use crate::state::{Action, DeliverableChoice, Figure, PlatformChoice, Preset};

    #[track_caller]
    fn round_trips(state: &AppState) {
        let query = to_query(state);
        let (decoded, notices) = from_query(&query);
        assert!(notices.is_empty(), "query {query:?} gave {notices:?}");
        // Typed text is normalised ("25k" → "25000"); the values must be identical.
        assert_eq!(to_query(&decoded), query);
        assert_eq!(
            decoded.roi_scenarios(),
            state.roi_scenarios(),
            "query {query:?}"
        );
        assert_eq!(decoded.rate_input(), state.rate_input(), "query {query:?}");
        assert_eq!(
            decoded.budget_input(),
            state.budget_input(),
            "query {query:?}"
        );
        assert_eq!(
            decoded.engagement_input(),
            state.engagement_input(),
            "query {query:?}"
        );
        assert_eq!(
            decoded.authenticity_input(),
            state.authenticity_input(),
            "query {query:?}"
        );
        assert_eq!(decoded.calculator, state.calculator);
        assert_eq!(decoded.currency, state.currency);
        for choice in [
            PlatformChoice::Account,
            PlatformChoice::Tiers,
            PlatformChoice::Engagement,
            PlatformChoice::Authenticity,
        ] {
            assert_eq!(decoded.platform(choice), state.platform(choice), "{query}");
        }
        assert_eq!(decoded.account(), state.account(), "query {query:?}");
        assert_eq!(decoded.tier_engagement(), state.tier_engagement());
        assert_eq!(decoded.embed, state.embed);
        assert_eq!(decoded.theme, state.theme);
    }

    fn set(state: AppState, id: FieldId, text: &str) -> AppState {
        state.apply(Action::SetNumber(id, text.into()))
    }

    #[test]
    fn the_exchange_rate_and_own_base_rate_are_kept_in_the_link() {
        let state = AppState::default()
            .apply(Action::Open(Calculator::Rates))
            .apply(Action::SetCurrency(Currency::Jpy));
        let state = set(state, FieldId::Fx, "140.5");
        let state = set(state, FieldId::RateOwnBase, "¥80,000");
        let query = to_query(&state);
        assert!(query.contains("fx=140.5"), "{query}");
        assert!(query.contains("rate.base=80000"), "{query}");
        round_trips(&state);
        let (decoded, notices) = from_query("v=1&calc=rates&cur=JPY&fx=140.5&rate.base=80000");
        assert!(notices.is_empty(), "{notices:?}");
        assert!((decoded.usd_rate() - 140.5).abs() < 1e-9);
        assert_eq!(decoded.rate_input().own_base, Some(80_000.0));
    }

    #[test]
    fn the_default_screen_is_an_empty_query() {
        assert_eq!(to_query(&AppState::default()), "");
        let (state, notices) = from_query("");
        assert_eq!(state, AppState::default());
        assert!(notices.is_empty());
    }

    #[test]
    fn every_platform_and_size_round_trips() {
        for platform in Platform::ALL {
            for followers in ["1", "999", "25000", "1000000", "5000000000"] {
                let state = AppState::default()
                    .apply(Action::SetPlatform(PlatformChoice::Tiers, platform))
                    .apply(Action::SetPlatform(PlatformChoice::Engagement, platform))
                    .apply(Action::SetPlatform(PlatformChoice::Authenticity, platform));
                round_trips(&set(state, FieldId::TierFollowers, followers));
            }
        }
    }

    #[test]
    fn every_calculator_currency_and_deliverable_round_trips() {
        for calculator in Calculator::ALL {
            for currency in Currency::ALL {
                round_trips(
                    &AppState::default()
                        .apply(Action::Open(calculator))
                        .apply(Action::SetCurrency(currency)),
                );
            }
        }
        for deliverable in Deliverable::ALL {
            round_trips(
                &AppState::default()
                    .apply(Action::SetDeliverable(
                        DeliverableChoice::Rates,
                        deliverable,
                    ))
                    .apply(Action::SetDeliverable(
                        DeliverableChoice::Budget,
                        deliverable,
                    )),
            );
        }
    }

    #[test]
    fn a_rate_card_is_a_link() {
        let offers = "reel 800\n1 reel + 3 stories: $1,100\n3 posts = 1.5k & more";
        let state = AppState::default()
            .apply(Action::Open(Calculator::Card))
            .apply(Action::SetCardOffers(offers.into()))
            .apply(Action::SetNumber(FieldId::CardBonus, "250".into()))
            .apply(Action::SetNumber(FieldId::CardUsage, "40".into()));
        round_trips(&state);
        let query = to_query(&state);
        assert!(query.contains("calc=card"), "{query}");
        assert!(
            query.contains("card.offers=reel%20800%0A1%20reel%20%2B%203%20stories%3A%20%241,100"),
            "{query}"
        );
        assert!(query.contains("card.bonus=250&card.usage=40"), "{query}");
        let (decoded, notices) = from_query(&query);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(decoded.card_offers, offers);
        let (long, _) = from_query(&format!("card.offers={}", "x".repeat(5_000)));
        assert_eq!(long.card_offers.len(), crate::state::card::MAX_OFFERS_TEXT);
    }

    #[test]
    fn the_comments_read_by_hand_are_kept_in_the_link() {
        let state = AppState::default().apply(Action::Open(Calculator::Authenticity));
        let state = set(state, FieldId::AuthCommentsRead, "30");
        let state = set(state, FieldId::AuthCommentsGeneric, "12");
        let query = to_query(&state);
        assert!(query.contains("auth.read=30&auth.generic=12"), "{query}");
        round_trips(&state);
        let (decoded, notices) = from_query("v=1&calc=authenticity&auth.read=25&auth.generic=5");
        assert!(notices.is_empty(), "{notices:?}");
        let input = decoded.authenticity_input();
        assert_eq!(
            (input.comments_read, input.comments_generic),
            (Some(25), Some(5))
        );
        let (_, notices) = from_query("v=1&calc=authenticity&auth.read=0&auth.generic=x");
        assert_eq!(notices.len(), 2, "{notices:?}");
    }

    #[test]
    fn every_field_flag_and_list_round_trips() {
        let mut state = AppState::default();
        for (index, id) in all().enumerate() {
            state = set(state, id, &format!("{}", index + 1));
        }
        for flag in Flag::ALL {
            state = state.apply(Action::SetFlag(flag, true));
        }
        state = state.apply(Action::SetHistory("80000\n84,000\n120k".into()));
        round_trips(&state);
        let query = to_query(&state);
        assert!(query.contains("auth.history=80000~84000~120000"), "{query}");
    }

    #[test]
    fn scenarios_round_trip_with_ranges_names_and_additions() {
        let state = AppState::default()
            .apply(Action::SetScenarioNumber(
                1,
                ScenarioField::Reach,
                "300k-400k".into(),
            ))
            .apply(Action::SetScenarioNumber(
                0,
                ScenarioField::OrderValue,
                "45.5".into(),
            ))
            .apply(Action::RenameScenario(1, "Ten micro & friends".into()))
            .apply(Action::AddScenario)
            .apply(Action::SetScenarioNumber(
                2,
                ScenarioField::Creators,
                "10-12".into(),
            ));
        round_trips(&state);
        let query = to_query(&state);
        assert!(query.contains("roi.2.reach=300000-400000"), "{query}");
        assert!(
            query.contains("roi.2.name=Ten%20micro%20%26%20friends"),
            "{query}"
        );
        round_trips(&AppState::default().apply(Action::LoadPreset(Preset::GuideExample2)));
        round_trips(&AppState::default().apply(Action::RemoveScenario(0)));
    }

    #[test]
    fn menu_links_equal_the_full_encoding() {
        let states = [
            AppState::default(),
            set(AppState::default(), FieldId::RateEr, "7").apply(Action::Open(Calculator::Budget)),
            AppState::default().apply(Action::LoadPreset(Preset::GuideExample2)),
        ];
        for state in states {
            let links = calculator_links(&state);
            for (calculator, link) in Calculator::ALL.into_iter().zip(links) {
                let mut expected = state.clone();
                expected.calculator = calculator;
                assert_eq!(link, to_query(&expected));
            }
        }
    }

    #[test]
    fn only_changed_values_are_written() {
        let state =
            AppState::default().apply(Action::SetPlatform(PlatformChoice::Tiers, Platform::TikTok));
        assert_eq!(to_query(&state), "v=2&acct.platform=tiktok");
        let state = set(state, FieldId::TierFollowers, "250k");
        assert_eq!(
            to_query(&state),
            "v=2&acct.platform=tiktok&acct.followers=250000"
        );
        let state = set(state, FieldId::TierFollowers, "25,000");
        assert_eq!(to_query(&state), "v=2&acct.platform=tiktok");
    }

    #[test]
    fn a_bad_value_is_named_and_the_rest_is_kept() {
        let (state, notices) = from_query("?v=1&tier.platform=myspace&tier.followers=250000");
        assert_eq!(state.tier_platform, Platform::Instagram);
        assert_eq!(state.number(FieldId::TierFollowers), 250_000.0);
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
            "",
        ] {
            let (state, notices) =
                from_query(&format!("tier.platform=tiktok&tier.followers={bad}"));
            assert_eq!(state.tier_platform, Platform::TikTok, "{bad}");
            assert_eq!(
                state.field(FieldId::TierFollowers),
                FieldId::TierFollowers.spec().default_field(),
                "{bad}"
            );
            assert!(
                matches!(&notices[..], [Notice::BadValue { field, .. }] if field == "Followers"),
                "{bad}: {notices:?}"
            );
        }
    }

    #[test]
    fn a_bad_scenario_value_keeps_that_scenarios_default() {
        let (state, notices) = from_query("roi.2.cost=lots&roi.2.creators=6&roi.9.cost=1&roi.x=1");
        assert_eq!(
            state.scenarios[1].field(ScenarioField::Cost).value,
            Some(crate::state::fields::Value::point(2_000.0))
        );
        assert_eq!(
            state.scenarios[1].field(ScenarioField::Creators).value,
            Some(crate::state::fields::Value::point(6.0))
        );
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(
            notices[0]
                .to_string()
                .contains("scenario 2 cost per creator"),
            "{}",
            notices[0]
        );
        assert!(matches!(&notices[1], Notice::UnknownKeys(keys) if keys.len() == 2));
        let (state, notices) = from_query("roi.n=99");
        assert_eq!(state.scenarios.len(), 2);
        assert_eq!(notices.len(), 1);
        let (state, notices) = from_query("roi.n=4");
        assert!(notices.is_empty());
        assert_eq!(state.scenarios[3].name, "Scenario 4");
        assert_eq!(
            state.scenarios[3].to_domain().creators,
            state.scenarios[1].to_domain().creators
        );
        assert!(crate::domain::roi::compare(&state.roi_scenarios())
            .results
            .iter()
            .all(Result::is_ok));
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
        let (state, _) = from_query("er.totals=1&rate.rush=yes&rate.retainer=maybe");
        assert!(state.flag(Flag::EngagementTotals) && state.flag(Flag::Rush));
        assert!(!state.flag(Flag::Retainer));
    }

    #[test]
    fn a_bad_value_names_its_field_as_written_in_a_sentence() {
        let (_, notices) = from_query("v=2&cur=JPY&fx=lots");
        assert_eq!(
            notices[0].to_string(),
            "The link's exchange rate (per US dollar) “lots” was not used: “lots” is not a number. The default is shown instead."
        );
        assert_eq!(lower_first("Number of scenarios"), "number of scenarios");
    }

    #[test]
    fn embed_and_theme_round_trip_after_everything_else() {
        for calculator in Calculator::ALL {
            for theme in Theme::ALL {
                for embed in [false, true] {
                    let mut state = set(
                        AppState::default().apply(Action::Open(calculator)),
                        FieldId::TierFollowers,
                        "40k",
                    );
                    state.embed = embed;
                    state.theme = theme;
                    round_trips(&state);
                    // Without them the link is exactly today's: they only ever come last.
                    let plain = {
                        let mut plain = state.clone();
                        plain.embed = false;
                        plain.theme = Theme::System;
                        to_query(&plain)
                    };
                    let query = to_query(&state);
                    assert!(query.starts_with(&plain), "{query} vs {plain}");
                }
            }
        }
        let mut state = AppState {
            embed: true,
            ..AppState::default()
        };
        assert_eq!(to_query(&state), "v=2&embed=1");
        state.theme = Theme::Dark;
        assert_eq!(to_query(&state), "v=2&embed=1&theme=dark");
        let (state, notices) = from_query("v=1&calc=roi&embed=1&theme=light");
        assert!(notices.is_empty());
        assert!(state.embed);
        assert_eq!(
            (state.calculator, state.theme),
            (Calculator::Roi, Theme::Light)
        );
    }

    #[test]
    fn bad_embed_and_theme_values_are_named_and_ignored() {
        let (state, notices) = from_query("v=1&embed=maybe&theme=purple&calc=rates");
        assert!(!state.embed);
        assert_eq!(state.theme, Theme::System);
        assert_eq!(state.calculator, Calculator::Rates);
        assert_eq!(notices.len(), 2, "{notices:?}");
        let (state, notices) = from_query("embed=0&theme=system");
        assert!(notices.is_empty());
        assert_eq!(state, AppState::default());
    }

    #[test]
    fn a_version_1_link_keeps_each_calculators_figures() {
        use crate::state::result_summary;
        let query = "v=1&calc=rates&tier.platform=tiktok&tier.followers=600000\
                     &er.followers=40000&er.likes=2000&er.comments=60";
        let (state, notices) = from_query(query);
        assert!(notices.is_empty(), "{notices:?}");
        let summary = |calculator| {
            let mut open = state.clone();
            open.calculator = calculator;
            result_summary(&open)
        };
        assert_eq!(
            summary(Calculator::Tiers),
            "tiers: TikTok Macro 500,000–5,000,000; acts as micro: false"
        );
        assert_eq!(
            summary(Calculator::Engagement),
            "engagement: 5.15% by followers, grade Good, suspicious false"
        );
        assert_eq!(
            summary(Calculator::Rates),
            "rates: $335 / $480 / $670 for 1 post(s)"
        );
        // The open calculator's figures became the account, with the engagement's likes.
        let account = state.account();
        assert_eq!((account.followers, account.likes), (25_000, 2_000.0));
        assert!(state.own.field(FieldId::RateEr) && state.own.field(FieldId::ErFollowers));
        assert!(!state.own.field(FieldId::RateFollowers));
        // The authenticity check, not in the link, follows the account.
        assert_eq!(state.authenticity_input().followers, 25_000);
        let written = to_query(&state);
        assert!(written.contains("tier.followers=600000"), "{written}");
        assert!(written.contains("rate.er=4"), "{written}");
    }

    #[test]
    fn own_figures_and_the_account_round_trip() {
        let state = AppState::default()
            .apply(Action::SetNumber(FieldId::ErFollowers, "40k".into()))
            .apply(Action::SetNumber(FieldId::ErLikes, "2000".into()))
            .apply(Action::SetPlatform(
                PlatformChoice::Engagement,
                Platform::TikTok,
            ))
            .apply(Action::KeepOwn(Figure::Number(FieldId::AuthFollowers)))
            .apply(Action::SetNumber(FieldId::AuthFollowers, "90000".into()))
            .apply(Action::KeepOwn(Figure::Platform(PlatformChoice::Tiers)))
            .apply(Action::SetPlatform(
                PlatformChoice::Tiers,
                Platform::YouTube,
            ))
            .apply(Action::SetNumber(FieldId::RateEr, "6".into()))
            .apply(Action::KeepOwn(Figure::Number(FieldId::TierEr)))
            .apply(Action::SetNumber(FieldId::TierEr, String::new()));
        round_trips(&state);
        assert_eq!(
            to_query(&state),
            "v=2&acct.platform=tiktok&tier.platform=youtube&acct.followers=40000\
             &acct.likes=2000&tier.er=&rate.er=6&auth.followers=90000"
        );
        let (decoded, _) = from_query(&to_query(&state));
        assert_eq!(decoded.own, state.own);
        assert_eq!(decoded.tier_engagement(), None);
        let back = decoded.apply(Action::FollowAccount(Figure::Number(
            FieldId::AuthFollowers,
        )));
        assert_eq!(back.authenticity_input().followers, 40_000);
        assert!(!to_query(&back).contains("auth.followers"));
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::state::{Action, Figure, Flag, PlatformChoice, Preset};
    use proptest::prelude::*;

    fn action() -> impl Strategy<Value = Action> {
        let key = proptest::sample::select(fields::ALL.to_vec());
        let scenario_key = proptest::sample::select(ScenarioField::ALL.to_vec());
        let text = prop_oneof![
            "[0-9]{1,7}",
            "[0-9]{1,3}(\\.[0-9]{1,2})?[kKmM]?",
            "[0-9]{1,5}-[0-9]{5,7}",
            "[0-9]{1,5}-[0-9]{5}-[0-9]{6,7}",
            ".{0,12}",
        ];
        prop_oneof![
            proptest::sample::select(Calculator::ALL.to_vec()).prop_map(Action::Open),
            proptest::sample::select(Currency::ALL.to_vec()).prop_map(Action::SetCurrency),
            (key, text.clone()).prop_map(|(k, t)| Action::SetNumber(k, t)),
            (0usize..14, scenario_key, text.clone())
                .prop_map(|(i, k, t)| Action::SetScenarioNumber(i, k, t)),
            (0usize..14, ".{0,50}").prop_map(|(i, n)| Action::RenameScenario(i, n)),
            Just(Action::AddScenario),
            (0usize..14).prop_map(Action::RemoveScenario),
            Just(Action::LoadPreset(Preset::GuideExample2)),
            (proptest::sample::select(Flag::ALL.to_vec()), any::<bool>())
                .prop_map(|(f, on)| Action::SetFlag(f, on)),
            "([0-9]{1,6}\n){0,8}".prop_map(Action::SetHistory),
            "(([0-9] )?(post|reel|story|video)( [+:=&%] ?[0-9]{1,4})?\n){0,4}.{0,8}"
                .prop_map(Action::SetCardOffers),
            (figure(), any::<bool>()).prop_map(|(f, own)| if own {
                Action::KeepOwn(f)
            } else {
                Action::FollowAccount(f)
            }),
            (
                platform_choice(),
                proptest::sample::select(Platform::ALL.to_vec())
            )
                .prop_map(|(c, p)| Action::SetPlatform(c, p)),
        ]
    }

    fn platform_choice() -> impl Strategy<Value = PlatformChoice> {
        proptest::sample::select(vec![
            PlatformChoice::Account,
            PlatformChoice::Tiers,
            PlatformChoice::Engagement,
            PlatformChoice::Authenticity,
        ])
    }

    fn figure() -> impl Strategy<Value = Figure> {
        prop_oneof![
            proptest::sample::select(fields::ALL.to_vec()).prop_map(Figure::Number),
            platform_choice().prop_map(Figure::Platform),
        ]
    }

    proptest! {
        #[test]
        fn any_edits_round_trip_through_the_url(
            actions in proptest::collection::vec(action(), 0..25),
            embed in any::<bool>(),
            theme in proptest::sample::select(Theme::ALL.to_vec()),
        ) {
            let mut state = actions.into_iter().fold(AppState::default(), |s, a| s.apply(a));
            state.embed = embed;
            state.theme = theme;
            let query = to_query(&state);
            let (decoded, notices) = from_query(&query);
            prop_assert!(notices.is_empty(), "{query} gave {notices:?}");
            prop_assert_eq!(to_query(&decoded), query);
            prop_assert_eq!(decoded.roi_scenarios(), state.roi_scenarios());
            prop_assert_eq!(decoded.rate_input(), state.rate_input());
            prop_assert_eq!(decoded.authenticity_input(), state.authenticity_input());
            prop_assert_eq!(decoded.engagement_input(), state.engagement_input());
            prop_assert_eq!(decoded.account(), state.account());
            prop_assert_eq!(decoded.own, state.own);
            prop_assert_eq!(crate::state::results::tiers(&decoded), crate::state::results::tiers(&state));
            prop_assert_eq!(&decoded.card_offers, &state.card_offers);
            prop_assert_eq!((decoded.embed, decoded.theme), (embed, theme));
        }

        #[test]
        fn any_edits_simulate_consistently(actions in proptest::collection::vec(action(), 0..25)) {
            use crate::domain::simulation::roi::{simulate, Compared};
            let state = actions.into_iter().fold(AppState::default(), |s, a| s.apply(a));
            let scenarios = state.roi_uncertainty();
            let sim = simulate(&scenarios, 200);
            let simulated = scenarios.iter().flatten().count();
            for compared in Compared::ALL {
                let total: f64 = (0..scenarios.len()).map(|i| sim.lowest_share(compared, i)).sum();
                prop_assert!(simulated == 0 || (total - 1.0).abs() < 1e-9, "{total}");
            }
            for pair in &sim.pairs {
                prop_assert!((0.0..=1.0).contains(&pair.first_lower));
            }
            for bands in sim.scenarios.iter().flatten() {
                for band in bands.bands.iter().flatten() {
                    prop_assert!(band.p10 <= band.median && band.median <= band.p90, "{band:?}");
                }
            }
            let mut m = crate::markup::Markup::new();
            crate::chances::write(&mut m, &sim, &|i| format!("S{i}"));
            let verdict = ["Lowest", "No clear winner", "Tied for the lowest"];
            prop_assert!(simulated < 2 || verdict.iter().any(|v| m.as_str().contains(v)));
            prop_assert!(sim.uncertain || !m.as_str().contains("No clear winner"), "{}", m.as_str());
        }

        #[test]
        fn any_text_decodes_without_panicking(query in ".{0,400}") {
            let (state, _) = from_query(&query);
            // Whatever was decoded writes a link that decodes cleanly.
            let (_, notices) = from_query(&to_query(&state));
            prop_assert!(notices.is_empty());
        }

        #[test]
        fn any_known_key_with_any_value_decodes(key in proptest::sample::select(vec![
            "calc", "cur", "tier.platform", "tier.followers", "er.likes", "rate.er", "roi.n",
            "roi.1.reach", "roi.2.name", "roi.3.aov", "auth.history", "er.totals", "budget.total",
            "embed", "theme",
        ]), value in ".{0,40}") {
            let query = format!("v=1&{}={}", key, encode(&value));
            let (state, _) = from_query(&query);
            let (_, notices) = from_query(&to_query(&state));
            prop_assert!(notices.is_empty());
        }
    }
}
