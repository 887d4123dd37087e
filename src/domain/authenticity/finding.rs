//! What a signal found, kept as values and written as a sentence by whichever formatter
//! shows it: the page's (the visitor's locale and currency) or the plain one (tests).

use super::sample::FakeLine;
use super::{CommentSample, FakeSample};
use crate::domain::data;
use crate::domain::engagement::{CommentLike, CommentLikeVerdict};
use crate::domain::explain::Quantity;
use crate::domain::format::NumberFormatter;
use crate::domain::num::to_f64;
use crate::domain::vocab::Tier;

/// What a signal found.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// Growth above the spike line in `months`; the first such month's growth.
    Spikes {
        /// The months, 1-based.
        months: Vec<usize>,
        /// Growth of the first, percent.
        first_percent: f64,
        /// Followers gained in the first.
        first_change: f64,
    },
    /// Growth above the organic band, under the spike line, in this many months.
    AboveOrganic {
        /// How many months.
        months: usize,
    },
    /// Fewer followers at the end than at the start.
    Declining {
        /// Followers at the start.
        from: u64,
        /// Followers at the end.
        to: u64,
    },
    /// Average growth under the organic band.
    Flat {
        /// Mean monthly growth, percent.
        average: f64,
    },
    /// Growth within the organic band, no spike.
    Organic {
        /// Mean monthly growth, percent.
        average: f64,
    },
    /// Engagement above what the tier can plausibly reach.
    EngagementImplausible {
        /// The rate, percent.
        rate: f64,
        /// The plausible ceiling, percent.
        ceiling: f64,
        /// The tier.
        tier: Tier,
    },
    /// Engagement against the tier's typical rate: far below, below or in line.
    Engagement {
        /// How it compares.
        level: EngagementLevel,
        /// The rate, percent.
        rate: f64,
        /// The tier's typical rate, percent.
        typical: f64,
        /// The tier.
        tier: Tier,
    },
    /// The comment-to-like ratio and its verdict.
    Comments(CommentLike),
    /// The follower sample, worked out.
    Sample(FakeSample),
    /// What the comments read showed.
    CommentSample(CommentSample),
}

/// How an engagement rate compares with its tier's typical rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngagementLevel {
    /// Under a tenth of it.
    FarBelow,
    /// Under a quarter of it.
    Below,
    /// At least a quarter of it, and not implausibly high (it may be well above it).
    InLine,
}

impl Finding {
    /// True for the growth trend over the whole history: falling, flat or organic.
    #[must_use]
    pub const fn is_trend(&self) -> bool {
        matches!(
            self,
            Self::Declining { .. } | Self::Flat { .. } | Self::Organic { .. }
        )
    }

    /// The finding as a sentence, its numbers written by `f`.
    #[must_use]
    pub fn sentence(&self, f: &dyn NumberFormatter) -> String {
        match self {
            Self::Spikes {
                months,
                first_percent,
                first_change,
            } => {
                let months: Vec<String> = months.iter().map(ToString::to_string).collect();
                format!(
                    "Followers jumped by more than {} in a month (month {}: {}, +{}); sudden spikes often mean bought followers.",
                    f.percent(data::SPIKE_GROWTH.value),
                    months.join(", "),
                    f.percent(*first_percent),
                    f.count(*first_change)
                )
            }
            Self::AboveOrganic { months } => {
                let (lo, hi) = data::ORGANIC_GROWTH.value;
                let unit = if *months == 1 { "month" } else { "months" };
                format!(
                    "Growth was above the organic {}–{} a month in {} {unit}; worth a look, though not a spike.",
                    f.percent(lo),
                    f.percent(hi),
                    f.count(to_f64(*months as u64))
                )
            }
            Self::Declining { from, to } => format!(
                "Followers fell from {} to {} over the period; a falling count may mean an inactive account or a purge of fake followers.",
                f.count(to_f64(*from)),
                f.count(to_f64(*to))
            ),
            Self::Flat { average } => format!(
                "Growth averaged {} a month, under the organic {}; a flat count may mean an inactive account.",
                f.percent(*average),
                f.percent(data::ORGANIC_GROWTH.value.0)
            ),
            Self::Organic { average } => {
                let (lo, hi) = data::ORGANIC_GROWTH.value;
                format!(
                    "Growth averaged {} a month with no spike: consistent with organic growth ({}–{}).",
                    f.percent(*average),
                    f.percent(lo),
                    f.percent(hi)
                )
            }
            Self::EngagementImplausible {
                rate,
                ceiling,
                tier,
            } => format!(
                "Engagement of {} (likes and comments) is implausibly high for a {} account (above {}): bought likes or engagement pods are likely.",
                f.percent(*rate),
                tier_name(*tier),
                f.percent(*ceiling)
            ),
            Self::Engagement {
                level,
                rate,
                typical,
                tier,
            } => engagement_sentence(
                *level,
                // Shares and saves are not counted here: said, as the engagement
                // calculator's rate counts them and differs.
                &format!("{} (likes and comments)", f.percent(*rate)),
                &f.percent(*typical),
                *tier,
            ),
            Self::Comments(c) => comments_sentence(c, f),
            Self::Sample(s) => sample_sentence(s, f),
            Self::CommentSample(s) => comment_sample_sentence(s, f),
        }
    }
}

fn tier_name(tier: Tier) -> String {
    tier.label().to_ascii_lowercase()
}

fn engagement_sentence(level: EngagementLevel, rate: &str, typical: &str, tier: Tier) -> String {
    let tier_name = tier_name(tier);
    match level {
        EngagementLevel::FarBelow => format!(
            "Engagement of {rate} is under a tenth of the {typical} typical for a {tier_name} account: the followers may not be real (the guide's example: 100K followers and 50 likes a post)."
        ),
        EngagementLevel::Below => format!(
            "Engagement of {rate} is under a quarter of the {typical} typical for a {tier_name} account."
        ),
        EngagementLevel::InLine => format!(
            "Engagement of {rate} is at least a quarter of the {typical} typical for a {tier_name} account: no sign here of followers who never engage."
        ),
    }
}

fn comments_sentence(c: &CommentLike, f: &dyn NumberFormatter) -> String {
    let r = f.percent(c.ratio_percent);
    let guide = f.percent(data::COMMENT_LIKE_GUIDE_PERCENT);
    match c.verdict {
        CommentLikeVerdict::Healthy => {
            format!("{r} comments per like meets the guide's {guide} line.")
        }
        CommentLikeVerdict::BelowGuide => {
            format!("{r} comments per like is under the guide's {guide} line.")
        }
        CommentLikeVerdict::VeryLow => format!(
            "{r} comments per like is very low (under {} per 100 likes): likes may be bought.",
            f.count(data::COMMENT_LIKE_FLOOR_PERCENT)
        ),
        CommentLikeVerdict::OverLikes => format!(
            "{r} comments per like: more comments than likes is unusual for a real audience (engagement pods or bought comments make it), so it is not called healthy; read some of them."
        ),
    }
}

fn comment_sample_sentence(s: &CommentSample, f: &dyn NumberFormatter) -> String {
    let (mild, strong) = data::GENERIC_COMMENT_LINES.value;
    let judgement = if s.share_percent > strong {
        format!(
            "; over {} suggests bots or bought engagement.",
            f.percent(strong)
        )
    } else if s.share_percent > mild {
        format!("; over {} is a mild red flag.", f.percent(mild))
    } else {
        ": most comments read as real people's.".to_owned()
    };
    let few = if s.read < 20 {
        " Read 20–30 (the guide's advice) for a steadier share."
    } else {
        ""
    };
    // "1 of 1 comment read was generic", "2 of 25 comments read were generic".
    let noun = if s.read == 1 { "comment" } else { "comments" };
    let verb = if s.generic == 1 { "was" } else { "were" };
    format!(
        "{} of {} {noun} read {verb} generic, emoji-only or in a language the audience does not speak ({}){judgement}{few}",
        f.count(f64::from(s.generic)),
        f.count(f64::from(s.read)),
        f.percent(s.share_percent)
    )
}

fn sample_sentence(s: &FakeSample, f: &dyn NumberFormatter) -> String {
    let (elevated, high) = data::FAKE_SHARE_LINES.value;
    let ci = f.quantity(&Quantity::Percent(s.share_interval_percent));
    // A line is said to be crossed only when the whole audience very likely crosses it.
    let (over_elevated, over_high) = (f.percent(elevated), f.percent(high));
    let tail = match (s.likely_line(), s.sample_line()) {
        (FakeLine::High, _) => format!("; over {over_high} is often a sign of fraud."),
        (FakeLine::Elevated, FakeLine::High) => format!("; very likely over {over_elevated}, which is suspicious, and perhaps over {over_high}, often a sign of fraud: check more followers to tell."),
        (FakeLine::Elevated, _) => format!("; over {over_elevated} is suspicious."),
        (FakeLine::Under, FakeLine::Elevated | FakeLine::High) => format!("; a sample this size cannot tell whether the whole audience is over {over_elevated}, which is suspicious: check more followers (50–100)."),
        (FakeLine::Under, FakeLine::Under) => ".".to_owned(),
    };
    format!(
        "{} of {} sampled followers looked fake ({}, likely {ci} of the whole audience): about {} fake followers, {} of the count (the guide's inflation){tail}",
        f.count(f64::from(s.fake)),
        f.count(f64::from(s.sample_size)),
        f.percent(s.share_percent),
        f.count(s.estimated_fake_followers),
        f.percent(s.inflation_percent)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::{fixed, PlainFormatter};

    /// The comment sentences state the data's figures.
    #[test]
    fn comment_sentences_follow_the_data() {
        let guide = fixed(data::COMMENT_LIKE_GUIDE_PERCENT, 0);
        let floor = fixed(data::COMMENT_LIKE_FLOOR_PERCENT, 0);
        let sentence = |likes: f64, comments: f64| {
            CommentLike::of(likes, comments)
                .map(|c| Finding::Comments(c).sentence(&PlainFormatter))
                .unwrap_or_default()
        };
        assert!(sentence(100.0, 6.0).contains(&format!("meets the guide's {guide}% line")));
        assert!(sentence(100.0, 3.0).contains(&format!("under the guide's {guide}% line")));
        assert!(sentence(100.0, 1.0).contains(&format!("under {floor} per 100 likes")));
    }

    /// Engagement well above typical is not called "in line" (the engagement calculator
    /// calls 12.2% "above the 3%–8% typical" for the same account).
    #[test]
    fn engagement_above_typical_is_not_called_in_line() {
        let text = Finding::Engagement {
            level: EngagementLevel::InLine,
            rate: 12.2,
            typical: 5.5,
            tier: Tier::Micro,
        }
        .sentence(&PlainFormatter);
        assert!(!text.contains("in line"), "{text}");
        assert!(
            text.contains("at least a quarter of the 5.5% typical"),
            "{text}"
        );
        // Not the engagement calculator's rate, which counts shares and saves too: said.
        assert!(
            text.starts_with("Engagement of 12.2% (likes and comments) is"),
            "{text}"
        );
    }
}
