//! Short texts the roster's table, sentence and export share.

use crate::domain::engagement::Verdict;
use crate::domain::format::NumberFormatter;
use crate::domain::roster::figures::CreatorFigures;
use crate::domain::roster::report::LeftOut;

/// Why a creator is left out, in a few words: "risk 70/100".
pub fn left_out_text(f: &dyn NumberFormatter, why: LeftOut) -> String {
    match why {
        LeftOut::PinnedOut => "pinned out".to_owned(),
        LeftOut::NoPrice => "no quoted price".to_owned(),
        LeftOut::NoFigures => "figures could not be worked out".to_owned(),
        LeftOut::HighRisk(score) => format!("risk {score}/100"),
        LeftOut::OverWholeBudget => "costs more than the whole budget".to_owned(),
        LeftOut::OverTierLimit(over) => format!("{} over the tier limit", f.money(over)),
        LeftOut::OverBudgetWithMix(over) => format!("{} over budget with the mix", f.money(over)),
        LeftOut::NoValue => "nothing expected".to_owned(),
    }
}

/// The engagement verdict for the platform and tier, with the guide's general grade as the
/// reference: "Typical (guide: Good)", or "Implausibly high".
pub fn verdict(c: &CreatorFigures) -> String {
    let Ok(report) = &c.engagement else {
        return String::new();
    };
    let verdict = report.verdict();
    if verdict == Verdict::Implausible {
        return verdict.label().to_owned();
    }
    format!("{} (guide: {})", verdict.label(), report.grade.label())
}

/// The checklist score of `c`: items the numbers meet plus items ticked by hand.
pub fn checklist_score(
    f: &dyn NumberFormatter,
    roster: &crate::state::roster::RosterSettings,
    c: &CreatorFigures,
) -> usize {
    use crate::domain::roster::checklist;
    let auto = checklist::auto_answers(c, f);
    checklist::score(&auto, |item| roster.ticked(&c.creator.name, item))
}
