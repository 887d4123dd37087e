//! Engagement rate: computed, graded, benchmarked and sanity-checked.
//!
//! The guide's formula: (likes + comments + shares + saves) per post ÷ followers × 100.
//! Counts are per-post averages, or totals over N posts (then divided by N). Reach,
//! impressions and views, when given, are on the same basis as the counts and give the rate
//! by reach, by impressions and by views.
//!
//! The rate by followers is graded on the guide's scale (Excellent 8%+, Good 4–8%, Average
//! 2–4%, Poor below 2%), compared with the benchmark for the platform and tier, and flagged
//! when it is implausibly high for the tier (bought likes, pods) rather than praised.

mod benchmark;
mod comment_like;
mod grade;
mod steps;
mod verdict;

pub use benchmark::{BenchmarkComparison, Position};
pub use comment_like::{CommentLike, CommentLikeVerdict};
pub use grade::Grade;
pub use verdict::Verdict;

use crate::domain::data;
pub use crate::domain::data::RateBasis;
use crate::domain::error::{self as err, DomainError};
use crate::domain::format::{as_shown, Kind, NumberFormatter};
use crate::domain::num::{snap, to_f64};
use crate::domain::source::{push_unique, Provenance};
use crate::domain::tier::{self, Classification};
use crate::domain::vocab::Platform;
use crate::domain::vocab::Tier;

/// The largest per-post interaction or audience figure accepted (one trillion), far above
/// any real post; larger values are typos.
pub const MAX_INTERACTIONS: f64 = 1e12;

/// How the interaction counts were entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountBasis {
    /// Averages per post.
    PerPost,
    /// Totals over a number of posts.
    Totals {
        /// How many posts the totals cover.
        posts: u32,
    },
}

/// What the user entered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EngagementInput {
    /// Followers (subscribers, connections).
    pub followers: u64,
    /// Likes (per post, or total: see `basis`).
    pub likes: f64,
    /// Comments.
    pub comments: f64,
    /// Shares, when known (often private); counted as 0 when `None`.
    pub shares: Option<f64>,
    /// Saves, when known (often private); counted as 0 when `None`.
    pub saves: Option<f64>,
    /// Whether counts are per post or totals.
    pub basis: CountBasis,
    /// Accounts reached, on the same basis as the counts.
    pub reach: Option<f64>,
    /// Impressions, on the same basis as the counts.
    pub impressions: Option<f64>,
    /// Views, on the same basis as the counts.
    pub views: Option<f64>,
}

impl EngagementInput {
    /// Per-post averages of likes and comments, nothing else.
    #[must_use]
    pub const fn per_post(followers: u64, likes: f64, comments: f64) -> Self {
        Self {
            followers,
            likes,
            comments,
            shares: None,
            saves: None,
            basis: CountBasis::PerPost,
            reach: None,
            impressions: None,
            views: None,
        }
    }
}

/// Why a rate looks too good to be true.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suspicion {
    /// The rate by followers, percent.
    pub rate_percent: f64,
    /// The ceiling it exceeds, percent.
    pub ceiling_percent: f64,
    /// The tier it was judged against.
    pub tier: Tier,
    /// Where the ceiling comes from.
    pub provenance: &'static Provenance,
}

impl Suspicion {
    /// The explanation, as a sentence.
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        format!(
            "{} is implausibly high for a {} account (above {}): this often means bought likes or engagement pods, so check the comments and who is liking before trusting it.",
            f.percent(self.rate_percent),
            self.tier.label().to_ascii_lowercase(),
            f.percent(self.ceiling_percent)
        )
    }
}

/// An optional figure whose rate the report leaves out, and why: a wrong reach, impressions
/// or views figure never hides the rate by followers.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// What is wrong with the figure.
    pub error: DomainError,
    /// The rates left out: "reach", "reach and impressions".
    pub rates: &'static str,
}

impl LeftOut {
    /// The problem, then what was left out: "Reach must be more than zero. The rate by
    /// reach is left out."
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        let (rate, verb) = if self.rates.contains(" and ") {
            ("rates", "are")
        } else {
            ("rate", "is")
        };
        format!(
            "{} The {rate} by {} {verb} left out.",
            self.error.message(f),
            self.rates
        )
    }
}

/// Everything computed from an [`EngagementInput`].
#[derive(Clone, Debug, PartialEq)]
pub struct EngagementReport {
    /// The input, as given.
    pub input: EngagementInput,
    /// The platform.
    pub platform: Platform,
    /// Tier by followers, with the guide's nuance applied from the rate by followers.
    pub classification: Classification,
    /// Posts the counts cover (1 for per-post averages).
    pub posts: u32,
    /// Likes per post.
    pub likes_per_post: f64,
    /// Comments per post.
    pub comments_per_post: f64,
    /// Shares per post (0 when not given).
    pub shares_per_post: f64,
    /// Saves per post (0 when not given).
    pub saves_per_post: f64,
    /// Interactions per post: the sum of the four.
    pub engagements_per_post: f64,
    /// Engagement rate by followers, percent.
    pub by_followers: f64,
    /// By reach, percent, when reach was given.
    pub by_reach: Option<f64>,
    /// By impressions, percent, when impressions were given.
    pub by_impressions: Option<f64>,
    /// By views, percent, when views were given.
    pub by_views: Option<f64>,
    /// The guide's grade of the rate by followers.
    pub grade: Grade,
    /// The benchmark by followers for the platform and tier.
    pub benchmark: BenchmarkComparison,
    /// The benchmark by views, for platforms with one (TikTok, YouTube).
    pub views_benchmark: Option<BenchmarkComparison>,
    /// Comments per 100 likes; `None` without likes.
    pub comment_to_like: Option<CommentLike>,
    /// Set when the rate is implausibly high for the tier.
    pub suspicion: Option<Suspicion>,
    /// Plain-language notes about the inputs (missing shares and saves, a missing views
    /// figure where the benchmark needs one).
    pub notes: Vec<String>,
    /// Rates by reach, impressions or views left out, each with its reason.
    pub left_out: Vec<LeftOut>,
}

impl EngagementReport {
    /// The grade to show as praise: `None` when the rate is suspicious, since an
    /// implausible rate must not be called excellent.
    #[must_use]
    pub fn display_grade(&self) -> Option<Grade> {
        if self.suspicion.is_some() {
            None
        } else {
            Some(self.grade)
        }
    }

    /// The provenances of every default figure used.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = Vec::new();
        for p in self.classification.provenances() {
            push_unique(&mut v, p);
        }
        push_unique(&mut v, &data::GRADE_PROVENANCE);
        push_unique(&mut v, self.benchmark.benchmark.provenance);
        if let Some(b) = &self.views_benchmark {
            push_unique(&mut v, b.benchmark.provenance);
        }
        if let Some(c) = &self.comment_to_like {
            push_unique(&mut v, &data::COMMENT_LIKE_GUIDE_PROVENANCE);
            push_unique(&mut v, &data::COMMENT_LIKE_FLOOR_PROVENANCE);
            if c.verdict == CommentLikeVerdict::OverLikes {
                push_unique(&mut v, &data::COMMENTS_OVER_LIKES_PROVENANCE);
            }
        }
        push_unique(&mut v, &data::SUSPICION_PROVENANCE);
        v
    }
}

fn count(field: &'static str, v: f64) -> Result<f64, DomainError> {
    let v = err::non_negative(field, v)?;
    err::at_most(field, v, MAX_INTERACTIONS)
}

/// An optional reach, impressions or views figure, or `None` with the reason in `left_out`.
fn denominator(
    field: &'static str,
    rates: &'static str,
    v: Option<f64>,
    left_out: &mut Vec<LeftOut>,
) -> Option<f64> {
    let checked = err::positive(field, v?).and_then(|x| err::at_most(field, x, MAX_INTERACTIONS));
    checked
        .map_err(|error| left_out.push(LeftOut { error, rates }))
        .ok()
}

/// The posts the counts cover: 1 for per-post averages.
fn posts_covered(basis: CountBasis) -> Result<u32, DomainError> {
    match basis {
        CountBasis::PerPost => Ok(1),
        CountBasis::Totals { posts: 0 } => Err(DomainError::TooSmall {
            field: "Number of posts",
            min: 1.0,
        }),
        CountBasis::Totals { posts } => Ok(posts),
    }
}

/// The input's numbers, each checked, as per-post figures.
struct PerPost {
    posts: u32,
    likes: f64,
    comments: f64,
    shares: f64,
    saves: f64,
    reach: Option<f64>,
    impressions: Option<f64>,
    views: Option<f64>,
    left_out: Vec<LeftOut>,
}

impl PerPost {
    /// Checks every number of the input and divides the totals by the posts they cover.
    fn checked(input: &EngagementInput) -> Result<Self, DomainError> {
        tier::check_followers(input.followers)?;
        let likes = count("Likes", input.likes)?;
        let comments = count("Comments", input.comments)?;
        let shares = input.shares.map(|s| count("Shares", s)).transpose()?;
        let saves = input.saves.map(|s| count("Saves", s)).transpose()?;
        let posts = posts_covered(input.basis)?;
        let mut left_out = Vec::new();
        let mut reach = denominator("Reach", "reach", input.reach, &mut left_out);
        let mut impressions = denominator(
            "Impressions",
            "impressions",
            input.impressions,
            &mut left_out,
        );
        let views = denominator("Views", "views", input.views, &mut left_out);
        if matches!((reach, impressions), (Some(r), Some(i)) if i < r) {
            // Either could be the wrong one, so neither rate is shown.
            left_out.push(LeftOut {
                error: DomainError::ImpressionsBelowReach,
                rates: "reach and impressions",
            });
            (reach, impressions) = (None, None);
        }
        let n = f64::from(posts);
        Ok(Self {
            posts,
            likes: likes / n,
            comments: comments / n,
            shares: shares.unwrap_or(0.0) / n,
            saves: saves.unwrap_or(0.0) / n,
            reach: reach.map(|r| r / n),
            impressions: impressions.map(|i| i / n),
            views: views.map(|v| v / n),
            left_out,
        })
    }

    /// Likes, comments, shares and saves per post.
    fn engagements(&self) -> f64 {
        self.likes + self.comments + self.shares + self.saves
    }
}

/// Engagements ÷ a per-post denominator × 100, when the denominator was given; `None`,
/// with the reason in `left_out`, above 100% or when not finite.
fn rate_by(
    engagements: f64,
    per_post: Option<f64>,
    name: &'static str,
    left_out: &mut Vec<LeftOut>,
) -> Option<f64> {
    let r = engagements / per_post? * 100.0;
    let checked = if snap(r) > 100.0 {
        Err(DomainError::EngagementsExceed { denominator: name })
    } else {
        err::result("the engagement rate", r)
    };
    checked
        .map_err(|error| left_out.push(LeftOut { error, rates: name }))
        .ok()
}

/// Set when the rate by followers is above the tier's plausible ceiling.
fn suspicion(platform: Platform, tier: Tier, by_followers: f64) -> Option<Suspicion> {
    let ceiling = data::suspicion_ceiling(platform, tier);
    (as_shown(Kind::Percent, by_followers) > ceiling).then_some(Suspicion {
        rate_percent: by_followers,
        ceiling_percent: ceiling,
        tier,
        provenance: &data::SUSPICION_PROVENANCE,
    })
}

/// Notes on missing inputs: shares and saves counted as 0, views the benchmark needs.
fn notes(input: &EngagementInput, platform: Platform, views_missing: bool) -> Vec<String> {
    let mut notes = Vec::new();
    match (input.shares.is_none(), input.saves.is_none()) {
        (true, true) => notes.push(
            "Shares and saves were not given, so they count as 0; the rate may be understated."
                .to_owned(),
        ),
        (true, false) => notes.push(
            "Shares were not given, so they count as 0; the rate may be understated.".to_owned(),
        ),
        (false, true) => notes.push(
            "Saves were not given, so they count as 0; the rate may be understated.".to_owned(),
        ),
        (false, false) => {}
    }
    if views_missing {
        notes.push(format!(
            "{} benchmarks are usually by views: add average views per post to compare with them.",
            platform.label()
        ));
    }
    notes
}

/// Computes, grades and checks an engagement rate.
///
/// # Errors
/// - [`DomainError::FollowersZero`] / [`DomainError::FollowersTooLarge`] for followers;
/// - [`DomainError::NotANumber`], [`DomainError::Negative`] or [`DomainError::TooLarge`]
///   for a count;
/// - [`DomainError::TooSmall`] when totals cover 0 posts;
/// - [`DomainError::EngagementAbove100`] when the rate by followers exceeds 100%.
///
/// A wrong reach, impressions or views figure (0, fewer than the engagements, impressions
/// fewer than reach) is no error: its rate is left out, and the report says why
/// ([`EngagementReport::left_out`]).
pub fn analyze(
    input: &EngagementInput,
    platform: Platform,
) -> Result<EngagementReport, DomainError> {
    let mut pp = PerPost::checked(input)?;
    let eng = pp.engagements();
    let by_followers = eng / to_f64(input.followers) * 100.0;
    if snap(by_followers) > 100.0 {
        return Err(DomainError::EngagementAbove100 {
            rate_percent: by_followers,
        });
    }
    let by_reach = rate_by(eng, pp.reach, "reach", &mut pp.left_out);
    let by_impressions = rate_by(eng, pp.impressions, "impressions", &mut pp.left_out);
    let by_views = rate_by(eng, pp.views, "views", &mut pp.left_out);
    let classification = tier::classify_with_engagement(platform, input.followers, by_followers)?;
    let t = classification.tier;
    let views_benchmark =
        data::er_views_benchmark(platform, t).map(|b| BenchmarkComparison::of(b, by_views));
    Ok(EngagementReport {
        input: *input,
        platform,
        classification,
        posts: pp.posts,
        likes_per_post: pp.likes,
        comments_per_post: pp.comments,
        shares_per_post: pp.shares,
        saves_per_post: pp.saves,
        engagements_per_post: eng,
        by_followers,
        by_reach,
        by_impressions,
        by_views,
        grade: Grade::from_rate(by_followers),
        benchmark: BenchmarkComparison::of(data::er_benchmark(platform, t), Some(by_followers)),
        notes: notes(
            input,
            platform,
            views_benchmark.is_some() && by_views.is_none(),
        ),
        views_benchmark,
        comment_to_like: CommentLike::of(pp.likes, pp.comments),
        suspicion: suspicion(platform, t, by_followers),
        left_out: pp.left_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::fixed;
    use crate::domain::format::PlainFormatter;

    #[track_caller]
    fn grade(rate: f64, g: Grade) {
        assert_eq!(Grade::from_rate(rate), g, "{rate}");
    }

    #[track_caller]
    fn report(input: &EngagementInput, p: Platform) -> EngagementReport {
        analyze(input, p).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} vs {b}");
    }

    #[test]
    fn labels_follow_the_data() {
        let guide = fixed(data::COMMENT_LIKE_GUIDE_PERCENT, 0);
        let floor = fixed(data::COMMENT_LIKE_FLOOR_PERCENT, 0);
        let f = PlainFormatter;
        assert_eq!(
            CommentLikeVerdict::Healthy.label(&f),
            format!("Healthy ({guide}%+)")
        );
        assert_eq!(
            CommentLikeVerdict::BelowGuide.label(&f),
            format!("Below the guide's {guide}%")
        );
        assert_eq!(
            CommentLikeVerdict::VeryLow.label(&f),
            format!("Very low (under {floor}%)")
        );
        // 100 comments on 1 like: not healthy, however far over the guide's 5% line.
        let c = CommentLike::of(1.0, 100.0).map(|c| c.verdict);
        assert_eq!(c, Some(CommentLikeVerdict::OverLikes));
        assert_eq!(
            CommentLike::of(100.0, 100.0).map(|c| c.verdict),
            Some(CommentLikeVerdict::Healthy)
        );
    }

    #[test]
    fn a_rate_is_graded_and_placed_as_it_reads() {
        let f = PlainFormatter;
        // 1,999 of 20,000 is 9.995% (in binary just under): written and judged alike, 9.99%
        // and below TikTok micro's 10%–20%, never "10%" and below it.
        let r = report(
            &EngagementInput::per_post(20_000, 1_949.0, 50.0),
            Platform::TikTok,
        );
        assert_eq!(f.percent(r.by_followers), "9.99%");
        assert_eq!(r.benchmark.position, Some(Position::Below));
        // More comments than likes names its assumption among the sources.
        let r = report(
            &EngagementInput::per_post(50_000, 10.0, 500.0),
            Platform::Instagram,
        );
        assert!(r
            .provenances()
            .contains(&&data::COMMENTS_OVER_LIKES_PROVENANCE));
        // 1,499 engagements on 50,000 followers are 2.998%, which reads "3%": within the
        // 3%–8% typical of a micro Instagram account, and Average, not below either. 4,002
        // are 8.004%, which reads "8%": within 3%–8% too, not above it.
        for (likes, reads, grade) in [
            (1_449.0, "3%", Grade::Average),
            (3_952.0, "8%", Grade::Excellent),
        ] {
            let r = report(
                &EngagementInput::per_post(50_000, likes, 50.0),
                Platform::Instagram,
            );
            assert_eq!(f.percent(r.by_followers), reads);
            assert_eq!(r.benchmark.position, Some(Position::Within), "{reads}");
            assert_eq!(r.grade, grade, "{reads}");
        }
        // 7.996% reads "8%": Excellent (8%+), not Good.
        grade(7.996, Grade::Excellent);
        grade(1.994, Grade::Poor);
        grade(1.995, Grade::Average);
    }

    #[test]
    fn every_grade_boundary() {
        grade(0.0, Grade::Poor);
        grade(1.99, Grade::Poor);
        grade(1.999_999_9, Grade::Average);
        grade(2.0, Grade::Average);
        grade(3.99, Grade::Average);
        grade(4.0, Grade::Good);
        grade(7.99, Grade::Good);
        grade(8.0, Grade::Excellent);
        grade(8.000_000_000_000_002, Grade::Excellent);
        grade(7.999_999_999_9, Grade::Excellent);
        grade(100.0, Grade::Excellent);
        assert_eq!(Grade::Excellent.guide_range(), "8%+");
        assert_eq!(Grade::Good.guide_range(), "4–8%");
        assert_eq!(Grade::Average.guide_range(), "2–4%");
        assert_eq!(Grade::Poor.guide_range(), "below 2%");
        assert_eq!(Grade::Poor.label(), "Poor");
    }

    #[test]
    fn grade_boundaries_through_division() {
        // 80 of 1,000 = 8%, 40 = 4%, 20 = 2%: computed, not typed.
        for (likes, g) in [
            (80.0, Grade::Excellent),
            (79.0, Grade::Good),
            (40.0, Grade::Good),
            (39.0, Grade::Average),
            (20.0, Grade::Average),
            (19.0, Grade::Poor),
        ] {
            let r = report(
                &EngagementInput::per_post(1_000, likes, 0.0),
                Platform::Instagram,
            );
            assert_eq!(r.grade, g, "{likes}");
        }
        // 0.1 + 0.2 style noise: 7 × 3 posts of 11 likes on 3,300 followers... just check
        // a computed 8% over totals.
        let mut i = EngagementInput::per_post(10_000, 2_100.0, 300.0);
        i.basis = CountBasis::Totals { posts: 3 };
        let r = report(&i, Platform::Instagram);
        close(r.by_followers, 8.0);
        assert_eq!(r.grade, Grade::Excellent);
    }

    #[test]
    fn formula_with_all_four_interactions() {
        let i = EngagementInput {
            shares: Some(20.0),
            saves: Some(30.0),
            ..EngagementInput::per_post(10_000, 400.0, 50.0)
        };
        let r = report(&i, Platform::Instagram);
        close(r.engagements_per_post, 500.0);
        close(r.by_followers, 5.0);
        assert_eq!(r.grade, Grade::Good);
        assert_eq!(r.benchmark.position, Some(Position::Within));
        assert!(r.notes.is_empty());
        assert!(r.suspicion.is_none());
        let c = r.comment_to_like.unwrap_or(CommentLike {
            ratio_percent: 0.0,
            verdict: CommentLikeVerdict::VeryLow,
        });
        close(c.ratio_percent, 12.5);
        assert_eq!(c.verdict, CommentLikeVerdict::Healthy);
        let s = r.steps();
        assert_eq!(
            s[0].render(&PlainFormatter),
            "500 engagements = 400 likes + 50 comments + 20 shares + 30 saves"
        );
        assert_eq!(
            s[1].render(&PlainFormatter),
            "5% = 500 engagements ÷ 10,000 followers"
        );
    }

    #[test]
    fn totals_over_posts() {
        let i = EngagementInput {
            basis: CountBasis::Totals { posts: 10 },
            reach: Some(40_000.0),
            impressions: Some(60_000.0),
            views: Some(50_000.0),
            ..EngagementInput::per_post(20_000, 5_000.0, 500.0)
        };
        let r = report(&i, Platform::TikTok);
        close(r.engagements_per_post, 550.0);
        close(r.by_followers, 2.75);
        close(r.by_reach.unwrap_or(0.0), 13.75);
        close(r.by_impressions.unwrap_or(0.0), 550.0 / 6_000.0 * 100.0);
        close(r.by_views.unwrap_or(0.0), 11.0);
        assert!(r.views_benchmark.is_some());
        assert_eq!(
            r.steps()[0].render(&PlainFormatter),
            "550 engagements = (5,000 likes + 500 comments + 0 shares + 0 saves) ÷ 10 posts"
        );
        assert_eq!(r.steps().len(), 6);
    }

    #[test]
    fn comment_to_like_line() {
        let cases = [
            (1_000.0, 50.0, CommentLikeVerdict::Healthy),
            (1_000.0, 49.0, CommentLikeVerdict::BelowGuide),
            (1_000.0, 20.0, CommentLikeVerdict::BelowGuide),
            (1_000.0, 19.0, CommentLikeVerdict::VeryLow),
        ];
        for (likes, comments, v) in cases {
            assert_eq!(CommentLike::of(likes, comments).map(|c| c.verdict), Some(v));
        }
        assert_eq!(CommentLike::of(0.0, 5.0), None);
    }

    #[test]
    fn implausible_rate_is_flagged_not_praised() {
        // 20% on a 50K Instagram account: twice the 8% top.
        let r = report(
            &EngagementInput::per_post(50_000, 10_000.0, 500.0),
            Platform::Instagram,
        );
        assert_eq!(r.grade, Grade::Excellent);
        assert_eq!(r.display_grade(), None);
        let h = r.headline(&PlainFormatter);
        assert!(!h.contains("Excellent"), "{h}");
        let warning = r.suspicion.map(|s| s.sentence(&PlainFormatter));
        assert!(warning.is_some_and(|w| w.contains("implausibly high")));
        // 12% on a micro account is excellent, not suspicious.
        let ok = report(
            &EngagementInput::per_post(50_000, 5_500.0, 500.0),
            Platform::Instagram,
        );
        assert_eq!(ok.display_grade(), Some(Grade::Excellent));
        assert_eq!(ok.benchmark.position, Some(Position::Above));
        // The same 20% is normal for TikTok micro.
        let tt = report(
            &EngagementInput::per_post(50_000, 10_000.0, 500.0),
            Platform::TikTok,
        );
        assert!(tt.suspicion.is_none());
    }

    #[test]
    fn niche_macro_acts_as_micro() {
        let r = report(
            &EngagementInput::per_post(500_000, 42_000.0, 3_000.0),
            Platform::Instagram,
        );
        assert_eq!(r.classification.tier, Tier::Macro);
        assert!(r.classification.acts_as_micro());
        assert!(r.suspicion.is_none());
    }

    #[test]
    fn impossible_inputs_are_errors() {
        let p = Platform::Instagram;
        let e = analyze(&EngagementInput::per_post(1_000, 1_200.0, 0.0), p);
        assert!(matches!(e, Err(DomainError::EngagementAbove100 { .. })));
        assert!(e
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
            .contains("check that likes are per post, not totals"));
        let views = EngagementInput {
            views: Some(100.0),
            ..EngagementInput::per_post(10_000, 150.0, 0.0)
        };
        let views = report(&views, p);
        assert_eq!(views.by_views, None);
        assert_eq!(
            views.left_out,
            [LeftOut {
                error: DomainError::EngagementsExceed {
                    denominator: "views"
                },
                rates: "views"
            }]
        );
        let swapped = EngagementInput {
            reach: Some(5_000.0),
            impressions: Some(4_000.0),
            ..EngagementInput::per_post(10_000, 150.0, 0.0)
        };
        let swapped = report(&swapped, p);
        assert_eq!((swapped.by_reach, swapped.by_impressions), (None, None));
        assert_eq!(
            swapped.left_out[0].sentence(&PlainFormatter),
            "Impressions cannot be fewer than reach, since everyone reached saw the post at least once: check that the two are not swapped. The rates by reach and impressions are left out."
        );
        assert_eq!(
            analyze(&EngagementInput::per_post(0, 1.0, 0.0), p),
            Err(DomainError::FollowersZero)
        );
        assert!(analyze(&EngagementInput::per_post(10, -1.0, 0.0), p).is_err());
        assert!(analyze(&EngagementInput::per_post(10, f64::NAN, 0.0), p).is_err());
        let zero_posts = EngagementInput {
            basis: CountBasis::Totals { posts: 0 },
            ..EngagementInput::per_post(10, 1.0, 0.0)
        };
        assert!(matches!(
            analyze(&zero_posts, p),
            Err(DomainError::TooSmall { .. })
        ));
        let zero_reach = EngagementInput {
            reach: Some(0.0),
            ..EngagementInput::per_post(10, 1.0, 0.0)
        };
        let zero_reach = report(&zero_reach, p);
        assert_eq!(zero_reach.by_reach, None);
        assert_eq!(
            zero_reach.left_out[0].sentence(&PlainFormatter),
            "Reach must be more than zero. The rate by reach is left out."
        );
    }

    #[test]
    fn a_wrong_optional_figure_leaves_out_its_rate_and_keeps_the_others() {
        // ?v=2&calc=engagement&er.reach=0 showed only "Reach must be more than zero."
        let input = EngagementInput {
            reach: Some(0.0),
            impressions: Some(8_000.0),
            views: Some(1e13),
            ..EngagementInput::per_post(25_000, 1_000.0, 50.0)
        };
        let r = report(&input, Platform::Instagram);
        close(r.by_followers, 4.2);
        close(r.by_impressions.unwrap_or(0.0), 13.125);
        assert_eq!((r.by_reach, r.by_views), (None, None));
        let said: Vec<String> = r
            .left_out
            .iter()
            .map(|l| l.sentence(&PlainFormatter))
            .collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(
            said[0].starts_with("Reach must be more than zero."),
            "{said:?}"
        );
        assert!(
            said[1].ends_with("The rate by views is left out."),
            "{said:?}"
        );
        let none = report(
            &EngagementInput::per_post(25_000, 1_000.0, 50.0),
            Platform::Instagram,
        );
        assert!(none.left_out.is_empty());
    }

    #[test]
    fn notes_and_headline() {
        let r = report(
            &EngagementInput::per_post(50_000, 2_500.0, 250.0),
            Platform::YouTube,
        );
        assert_eq!(r.notes.len(), 2, "{:?}", r.notes);
        assert!(r.notes[1].contains("add average views"));
        let vb = r.views_benchmark.map(|b| b.position);
        assert_eq!(vb, Some(None));
        let ig = report(
            &EngagementInput::per_post(50_000, 2_500.0, 250.0),
            Platform::Instagram,
        );
        assert_eq!(
            ig.headline(&PlainFormatter),
            "5.5% engagement by followers: within the 3%–8% typical for a micro Instagram account. The guide's general scale, written for every platform, would call it Good."
        );
        assert!(ig.provenances().len() >= 4);
    }
}
