//! The screen state: which calculator is open and every input the user typed, plus the
//! actions that change it. Pure Rust; the web layer wraps [`AppState::apply`] in a reducer.

use crate::domain::platform::Platform;
use crate::domain::tier::MAX_AUDIENCE;
use crate::input::{self, FieldError, Limits};

/// The calculators, one per screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Calculator {
    /// Which tier a follower count falls in, per platform.
    #[default]
    Tiers,
}

impl Calculator {
    /// Every calculator, in menu order.
    pub const ALL: [Calculator; 1] = [Calculator::Tiers];

    /// The value used in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Calculator::Tiers => "tiers",
        }
    }

    /// Reads a URL value.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The menu and heading text.
    pub fn label(self) -> &'static str {
        match self {
            Calculator::Tiers => "Tier finder",
        }
    }
}

/// Describes one number input: its URL key, label, default and accepted range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberSpec {
    /// Key in the query string.
    pub key: &'static str,
    /// Label on screen and in notices.
    pub label: &'static str,
    /// Value when nothing was typed or the URL has none.
    pub default: f64,
    /// What the field accepts.
    pub limits: Limits,
}

impl NumberSpec {
    /// The field at its default value.
    pub fn default_field(&self) -> NumberField {
        NumberField::valid(self.default)
    }

    /// Checks text against this field's limits.
    ///
    /// # Errors
    /// The [`FieldError`] to show beside the field.
    pub fn parse(&self, text: &str) -> Result<f64, FieldError> {
        input::parse(text, self.limits)
    }
}

/// A number input: the text as typed, and the last value that was valid. Calculators use
/// `value`, so a half-typed or wrong entry never wipes a result or the URL.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberField {
    /// What the user typed.
    pub text: String,
    /// The last valid value.
    pub value: f64,
}

impl NumberField {
    /// A field showing a valid value.
    pub fn valid(value: f64) -> Self {
        NumberField {
            text: input::plain(value),
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
}

/// Follower count accepted by the tier finder.
pub const TIER_FOLLOWERS: NumberSpec = NumberSpec {
    key: "tier.followers",
    label: "Followers",
    default: 25_000.0,
    limits: Limits::count(1.0, MAX_AUDIENCE as f64),
};

/// Inputs of the tier finder.
#[derive(Clone, Debug, PartialEq)]
pub struct TierInputs {
    /// The platform whose ladder applies.
    pub platform: Platform,
    /// Followers (subscribers, connections).
    pub followers: NumberField,
}

impl Default for TierInputs {
    fn default() -> Self {
        TierInputs {
            platform: Platform::Instagram,
            followers: TIER_FOLLOWERS.default_field(),
        }
    }
}

/// Everything on screen that a link must restore.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The open calculator.
    pub calculator: Calculator,
    /// Tier finder inputs.
    pub tiers: TierInputs,
}

/// A change the user makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another calculator.
    Open(Calculator),
    /// Tier finder: choose the platform.
    SetTierPlatform(Platform),
    /// Tier finder: type a follower count.
    SetTierFollowers(String),
    /// Replace the whole state (back/forward, a preset).
    Replace(Box<AppState>),
}

impl AppState {
    /// The state after `action`. Pure: the web layer decides what to do with the URL.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Open(calculator) => next.calculator = calculator,
            Action::SetTierPlatform(platform) => next.tiers.platform = platform,
            Action::SetTierFollowers(text) => {
                next.tiers.followers = next.tiers.followers.edit(&TIER_FOLLOWERS, text)
            }
            Action::Replace(state) => next = *state,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_edit_keeps_the_last_valid_value_and_the_text() {
        let state = AppState::default().apply(Action::SetTierFollowers("40k".into()));
        assert_eq!(state.tiers.followers.value, 40_000.0);
        let state = state.apply(Action::SetTierFollowers("40kk".into()));
        assert_eq!(state.tiers.followers.text, "40kk");
        assert_eq!(state.tiers.followers.value, 40_000.0);
        assert!(state.tiers.followers.error(&TIER_FOLLOWERS).is_some());
        let state = state.apply(Action::SetTierFollowers("0".into()));
        assert_eq!(
            state.tiers.followers.error(&TIER_FOLLOWERS),
            Some(FieldError::TooSmall(1.0))
        );
    }

    #[test]
    fn other_values_survive_an_edit() {
        let state = AppState::default()
            .apply(Action::SetTierPlatform(Platform::TikTok))
            .apply(Action::SetTierFollowers("nope".into()));
        assert_eq!(state.tiers.platform, Platform::TikTok);
        assert_eq!(state.calculator, Calculator::Tiers);
    }

    #[test]
    fn slugs_round_trip() {
        for calculator in Calculator::ALL {
            assert_eq!(Calculator::from_slug(calculator.slug()), Some(calculator));
        }
        assert_eq!(Calculator::from_slug("nope"), None);
    }
}
