//! Influencer tiers by platform: below nano, nano, micro, macro, mega.
//!
//! The bounds come from [`data::tier_thresholds`]; each band carries its provenance. Every
//! band includes its lower bound and excludes its upper bound, so 10,000 followers on
//! Instagram is micro and 9,999 is nano.
//!
//! The guide's nuance is modelled by [`classify_with_engagement`]: an account above the
//! micro ceiling whose engagement rate is 8% or more "can act as a micro influencer", and the
//! classification says so.

use super::data;
use super::error::DomainError;
use super::explain::{Quantity, Step};
use super::format::NumberFormatter;
use super::num::to_f64;
use super::source::Provenance;
use super::vocab::{Platform, Tier};

/// The largest follower count accepted: 5,000,000,000.
///
/// The biggest accounts on any platform had well under a billion followers in 2025, so five
/// billion leaves room for growth while still catching typos such as an extra digit or a
/// total pasted into the follower field.
pub const MAX_AUDIENCE: u64 = 5_000_000_000;

/// One band of a platform's ladder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierBand {
    /// The tier.
    pub tier: Tier,
    /// The smallest follower count in the band (inclusive).
    pub min: u64,
    /// The first follower count above the band (exclusive); `None` for the open-ended top.
    pub max: Option<u64>,
    /// Where the bounds come from.
    pub provenance: &'static Provenance,
}

impl TierBand {
    /// True when `followers` lies in the band.
    #[must_use]
    pub fn contains(&self, followers: u64) -> bool {
        followers >= self.min && self.max.is_none_or(|m| followers < m)
    }

    /// The band as text: "10,000–100,000" or "1,000,000+" (the upper figure is the
    /// exclusive bound, as the guide writes it).
    #[must_use]
    pub fn describe(&self, f: &dyn NumberFormatter) -> String {
        match self.max {
            Some(m) => format!("{}–{}", f.count(to_f64(self.min)), f.count(to_f64(m))),
            None => format!("{}+", f.count(to_f64(self.min))),
        }
    }
}

/// The five bands of a platform, smallest first.
#[must_use]
pub fn ladder(platform: Platform) -> [TierBand; 5] {
    let t = data::tier_thresholds(platform);
    let [p0, p1, p2, p3, p4] = t.provenance;
    [
        TierBand {
            tier: Tier::BelowNano,
            min: 1,
            max: Some(t.nano_floor),
            provenance: p0,
        },
        TierBand {
            tier: Tier::Nano,
            min: t.nano_floor,
            max: Some(t.micro_floor),
            provenance: p1,
        },
        TierBand {
            tier: Tier::Micro,
            min: t.micro_floor,
            max: Some(t.macro_floor),
            provenance: p2,
        },
        TierBand {
            tier: Tier::Macro,
            min: t.macro_floor,
            max: Some(t.mega_floor),
            provenance: p3,
        },
        TierBand {
            tier: Tier::Mega,
            min: t.mega_floor,
            max: None,
            provenance: p4,
        },
    ]
}

/// The follower count at the right end of the ladder scale: ten times the mega floor.
#[must_use]
pub fn ladder_top(platform: Platform) -> u64 {
    data::tier_thresholds(platform)
        .mega_floor
        .saturating_mul(10)
}

/// Where a follower count sits on the ladder, 0.0 to 1.0, on a log scale from 1 follower
/// to [`ladder_top`]; counts above the top are placed at 1.0.
///
/// The UI can place the band boundaries with `ladder_scale(platform, band.min as f64)`.
#[must_use]
pub fn ladder_scale(platform: Platform, followers: f64) -> f64 {
    if !followers.is_finite() || followers <= 1.0 {
        return 0.0;
    }
    let top = to_f64(ladder_top(platform)).ln();
    (followers.ln() / top).clamp(0.0, 1.0)
}

/// What a given engagement rate changes, by the guide's rule: an account with 8%+ engagement
/// and a focused niche can act as a micro influencer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NicheVerdict {
    /// Above the micro range and at the mark: it can act as a micro influencer.
    ActsAsMicro,
    /// Below the micro range and at the mark: it engages like a micro influencer, though
    /// its reach stays its own tier's (the guide states the rule for larger accounts).
    EngagesLikeMicro,
    /// Under the mark, or micro already: the tier is by followers alone.
    ByFollowers,
}

/// What the engagement rate given with a follower count says, by the guide's rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NicheNote {
    /// What the rate changes.
    pub verdict: NicheVerdict,
    /// The engagement rate given, in percent.
    pub engagement_rate_percent: f64,
    /// The threshold, in percent (8).
    pub threshold_percent: f64,
    /// The guide's statement.
    pub provenance: &'static Provenance,
}

/// The result of classifying a follower count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Classification {
    /// The platform.
    pub platform: Platform,
    /// The follower count classified.
    pub followers: u64,
    /// The tier by follower count.
    pub tier: Tier,
    /// The band the count falls in.
    pub band: TierBand,
    /// 0.0 to 1.0 within the band on a log scale; `None` for the open-ended top band.
    pub position: Option<f64>,
    /// 0.0 to 1.0 across the whole ladder; see [`ladder_scale`].
    pub ladder_position: f64,
    /// What the engagement rate changes, when one is given (only from
    /// [`classify_with_engagement`]).
    pub niche: Option<NicheNote>,
}

impl Classification {
    /// True when the guide's nuance applies.
    #[must_use]
    pub fn acts_as_micro(&self) -> bool {
        self.niche
            .is_some_and(|n| n.verdict == NicheVerdict::ActsAsMicro)
    }

    /// One sentence: "50,000 followers is Micro on Instagram (10,000–100,000)."
    #[must_use]
    pub fn summary(&self, f: &dyn NumberFormatter) -> String {
        format!(
            "{} {} is {} on {} ({}).",
            f.count(to_f64(self.followers)),
            self.platform.audience_noun(),
            self.tier.label(),
            self.platform.label(),
            self.band.describe(f)
        )
    }

    /// What the engagement rate changes, as a sentence, when one is given.
    #[must_use]
    pub fn niche_sentence(&self, f: &dyn NumberFormatter) -> Option<String> {
        self.niche.map(|n| {
            let tier = self.tier.label().to_ascii_lowercase();
            let er = f.percent(n.engagement_rate_percent);
            let mark = f.percent(n.threshold_percent);
            match n.verdict {
                NicheVerdict::ActsAsMicro => format!(
                    "By size this is a {tier} account, but with a {er} engagement rate ({mark}+) it can act as a micro influencer if its audience is a focused niche, as the guide notes."
                ),
                NicheVerdict::EngagesLikeMicro => format!(
                    "With {er} engagement ({mark}+) this {tier} account can act as a micro influencer for engagement, as the guide says of a focused niche; its reach stays a {tier} account's."
                ),
                NicheVerdict::ByFollowers => format!(
                    "At {er} engagement the tier is by followers alone: the guide's {mark}+ rule for acting as a micro influencer {}.",
                    if self.tier == Tier::Micro { "adds nothing to a micro account" } else { "needs a higher rate" }
                ),
            }
        })
    }

    /// The working: the follower count and the band it falls in.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let mut v = vec![Step::new(
            format!("{} on {}", self.tier.label(), self.platform.label()),
            Quantity::count(to_f64(self.followers)),
        )
        .noun(self.platform.audience_noun())];
        if let Some(n) = self.niche.filter(|_| self.acts_as_micro()) {
            v.push(
                Step::new(
                    "Engagement rate (acts as micro from 8%)",
                    Quantity::percent(n.engagement_rate_percent),
                )
                .noun("engagement"),
            );
        }
        v
    }

    /// The provenances of the figures used.
    #[must_use]
    pub fn provenances(&self) -> Vec<&'static Provenance> {
        let mut v = vec![self.band.provenance];
        if let Some(n) = self.niche {
            v.push(n.provenance);
        }
        v
    }
}

/// Checks a follower count: at least 1 and at most [`MAX_AUDIENCE`].
///
/// # Errors
/// [`DomainError::FollowersZero`] or [`DomainError::FollowersTooLarge`].
pub fn check_followers(followers: u64) -> Result<u64, DomainError> {
    if followers == 0 {
        Err(DomainError::FollowersZero)
    } else if followers > MAX_AUDIENCE {
        Err(DomainError::FollowersTooLarge {
            followers,
            max: MAX_AUDIENCE,
        })
    } else {
        Ok(followers)
    }
}

/// Classifies a follower count on a platform.
///
/// # Errors
/// [`DomainError::FollowersZero`] for 0, [`DomainError::FollowersTooLarge`] above
/// [`MAX_AUDIENCE`].
pub fn classify(platform: Platform, followers: u64) -> Result<Classification, DomainError> {
    check_followers(followers)?;
    let l = ladder(platform);
    let band = l
        .iter()
        .rev()
        .find(|b| followers >= b.min)
        .copied()
        .unwrap_or(l[0]);
    let position = band.max.map(|max| {
        let lo = to_f64(band.min).ln();
        let hi = to_f64(max).ln();
        ((to_f64(followers).ln() - lo) / (hi - lo)).clamp(0.0, 1.0)
    });
    Ok(Classification {
        platform,
        followers,
        tier: band.tier,
        band,
        position,
        ladder_position: ladder_scale(platform, to_f64(followers)),
        niche: None,
    })
}

/// Classifies a follower count and applies the guide's nuance: above the micro ceiling, an
/// engagement rate (by followers) of 8% or more means the account can act as a micro
/// influencer.
///
/// # Errors
/// As [`classify`], plus [`DomainError::NotANumber`], [`DomainError::Negative`] or
/// [`DomainError::PercentAbove100`] for the engagement rate.
pub fn classify_with_engagement(
    platform: Platform,
    followers: u64,
    engagement_rate_percent: f64,
) -> Result<Classification, DomainError> {
    let er = super::error::percent("Engagement rate", engagement_rate_percent)?;
    let mut c = classify(platform, followers)?;
    let threshold = data::NICHE_MICRO_ER_PERCENT;
    // As the page shows the rate: 7.996% reads "8%" and meets the 8%+ rule.
    let meets = super::format::as_shown(super::format::Kind::Percent, er) >= threshold;
    let verdict = match (c.tier.cmp(&Tier::Micro), meets) {
        (std::cmp::Ordering::Greater, true) => NicheVerdict::ActsAsMicro,
        (std::cmp::Ordering::Less, true) => NicheVerdict::EngagesLikeMicro,
        _ => NicheVerdict::ByFollowers,
    };
    c.niche = Some(NicheNote {
        verdict,
        engagement_rate_percent: er,
        threshold_percent: threshold,
        provenance: &data::NICHE_MICRO_ER_PROVENANCE,
    });
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;

    #[track_caller]
    fn is(platform: Platform, followers: u64, tier: Tier) {
        match classify(platform, followers) {
            Ok(c) => assert_eq!(c.tier, tier, "{platform:?} {followers}"),
            Err(e) => panic!("{platform:?} {followers}: {e}"),
        }
    }

    #[test]
    fn instagram_boundaries() {
        let p = Platform::Instagram;
        is(p, 1, Tier::BelowNano);
        is(p, 999, Tier::BelowNano);
        is(p, 1_000, Tier::Nano);
        is(p, 9_999, Tier::Nano);
        is(p, 10_000, Tier::Micro);
        is(p, 99_999, Tier::Micro);
        is(p, 100_000, Tier::Macro);
        is(p, 999_999, Tier::Macro);
        is(p, 1_000_000, Tier::Mega);
        is(p, MAX_AUDIENCE, Tier::Mega);
    }

    #[test]
    fn other_platform_boundaries() {
        let cases = [
            (Platform::TikTok, 19_999, Tier::Nano),
            (Platform::TikTok, 20_000, Tier::Micro),
            (Platform::TikTok, 499_999, Tier::Micro),
            (Platform::TikTok, 500_000, Tier::Macro),
            (Platform::TikTok, 4_999_999, Tier::Macro),
            (Platform::TikTok, 5_000_000, Tier::Mega),
            (Platform::YouTube, 10_000, Tier::Micro),
            (Platform::YouTube, 100_000, Tier::Macro),
            (Platform::LinkedIn, 499, Tier::BelowNano),
            (Platform::LinkedIn, 500, Tier::Nano),
            (Platform::LinkedIn, 5_000, Tier::Micro),
            (Platform::LinkedIn, 49_999, Tier::Micro),
            (Platform::LinkedIn, 50_000, Tier::Macro),
            (Platform::LinkedIn, 500_000, Tier::Mega),
            (Platform::Pinterest, 5_000, Tier::Micro),
            (Platform::Threads, 50_000, Tier::Macro),
            (Platform::Bluesky, 4_999, Tier::Nano),
            (Platform::Bluesky, 5_000, Tier::Micro),
        ];
        for (p, f, t) in cases {
            is(p, f, t);
        }
    }

    #[test]
    fn errors() {
        assert_eq!(
            classify(Platform::Instagram, 0),
            Err(DomainError::FollowersZero)
        );
        assert!(matches!(
            classify(Platform::Instagram, MAX_AUDIENCE + 1),
            Err(DomainError::FollowersTooLarge { .. })
        ));
        assert!(classify_with_engagement(Platform::Instagram, 10, 101.0).is_err());
        assert!(classify_with_engagement(Platform::Instagram, 10, f64::NAN).is_err());
    }

    #[test]
    fn ladders_are_contiguous() {
        for p in Platform::ALL {
            let l = ladder(p);
            assert_eq!(l[0].min, 1);
            for w in l.windows(2) {
                assert_eq!(w[0].max, Some(w[1].min), "{p:?}");
                assert!(w[0].tier < w[1].tier);
            }
            assert_eq!(l[4].max, None);
            for (b, t) in l.iter().zip(Tier::ALL) {
                assert_eq!(b.tier, t);
            }
        }
    }

    #[test]
    fn positions() {
        let c = classify(Platform::Instagram, 10_000).map_err(|e| e.to_string());
        assert_eq!(c.map(|c| c.position), Ok(Some(0.0)));
        let mid = classify(Platform::Instagram, 31_623)
            .ok()
            .and_then(|c| c.position)
            .unwrap_or(-1.0);
        assert!((mid - 0.5).abs() < 1e-3, "{mid}");
        let mega = classify(Platform::Instagram, 2_000_000).ok();
        assert_eq!(mega.map(|c| c.position), Some(None));
        // 1M on a ladder topping out at 10M: 6/7 of the log scale.
        let lp = classify(Platform::Instagram, 1_000_000)
            .map(|c| c.ladder_position)
            .unwrap_or(-1.0);
        assert!((lp - 6.0 / 7.0).abs() < 1e-9, "{lp}");
        assert!((ladder_scale(Platform::Instagram, 1e12) - 1.0).abs() < 1e-12);
        assert!(ladder_scale(Platform::Instagram, f64::NAN).abs() < 1e-12);
    }

    #[test]
    fn the_engagement_rate_always_changes_the_answer() {
        let f = PlainFormatter;
        let sentence = |followers, er| {
            classify_with_engagement(Platform::Instagram, followers, er)
                .map(|c| c.niche_sentence(&f).unwrap_or_default())
                .unwrap_or_default()
        };
        // The user's example: 5,000 followers at 9%.
        let nano = sentence(5_000, 9.0);
        assert!(
            nano.contains("can act as a micro influencer for engagement"),
            "{nano}"
        );
        assert!(nano.contains("9%") && nano.contains("8%+"), "{nano}");
        assert!(nano.contains("reach stays a nano account's"), "{nano}");
        let low = sentence(5_000, 3.0);
        assert!(
            low.contains("by followers alone") && low.contains("needs a higher rate"),
            "{low}"
        );
        let micro = sentence(50_000, 9.0);
        assert!(micro.contains("adds nothing to a micro account"), "{micro}");
        assert_eq!(
            classify(Platform::Instagram, 5_000).map(|c| c.niche),
            Ok(None)
        );
    }

    #[test]
    fn niche_nuance() {
        let f = PlainFormatter;
        let c = classify_with_engagement(Platform::Instagram, 500_000, 8.0);
        let c = c.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.tier, Tier::Macro);
        assert!(c.acts_as_micro());
        assert_eq!(c.niche.map(|n| n.verdict), Some(NicheVerdict::ActsAsMicro));
        let s = c.niche_sentence(&f).unwrap_or_default();
        assert!(s.contains("can act as a micro influencer"), "{s}");
        assert!(s.contains("8%"), "{s}");
        assert_eq!(c.provenances().len(), 2);
        // The step label is constant text; its figure must be the data's.
        let label = format!(
            "Engagement rate (acts as micro from {}%)",
            crate::domain::format::fixed(data::NICHE_MICRO_ER_PERCENT, 0)
        );
        assert!(c.steps().iter().any(|s| s.label == label));

        let below = classify_with_engagement(Platform::Instagram, 500_000, 7.99);
        assert_eq!(below.map(|c| c.acts_as_micro()), Ok(false));
        // 7.996% reads "8%": it meets the 8%+ rule, as the engagement grade calls it 8%+.
        let reads_8 = classify_with_engagement(Platform::Instagram, 500_000, 7.996);
        assert_eq!(reads_8.map(|c| c.acts_as_micro()), Ok(true));
        // Micro accounts are micro already.
        let micro = classify_with_engagement(Platform::Instagram, 50_000, 12.0);
        assert_eq!(micro.map(|c| c.acts_as_micro()), Ok(false));
        // Mega accounts above the ceiling do.
        let mega = classify_with_engagement(Platform::TikTok, 6_000_000, 9.0);
        assert_eq!(mega.map(|c| c.acts_as_micro()), Ok(true));
    }

    #[test]
    fn summary_and_slugs() {
        let c = classify(Platform::Instagram, 50_000).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            c.summary(&PlainFormatter),
            "50,000 followers is Micro on Instagram (10,000–100,000)."
        );
        let y = classify(Platform::YouTube, 2_000_000).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            y.summary(&PlainFormatter),
            "2,000,000 subscribers is Mega on YouTube (1,000,000+)."
        );
        for t in Tier::ALL {
            assert_eq!(Tier::from_slug(t.slug()), Some(t));
            assert_eq!(Tier::ALL[t.index()], t);
        }
        assert_eq!(Tier::BelowNano.label(), "Below nano");
        assert_eq!(Tier::from_slug("giga"), None);
    }
}
