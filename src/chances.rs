//! What the simulation says, written as markup: the verdict on each cost, the chance of
//! every pair, and how the simulation works. Pure: native tests read the strings.

use crate::band_chart::{band_chart, BandRow, BAND_CAPTION};
use crate::domain::explain::Quantity;
use crate::domain::format::{group_thousands, NumberFormatter};
use crate::domain::range::Range;
use crate::domain::simulation::roi::{Compared, Outcome, RoiSimulation, Verdict};
use crate::domain::simulation::{DRAWS, WINNER_THRESHOLD};
use crate::markup::Markup;
use crate::state::{listed, AppState};

/// The ROI screen's "How sure" section for `state`: verdicts, pair chances, the method and,
/// when an input is a range, P10–P90 charts of engaged audience, conversions and cost per
/// conversion.
pub fn roi_section(state: &AppState, f: &dyn NumberFormatter) -> String {
    let sim = state.roi_simulation();
    let name = |i: usize| {
        state
            .scenarios
            .get(i)
            .map_or_else(String::new, |s| s.name.clone())
    };
    let mut m = Markup::new();
    write(&mut m, &sim, &name);
    if sim.uncertain {
        let charts = [
            ("Engaged audience (more is better)", Outcome::Engaged),
            ("Conversions (more is better)", Outcome::Conversions),
            (
                "Cost per conversion (less is better)",
                Outcome::CostPerConversion,
            ),
        ];
        for (title, outcome) in charts {
            let rows = band_rows(&sim, outcome, &name, f);
            if !rows.is_empty() {
                band_chart(&mut m, title, &rows);
            }
        }
        m.el("p", "chart-caption", BAND_CAPTION);
    }
    m.as_str().to_owned()
}

/// The budget planner's "How sure" section: the chance of reaching the target (when set),
/// P10–P90 charts of engagements and conversions, and where the spread comes from.
pub fn budget_section(state: &AppState, f: &dyn NumberFormatter) -> String {
    let mut m = Markup::new();
    let Some((plan, sim)) = state.budget_simulation() else {
        return String::new();
    };
    m.raw("<div class=\"chances\">");
    let target = state.optional(crate::state::fields::FieldId::BudgetTarget);
    match (target, sim.chance_of_target) {
        (Some(t), Some(chance)) => m.el(
            "p",
            "headline",
            &format!(
                "Chance of reaching {} conversions: {} of simulated outcomes.",
                f.count(t),
                share_text(chance)
            ),
        ),
        _ => m.el(
            "p",
            "subline",
            "Set a target number of conversions to see the chance that this plan reaches it.",
        ),
    };
    let count = |v: f64| f.count(v);
    for (title, band) in [
        ("Engagements", sim.engagements),
        ("Conversions", sim.conversions),
    ] {
        let row = BandRow {
            label: "This plan".to_owned(),
            band,
            median: count(band.median),
            spread: format!("{}–{}", count(band.p10), count(band.p90)),
            tone: 1,
        };
        band_chart(&mut m, title, &[row]);
    }
    m.el("p", "chart-caption", BAND_CAPTION);
    let spreads: Vec<String> = plan
        .tiers
        .iter()
        .zip(&crate::domain::data::TIER_ENGAGEMENT_SPREAD)
        .map(|(t, s)| {
            format!(
                "{} {}–{}",
                t.tier.label().to_ascii_lowercase(),
                f.percent(s.value.0),
                f.percent(s.value.1)
            )
        })
        .collect();
    m.el(
        "p",
        "note",
        &format!(
            "How sure: {} simulated outcomes. Each tier's engagement rate is drawn from the guide's range for the tier ({}), most likely at the planning figure; the conversion rate from your range (one number is taken as exact). The same link always gives the same figures.",
            group_thousands(&DRAWS.to_string()),
            spreads.join(", ")
        ),
    );
    m.raw("</div>");
    m.as_str().to_owned()
}

/// One [`BandRow`] per simulated scenario for `outcome`, formatted with `f`.
fn band_rows(
    sim: &RoiSimulation,
    outcome: Outcome,
    name: &dyn Fn(usize) -> String,
    f: &dyn NumberFormatter,
) -> Vec<BandRow> {
    let show = |v: f64| {
        let r = Range::point(v);
        f.quantity(&if outcome == Outcome::CostPerConversion {
            Quantity::Money(r)
        } else {
            Quantity::Count(r)
        })
    };
    sim.scenarios
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((i, s.as_ref()?.band(outcome)?)))
        .map(|(i, band)| BandRow {
            label: name(i),
            band,
            median: show(band.median),
            spread: format!("{}–{}", show(band.p10), show(band.p90)),
            tone: i,
        })
        .collect()
}

/// A share of draws as a whole percent that never claims more than it shows: "97%",
/// "more than 99%" for 99.5% up to all but one draw, "less than 1%" likewise at the bottom.
pub fn share_text(share: f64) -> String {
    if share > 0.995 && share < 1.0 {
        return "more than 99%".to_owned();
    }
    if share > 0.0 && share < 0.005 {
        return "less than 1%".to_owned();
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 to 100
    let whole = (share.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{whole}%")
}

fn cost_name(compared: Compared) -> &'static str {
    match compared {
        Compared::CostPerConversion => "cost per conversion",
        Compared::CostPerEngagement => "cost per engagement",
    }
}

/// The verdict on one cost: a short lead and, when the simulation is needed to say it, the
/// shares; `name(i)` names scenario `i`.
pub fn verdict_sentence(
    verdict: &Verdict,
    compared: Compared,
    name: &dyn Fn(usize) -> String,
) -> (String, Option<String>) {
    let cost = cost_name(compared);
    match *verdict {
        Verdict::Certain { leader } => (format!("Lowest {cost}: {}.", name(leader)), None),
        Verdict::Winner { leader, share } if share >= 1.0 => (
            format!("Lowest {cost}: {}.", name(leader)),
            Some(format!("In {} of simulated outcomes.", share_text(share))),
        ),
        Verdict::Winner { leader, share } => (
            format!(
                "Lowest {cost} in most outcomes: {}, but the ranges overlap.",
                name(leader)
            ),
            Some(format!(
                "Lowest in {} of simulated outcomes; another scenario is lower in the rest.",
                share_text(share)
            )),
        ),
        Verdict::NoClearWinner {
            leader,
            share,
            runner_up,
        } => {
            let next = runner_up
                .map(|(i, s)| format!(", in {} for {}", share_text(s), name(i)))
                .unwrap_or_default();
            (
                format!("No clear winner on {cost}."),
                Some(format!(
                    "Lowest in {} of simulated outcomes for {}{next}.",
                    share_text(share),
                    name(leader)
                )),
            )
        }
    }
}

/// Without ranges, no certain leader means equal lowest costs: the scenarios that share
/// the lowest, named ("Tied for the lowest cost per conversion: A and B."), with no
/// simulated shares, which would only be the tie split evenly.
fn tie_sentence(sim: &RoiSimulation, compared: Compared, name: &dyn Fn(usize) -> String) -> String {
    let tied: Vec<String> = (0..sim.scenarios.len())
        .filter(|i| sim.scenarios.get(*i).is_some_and(Option::is_some))
        .filter(|i| sim.lowest_share(compared, *i) > 0.0)
        .map(name)
        .collect();
    format!(
        "Tied for the lowest {}: {}.",
        cost_name(compared),
        listed(&tied)
    )
}

/// The verdicts, the pair table (when anything is uncertain) and the method, appended to `m`.
pub fn write(m: &mut Markup, sim: &RoiSimulation, name: &dyn Fn(usize) -> String) {
    let verdicts: Vec<(Compared, Verdict)> = Compared::ALL
        .iter()
        .filter_map(|c| sim.verdict(*c).map(|v| (*c, v)))
        .collect();
    if verdicts.is_empty() {
        return;
    }
    m.raw("<div class=\"chances\">");
    for (compared, verdict) in &verdicts {
        let (lead, shares) = match verdict {
            Verdict::Certain { .. } => verdict_sentence(verdict, *compared, name),
            _ if !sim.uncertain => (tie_sentence(sim, *compared, name), None),
            _ => verdict_sentence(verdict, *compared, name),
        };
        let class = if *compared == Compared::CostPerConversion {
            "headline"
        } else {
            "verdict"
        };
        m.open("p", class).text(&lead);
        if let Some(shares) = shares {
            m.raw(" <span class=\"shares\">")
                .text(&shares)
                .raw("</span>");
        }
        m.close("p");
    }
    if sim.uncertain {
        pair_table(m, sim, name);
        m.el("p", "note", &method_note());
    } else {
        m.el(
            "p",
            "note",
            "No input is a range, so the answer is certain for the figures given. Type a range such as 300k-400k (or low-typical-high, 300k-320k-400k) to see how sure it is.",
        );
    }
    m.raw("</div>");
}

/// How the chances are worked out, with the threshold for naming a winner.
pub fn method_note() -> String {
    format!(
        "How sure: {} simulated outcomes. Each range is drawn uniformly between its ends, or as a triangle peaking at the typical value when you give low-typical-high; every scenario uses the same draws, so where two scenarios give a range for the same input they sit at the same point of it. A scenario is named the winner when it has the lowest cost in at least {} of outcomes (an assumption: the 95% level common in A/B testing); the same link always gives the same figures.",
        group_thousands(&DRAWS.to_string()),
        share_text(WINNER_THRESHOLD)
    )
}

/// A table: the chance that the row's scenario has a lower cost than the column's, per cost.
fn pair_table(m: &mut Markup, sim: &RoiSimulation, name: &dyn Fn(usize) -> String) {
    let present: Vec<usize> = (0..sim.scenarios.len())
        .filter(|i| sim.scenarios[*i].is_some())
        .collect();
    m.raw("<p class=\"table-title\" id=\"chances-title\">Chance of a lower cost per conversion (per engagement): row against column</p><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"chances-title\"><table class=\"figures chances-table\" aria-labelledby=\"chances-title\"><thead><tr><th scope=\"col\">Scenario</th>");
    for &j in &present {
        m.open_with("th", &[("class", "num"), ("scope", "col")])
            .text(&name(j))
            .close("th");
    }
    m.raw("</tr></thead><tbody>");
    for &i in &present {
        let cells: Vec<String> = present
            .iter()
            .map(|&j| {
                if i == j {
                    return "–".to_owned();
                }
                let pair = |c: Compared| share_text(chance_lower(sim, i, j, c));
                format!(
                    "{} ({})",
                    pair(Compared::CostPerConversion),
                    pair(Compared::CostPerEngagement)
                )
            })
            .collect();
        m.row(&name(i), &cells);
    }
    m.raw("</tbody></table></div>");
}

/// The chance that scenario `i` has a lower cost than scenario `j`.
pub fn chance_lower(sim: &RoiSimulation, i: usize, j: usize, compared: Compared) -> f64 {
    sim.pairs
        .iter()
        .find(|p| {
            p.compared == compared
                && ((p.first, p.second) == (i, j) || (p.first, p.second) == (j, i))
        })
        .map_or(0.5, |p| {
            if p.first == i {
                p.first_lower
            } else {
                1.0 - p.first_lower
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::fields::{FieldId, ScenarioField};
    use crate::state::{Action, AppState, Preset};

    fn names(i: usize) -> String {
        ["1 macro", "5 micro", "10 micro"]
            .get(i)
            .map_or("?", |s| s)
            .to_owned()
    }

    #[test]
    fn the_section_charts_bands_only_when_something_is_uncertain() {
        let f = crate::domain::format::PlainFormatter;
        let certain = roi_section(&AppState::default(), &f);
        assert!(!certain.contains("<svg"), "{certain}");
        let example_2 = AppState::default().apply(Action::LoadPreset(Preset::GuideExample2));
        let section = roi_section(&example_2, &f);
        assert_eq!(section.matches("<svg").count(), 3, "{section}");
        assert!(section.contains("the middle 80% of outcomes"), "{section}");
        // 10 micro: reach 300K–400K at 5%, so 15,000–20,000 engaged; the median is near
        // 17,500 and 80% of outcomes fall between about 15,500 and 19,500.
        assert!(
            section.contains("10 micro influencers median 17,"),
            "{section}"
        );
    }

    #[test]
    fn the_budget_section_gives_the_chance_of_the_target() {
        let f = crate::domain::format::PlainFormatter;
        let plain = budget_section(&AppState::default(), &f);
        assert!(
            plain.contains("Set a target number of conversions"),
            "{plain}"
        );
        assert!(
            plain.contains("nano 10%–20%, micro 3%–8%, macro 0.75%–3%"),
            "{plain}"
        );
        let state = AppState::default()
            .apply(Action::SetNumber(FieldId::BudgetTarget, "1000".into()))
            .apply(Action::SetNumber(FieldId::BudgetConversion, "1-3".into()));
        let section = budget_section(&state, &f);
        assert!(
            section.contains("Chance of reaching 1,000 conversions: "),
            "{section}"
        );
        assert_eq!(section.matches("<svg").count(), 2);
    }

    #[test]
    fn a_likely_winner_is_not_called_lowest_while_ranges_overlap() {
        let names = |i: usize| ["1 macro", "5 micro"][i % 2].to_owned();
        let (lead, shares) = verdict_sentence(
            &Verdict::Winner {
                leader: 1,
                share: 0.97,
            },
            Compared::CostPerConversion,
            &names,
        );
        assert_eq!(
            lead,
            "Lowest cost per conversion in most outcomes: 5 micro, but the ranges overlap."
        );
        assert!(!lead.starts_with("Lowest cost per conversion:"));
        assert_eq!(
            shares.as_deref(),
            Some("Lowest in 97% of simulated outcomes; another scenario is lower in the rest.")
        );
    }

    #[test]
    fn shares_never_round_up_to_a_certainty() {
        assert_eq!(share_text(0.97), "97%");
        assert_eq!(share_text(0.9996), "more than 99%");
        assert_eq!(share_text(1.0), "100%");
        assert_eq!(share_text(0.0001), "less than 1%");
        assert_eq!(share_text(0.0), "0%");
        assert_eq!(share_text(0.545), "55%");
    }

    #[test]
    fn without_ranges_the_answer_is_called_certain() {
        let sim = AppState::default().roi_simulation();
        let mut m = Markup::new();
        write(&mut m, &sim, &names);
        assert!(
            m.as_str().contains("Lowest cost per conversion: 5 micro."),
            "{}",
            m.as_str()
        );
        assert!(m.as_str().contains("certain for the figures given"));
        assert!(!m.as_str().contains("chances-table"));
    }

    #[test]
    fn equal_costs_without_ranges_are_called_a_tie_not_a_chance() {
        // "Add scenario" copies the last one: two scenarios at the same cost.
        let state = AppState::default().apply(Action::AddScenario);
        let sim = state.roi_simulation();
        let mut m = Markup::new();
        write(&mut m, &sim, &names);
        let text = m.as_str();
        assert!(!text.contains("No clear winner"), "{text}");
        assert!(!text.contains("simulated outcomes"), "{text}");
        assert!(
            text.contains("Tied for the lowest cost per conversion: "),
            "{text}"
        );
        assert!(text.contains(" and "), "{text}");
        assert!(text.contains("certain for the figures given"), "{text}");
    }

    #[test]
    fn overlapping_ranges_get_a_share_not_a_flat_claim() {
        // The case: 1 macro vs 5 micro vs 10 micro for $10,000 each, 10 micro's reach
        // and engagement given as ranges.
        let state = AppState::default()
            .apply(Action::AddScenario)
            .apply(Action::SetScenarioNumber(
                2,
                ScenarioField::Creators,
                "10".into(),
            ))
            .apply(Action::SetScenarioNumber(
                2,
                ScenarioField::Cost,
                "1000".into(),
            ))
            .apply(Action::SetScenarioNumber(
                2,
                ScenarioField::Reach,
                "150k-400k".into(),
            ))
            .apply(Action::SetScenarioNumber(
                2,
                ScenarioField::Er,
                "3-6".into(),
            ));
        let sim = state.roi_simulation();
        let mut m = Markup::new();
        write(&mut m, &sim, &names);
        let text = m.as_str();
        assert!(text.contains("of simulated outcomes"), "{text}");
        assert!(
            text.contains("No clear winner on cost per conversion"),
            "{text}"
        );
        assert!(text.contains("at least 95% of outcomes"), "{text}");
        assert!(text.contains("chances-table"));
        // Chances of each pair add up to one.
        let a = chance_lower(&sim, 1, 2, Compared::CostPerConversion);
        let b = chance_lower(&sim, 2, 1, Compared::CostPerConversion);
        assert!((a + b - 1.0).abs() < 1e-12);
        let example_2 = AppState::default().apply(Action::LoadPreset(Preset::GuideExample2));
        let mut m = Markup::new();
        write(&mut m, &example_2.roi_simulation(), &|i| {
            ["1 macro", "10 micro"][i % 2].to_owned()
        });
        assert!(
            m.as_str()
                .contains("Lowest cost per engagement: 10 micro. <span class=\"shares\">In 100% of simulated outcomes.</span>"),
            "{}",
            m.as_str()
        );
    }
}
