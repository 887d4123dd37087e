//! The working of an authenticity report, with the user's numbers.

use super::{AuthenticityInput, AuthenticityReport, FakeSample, MonthGrowth};
use crate::domain::explain::{Op, Quantity, Step, Term};
use crate::domain::num::to_f64;

impl AuthenticityReport {
    /// The working, with the user's numbers.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let i = &self.input;
        let mut v: Vec<Step> = self.growth.iter().map(growth_step).collect();
        v.extend(self.engagement_step());
        v.extend(self.comment_step());
        if let Some(s) = &self.fake_sample {
            v.extend(sample_steps(i, s));
        }
        if let Some(s) = &self.comment_sample {
            v.push(
                Step::new(
                    "Generic share of comments read",
                    Quantity::percent(s.share_percent),
                )
                .expr(vec![
                    Term::named(Quantity::count(f64::from(s.generic)), "generic"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(f64::from(s.read)), "read"),
                ]),
            );
        }
        v.extend(self.score_steps());
        v
    }

    fn engagement_step(&self) -> Option<Step> {
        let i = &self.input;
        let (er, likes) = (self.engagement_rate_percent?, i.avg_likes?);
        Some(
            Step::new("Engagement rate", Quantity::percent(er)).expr(vec![
                Term::Open,
                Term::named(Quantity::count(likes), "likes"),
                Term::Op(Op::Plus),
                Term::named(Quantity::count(i.avg_comments.unwrap_or(0.0)), "comments"),
                Term::Close,
                Term::Op(Op::Divide),
                followers_term(i),
            ]),
        )
    }

    fn comment_step(&self) -> Option<Step> {
        let i = &self.input;
        let (c, likes, comments) = (self.comment_to_like?, i.avg_likes?, i.avg_comments?);
        Some(
            Step::new("Comment-to-like ratio", Quantity::percent(c.ratio_percent)).expr(vec![
                Term::named(Quantity::count(comments), "comments"),
                Term::Op(Op::Divide),
                Term::named(Quantity::count(likes), "likes"),
            ]),
        )
    }

    /// The score as the sum of the reasons' points; over 100, the sum first and then the
    /// score it is capped to, so that every equation shown adds up.
    fn score_steps(&self) -> Vec<Step> {
        let total = super::points(&self.reasons);
        let mut sum = self.score_step();
        if total <= u32::from(self.risk_score) {
            return vec![sum];
        }
        sum.label = "Points of the reasons".to_owned();
        sum.result = Quantity::count(f64::from(total));
        let capped = Step::new(
            "Risk score, at most 100",
            Quantity::count(f64::from(self.risk_score)),
        );
        vec![sum, capped]
    }

    fn score_step(&self) -> Step {
        let terms = self
            .reasons
            .iter()
            .enumerate()
            .flat_map(|(k, r)| {
                let t = Term::named(
                    Quantity::count(f64::from(r.points)),
                    r.signal.label().to_ascii_lowercase(),
                );
                if k == 0 {
                    vec![t]
                } else {
                    vec![Term::Op(Op::Plus), t]
                }
            })
            .collect();
        Step::new("Risk score", Quantity::count(f64::from(self.risk_score))).expr(terms)
    }
}

fn followers_term(i: &AuthenticityInput) -> Term {
    Term::named(
        Quantity::count(to_f64(i.followers)),
        i.platform.audience_noun(),
    )
}

fn growth_step(g: &MonthGrowth) -> Step {
    Step::new(
        format!("Growth in month {}", g.month),
        Quantity::percent(g.percent),
    )
    .expr(vec![
        Term::Open,
        Term::value(Quantity::count(to_f64(g.to))),
        Term::Op(Op::Minus),
        Term::value(Quantity::count(to_f64(g.from))),
        Term::Close,
        Term::Op(Op::Divide),
        Term::value(Quantity::count(to_f64(g.from))),
    ])
}

fn sample_steps(i: &AuthenticityInput, s: &FakeSample) -> [Step; 3] {
    [
        Step::new(
            "Fake share of the sample",
            Quantity::percent(s.share_percent),
        )
        .expr(vec![
            Term::named(Quantity::count(f64::from(s.fake)), "fake"),
            Term::Op(Op::Divide),
            Term::named(Quantity::count(f64::from(s.sample_size)), "checked"),
        ]),
        Step::new(
            "Estimated fake followers",
            Quantity::count(s.estimated_fake_followers),
        )
        .noun("fake")
        .expr(vec![
            followers_term(i),
            Term::Op(Op::Times),
            Term::value(Quantity::percent(s.share_percent)),
        ]),
        Step::new("Inflation", Quantity::percent(s.inflation_percent)).expr(vec![
            Term::named(Quantity::count(s.estimated_fake_followers), "fake"),
            Term::Op(Op::Divide),
            followers_term(i),
        ]),
    ]
}
