//! Links of version 1, where the tier finder, engagement, rate range and authenticity
//! calculators each had their own figures, opened as version 2, where they share one
//! account: the open calculator's figures become the account, and a calculator the link
//! speaks of keeps as its own every figure that differs from the account's, so that every
//! such link shows the results it showed (`tests/golden.rs`). Calculators the link says
//! nothing of follow the account.

use crate::domain::data::NICHE_MICRO_ER_PERCENT;
use crate::domain::vocab::Platform;
use crate::state::fields::FieldId;
use crate::state::{AppState, Calculator, Flag, PlatformChoice, TOTALS};

/// Each account calculator of version 1, its platform choice and its account figures.
const CALCULATORS: [(Calculator, Option<PlatformChoice>, &[FieldId]); 4] = [
    (
        Calculator::Tiers,
        Some(PlatformChoice::Tiers),
        &[FieldId::TierFollowers, FieldId::TierEr],
    ),
    (
        Calculator::Engagement,
        Some(PlatformChoice::Engagement),
        &[
            FieldId::ErFollowers,
            FieldId::ErLikes,
            FieldId::ErComments,
            FieldId::ErShares,
            FieldId::ErSaves,
        ],
    ),
    (
        Calculator::Rates,
        None,
        &[FieldId::RateFollowers, FieldId::RateEr],
    ),
    (
        Calculator::Authenticity,
        Some(PlatformChoice::Authenticity),
        &[
            FieldId::AuthFollowers,
            FieldId::AuthLikes,
            FieldId::AuthComments,
        ],
    ),
];

/// Turns a state decoded with version 1's meaning (every calculator figure stored, none
/// marked its own) into version 2's.
pub(super) fn migrate(state: &mut AppState) {
    let open = state.calculator;
    let (platform, followers) = match open {
        Calculator::Tiers => (PlatformChoice::Tiers, FieldId::TierFollowers),
        Calculator::Rates => (PlatformChoice::Engagement, FieldId::RateFollowers),
        Calculator::Authenticity => (PlatformChoice::Authenticity, FieldId::AuthFollowers),
        _ => (PlatformChoice::Engagement, FieldId::ErFollowers),
    };
    // Version 1's rate range had no platform but its deliverable's.
    state.account_platform = if open == Calculator::Rates {
        state.rate_deliverable.platform()
    } else {
        stored_platform(state, platform)
    };
    state.set_field(FieldId::AcctFollowers, state.stored(followers));
    let totals = state.flag(Flag::EngagementTotals);
    for (account, er, auth) in [
        (
            FieldId::AcctLikes,
            FieldId::ErLikes,
            Some(FieldId::AuthLikes),
        ),
        (
            FieldId::AcctComments,
            FieldId::ErComments,
            Some(FieldId::AuthComments),
        ),
        (FieldId::AcctShares, FieldId::ErShares, None),
        (FieldId::AcctSaves, FieldId::ErSaves, None),
    ] {
        // The authenticity check's averages when it is open and has them; else the
        // engagement calculator's, unless they are totals over several posts.
        let from = auth
            .filter(|auth| open == Calculator::Authenticity && state.stored(*auth).value.is_some())
            .or((!totals).then_some(er));
        if let Some(from) = from {
            state.set_field(account, state.stored(from));
        }
    }
    for (calculator, platform, fields) in CALCULATORS {
        if calculator == open || spoken_of(state, platform, fields) {
            keep_what_differs(state, platform, fields);
        }
    }
    if totals {
        for id in TOTALS {
            state.own.set_field(id, true);
        }
    }
}

/// The platform a version 1 link gave a calculator (stored, not yet its own).
fn stored_platform(state: &AppState, choice: PlatformChoice) -> Platform {
    match choice {
        PlatformChoice::Tiers => state.tier_platform,
        PlatformChoice::Authenticity => state.authenticity_platform,
        PlatformChoice::Engagement | PlatformChoice::Account => state.engagement_platform,
    }
}

/// Whether the link gave the calculator a figure other than version 1's default.
fn spoken_of(state: &AppState, platform: Option<PlatformChoice>, fields: &[FieldId]) -> bool {
    platform.is_some_and(|c| stored_platform(state, c) != Platform::Instagram)
        || fields
            .iter()
            .any(|id| state.stored(*id).value != id.spec().default_field().value)
}

/// Marks as the calculator's own every figure that differs from the account's.
fn keep_what_differs(state: &mut AppState, platform: Option<PlatformChoice>, fields: &[FieldId]) {
    if let Some(choice) = platform {
        if stored_platform(state, choice) != state.account_platform {
            state.own.set_platform(choice, true);
        }
    }
    for id in fields {
        // Nothing is marked its own yet: the field shows the account's figure.
        let account = state.field(*id).value;
        let own = state.stored(*id).value;
        let differs = if *id == FieldId::TierEr && own.is_none() {
            // Without a rate of its own, the tier finder may follow the account's unless
            // that would add the note of an engaged account (a valid rate from the
            // threshold up), which version 1 did not show.
            account.is_some_and(|rate| (NICHE_MICRO_ER_PERCENT..=100.0).contains(&rate.middle()))
        } else {
            own != account
        };
        if differs {
            state.own.set_field(*id, true);
        }
    }
}
