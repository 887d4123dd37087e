//! Links of version 1, where the tier finder, engagement, rate range and authenticity
//! calculators each had their own figures, opened as version 2, where they share one
//! account: the open calculator's figures become the account, and a calculator the link
//! speaks of keeps as its own every figure that differs from the account's, so that every
//! such link shows the results it showed (`tests/golden.rs`). Calculators the link says
//! nothing of follow the account.

use crate::state::fields::FieldId;
use crate::state::results;
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

/// Turns a state decoded with version 1's meaning (every calculator figure stored as its
/// own, none marked so) into version 2's.
pub(super) fn migrate(state: &mut AppState) {
    let v1 = as_version_1(state);
    let (platform, followers) = match state.calculator {
        Calculator::Tiers => (PlatformChoice::Tiers, FieldId::TierFollowers),
        Calculator::Rates => (PlatformChoice::Engagement, FieldId::RateFollowers),
        Calculator::Authenticity => (PlatformChoice::Authenticity, FieldId::AuthFollowers),
        _ => (PlatformChoice::Engagement, FieldId::ErFollowers),
    };
    state.account_platform = v1.platform(platform);
    state.set_field(FieldId::AcctFollowers, v1.stored(followers));
    let mut interactions = vec![
        (FieldId::AcctLikes, FieldId::ErLikes),
        (FieldId::AcctComments, FieldId::ErComments),
        (FieldId::AcctShares, FieldId::ErShares),
        (FieldId::AcctSaves, FieldId::ErSaves),
    ];
    if v1.flag(Flag::EngagementTotals) {
        // Totals over several posts are no averages per post.
        interactions.clear();
    }
    if state.calculator == Calculator::Authenticity {
        for (account, auth) in [
            (FieldId::AcctLikes, FieldId::AuthLikes),
            (FieldId::AcctComments, FieldId::AuthComments),
        ] {
            if v1.stored(auth).value.is_some() {
                interactions.retain(|(a, _)| *a != account);
                interactions.push((account, auth));
            }
        }
    }
    for (account, from) in interactions {
        state.set_field(account, v1.stored(from));
    }
    keep_what_differs(state, &v1);
}

/// The state as version 1 read it: every calculator figure its own.
fn as_version_1(state: &AppState) -> AppState {
    let mut v1 = state.clone();
    for (_, platform, fields) in CALCULATORS {
        for id in fields {
            v1.own.set_field(*id, true);
        }
        if let Some(choice) = platform {
            v1.own.set_platform(choice, true);
        }
    }
    v1
}

/// Marks as their own the figures of the calculators the link speaks of that differ from
/// the account's.
fn keep_what_differs(state: &mut AppState, v1: &AppState) {
    let defaults = AppState::default();
    for (calculator, platform, fields) in CALCULATORS {
        let spoken_of = calculator == state.calculator
            || platform.is_some_and(|c| v1.platform(c) != defaults.platform(c))
            || fields
                .iter()
                .any(|id| v1.stored(*id).value != id.spec().default_field().value);
        if !spoken_of {
            continue;
        }
        if let Some(choice) = platform {
            if v1.platform(choice) != state.platform(choice) {
                state.own.set_platform(choice, true);
            }
        }
        for id in fields.iter().filter(|id| **id != FieldId::TierEr) {
            if v1.field(*id).value != state.field(*id).value {
                state.own.set_field(*id, true);
            }
        }
        if v1.flag(Flag::EngagementTotals) && calculator == Calculator::Engagement {
            for id in TOTALS {
                state.own.set_field(id, true);
            }
        }
        // The tier finder's rate only adds a note for a large, engaged account: it follows
        // the account's unless that changes what the tier finder shows.
        if calculator == Calculator::Tiers && results::tiers(state) != results::tiers(v1) {
            state.own.set_field(FieldId::TierEr, true);
        }
    }
}
