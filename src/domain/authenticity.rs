//! Authenticity check from what a marketer can see without account access.
//!
//! Signals, each from the guide's red flags:
//! - **growth**: monthly follower counts (oldest first) against the organic 2–10% a month;
//!   spikes, flat and falling periods;
//! - **engagement against the tier**: (likes + comments) ÷ followers against the tier's
//!   typical rate (the guide's example: 100K followers and 50 likes a post), and rates too
//!   high to be real;
//! - **comment-to-like ratio** against the guide's 5% line;
//! - **a manual follower sample**: the share that look fake, turned into the inflation of
//!   the follower count. The guide's "5,000 fake followers represents a 20% inflation" on a
//!   25,000 account fixes the definition: inflation = fake ÷ displayed followers.
//!
//! The 0–100 risk score is the sum of the points of every signal, capped at 100; every
//! signal checked is listed as a [`Reason`], with 0 points when it looks healthy.

use super::data::{self, ErBenchmark};
use super::engagement::{CommentLike, CommentLikeVerdict, MAX_INTERACTIONS};
use super::error::{self as err, DomainError};
use super::explain::{Op, Quantity, Step, Term};
use super::format::{NumberFormatter, PlainFormatter};
use super::num::to_f64;
use super::range::Range;
use super::source::{push_unique, Provenance};
use super::tier::{self, Classification, MAX_AUDIENCE};
use super::vocab::Platform;

/// What the marketer can see.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthenticityInput {
    /// The platform.
    pub platform: Platform,
    /// Followers now.
    pub followers: u64,
    /// Follower counts at the same day of consecutive months, oldest first.
    pub monthly_follower_counts: Vec<u64>,
    /// Average likes per recent post.
    pub avg_likes: Option<f64>,
    /// Average comments per recent post.
    pub avg_comments: Option<f64>,
    /// Followers checked by hand.
    pub sample_size: Option<u32>,
    /// Of those, how many looked fake.
    pub sample_fake: Option<u32>,
}

/// A signal the score is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Signal {
    /// Follower growth.
    Growth,
    /// Engagement against the tier.
    Engagement,
    /// Comment-to-like ratio.
    Comments,
    /// Manual follower sample.
    FakeSample,
}

impl Signal {
    /// "Follower growth", "Engagement", "Comments" or "Follower sample".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Growth => "Follower growth",
            Self::Engagement => "Engagement",
            Self::Comments => "Comments",
            Self::FakeSample => "Follower sample",
        }
    }
}

/// One reason behind the score.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// The signal.
    pub signal: Signal,
    /// Points added to the score (0 when the signal looks healthy).
    pub points: u8,
    /// What was found, as a sentence.
    pub sentence: String,
    /// Where the threshold behind it comes from.
    pub provenance: &'static Provenance,
}

/// The growth of one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GrowthFlag {
    /// Fewer followers than the month before.
    Declining,
    /// Under the organic 2%.
    Flat,
    /// 2–10%: organic.
    Organic,
    /// Over 10% up to the spike line.
    AboveOrganic,
    /// Over the spike line (20%).
    Spike,
}

impl GrowthFlag {
    /// A short label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Declining => "Declining",
            Self::Flat => "Flat",
            Self::Organic => "Organic",
            Self::AboveOrganic => "Above organic",
            Self::Spike => "Spike",
        }
    }

    fn of(percent: f64) -> Self {
        let (lo, hi) = data::ORGANIC_GROWTH.value;
        if percent < 0.0 {
            Self::Declining
        } else if percent < lo {
            Self::Flat
        } else if percent <= hi {
            Self::Organic
        } else if percent <= data::SPIKE_GROWTH.value {
            Self::AboveOrganic
        } else {
            Self::Spike
        }
    }
}

/// Growth from one month to the next, for a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthGrowth {
    /// Position of the later month in the input, 1-based (the first growth is month 2).
    pub month: usize,
    /// Followers the month before.
    pub from: u64,
    /// Followers this month.
    pub to: u64,
    /// Followers gained (negative when lost).
    pub change: f64,
    /// Change ÷ from × 100.
    pub percent: f64,
    /// How the month reads.
    pub flag: GrowthFlag,
}

/// The follower sample, worked out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FakeSample {
    /// Followers checked.
    pub sample_size: u32,
    /// Of those, fake.
    pub fake: u32,
    /// Fake ÷ checked × 100.
    pub share_percent: f64,
    /// 95% Wilson interval of the share, percent: what the whole audience may be, given
    /// the sample size.
    pub share_interval_percent: Range,
    /// Followers × share: estimated fake followers.
    pub estimated_fake_followers: f64,
    /// Followers − estimated fake.
    pub estimated_real_followers: f64,
    /// Estimated fake ÷ followers × 100 (the guide's inflation; equals the share).
    pub inflation_percent: f64,
}

/// Low, moderate or high risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RiskLevel {
    /// Under 25.
    Low,
    /// 25 to 49.
    Moderate,
    /// 50 or more.
    High,
}

impl RiskLevel {
    /// "Low", "Moderate" or "High".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Low => "Low",
            Self::Moderate => "Moderate",
            Self::High => "High",
        }
    }

    /// The level of a score.
    #[must_use]
    pub fn of(score: u8) -> Self {
        let (moderate, high) = data::RISK_LEVELS.value;
        if score >= high {
            Self::High
        } else if score >= moderate {
            Self::Moderate
        } else {
            Self::Low
        }
    }
}

/// The report.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthenticityReport {
    /// The input, as given.
    pub input: AuthenticityInput,
    /// Tier by followers.
    pub classification: Classification,
    /// 0–100: the sum of the reasons' points, capped at 100.
    pub risk_score: u8,
    /// The level of the score.
    pub level: RiskLevel,
    /// Every signal checked, with its points.
    pub reasons: Vec<Reason>,
    /// Signals not checked for lack of input, as sentences saying what to add.
    pub not_checked: Vec<String>,
    /// Month-on-month growth, for a chart.
    pub growth: Vec<MonthGrowth>,
    /// Mean of the monthly growth percentages.
    pub average_growth_percent: Option<f64>,
    /// (Likes + comments) ÷ followers × 100.
    pub engagement_rate_percent: Option<f64>,
    /// The tier's benchmark the rate was judged against.
    pub expected_engagement: ErBenchmark,
    /// Comments per 100 likes.
    pub comment_to_like: Option<CommentLike>,
    /// The follower sample, worked out.
    pub fake_sample: Option<FakeSample>,
}

impl AuthenticityReport {
    /// The working, with the user's numbers.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let mut v = Vec::new();
        let i = &self.input;
        for g in &self.growth {
            v.push(
                Step::new(
                    format!("Growth in month {}", g.month),
                    Quantity::percent(g.percent),
                )
                .expr(vec![
                    Term::Open,
                    Term::value(Quantity::count(to_f64(g.to))),
                    Term::Op(Op::Minus),
                    Term::value(Quantity::count(to_f64(g.from))),
                    Term::Close,
                    Term::Op(Op::Divide),
                    Term::value(Quantity::count(to_f64(g.from))),
                ]),
            );
        }
        if let (Some(er), Some(likes)) = (self.engagement_rate_percent, i.avg_likes) {
            v.push(
                Step::new("Engagement rate", Quantity::percent(er)).expr(vec![
                    Term::Open,
                    Term::named(Quantity::count(likes), "likes"),
                    Term::Op(Op::Plus),
                    Term::named(Quantity::count(i.avg_comments.unwrap_or(0.0)), "comments"),
                    Term::Close,
                    Term::Op(Op::Divide),
                    Term::named(
                        Quantity::count(to_f64(i.followers)),
                        i.platform.audience_noun(),
                    ),
                ]),
            );
        }
        if let (Some(c), Some(likes), Some(comments)) =
            (self.comment_to_like, i.avg_likes, i.avg_comments)
        {
            v.push(
                Step::new("Comment-to-like ratio", Quantity::percent(c.ratio_percent)).expr(vec![
                    Term::named(Quantity::count(comments), "comments"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(likes), "likes"),
                ]),
            );
        }
        if let Some(s) = &self.fake_sample {
            v.push(
                Step::new(
                    "Fake share of the sample",
                    Quantity::percent(s.share_percent),
                )
                .expr(vec![
                    Term::named(Quantity::count(f64::from(s.fake)), "fake"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(f64::from(s.sample_size)), "checked"),
                ]),
            );
            v.push(
                Step::new(
                    "Estimated fake followers",
                    Quantity::count(s.estimated_fake_followers),
                )
                .noun("fake")
                .expr(vec![
                    Term::named(
                        Quantity::count(to_f64(i.followers)),
                        i.platform.audience_noun(),
                    ),
                    Term::Op(Op::Times),
                    Term::value(Quantity::percent(s.share_percent)),
                ]),
            );
            v.push(
                Step::new("Inflation", Quantity::percent(s.inflation_percent)).expr(vec![
                    Term::named(Quantity::count(s.estimated_fake_followers), "fake"),
                    Term::Op(Op::Divide),
                    Term::named(
                        Quantity::count(to_f64(i.followers)),
                        i.platform.audience_noun(),
                    ),
                ]),
            );
        }
        v.push(
            Step::new("Risk score", Quantity::count(f64::from(self.risk_score))).expr(
                self.reasons
                    .iter()
                    .enumerate()
                    .flat_map(|(k, r)| {
                        let t = Term::named(
                            Quantity::count(f64::from(r.points)),
                            r.signal.label().to_ascii_lowercase(),
                        );
                        if k == 0 {
                            vec![t]
                        } else {
                            vec![Term::Op(Op::Plus), t]
                        }
                    })
                    .collect(),
            ),
        );
        v
    }

    /// The provenances of every threshold used.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = Vec::new();
        for p in self.classification.provenances() {
            push_unique(&mut v, p);
        }
        for r in &self.reasons {
            push_unique(&mut v, r.provenance);
        }
        if self.fake_sample.is_some() {
            push_unique(&mut v, &data::INFLATION_PROV);
        }
        push_unique(&mut v, data::RISK_POINTS.provenance);
        push_unique(&mut v, data::RISK_LEVELS.provenance);
        v
    }
}

/// The guide's inflation: `fake_followers` ÷ `followers` × 100. 5,000 of 25,000 is 20%.
///
/// # Errors
/// [`DomainError::FollowersZero`] / [`DomainError::FollowersTooLarge`] for followers,
/// [`DomainError::FakeExceedsFollowers`] when there are more fake followers than followers.
pub fn inflation_percent(followers: u64, fake_followers: u64) -> Result<f64, DomainError> {
    tier::check_followers(followers)?;
    if fake_followers > followers {
        return Err(DomainError::FakeExceedsFollowers);
    }
    Ok(to_f64(fake_followers) / to_f64(followers) * 100.0)
}

/// The 95% Wilson score interval of `k` successes in `n` trials, as fractions.
#[must_use]
pub fn wilson_interval(k: u32, n: u32) -> Range {
    if n == 0 {
        return Range::new(0.0, 1.0);
    }
    let z = 1.96_f64;
    let n = f64::from(n);
    let p = f64::from(k) / n;
    let z2 = z * z;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = z / denom * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    // The interval always contains the observed share; rounding must not push it out at
    // k = 0 or k = n.
    Range::new(
        (centre - half).clamp(0.0, 1.0).min(p),
        (centre + half).clamp(0.0, 1.0).max(p),
    )
}

fn optional_count(field: &'static str, v: Option<f64>) -> Result<Option<f64>, DomainError> {
    v.map(|x| {
        let x = err::non_negative(field, x)?;
        err::at_most(field, x, MAX_INTERACTIONS)
    })
    .transpose()
}

/// Assesses the risk that an audience is inflated.
///
/// # Errors
/// - [`DomainError::FollowersZero`] / [`DomainError::FollowersTooLarge`] for followers or
///   a monthly count above the limit;
/// - [`DomainError::MonthlyCountZero`] for a monthly count of 0;
/// - [`DomainError::NotANumber`], [`DomainError::Negative`] or [`DomainError::TooLarge`]
///   for likes or comments;
/// - [`DomainError::EngagementAbove100`] when likes and comments exceed the followers;
/// - [`DomainError::Missing`] when only one of sample size and fake count is given;
/// - [`DomainError::TooSmall`] for a sample of 0;
/// - [`DomainError::SampleFakeExceedsSize`] when more were fake than checked.
#[allow(clippy::too_many_lines)]
pub fn assess(input: &AuthenticityInput) -> Result<AuthenticityReport, DomainError> {
    let followers = tier::check_followers(input.followers)?;
    for (k, c) in input.monthly_follower_counts.iter().enumerate() {
        if *c == 0 {
            return Err(DomainError::MonthlyCountZero { month: k + 1 });
        }
        if *c > MAX_AUDIENCE {
            return Err(DomainError::FollowersTooLarge {
                followers: *c,
                max: MAX_AUDIENCE,
            });
        }
    }
    let likes = optional_count("Average likes", input.avg_likes)?;
    let comments = optional_count("Average comments", input.avg_comments)?;
    let sample = match (input.sample_size, input.sample_fake) {
        (None, None) => None,
        (Some(_), None) => {
            return Err(DomainError::Missing {
                field: "The number of fake-looking followers in the sample",
            })
        }
        (None, Some(_)) => {
            return Err(DomainError::Missing {
                field: "The sample size",
            })
        }
        (Some(0), Some(_)) => {
            return Err(DomainError::TooSmall {
                field: "The sample size",
                min: 1.0,
            })
        }
        (Some(n), Some(k)) if k > n => return Err(DomainError::SampleFakeExceedsSize),
        (Some(n), Some(k)) => Some((n, k)),
    };
    let f = PlainFormatter;
    let pts = data::RISK_POINTS.value;
    let classification = tier::classify(input.platform, followers)?;
    let t = classification.tier;
    let tier_name = t.label().to_ascii_lowercase();
    let mut reasons = Vec::new();
    let mut not_checked = Vec::new();

    // Growth.
    let growth: Vec<MonthGrowth> = input
        .monthly_follower_counts
        .windows(2)
        .enumerate()
        .filter_map(|(k, w)| match w {
            [a, b] => {
                let change = to_f64(*b) - to_f64(*a);
                let percent = change / to_f64(*a) * 100.0;
                Some(MonthGrowth {
                    month: k + 2,
                    from: *a,
                    to: *b,
                    change,
                    percent,
                    flag: GrowthFlag::of(percent),
                })
            }
            _ => None,
        })
        .collect();
    let average_growth_percent = (!growth.is_empty())
        .then(|| growth.iter().map(|g| g.percent).sum::<f64>() / to_f64(growth.len() as u64));
    if let Some(avg) = average_growth_percent {
        let spikes: Vec<&MonthGrowth> = growth
            .iter()
            .filter(|g| g.flag == GrowthFlag::Spike)
            .collect();
        let above = growth
            .iter()
            .filter(|g| g.flag == GrowthFlag::AboveOrganic)
            .count();
        let (lo, hi) = data::ORGANIC_GROWTH.value;
        if let Some(first) = spikes.first() {
            let extra = u8::try_from(spikes.len() - 1).unwrap_or(u8::MAX);
            let p = pts
                .spike
                .saturating_add(pts.extra_spike.saturating_mul(extra))
                .min(pts.spike_cap);
            let months: Vec<String> = spikes.iter().map(|g| g.month.to_string()).collect();
            reasons.push(Reason {
                signal: Signal::Growth,
                points: p,
                sentence: format!(
                    "Followers jumped by more than {} in a month (month {}: {}, +{}); sudden spikes often mean bought followers.",
                    f.percent(data::SPIKE_GROWTH.value),
                    months.join(", "),
                    f.percent(first.percent),
                    f.count(first.change)
                ),
                provenance: data::SPIKE_GROWTH.provenance,
            });
        } else if above > 0 {
            reasons.push(Reason {
                signal: Signal::Growth,
                points: pts.above_organic,
                sentence: format!(
                    "Growth was above the organic {}–{} a month in {} month(s); worth a look, though not a spike.",
                    f.percent(lo),
                    f.percent(hi),
                    f.count(to_f64(above as u64))
                ),
                provenance: data::ORGANIC_GROWTH.provenance,
            });
        }
        let first = input.monthly_follower_counts.first().copied().unwrap_or(1);
        let last = input.monthly_follower_counts.last().copied().unwrap_or(1);
        if last < first {
            reasons.push(Reason {
                signal: Signal::Growth,
                points: pts.declining,
                sentence: format!(
                    "Followers fell from {} to {} over the period; a falling count may mean an inactive account or a purge of fake followers.",
                    f.count(to_f64(first)),
                    f.count(to_f64(last))
                ),
                provenance: data::ORGANIC_GROWTH.provenance,
            });
        } else if avg < lo && spikes.is_empty() {
            reasons.push(Reason {
                signal: Signal::Growth,
                points: pts.flat,
                sentence: format!(
                    "Growth averaged {} a month, under the organic {}; a flat count may mean an inactive account.",
                    f.percent(avg),
                    f.percent(lo)
                ),
                provenance: data::ORGANIC_GROWTH.provenance,
            });
        } else if spikes.is_empty() && above == 0 {
            reasons.push(Reason {
                signal: Signal::Growth,
                points: 0,
                sentence: format!(
                    "Growth averaged {} a month with no spike: consistent with organic growth ({}–{}).",
                    f.percent(avg),
                    f.percent(lo),
                    f.percent(hi)
                ),
                provenance: data::ORGANIC_GROWTH.provenance,
            });
        }
    } else {
        not_checked.push(
            "Growth was not checked: enter follower counts for at least two consecutive months."
                .to_owned(),
        );
    }

    // Engagement against the tier.
    let expected = data::er_benchmark(input.platform, t);
    let engagement_rate_percent =
        likes.map(|l| (l + comments.unwrap_or(0.0)) / to_f64(followers) * 100.0);
    if let Some(er) = engagement_rate_percent {
        if er > 100.0 {
            return Err(DomainError::EngagementAbove100 { rate_percent: er });
        }
        let (far, below) = data::LOW_ENGAGEMENT_RATIOS.value;
        let ceiling = data::suspicion_ceiling(input.platform, t);
        let ratio = er / expected.typical;
        let typical = f.percent(expected.typical);
        let (points, sentence, provenance) = if er > ceiling {
            (
                pts.engagement_implausible,
                format!(
                    "Engagement of {} is implausibly high for a {tier_name} account (above {}): bought likes or engagement pods are likely.",
                    f.percent(er),
                    f.percent(ceiling)
                ),
                &data::SUSPICION_PROVENANCE,
            )
        } else if ratio < far {
            (
                pts.engagement_far_below,
                format!(
                    "Engagement of {} is under a tenth of the {typical} typical for a {tier_name} account: the followers may not be real (the guide's example: 100K followers and 50 likes a post).",
                    f.percent(er)
                ),
                data::LOW_ENGAGEMENT_RATIOS.provenance,
            )
        } else if ratio < below {
            (
                pts.engagement_below,
                format!(
                    "Engagement of {} is under a quarter of the {typical} typical for a {tier_name} account.",
                    f.percent(er)
                ),
                data::LOW_ENGAGEMENT_RATIOS.provenance,
            )
        } else {
            (
                0,
                format!(
                    "Engagement of {} is in line with a {tier_name} account (typical {typical}).",
                    f.percent(er)
                ),
                expected.provenance,
            )
        };
        reasons.push(Reason {
            signal: Signal::Engagement,
            points,
            sentence,
            provenance,
        });
    } else {
        not_checked
            .push("Engagement was not checked: enter the average likes per post.".to_owned());
    }

    // Comments.
    let comment_to_like = match (likes, comments) {
        (Some(l), Some(c)) => CommentLike::of(l, c),
        _ => None,
    };
    if let Some(c) = comment_to_like {
        let r = f.percent(c.ratio_percent);
        let (points, sentence, provenance) = match c.verdict {
            CommentLikeVerdict::Healthy => (
                0,
                format!("{r} comments per like meets the guide's 5% line."),
                &data::COMMENT_LIKE_GUIDE_PROVENANCE,
            ),
            CommentLikeVerdict::BelowGuide => (
                pts.comments_below_guide,
                format!("{r} comments per like is under the guide's 5% line."),
                &data::COMMENT_LIKE_GUIDE_PROVENANCE,
            ),
            CommentLikeVerdict::VeryLow => (
                pts.comments_very_low,
                format!(
                    "{r} comments per like is very low (under 2 per 100 likes): likes may be bought."
                ),
                &data::COMMENT_LIKE_FLOOR_PROVENANCE,
            ),
        };
        reasons.push(Reason {
            signal: Signal::Comments,
            points,
            sentence,
            provenance,
        });
    } else {
        not_checked.push(
            "The comment-to-like ratio was not checked: enter average likes (above 0) and comments per post."
                .to_owned(),
        );
    }

    // Follower sample.
    let fake_sample = sample.map(|(n, k)| {
        let share = f64::from(k) / f64::from(n) * 100.0;
        let ci = wilson_interval(k, n).scale(100.0);
        let fake = to_f64(followers) * share / 100.0;
        FakeSample {
            sample_size: n,
            fake: k,
            share_percent: share,
            share_interval_percent: ci,
            estimated_fake_followers: fake,
            estimated_real_followers: to_f64(followers) - fake,
            inflation_percent: fake / to_f64(followers) * 100.0,
        }
    });
    if let Some(s) = &fake_sample {
        let (elevated, high) = data::FAKE_SHARE_LINES.value;
        let ci = f.quantity(&Quantity::Percent(s.share_interval_percent));
        let head = format!(
            "{} of {} sampled followers looked fake ({}, likely {ci} of the whole audience): about {} fake followers, a {} inflation of the count",
            f.count(f64::from(s.fake)),
            f.count(f64::from(s.sample_size)),
            f.percent(s.share_percent),
            f.count(s.estimated_fake_followers),
            f.percent(s.inflation_percent)
        );
        let (points, tail) = if s.share_percent >= high {
            (
                pts.fake_high,
                format!("; over {} is often a sign of fraud.", f.percent(high)),
            )
        } else if s.share_percent >= elevated {
            (
                pts.fake_elevated,
                format!("; over {} is suspicious.", f.percent(elevated)),
            )
        } else {
            (0, ".".to_owned())
        };
        reasons.push(Reason {
            signal: Signal::FakeSample,
            points,
            sentence: format!("{head}{tail}"),
            provenance: data::FAKE_SHARE_LINES.provenance,
        });
    } else {
        not_checked.push(
            "No follower sample: open the follower list, check 50–100 accounts by hand and count those that look fake."
                .to_owned(),
        );
    }

    let total: u32 = reasons.iter().map(|r| u32::from(r.points)).sum();
    let risk_score = u8::try_from(total.min(100)).unwrap_or(100);
    Ok(AuthenticityReport {
        input: input.clone(),
        classification,
        risk_score,
        level: RiskLevel::of(risk_score),
        reasons,
        not_checked,
        growth,
        average_growth_percent,
        engagement_rate_percent,
        expected_engagement: expected,
        comment_to_like,
        fake_sample,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(followers: u64) -> AuthenticityInput {
        AuthenticityInput {
            platform: Platform::Instagram,
            followers,
            monthly_follower_counts: Vec::new(),
            avg_likes: None,
            avg_comments: None,
            sample_size: None,
            sample_fake: None,
        }
    }

    #[track_caller]
    fn ok(i: &AuthenticityInput) -> AuthenticityReport {
        assess(i).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn guide_inflation_five_thousand_of_twenty_five() {
        assert_eq!(inflation_percent(25_000, 5_000), Ok(20.0));
        assert_eq!(
            inflation_percent(25_000, 25_001),
            Err(DomainError::FakeExceedsFollowers)
        );
        assert_eq!(inflation_percent(0, 0), Err(DomainError::FollowersZero));
        // The same through a sample: 20 of 100 checked on a 25,000 account.
        let r = ok(&AuthenticityInput {
            sample_size: Some(100),
            sample_fake: Some(20),
            ..base(25_000)
        });
        let s = r.fake_sample.unwrap_or_else(|| panic!("no sample"));
        assert!((s.estimated_fake_followers - 5_000.0).abs() < 1e-9);
        assert!((s.inflation_percent - 20.0).abs() < 1e-9);
        assert!((s.estimated_real_followers - 20_000.0).abs() < 1e-9);
        assert!(s.share_interval_percent.contains(20.0));
        assert_eq!(r.risk_score, 20);
        let steps = r.steps();
        let inflation = steps.iter().find(|s| s.label == "Inflation");
        assert_eq!(
            inflation.map(|s| s.render(&PlainFormatter)),
            Some("20% = 5,000 fake ÷ 25,000 followers".to_owned())
        );
    }

    #[test]
    fn guide_red_flag_100k_followers_50_likes() {
        let r = ok(&AuthenticityInput {
            avg_likes: Some(50.0),
            ..base(100_000)
        });
        assert_eq!(r.risk_score, 30);
        assert_eq!(r.level, RiskLevel::Moderate);
        assert!(
            r.reasons[0].sentence.contains("under a tenth"),
            "{}",
            r.reasons[0].sentence
        );
        assert_eq!(r.not_checked.len(), 3);
    }

    #[test]
    fn growth_flags_and_spikes() {
        let r = ok(&AuthenticityInput {
            monthly_follower_counts: vec![10_000, 10_500, 11_000, 16_000, 16_500],
            ..base(16_500)
        });
        let flags: Vec<_> = r.growth.iter().map(|g| g.flag).collect();
        assert_eq!(
            flags,
            [
                GrowthFlag::Organic,
                GrowthFlag::Organic,
                GrowthFlag::Spike,
                GrowthFlag::Organic
            ]
        );
        assert_eq!(r.growth[2].month, 4);
        assert_eq!(r.risk_score, 25);
        assert!(
            r.reasons[0].sentence.contains("month 4"),
            "{}",
            r.reasons[0].sentence
        );

        let cases: [(&[u64], u8, GrowthFlag); 5] = [
            (&[1_000, 1_050, 1_100], 0, GrowthFlag::Organic),
            (&[1_000, 1_005, 1_010], 5, GrowthFlag::Flat),
            (&[1_000, 950, 900], 10, GrowthFlag::Declining),
            (&[1_000, 1_150, 1_300], 10, GrowthFlag::AboveOrganic),
            (&[1_000, 2_000, 4_000, 8_000], 35, GrowthFlag::Spike),
        ];
        for (counts, points, flag) in cases {
            let r = ok(&AuthenticityInput {
                monthly_follower_counts: counts.to_vec(),
                ..base(1_000)
            });
            assert_eq!(r.risk_score, points, "{counts:?}");
            assert_eq!(r.growth[0].flag, flag, "{counts:?}");
        }
        // Boundaries: 2% and 10% are organic, 20% is above organic, 20.01% a spike.
        assert_eq!(GrowthFlag::of(2.0), GrowthFlag::Organic);
        assert_eq!(GrowthFlag::of(10.0), GrowthFlag::Organic);
        assert_eq!(GrowthFlag::of(20.0), GrowthFlag::AboveOrganic);
        assert_eq!(GrowthFlag::of(20.01), GrowthFlag::Spike);
        assert_eq!(GrowthFlag::of(-0.1), GrowthFlag::Declining);
    }

    #[test]
    fn everything_bad_caps_at_100_and_lists_every_reason() {
        let r = ok(&AuthenticityInput {
            platform: Platform::Instagram,
            followers: 100_000,
            monthly_follower_counts: vec![20_000, 60_000, 100_000],
            avg_likes: Some(50.0),
            avg_comments: Some(0.0),
            sample_size: Some(50),
            sample_fake: Some(20),
        });
        assert_eq!(r.risk_score, 100);
        assert_eq!(r.level, RiskLevel::High);
        let sum: u32 = r.reasons.iter().map(|x| u32::from(x.points)).sum();
        assert!(sum > 100);
        let signals: Vec<_> = r.reasons.iter().map(|x| x.signal).collect();
        assert_eq!(
            signals,
            [
                Signal::Growth,
                Signal::Engagement,
                Signal::Comments,
                Signal::FakeSample
            ]
        );
        assert!(r.not_checked.is_empty());
        assert!(r.steps().iter().all(Step::is_finite));
    }

    #[test]
    fn healthy_account_scores_zero_with_reasons() {
        let r = ok(&AuthenticityInput {
            platform: Platform::Instagram,
            followers: 50_000,
            monthly_follower_counts: vec![45_000, 47_500, 50_000],
            avg_likes: Some(2_500.0),
            avg_comments: Some(150.0),
            sample_size: Some(100),
            sample_fake: Some(3),
        });
        assert_eq!(r.risk_score, 0);
        assert_eq!(r.level, RiskLevel::Low);
        assert_eq!(r.reasons.len(), 4);
        assert!(r.reasons.iter().all(|x| x.points == 0));
        assert!(r.provenances().len() >= 5);
    }

    #[test]
    fn implausible_engagement() {
        let r = ok(&AuthenticityInput {
            avg_likes: Some(10_000.0),
            avg_comments: Some(600.0),
            ..base(50_000)
        });
        assert_eq!(r.reasons[0].points, 20);
        assert!(r.reasons[0].sentence.contains("implausibly high"));
    }

    #[test]
    fn errors() {
        let cases: Vec<(AuthenticityInput, DomainError)> = vec![
            (base(0), DomainError::FollowersZero),
            (
                AuthenticityInput {
                    monthly_follower_counts: vec![10, 0, 12],
                    ..base(10)
                },
                DomainError::MonthlyCountZero { month: 2 },
            ),
            (
                AuthenticityInput {
                    sample_size: Some(10),
                    sample_fake: Some(11),
                    ..base(10)
                },
                DomainError::SampleFakeExceedsSize,
            ),
            (
                AuthenticityInput {
                    sample_size: Some(10),
                    ..base(10)
                },
                DomainError::Missing {
                    field: "The number of fake-looking followers in the sample",
                },
            ),
            (
                AuthenticityInput {
                    sample_size: Some(0),
                    sample_fake: Some(0),
                    ..base(10)
                },
                DomainError::TooSmall {
                    field: "The sample size",
                    min: 1.0,
                },
            ),
            (
                AuthenticityInput {
                    avg_likes: Some(-1.0),
                    ..base(10)
                },
                DomainError::Negative {
                    field: "Average likes",
                },
            ),
        ];
        for (i, e) in cases {
            assert_eq!(assess(&i), Err(e));
        }
        assert!(matches!(
            assess(&AuthenticityInput {
                avg_likes: Some(200.0),
                ..base(100)
            }),
            Err(DomainError::EngagementAbove100 { .. })
        ));
    }

    #[test]
    fn wilson() {
        let w = wilson_interval(20, 100);
        assert!(
            (w.low - 0.1334).abs() < 1e-3 && (w.high - 0.2888).abs() < 1e-3,
            "{w:?}"
        );
        let zero = wilson_interval(0, 10);
        assert!(zero.low.abs() < 1e-12 && zero.high > 0.2);
        let all = wilson_interval(10, 10);
        assert!((all.high - 1.0).abs() < 1e-12);
    }
}
