//! A one-line fingerprint of the results a state puts on screen, written with the plain
//! formatter. Golden links (`tests/golden/links.txt`) store it, so that a later release that
//! reads a link differently, or computes a different result, fails a test.

use super::results::{self, Outcome, Results};
use super::{AppState, PlatformChoice};
use crate::domain::error::DomainError;
use crate::domain::explain::Quantity;
use crate::domain::format::{NumberFormatter, PlainFormatter};

/// The results of the open calculator, as one line.
#[must_use]
pub fn result_summary(state: &AppState) -> String {
    let f = PlainFormatter;
    match results::of_open_calculator(state) {
        Results::Tiers(finding) => line(finding.classification, |c| {
            format!(
                "tiers: {} {} {}; acts as micro: {}",
                state.platform(PlatformChoice::Tiers).label(),
                c.tier.label(),
                c.band.describe(&f),
                c.acts_as_micro()
            )
        }),
        Results::Engagement(outcome) => line(outcome, |r| {
            format!(
                "engagement: {} by followers, grade {}, suspicious {}",
                f.percent(r.by_followers),
                r.display_grade().map_or("none", |g| g.label()),
                r.suspicion.is_some()
            )
        }),
        Results::Rates(outcome) => line(outcome, |e| {
            format!(
                "rates: {} / {} / {} for {} post(s)",
                f.money(e.low),
                f.money(e.typical),
                f.money(e.high),
                e.posts
            )
        }),
        Results::Roi(comparison) => {
            let parts: Vec<String> = comparison
                .results
                .into_iter()
                .map(|outcome| {
                    line(outcome, |r| {
                        format!(
                            "{}: {} engaged, {} conversions, {} per conversion",
                            r.scenario.name,
                            f.quantity(&Quantity::Count(r.engaged)),
                            f.quantity(&Quantity::Count(r.conversions)),
                            f.quantity(&Quantity::Money(r.cost_per_conversion))
                        )
                    })
                })
                .collect();
            format!("roi: {}", parts.join("; "))
        }
        Results::Budget(outcome) => line(outcome, |p| {
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
        Results::Card(result) => line(result.card, |card| {
            let offers: Vec<String> = card
                .offers
                .iter()
                .map(|o| format!("{} {}", o.offer.label(), f.money(o.price)))
                .collect();
            let bonus = card.bonus.map_or(0.0, |b| b.expected_total);
            format!(
                "card: {}; expected with the bonus {}; {} lines left out",
                offers.join(", "),
                f.money(bonus),
                result.problems.len()
            )
        }),
        Results::Authenticity(outcome) => line(outcome, |r| {
            format!(
                "authenticity: risk {} ({}), {} reasons",
                r.risk_score,
                r.level.label(),
                r.reasons.len()
            )
        }),
        Results::Roster(report) => format!(
            "roster: {} creators, {} messages; mix: {}",
            report.figures.len(),
            report.parsed.messages.len(),
            report.mix.map_or("none".to_owned(), |m| format!(
                "{} creators, {}, {} engagements",
                m.chosen.len(),
                f.money(m.cost),
                f.count(m.engagements)
            ))
        ),
    }
}

/// The summary of a result, or "error: " and the error's message.
fn line<T>(outcome: Outcome<T>, summary: impl FnOnce(T) -> String) -> String {
    outcome.map_or_else(|e: DomainError| format!("error: {e}"), summary)
}
