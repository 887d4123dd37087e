//! The guide's 20-item selection checklist, per creator: the items the numbers answer are
//! filled in with the reason; the rest are ticked by hand.

use super::figures::CreatorFigures;
use crate::domain::authenticity::{RiskLevel, Signal};
use crate::domain::format::{as_shown, Kind, NumberFormatter};
use crate::domain::source::Provenance;

/// Where the checklist comes from.
pub static CHECKLIST_PROV: Provenance = Provenance::guide(
    "Selection Criteria Checklist: brand alignment, audience match, creator quality, experience and professionalism, niche expertise, four items each; engagement rate exceeds 4%.",
);

/// The checklist's sections and items, in the guide's order.
pub const SECTIONS: [(&str, [&str; 4]); 5] = [
    (
        "Brand alignment",
        [
            "Creator's values align with brand values",
            "Previous brand partnerships are relevant",
            "Content aesthetic matches brand identity",
            "Creator hasn't promoted competing brands recently",
        ],
    ),
    (
        "Audience match",
        [
            "Geographic overlap with target market",
            "Demographic alignment (age, gender, interests)",
            "Audience interests include your product category",
            "Follower quality is high (authentic, engaged)",
        ],
    ),
    (
        "Creator quality",
        [
            "Content is consistently high-quality",
            "Posting frequency is regular (at least 1x/week)",
            "Photography/video production is professional",
            "Engagement rate exceeds 4%",
        ],
    ),
    (
        "Experience and professionalism",
        [
            "Creator has previous brand partnerships",
            "Professional media kit available",
            "Responds to inquiries promptly",
            "Clear pricing and terms",
        ],
    ),
    (
        "Niche expertise",
        [
            "Creator has deep knowledge in their niche",
            "Community recognizes them as an expert",
            "Content demonstrates genuine passion",
            "Creator has been building audience for 2+ years",
        ],
    ),
];

/// Items in all.
pub const ITEMS: usize = 20;

const FOLLOWER_QUALITY: usize = 7;
const ENGAGEMENT_ABOVE_4: usize = 11;
const CLEAR_PRICING: usize = 15;
const TWO_YEARS: usize = 19;
/// The guide's engagement line for the checklist, percent.
const ENGAGEMENT_LINE: f64 = 4.0;
const TWO_YEARS_MONTHS: usize = 24;

/// The text of item `index` (0 to 19).
#[must_use]
pub fn item(index: usize) -> &'static str {
    SECTIONS
        .get(index / 4)
        .and_then(|(_, items)| items.get(index % 4))
        .copied()
        .unwrap_or("")
}

/// An item the numbers answer: yes or no, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct AutoAnswer {
    /// The item (0 to 19).
    pub item: usize,
    /// Met or not.
    pub met: bool,
    /// Why, with the figure: "5.2% by followers".
    pub why: String,
}

/// The items `figures` answer, each with its reason.
#[must_use]
pub fn auto_answers(figures: &CreatorFigures, f: &dyn NumberFormatter) -> Vec<AutoAnswer> {
    let mut out = Vec::new();
    if let Some(a) = &figures.authenticity {
        out.push(AutoAnswer {
            item: FOLLOWER_QUALITY,
            met: a.level == RiskLevel::Low,
            why: format!(
                "authenticity risk {}/100 ({})",
                a.risk_score,
                a.level.label().to_lowercase()
            ),
        });
    }
    if let Ok(report) = &figures.engagement {
        out.push(AutoAnswer {
            item: ENGAGEMENT_ABOVE_4,
            met: as_shown(Kind::Percent, report.by_followers) > ENGAGEMENT_LINE,
            why: format!("{} by followers", f.percent(report.by_followers)),
        });
    }
    if let Some(price) = figures.creator.price {
        out.push(AutoAnswer {
            item: CLEAR_PRICING,
            met: true,
            why: format!("quoted {}", f.money(price)),
        });
    }
    let months = figures.creator.history.len();
    if months >= TWO_YEARS_MONTHS {
        let spikes = figures.authenticity.as_ref().is_some_and(|a| {
            a.reasons
                .iter()
                .any(|r| r.points > 0 && r.signal == Signal::Growth)
        });
        out.push(AutoAnswer {
            item: TWO_YEARS,
            met: !spikes,
            why: format!(
                "{months} months of follower history{}",
                if spikes {
                    ", but its growth is flagged"
                } else {
                    ", growing steadily"
                }
            ),
        });
    }
    out
}

/// The checklist score: items met by the numbers plus items ticked by hand (`ticked(i)`),
/// out of [`ITEMS`].
#[must_use]
pub fn score(auto: &[AutoAnswer], ticked: impl Fn(usize) -> bool) -> usize {
    (0..ITEMS)
        .filter(|i| match auto.iter().find(|a| a.item == *i) {
            Some(a) => a.met,
            None => ticked(*i),
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;
    use crate::domain::roster::parse::parse;

    #[test]
    fn the_numbers_answer_their_items_and_ticks_the_rest() {
        let parsed = parse("name,followers,likes,comments,price\nana,20000,1500,60,500");
        let figures = CreatorFigures::of(&parsed.creators[0]);
        let auto = auto_answers(&figures, &PlainFormatter);
        let engagement = auto.iter().find(|a| a.item == ENGAGEMENT_ABOVE_4);
        assert_eq!(
            engagement.map(|a| (a.met, a.why.as_str())),
            Some((true, "7.8% by followers"))
        );
        assert_eq!(item(ENGAGEMENT_ABOVE_4), "Engagement rate exceeds 4%");
        assert_eq!(
            item(TWO_YEARS),
            "Creator has been building audience for 2+ years"
        );
        let by_numbers = score(&auto, |_| false);
        assert_eq!(
            score(&auto, |i| i == 0 || i == ENGAGEMENT_ABOVE_4),
            by_numbers + 1
        );
    }
}
