//! A one-line fingerprint of the results a state puts on screen, written with the plain
//! formatter. Golden links (`tests/golden/links.txt`) store it, so that a later release that
//! reads a link differently, or computes a different result, fails a test.

use super::{AppState, Calculator};
use crate::domain::format::{NumberFormatter, PlainFormatter};
use crate::domain::{authenticity, budget, engagement, rates, roi, tier};

/// The results of the open calculator, as one line.
pub fn result_summary(state: &AppState) -> String {
    let f = PlainFormatter;
    let error = |e: crate::domain::error::DomainError| format!("error: {e}");
    match state.calculator {
        Calculator::Tiers => {
            let followers = state.number(&super::fields::TIER_FOLLOWERS) as u64;
            let found = match state.tier_engagement() {
                Some(rate) => tier::classify_with_engagement(state.tier_platform, followers, rate),
                None => tier::classify(state.tier_platform, followers),
            };
            found.map_or_else(error, |c| {
                format!(
                    "tiers: {} {} {}; acts as micro: {}",
                    state.tier_platform.label(),
                    c.tier.label(),
                    c.band.describe(&f),
                    c.acts_as_micro()
                )
            })
        }
        Calculator::Engagement => engagement::analyze(
            &state.engagement_input(),
            state.engagement_platform,
        )
        .map_or_else(error, |r| {
            format!(
                "engagement: {} by followers, grade {}, suspicious {}",
                f.percent(r.by_followers),
                r.display_grade().map_or("none", |g| g.label()),
                r.suspicion.is_some()
            )
        }),
        Calculator::Rates => rates::estimate(&state.rate_input()).map_or_else(error, |e| {
            format!(
                "rates: {} / {} / {} for {} post(s)",
                f.money(e.low),
                f.money(e.typical),
                f.money(e.high),
                e.posts
            )
        }),
        Calculator::Roi => {
            let comparison = roi::compare(&state.roi_scenarios());
            let parts: Vec<String> = comparison
                .results
                .iter()
                .map(|r| match r {
                    Ok(r) => format!(
                        "{}: {} engaged, {} conversions, {} per conversion",
                        r.scenario.name,
                        f.quantity(&crate::domain::explain::Quantity::Count(r.engaged)),
                        f.quantity(&crate::domain::explain::Quantity::Count(r.conversions)),
                        f.quantity(&crate::domain::explain::Quantity::Money(
                            r.cost_per_conversion
                        ))
                    ),
                    Err(e) => format!("error: {e}"),
                })
                .collect();
            format!("roi: {}", parts.join("; "))
        }
        Calculator::Budget => budget::plan(&state.budget_input()).map_or_else(error, |p| {
            let tiers: Vec<String> = p
                .tiers
                .iter()
                .map(|t| format!("{} {} x{}", t.tier.label(), f.money(t.amount), t.creators))
                .collect();
            format!(
                "budget: {}; {} conversions",
                tiers.join(", "),
                f.count(p.conversions)
            )
        }),
        Calculator::Authenticity => {
            authenticity::assess(&state.authenticity_input()).map_or_else(error, |r| {
                format!(
                    "authenticity: risk {} ({}), {} reasons",
                    r.risk_score,
                    r.level.label(),
                    r.reasons.len()
                )
            })
        }
    }
}
