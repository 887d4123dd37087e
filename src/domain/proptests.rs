//! Property tests: no input panics, every output is finite, and the obvious monotonic
//! relations hold. 256 cases per property by default; `PROPTEST_CASES` overrides it.
//!
//! Each calculator has two properties: arbitrary inputs (mostly invalid) never panic, and
//! valid inputs, generated as such, always compute with finite outputs. The share of
//! arbitrary inputs that are valid is printed by `valid_shares_are_reported`.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{TestCaseError, TestRunner};

use super::authenticity::{self, AuthenticityInput};
use super::budget::{self, BudgetInput};
use super::engagement::{self, CountBasis, EngagementInput};
use super::explain::Step;
use super::format::{NumberFormatter, PlainFormatter};
use super::range::Range;
use super::rates::{self, RateInput};
use super::roi::{self, Scenario};
use super::tier::{self, MAX_AUDIENCE};
use super::vocab::Deliverable;
use super::vocab::Platform;

fn platform() -> impl Strategy<Value = Platform> {
    prop::sample::select(Platform::ALL.to_vec())
}

fn deliverable() -> impl Strategy<Value = Deliverable> {
    prop::sample::select(Deliverable::ALL.to_vec())
}

/// Followers: mostly valid, sometimes 0 or above the limit.
fn followers() -> impl Strategy<Value = u64> {
    prop_oneof![
        8 => 1..=MAX_AUDIENCE,
        1 => 1_u64..100_000,
        1 => Just(0_u64),
        1 => (MAX_AUDIENCE + 1)..=u64::MAX,
    ]
}

/// Any float, with plenty of ordinary values and the special ones.
fn num() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0..1e6_f64,
        2 => 0.0..100.0_f64,
        1 => any::<f64>(),
        1 => prop::sample::select(vec![
            0.0, -0.0, -1.0, 1e300, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE,
        ]),
    ]
}

fn range() -> impl Strategy<Value = Range> {
    prop_oneof![
        4 => (0.0..1e6_f64, 0.0..1e3_f64).prop_map(|(a, w)| Range::new(a, a + w)),
        2 => (0.01..100.0_f64, 0.0..50.0_f64).prop_map(|(a, w)| Range::new(a, (a + w).min(100.0))),
        1 => (num(), num()).prop_map(|(a, b)| Range::new(a, b)),
    ]
}

fn steps_finite(steps: &[Step]) -> bool {
    steps.iter().all(Step::is_finite)
}

fn rate_input() -> impl Strategy<Value = RateInput> {
    (
        deliverable(),
        followers(),
        num(),
        0_u32..40,
        0_u32..20,
        any::<bool>(),
        any::<bool>(),
        prop_oneof![4 => 1_u32..10, 1 => any::<u32>()],
        any::<bool>(),
    )
        .prop_map(|(d, f, er, u, x, w, r, b, ret)| RateInput {
            deliverable: d,
            followers: f,
            engagement_rate_percent: er,
            usage_rights_months: u,
            exclusivity_months: x,
            whitelisting: w,
            rush: r,
            bundle_posts: b,
            retainer: ret,
            ..RateInput::single(d, f, er)
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        range(),
        range(),
        range(),
        range(),
        range(),
        prop::option::of(range()),
    )
        .prop_map(|(c, cost, reach, er, cr, aov)| Scenario {
            name: "s".to_owned(),
            creators: c,
            cost_per_creator: cost,
            reach,
            engagement_rate_percent: er,
            conversion_rate_percent: cr,
            average_order_value: aov,
        })
}

/// A scenario that always validates.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    (
        1.0..1e3_f64,
        1.0..1e5_f64,
        1.0..1e8_f64,
        0.01..100.0_f64,
        0.01..100.0_f64,
        0.0..1.0_f64,
    )
        .prop_map(|(c, cost, reach, er, cr, w)| Scenario {
            name: "v".to_owned(),
            creators: Range::new(c, c * (1.0 + w)),
            cost_per_creator: Range::new(cost, cost * (1.0 + w)),
            reach: Range::new(reach, reach * (1.0 + w)),
            engagement_rate_percent: Range::new(er * (1.0 - w / 2.0), er),
            conversion_rate_percent: Range::new(cr * (1.0 - w / 2.0), cr),
            average_order_value: Some(Range::new(10.0, 10.0 + 100.0 * w)),
        })
}

fn range_finite(r: Range) -> bool {
    r.is_finite() && r.low <= r.high
}

/// Engagement inputs that always validate: interactions at most the followers, and
/// denominators at least the interactions.
fn valid_engagement_input() -> impl Strategy<Value = EngagementInput> {
    (
        1_u64..100_000_000,
        (0.0..=1.0_f64, 0.0..=1.0_f64, 0.0..=1.0_f64, 0.0..=1.0_f64),
        any::<bool>(),
        prop::option::of(1_u32..50),
        (
            prop::option::of(1.0..10.0_f64),
            prop::option::of(1.0..10.0_f64),
        ),
        prop::option::of(1.0..10.0_f64),
    )
        .prop_map(
            |(f, (rate, l, c, s), with_saves, posts, (reach, more), views)| {
                let n = f64::from(posts.unwrap_or(1));
                // Engagements per post: a share `rate` of the followers, split four ways.
                let per_post = rate * f as f64;
                let total = per_post * n;
                let parts = l + c + s + 0.1;
                let reach = reach.map(|k| (total * k).max(1.0));
                EngagementInput {
                    followers: f,
                    likes: total * l / parts,
                    comments: total * c / parts,
                    shares: Some(total * s / parts),
                    saves: with_saves.then_some(total * 0.1 / parts),
                    basis: posts.map_or(CountBasis::PerPost, |posts| CountBasis::Totals { posts }),
                    reach,
                    impressions: reach.zip(more).map(|(r, k)| r * k),
                    views: views.map(|k| (total * k).max(1.0)),
                }
            },
        )
}

/// Rate inputs that always validate.
fn valid_rate_input() -> impl Strategy<Value = RateInput> {
    (rate_input(), 1..=MAX_AUDIENCE, 0.0..=100.0_f64, 1_u32..=100).prop_map(
        |(i, followers, er, posts)| RateInput {
            followers,
            engagement_rate_percent: er,
            bundle_posts: posts,
            ..i
        },
    )
}

/// Budget inputs that always validate.
fn valid_budget_input() -> impl Strategy<Value = BudgetInput> {
    (
        0.01..1e9_f64,
        (0.0..=100.0_f64, 0.0..=100.0_f64, 0.0..=100.0_f64),
        0.0..=100.0_f64,
        deliverable(),
    )
        .prop_map(|(total, (n, m, x), cr, d)| BudgetInput {
            total,
            nano_share_percent: n,
            micro_share_percent: m,
            macro_share_percent: x,
            deliverable: d,
            conversion_rate_percent: cr,
            usd_rate: 1.0,
        })
}

/// Authenticity inputs that always validate: likes and comments at most half the
/// followers each, and a sample with no more fakes than were checked.
fn valid_authenticity_input() -> impl Strategy<Value = AuthenticityInput> {
    (
        platform(),
        1_u64..100_000_000,
        prop::collection::vec(1_u64..10_000_000, 0..14),
        (
            prop::option::of(0.0..=0.5_f64),
            prop::option::of(0.0..=0.5_f64),
        ),
        prop::option::of((1_u32..500, 0.0..=1.0_f64)),
    )
        .prop_map(
            |(p, f, months, (likes, comments), sample)| AuthenticityInput {
                platform: p,
                followers: f,
                monthly_follower_counts: months,
                avg_likes: likes.map(|k| k * f as f64),
                avg_comments: comments.map(|k| k * f as f64),
                sample_size: sample.map(|(n, _)| n),
                // Truncation is intended: a whole number of fakes from 0 to n.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                sample_fake: sample.map(|(n, k)| (f64::from(n) * k) as u32),
                comments_read: None,
                comments_generic: None,
            },
        )
}

fn check_engagement(r: &engagement::EngagementReport) -> Result<(), TestCaseError> {
    prop_assert!(r.by_followers.is_finite() && (0.0..=100.000_001).contains(&r.by_followers));
    for x in [r.by_reach, r.by_impressions, r.by_views]
        .into_iter()
        .flatten()
    {
        prop_assert!(x.is_finite() && (0.0..=100.000_001).contains(&x));
    }
    // A figure given whose rate is missing is left out with a reason, and only then.
    let given = [r.input.reach, r.input.impressions, r.input.views];
    let shown = [r.by_reach, r.by_impressions, r.by_views];
    let missing = given
        .iter()
        .zip(shown)
        .filter(|(g, s)| g.is_some() && s.is_none())
        .count();
    prop_assert_eq!(missing > 0, !r.left_out.is_empty(), "{:?}", r.left_out);
    prop_assert!(r.engagements_per_post.is_finite());
    if let Some(c) = r.comment_to_like {
        prop_assert!(c.ratio_percent.is_finite());
    }
    prop_assert!(steps_finite(&r.steps()));
    prop_assert!(!r.headline(&PlainFormatter).is_empty());
    prop_assert!(!r.provenances().is_empty());
    Ok(())
}

fn check_rates(e: &rates::RateEstimate) -> Result<(), TestCaseError> {
    for b in [e.per_post, e.single_post, e.package] {
        prop_assert!(b.is_finite());
        prop_assert!(b.low <= b.typical && b.typical <= b.high);
        prop_assert!(b.low >= 5.0);
    }
    prop_assert!(e.base.is_finite() && e.base > 0.0);
    prop_assert!(e
        .breakdown
        .iter()
        .all(|m| m.low.is_finite() && m.factor.is_finite() && m.high.is_finite()));
    prop_assert!(steps_finite(&e.steps()));
    prop_assert!(!e.headline(&PlainFormatter).is_empty());
    Ok(())
}

fn check_roi(r: &roi::ScenarioResult) -> Result<(), TestCaseError> {
    for x in [
        r.total_cost,
        r.reach,
        r.reach_per_creator,
        r.engaged,
        r.conversions,
        r.conversions_per_creator,
        r.cost_per_conversion,
        r.cost_per_engagement,
        r.cost_per_thousand_reached,
    ] {
        prop_assert!(range_finite(x), "{x:?}");
    }
    for x in [r.revenue, r.return_on_spend, r.profit]
        .into_iter()
        .flatten()
    {
        prop_assert!(range_finite(x), "{x:?}");
    }
    prop_assert!(steps_finite(&r.steps()));
    Ok(())
}

fn check_budget(p: &budget::BudgetPlan) -> Result<(), TestCaseError> {
    for t in &p.tiers {
        prop_assert!(t.amount.is_finite() && t.spent <= t.amount * (1.0 + 1e-12) + 1e-9);
        prop_assert!(t.reach.is_finite() && t.engagements.is_finite() && t.conversions.is_finite());
    }
    prop_assert!(p.unspent.is_finite());
    prop_assert!(steps_finite(&p.steps()));
    let _ = p.warnings(&PlainFormatter);
    Ok(())
}

fn check_authenticity(r: &authenticity::AuthenticityReport) -> Result<(), TestCaseError> {
    prop_assert!(r.risk_score <= 100);
    let sum: u32 = r.reasons.iter().map(|x| u32::from(x.points)).sum();
    prop_assert_eq!(u32::from(r.risk_score), sum.min(100));
    prop_assert!(r.growth.iter().all(|g| g.percent.is_finite()));
    if let Some(s) = r.fake_sample {
        prop_assert!((0.0..=100.0).contains(&s.inflation_percent));
        prop_assert!(s.share_interval_percent.contains(s.share_percent));
    }
    prop_assert!(steps_finite(&r.steps()));
    prop_assert!(r
        .reasons
        .iter()
        .all(|x| !x.sentence(&PlainFormatter).is_empty()));
    Ok(())
}

fn arbitrary_engagement() -> impl Strategy<Value = (EngagementInput, Platform)> {
    (
        (platform(), followers(), num(), num()),
        (prop::option::of(num()), prop::option::of(num())),
        prop::option::of(0_u32..50),
        (
            prop::option::of(num()),
            prop::option::of(num()),
            prop::option::of(num()),
        ),
    )
        .prop_map(
            |((p, f, likes, comments), (shares, saves), posts, (reach, impressions, views))| {
                let input = EngagementInput {
                    followers: f,
                    likes,
                    comments,
                    shares,
                    saves,
                    basis: posts.map_or(CountBasis::PerPost, |posts| CountBasis::Totals { posts }),
                    reach,
                    impressions,
                    views,
                };
                (input, p)
            },
        )
}

fn arbitrary_budget() -> impl Strategy<Value = BudgetInput> {
    (num(), num(), num(), num(), num(), deliverable()).prop_map(|(total, n, m, x, cr, d)| {
        BudgetInput {
            total,
            nano_share_percent: n,
            micro_share_percent: m,
            macro_share_percent: x,
            deliverable: d,
            conversion_rate_percent: cr,
            usd_rate: 1.0,
        }
    })
}

fn arbitrary_authenticity() -> impl Strategy<Value = AuthenticityInput> {
    (
        (platform(), followers()),
        prop::collection::vec(
            prop_oneof![9 => 1_u64..10_000_000, 1 => any::<u64>()],
            0..14,
        ),
        (prop::option::of(num()), prop::option::of(num())),
        (prop::option::of(0_u32..500), prop::option::of(0_u32..500)),
    )
        .prop_map(
            |((p, f), months, (likes, comments), (sample, fake))| AuthenticityInput {
                platform: p,
                followers: f,
                monthly_follower_counts: months,
                avg_likes: likes,
                avg_comments: comments,
                sample_size: sample,
                sample_fake: fake,
                comments_read: None,
                comments_generic: None,
            },
        )
}

/// The share of `cases` values drawn from `strategy` for which `valid` holds.
fn share<T: std::fmt::Debug>(
    strategy: impl Strategy<Value = T>,
    valid: impl Fn(&T) -> bool,
) -> f64 {
    let cases = 2_000_u32;
    let mut runner = TestRunner::deterministic();
    let mut hits = 0_u32;
    for _ in 0..cases {
        if let Ok(tree) = strategy.new_tree(&mut runner) {
            if valid(&tree.current()) {
                hits += 1;
            }
        }
    }
    f64::from(hits) / f64::from(cases)
}

/// How many arbitrary inputs each calculator accepts (printed with `--nocapture`); the
/// generators of valid inputs must give valid inputs only.
#[test]
fn valid_shares_are_reported() {
    let arbitrary = [
        (
            "engagement",
            share(arbitrary_engagement(), |(i, p)| {
                engagement::analyze(i, *p).is_ok()
            }),
        ),
        ("rates", share(rate_input(), |i| rates::estimate(i).is_ok())),
        ("roi", share(scenario(), |s| roi::evaluate(s).is_ok())),
        (
            "budget",
            share(arbitrary_budget(), |i| budget::plan(i).is_ok()),
        ),
        (
            "authenticity",
            share(arbitrary_authenticity(), |i| {
                authenticity::assess(i).is_ok()
            }),
        ),
    ];
    for (name, valid) in arbitrary {
        eprintln!(
            "{name}: {:.1}% of arbitrary inputs are valid",
            valid * 100.0
        );
    }
    let generated = [
        (
            "engagement",
            share(valid_engagement_input(), |i| {
                engagement::analyze(i, Platform::Instagram).is_ok()
            }),
        ),
        (
            "rates",
            share(valid_rate_input(), |i| rates::estimate(i).is_ok()),
        ),
        ("roi", share(valid_scenario(), |s| roi::evaluate(s).is_ok())),
        (
            "budget",
            share(valid_budget_input(), |i| budget::plan(i).is_ok()),
        ),
        (
            "authenticity",
            share(valid_authenticity_input(), |i| {
                authenticity::assess(i).is_ok()
            }),
        ),
    ];
    for (name, valid) in generated {
        assert!(
            (valid - 1.0).abs() < f64::EPSILON,
            "{name}: only {:.1}% of generated valid inputs are valid",
            valid * 100.0
        );
    }
}

proptest! {
    #[test]
    fn classify_never_panics_and_is_monotonic(p in platform(), a in followers(), b in followers()) {
        let ra = tier::classify(p, a);
        prop_assert_eq!(ra.is_ok(), (1..=MAX_AUDIENCE).contains(&a));
        if let (Ok(x), Ok(y)) = (ra, tier::classify(p, b)) {
            for c in [x, y] {
                prop_assert!((0.0..=1.0).contains(&c.ladder_position));
                if let Some(pos) = c.position {
                    prop_assert!((0.0..=1.0).contains(&pos));
                }
                prop_assert!(c.band.contains(c.followers));
            }
            // More followers never lowers the tier or the ladder position.
            if a <= b {
                prop_assert!(x.tier <= y.tier);
                prop_assert!(x.ladder_position <= y.ladder_position);
            } else {
                prop_assert!(x.tier >= y.tier);
                prop_assert!(x.ladder_position >= y.ladder_position);
            }
        }
    }

    #[test]
    fn classify_with_engagement_never_panics(p in platform(), f in followers(), er in num()) {
        if let Ok(c) = tier::classify_with_engagement(p, f, er) {
            // Acting as micro is only ever a step down, and any rate given is answered.
            prop_assert!(!c.acts_as_micro() || c.tier > crate::domain::vocab::Tier::Micro);
            prop_assert!(c.niche_sentence(&PlainFormatter).is_some());
            prop_assert!(!c.summary(&PlainFormatter).is_empty());
        }
    }

    #[test]
    fn engagement_never_panics((input, p) in arbitrary_engagement()) {
        if let Ok(r) = engagement::analyze(&input, p) {
            check_engagement(&r)?;
        }
    }

    #[test]
    fn engagement_outputs_are_finite(input in valid_engagement_input(), p in platform()) {
        let r = engagement::analyze(&input, p);
        prop_assert!(r.is_ok(), "{r:?}");
        if let Ok(r) = r {
            check_engagement(&r)?;
        }
    }

    #[test]
    fn engagement_grade_is_monotonic(a in 0.0..200.0_f64, b in 0.0..200.0_f64) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(engagement::Grade::from_rate(lo) <= engagement::Grade::from_rate(hi));
    }

    #[test]
    fn rates_never_panic(i in rate_input()) {
        if let Ok(e) = rates::estimate(&i) {
            check_rates(&e)?;
        }
    }

    #[test]
    fn rates_are_finite_and_ordered(i in valid_rate_input()) {
        let e = rates::estimate(&i);
        prop_assert!(e.is_ok(), "{e:?}");
        if let Ok(e) = e {
            check_rates(&e)?;
        }
    }

    #[test]
    fn rates_never_fall_with_more_followers_or_engagement(
        i in rate_input(), a in 1..=MAX_AUDIENCE, b in 1..=MAX_AUDIENCE,
        er1 in 0.0..100.0_f64, er2 in 0.0..100.0_f64,
    ) {
        let i = RateInput { bundle_posts: i.bundle_posts.clamp(1, 100), engagement_rate_percent: er1, ..i };
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        let x = rates::estimate(&RateInput { followers: small, ..i });
        let y = rates::estimate(&RateInput { followers: large, ..i });
        prop_assert!(x.is_ok() && y.is_ok());
        if let (Ok(x), Ok(y)) = (x, y) {
            prop_assert!(x.typical <= y.typical, "{} > {}", x.typical, y.typical);
            prop_assert!(x.base <= y.base * (1.0 + 1e-12));
        }
        let (e_lo, e_hi) = if er1 <= er2 { (er1, er2) } else { (er2, er1) };
        let x = rates::estimate(&RateInput { engagement_rate_percent: e_lo, ..i });
        let y = rates::estimate(&RateInput { engagement_rate_percent: e_hi, ..i });
        if let (Ok(x), Ok(y)) = (x, y) {
            prop_assert!(x.typical <= y.typical);
        }
    }

    #[test]
    fn roi_never_panics(s in scenario()) {
        if let Ok(r) = roi::evaluate(&s) {
            check_roi(&r)?;
        }
    }

    #[test]
    fn roi_outputs_are_finite(s in valid_scenario()) {
        let r = roi::evaluate(&s);
        prop_assert!(r.is_ok(), "{r:?}");
        if let Ok(r) = r {
            check_roi(&r)?;
        }
    }

    #[test]
    fn roi_comparison_never_panics(v in prop::collection::vec(scenario(), 0..5)) {
        let c = roi::compare(&v);
        prop_assert_eq!(c.results.len(), v.len());
        for e in c.vs_first.iter().chain(&c.vs_best) {
            prop_assert!(range_finite(e.multiple));
            let _ = c.efficiency_sentence(e, &PlainFormatter);
        }
        for b in &c.break_evens {
            prop_assert!(range_finite(b.conversion_rate_percent));
            prop_assert!(range_finite(b.creators_to_match_conversions));
            prop_assert!(range_finite(b.cost_to_match_conversions));
            let _ = c.break_even_sentence(b, &PlainFormatter);
        }
    }

    #[test]
    fn higher_price_never_lowers_cost_per_conversion(s in valid_scenario(), k in 1.0..10.0_f64) {
        let a = roi::evaluate(&s);
        let dearer = Scenario { cost_per_creator: s.cost_per_creator.scale(k), ..s.clone() };
        let b = roi::evaluate(&dearer);
        prop_assert!(a.is_ok() && b.is_ok());
        if let (Ok(a), Ok(b)) = (a, b) {
            prop_assert!(a.cost_per_conversion.low <= b.cost_per_conversion.low);
            prop_assert!(a.cost_per_conversion.high <= b.cost_per_conversion.high);
            prop_assert!(a.cost_per_engagement.high <= b.cost_per_engagement.high);
        }
        // A better conversion rate never raises the cost per conversion.
        let better = Scenario {
            conversion_rate_percent: s.conversion_rate_percent.map_increasing(|x| (x * k).min(100.0)),
            ..s.clone()
        };
        if let (Ok(a), Ok(b)) = (roi::evaluate(&s), roi::evaluate(&better)) {
            prop_assert!(b.cost_per_conversion.high <= a.cost_per_conversion.high * (1.0 + 1e-12));
        }
    }

    #[test]
    fn budget_never_panics(i in arbitrary_budget()) {
        if let Ok(p) = budget::plan(&i) {
            check_budget(&p)?;
        }
    }

    #[test]
    fn budget_outputs_are_finite(i in valid_budget_input()) {
        let p = budget::plan(&i);
        prop_assert!(p.is_ok(), "{p:?}");
        if let Ok(p) = p {
            check_budget(&p)?;
        }
    }

    #[test]
    fn bigger_budget_never_buys_fewer_creators(a in 1.0..1e9_f64, b in 1.0..1e9_f64) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        if let (Ok(x), Ok(y)) = (budget::plan(&budget::guide_default(lo)), budget::plan(&budget::guide_default(hi))) {
            for (s, l) in x.tiers.iter().zip(&y.tiers) {
                prop_assert!(s.creators <= l.creators);
            }
            prop_assert!(x.conversions <= y.conversions * (1.0 + 1e-12));
        }
    }

    #[test]
    fn authenticity_never_panics(i in arbitrary_authenticity()) {
        if let Ok(r) = authenticity::assess(&i) {
            check_authenticity(&r)?;
        }
    }

    #[test]
    fn authenticity_score_is_bounded_and_explained(i in valid_authenticity_input()) {
        let r = authenticity::assess(&i);
        prop_assert!(r.is_ok(), "{r:?}");
        if let Ok(r) = r {
            check_authenticity(&r)?;
        }
    }

    #[test]
    fn interval_arithmetic_contains_point_results(
        a in -1e6..1e6_f64, wa in 0.0..1e3_f64, b in -1e6..1e6_f64, wb in 0.0..1e3_f64,
        ta in 0.0..=1.0_f64, tb in 0.0..=1.0_f64,
    ) {
        let ra = Range::new(a, a + wa);
        let rb = Range::new(b, b + wb);
        let x = a + wa * ta;
        let y = b + wb * tb;
        let tol = 1e-6;
        let prod = ra * rb;
        prop_assert!(prod.low - tol * prod.low.abs().max(1.0) <= x * y && x * y <= prod.high + tol * prod.high.abs().max(1.0));
        let sum = ra + rb;
        prop_assert!(sum.low - tol <= x + y && x + y <= sum.high + tol);
        if let Some(q) = ra.checked_div(rb) {
            let v = x / y;
            prop_assert!(q.low - tol * q.low.abs().max(1.0) <= v && v <= q.high + tol * q.high.abs().max(1.0));
        }
    }

    #[test]
    fn plain_formatter_never_panics(v in any::<f64>()) {
        let f = PlainFormatter;
        prop_assert!(!f.money(v).is_empty());
        prop_assert!(!f.count(v).is_empty());
        prop_assert!(!f.percent(v).is_empty());
        prop_assert!(!f.ratio(v).is_empty());
    }
}
