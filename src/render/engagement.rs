//! The engagement result as markup: the guide's grade scale and the table of rates.

use super::badge::badge;
use crate::domain::data;
use crate::domain::engagement::{EngagementReport, Grade, Verdict};
use crate::domain::format::NumberFormatter;
use crate::markup::Markup;
use crate::state::{results, AppState};

use super::explain;

/// The CSS class of a grade.
pub fn grade_class(grade: Grade) -> &'static str {
    match grade {
        Grade::Poor => "grade poor",
        Grade::Average => "grade average",
        Grade::Good => "grade good",
        Grade::Excellent => "grade excellent",
    }
}

/// The CSS class of a verdict: the colours of the grade it is closest to.
fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::BelowTypical => "grade average",
        Verdict::Typical => "grade good",
        Verdict::AboveTypical => "grade excellent",
        Verdict::Implausible => "grade poor",
    }
}

/// The guide's four grades, the current one marked, titled as the general reference they
/// are.
pub fn grade_scale(m: &mut Markup, current: Option<Grade>) {
    m.el(
        "p",
        "scale-title",
        "For reference, the guide's general scale (every platform):",
    );
    m.raw("<ol class=\"grade-scale\" aria-label=\"The guide's general engagement scale\">");
    for g in [Grade::Poor, Grade::Average, Grade::Good, Grade::Excellent] {
        m.raw(if current == Some(g) {
            "<li class=\"current\" aria-current=\"true\">"
        } else {
            "<li>"
        })
        .el("strong", "", g.label())
        .el("span", "", &g.guide_range())
        .raw("</li>");
    }
    m.raw("</ol>");
}

/// The rates by each denominator given, engagements per post, the benchmarks and the
/// comment-to-like ratio, as one table.
pub fn rates_table(m: &mut Markup, f: &impl NumberFormatter, report: &EngagementReport) {
    let bench = &report.benchmark;
    let platform = report.platform;
    m.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Engagement rate by denominator\"><table class=\"figures\"><caption>Engagement rate by denominator</caption><tbody>");
    // "By subscribers" on YouTube, as the sentences above say.
    let by_audience = format!("By {}", platform.audience_noun());
    for (name, rate) in [
        (by_audience.as_str(), Some(report.by_followers)),
        ("By reach", report.by_reach),
        ("By impressions", report.by_impressions),
        ("By views", report.by_views),
    ] {
        if let Some(rate) = rate {
            m.row(name, &[f.percent(rate)]);
        }
    }
    m.row(
        "Engagements per post",
        &[f.count(report.engagements_per_post)],
    );
    let typical = format!(
        "Typical for a {} {} account ",
        report.classification.tier.label().to_ascii_lowercase(),
        platform.label()
    );
    let mut benchmarks = vec![(typical, &bench.benchmark)];
    if let Some(vb) = &report.views_benchmark {
        benchmarks.push(("Typical by views ".to_string(), &vb.benchmark));
    }
    for (name, b) in benchmarks {
        m.raw("<tr><th scope=\"row\">").text(&name);
        badge(m, b.provenance);
        m.raw("</th>")
            .el(
                "td",
                "num",
                &format!("{}–{}", f.percent(b.low), f.percent(b.high)),
            )
            .raw("</tr>");
    }
    if let Some(c) = &report.comment_to_like {
        m.row(
            "Comments per like",
            &[format!(
                "{} · {}",
                f.percent(c.ratio_percent),
                &c.verdict.label(f)
            )],
        );
    }
    m.raw("</tbody></table></div>");
}

/// The result's markup for `state`, numbers written by `f` (the results worker sends it to
/// the page with the page's formatter; native tests use the plain one).
pub fn body(state: &AppState, f: impl NumberFormatter) -> String {
    let mut m = Markup::new();
    match results::engagement(state) {
        Err(error) => {
            m.el("p", "needs", &error.message(&f));
        }
        Ok(report) => {
            let verdict = report.verdict();
            // Said "by followers" when a verdict by views follows in the line below.
            let basis = if report.judged_by_views() {
                format!(" by {}", report.platform.audience_noun())
            } else {
                String::new()
            };
            m.open("p", "headline")
                .text(&format!("{} engagement ", f.percent(report.by_followers)))
                .open("span", verdict_class(verdict))
                .text(&format!(
                    "{}{basis} for {}",
                    verdict.label(),
                    report.account()
                ))
                .close("span")
                .close("p")
                .el("p", "subline", &report.headline(&f));
            if let Some(s) = &report.suspicion {
                m.open("p", "callout warning")
                    .text(&s.sentence(&f))
                    .raw(" ");
                badge(&mut m, s.provenance);
                m.close("p");
            }
            grade_scale(&mut m, report.display_grade());
            if report.suspicion.is_none() {
                m.open("p", "note").text(&format!(
                    "Above {}, a rate is implausible for {} (bought likes or engagement pods are likely), and is not called Excellent. ",
                    f.percent(data::suspicion_ceiling(report.platform, report.classification.tier)),
                    report.account()
                ));
                badge(&mut m, &data::SUSPICION_PROVENANCE);
                m.close("p");
            }
            for left_out in &report.left_out {
                m.el("p", "callout warning", &left_out.sentence(&f));
            }
            rates_table(&mut m, &f, &report);
            for note in &report.notes {
                m.el("p", "note", note);
            }
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
    use crate::domain::engagement::{self, EngagementInput};
    use crate::domain::format::PlainFormatter;
    use crate::domain::vocab::Platform;

    #[test]
    fn the_verdict_is_for_the_platform_and_tier_and_never_praises_against_it() {
        let tiktok = crate::render::tests::body(
            "v=1&calc=engagement&er.platform=tiktok&er.followers=40000&er.likes=2000&er.comments=60",
        );
        assert!(
            tiktok.contains(
                "<span class=\"grade average\">Below typical for a micro TikTok account</span>"
            ),
            "{tiktok}"
        );
        assert!(!tiktok.contains("grade good"), "no green verdict: {tiktok}");
        assert!(tiktok.contains("For reference, the guide&#39;s general scale"));
        assert!(tiktok.contains("Above 40%, a rate is implausible for a micro TikTok account"));
        assert!(
            tiktok.contains("badge assumption"),
            "the line is an assumption"
        );
        let implausible = crate::render::tests::body(
            "v=1&calc=engagement&er.followers=50000&er.likes=10000&er.comments=500",
        );
        assert_eq!(
            implausible.matches("implausibly high").count(),
            1,
            "{implausible}"
        );
        assert!(implausible.contains(">Implausibly high for a micro Instagram account<"));
    }

    #[test]
    fn a_reach_of_zero_leaves_out_its_rate_not_the_result() {
        let html = crate::render::tests::body(
            "v=2&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60&er.reach=0",
        );
        assert!(html.contains("5.15% engagement"), "{html}");
        assert!(
            html.contains("<p class=\"callout warning\">Reach must be more than zero. The rate by reach is left out.</p>"),
            "{html}"
        );
        assert!(!html.contains("By reach"), "{html}");
    }

    #[test]
    fn the_grade_scale_marks_the_current_grade_only() {
        let mut m = Markup::new();
        grade_scale(&mut m, Some(Grade::Good));
        let html = m.as_str();
        assert_eq!(html.matches("aria-current").count(), 1, "{html}");
        assert!(html.contains("<li class=\"current\" aria-current=\"true\"><strong>Good</strong><span>4–8%</span>"), "{html}");
        let mut none = Markup::new();
        grade_scale(&mut none, None);
        assert!(!none.as_str().contains("aria-current"));
    }

    #[test]
    fn the_rates_table_lists_each_rate_given() {
        let input = EngagementInput {
            views: Some(20_000.0),
            ..EngagementInput::per_post(40_000, 2_000.0, 60.0)
        };
        let report =
            engagement::analyze(&input, Platform::Instagram).unwrap_or_else(|e| panic!("{e}"));
        let mut m = Markup::new();
        rates_table(&mut m, &PlainFormatter, &report);
        let html = m.as_str();
        assert!(html.contains("By followers"), "{html}");
        assert!(html.contains("5.15%"), "{html}");
        assert!(html.contains("By views"), "{html}");
        assert!(!html.contains("By reach"), "{html}");
        assert!(
            html.contains("Typical for a micro Instagram account"),
            "{html}"
        );
    }
}
