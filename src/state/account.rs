//! The account: platform, followers and average interactions per post, typed once and
//! shared by the tier finder, engagement rate, rate range and authenticity check. A
//! calculator may keep its own figure for one of them ([`Own`]), shown as its own.

use super::fields::FieldId;
use super::PlatformChoice;
use crate::domain::format::group_thousands;
use crate::domain::vocab::Platform;

/// The account's figures as the calculators read them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Account {
    /// Where the account posts.
    pub platform: Platform,
    /// Followers (subscribers on YouTube).
    pub followers: u64,
    /// Average likes per post.
    pub likes: f64,
    /// Average comments per post.
    pub comments: f64,
    /// Average shares per post, if known.
    pub shares: Option<f64>,
    /// Average saves per post, if known.
    pub saves: Option<f64>,
}

impl Account {
    /// Interactions per post: likes, comments, shares and saves.
    #[must_use]
    pub fn interactions(&self) -> f64 {
        self.likes + self.comments + self.shares.unwrap_or(0.0) + self.saves.unwrap_or(0.0)
    }

    /// The engagement rate by followers, in percent: interactions per post ÷ followers ×
    /// 100 (the engagement calculator's first rate). `None` without followers.
    #[must_use]
    pub fn engagement_rate_percent(&self) -> Option<f64> {
        // Followers are whole counts far below 2^53: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let followers = self.followers as f64;
        (followers > 0.0).then(|| self.interactions() / followers * 100.0)
    }
}

/// Which account figure a calculator field shows while it follows the account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A figure the account keeps: the account's own field.
    Field(FieldId),
    /// The engagement rate worked out from the account's figures.
    EngagementRate,
}

impl FieldId {
    /// The account figure this calculator field follows; `None` for a field of its own.
    #[must_use]
    pub const fn account_source(self) -> Option<Source> {
        match self {
            Self::TierFollowers | Self::ErFollowers | Self::RateFollowers | Self::AuthFollowers => {
                Some(Source::Field(Self::AcctFollowers))
            }
            Self::ErLikes | Self::AuthLikes => Some(Source::Field(Self::AcctLikes)),
            Self::ErComments | Self::AuthComments => Some(Source::Field(Self::AcctComments)),
            Self::ErShares => Some(Source::Field(Self::AcctShares)),
            Self::ErSaves => Some(Source::Field(Self::AcctSaves)),
            Self::TierEr | Self::RateEr => Some(Source::EngagementRate),
            _ => None,
        }
    }
}

/// The figures a calculator keeps for itself instead of the account's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Own {
    fields: u64,
    platforms: u8,
}

impl Own {
    /// Whether `id` is the calculator's own figure.
    #[must_use]
    pub fn field(self, id: FieldId) -> bool {
        self.fields & (1 << id as u32) != 0
    }

    /// Makes `id` the calculator's own (`true`) or the account's (`false`).
    pub fn set_field(&mut self, id: FieldId, own: bool) {
        if own {
            self.fields |= 1 << id as u32;
        } else {
            self.fields &= !(1 << id as u32);
        }
    }

    /// Whether the calculator of `choice` has a platform of its own.
    #[must_use]
    pub fn platform(self, choice: PlatformChoice) -> bool {
        self.platforms & (1 << choice as u32) != 0
    }

    /// Gives the calculator of `choice` a platform of its own (`true`) or the account's.
    pub fn set_platform(&mut self, choice: PlatformChoice, own: bool) {
        if own {
            self.platforms |= 1 << choice as u32;
        } else {
            self.platforms &= !(1 << choice as u32);
        }
    }
}

/// A figure a calculator may keep for itself: a number or its platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// A number field that follows the account (see [`FieldId::account_source`]).
    Number(FieldId),
    /// A calculator's platform.
    Platform(PlatformChoice),
}

/// The label of a figure a calculator keeps for itself: it says so and shows the
/// account's, e.g. "Followers (this calculator only) — account: 40,000".
#[must_use]
pub fn own_label(label: &str, account: &str) -> String {
    let account = match account.trim() {
        "" => "none".to_string(),
        digits if digits.bytes().all(|b| b.is_ascii_digit()) => group_thousands(digits),
        text => text.to_string(),
    };
    format!("{label} (this calculator only) — account: {account}")
}

const _: () = assert!(
    super::fields::ALL.len() <= 64,
    "Own keeps one bit per field"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_is_interactions_over_followers() {
        let account = Account {
            platform: Platform::Instagram,
            followers: 40_000,
            likes: 2_000.0,
            comments: 60.0,
            shares: None,
            saves: None,
        };
        let rate = account.engagement_rate_percent().unwrap_or(0.0);
        assert!((rate - 5.15).abs() < 1e-9, "{rate}");
        let none = Account {
            followers: 0,
            ..account
        };
        assert_eq!(none.engagement_rate_percent(), None);
    }

    #[test]
    fn an_own_figure_names_the_accounts() {
        assert_eq!(
            own_label("Followers", "40000"),
            "Followers (this calculator only) — account: 40,000"
        );
        assert_eq!(
            own_label("Saves", ""),
            "Saves (this calculator only) — account: none"
        );
        assert_eq!(
            own_label("Rate", "5.15"),
            "Rate (this calculator only) — account: 5.15"
        );
    }

    #[test]
    fn own_figures_are_kept_apart() {
        let mut own = Own::default();
        own.set_field(FieldId::RateEr, true);
        own.set_platform(PlatformChoice::Tiers, true);
        assert!(own.field(FieldId::RateEr) && !own.field(FieldId::TierEr));
        assert!(own.platform(PlatformChoice::Tiers));
        assert!(!own.platform(PlatformChoice::Engagement));
        own.set_field(FieldId::RateEr, false);
        assert!(!own.field(FieldId::RateEr));
    }
}
