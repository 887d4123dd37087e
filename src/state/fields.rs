//! Number fields: what each accepts, its URL key and default, and the text the user typed.
//! A field holds one number or, where the spec allows, a low–high range ("300k–400k").

use crate::domain::roi::{MAX_CREATORS, MAX_MONEY, MAX_REACH};
use crate::domain::tier::MAX_AUDIENCE;
use crate::input::{self, FieldError, Limits};

/// Describes one number input: its URL key, label, default and accepted values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberSpec {
    /// Key in the query string (ROI scenario keys get a `roi.N.` prefix).
    pub key: &'static str,
    /// Label on screen and in notices.
    pub label: &'static str,
    /// Value when nothing was typed; `None` for an optional field left empty.
    pub default: Option<f64>,
    /// What the field accepts.
    pub limits: Limits,
    /// Whether a low–high (or low–typical–high) range is accepted.
    pub range: bool,
}

/// A value: one number (`low == high`), a low–high range, or a low–typical–high range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// The most likely value, when one was given between the ends.
    pub typical: Option<f64>,
}

impl Value {
    /// One number.
    pub const fn point(v: f64) -> Self {
        Value {
            low: v,
            high: v,
            typical: None,
        }
    }

    /// A low–high range.
    pub const fn range(low: f64, high: f64) -> Self {
        Value {
            low,
            high,
            typical: None,
        }
    }

    /// The middle: the typical value if given, else halfway between the ends.
    pub fn middle(&self) -> f64 {
        self.typical.unwrap_or((self.low + self.high) / 2.0)
    }
}

impl NumberSpec {
    /// The field at its default value.
    pub fn default_field(&self) -> NumberField {
        NumberField::new(self.default.map(Value::point))
    }

    /// Whether an empty field is fine.
    pub fn optional(&self) -> bool {
        self.default.is_none()
    }

    /// Checks text against this field: empty is `None` for optional fields.
    ///
    /// # Errors
    /// The [`FieldError`] to show beside the field.
    pub fn parse(&self, text: &str) -> Result<Option<Value>, FieldError> {
        if text.trim().is_empty() {
            return if self.optional() {
                Ok(None)
            } else {
                Err(FieldError::Empty)
            };
        }
        if self.range {
            if let Some((low, rest)) = split_range(text) {
                let low = input::parse(low, self.limits)?;
                let (typical, high) = match split_range(rest) {
                    Some((typical, high)) => (Some(input::parse(typical, self.limits)?), high),
                    None => (None, rest),
                };
                let high = input::parse(high, self.limits)?;
                let typical_inside = typical.is_none_or(|t| low <= t && t <= high);
                return if low <= high && typical_inside {
                    Ok(Some(Value { low, high, typical }))
                } else {
                    Err(FieldError::Reversed)
                };
            }
        }
        let value = input::parse(text, self.limits)?;
        Ok(Some(Value::point(value)))
    }
}

/// Splits "300k-400k", "300k – 400k" or "300k to 400k" at the first separator; a leading
/// minus is not a split.
fn split_range(text: &str) -> Option<(&str, &str)> {
    let trimmed = text.trim();
    if let Some(split) = trimmed.split_once(" to ") {
        return Some(split);
    }
    let (index, separator) = trimmed
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, '-' | '–' | '—'))?;
    Some((
        trimmed.get(..index)?,
        trimmed.get(index + separator.len_utf8()..)?,
    ))
}

/// Writes a value the way fields and links show it: "25000", "300000-400000" or
/// "300000-350000-400000".
pub fn value_text(value: Option<Value>) -> String {
    match value {
        None => String::new(),
        Some(v) if v.low == v.high => input::plain(v.low),
        Some(Value {
            low,
            high,
            typical: Some(t),
        }) => format!(
            "{}-{}-{}",
            input::plain(low),
            input::plain(t),
            input::plain(high)
        ),
        Some(v) => format!("{}-{}", input::plain(v.low), input::plain(v.high)),
    }
}

/// A number input: the text as typed, and the last value that was valid. Calculators use
/// `value`, so a half-typed or wrong entry never wipes a result or the URL.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberField {
    /// What the user typed.
    pub text: String,
    /// The last valid value; `None` when an optional field is empty.
    pub value: Option<Value>,
}

impl NumberField {
    /// A field showing a valid value.
    pub fn new(value: Option<Value>) -> Self {
        NumberField {
            text: value_text(value),
            value,
        }
    }

    /// Takes new text; keeps the old value when the text is not valid.
    pub fn edit(&self, spec: &NumberSpec, text: String) -> Self {
        let value = spec.parse(&text).unwrap_or(self.value);
        NumberField { text, value }
    }

    /// The error to show beside the field, if its text is not valid.
    pub fn error(&self, spec: &NumberSpec) -> Option<FieldError> {
        spec.parse(&self.text).err()
    }

    /// The value as one number (the middle of a range), or 0 when empty.
    pub fn number(&self) -> f64 {
        self.value.map_or(0.0, |v| v.middle())
    }

    /// The value if set.
    pub fn optional(&self) -> Option<f64> {
        self.value.map(|v| v.middle())
    }
}

const fn spec(
    key: &'static str,
    label: &'static str,
    default: Option<f64>,
    limits: Limits,
) -> NumberSpec {
    NumberSpec {
        key,
        label,
        default,
        limits,
        range: false,
    }
}

const AUDIENCE: Limits = Limits::count(1.0, MAX_AUDIENCE as f64);
const INTERACTIONS: Limits = Limits::decimal(0.0, 1e12);
const PERCENT: Limits = Limits::decimal(0.0, 100.0);
const MONEY: Limits = Limits::decimal(0.0, MAX_MONEY);

/// Tier finder: followers.
pub const TIER_FOLLOWERS: NumberSpec =
    spec("tier.followers", "Followers", Some(25_000.0), AUDIENCE);
/// Tier finder: optional engagement rate, for the guide's niche nuance.
pub const TIER_ER: NumberSpec = spec("tier.er", "Engagement rate (%)", None, PERCENT);

/// Engagement: followers.
pub const ER_FOLLOWERS: NumberSpec = spec("er.followers", "Followers", Some(25_000.0), AUDIENCE);
/// Engagement: posts the totals cover (totals mode only).
pub const ER_POSTS: NumberSpec = spec(
    "er.posts",
    "Posts counted",
    Some(12.0),
    Limits::count(1.0, 10_000.0),
);
/// Engagement: likes.
pub const ER_LIKES: NumberSpec = spec("er.likes", "Likes", Some(1_000.0), INTERACTIONS);
/// Engagement: comments.
pub const ER_COMMENTS: NumberSpec = spec("er.comments", "Comments", Some(50.0), INTERACTIONS);
/// Engagement: shares (optional).
pub const ER_SHARES: NumberSpec = spec("er.shares", "Shares", None, INTERACTIONS);
/// Engagement: saves (optional).
pub const ER_SAVES: NumberSpec = spec("er.saves", "Saves", None, INTERACTIONS);
/// Engagement: reach (optional).
pub const ER_REACH: NumberSpec = spec("er.reach", "Reach", None, INTERACTIONS);
/// Engagement: impressions (optional).
pub const ER_IMPRESSIONS: NumberSpec = spec("er.impressions", "Impressions", None, INTERACTIONS);
/// Engagement: views (optional).
pub const ER_VIEWS: NumberSpec = spec("er.views", "Views", None, INTERACTIONS);

/// Rates: followers.
pub const RATE_FOLLOWERS: NumberSpec =
    spec("rate.followers", "Followers", Some(25_000.0), AUDIENCE);
/// Rates: engagement rate.
pub const RATE_ER: NumberSpec = spec("rate.er", "Engagement rate (%)", Some(4.0), PERCENT);
/// Rates: months of usage rights.
pub const RATE_USAGE: NumberSpec = spec(
    "rate.usage",
    "Usage rights (months)",
    Some(0.0),
    Limits::count(0.0, 120.0),
);
/// Rates: months of exclusivity.
pub const RATE_EXCLUSIVITY: NumberSpec = spec(
    "rate.exclusivity",
    "Exclusivity (months)",
    Some(0.0),
    Limits::count(0.0, 60.0),
);
/// Rates: posts in the deal (or per month for a retainer).
pub const RATE_POSTS: NumberSpec = spec(
    "rate.posts",
    "Posts in the deal",
    Some(1.0),
    Limits::count(1.0, crate::domain::rates::MAX_DEAL_POSTS as f64),
);

/// Budget: the total.
pub const BUDGET_TOTAL: NumberSpec = spec("budget.total", "Total budget", Some(10_000.0), MONEY);
/// Budget: nano share.
pub const BUDGET_NANO: NumberSpec = spec("budget.nano", "Nano share (%)", Some(30.0), PERCENT);
/// Budget: micro share.
pub const BUDGET_MICRO: NumberSpec = spec("budget.micro", "Micro share (%)", Some(55.0), PERCENT);
/// Budget: macro share.
pub const BUDGET_MACRO: NumberSpec = spec("budget.macro", "Macro share (%)", Some(15.0), PERCENT);
/// Budget: conversion rate, a number or a range (the simulation draws from a range).
pub const BUDGET_CONVERSION: NumberSpec = NumberSpec {
    range: true,
    ..spec("budget.cr", "Conversion rate (%)", Some(2.0), PERCENT)
};
/// Budget: conversions the plan should reach (optional): the simulation gives the chance.
pub const BUDGET_TARGET: NumberSpec = spec(
    "budget.target",
    "Target conversions",
    None,
    Limits::count(1.0, MAX_REACH),
);

/// Authenticity: followers now.
pub const AUTH_FOLLOWERS: NumberSpec =
    spec("auth.followers", "Followers now", Some(100_000.0), AUDIENCE);
/// Authenticity: average likes per post (optional).
pub const AUTH_LIKES: NumberSpec = spec("auth.likes", "Average likes per post", None, INTERACTIONS);
/// Authenticity: average comments per post (optional).
pub const AUTH_COMMENTS: NumberSpec = spec(
    "auth.comments",
    "Average comments per post",
    None,
    INTERACTIONS,
);
/// Authenticity: followers sampled by hand (optional).
pub const AUTH_SAMPLE: NumberSpec = spec(
    "auth.sample",
    "Followers you checked",
    None,
    Limits::count(1.0, 100_000.0),
);
/// Authenticity: of those, how many look fake (optional).
pub const AUTH_FAKE: NumberSpec = spec(
    "auth.fake",
    "Of those, looked fake",
    None,
    Limits::count(0.0, 100_000.0),
);

/// Tier finder fields.
pub const TIERS: &[&NumberSpec] = &[&TIER_FOLLOWERS, &TIER_ER];
/// Engagement fields.
pub const ENGAGEMENT: &[&NumberSpec] = &[
    &ER_FOLLOWERS,
    &ER_POSTS,
    &ER_LIKES,
    &ER_COMMENTS,
    &ER_SHARES,
    &ER_SAVES,
    &ER_REACH,
    &ER_IMPRESSIONS,
    &ER_VIEWS,
];
/// Rate range fields.
pub const RATES: &[&NumberSpec] = &[
    &RATE_FOLLOWERS,
    &RATE_ER,
    &RATE_USAGE,
    &RATE_EXCLUSIVITY,
    &RATE_POSTS,
];
/// Budget planner fields.
pub const BUDGET: &[&NumberSpec] = &[
    &BUDGET_TOTAL,
    &BUDGET_NANO,
    &BUDGET_MICRO,
    &BUDGET_MACRO,
    &BUDGET_CONVERSION,
    &BUDGET_TARGET,
];
/// Authenticity check fields (the follower history is a list, kept apart).
pub const AUTHENTICITY: &[&NumberSpec] = &[
    &AUTH_FOLLOWERS,
    &AUTH_LIKES,
    &AUTH_COMMENTS,
    &AUTH_SAMPLE,
    &AUTH_FAKE,
];

/// Every number field outside the ROI scenarios, calculator by calculator: the order the
/// state keeps them in and the codec writes them in. Built at compile time from the lists
/// above, so that each field is listed once.
pub const ALL: [&NumberSpec; 27] = concat([TIERS, ENGAGEMENT, RATES, BUDGET, AUTHENTICITY]);

/// Every number field outside the ROI scenarios, in the order of [`ALL`].
pub fn all() -> impl Iterator<Item = &'static NumberSpec> {
    ALL.iter().copied()
}

/// Joins the groups into one array; a wrong `N` fails the build.
const fn concat<const N: usize>(groups: [&[&'static NumberSpec]; 5]) -> [&'static NumberSpec; N] {
    let mut out = [&TIER_FOLLOWERS; N];
    let mut at = 0;
    let mut group = 0;
    while group < groups.len() {
        let mut index = 0;
        while index < groups[group].len() {
            out[at] = groups[group][index];
            at += 1;
            index += 1;
        }
        group += 1;
    }
    assert!(
        at == N,
        "ALL's length must equal the number of fields in the groups"
    );
    out
}

/// ROI scenario fields; their keys are suffixes after `roi.N.`.
pub mod scenario {
    use super::*;

    const fn ranged(key: &'static str, label: &'static str, limits: Limits) -> NumberSpec {
        NumberSpec {
            key,
            label,
            default: Some(0.0),
            limits,
            range: true,
        }
    }

    /// Number of creators.
    pub const CREATORS: NumberSpec =
        ranged("creators", "Creators", Limits::count(1.0, MAX_CREATORS));
    /// Cost per creator.
    pub const COST: NumberSpec =
        ranged("cost", "Cost per creator", Limits::decimal(0.0, MAX_MONEY));
    /// Combined reach of the scenario.
    pub const REACH: NumberSpec = ranged("reach", "Combined reach", Limits::count(0.0, MAX_REACH));
    /// Engagement rate.
    pub const ER: NumberSpec = ranged("er", "Engagement rate (%)", PERCENT);
    /// Conversion rate.
    pub const CONVERSION: NumberSpec = ranged("cr", "Conversion rate (%)", PERCENT);
    /// Average order value (optional).
    pub const ORDER_VALUE: NumberSpec = NumberSpec {
        default: None,
        ..ranged(
            "aov",
            "Average order value",
            Limits::decimal(0.0, MAX_MONEY),
        )
    };
    /// Every scenario field, in screen order.
    pub const ALL: [&NumberSpec; 6] = [&CREATORS, &COST, &REACH, &ER, &CONVERSION, &ORDER_VALUE];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse_in_the_forms_people_type() {
        let reach = scenario::REACH;
        let range = |low, high| Ok(Some(Value::range(low, high)));
        assert_eq!(reach.parse("300k-400k"), range(300_000.0, 400_000.0));
        assert_eq!(reach.parse("300k – 400k"), range(300_000.0, 400_000.0));
        assert_eq!(
            reach.parse("300,000 to 400,000"),
            range(300_000.0, 400_000.0)
        );
        assert_eq!(reach.parse("250000"), Ok(Some(Value::point(250_000.0))));
        assert_eq!(reach.parse("400k-300k"), Err(FieldError::Reversed));
        assert_eq!(reach.parse("-5"), Err(FieldError::Negative));
        let triangular = Value {
            low: 300_000.0,
            high: 400_000.0,
            typical: Some(320_000.0),
        };
        assert_eq!(reach.parse("300k-320k-400k"), Ok(Some(triangular)));
        assert_eq!(reach.parse("300k to 320k to 400k"), Ok(Some(triangular)));
        assert_eq!(value_text(Some(triangular)), "300000-320000-400000");
        assert_eq!(reach.parse("300k-450k-400k"), Err(FieldError::Reversed));
        assert!(reach.parse("1-2-3-4").is_err());
        assert_eq!(reach.parse(""), Err(FieldError::Empty));
        assert_eq!(scenario::ORDER_VALUE.parse(" "), Ok(None));
    }

    #[test]
    fn single_value_fields_refuse_ranges() {
        assert!(ER_LIKES.parse("100-200").is_err());
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = all().map(|s| s.key).collect();
        keys.sort_unstable();
        let count = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }

    #[test]
    fn every_default_is_valid_text() {
        for spec in all() {
            let field = spec.default_field();
            assert_eq!(field.error(spec), None, "{}", spec.key);
            assert_eq!(spec.parse(&field.text), Ok(field.value), "{}", spec.key);
        }
    }
}
