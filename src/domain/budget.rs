//! Budget allocation across nano, micro and macro creators.
//!
//! The guide's rule: micro 50–60%, nano 25–35%, macro 5–15% of the influencer budget. The
//! user may set any shares; each is checked against the guide's band, and shares that do
//! not add up to 100% are reported (with the money left unallocated or allocated over the budget), never silently
//! rescaled.
//!
//! For each tier: amount = total × share; creators = ⌊amount ÷ typical rate⌋; reach =
//! creators × reach per creator; engagements = reach × ER; conversions = engagements ×
//! conversion rate. Figures are not rounded except the whole number of creators.

use super::data::{self, ShareBand, TierPlanning};
use super::error::{self as err, DomainError};
use super::explain::{Op, Quantity, Step, Term};
use super::format::{fixed, NumberFormatter};
use super::num::to_f64;
use super::roi::MAX_MONEY;
use super::source::{push_unique, Provenance};
use super::vocab::Deliverable;
use super::vocab::Tier;

/// What the user enters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetInput {
    /// Total influencer budget, USD.
    pub total: f64,
    /// Share for nano creators, percent.
    pub nano_share_percent: f64,
    /// Share for micro creators, percent.
    pub micro_share_percent: f64,
    /// Share for macro creators, percent.
    pub macro_share_percent: f64,
    /// What each creator is paid for; scales the typical rates.
    pub deliverable: Deliverable,
    /// Conversion rate, percent of the engaged audience.
    pub conversion_rate_percent: f64,
    /// Units of the budget's currency per US dollar: the typical creator rates are US
    /// dollars and are converted at it (1 for US dollars).
    pub usd_rate: f64,
}

/// The guide's default split of `total`: nano 30%, micro 55%, macro 15%, one Instagram post
/// per creator, 2% conversion.
#[must_use]
pub fn guide_default(total: f64) -> BudgetInput {
    let [nano, micro, macro_] = data::BUDGET_BANDS;
    BudgetInput {
        total,
        nano_share_percent: nano.default,
        micro_share_percent: micro.default,
        macro_share_percent: macro_.default,
        deliverable: Deliverable::InstagramPost,
        conversion_rate_percent: data::DEFAULT_CONVERSION_RATE.value,
        usd_rate: 1.0,
    }
}

/// Where a share sits against the guide's band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandFit {
    /// Under the band.
    Below,
    /// Inside the band, ends included.
    Within,
    /// Over the band.
    Above,
}

/// The plan for one tier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierAllocation {
    /// The tier.
    pub tier: Tier,
    /// Share of the total, percent.
    pub share_percent: f64,
    /// The guide's band.
    pub band: ShareBand,
    /// Where the share sits against the band.
    pub fit: BandFit,
    /// The guide's band in money: (total × band low, total × band high).
    pub band_amounts: (f64, f64),
    /// Money for the tier, USD.
    pub amount: f64,
    /// Typical rate of one creator for the deliverable, USD.
    pub rate: f64,
    /// Creators the amount pays for at that rate.
    pub creators: u64,
    /// What those creators cost, USD.
    pub spent: f64,
    /// Amount − spent, USD.
    pub leftover: f64,
    /// Reach of one creator.
    pub reach_per_creator: f64,
    /// Engagement rate, percent.
    pub engagement_rate_percent: f64,
    /// Creators × reach per creator.
    pub reach: f64,
    /// Reach × ER.
    pub engagements: f64,
    /// Engagements × conversion rate.
    pub conversions: f64,
    /// The planning figures used.
    pub planning: TierPlanning,
}

impl TierAllocation {
    /// The note for a share outside the guide's band, its figures written by `f` ("Micro
    /// share is above the guide's 50–60% band."); `None` inside the band.
    #[must_use]
    pub fn band_note(&self, f: &dyn NumberFormatter) -> Option<String> {
        let side = match self.fit {
            BandFit::Below => "below",
            BandFit::Above => "above",
            BandFit::Within => return None,
        };
        Some(format!(
            "{} share is {side} the guide's {}–{} band.",
            self.tier.label(),
            f.count(self.band.low),
            f.percent(self.band.high)
        ))
    }
}

/// Shares that do not add up to 100%.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShareWarning {
    /// Sum of the three shares, percent.
    pub sum_percent: f64,
    /// Total × (100% − sum): positive is money left unallocated, negative is overspending.
    pub difference: f64,
}

impl ShareWarning {
    /// The warning as a sentence.
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        if self.difference >= 0.0 {
            format!(
                "The shares add up to {}, not 100%: {} of the budget is not allocated. Nothing was rescaled.",
                f.percent(self.sum_percent),
                f.money(self.difference)
            )
        } else {
            format!(
                "The shares add up to {}, not 100%: they allocate {} more than the budget. Nothing was rescaled.",
                f.percent(self.sum_percent),
                f.money(-self.difference)
            )
        }
    }
}

/// The plan.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetPlan {
    /// The input, as given.
    pub input: BudgetInput,
    /// Nano, micro and macro, in that order.
    pub tiers: [TierAllocation; 3],
    /// Sum of the shares, percent.
    pub share_sum_percent: f64,
    /// Set when the shares do not add up to 100%.
    pub share_warning: Option<ShareWarning>,
    /// Sum of the tier amounts, USD.
    pub allocated: f64,
    /// Sum of what the creators cost, USD.
    pub spent: f64,
    /// Total budget − spent, USD (negative when the shares overspend).
    pub unspent: f64,
    /// Creators in all tiers.
    pub creators: u64,
    /// Reach of all creators.
    pub reach: f64,
    /// Engagements of all creators.
    pub engagements: f64,
    /// Conversions of all creators.
    pub conversions: f64,
}

impl BudgetPlan {
    /// The allocation of one tier, if it is part of the plan (nano, micro, macro).
    #[must_use]
    pub fn tier(&self, tier: Tier) -> Option<&TierAllocation> {
        self.tiers.iter().find(|t| t.tier == tier)
    }

    /// Notes that mention money, rendered with the given formatter.
    #[must_use]
    pub fn warnings(&self, f: &dyn NumberFormatter) -> Vec<String> {
        let mut v: Vec<String> = self.share_warning.iter().map(|w| w.sentence(f)).collect();
        for t in &self.tiers {
            if t.amount > 0.0 && t.creators == 0 {
                v.push(format!(
                    "The {} share ({}) is less than one {} creator's typical rate ({}).",
                    t.tier.label().to_ascii_lowercase(),
                    f.money(t.amount),
                    t.tier.label().to_ascii_lowercase(),
                    f.money(t.rate)
                ));
            }
        }
        v
    }

    /// The working, with the user's numbers.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let mut v = Vec::new();
        for t in &self.tiers {
            let name = t.tier.label();
            v.push(
                Step::new(format!("{name} budget"), Quantity::money(t.amount)).expr(vec![
                    Term::value(Quantity::money(self.input.total)),
                    Term::Op(Op::Times),
                    Term::value(Quantity::percent(t.share_percent)),
                ]),
            );
            v.push(
                Step::new(
                    format!("{name} creators affordable"),
                    Quantity::count(to_f64(t.creators)),
                )
                .noun("creators")
                .expr(vec![
                    Term::value(Quantity::money(t.amount)),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::money(t.rate), "each"),
                ]),
            );
            v.push(
                Step::new(format!("{name} reach"), Quantity::count(t.reach))
                    .noun("reached")
                    .expr(vec![
                        Term::named(Quantity::count(to_f64(t.creators)), "creators"),
                        Term::Op(Op::Times),
                        Term::named(Quantity::count(t.reach_per_creator), "each"),
                    ]),
            );
            v.push(
                Step::new(
                    format!("{name} engagements"),
                    Quantity::count(t.engagements),
                )
                .noun("engaged")
                .expr(vec![
                    Term::named(Quantity::count(t.reach), "reached"),
                    Term::Op(Op::Times),
                    Term::value(Quantity::percent(t.engagement_rate_percent)),
                ]),
            );
            v.push(
                Step::new(
                    format!("{name} conversions"),
                    Quantity::count(t.conversions),
                )
                .noun("conversions")
                .expr(vec![
                    Term::named(Quantity::count(t.engagements), "engaged"),
                    Term::Op(Op::Times),
                    Term::value(Quantity::percent(self.input.conversion_rate_percent)),
                ]),
            );
        }
        v.push(
            Step::new("Share total", Quantity::percent(self.share_sum_percent)).expr(vec![
                Term::value(Quantity::percent(self.tiers[0].share_percent)),
                Term::Op(Op::Plus),
                Term::value(Quantity::percent(self.tiers[1].share_percent)),
                Term::Op(Op::Plus),
                Term::value(Quantity::percent(self.tiers[2].share_percent)),
            ]),
        );
        v
    }

    /// The provenances of every default figure used.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = vec![&data::BUDGET_BANDS_PROV, &data::BUDGET_DEFAULTS_PROV];
        for t in &self.tiers {
            push_unique(&mut v, t.planning.rate.provenance);
            push_unique(&mut v, t.planning.reach_per_creator.provenance);
            push_unique(&mut v, t.planning.engagement_rate_percent.provenance);
        }
        if self.input.deliverable != Deliverable::InstagramPost {
            push_unique(&mut v, &data::RATE_TIER_SCALING_PROV);
        }
        push_unique(&mut v, data::DEFAULT_CONVERSION_RATE.provenance);
        v
    }
}

/// Whole creators affordable: ⌊amount ÷ rate⌋, for amount ≤ [`MAX_MONEY`] and rate > 0.
fn affordable(amount: f64, rate: f64) -> u64 {
    let n = (amount / rate).floor();
    if (0.0..=1e15).contains(&n) {
        // 0 ≤ n ≤ 1e15: exact in u64.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let whole = n as u64;
        whole
    } else {
        0
    }
}

/// What every tier's allocation shares: the total, the rate scale of the deliverable
/// (its micro average ÷ the Instagram-post average) and the conversion rate.
struct Split {
    total: f64,
    k: f64,
    cr: f64,
}

impl Split {
    /// One tier's share of the total, the creators it buys and what they deliver.
    fn allocate(&self, band: ShareBand, planning: TierPlanning, share: f64) -> TierAllocation {
        let total = self.total;
        let amount = total * share / 100.0;
        let rate = planning.rate.value * self.k;
        let creators = affordable(amount, rate);
        let spent = to_f64(creators) * rate;
        let reach = to_f64(creators) * planning.reach_per_creator.value;
        let engagements = reach * planning.engagement_rate_percent.value / 100.0;
        let fit = if share < band.low {
            BandFit::Below
        } else if share > band.high {
            BandFit::Above
        } else {
            BandFit::Within
        };
        TierAllocation {
            tier: band.tier,
            share_percent: share,
            band,
            fit,
            band_amounts: (total * band.low / 100.0, total * band.high / 100.0),
            amount,
            rate,
            creators,
            spent,
            leftover: amount - spent,
            reach_per_creator: planning.reach_per_creator.value,
            engagement_rate_percent: planning.engagement_rate_percent.value,
            reach,
            engagements,
            conversions: engagements * self.cr / 100.0,
            planning,
        }
    }
}

/// A share band as the guide writes it: "25–35%".
#[must_use]
pub fn band_text(band: &ShareBand) -> String {
    format!("{}–{}%", fixed(band.low, 0), fixed(band.high, 0))
}

/// Splits a budget across tiers and projects what it buys.
///
/// # Errors
/// - [`DomainError::NotANumber`] or [`DomainError::NotPositive`] for the total,
///   [`DomainError::TooLarge`] above [`MAX_MONEY`];
/// - [`DomainError::NotANumber`], [`DomainError::Negative`] or
///   [`DomainError::PercentAbove100`] for a share or the conversion rate.
pub fn plan(input: &BudgetInput) -> Result<BudgetPlan, DomainError> {
    let total = err::positive("Total budget", input.total)?;
    err::at_most("Total budget", total, MAX_MONEY)?;
    let shares = [
        err::percent("Nano share", input.nano_share_percent)?,
        err::percent("Micro share", input.micro_share_percent)?,
        err::percent("Macro share", input.macro_share_percent)?,
    ];
    let cr = err::percent("Conversion rate", input.conversion_rate_percent)?;
    let k = data::micro_rates(input.deliverable).average / data::RATE_REFERENCE_AVERAGE
        * input.usd_rate;

    let [b0, b1, b2] = data::BUDGET_BANDS;
    let [p0, p1, p2] = data::TIER_PLANNING;
    let [s0, s1, s2] = shares;
    let split = Split { total, k, cr };
    let tiers = [
        split.allocate(b0, p0, s0),
        split.allocate(b1, p1, s1),
        split.allocate(b2, p2, s2),
    ];
    let share_sum: f64 = shares.iter().sum();
    let share_warning = ((share_sum * 1e9).round() != 100.0 * 1e9).then_some(ShareWarning {
        sum_percent: share_sum,
        difference: total * (100.0 - share_sum) / 100.0,
    });
    let allocated: f64 = tiers.iter().map(|t| t.amount).sum();
    let spent: f64 = tiers.iter().map(|t| t.spent).sum();
    let plan = BudgetPlan {
        input: *input,
        share_sum_percent: share_sum,
        share_warning,
        allocated,
        spent,
        unspent: total - spent,
        creators: tiers.iter().map(|t| t.creators).sum(),
        reach: tiers.iter().map(|t| t.reach).sum(),
        engagements: tiers.iter().map(|t| t.engagements).sum(),
        conversions: tiers.iter().map(|t| t.conversions).sum(),
        tiers,
    };
    for v in [plan.reach, plan.engagements, plan.conversions, plan.spent] {
        err::result("the plan", v)?;
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;

    #[track_caller]
    fn ok(i: &BudgetInput) -> BudgetPlan {
        plan(i).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn near(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-6, "{a} vs {b}");
    }

    #[test]
    fn guide_rule_ten_thousand() {
        let p = ok(&guide_default(10_000.0));
        let micro = p
            .tier(Tier::Micro)
            .copied()
            .unwrap_or_else(|| panic!("micro"));
        // "If your total budget is $10,000, dedicate $5,000–6,000 to micro influencers."
        near(micro.band_amounts.0, 5_000.0);
        near(micro.band_amounts.1, 6_000.0);
        near(micro.amount, 5_500.0);
        assert!(micro.amount >= 5_000.0 && micro.amount <= 6_000.0);
        assert!(p.share_warning.is_none());
        assert!(p.tiers.iter().all(|t| t.fit == BandFit::Within));
        let nano = p.tiers[0];
        near(nano.band_amounts.0, 2_500.0);
        near(nano.band_amounts.1, 3_500.0);
        let macro_ = p.tiers[2];
        near(macro_.band_amounts.0, 500.0);
        near(macro_.band_amounts.1, 1_500.0);
    }

    #[test]
    fn creators_and_projection() {
        let p = ok(&guide_default(10_000.0));
        // Nano: $3,000 ÷ $160 = 18 creators; micro $5,500 ÷ $600 = 9; macro $1,500 < $10,000.
        let [n, m, x] = p.tiers;
        assert_eq!((n.creators, m.creators, x.creators), (18, 9, 0));
        near(n.spent, 2_880.0);
        near(m.spent, 5_400.0);
        near(m.reach, 450_000.0);
        near(m.engagements, 24_750.0);
        near(m.conversions, 495.0);
        near(n.reach, 90_000.0);
        near(n.engagements, 13_500.0);
        near(p.unspent, 10_000.0 - 2_880.0 - 5_400.0);
        let w = p.warnings(&PlainFormatter);
        assert_eq!(
            w,
            ["The macro share ($1,500) is less than one macro creator's typical rate ($10,000)."]
        );
        assert_eq!(
            p.steps()[6].render(&PlainFormatter),
            "9 creators = $5,500 ÷ $600 each"
        );
    }

    #[test]
    fn shares_not_summing_to_100_are_reported_not_rescaled() {
        let mut i = guide_default(10_000.0);
        i.macro_share_percent = 5.0; // 30 + 55 + 5 = 90
        let p = ok(&i);
        let w = p.share_warning.unwrap_or_else(|| panic!("no warning"));
        near(w.sum_percent, 90.0);
        near(w.difference, 1_000.0);
        near(p.tiers[1].amount, 5_500.0); // not rescaled
        assert_eq!(
            w.sentence(&PlainFormatter),
            "The shares add up to 90%, not 100%: $1,000 of the budget is not allocated. Nothing was rescaled."
        );
        i.micro_share_percent = 70.0; // 105%
        let over = ok(&i);
        let w = over.share_warning.unwrap_or_else(|| panic!("no warning"));
        assert!(w
            .sentence(&PlainFormatter)
            .contains("they allocate $500 more"));
        assert_eq!(over.tiers[1].fit, BandFit::Above);
        assert_eq!(
            over.tiers[1].band_note(&PlainFormatter).as_deref(),
            Some("Micro share is above the guide's 50–60% band.")
        );
        assert_eq!(over.tiers[0].band_note(&PlainFormatter), None);
    }

    #[test]
    fn float_noise_is_not_a_warning() {
        let i = BudgetInput {
            nano_share_percent: 33.3,
            micro_share_percent: 56.6,
            macro_share_percent: 10.1,
            ..guide_default(1_000.0)
        };
        assert!(ok(&i).share_warning.is_none());
    }

    #[test]
    fn deliverable_scales_rates() {
        let i = BudgetInput {
            deliverable: Deliverable::YouTubeVideo,
            ..guide_default(10_000.0)
        };
        let p = ok(&i);
        near(p.tiers[1].rate, 1_500.0);
        near(p.tiers[0].rate, 400.0);
        assert!(p.provenances().iter().any(|p| p.is_assumption()));
    }

    #[test]
    fn typical_rates_are_converted_to_the_budget_s_currency() {
        let dollars = ok(&guide_default(10_000.0));
        let yen = ok(&BudgetInput {
            usd_rate: 150.0,
            ..guide_default(1_500_000.0)
        });
        for (d, y) in dollars.tiers.iter().zip(&yen.tiers) {
            near(y.rate, d.rate * 150.0);
            assert_eq!(y.creators, d.creators);
        }
    }

    #[test]
    fn errors() {
        for (i, msg) in [
            (guide_default(0.0), "Total budget must be more than zero."),
            (guide_default(f64::NAN), "Total budget must be a number."),
            (
                BudgetInput {
                    micro_share_percent: -1.0,
                    ..guide_default(10.0)
                },
                "Micro share cannot be negative.",
            ),
            (
                BudgetInput {
                    nano_share_percent: 120.0,
                    ..guide_default(10.0)
                },
                "Nano share cannot be above 100%: enter it as a percentage, e.g. 2.5 for 2.5%.",
            ),
        ] {
            assert_eq!(plan(&i).map_err(|e| e.to_string()), Err(msg.to_owned()));
        }
    }
}
