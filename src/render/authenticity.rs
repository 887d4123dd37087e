//! The authenticity result as markup: the score, its reasons and the growth chart.

use super::badge::badge;
use crate::charts::{line_chart, Point};
use crate::domain::authenticity::{AuthenticityReport, GrowthFlag, RiskLevel};
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::state::{results, AppState};

use super::explain;

/// The score with its level and meter, each reason with its points, and what was not checked.
pub fn score_and_reasons(m: &mut Markup, f: &dyn NumberFormatter, report: &AuthenticityReport) {
    let level_class = match report.level {
        RiskLevel::Low => "grade good",
        RiskLevel::Moderate => "grade average",
        RiskLevel::High => "grade poor",
    };
    m.open("p", "headline")
        .text(&format!("Risk {} / 100 ", report.risk_score))
        .el("span", level_class, &format!("{} risk", report.level.label()))
        .close("p")
        .raw("<meter min=\"0\" max=\"100\" low=\"25\" high=\"50\" optimum=\"0\" aria-label=\"Risk score out of 100\" value=\"")
        .text(&report.risk_score.to_string())
        .raw("\"></meter>");
    if let Some(mismatch) = &report.followers_mismatch {
        m.el("p", "callout warning", &mismatch.sentence(f));
    }
    if report.reasons.is_empty() {
        m.el("p", "", "No red flag in what was given.");
    } else {
        m.open("ul", "reasons");
        for r in &report.reasons {
            m.open("li", "")
                .el("strong", "", &format!("+{} {}", r.points, r.signal.label()))
                .text(": ")
                .text(&r.sentence(f))
                .raw(" ");
            badge(m, r.provenance);
            m.close("li");
        }
        m.close("ul");
    }
    if !report.not_checked.is_empty() {
        m.el("p", "note", &report.not_checked.join(" "));
    }
}

/// The monthly follower counts as a line, spikes marked, when there are two months or more.
pub fn growth_chart(m: &mut Markup, f: &impl NumberFormatter, report: &AuthenticityReport) {
    let counts = &report.input.monthly_follower_counts;
    if counts.len() < 2 {
        return;
    }
    let points: Vec<Point> = counts
        .iter()
        .enumerate()
        .map(|(i, count)| Point {
            label: format!("M{}", i + 1),
            value: *count as f64,
            flagged: i > 0
                && report
                    .growth
                    .get(i - 1)
                    .is_some_and(|g| g.flag == GrowthFlag::Spike),
        })
        .collect();
    let description = report
        .growth
        .iter()
        .map(|g| {
            format!(
                "month {}: {} ({})",
                g.month,
                f.percent(g.percent),
                g.flag.label()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    line_chart(
        m,
        &points,
        &format!("Follower history, growth by month: {description}."),
        "Followers by month; red dots mark suspicious spikes.",
    );
}

/// The result's markup for `state`, numbers written by `f` (the results worker sends it to
/// the page with the page's formatter; native tests use the plain one).
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let mut m = Markup::new();
    match results::authenticity(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(report) => {
            score_and_reasons(&mut m, &f, &report);
            growth_chart(&mut m, &f, &report);
            if let Some(s) = &report.fake_sample {
                m.el("p", "", &format!(
                    "{} of {} sampled followers look fake ({}; from a sample this size, the share in the whole audience is very likely, 95 times in 100, between {} and {}): about {} of the {} followers: {} of the count is fake (the guide's inflation).",
                    f.count(f64::from(s.fake)), f.count(f64::from(s.sample_size)), f.percent(s.share_percent),
                    f.percent(s.share_interval_percent.low), f.percent(s.share_interval_percent.high),
                    f.count(s.estimated_fake_followers), f.count(report.input.followers as f64), f.percent(s.inflation_percent)));
            }
            m.raw("<p class=\"note\">A score is a prompt to look closer, not proof: no outside check can be certain.</p>");
            explain::write_working(
                &mut m,
                &f,
                &report.steps(),
                &report.provenances(),
                state.currency,
            );
        }
    }
    m.as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::authenticity::{self, AuthenticityInput};
    use crate::domain::format::PlainFormatter;
    use crate::domain::vocab::Platform;

    #[test]
    fn every_red_flag_is_listed_with_its_points_and_spikes_are_marked() {
        let input = AuthenticityInput {
            platform: Platform::Instagram,
            followers: 100_000,
            monthly_follower_counts: vec![20_000, 60_000, 100_000],
            avg_likes: Some(50.0),
            avg_comments: Some(0.0),
            sample_size: Some(50),
            sample_fake: Some(20),
            comments_read: None,
            comments_generic: None,
        };
        let report = authenticity::assess(&input).unwrap_or_else(|e| panic!("{e}"));
        let mut m = Markup::new();
        score_and_reasons(&mut m, &PlainFormatter, &report);
        growth_chart(&mut m, &PlainFormatter, &report);
        let html = m.as_str();
        assert!(html.contains("Risk 100 / 100"), "{html}");
        assert_eq!(html.matches("<li>").count(), 4, "{html}");
        assert!(
            html.contains("sudden spikes often mean bought followers"),
            "{html}"
        );
        assert_eq!(html.matches("dot flagged").count(), 2, "{html}");
        assert!(!html.contains("Not checked"), "{html}");
    }

    #[test]
    fn what_was_not_checked_reads_as_sentences_and_months_are_counted_in_words() {
        let input = AuthenticityInput {
            platform: Platform::Instagram,
            followers: 1_300,
            monthly_follower_counts: vec![1_000, 1_050, 1_180],
            avg_likes: None,
            avg_comments: None,
            sample_size: None,
            sample_fake: None,
            comments_read: None,
            comments_generic: None,
        };
        let report = authenticity::assess(&input).unwrap_or_else(|e| panic!("{e}"));
        let mut m = Markup::new();
        score_and_reasons(&mut m, &PlainFormatter, &report);
        let html = m.as_str();
        assert!(!html.contains("Not checked:"), "{html}");
        assert!(!html.contains("(s)"), "{html}");
        assert!(html.contains("Engagement was not checked: enter"), "{html}");
        assert!(html.contains("a month in 1 month;"), "{html}");
    }
}
