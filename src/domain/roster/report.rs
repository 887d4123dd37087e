//! The whole roster worked out: the table read, every creator's figures, and the best mix
//! within the budget with a reason for each creator left out.

use super::figures::{CreatorFigures, Currency};
use super::mix::{self, Item};
use super::parse::{parse_in, Parsed};
use crate::domain::data::BUDGET_BANDS;
use crate::domain::roi::MAX_MONEY;
use crate::domain::vocab::Tier;

/// What the mix maximises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Objective {
    /// Expected engaged audience (interactions per post).
    #[default]
    Engagements,
    /// Expected conversions (engagements × conversion rate).
    Conversions,
}

impl Objective {
    /// Both, in menu order.
    pub const ALL: [Objective; 2] = [Objective::Engagements, Objective::Conversions];

    /// Value in links.
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Objective::Engagements => "engagements",
            Objective::Conversions => "conversions",
        }
    }

    /// The objective of a link value.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.slug() == slug)
    }

    /// "expected engagements".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Objective::Engagements => "expected engagements",
            Objective::Conversions => "expected conversions",
        }
    }

    fn of(self, figures: &CreatorFigures) -> f64 {
        match self {
            Objective::Engagements => figures.engagements,
            Objective::Conversions => figures.conversions,
        }
    }
}

/// A creator pinned into or out of the mix by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pin {
    /// Always in the mix.
    In,
    /// Never in the mix.
    Out,
}

/// The user's choices for the mix.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MixSettings {
    /// The budget, in the page's currency; no mix without one.
    pub budget: Option<f64>,
    /// What to maximise.
    pub objective: Objective,
    /// Keep each tier group within the guide's top share of the budget.
    pub tier_limits: bool,
    /// Pins by creator name.
    pub pins: Vec<(String, Pin)>,
}

impl MixSettings {
    /// The pin of the creator called `name`, if any.
    #[must_use]
    pub fn pin(&self, name: &str) -> Option<Pin> {
        self.pins.iter().find(|(n, _)| n == name).map(|(_, p)| *p)
    }
}

/// Why a creator is not in the mix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LeftOut {
    /// The user pinned them out.
    PinnedOut,
    /// No quoted price.
    NoPrice,
    /// Their figures could not be worked out (the row's message says why).
    NoFigures,
    /// Authenticity risk of 50/100 or more (pin them in to include them).
    HighRisk(u8),
    /// Their price alone is more than the budget.
    OverWholeBudget,
    /// Their tier group's limit would be passed by this much.
    OverTierLimit(f64),
    /// With the mix chosen, they would pass the budget by this much.
    OverBudgetWithMix(f64),
    /// They add nothing to the objective.
    NoValue,
}

/// The mix chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct MixReport {
    /// The budget.
    pub budget: f64,
    /// The objective.
    pub objective: Objective,
    /// Each tier group's limit (nano, micro, macro and above), with tier limits on.
    pub caps: Option<[f64; 3]>,
    /// Positions of the creators chosen, in table order.
    pub chosen: Vec<usize>,
    /// What they cost together.
    pub cost: f64,
    /// Their expected engagements.
    pub engagements: f64,
    /// Their expected conversions.
    pub conversions: f64,
    /// Each creator left out, and why.
    pub left_out: Vec<(usize, LeftOut)>,
    /// Set when prices were rounded up to this amount for the search.
    pub rounded_to: Option<f64>,
    /// The creators pinned in cost more than the budget.
    pub pins_over_budget: bool,
}

/// The roster worked out.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterReport {
    /// The table as read (creators, messages, notices).
    pub parsed: Parsed,
    /// Every creator's figures, in table order.
    pub figures: Vec<CreatorFigures>,
    /// The mix, when a budget is given and valid.
    pub mix: Option<MixReport>,
    /// Why there is no mix, when a budget was given but cannot be used.
    pub budget_error: Option<String>,
}

/// The tier group of the guide's budget rule: nano (and below), micro, macro and above.
#[must_use]
pub fn group(tier: Tier) -> usize {
    match tier {
        Tier::BelowNano | Tier::Nano => 0,
        Tier::Micro => 1,
        Tier::Macro | Tier::Mega => 2,
    }
}

/// Reads `text` and works everything out, the fair rates in US dollars.
#[must_use]
pub fn analyse(text: &str, settings: &MixSettings) -> RosterReport {
    analyse_in(text, settings, Currency::US_DOLLAR)
}

/// Reads `text` and works everything out, the fair rates converted to `currency`, the
/// currency of the quotes.
#[must_use]
pub fn analyse_in(text: &str, settings: &MixSettings, currency: Currency) -> RosterReport {
    let parsed = parse_in(text, currency.code);
    let figures: Vec<CreatorFigures> = parsed
        .creators
        .iter()
        .map(|c| CreatorFigures::in_currency(c, currency))
        .collect();
    let (mix, budget_error) = match settings.budget {
        None => (None, None),
        Some(b) if !(b > 0.0 && b <= MAX_MONEY) => (
            None,
            Some("The budget must be above 0 (and at most a trillion).".to_owned()),
        ),
        Some(budget) => (Some(choose(&figures, budget, settings)), None),
    };
    RosterReport {
        parsed,
        figures,
        mix,
        budget_error,
    }
}

fn cents(money: f64) -> u64 {
    // 0 ≤ money ≤ MAX_MONEY: at most 1e14 cents, exact in u64.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let c = (money.max(0.0) * 100.0).round() as u64;
    c
}

#[allow(clippy::cast_precision_loss)]
fn money(cents: u64) -> f64 {
    cents as f64 / 100.0
}

/// The best mix within `budget`: pinned-in creators first, then the optimum of the rest.
fn choose(figures: &[CreatorFigures], budget: f64, settings: &MixSettings) -> MixReport {
    let objective = settings.objective;
    let caps = settings
        .tier_limits
        .then(|| BUDGET_BANDS.map(|band| budget * band.high / 100.0));
    let group_of = |f: &CreatorFigures| f.tier().map_or(0, group);
    let mut left_out = Vec::new();
    let mut forced = Vec::new();
    let mut candidates = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let pin = settings.pin(&f.creator.name);
        let reason = match (pin, f.creator.price, &f.engagement) {
            (Some(Pin::Out), _, _) => Some(LeftOut::PinnedOut),
            (_, None, _) => Some(LeftOut::NoPrice),
            (_, _, Err(_)) => Some(LeftOut::NoFigures),
            (Some(Pin::In), _, _) => {
                forced.push(i);
                continue;
            }
            _ if f.high_risk() => f.risk().map(LeftOut::HighRisk),
            (_, Some(price), _) if price > budget => Some(LeftOut::OverWholeBudget),
            _ => None,
        };
        match reason {
            Some(reason) => left_out.push((i, reason)),
            None => candidates.push(i),
        }
    }
    let price = |i: usize| figures.get(i).and_then(|f| f.creator.price).unwrap_or(0.0);
    let forced_cost: u64 = forced.iter().map(|i| cents(price(*i))).sum();
    let spend_by_group = |members: &[usize]| {
        let mut spend = [0u64; 3];
        for f in members.iter().filter_map(|i| figures.get(*i)) {
            spend[group_of(f)] += cents(f.creator.price.unwrap_or(0.0));
        }
        spend
    };
    let forced_spend = spend_by_group(&forced);
    let budget_cents = cents(budget);
    let items: Vec<Item> = candidates
        .iter()
        .filter_map(|i| figures.get(*i))
        .map(|f| Item {
            cost_cents: cents(f.creator.price.unwrap_or(0.0)),
            value: objective.of(f),
            group: group_of(f),
        })
        .collect();
    let caps_cents = caps.map(|caps| caps.map(cents));
    let caps_left = caps_cents.map(|caps| {
        let mut left = caps;
        for (slot, used) in left.iter_mut().zip(forced_spend) {
            *slot = slot.saturating_sub(used);
        }
        left
    });
    let solution = mix::best_mix(&items, budget_cents.saturating_sub(forced_cost), caps_left);
    let mut chosen: Vec<usize> = forced.clone();
    chosen.extend(solution.chosen.iter().filter_map(|k| candidates.get(*k)));
    chosen.sort_unstable();
    let cost_cents = forced_cost + solution.cost_cents;
    let spend = spend_by_group(&chosen);
    for (k, i) in candidates.iter().enumerate() {
        if solution.chosen.contains(&k) {
            continue;
        }
        let Some(item) = items.get(k) else { continue };
        let over_cap = caps_cents
            .and_then(|caps| caps.get(item.group).copied())
            .and_then(|cap| {
                let with = spend[item.group] + item.cost_cents;
                (with > cap).then(|| with - cap)
            });
        let reason = if item.value <= 0.0 {
            LeftOut::NoValue
        } else if let Some(over) = over_cap {
            LeftOut::OverTierLimit(money(over))
        } else {
            let with = cost_cents + item.cost_cents;
            LeftOut::OverBudgetWithMix(money(with.saturating_sub(budget_cents)))
        };
        left_out.push((*i, reason));
    }
    left_out.sort_by_key(|(i, _)| *i);
    let sum = |value: fn(&CreatorFigures) -> f64| -> f64 {
        chosen
            .iter()
            .filter_map(|i| figures.get(*i))
            .map(value)
            .sum::<f64>()
            // An empty sum is -0.0, which a locale formatter writes "-0".
            + 0.0
    };
    MixReport {
        budget,
        objective,
        caps,
        engagements: sum(|f| f.engagements),
        conversions: sum(|f| f.conversions),
        chosen,
        cost: money(cost_cents),
        left_out,
        rounded_to: solution.rounded_to_cents.map(money),
        pins_over_budget: forced_cost > budget_cents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "name,platform,followers,likes,comments,price,follower history\n\
        ana,instagram,20000,1000,50,500,\n\
        bo,instagram,30000,1200,40,700,\n\
        cy,instagram,15000,900,30,450,\n\
        dee,instagram,800000,6000,100,9000,\n\
        eve,instagram,40000,40,0,600,5000|6000|40000\n\
        fay,instagram,25000,1000,40,,\n";

    fn settings(budget: f64) -> MixSettings {
        MixSettings {
            budget: Some(budget),
            ..MixSettings::default()
        }
    }

    fn mix(settings: &MixSettings) -> MixReport {
        analyse(TABLE, settings)
            .mix
            .unwrap_or_else(|| panic!("no mix"))
    }

    #[test]
    fn the_mix_keeps_within_budget_and_says_why_each_creator_is_out() {
        let m = mix(&settings(1_700.0));
        assert!(m.cost <= 1_700.0);
        assert_eq!(m.chosen, vec![0, 1, 2]);
        assert_eq!(m.cost, 1_650.0);
        assert_eq!(m.engagements, 1_050.0 + 1_240.0 + 930.0);
        let reasons: Vec<(usize, LeftOut)> = m.left_out.clone();
        assert!(
            reasons.contains(&(3, LeftOut::OverWholeBudget)),
            "{reasons:?}"
        );
        assert!(reasons.contains(&(5, LeftOut::NoPrice)), "{reasons:?}");
        assert!(
            reasons
                .iter()
                .any(|(i, r)| *i == 4 && matches!(r, LeftOut::HighRisk(_))),
            "{reasons:?}"
        );
    }

    #[test]
    fn pins_are_respected() {
        let mut s = settings(1_700.0);
        s.pins = vec![("bo".to_owned(), Pin::Out), ("eve".to_owned(), Pin::In)];
        let m = mix(&s);
        assert!(m.chosen.contains(&4));
        assert!(!m.chosen.contains(&1));
        assert!(m.left_out.contains(&(1, LeftOut::PinnedOut)));
        assert!(m.cost <= 1_700.0);
    }

    #[test]
    fn tier_limits_cap_each_group() {
        let mut s = settings(20_000.0);
        let free = mix(&s);
        assert!(free.chosen.contains(&3));
        s.tier_limits = true;
        let limited = mix(&s);
        assert!(!limited.chosen.contains(&3), "{limited:?}");
        assert!(limited
            .left_out
            .iter()
            .any(|(i, r)| *i == 3 && matches!(r, LeftOut::OverTierLimit(_))));
    }

    #[test]
    fn an_empty_mix_counts_a_plain_zero() {
        let m = mix(&settings(10.0));
        assert!(m.chosen.is_empty(), "{m:?}");
        assert!(m.engagements == 0.0 && m.engagements.is_sign_positive());
        assert!(m.conversions.is_sign_positive());
    }

    #[test]
    fn a_bad_budget_is_named() {
        let report = analyse(TABLE, &settings(-5.0));
        assert!(report.mix.is_none());
        assert!(report.budget_error.is_some());
    }
}
