//! What a creator should charge: a low, typical and high rate for one deliverable, with
//! every multiplier named.
//!
//! # Method
//! 1. **Base rate by size.** The guide's rate table gives micro rates per deliverable (for
//!    example an Instagram post: $200–2,000, average $600) and rates by tier without a
//!    deliverable (nano from $50, macro up to $25,000+, mega $50,000–500,000+). These are
//!    placed on the platform's tier ladder: the micro low at the micro floor, the average at
//!    the band's log midpoint, the micro high at the micro ceiling, the macro top at the mega
//!    floor, and the mega range from the mega floor to 100× it. Between anchors the rate
//!    grows on a log–log line, so it never falls as followers grow. Non-micro anchors are
//!    scaled by the deliverable's micro average ÷ $600.
//! 2. **Engagement factor**: √(ER ÷ the tier's typical ER), clamped to 0.6–2.2.
//! 3. **Add-ons**, each a multiplier with a low, typical and high value: usage rights per
//!    started 90 days (capped at perpetual), exclusivity per started 90 days, whitelisting
//!    or paid boosting, rush delivery.
//! 4. **Deal**: a bundle of posts (the guide's "3 posts for $1,500 instead of $600 each") or
//!    a monthly retainer lowers the per-post price.
//! 5. **Spread**: low = ×0.7 and high = ×1.4 of the typical figure (sponsorrate).
//!
//! # Rounding
//! Final prices (per post, single post and package) are rounded to the nearest 10 cents
//! under $10, the nearest $5 from $10 to under $1,000, the nearest $50 from $1,000 to under
//! $10,000 and the nearest $500 from $10,000, and are never below 10 cents. The steps show
//! the unrounded arithmetic.

mod base;
pub mod card;
mod steps;

pub use base::{base_rate, round_rate, rounding_note};

use crate::domain::data::{self, Uplift};
use crate::domain::engagement::Grade;
use crate::domain::error::{self as err, DomainError};
use crate::domain::format::NumberFormatter;
use crate::domain::source::{push_unique, Provenance};
use crate::domain::tier::{self, Classification};
use crate::domain::vocab::{Deliverable, Tier};
use base::base_provenances;

/// The most posts accepted in one bundle or retainer month.
pub const MAX_DEAL_POSTS: u32 = 100;

/// What the user asks a price for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateInput {
    /// The deliverable (it implies the platform).
    pub deliverable: Deliverable,
    /// Followers (subscribers, connections).
    pub followers: u64,
    /// Engagement rate by followers, percent.
    pub engagement_rate_percent: f64,
    /// Months the brand may reuse the content in its own channels; 0 = none.
    pub usage_rights_months: u32,
    /// Months the creator may not work with competitors; 0 = none.
    pub exclusivity_months: u32,
    /// Whether the brand runs the content as ads from the creator's handle (whitelisting,
    /// Spark Ads, paid boosting).
    pub whitelisting: bool,
    /// Delivery in under 72 hours.
    pub rush: bool,
    /// Posts in the deal: 1 for a single post, more for a bundle, or posts per month when
    /// `retainer` is set.
    pub bundle_posts: u32,
    /// The deal repeats every month (a retainer of `bundle_posts` posts a month).
    pub retainer: bool,
    /// Units of the chosen currency per US dollar: the default rates are US dollars and
    /// are converted at it (1 for US dollars).
    pub usd_rate: f64,
    /// What the US-dollar rounding steps are multiplied by in the chosen currency (see
    /// [`crate::domain::data::rounding_scale`]).
    pub rounding_scale: f64,
    /// The creator's own base rate for one post, in the chosen currency: it replaces the
    /// base rate by size, and the multipliers apply to it.
    pub own_base: Option<f64>,
}

impl RateInput {
    /// A single post with no add-ons.
    #[must_use]
    pub const fn single(deliverable: Deliverable, followers: u64, er_percent: f64) -> Self {
        Self {
            deliverable,
            followers,
            engagement_rate_percent: er_percent,
            usage_rights_months: 0,
            exclusivity_months: 0,
            whitelisting: false,
            rush: false,
            bundle_posts: 1,
            retainer: false,
            usd_rate: 1.0,
            rounding_scale: 1.0,
            own_base: None,
        }
    }
}

/// Low, typical and high prices in USD.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PriceBand {
    /// Low.
    pub low: f64,
    /// Typical.
    pub typical: f64,
    /// High.
    pub high: f64,
}

impl PriceBand {
    fn rounded(self, scale: f64) -> Self {
        let round = |v: f64| round_rate(v / scale) * scale;
        Self {
            low: round(self.low),
            typical: round(self.typical),
            high: round(self.high),
        }
    }

    /// Each end times the multiplier's factor for that end.
    fn times(self, m: &Multiplier) -> Self {
        Self {
            low: self.low * m.low,
            typical: self.typical * m.factor,
            high: self.high * m.high,
        }
    }

    fn add(self, other: &Self) -> Self {
        Self {
            low: self.low + other.low,
            typical: self.typical + other.typical,
            high: self.high + other.high,
        }
    }

    fn scale(self, k: f64) -> Self {
        Self {
            low: self.low * k,
            typical: self.typical * k,
            high: self.high * k,
        }
    }

    /// True when all three are finite.
    #[must_use]
    pub fn is_finite(&self) -> bool {
        self.low.is_finite() && self.typical.is_finite() && self.high.is_finite()
    }
}

/// One multiplier applied to the base rate.
#[derive(Clone, Debug, PartialEq)]
pub struct Multiplier {
    /// What it is, e.g. "Usage rights, 6 months".
    pub name: String,
    /// Factor applied to the low price.
    pub low: f64,
    /// Factor applied to the typical price.
    pub factor: f64,
    /// Factor applied to the high price.
    pub high: f64,
    /// Where the factor comes from.
    pub provenance: &'static Provenance,
}

impl Multiplier {
    fn uniform(name: String, f: f64, provenance: &'static Provenance) -> Self {
        Self {
            name,
            low: f,
            factor: f,
            high: f,
            provenance,
        }
    }

    fn uplift(name: String, u: &Uplift, windows: u32) -> Self {
        let w = f64::from(windows);
        Self {
            name,
            low: 1.0 + u.low * w,
            factor: 1.0 + u.typical * w,
            high: 1.0 + u.high * w,
            provenance: u.provenance,
        }
    }
}

/// How the engagement multiplier was found: the rate, the benchmark it is relative to, and
/// whether the Good-or-better floor lifted it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EngagementPricing {
    /// The account's engagement rate, percent.
    pub rate_percent: f64,
    /// The typical rate of the account's tier on its platform, percent.
    pub typical_percent: f64,
    /// √(rate ÷ typical), before the clamp and the floor.
    pub raw: f64,
    /// The factor applied.
    pub factor: f64,
    /// True when the rate is graded Good or better and the factor was lifted to 1×.
    pub floored: bool,
}

/// The estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct RateEstimate {
    /// The input, as given.
    pub input: RateInput,
    /// Tier by followers, with the guide's niche nuance applied.
    pub classification: Classification,
    /// Base rate before any multiplier, in the chosen currency, unrounded: by size,
    /// converted from US dollars, or the creator's own.
    pub base: f64,
    /// The base rate by size in US dollars, unrounded.
    pub base_usd: f64,
    /// Every multiplier applied, in order.
    pub breakdown: Vec<Multiplier>,
    /// How the engagement multiplier (the first of `breakdown`) was found.
    pub engagement: EngagementPricing,
    /// One post at the same size and terms, without a bundle or retainer discount (rounded).
    pub single_post: PriceBand,
    /// Price per post in this deal (rounded).
    pub per_post: PriceBand,
    /// Posts in the deal (per month for a retainer).
    pub posts: u32,
    /// True when the package price is per month.
    pub monthly: bool,
    /// The deal's price: per post × posts (rounded).
    pub package: PriceBand,
    /// Low price of the package, USD.
    pub low: f64,
    /// Typical price of the package, USD.
    pub typical: f64,
    /// High price of the package, USD.
    pub high: f64,
    /// Plain-language notes.
    pub notes: Vec<String>,
    base_provenances: Vec<&'static Provenance>,
}

impl RateEstimate {
    /// The provenances of every default figure used.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = Vec::new();
        for p in self.classification.provenances() {
            push_unique(&mut v, p);
        }
        for p in &self.base_provenances {
            push_unique(&mut v, p);
        }
        for m in &self.breakdown {
            push_unique(&mut v, m.provenance);
        }
        v
    }

    /// One sentence: "Typical $600 per Instagram post (range $420–$840)."
    #[must_use]
    pub fn headline(&self, f: &dyn NumberFormatter) -> String {
        let what = if self.posts == 1 {
            format!("per {}", self.input.deliverable.label())
        } else if self.monthly {
            format!(
                "a month for {} {}s",
                f.count(f64::from(self.posts)),
                self.input.deliverable.label()
            )
        } else {
            format!(
                "for {} {}s",
                f.count(f64::from(self.posts)),
                self.input.deliverable.label()
            )
        };
        format!(
            "Typical {} {what} (range {}–{}).",
            f.money(self.typical),
            f.money(self.low),
            f.money(self.high)
        )
    }
}

/// Started 90-day windows in `months`, capped.
fn windows(months: u32, cap: u32) -> u32 {
    months.div_ceil(3).min(cap)
}

/// Estimates a rate: the base rate by size, times the engagement factor and each add-on,
/// times the deal discount, with the published spread around the typical figure.
///
/// # Errors
/// - [`DomainError::FollowersZero`] / [`DomainError::FollowersTooLarge`];
/// - [`DomainError::NotANumber`], [`DomainError::Negative`] or
///   [`DomainError::PercentAbove100`] for the engagement rate;
/// - [`DomainError::TooSmall`] for a deal of 0 posts, [`DomainError::TooLarge`] above
///   [`MAX_DEAL_POSTS`].
pub fn estimate(input: &RateInput) -> Result<RateEstimate, DomainError> {
    let d = input.deliverable;
    let er = err::percent("Engagement rate", input.engagement_rate_percent)?;
    if er == 0.0 {
        return Err(DomainError::EngagementZero);
    }
    let posts = check_deal_posts(input.bundle_posts)?;
    let classification = tier::classify_with_engagement(d.platform(), input.followers, er)?;
    let base_usd = base_rate(d, input.followers);
    let base = match input.own_base {
        Some(own) => err::positive("Your base rate", own)?,
        None => base_usd * input.usd_rate,
    };
    let size_tier = classification.tier;

    let (engagement_factor, engagement) = engagement_multiplier(input, size_tier, er);
    let mut breakdown = vec![engagement_factor];
    add_ons(input, &mut breakdown);
    let spread = spread();
    let single = price(base, &breakdown).times(&spread);
    if let Some(deal) = deal_multiplier(posts, input.retainer) {
        breakdown.push(deal);
    }
    let per_post_raw = price(base, &breakdown).times(&spread);
    breakdown.push(spread);
    let package_raw = per_post_raw.scale(f64::from(posts));
    for x in [single, per_post_raw, package_raw] {
        if !x.is_finite() {
            return Err(DomainError::Overflow { what: "the rate" });
        }
    }
    let scale = input.rounding_scale;
    let package = package_raw.rounded(scale);
    Ok(RateEstimate {
        input: *input,
        notes: notes(&classification),
        classification,
        base,
        base_usd,
        breakdown,
        engagement,
        single_post: single.rounded(scale),
        per_post: per_post_raw.rounded(scale),
        posts,
        monthly: input.retainer,
        package,
        low: package.low,
        typical: package.typical,
        high: package.high,
        base_provenances: base_provenances(d, size_tier),
    })
}

/// Checks the posts in the deal: 1 to [`MAX_DEAL_POSTS`].
fn check_deal_posts(posts: u32) -> Result<u32, DomainError> {
    if posts == 0 {
        return Err(DomainError::TooSmall {
            field: "Posts in the deal",
            min: 1.0,
        });
    }
    if posts > MAX_DEAL_POSTS {
        return Err(DomainError::TooLarge {
            field: "Posts in the deal",
            max: f64::from(MAX_DEAL_POSTS),
        });
    }
    Ok(posts)
}

/// √(ER ÷ the tier's typical ER), clamped; at least 1× for a rate the guide grades Good
/// or better.
fn engagement_multiplier(
    input: &RateInput,
    size_tier: Tier,
    er: f64,
) -> (Multiplier, EngagementPricing) {
    let typical_er = data::er_benchmark(input.deliverable.platform(), size_tier).typical;
    let (lo_clamp, hi_clamp) = data::RATE_ER_CLAMP.value;
    let raw = (er / typical_er).sqrt();
    let clamped = raw.clamp(lo_clamp, hi_clamp);
    let floored = Grade::from_rate(er) >= Grade::Good && clamped < 1.0;
    let factor = if floored { 1.0 } else { clamped };
    let pricing = EngagementPricing {
        rate_percent: er,
        typical_percent: typical_er,
        raw,
        factor,
        floored,
    };
    let multiplier = Multiplier::uniform(
        "Engagement".to_owned(),
        factor,
        data::RATE_ER_CLAMP.provenance,
    );
    (multiplier, pricing)
}

/// Adds usage rights, exclusivity, whitelisting and rush, those asked for, in that order.
fn add_ons(input: &RateInput, v: &mut Vec<Multiplier>) {
    if input.usage_rights_months > 0 {
        let w = windows(input.usage_rights_months, data::USAGE_RIGHTS_MAX_WINDOWS);
        v.push(Multiplier::uplift(
            format!("Usage rights, {} months", input.usage_rights_months),
            &data::USAGE_RIGHTS_PER_90_DAYS,
            w,
        ));
    }
    if input.exclusivity_months > 0 {
        let w = windows(input.exclusivity_months, data::EXCLUSIVITY_MAX_WINDOWS);
        v.push(Multiplier::uplift(
            format!("Exclusivity, {} months", input.exclusivity_months),
            &data::EXCLUSIVITY_PER_90_DAYS,
            w,
        ));
    }
    if input.whitelisting {
        v.push(Multiplier::uplift(
            "Whitelisting (brand ads from the creator's account)".to_owned(),
            &data::WHITELISTING,
            1,
        ));
    }
    if input.rush {
        v.push(Multiplier::uplift(
            "Rush delivery".to_owned(),
            &data::RUSH,
            1,
        ));
    }
}

/// The published spread: low and high as multiples of the typical figure.
fn spread() -> Multiplier {
    let (lo_spread, hi_spread) = data::RATE_SPREAD.value;
    Multiplier {
        name: "Range".to_owned(),
        low: lo_spread,
        factor: 1.0,
        high: hi_spread,
        provenance: data::RATE_SPREAD.provenance,
    }
}

/// The per-post discount of a retainer or a bundle; `None` for a single post.
fn deal_multiplier(posts: u32, retainer: bool) -> Option<Multiplier> {
    if retainer {
        Some(Multiplier::uniform(
            format!("Monthly retainer, {posts} posts"),
            data::RETAINER_FACTOR.value,
            data::RETAINER_FACTOR.provenance,
        ))
    } else if posts >= 3 {
        Some(Multiplier::uniform(
            format!("Bundle of {posts} posts"),
            data::BUNDLE_THREE_FACTOR.value,
            data::BUNDLE_THREE_FACTOR.provenance,
        ))
    } else if posts == 2 {
        Some(Multiplier::uniform(
            "Bundle of 2 posts".to_owned(),
            data::BUNDLE_TWO_FACTOR.value,
            data::BUNDLE_TWO_FACTOR.provenance,
        ))
    } else {
        None
    }
}

/// The base rate times every multiplier, end by end (unrounded).
fn price(base: f64, multipliers: &[Multiplier]) -> PriceBand {
    multipliers.iter().fold(
        PriceBand {
            low: base,
            typical: base,
            high: base,
        },
        PriceBand::times,
    )
}

/// What the user should know about paying a creator of this size.
fn notes(classification: &Classification) -> Vec<String> {
    let mut notes = Vec::new();
    match classification.tier {
        Tier::BelowNano => notes.push(
            "Accounts under the nano floor are usually paid in product rather than cash."
                .to_owned(),
        ),
        Tier::Nano => notes.push(
            "Nano creators often collaborate for product exchange (guide): a product plus a smaller fee can replace cash."
                .to_owned(),
        ),
        _ => {}
    }
    if classification.acts_as_micro() {
        notes.push(
            "This account is macro-sized but engaged like a micro influencer; the price is still set by its size."
                .to_owned(),
        );
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;

    use crate::domain::vocab::Platform;

    /// Followers at the log midpoint of Instagram's micro band (10K–100K).
    const IG_MID: u64 = 31_623;

    #[track_caller]
    fn est(i: &RateInput) -> RateEstimate {
        estimate(i).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn typical(d: Deliverable, followers: u64, er: f64) -> f64 {
        est(&RateInput::single(d, followers, er)).typical
    }

    /// Money written with "¥" and no decimals, as a yen formatter would.
    struct Yen;
    impl NumberFormatter for Yen {
        fn money(&self, v: f64) -> String {
            PlainFormatter.money(v).replacen('$', "¥", 1)
        }
        fn count(&self, v: f64) -> String {
            PlainFormatter.count(v)
        }
        fn percent(&self, v: f64) -> String {
            PlainFormatter.percent(v)
        }
        fn ratio(&self, v: f64) -> String {
            PlainFormatter.ratio(v)
        }
        fn compact(&self, v: f64) -> String {
            PlainFormatter.compact(v)
        }
    }

    #[test]
    fn default_dollar_rates_are_converted_and_rounded_in_the_currency() {
        let usd = est(&RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5));
        let rate = data::usd_reference_rate("JPY");
        let scale = data::rounding_scale(rate);
        let yen = est(&RateInput {
            usd_rate: rate,
            rounding_scale: scale,
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        assert!((yen.base - usd.base * rate).abs() < 1e-6);
        // About 150 yen to the dollar, rounded to ¥500 under ¥100,000.
        assert!(
            (yen.typical / usd.typical - rate).abs() < 0.05 * rate,
            "{}",
            yen.typical
        );
        assert!((yen.typical % 500.0).abs() < 1e-6, "{}", yen.typical);
        assert_eq!(
            rounding_note(&Yen, scale),
            "Rounded to the nearest ¥10 under ¥1,000, ¥500 under ¥100,000, ¥5,000 under ¥1,000,000 and ¥50,000 above."
        );
        let step = yen
            .steps()
            .first()
            .map(|s| s.label.clone())
            .unwrap_or_default();
        assert_eq!(step, "Base rate by size, converted");
    }

    #[test]
    fn good_engagement_never_prices_below_the_base_and_zero_is_questioned() {
        // The user's examples: 5.15% ("Good") got 0.97× and 4% got 0.85× on a micro
        // Instagram account (typical 5.5%).
        for (er, factor) in [(5.15, 1.0), (4.0, 1.0), (3.0, (3.0_f64 / 5.5).sqrt())] {
            let e = est(&RateInput::single(Deliverable::InstagramPost, 40_000, er));
            assert!(
                (e.engagement.factor - factor).abs() < 1e-9,
                "{er}: {:?}",
                e.engagement
            );
            assert!((e.engagement.typical_percent - 5.5).abs() < 1e-9);
        }
        let good = est(&RateInput::single(Deliverable::InstagramPost, 40_000, 5.15));
        assert!(good.engagement.floored);
        assert!((good.engagement.raw - (5.15_f64 / 5.5).sqrt()).abs() < 1e-9);
        let high = est(&RateInput::single(Deliverable::InstagramPost, 40_000, 11.0));
        assert!(high.engagement.factor > 1.0 && !high.engagement.floored);
        assert_eq!(
            estimate(&RateInput::single(Deliverable::InstagramPost, 40_000, 0.0)),
            Err(DomainError::EngagementZero)
        );
    }

    #[test]
    fn a_small_own_base_rate_is_not_raised_to_five_dollars() {
        // A $2 base at 5.5% (×1): the page said "$5.00 typical (range $5.00–$5.00)" beside
        // working of $2.00, $1.40 and $2.80.
        let small = est(&RateInput {
            own_base: Some(2.0),
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        let factor: f64 = small.breakdown.iter().map(|m| m.factor).product();
        assert!((factor - 1.0).abs() < 1e-9, "{factor}");
        for (got, want) in [(small.typical, 2.0), (small.low, 1.4), (small.high, 2.8)] {
            assert!((got - want).abs() < 1e-9, "{got} for {want}");
        }
    }

    #[test]
    fn an_own_base_rate_anchors_the_range() {
        let own = est(&RateInput {
            own_base: Some(1_000.0),
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        assert!((own.base - 1_000.0).abs() < 1e-9);
        let factor: f64 = own.breakdown.iter().map(|m| m.factor).product();
        assert!((own.typical - round_rate(1_000.0 * factor)).abs() < 1e-9);
        assert_eq!(
            own.steps().first().map(|s| s.label.clone()),
            Some("Your base rate".to_owned())
        );
        assert!(estimate(&RateInput {
            own_base: Some(0.0),
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        })
        .is_err());
    }

    #[test]
    fn the_rounding_rule_reads_as_it_rounds() {
        assert_eq!(
            rounding_note(&PlainFormatter, 1.0),
            "Rounded to the nearest $0.10 under $10, $5 under $1,000, $50 under $10,000 and $500 above."
        );
        for (v, rounded) in [
            (0.0, 0.1),
            (2.0, 2.0),
            (1.44, 1.4),
            (9.96, 10.0),
            (12.4, 10.0),
            (997.4, 995.0),
            (997.6, 1_000.0),
            (1_024.0, 1_000.0),
            (9_974.0, 9_950.0),
            (10_240.0, 10_000.0),
            (f64::NAN, 0.1),
        ] {
            assert!((round_rate(v) - rounded).abs() < 1e-9, "{v}");
        }
    }

    #[test]
    fn guide_rate_table_anchors() {
        // At the micro band's log midpoint with the tier's typical ER, the typical rate is
        // the guide's average; at the floor and ceiling, its low and high.
        let cases = [
            (
                Deliverable::InstagramPost,
                10_000,
                31_623,
                99_999,
                5.5,
                200.0,
                600.0,
                2_000.0,
            ),
            (
                Deliverable::InstagramStory,
                10_000,
                31_623,
                99_999,
                5.5,
                100.0,
                400.0,
                1_000.0,
            ),
            (
                Deliverable::TikTokVideo,
                20_000,
                100_000,
                499_999,
                15.0,
                300.0,
                800.0,
                3_000.0,
            ),
            (
                Deliverable::YouTubeVideo,
                10_000,
                31_623,
                99_999,
                5.5,
                500.0,
                1_500.0,
                5_000.0,
            ),
            (
                Deliverable::LinkedInPost,
                5_000,
                15_811,
                49_999,
                4.5,
                300.0,
                700.0,
                2_000.0,
            ),
        ];
        for (d, lo_f, mid_f, hi_f, er, lo, avg, hi) in cases {
            assert!((typical(d, lo_f, er) - lo).abs() < 1e-9, "{d:?} low");
            assert!((typical(d, mid_f, er) - avg).abs() < 1e-9, "{d:?} avg");
            assert!((typical(d, hi_f, er) - hi).abs() < 1e-9, "{d:?} high");
        }
    }

    #[test]
    fn guide_tier_rates() {
        let ig = Deliverable::InstagramPost;
        // Nano starts at $50, macro reaches $25,000 under the mega floor, mega runs
        // $50,000–500,000.
        assert!((typical(ig, 1_000, 15.0) - 50.0).abs() < 1e-9);
        assert!((typical(ig, 100_000, 2.0) - 2_000.0).abs() < 1e-9);
        assert!((typical(ig, 999_999, 2.0) - 25_000.0).abs() < 1e-9);
        assert!((typical(ig, 1_000_000, 0.25) - 50_000.0).abs() < 1e-9);
        assert!((typical(ig, 100_000_000, 0.25) - 500_000.0).abs() < 1e-9);
        assert!((typical(ig, 1_000_000_000, 0.25) - 500_000.0).abs() < 1e-9);
    }

    #[test]
    fn guide_bundle_three_for_1500() {
        let single = est(&RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5));
        assert!((single.typical - 600.0).abs() < 1e-9);
        let bundle = est(&RateInput {
            bundle_posts: 3,
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        assert!(
            (bundle.typical - 1_500.0).abs() < 1e-9,
            "{}",
            bundle.typical
        );
        assert!((bundle.per_post.typical - 500.0).abs() < 1e-9);
        assert!((bundle.single_post.typical - 600.0).abs() < 1e-9);
        assert_eq!(
            bundle.headline(&PlainFormatter),
            "Typical $1,500 for 3 Instagram posts (range $1,050–$2,100)."
        );
        let names: Vec<_> = bundle.breakdown.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Engagement", "Bundle of 3 posts", "Range"]);
    }

    #[test]
    fn add_ons_are_named_and_priced() {
        let i = RateInput {
            usage_rights_months: 6,
            exclusivity_months: 3,
            whitelisting: true,
            rush: true,
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        };
        let e = est(&i);
        let names: Vec<_> = e.breakdown.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Engagement",
                "Usage rights, 6 months",
                "Exclusivity, 3 months",
                "Whitelisting (brand ads from the creator's account)",
                "Rush delivery",
                "Range"
            ]
        );
        // 600 × 1.70 × 1.25 × 1.65 × 1.25 = 2,629.69 → $2,650 (nearest $50).
        let raw = 600.0 * 1.70 * 1.25 * 1.65 * 1.25;
        assert!((e.typical - round_rate(raw)).abs() < 1e-9);
        assert!((e.typical - 2_650.0).abs() < 1e-9);
        assert!(e.low < e.typical && e.typical < e.high);
        let steps = e.steps();
        assert_eq!(
            steps[1].render(&PlainFormatter),
            "$2,630 = $600 base × 1× engagement × 1.7× usage rights, 6 months × 1.25× exclusivity, 3 months × 1.65× whitelisting (brand ads from the creator's account) × 1.25× rush delivery"
        );
        assert!(e.provenances().len() >= 6);
    }

    #[test]
    fn a_retainers_working_multiplies_the_unrounded_price_per_post() {
        let e = est(&RateInput {
            usage_rights_months: 12,
            exclusivity_months: 6,
            whitelisting: true,
            rush: true,
            retainer: true,
            bundle_posts: 3,
            ..RateInput::single(Deliverable::InstagramPost, 25_000, 4.2)
        });
        let steps = e.steps();
        let (Some(typical), Some(retainer)) = (steps.get(1), steps.last()) else {
            panic!("no steps")
        };
        let per_post = typical.result.range().low;
        assert!((retainer.result.range().low - per_post * 3.0).abs() < 1e-9);
        // The page showed "$7,300 = $2,450 per post × 3 posts": 2,450 × 3 is 7,350.
        assert_eq!(
            retainer.render(&PlainFormatter),
            "$7,298 = $2,433 per post × 3 posts"
        );
        assert!((e.typical - 7_300.0).abs() < 1e-9, "the price is rounded");
    }

    #[test]
    fn usage_rights_cap_at_perpetual() {
        let with = |m| {
            est(&RateInput {
                usage_rights_months: m,
                ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
            })
            .breakdown[1]
                .factor
        };
        assert!((with(1) - 1.35).abs() < 1e-12);
        assert!((with(3) - 1.35).abs() < 1e-12);
        assert!((with(4) - 1.70).abs() < 1e-12);
        assert!((with(9) - 2.05).abs() < 1e-12);
        assert!((with(120) - 2.05).abs() < 1e-12);
    }

    #[test]
    fn retainer_and_two_post_bundle() {
        let r = est(&RateInput {
            bundle_posts: 3,
            retainer: true,
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        assert!(r.monthly);
        // 600 × 0.8 × 3 = 1,440 → $1,450.
        assert!((r.typical - 1_450.0).abs() < 1e-9, "{}", r.typical);
        let two = est(&RateInput {
            bundle_posts: 2,
            ..RateInput::single(Deliverable::InstagramPost, IG_MID, 5.5)
        });
        assert!((two.per_post.typical - 550.0).abs() < 1e-9);
    }

    #[test]
    fn engagement_moves_the_price() {
        let d = Deliverable::InstagramPost;
        let low = typical(d, IG_MID, 1.0);
        let mid = typical(d, IG_MID, 5.5);
        let high = typical(d, IG_MID, 22.0);
        assert!(low < mid && mid < high, "{low} {mid} {high}");
        // √(22 / 5.5) = 2.
        assert!((high - 1_200.0).abs() < 1e-9);
        // Clamped at 0.6 (0% is questioned, not priced).
        assert!((typical(d, IG_MID, 0.5) - 360.0).abs() < 1e-9);
    }

    #[test]
    fn rounding_rule() {
        for (v, r) in [
            (0.0, 0.1),
            (2.4, 2.4),
            (602.4, 600.0),
            (997.6, 1_000.0),
            (1_024.0, 1_000.0),
            (1_025.0, 1_050.0),
            (9_990.0, 10_000.0),
            (12_300.0, 12_500.0),
            (f64::INFINITY, 0.1),
            (f64::NAN, 0.1),
        ] {
            assert!((round_rate(v) - r).abs() < 1e-9, "{v} → {}", round_rate(v));
        }
    }

    #[test]
    fn rates_never_fall_as_followers_grow() {
        for d in Deliverable::ALL {
            let mut last = 0.0;
            let mut f: u64 = 1;
            while f < tier::MAX_AUDIENCE {
                let r = base_rate(d, f);
                assert!(r >= last - 1e-9, "{d:?} at {f}: {r} < {last}");
                last = r;
                f = f * 5 / 4 + 1;
            }
        }
    }

    #[test]
    fn slugs_and_platforms() {
        for d in Deliverable::ALL {
            assert_eq!(Deliverable::from_slug(d.slug()), Some(d));
        }
        let instagram = Deliverable::ALL
            .iter()
            .filter(|d| d.platform() == Platform::Instagram);
        assert_eq!(instagram.count(), 3);
        assert_eq!(Deliverable::from_slug("fax"), None);
        assert_eq!(Deliverable::YouTubeShort.label(), "YouTube Short");
    }

    #[test]
    fn errors() {
        let ok = RateInput::single(Deliverable::TikTokVideo, 50_000, 5.0);
        assert!(estimate(&RateInput { followers: 0, ..ok }).is_err());
        assert!(estimate(&RateInput {
            engagement_rate_percent: 120.0,
            ..ok
        })
        .is_err());
        assert!(estimate(&RateInput {
            engagement_rate_percent: f64::NAN,
            ..ok
        })
        .is_err());
        assert!(estimate(&RateInput {
            bundle_posts: 0,
            ..ok
        })
        .is_err());
        assert!(estimate(&RateInput {
            bundle_posts: 101,
            ..ok
        })
        .is_err());
    }

    #[test]
    fn nano_and_below_notes() {
        let e = est(&RateInput::single(Deliverable::InstagramPost, 500, 12.0));
        assert_eq!(e.classification.tier, Tier::BelowNano);
        assert!(!e.notes.is_empty());
        assert!(e.typical >= 5.0);
        assert!(e.provenances().iter().any(|p| p.is_assumption()));
    }
}
