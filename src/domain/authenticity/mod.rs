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

mod comment_sample;
mod finding;
mod growth;
mod mismatch;
mod sample;
mod signals;
mod steps;

pub use comment_sample::CommentSample;
pub use finding::{EngagementLevel, Finding};
pub use growth::{GrowthFlag, MonthGrowth};
pub use mismatch::FollowersMismatch;
pub use sample::{FakeLine, FakeSample};

use super::data::{self, ErBenchmark};
use super::engagement::{CommentLike, MAX_INTERACTIONS};
use super::error::{self as err, DomainError};
use super::format::NumberFormatter;
use super::num::to_f64;
use super::range::Range;
use super::source::{push_unique, Provenance};
use super::tier::{self, Classification};
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
    /// Recent comments read by hand.
    pub comments_read: Option<u32>,
    /// Of those, how many were generic, emoji-only or in a language the audience does not
    /// speak.
    pub comments_generic: Option<u32>,
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
    /// Comments read by hand.
    CommentSample,
}

impl Signal {
    /// "Follower growth", "Engagement", "Comments", "Follower sample" or "Comments read".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Growth => "Follower growth",
            Self::Engagement => "Engagement",
            Self::Comments => "Comments",
            Self::FakeSample => "Follower sample",
            Self::CommentSample => "Comments read",
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
    /// What was found, as values; see [`Reason::sentence`].
    pub finding: Finding,
    /// Where the threshold behind it comes from.
    pub provenance: &'static Provenance,
}

impl Reason {
    /// What was found, as a sentence, its numbers written by `f`.
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        self.finding.sentence(f)
    }
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
    /// The comments read, worked out.
    pub comment_sample: Option<CommentSample>,
    /// Followers now against the last monthly count, when they contradict each other.
    pub followers_mismatch: Option<FollowersMismatch>,
}

impl AuthenticityReport {
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
        if self.followers_mismatch.is_some() {
            push_unique(&mut v, data::FOLLOWERS_MISMATCH_PERCENT.provenance);
        }
        push_unique(&mut v, data::RISK_POINTS.provenance);
        push_unique(&mut v, data::RISK_LEVELS.provenance);
        v
    }
}

/// The guide's inflation: `fake_followers` ÷ `followers` × 100. 5,000 of 25,000 is 20%.
/// The fake count may be an estimate with a fraction (followers × a sample's fake share).
///
/// # Errors
/// [`DomainError::FollowersZero`] / [`DomainError::FollowersTooLarge`] for followers,
/// [`DomainError::NotANumber`] / [`DomainError::Negative`] for the fake count,
/// [`DomainError::FakeExceedsFollowers`] when there are more fake followers than followers.
pub fn inflation_percent(followers: u64, fake_followers: f64) -> Result<f64, DomainError> {
    tier::check_followers(followers)?;
    let fake = err::non_negative("Fake followers", fake_followers)?;
    if fake > to_f64(followers) {
        return Err(DomainError::FakeExceedsFollowers);
    }
    Ok(fake / to_f64(followers) * 100.0)
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

/// Two counts made by hand that go together (checked and fake, read and generic): both or
/// neither, at least one checked, no more of the second than of the first.
///
/// # Errors
/// [`DomainError::Missing`] naming the count left out, [`DomainError::TooSmall`] when none
/// were checked, `too_many` when the second count is above the first.
pub(crate) fn hand_counts(
    counts: (Option<u32>, Option<u32>),
    names: (&'static str, &'static str),
    too_many: DomainError,
) -> Result<Option<(u32, u32)>, DomainError> {
    match counts {
        (None, None) => Ok(None),
        (Some(_), None) => Err(DomainError::Missing { field: names.1 }),
        (None, Some(_)) => Err(DomainError::Missing { field: names.0 }),
        (Some(0), Some(_)) => Err(DomainError::TooSmall {
            field: names.0,
            min: 1.0,
        }),
        (Some(n), Some(k)) if k > n => Err(too_many),
        (Some(n), Some(k)) => Ok(Some((n, k))),
    }
}

fn optional_count(field: &'static str, v: Option<f64>) -> Result<Option<f64>, DomainError> {
    v.map(|x| {
        let x = err::non_negative(field, x)?;
        err::at_most(field, x, MAX_INTERACTIONS)
    })
    .transpose()
}

/// Assesses the risk that an audience is inflated: one reason per signal checked (growth,
/// engagement, comments, follower sample), and a score that is the sum of their points.
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
/// - [`DomainError::SampleFakeExceedsSize`] when more were fake than checked;
/// - [`DomainError::GenericExceedsRead`] when more comments were generic than read.
pub fn assess(input: &AuthenticityInput) -> Result<AuthenticityReport, DomainError> {
    let followers = tier::check_followers(input.followers)?;
    growth::check_counts(&input.monthly_follower_counts)?;
    let likes = optional_count("Average likes", input.avg_likes)?;
    let comments = optional_count("Average comments", input.avg_comments)?;
    let sample = sample::checked_counts(input.sample_size, input.sample_fake)?;
    let comment_sample = comment_sample::checked(input.comments_read, input.comments_generic)?;
    let classification = tier::classify(input.platform, followers)?;
    let engagement_rate_percent =
        likes.map(|l| (l + comments.unwrap_or(0.0)) / to_f64(followers) * 100.0);
    if let Some(er) = engagement_rate_percent.filter(|er| *er > 100.0) {
        return Err(DomainError::EngagementAbove100 { rate_percent: er });
    }
    let fake_sample = sample
        .map(|(n, k)| sample::work_out(followers, n, k))
        .transpose()?;
    let growth = growth::month_by_month(&input.monthly_follower_counts);
    let average_growth_percent = growth::average_percent(&growth);
    let expected = data::er_benchmark(input.platform, classification.tier);
    let comment_to_like = likes.zip(comments).and_then(|(l, c)| CommentLike::of(l, c));
    let mut reasons = Vec::new();
    let mut not_checked = Vec::new();
    let followers_mismatch = mismatch::find(followers, &input.monthly_follower_counts);
    match average_growth_percent {
        Some(avg) => {
            growth::add_reasons(&mut reasons, &input.monthly_follower_counts, &growth, avg);
            // A history that followers now contradict cannot say the count is flat,
            // organic or falling: the trend is left out, and the mismatch says why.
            if followers_mismatch.is_some() {
                let trend = |r: &Reason| r.signal == Signal::Growth && r.finding.is_trend();
                if reasons.iter().any(trend) {
                    reasons.retain(|r| !trend(r));
                    not_checked.push(NOT_CHECKED_TREND.to_owned());
                }
            }
        }
        None => not_checked.push(NOT_CHECKED[0].to_owned()),
    }
    match engagement_rate_percent {
        Some(er) => reasons.push(signals::engagement_reason(
            er,
            input.platform,
            classification.tier,
            &expected,
        )),
        None => not_checked.push(NOT_CHECKED[1].to_owned()),
    }
    match &comment_to_like {
        Some(c) => reasons.push(signals::comments_reason(c)),
        None => not_checked.push(NOT_CHECKED[2].to_owned()),
    }
    match &fake_sample {
        Some(s) => reasons.push(sample::reason(s)),
        None => not_checked.push(NOT_CHECKED[3].to_owned()),
    }
    match &comment_sample {
        Some(s) => reasons.push(comment_sample::reason(s)),
        None => not_checked.push(NOT_CHECKED[4].to_owned()),
    }
    let risk_score = score(&reasons);
    Ok(AuthenticityReport {
        followers_mismatch,
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
        comment_sample,
    })
}

/// What to enter to check each signal (growth, engagement, comments, follower sample,
/// comments read) when its input is missing.
const NOT_CHECKED: [&str; 5] = [
    "Growth was not checked: enter follower counts for at least two consecutive months.",
    "Engagement was not checked: enter the average likes per post.",
    "The comment-to-like ratio was not checked: enter average likes (above 0) and comments per post.",
    "No follower sample: open the follower list, check 50–100 accounts by hand and count those that look fake.",
    "No comments read: read 20–30 recent comments (the guide's advice) and count those that are generic, emoji-only or in a language the audience does not speak.",
];

/// Why the growth trend is missing when followers now contradict the history.
const NOT_CHECKED_TREND: &str = "The growth trend was not judged: followers now and the last month of the history disagree (see above), so the history may not end with the latest month.";

/// The risk score: the sum of the reasons' points, capped at 100.
fn score(reasons: &[Reason]) -> u8 {
    u8::try_from(points(reasons).min(100)).unwrap_or(100)
}

/// The sum of the reasons' points, before the cap.
fn points(reasons: &[Reason]) -> u32 {
    reasons.iter().map(|r| u32::from(r.points)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::explain::Step;
    use crate::domain::format::PlainFormatter;

    fn base(followers: u64) -> AuthenticityInput {
        AuthenticityInput {
            platform: Platform::Instagram,
            followers,
            monthly_follower_counts: Vec::new(),
            avg_likes: None,
            avg_comments: None,
            sample_size: None,
            sample_fake: None,
            comments_read: None,
            comments_generic: None,
        }
    }

    #[track_caller]
    fn ok(i: &AuthenticityInput) -> AuthenticityReport {
        assess(i).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn sample_reason(size: u32, fake: u32) -> (u8, String) {
        let r = ok(&AuthenticityInput {
            sample_size: Some(size),
            sample_fake: Some(fake),
            ..base(25_000)
        });
        r.reasons
            .iter()
            .find(|x| x.signal == Signal::FakeSample)
            .map(|x| (x.points, x.sentence(&PlainFormatter)))
            .unwrap_or_else(|| panic!("no sample reason"))
    }

    #[test]
    fn a_small_sample_scores_only_the_lines_it_shows_are_crossed() {
        let pts = data::RISK_POINTS.value;
        // 1 of 3 is 33%, but the audience's share is likely 6%–79%: no line is shown.
        let (points, sentence) = sample_reason(3, 1);
        assert_eq!(points, 0, "{sentence}");
        assert!(
            sentence.contains("a sample this size cannot tell"),
            "{sentence}"
        );
        assert!(!sentence.contains("sign of fraud"), "{sentence}");
        // 30 of 100 (likely 22%–40%): very likely over 10%, perhaps over 25%.
        let (points, sentence) = sample_reason(100, 30);
        assert_eq!(points, pts.fake_elevated, "{sentence}");
        assert!(sentence.contains("perhaps over 25%"), "{sentence}");
        // 40 of 100 (likely 31%–50%): over 25%.
        let (points, sentence) = sample_reason(100, 40);
        assert_eq!(points, pts.fake_high, "{sentence}");
        assert!(
            sentence.ends_with("; over 25% is often a sign of fraud."),
            "{sentence}"
        );
        // 2 of 4: half the count is fake, said as such.
        let (_, sentence) = sample_reason(4, 2);
        assert!(
            sentence
                .contains("about 12,500 fake followers, 50% of the count (the guide's inflation)"),
            "{sentence}"
        );
    }

    #[test]
    fn a_history_that_followers_now_contradict_is_not_called_flat() {
        // The history is flat at 20,000, but followers now are 25% more: the history may
        // not end with the latest month, so no trend is claimed or scored.
        let r = ok(&AuthenticityInput {
            monthly_follower_counts: vec![20_000, 20_000],
            ..base(25_000)
        });
        assert!(r.followers_mismatch.is_some());
        assert!(
            !r.reasons.iter().any(|x| x.finding.is_trend()),
            "{:?}",
            r.reasons
        );
        assert!(r
            .not_checked
            .iter()
            .any(|n| n.starts_with("The growth trend was not judged")));
        // Without the contradiction, the same history is flat.
        let r = ok(&AuthenticityInput {
            monthly_follower_counts: vec![20_000, 20_000],
            ..base(20_000)
        });
        assert!(r
            .reasons
            .iter()
            .any(|x| matches!(x.finding, Finding::Flat { .. })));
        assert!(!r.not_checked.iter().any(|n| n.contains("trend")));
    }

    #[test]
    fn guide_inflation_five_thousand_of_twenty_five() {
        assert_eq!(inflation_percent(25_000, 5_000.0), Ok(20.0));
        assert_eq!(
            inflation_percent(25_000, 25_001.0),
            Err(DomainError::FakeExceedsFollowers)
        );
        assert_eq!(inflation_percent(0, 0.0), Err(DomainError::FollowersZero));
        // The same through a sample: 20 of 100 checked on a 25,000 account.
        let r = ok(&AuthenticityInput {
            sample_size: Some(100),
            sample_fake: Some(20),
            comments_read: None,
            comments_generic: None,
            ..base(25_000)
        });
        let s = r.fake_sample.unwrap_or_else(|| panic!("no sample"));
        assert!((s.estimated_fake_followers - 5_000.0).abs() < 1e-9);
        assert!((s.inflation_percent - 20.0).abs() < 1e-9);
        assert!((s.estimated_real_followers - 20_000.0).abs() < 1e-9);
        assert!(s.share_interval_percent.contains(20.0));
        // Past the suspicious line on its own: moderate, not "Low risk" beside "suspicious".
        assert_eq!((r.risk_score, r.level), (25, RiskLevel::Moderate));
        let sentence = r.reasons[0].sentence(&PlainFormatter);
        assert!(
            sentence.starts_with("20 of 100 sampled followers looked fake (20%, likely ")
                && sentence.contains(
                    "about 5,000 fake followers, 20% of the count (the guide's inflation)"
                ),
            "{sentence}"
        );
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
            r.reasons[0]
                .sentence(&PlainFormatter)
                .contains("under a tenth"),
            "{}",
            r.reasons[0].sentence(&PlainFormatter)
        );
        assert_eq!(r.not_checked.len(), 4);
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
            r.reasons[0].sentence(&PlainFormatter).contains("month 4"),
            "{}",
            r.reasons[0].sentence(&PlainFormatter)
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
            comments_read: Some(30),
            comments_generic: Some(18),
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
                Signal::FakeSample,
                Signal::CommentSample
            ]
        );
        let comments = r.reasons.last().map(|x| x.sentence(&PlainFormatter));
        assert_eq!(
            comments.as_deref(),
            Some("18 of 30 comments read were generic, emoji-only or in a language the audience does not speak (60%); over 50% suggests bots or bought engagement.")
        );
        let one = ok(&AuthenticityInput {
            comments_read: Some(1),
            comments_generic: Some(1),
            ..base(25_000)
        });
        let one = one.reasons.last().map(|x| x.sentence(&PlainFormatter));
        assert!(
            one.as_deref()
                .is_some_and(|s| s.starts_with("1 of 1 comment read was generic")),
            "{one:?}"
        );
        assert!(r.not_checked.is_empty());
        assert!(r.steps().iter().all(Step::is_finite));
        // Shown, the points add up to their sum, and the score is that sum capped.
        let steps = r.steps();
        let [.., points, score] = steps.as_slice() else {
            panic!("{steps:?}");
        };
        assert_eq!(points.label, "Points of the reasons");
        assert_eq!(
            points.result,
            crate::domain::explain::Quantity::count(f64::from(sum))
        );
        assert_eq!(
            (score.label.as_str(), &score.result),
            (
                "Risk score, at most 100",
                &crate::domain::explain::Quantity::count(100.0)
            )
        );
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
            comments_read: None,
            comments_generic: None,
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
        assert!(r.reasons[0]
            .sentence(&PlainFormatter)
            .contains("implausibly high"));
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
                    comments_read: None,
                    comments_generic: None,
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
                    comments_read: None,
                    comments_generic: None,
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
