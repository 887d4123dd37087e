//! The one caller of the calculators: an [`AppState`] mapped to what each calculator shows.
//!
//! The views in `app` and the golden summary ([`super::result_summary`]) both read their
//! results here, so the golden links test what users see, and a rule such as "the tier
//! finder uses the engagement rate when one is given" is written once.

use super::fields::FieldId;
use super::{AppState, Calculator, PlatformChoice};
use crate::domain::authenticity::{self, AuthenticityReport};
use crate::domain::budget::{self, BudgetPlan};
use crate::domain::engagement::{self, EngagementReport};
use crate::domain::error::DomainError;
use crate::domain::rates::card::{rate_card, CardTerms, RateCard};
use crate::domain::rates::{self, RateEstimate};
use crate::domain::roi::{self, Comparison};
use crate::domain::roster::report::{self as roster_report, RosterReport};
use crate::domain::tier::{self, Classification, TierBand};

/// A calculator's result: its report, or the error that stops it.
pub type Outcome<T> = Result<T, DomainError>;

/// The tier finder's result: the platform's ladder, and where the account sits on it.
#[derive(Clone, Debug, PartialEq)]
pub struct TierFinding {
    /// The five bands of the platform, smallest first.
    pub ladder: [TierBand; 5],
    /// The account's tier, with the guide's niche nuance when an engagement rate is given.
    pub classification: Outcome<Classification>,
}

/// The results of the open calculator.
// Built once per summary and matched at once: boxing the larger reports would cost an
// allocation for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Results {
    /// Tier finder.
    Tiers(TierFinding),
    /// Engagement rate.
    Engagement(Outcome<EngagementReport>),
    /// Rate estimate.
    Rates(Outcome<RateEstimate>),
    /// ROI comparison (each scenario has its own outcome).
    Roi(Comparison),
    /// Budget plan.
    Budget(Outcome<BudgetPlan>),
    /// Authenticity check.
    Authenticity(Outcome<AuthenticityReport>),
    /// Rate card.
    Card(CardResult),
    /// Roster.
    Roster(RosterReport),
}

/// The rate card's result: the card, and a sentence for each offer line that could not be
/// read (the card holds the others).
#[derive(Clone, Debug, PartialEq)]
pub struct CardResult {
    /// The card, or what stops it (the account's figures).
    pub card: Outcome<RateCard>,
    /// Lines left out, and why.
    pub problems: Vec<String>,
}

/// The results of the calculator open in `state`.
#[must_use]
pub fn of_open_calculator(state: &AppState) -> Results {
    match state.calculator {
        Calculator::Tiers => Results::Tiers(tiers(state)),
        Calculator::Engagement => Results::Engagement(engagement(state)),
        Calculator::Rates => Results::Rates(rates(state)),
        Calculator::Roi => Results::Roi(roi(state)),
        Calculator::Budget => Results::Budget(budget(state)),
        Calculator::Authenticity => Results::Authenticity(authenticity(state)),
        Calculator::Card => Results::Card(card(state)),
        Calculator::Roster => Results::Roster(roster(state)),
    }
}

/// The tier finder's result.
#[must_use]
pub fn tiers(state: &AppState) -> TierFinding {
    let platform = state.platform(PlatformChoice::Tiers);
    // The field accepts whole, non-negative counts only; `as` saturates anything else.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let followers = state.number(FieldId::TierFollowers) as u64;
    TierFinding {
        ladder: tier::ladder(platform),
        classification: match state.tier_engagement() {
            Some(rate) => tier::classify_with_engagement(platform, followers, rate),
            None => tier::classify(platform, followers),
        },
    }
}

/// The engagement calculator's result.
///
/// # Errors
/// Those of [`engagement::analyze`].
pub fn engagement(state: &AppState) -> Outcome<EngagementReport> {
    engagement::analyze(
        &state.engagement_input(),
        state.platform(PlatformChoice::Engagement),
    )
}

/// The rate calculator's result.
///
/// # Errors
/// Those of [`rates::estimate`].
pub fn rates(state: &AppState) -> Outcome<RateEstimate> {
    rates::estimate(&state.rate_input())
}

/// The ROI comparison of the scenarios on screen.
#[must_use]
pub fn roi(state: &AppState) -> Comparison {
    roi::compare(&state.roi_scenarios())
}

/// The budget planner's result.
///
/// # Errors
/// Those of [`budget::plan`].
pub fn budget(state: &AppState) -> Outcome<BudgetPlan> {
    budget::plan(&state.budget_input())
}

/// The authenticity check's result.
///
/// # Errors
/// Those of [`authenticity::assess`].
pub fn authenticity(state: &AppState) -> Outcome<AuthenticityReport> {
    authenticity::assess(&state.authenticity_input())
}

/// The rate card's result.
#[must_use]
pub fn card(state: &AppState) -> CardResult {
    let account = super::card::account(state);
    let (offers, problems) =
        super::card::parse_offers(&state.card_text(), account.platform, state.currency.code());
    let terms = CardTerms {
        bonus: state.number(FieldId::CardBonus),
        bonus_threshold_percent: state.number(FieldId::CardBonusEr),
        add_ons: [
            state.optional(FieldId::CardUsage),
            state.optional(FieldId::CardExclusivity),
            state.optional(FieldId::CardWhitelisting),
        ],
    };
    CardResult {
        card: rate_card(account, &offers, &terms),
        problems,
    }
}

/// The roster worked out: the table read, every creator's figures and the mix.
#[must_use]
pub fn roster(state: &AppState) -> RosterReport {
    let rates = state.rate_input();
    let currency = crate::domain::roster::figures::Currency {
        code: state.currency.code(),
        usd_rate: rates.usd_rate,
        rounding_scale: rates.rounding_scale,
    };
    roster_report::analyse_in(
        &state.roster.text,
        &state.roster.settings().mix_settings(),
        currency,
    )
}
