//! Per creator: the single-creator calculators applied to one row (tier, engagement and its
//! verdict, the fair rate for the deliverable, authenticity risk), and what the roster adds
//! on top (engaged audience, cost per engagement and per 1,000 reached, quote against the
//! fair range). The formulas live in those calculators; here they are only called.

use super::parse::Creator;
use crate::domain::authenticity::{self, AuthenticityInput, AuthenticityReport, RiskLevel};
use crate::domain::data;
use crate::domain::engagement::{self, CountBasis, EngagementInput, EngagementReport};
use crate::domain::error::DomainError;
use crate::domain::explain::{Op, Quantity, Step, Term};
use crate::domain::rates::{self, RateEstimate, RateInput};
use crate::domain::source::{push_unique, Provenance};
use crate::domain::vocab::Tier;

/// The currency a roster's quotes are in, as the rate range converts to it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Currency {
    /// ISO 4217 code: "EUR".
    pub code: &'static str,
    /// Units of the currency for one US dollar.
    pub usd_rate: f64,
    /// The rate range's rounding scale for the currency.
    pub rounding_scale: f64,
}

impl Currency {
    /// US dollars, the fair rates' own currency.
    pub const US_DOLLAR: Self = Self {
        code: "USD",
        usd_rate: 1.0,
        rounding_scale: 1.0,
    };
}

/// Where a quote sits against the fair range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotePosition {
    /// Under the low end.
    Under,
    /// Within the range.
    Within,
    /// Over the high end.
    Over,
}

impl QuotePosition {
    /// "under", "within" or "over".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Under => "under",
            Self::Within => "within",
            Self::Over => "over",
        }
    }
}

/// The quote against the fair range: how far from the typical rate, and where it sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuoteGap {
    /// Quote − typical rate (negative: cheaper).
    pub money: f64,
    /// The same as a percent of the typical rate.
    pub percent: f64,
    /// Against the low–high range.
    pub position: QuotePosition,
}

/// Everything worked out for one creator.
#[derive(Clone, Debug, PartialEq)]
pub struct CreatorFigures {
    /// The row as read.
    pub creator: Creator,
    /// Engagement rate, its verdict and the tier; an error stops every figure below.
    pub engagement: Result<EngagementReport, DomainError>,
    /// The fair rate for the deliverable.
    pub rate: Option<RateEstimate>,
    /// Authenticity risk.
    pub authenticity: Option<AuthenticityReport>,
    /// Expected engaged audience of one post (likes + comments + shares + saves).
    pub engagements: f64,
    /// People reached by one post: average views when given, else followers (an upper
    /// bound: a post reaches only part of its followers).
    pub reached: f64,
    /// Whether `reached` is views (true) or followers.
    pub reached_is_views: bool,
    /// Conversion rate used, percent of the engaged audience.
    pub conversion_percent: f64,
    /// Expected conversions: engagements × conversion rate.
    pub conversions: f64,
}

impl CreatorFigures {
    /// Works every figure out for `creator`, with fair rates in US dollars.
    #[must_use]
    pub fn of(creator: &Creator) -> Self {
        Self::in_currency(creator, Currency::US_DOLLAR)
    }

    /// Works every figure out for `creator`, with fair rates converted to the currency the
    /// quotes are in (`currency`: US dollars to one unit of it, and its rounding scale).
    #[must_use]
    pub fn in_currency(creator: &Creator, currency: Currency) -> Self {
        let input = EngagementInput {
            followers: creator.followers,
            likes: creator.likes,
            comments: creator.comments,
            shares: creator.shares,
            saves: creator.saves,
            basis: CountBasis::PerPost,
            reach: None,
            impressions: None,
            views: creator.views,
        };
        // The roster's reach is the views figure: a wrong one (0, fewer than the
        // engagements) keeps the creator out of the mix, named, rather than left out of the
        // rates as the engagement calculator does.
        let engagement = engagement::analyze(&input, creator.platform).and_then(|report| {
            match report.left_out.first() {
                Some(left_out) => Err(left_out.error.clone()),
                None => Ok(report),
            }
        });
        let rate = engagement.as_ref().ok().and_then(|report| {
            rates::estimate(&RateInput {
                usd_rate: currency.usd_rate,
                rounding_scale: currency.rounding_scale,
                ..RateInput::single(creator.deliverable, creator.followers, report.by_followers)
            })
            .ok()
        });
        let authenticity = authenticity::assess(&AuthenticityInput {
            platform: creator.platform,
            followers: creator.followers,
            monthly_follower_counts: creator.history.clone(),
            avg_likes: Some(creator.likes),
            avg_comments: Some(creator.comments),
            sample_size: None,
            sample_fake: None,
            comments_read: None,
            comments_generic: None,
        })
        .ok();
        let engagements = engagement.as_ref().map_or(0.0, |r| r.engagements_per_post);
        let conversion_percent = creator
            .conversion_percent
            .unwrap_or(data::DEFAULT_CONVERSION_RATE.value);
        #[allow(clippy::cast_precision_loss)]
        let followers = creator.followers as f64;
        Self {
            creator: creator.clone(),
            engagement,
            rate,
            authenticity,
            engagements,
            reached: creator.views.unwrap_or(followers),
            reached_is_views: creator.views.is_some(),
            conversion_percent,
            conversions: engagements * conversion_percent / 100.0,
        }
    }

    /// The tier, with the guide's niche nuance.
    #[must_use]
    pub fn tier(&self) -> Option<Tier> {
        self.engagement.as_ref().ok().map(|r| r.classification.tier)
    }

    /// The risk score out of 100.
    #[must_use]
    pub fn risk(&self) -> Option<u8> {
        self.authenticity.as_ref().map(|a| a.risk_score)
    }

    /// True when the authenticity risk is high (50 or more).
    #[must_use]
    pub fn high_risk(&self) -> bool {
        self.authenticity
            .as_ref()
            .is_some_and(|a| a.level == RiskLevel::High)
    }

    /// The quote against the fair range, when both are known.
    #[must_use]
    pub fn quote_gap(&self) -> Option<QuoteGap> {
        let rate = self.rate.as_ref()?;
        let price = self.creator.price?;
        let position = if price < rate.low {
            QuotePosition::Under
        } else if price > rate.high {
            QuotePosition::Over
        } else {
            QuotePosition::Within
        };
        Some(QuoteGap {
            money: price - rate.typical,
            percent: (price - rate.typical) / rate.typical * 100.0,
            position,
        })
    }

    /// Price ÷ expected engagements, when both are known and engagements are above 0.
    #[must_use]
    pub fn cost_per_engagement(&self) -> Option<f64> {
        let price = self.creator.price?;
        (self.engagements > 0.0).then(|| price / self.engagements)
    }

    /// Price ÷ people reached × 1,000.
    #[must_use]
    pub fn cost_per_thousand(&self) -> Option<f64> {
        let price = self.creator.price?;
        (self.reached > 0.0).then(|| price / self.reached * 1_000.0)
    }

    /// The roster's own steps: reach, costs per engagement and per 1,000, conversions and
    /// the quote's gap (the calculators' steps come from their reports).
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let reached_noun = if self.reached_is_views {
            "views"
        } else {
            "followers"
        };
        let mut steps = vec![
            Step::new("Reached by one post", Quantity::count(self.reached))
                .noun(reached_noun.to_owned()),
            Step::new("Expected conversions", Quantity::count(self.conversions)).expr(vec![
                Term::named(Quantity::count(self.engagements), "engaged"),
                Term::Op(Op::Times),
                Term::value(Quantity::percent(self.conversion_percent)),
            ]),
        ];
        let Some(price) = self.creator.price else {
            return steps;
        };
        if let Some(cpe) = self.cost_per_engagement() {
            steps.push(
                Step::new("Cost per engagement", Quantity::money(cpe)).expr(vec![
                    Term::named(Quantity::money(price), "quoted"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(self.engagements), "engaged"),
                ]),
            );
        }
        if let Some(cpm) = self.cost_per_thousand() {
            steps.push(
                Step::new("Cost per 1,000 reached", Quantity::money(cpm)).expr(vec![
                    Term::named(Quantity::money(price), "quoted"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(self.reached), reached_noun),
                    Term::Op(Op::Times),
                    Term::value(Quantity::count(1_000.0)),
                ]),
            );
        }
        if let (Some(gap), Some(rate)) = (self.quote_gap(), &self.rate) {
            steps.push(
                Step::new("Quote against the typical rate", Quantity::money(gap.money)).expr(vec![
                    Term::named(Quantity::money(price), "quoted"),
                    Term::Op(Op::Minus),
                    Term::named(Quantity::money(rate.typical), "typical"),
                ]),
            );
            steps.push(
                Step::new("The same in percent", Quantity::percent(gap.percent)).expr(vec![
                    Term::value(Quantity::money(gap.money)),
                    Term::Op(Op::Divide),
                    Term::value(Quantity::money(rate.typical)),
                ]),
            );
        }
        steps
    }

    /// Every default figure used, once.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = Vec::new();
        let reports = [
            self.engagement.as_ref().map(|r| r.provenances()).ok(),
            self.rate.as_ref().map(RateEstimate::provenances),
            self.authenticity
                .as_ref()
                .map(AuthenticityReport::provenances),
        ];
        for p in reports.into_iter().flatten().flatten() {
            push_unique(&mut v, p);
        }
        if self.creator.conversion_percent.is_none() {
            push_unique(&mut v, data::DEFAULT_CONVERSION_RATE.provenance);
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;
    use crate::domain::roster::parse::parse;

    fn figures(row: &str) -> CreatorFigures {
        let parsed = parse(&format!(
            "name,platform,followers,likes,comments,price,views\n{row}"
        ));
        CreatorFigures::of(&parsed.creators[0])
    }

    #[test]
    fn fair_rates_are_converted_to_the_currency_of_the_quotes() {
        let parsed = parse(
            "name,platform,followers,likes,comments,price\nana,instagram,25000,1000,250,90000",
        );
        let yen = Currency {
            code: "JPY",
            usd_rate: 150.0,
            rounding_scale: 100.0,
        };
        let in_yen = CreatorFigures::in_currency(&parsed.creators[0], yen);
        let in_dollars = CreatorFigures::of(&parsed.creators[0]);
        let (Some(y), Some(d)) = (in_yen.rate.as_ref(), in_dollars.rate.as_ref()) else {
            panic!("both price");
        };
        let direct = rates::estimate(&RateInput {
            usd_rate: 150.0,
            rounding_scale: 100.0,
            ..RateInput::single(
                crate::domain::vocab::Deliverable::InstagramPost,
                25_000,
                5.0,
            )
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(y.typical, direct.typical);
        assert!(
            (y.typical / d.typical - 150.0).abs() < 15.0,
            "{} vs {}",
            y.typical,
            d.typical
        );
        // The quote (¥90,000) is set against the yen range, not the dollar one.
        let gap = in_yen.quote_gap().unwrap_or_else(|| panic!("no gap"));
        assert_eq!(gap.money, 90_000.0 - y.typical);
    }

    #[test]
    fn the_figures_come_from_the_single_creator_calculators() {
        let f = figures("ana,instagram,25000,1200,50,600,");
        let report = f.engagement.as_ref().unwrap_or_else(|e| panic!("{e}"));
        assert!((report.by_followers - 5.0).abs() < 1e-9);
        assert_eq!(f.tier(), Some(Tier::Micro));
        assert_eq!(f.engagements, 1_250.0);
        assert_eq!(f.cost_per_engagement(), Some(0.48));
        assert_eq!(f.cost_per_thousand(), Some(24.0));
        assert!((f.conversions - 25.0).abs() < 1e-9);
        let rate = f.rate.as_ref().unwrap_or_else(|| panic!("no rate"));
        let direct = rates::estimate(&RateInput::single(
            crate::domain::vocab::Deliverable::InstagramPost,
            25_000,
            5.0,
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rate.typical, direct.typical);
        let gap = f.quote_gap().unwrap_or_else(|| panic!("no gap"));
        assert_eq!(gap.money, 600.0 - direct.typical);
        let rendered: Vec<String> = f
            .steps()
            .iter()
            .map(|s| s.render(&PlainFormatter))
            .collect();
        assert!(
            rendered.contains(&"$0.48 = $600 quoted ÷ 1,250 engaged".to_owned()),
            "{rendered:?}"
        );
    }

    #[test]
    fn views_are_the_reach_when_given() {
        let f = figures("bo,tiktok,10000,900,30,400,20000");
        assert!(f.reached_is_views);
        assert_eq!(f.cost_per_thousand(), Some(20.0));
    }

    #[test]
    fn views_fewer_than_the_engagements_keep_the_creator_out_named() {
        // 930 engagements on 100 views: no cost per 1,000 reached from it.
        let f = figures("bo,tiktok,10000,900,30,400,100");
        assert_eq!(
            f.engagement.as_ref().err(),
            Some(&crate::domain::error::DomainError::EngagementsExceed {
                denominator: "views"
            })
        );
        assert_eq!(f.engagements, 0.0);
    }

    #[test]
    fn an_impossible_rate_stops_the_figures_with_the_calculators_message() {
        let f = figures("cy,instagram,100,500,20,100,");
        assert!(f.engagement.is_err());
        assert_eq!(f.engagements, 0.0);
        assert!(f.rate.is_none());
    }
}
