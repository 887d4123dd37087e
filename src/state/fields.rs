//! Number fields: what each accepts, its URL key and default, and the text the user typed.
//! A field holds one number or, where the spec allows, a low–high range ("300k–400k").

use crate::domain::data::{BUDGET_BANDS, DEFAULT_CONVERSION_PERCENT};
use crate::domain::format::find;
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
    #[must_use]
    pub fn default_field(&self) -> NumberField {
        NumberField::new(self.default.map(Value::point))
    }

    /// Whether an empty field is fine.
    #[must_use]
    pub fn optional(&self) -> bool {
        self.default.is_none()
    }

    /// Checks text against this field: empty is `None` for optional fields.
    ///
    /// # Errors
    /// The [`FieldError`] to show beside the field.
    pub fn parse(&self, text: &str) -> Result<Option<Value>, FieldError> {
        self.parse_in(text, None)
    }

    /// [`Self::parse`], where money must be in `currency` (an ISO code) when one is given.
    ///
    /// # Errors
    /// Those of [`Self::parse`], and a sign of another currency.
    #[inline(never)]
    pub fn parse_in(
        &self,
        text: &str,
        currency: Option<&str>,
    ) -> Result<Option<Value>, FieldError> {
        // A part that is not a number is named as the whole text: "1e-9" split as a range
        // would be named as "1e".
        let one = |part: &str| {
            input::parse_in(part, self.limits, currency).map_err(|error| error.quoting(text))
        };
        if text.trim().is_empty() {
            return if self.optional() {
                Ok(None)
            } else {
                Err(FieldError::Empty)
            };
        }
        if self.range {
            if let Some((low, rest)) = split_range(text) {
                let low = one(low)?;
                let (typical, high) = match split_range(rest) {
                    Some((typical, high)) => (Some(one(typical)?), high),
                    None => (None, rest),
                };
                let high = one(high)?;
                let typical_inside = typical.is_none_or(|t| low <= t && t <= high);
                return if low <= high && typical_inside {
                    Ok(Some(Value { low, high, typical }))
                } else {
                    Err(FieldError::Reversed)
                };
            }
        }
        Ok(Some(Value::point(one(text)?)))
    }
}

/// Splits "300k-400k", "300k – 400k" or "300k to 400k" at the first separator; a leading
/// minus is not a split (" to " found with [`find`], which keeps the first load free of the
/// standard library's string searcher).
fn split_range(text: &str) -> Option<(&str, &str)> {
    const TO: &str = " to ";
    let trimmed = text.trim();
    if let Some(at) = find(trimmed, TO) {
        return Some((trimmed.get(..at)?, trimmed.get(at + TO.len()..)?));
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
#[must_use]
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
    #[must_use]
    pub fn new(value: Option<Value>) -> Self {
        NumberField {
            text: value_text(value),
            value,
        }
    }

    /// Takes new text; keeps the old value when the text is not valid.
    #[must_use]
    pub fn edit(&self, spec: &NumberSpec, text: String) -> Self {
        self.edit_in(spec, text, None)
    }

    /// [`Self::edit`], where money must be in `currency` (an ISO code) when one is given.
    #[must_use]
    pub fn edit_in(&self, spec: &NumberSpec, text: String, currency: Option<&str>) -> Self {
        let value = spec.parse_in(&text, currency).unwrap_or(self.value);
        NumberField { text, value }
    }

    /// The error to show beside the field, if its text is not valid.
    #[must_use]
    pub fn error(&self, spec: &NumberSpec) -> Option<FieldError> {
        spec.parse(&self.text).err()
    }

    /// [`Self::error`], where money must be in `currency` (an ISO code) when one is given.
    #[must_use]
    pub fn error_in(&self, spec: &NumberSpec, currency: Option<&str>) -> Option<FieldError> {
        spec.parse_in(&self.text, currency).err()
    }

    /// The value as one number (the middle of a range), or 0 when empty.
    #[must_use]
    pub fn number(&self) -> f64 {
        self.value.map_or(0.0, |v| v.middle())
    }

    /// The value if set.
    #[must_use]
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
const INTERACTIONS: Limits = Limits::interactions(0.0, 1e12);
const PERCENT: Limits = Limits::decimal(0.0, 100.0);
const MONEY: Limits = Limits::money(0.0, MAX_MONEY);

const ACCT_FOLLOWERS: NumberSpec = spec("acct.followers", "Followers", Some(25_000.0), AUDIENCE);
const ACCT_LIKES: NumberSpec = spec("acct.likes", "Average likes", Some(1_000.0), INTERACTIONS);
const ACCT_COMMENTS: NumberSpec = spec(
    "acct.comments",
    "Average comments",
    Some(50.0),
    INTERACTIONS,
);
const ACCT_SHARES: NumberSpec = spec("acct.shares", "Average shares", None, INTERACTIONS);
const ACCT_SAVES: NumberSpec = spec("acct.saves", "Average saves", None, INTERACTIONS);

const TIER_FOLLOWERS: NumberSpec = spec("tier.followers", "Followers", Some(25_000.0), AUDIENCE);
const TIER_ER: NumberSpec = spec("tier.er", "Engagement rate (%)", None, PERCENT);

const ER_FOLLOWERS: NumberSpec = spec("er.followers", "Followers", Some(25_000.0), AUDIENCE);
const ER_POSTS: NumberSpec = spec(
    "er.posts",
    "Posts counted",
    Some(12.0),
    Limits::count(1.0, 10_000.0),
);
const ER_LIKES: NumberSpec = spec("er.likes", "Likes", Some(1_000.0), INTERACTIONS);
const ER_COMMENTS: NumberSpec = spec("er.comments", "Comments", Some(50.0), INTERACTIONS);
const ER_SHARES: NumberSpec = spec("er.shares", "Shares", None, INTERACTIONS);
const ER_SAVES: NumberSpec = spec("er.saves", "Saves", None, INTERACTIONS);
const ER_REACH: NumberSpec = spec("er.reach", "Reach", None, INTERACTIONS);
const ER_IMPRESSIONS: NumberSpec = spec("er.impressions", "Impressions", None, INTERACTIONS);
const ER_VIEWS: NumberSpec = spec("er.views", "Views", None, INTERACTIONS);

const RATE_FOLLOWERS: NumberSpec = spec("rate.followers", "Followers", Some(25_000.0), AUDIENCE);
const RATE_ER: NumberSpec = spec("rate.er", "Engagement rate (%)", Some(4.0), PERCENT);
const RATE_USAGE: NumberSpec = spec(
    "rate.usage",
    "Usage rights (months)",
    Some(0.0),
    Limits::count(0.0, 120.0),
);
const RATE_EXCLUSIVITY: NumberSpec = spec(
    "rate.exclusivity",
    "Exclusivity (months)",
    Some(0.0),
    Limits::count(0.0, 60.0),
);
const RATE_POSTS: NumberSpec = spec(
    "rate.posts",
    "Posts in the deal",
    Some(1.0),
    Limits::count(1.0, crate::domain::rates::MAX_DEAL_POSTS as f64),
);

// The creator's own base rate (optional): it anchors the range instead of the base by size.
const RATE_OWN_BASE: NumberSpec = spec("rate.base", "Your own base rate", None, MONEY);

// Units of the chosen currency per US dollar (optional): the ECB reference rate when empty.
const FX: NumberSpec = spec(
    "fx",
    "Exchange rate (per US dollar)",
    None,
    Limits::decimal(0.000_001, 1e9),
);

const BUDGET_TOTAL: NumberSpec = spec("budget.total", "Total budget", Some(10_000.0), MONEY);
const BUDGET_NANO: NumberSpec = spec(
    "budget.nano",
    "Nano share (%)",
    Some(BUDGET_BANDS[0].default),
    PERCENT,
);
const BUDGET_MICRO: NumberSpec = spec(
    "budget.micro",
    "Micro share (%)",
    Some(BUDGET_BANDS[1].default),
    PERCENT,
);
const BUDGET_MACRO: NumberSpec = spec(
    "budget.macro",
    "Macro share (%)",
    Some(BUDGET_BANDS[2].default),
    PERCENT,
);
// A number or a range: the simulation draws from a range.
const BUDGET_CONVERSION: NumberSpec = NumberSpec {
    range: true,
    ..spec(
        "budget.cr",
        "Conversion rate (%)",
        Some(DEFAULT_CONVERSION_PERCENT),
        PERCENT,
    )
};
// Conversions the plan should reach (optional): the simulation gives the chance.
const BUDGET_TARGET: NumberSpec = spec(
    "budget.target",
    "Target conversions",
    None,
    Limits::count(1.0, MAX_REACH),
);

const AUTH_FOLLOWERS: NumberSpec =
    spec("auth.followers", "Followers now", Some(100_000.0), AUDIENCE);
const AUTH_LIKES: NumberSpec = spec("auth.likes", "Average likes per post", None, INTERACTIONS);
const AUTH_COMMENTS: NumberSpec = spec(
    "auth.comments",
    "Average comments per post",
    None,
    INTERACTIONS,
);
/// An optional count made by hand (followers checked, comments read), from `min`.
const fn hand_count(key: &'static str, label: &'static str, min: f64) -> NumberSpec {
    spec(key, label, None, Limits::count(min, 100_000.0))
}
const AUTH_SAMPLE: NumberSpec = hand_count("auth.sample", "Followers you checked", 1.0);
const AUTH_FAKE: NumberSpec = hand_count("auth.fake", "Of those, looked fake", 0.0);
const AUTH_COMMENTS_READ: NumberSpec = hand_count("auth.read", "Recent comments you read", 1.0);
const AUTH_COMMENTS_GENERIC: NumberSpec = hand_count(
    "auth.generic",
    "Of those, generic, emoji-only or off-language",
    0.0,
);

// The rate card's terms: the bonus and the creator's own add-on prices (empty: the
// calculated typical uplift).
const CARD_BONUS_ER: NumberSpec = spec(
    "card.bonus_er",
    "Bonus at engagement (%)",
    Some(5.0),
    PERCENT,
);
const CARD_BONUS: NumberSpec = spec("card.bonus", "Bonus", Some(100.0), MONEY);
const ADD_ON: Limits = Limits::decimal(0.0, 1_000.0);
const CARD_USAGE: NumberSpec = spec("card.usage", "Usage rights, per 90 days (+%)", None, ADD_ON);
const CARD_EXCLUSIVITY: NumberSpec = spec(
    "card.exclusivity",
    "Exclusivity, per 90 days (+%)",
    None,
    ADD_ON,
);
const CARD_WHITELISTING: NumberSpec = spec("card.whitelisting", "Whitelisting (+%)", None, ADD_ON);

/// A number field outside the ROI scenarios. Fields are addressed by this id, so a wrong
/// name fails the build instead of silently changing nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    /// The account: followers.
    AcctFollowers,
    /// The account: average likes per post.
    AcctLikes,
    /// The account: average comments per post.
    AcctComments,
    /// The account: average shares per post (optional).
    AcctShares,
    /// The account: average saves per post (optional).
    AcctSaves,
    /// Tier finder: followers.
    TierFollowers,
    /// Tier finder: optional engagement rate, for the guide's niche nuance.
    TierEr,
    /// Engagement: followers.
    ErFollowers,
    /// Engagement: posts the totals cover (totals mode only).
    ErPosts,
    /// Engagement: likes.
    ErLikes,
    /// Engagement: comments.
    ErComments,
    /// Engagement: shares (optional).
    ErShares,
    /// Engagement: saves (optional).
    ErSaves,
    /// Engagement: reach (optional).
    ErReach,
    /// Engagement: impressions (optional).
    ErImpressions,
    /// Engagement: views (optional).
    ErViews,
    /// Rates: followers.
    RateFollowers,
    /// Rates: engagement rate.
    RateEr,
    /// Rates: months of usage rights.
    RateUsage,
    /// Rates: months of exclusivity.
    RateExclusivity,
    /// Rates: posts in the deal (or per month for a retainer).
    RatePosts,
    /// Rates: the creator's own base rate (optional).
    RateOwnBase,
    /// Budget: the total.
    BudgetTotal,
    /// Budget: nano share.
    BudgetNano,
    /// Budget: micro share.
    BudgetMicro,
    /// Budget: macro share.
    BudgetMacro,
    /// Budget: conversion rate, a number or a range.
    BudgetConversion,
    /// Budget: conversions the plan should reach (optional).
    BudgetTarget,
    /// Authenticity: followers now.
    AuthFollowers,
    /// Authenticity: average likes per post (optional).
    AuthLikes,
    /// Authenticity: average comments per post (optional).
    AuthComments,
    /// Authenticity: followers sampled by hand (optional).
    AuthSample,
    /// Authenticity: of those, how many look fake (optional).
    AuthFake,
    /// Authenticity: recent comments read by hand (optional).
    AuthCommentsRead,
    /// Authenticity: of those, how many are generic, emoji-only or off-language (optional).
    AuthCommentsGeneric,
    /// Units of the chosen currency per US dollar (optional; the shipped reference rate
    /// when empty).
    Fx,
    /// Rate card: the engagement rate that earns the bonus.
    CardBonusEr,
    /// Rate card: the performance bonus.
    CardBonus,
    /// Rate card: the creator's usage-rights uplift per 90 days (optional).
    CardUsage,
    /// Rate card: the creator's exclusivity uplift per 90 days (optional).
    CardExclusivity,
    /// Rate card: the creator's whitelisting uplift (optional).
    CardWhitelisting,
}

impl FieldId {
    /// What the field accepts, its URL key, label and default.
    #[must_use]
    pub const fn spec(self) -> &'static NumberSpec {
        match self {
            Self::AcctFollowers => &ACCT_FOLLOWERS,
            Self::AcctLikes => &ACCT_LIKES,
            Self::AcctComments => &ACCT_COMMENTS,
            Self::AcctShares => &ACCT_SHARES,
            Self::AcctSaves => &ACCT_SAVES,
            Self::TierFollowers => &TIER_FOLLOWERS,
            Self::TierEr => &TIER_ER,
            Self::ErFollowers => &ER_FOLLOWERS,
            Self::ErPosts => &ER_POSTS,
            Self::ErLikes => &ER_LIKES,
            Self::ErComments => &ER_COMMENTS,
            Self::ErShares => &ER_SHARES,
            Self::ErSaves => &ER_SAVES,
            Self::ErReach => &ER_REACH,
            Self::ErImpressions => &ER_IMPRESSIONS,
            Self::ErViews => &ER_VIEWS,
            Self::RateFollowers => &RATE_FOLLOWERS,
            Self::RateEr => &RATE_ER,
            Self::RateUsage => &RATE_USAGE,
            Self::RateExclusivity => &RATE_EXCLUSIVITY,
            Self::RatePosts => &RATE_POSTS,
            Self::RateOwnBase => &RATE_OWN_BASE,
            Self::BudgetTotal => &BUDGET_TOTAL,
            Self::BudgetNano => &BUDGET_NANO,
            Self::BudgetMicro => &BUDGET_MICRO,
            Self::BudgetMacro => &BUDGET_MACRO,
            Self::BudgetConversion => &BUDGET_CONVERSION,
            Self::BudgetTarget => &BUDGET_TARGET,
            Self::AuthFollowers => &AUTH_FOLLOWERS,
            Self::AuthLikes => &AUTH_LIKES,
            Self::AuthComments => &AUTH_COMMENTS,
            Self::AuthSample => &AUTH_SAMPLE,
            Self::AuthFake => &AUTH_FAKE,
            Self::AuthCommentsRead => &AUTH_COMMENTS_READ,
            Self::AuthCommentsGeneric => &AUTH_COMMENTS_GENERIC,
            Self::Fx => &FX,
            Self::CardBonusEr => &CARD_BONUS_ER,
            Self::CardBonus => &CARD_BONUS,
            Self::CardUsage => &CARD_USAGE,
            Self::CardExclusivity => &CARD_EXCLUSIVITY,
            Self::CardWhitelisting => &CARD_WHITELISTING,
        }
    }
}

/// The account's fields, shared by the tier finder, engagement, rate range and
/// authenticity calculators.
pub const ACCOUNT: &[FieldId] = &[
    FieldId::AcctFollowers,
    FieldId::AcctLikes,
    FieldId::AcctComments,
    FieldId::AcctShares,
    FieldId::AcctSaves,
];
/// Tier finder fields.
pub const TIERS: &[FieldId] = &[FieldId::TierFollowers, FieldId::TierEr];
/// Engagement fields.
pub const ENGAGEMENT: &[FieldId] = &[
    FieldId::ErFollowers,
    FieldId::ErPosts,
    FieldId::ErLikes,
    FieldId::ErComments,
    FieldId::ErShares,
    FieldId::ErSaves,
    FieldId::ErReach,
    FieldId::ErImpressions,
    FieldId::ErViews,
];
/// Rate range fields.
pub const RATES: &[FieldId] = &[
    FieldId::RateFollowers,
    FieldId::RateEr,
    FieldId::RateUsage,
    FieldId::RateExclusivity,
    FieldId::RatePosts,
    FieldId::RateOwnBase,
];
/// Budget planner fields.
pub const BUDGET: &[FieldId] = &[
    FieldId::BudgetTotal,
    FieldId::BudgetNano,
    FieldId::BudgetMicro,
    FieldId::BudgetMacro,
    FieldId::BudgetConversion,
    FieldId::BudgetTarget,
];
/// Authenticity check fields (the follower history is a list, kept apart).
pub const AUTHENTICITY: &[FieldId] = &[
    FieldId::AuthFollowers,
    FieldId::AuthLikes,
    FieldId::AuthComments,
    FieldId::AuthSample,
    FieldId::AuthFake,
    FieldId::AuthCommentsRead,
    FieldId::AuthCommentsGeneric,
];
/// Fields of every calculator: the exchange rate.
pub const SHARED: &[FieldId] = &[FieldId::Fx];

/// Rate card fields (its offers are a list, kept apart).
pub const CARD: &[FieldId] = &[
    FieldId::CardBonusEr,
    FieldId::CardBonus,
    FieldId::CardUsage,
    FieldId::CardExclusivity,
    FieldId::CardWhitelisting,
];

/// Every number field outside the ROI scenarios, calculator by calculator: the order the
/// state keeps them in and the codec writes them in. Built at compile time from the lists
/// above, so that each field is listed once; the build fails unless the order is that of
/// [`FieldId`], so that a field's place in the state is its id.
pub const ALL: [FieldId; 41] = concat([
    ACCOUNT,
    TIERS,
    ENGAGEMENT,
    RATES,
    BUDGET,
    AUTHENTICITY,
    SHARED,
    CARD,
]);

const _: () = {
    let mut index = 0;
    while index < ALL.len() {
        assert!(
            ALL[index] as usize == index,
            "the groups must list the fields in FieldId order"
        );
        index += 1;
    }
};

/// Every number field outside the ROI scenarios, in the order of [`ALL`].
pub fn all() -> impl Iterator<Item = FieldId> {
    ALL.iter().copied()
}

/// The field whose URL key is `key`.
#[must_use]
pub fn field_for_key(key: &str) -> Option<FieldId> {
    all().find(|id| id.spec().key == key)
}

/// Joins the groups into one array; a wrong `N` fails the build.
const fn concat<const N: usize>(groups: [&[FieldId]; 8]) -> [FieldId; N] {
    let mut out = [FieldId::AcctFollowers; N];
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

pub use scenario::ScenarioField;

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

    const CREATORS: NumberSpec = ranged("creators", "Creators", Limits::count(1.0, MAX_CREATORS));
    const COST: NumberSpec = ranged("cost", "Cost per creator", Limits::money(0.0, MAX_MONEY));
    const REACH: NumberSpec = ranged("reach", "Combined reach", Limits::count(0.0, MAX_REACH));
    const ER: NumberSpec = ranged("er", "Engagement rate (%)", PERCENT);
    const CONVERSION: NumberSpec = ranged("cr", "Conversion rate (%)", PERCENT);
    const ORDER_VALUE: NumberSpec = NumberSpec {
        default: None,
        ..ranged("aov", "Average order value", Limits::money(0.0, MAX_MONEY))
    };

    /// A field of every ROI scenario, addressed by this id rather than by its key.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ScenarioField {
        /// Number of creators.
        Creators,
        /// Cost per creator.
        Cost,
        /// Combined reach of the scenario.
        Reach,
        /// Engagement rate.
        Er,
        /// Conversion rate.
        Conversion,
        /// Average order value (optional).
        OrderValue,
    }

    impl ScenarioField {
        /// Every scenario field, in screen order (the order a scenario keeps them in).
        pub const ALL: [Self; 6] = [
            Self::Creators,
            Self::Cost,
            Self::Reach,
            Self::Er,
            Self::Conversion,
            Self::OrderValue,
        ];

        /// What the field accepts, its key (after `roi.N.`), label and default.
        #[must_use]
        pub const fn spec(self) -> &'static NumberSpec {
            match self {
                Self::Creators => &CREATORS,
                Self::Cost => &COST,
                Self::Reach => &REACH,
                Self::Er => &ER,
                Self::Conversion => &CONVERSION,
                Self::OrderValue => &ORDER_VALUE,
            }
        }

        /// The field whose key is `key`.
        #[must_use]
        pub fn for_key(key: &str) -> Option<Self> {
            Self::ALL.into_iter().find(|f| f.spec().key == key)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse_in_the_forms_people_type() {
        let reach = scenario::ScenarioField::Reach.spec();
        let range = |low, high| Ok(Some(Value::range(low, high)));
        assert_eq!(reach.parse("300k-400k"), range(300_000.0, 400_000.0));
        assert_eq!(reach.parse("300k – 400k"), range(300_000.0, 400_000.0));
        assert_eq!(
            reach.parse("300,000 to 400,000"),
            range(300_000.0, 400_000.0)
        );
        assert_eq!(reach.parse("250000"), Ok(Some(Value::point(250_000.0))));
        assert_eq!(reach.parse("400k-300k"), Err(FieldError::Reversed));
        for text in ["1e-9", "1-2-3-4", "300k-abc"] {
            assert_eq!(
                reach.parse(text),
                Err(FieldError::NotANumber(text.into())),
                "{text}"
            );
        }
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
        assert_eq!(
            scenario::ScenarioField::OrderValue.spec().parse(" "),
            Ok(None)
        );
    }

    #[test]
    fn scenario_fields_are_kept_in_id_order() {
        for (index, field) in ScenarioField::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, index, "{field:?}");
        }
    }

    #[test]
    fn single_value_fields_refuse_ranges() {
        assert!(FieldId::ErLikes.spec().parse("100-200").is_err());
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = all().map(|id| id.spec().key).collect();
        keys.sort_unstable();
        let count = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }

    #[test]
    fn every_default_is_valid_text() {
        for spec in all().map(FieldId::spec) {
            let field = spec.default_field();
            assert_eq!(field.error(spec), None, "{}", spec.key);
            assert_eq!(spec.parse(&field.text), Ok(field.value), "{}", spec.key);
        }
    }
}
