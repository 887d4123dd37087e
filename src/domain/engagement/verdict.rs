//! The verdict on a rate for its own platform and tier: below, within or above the range
//! typical there, or implausibly high. The guide's general scale (Poor to Excellent) is the
//! reference beside it, never the verdict, so that a TikTok rate is not praised by a scale
//! that TikTok accounts routinely exceed.

use super::{EngagementReport, Position};
use crate::domain::format::NumberFormatter;

/// Where a rate stands for its platform and tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Under the low end of the range typical for the platform and tier.
    BelowTypical,
    /// Within that range.
    Typical,
    /// Over its high end, but not implausibly.
    AboveTypical,
    /// Over the tier's plausible ceiling: not praised.
    Implausible,
}

impl Verdict {
    /// "Below typical", "Typical", "Above typical" or "Implausibly high".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::BelowTypical => "Below typical",
            Self::Typical => "Typical",
            Self::AboveTypical => "Above typical",
            Self::Implausible => "Implausibly high",
        }
    }
}

impl EngagementReport {
    /// The verdict on the rate by followers for the platform and tier.
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        if self.suspicion.is_some() {
            return Verdict::Implausible;
        }
        match self.benchmark.position {
            Some(Position::Below) => Verdict::BelowTypical,
            Some(Position::Above) => Verdict::AboveTypical,
            Some(Position::Within) | None => Verdict::Typical,
        }
    }

    /// "a micro TikTok account".
    #[must_use]
    pub fn account(&self) -> String {
        format!(
            "a {} {} account",
            self.classification.tier.label().to_ascii_lowercase(),
            self.platform.label()
        )
    }

    /// The sentence under the verdict: the rate against the range typical for the platform
    /// and tier, then where the guide's general scale puts it, said as a reference. (An
    /// implausible rate gets its warning once, from [`super::Suspicion::sentence`].)
    #[must_use]
    pub fn headline(&self, f: &dyn NumberFormatter) -> String {
        let b = &self.benchmark.benchmark;
        let range = format!("{}–{}", f.percent(b.low), f.percent(b.high));
        let rate = f.percent(self.by_followers);
        let noun = self.platform.audience_noun();
        let account = self.account();
        let by_followers = match self.verdict() {
            Verdict::Implausible => {
                format!("{rate} engagement by {noun}, against the {range} typical for {account}.")
            }
            verdict => {
                let position = match verdict {
                    Verdict::BelowTypical => "below",
                    Verdict::AboveTypical => "above",
                    _ => "within",
                };
                format!(
                    "{rate} engagement by {noun}: {position} the {range} typical for {account}. \
                     The guide's general scale, written for every platform, would call it {}.",
                    self.grade.label()
                )
            }
        };
        match self.views_sentence(f) {
            Some(views) => format!("{by_followers} {views}"),
            None => by_followers,
        }
    }

    /// True when the rate by views gets a verdict of its own ([`Self::views_sentence`]).
    #[must_use]
    pub fn judged_by_views(&self) -> bool {
        self.views_benchmark
            .as_ref()
            .is_some_and(|views| views.position.is_some())
    }

    /// Where the rate by views stands against the benchmark by views, when both are known
    /// (TikTok and YouTube, views given): "By views, 8.75% is within the 6.66%–9.37%
    /// typical by views for a micro TikTok account."
    #[must_use]
    pub fn views_sentence(&self, f: &dyn NumberFormatter) -> Option<String> {
        let views = self.views_benchmark.as_ref()?;
        let (rate, position) = (views.rate_percent?, views.position?);
        let b = &views.benchmark;
        Some(format!(
            "By views, {} is {} the {}–{} typical by views for {}.",
            f.percent(rate),
            position.label(),
            f.percent(b.low),
            f.percent(b.high),
            self.account()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{analyze, EngagementInput};
    use super::*;
    use crate::domain::format::PlainFormatter;
    use crate::domain::vocab::Platform;

    #[track_caller]
    fn verdict_of(followers: u64, likes: f64, platform: Platform) -> (Verdict, String) {
        let r = analyze(&EngagementInput::per_post(followers, likes, 60.0), platform)
            .unwrap_or_else(|e| panic!("{e}"));
        (r.verdict(), r.headline(&PlainFormatter))
    }

    #[test]
    fn a_rate_is_judged_for_its_own_platform_and_tier() {
        // The case: 5.15% on a 40K TikTok account is below TikTok micro's 10–20%,
        // though the guide's general scale says Good.
        let (v, h) = verdict_of(40_000, 2_000.0, Platform::TikTok);
        assert_eq!(v, Verdict::BelowTypical);
        assert_eq!(
            h,
            "5.15% engagement by followers: below the 10%–20% typical for a micro TikTok account. The guide's general scale, written for every platform, would call it Good."
        );
        // The same rate on Instagram is within the micro range.
        assert_eq!(
            verdict_of(40_000, 2_000.0, Platform::Instagram).0,
            Verdict::Typical
        );
        // 12% on Instagram micro is above typical, 20% implausible.
        assert_eq!(
            verdict_of(50_000, 5_940.0, Platform::Instagram).0,
            Verdict::AboveTypical
        );
        let (v, h) = verdict_of(50_000, 9_940.0, Platform::Instagram);
        assert!(!h.contains("By views"), "no views given: {h}");
        assert_eq!(v, Verdict::Implausible);
        assert!(!h.contains("implausibly"), "said once, elsewhere: {h}");
        assert!(!h.contains("Excellent"), "{h}");
    }

    #[test]
    fn views_given_are_judged_beside_followers() {
        // 1,050 engagements on 24,000 followers and 12,000 views: 4.38% by followers is
        // below TikTok micro's 10%–20%, but 8.75% by views is within its range by views.
        let input = EngagementInput {
            views: Some(12_000.0),
            ..EngagementInput::per_post(24_000, 1_000.0, 50.0)
        };
        let r = analyze(&input, Platform::TikTok).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.verdict(), Verdict::BelowTypical);
        let h = r.headline(&PlainFormatter);
        assert!(h.starts_with("4.38% engagement by followers: below"), "{h}");
        let views = r.views_sentence(&PlainFormatter).unwrap_or_default();
        assert!(
            views.starts_with("By views, 8.75% is within the ")
                && views.ends_with(" typical by views for a micro TikTok account."),
            "{views}"
        );
        assert!(h.ends_with(&views), "{h}");
        assert!(r.judged_by_views());
        let without = analyze(
            &EngagementInput::per_post(24_000, 1_000.0, 50.0),
            Platform::TikTok,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(!without.judged_by_views() && without.views_sentence(&PlainFormatter).is_none());
    }
}
