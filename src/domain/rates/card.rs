//! A creator's rate card: the offers they sell (single deliverables and packages such as
//! 1 reel + 3 stories), each at the creator's own price or the calculated typical one, how
//! each price compares with the calculated range, and the guide's negotiation terms: a
//! bundle priced below its parts, and a base rate plus a performance bonus.

use super::{estimate, PriceBand, RateInput};
use crate::domain::data;
use crate::domain::error::DomainError;
use crate::domain::source::{push_unique, Provenance};
use crate::domain::vocab::{Deliverable, Platform};

/// The most offers on one card (it prints on one page).
pub const MAX_OFFERS: usize = 10;

/// The account the card prices: its platform, followers and engagement rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Account {
    /// Where the creator publishes.
    pub platform: Platform,
    /// Followers.
    pub followers: u64,
    /// Engagement rate by followers, in percent.
    pub engagement_rate_percent: f64,
    /// Units of the card's currency per US dollar (the default rates are US dollars).
    pub usd_rate: f64,
    /// What the US-dollar rounding steps are multiplied by in the card's currency.
    pub rounding_scale: f64,
}

/// One line of the card: what is delivered (how many of each) and the creator's price.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// Each deliverable with how many of it, e.g. `[(1, reel), (3, story)]`.
    pub items: Vec<(u32, Deliverable)>,
    /// The creator's own price; `None` to use the calculated typical price.
    pub price: Option<f64>,
}

impl Offer {
    /// How many pieces of content the offer delivers.
    #[must_use]
    pub fn pieces(&self) -> u32 {
        self.items.iter().map(|(n, _)| *n).sum()
    }

    /// The offer in words: "Instagram reel", "3 Instagram posts", "1 Instagram reel + 3
    /// Instagram stories".
    #[must_use]
    pub fn label(&self) -> String {
        match self.items.as_slice() {
            [(1, d)] => d.label().to_owned(),
            items => items
                .iter()
                .map(|(n, d)| {
                    format!(
                        "{n} {}",
                        if *n == 1 {
                            d.label().to_owned()
                        } else {
                            plural(d.label())
                        }
                    )
                })
                .collect::<Vec<_>>()
                .join(" + "),
        }
    }
}

/// "post" → "posts", "story" → "stories".
#[must_use]
pub fn plural(word: &str) -> String {
    match word.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

/// Where a price sits against the calculated range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Position {
    /// Under the low end, by this much.
    Below(f64),
    /// Inside the range; the difference from the typical price (negative: under it).
    Within(f64),
    /// Over the high end, by this much.
    Above(f64),
}

/// Where `price` sits against `band`.
#[must_use]
pub fn compare(price: f64, band: &PriceBand) -> Position {
    if price < band.low {
        Position::Below(band.low - price)
    } else if price > band.high {
        Position::Above(price - band.high)
    } else {
        Position::Within(price - band.typical)
    }
}

/// Where a bundle's prices for its pieces bought one by one come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SinglyFrom {
    /// The card's own price for one of each piece.
    Card,
    /// The calculated typical price of each: the card prices none of them alone.
    #[default]
    Typical,
    /// The card's own price for some, the calculated typical one for the others.
    Both,
}

/// A priced line of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct PricedOffer {
    /// The offer as written.
    pub offer: Offer,
    /// The calculated range for the whole offer (a bundle at the guide's discount).
    pub calculated: PriceBand,
    /// The pieces bought one by one, at the card's own price for one of them where it has
    /// one, else the calculated typical price.
    pub singly: f64,
    /// Where `singly`'s prices come from.
    pub singly_from: SinglyFrom,
    /// What the card asks: the creator's price, or the calculated typical one.
    pub price: f64,
    /// Where the asked price sits against the calculated range.
    pub position: Position,
    /// The sources of the calculated range.
    pub provenances: Vec<&'static Provenance>,
}

/// The per-piece price factor of a bundle of `pieces` (the guide's "3 posts for $1,500
/// instead of $600 each"); 1 for a single piece.
#[must_use]
pub fn bundle_factor(pieces: u32) -> f64 {
    match pieces {
        0 | 1 => 1.0,
        2 => data::BUNDLE_TWO_FACTOR.value,
        _ => data::BUNDLE_THREE_FACTOR.value,
    }
}

/// Prices one offer for `account`.
///
/// # Errors
/// Those of [`estimate`] for the account's figures (followers, engagement rate).
pub fn price_offer(offer: &Offer, account: &Account) -> Result<PricedOffer, DomainError> {
    let mut sum = PriceBand {
        low: 0.0,
        typical: 0.0,
        high: 0.0,
    };
    let mut provenances = Vec::new();
    for (n, d) in &offer.items {
        let single = estimate(&RateInput {
            usd_rate: account.usd_rate,
            rounding_scale: account.rounding_scale,
            ..RateInput::single(*d, account.followers, account.engagement_rate_percent)
        })?;
        for p in single.provenances() {
            push_unique(&mut provenances, p);
        }
        sum = sum.add(&single.single_post.scale(f64::from(*n)));
    }
    match offer.pieces() {
        0 | 1 => {}
        2 => push_unique(&mut provenances, data::BUNDLE_TWO_FACTOR.provenance),
        _ => push_unique(&mut provenances, data::BUNDLE_THREE_FACTOR.provenance),
    }
    let singly = sum.typical;
    let calculated = sum
        .scale(bundle_factor(offer.pieces()))
        .rounded(account.rounding_scale);
    let price = offer.price.unwrap_or(calculated.typical);
    Ok(PricedOffer {
        position: compare(price, &calculated),
        offer: offer.clone(),
        calculated,
        singly,
        singly_from: SinglyFrom::Typical,
        price,
        provenances,
    })
}

/// A base rate plus a bonus paid when a post reaches an engagement threshold, and what the
/// creator can expect at their own engagement rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BonusDeal {
    /// The base price.
    pub base: f64,
    /// The bonus.
    pub bonus: f64,
    /// The threshold as an engagement rate, in percent.
    pub threshold_percent: f64,
    /// The threshold in engagements on the account's followers.
    pub threshold_engagements: f64,
    /// Engagements a post gets at the account's own rate.
    pub expected_engagements: f64,
    /// Base, plus the bonus when the expected engagements reach the threshold.
    pub expected_total: f64,
}

/// The performance deal for `account` on a base price.
#[must_use]
pub fn bonus_deal(base: f64, bonus: f64, threshold_percent: f64, account: &Account) -> BonusDeal {
    let followers = account.followers as f64;
    let threshold_engagements = (followers * threshold_percent / 100.0).ceil();
    let expected_engagements = (followers * account.engagement_rate_percent / 100.0).round();
    let reached = expected_engagements >= threshold_engagements;
    BonusDeal {
        base,
        bonus,
        threshold_percent,
        threshold_engagements,
        expected_engagements,
        expected_total: if reached { base + bonus } else { base },
    }
}

/// An add-on the card prices as an uplift on the fee: the creator's percentage against the
/// published range.
#[derive(Clone, Debug, PartialEq)]
pub struct AddOn {
    /// What it is, e.g. "Usage rights, per 90 days".
    pub name: &'static str,
    /// The published uplift, in percent of the fee.
    pub calculated: PriceBand,
    /// The uplift the card asks, in percent: the creator's, or the typical one.
    pub percent: f64,
    /// Where the asked uplift sits against the published range.
    pub position: Position,
    /// Where the range comes from.
    pub provenance: &'static Provenance,
}

/// The add-ons a card prices, with the creator's own uplifts in percent (`None`: typical):
/// usage rights and exclusivity per 90 days, whitelisting.
#[must_use]
pub fn add_ons(own: [Option<f64>; 3]) -> Vec<AddOn> {
    let published = [
        ("Usage rights, per 90 days", &data::USAGE_RIGHTS_PER_90_DAYS),
        ("Exclusivity, per 90 days", &data::EXCLUSIVITY_PER_90_DAYS),
        (
            "Whitelisting (the brand runs ads from the account)",
            &data::WHITELISTING,
        ),
    ];
    published
        .into_iter()
        .zip(own)
        .map(|((name, uplift), own)| {
            let calculated = PriceBand {
                low: uplift.low * 100.0,
                typical: uplift.typical * 100.0,
                high: uplift.high * 100.0,
            };
            let percent = own.unwrap_or(calculated.typical);
            AddOn {
                name,
                calculated,
                percent,
                position: compare(percent, &calculated),
                provenance: uplift.provenance,
            }
        })
        .collect()
}

/// The whole card: every offer priced, the add-ons, and the performance deal on the first
/// offer's price.
#[derive(Clone, Debug, PartialEq)]
pub struct RateCard {
    /// The account priced.
    pub account: Account,
    /// The offers, in the creator's order.
    pub offers: Vec<PricedOffer>,
    /// Usage rights, exclusivity and whitelisting.
    pub add_ons: Vec<AddOn>,
    /// Base rate plus bonus, on the first offer; `None` without offers.
    pub bonus: Option<BonusDeal>,
}

impl RateCard {
    /// The sources of every figure on the card, each once.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = Vec::new();
        let offers = self
            .offers
            .iter()
            .flat_map(|o| o.provenances.iter().copied());
        for p in offers.chain(self.add_ons.iter().map(|a| a.provenance)) {
            push_unique(&mut v, p);
        }
        if self.bonus.is_some() {
            push_unique(&mut v, &BONUS_PROV);
        }
        v
    }
}

static BONUS_PROV: Provenance = Provenance::assumption(
    "The guide suggests 'base rate + bonus if you hit XK engagements' without figures: the card's bonus and threshold are the creator's to set (a $100 bonus at 5% engagement to start), and the expected total counts the bonus only when the account's own engagement rate reaches the threshold.",
);

/// The terms a card is built from besides its offers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardTerms {
    /// The bonus paid at the threshold.
    pub bonus: f64,
    /// The threshold as an engagement rate, in percent.
    pub bonus_threshold_percent: f64,
    /// The creator's uplifts for usage rights, exclusivity and whitelisting (`None`: typical).
    pub add_ons: [Option<f64>; 3],
}

/// Builds the card for `account`.
///
/// # Errors
/// Those of [`estimate`] for the account's figures.
pub fn rate_card(
    account: Account,
    offers: &[Offer],
    terms: &CardTerms,
) -> Result<RateCard, DomainError> {
    let mut offers = offers
        .iter()
        .map(|o| price_offer(o, &account))
        .collect::<Result<Vec<_>, _>>()?;
    // The card's own single prices, for the bundles' "instead of".
    let own: Vec<(Deliverable, f64)> = offers
        .iter()
        .filter_map(|o| match (o.offer.items.as_slice(), o.offer.price) {
            ([(1, d)], Some(price)) => Some((*d, price)),
            _ => None,
        })
        .collect();
    for o in offers.iter_mut().filter(|o| o.offer.pieces() > 1) {
        let mut singly = 0.0;
        let (mut from_card, mut typical) = (false, false);
        for (n, d) in &o.offer.items {
            let one = match own.iter().find(|(e, _)| e == d) {
                Some((_, price)) => {
                    from_card = true;
                    *price
                }
                None => {
                    typical = true;
                    price_offer(
                        &Offer {
                            items: vec![(1, *d)],
                            price: None,
                        },
                        &account,
                    )?
                    .price
                }
            };
            singly += f64::from(*n) * one;
        }
        o.singly = singly;
        o.singly_from = match (from_card, typical) {
            (true, false) => SinglyFrom::Card,
            (true, true) => SinglyFrom::Both,
            _ => SinglyFrom::Typical,
        };
    }
    let bonus = offers.first().map(|first| {
        bonus_deal(
            first.price,
            terms.bonus,
            terms.bonus_threshold_percent,
            &account,
        )
    });
    Ok(RateCard {
        account,
        offers,
        add_ons: add_ons(terms.add_ons),
        bonus,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACCOUNT: Account = Account {
        platform: Platform::Instagram,
        followers: 25_000,
        engagement_rate_percent: 4.0,
        usd_rate: 1.0,
        rounding_scale: 1.0,
    };

    fn offer(items: &[(u32, Deliverable)], price: Option<f64>) -> Offer {
        Offer {
            items: items.to_vec(),
            price,
        }
    }

    #[test]
    fn offers_read_in_words() {
        let reel_and_stories = offer(
            &[
                (1, Deliverable::InstagramReel),
                (3, Deliverable::InstagramStory),
            ],
            None,
        );
        assert_eq!(
            reel_and_stories.label(),
            "1 Instagram reel + 3 Instagram stories"
        );
        assert_eq!(reel_and_stories.pieces(), 4);
        assert_eq!(
            offer(&[(1, Deliverable::InstagramPost)], None).label(),
            "Instagram post"
        );
        assert_eq!(
            offer(&[(2, Deliverable::YouTubeShort)], None).label(),
            "2 YouTube Shorts"
        );
    }

    #[test]
    fn a_single_offer_is_priced_like_the_rate_range() {
        let single = estimate(&RateInput::single(Deliverable::InstagramPost, 25_000, 4.0))
            .map(|e| e.single_post);
        let priced = price_offer(&offer(&[(1, Deliverable::InstagramPost)], None), &ACCOUNT);
        assert_eq!(
            priced.as_ref().map(|p| p.calculated),
            single.as_ref().copied()
        );
        let priced = priced.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(priced.price, priced.calculated.typical);
        assert_eq!(priced.position, Position::Within(0.0));
    }

    #[test]
    fn a_bundle_costs_the_guide_discount_less_than_its_parts() {
        let three = price_offer(&offer(&[(3, Deliverable::InstagramPost)], None), &ACCOUNT)
            .unwrap_or_else(|e| panic!("{e}"));
        let discounted = three.singly * 1_500.0 / 1_800.0;
        assert_eq!(
            three.calculated.typical,
            super::super::round_rate(discounted)
        );
        assert!(three.calculated.typical < three.singly);
    }

    #[test]
    fn prices_are_placed_below_within_or_above_the_range() {
        let band = PriceBand {
            low: 300.0,
            typical: 400.0,
            high: 600.0,
        };
        assert_eq!(compare(250.0, &band), Position::Below(50.0));
        assert_eq!(compare(380.0, &band), Position::Within(-20.0));
        assert_eq!(compare(700.0, &band), Position::Above(100.0));
    }

    #[test]
    fn the_bonus_counts_only_when_the_account_reaches_the_threshold() {
        let above = bonus_deal(400.0, 100.0, 5.0, &ACCOUNT);
        assert_eq!(above.threshold_engagements, 1_250.0);
        assert_eq!(above.expected_engagements, 1_000.0);
        assert_eq!(above.expected_total, 400.0);
        let reached = bonus_deal(400.0, 100.0, 3.5, &ACCOUNT);
        assert_eq!(reached.expected_total, 500.0);
    }

    #[test]
    fn a_bad_account_is_an_error_not_a_price() {
        let account = Account {
            followers: 0,
            ..ACCOUNT
        };
        assert!(price_offer(&offer(&[(1, Deliverable::InstagramPost)], None), &account).is_err());
    }

    #[test]
    fn own_add_on_prices_are_compared_with_the_published_range() {
        let add_ons = add_ons([Some(10.0), None, Some(150.0)]);
        assert_eq!(add_ons[0].position, Position::Below(10.0));
        assert_eq!(add_ons[1].position, Position::Within(0.0));
        assert_eq!(add_ons[2].position, Position::Above(50.0));
    }

    #[test]
    fn the_card_bases_the_bonus_on_its_first_offer() {
        let terms = CardTerms {
            bonus: 100.0,
            bonus_threshold_percent: 3.0,
            add_ons: [None; 3],
        };
        let offers = [offer(&[(1, Deliverable::InstagramReel)], Some(700.0))];
        let card = rate_card(ACCOUNT, &offers, &terms).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(card.bonus.map(|b| b.expected_total), Some(800.0));
        let empty = rate_card(ACCOUNT, &[], &terms).unwrap_or_else(|e| panic!("{e}"));
        let bundle = [
            offer(&[(1, Deliverable::InstagramPost)], Some(600.0)),
            offer(&[(3, Deliverable::InstagramPost)], Some(1_500.0)),
        ];
        let card = rate_card(ACCOUNT, &bundle, &terms).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            card.offers[1].singly, 1_800.0,
            "3 posts at the card's own $600 each"
        );
        assert_eq!(card.offers[1].singly_from, SinglyFrom::Card);
        let mixed = [
            offer(&[(1, Deliverable::InstagramStory)], Some(50.0)),
            offer(
                &[
                    (1, Deliverable::InstagramReel),
                    (3, Deliverable::InstagramStory),
                ],
                Some(900.0),
            ),
            offer(&[(5, Deliverable::InstagramReel)], Some(2_000.0)),
        ];
        let card = rate_card(ACCOUNT, &mixed, &terms).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(card.offers[1].singly_from, SinglyFrom::Both);
        assert_eq!(card.offers[2].singly_from, SinglyFrom::Typical);
        assert_eq!(empty.bonus, None);
    }
}
