//! Short texts the roster's table, sentence and export share.

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

/// The engagement verdict: "Good, within the typical range", or "Suspiciously high".
pub fn verdict(c: &CreatorFigures) -> String {
    let Ok(report) = &c.engagement else {
        return String::new();
    };
    if report.suspicion.is_some() {
        return "Suspiciously high".to_owned();
    }
    match report.benchmark.position {
        Some(position) => format!("{}, {} typical", report.grade.label(), position.label()),
        None => report.grade.label().to_owned(),
    }
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
