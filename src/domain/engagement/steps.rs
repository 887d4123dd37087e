//! The working of an engagement report, with the user's numbers.

use super::EngagementReport;
use crate::domain::explain::{Op, Quantity, Step, Term};
use crate::domain::num::to_f64;

impl EngagementReport {
    /// The working, with the user's numbers.
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let mut v = vec![self.engagements_step(), self.followers_step()];
        v.extend(self.denominator_steps());
        if let Some(c) = &self.comment_to_like {
            v.push(
                Step::new("Comment-to-like ratio", Quantity::percent(c.ratio_percent)).expr(vec![
                    Term::named(Quantity::count(self.comments_per_post), "comments"),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(self.likes_per_post), "likes"),
                ]),
            );
        }
        v
    }

    /// Likes, comments, shares and saves added up (and divided by the posts for totals).
    fn engagements_step(&self) -> Step {
        let total = |per_post: f64, noun: &'static str| {
            Term::named(Quantity::count(per_post * f64::from(self.posts)), noun)
        };
        let mut sum = vec![
            total(self.likes_per_post, "likes"),
            Term::Op(Op::Plus),
            total(self.comments_per_post, "comments"),
            Term::Op(Op::Plus),
            total(self.shares_per_post, "shares"),
            Term::Op(Op::Plus),
            total(self.saves_per_post, "saves"),
        ];
        if self.posts > 1 {
            sum.insert(0, Term::Open);
            sum.push(Term::Close);
            sum.push(Term::Op(Op::Divide));
            sum.push(Term::named(Quantity::count(f64::from(self.posts)), "posts"));
        }
        Step::new(
            "Engagements per post",
            Quantity::count(self.engagements_per_post),
        )
        .noun("engagements")
        .expr(sum)
    }

    fn engagements_term(&self) -> Term {
        Term::named(Quantity::count(self.engagements_per_post), "engagements")
    }

    fn followers_step(&self) -> Step {
        Step::new(
            "Engagement rate by followers",
            Quantity::percent(self.by_followers),
        )
        .expr(vec![
            self.engagements_term(),
            Term::Op(Op::Divide),
            Term::named(
                Quantity::count(to_f64(self.input.followers)),
                self.platform.audience_noun(),
            ),
        ])
    }

    /// The rates by reach, impressions and views, those that were given.
    fn denominator_steps(&self) -> Vec<Step> {
        let per_post = |x: Option<f64>| x.map(|x| x / f64::from(self.posts));
        let mut v = Vec::new();
        for (label, rate, denom, noun) in [
            (
                "Engagement rate by reach",
                self.by_reach,
                per_post(self.input.reach),
                "reached",
            ),
            (
                "Engagement rate by impressions",
                self.by_impressions,
                per_post(self.input.impressions),
                "impressions",
            ),
            (
                "Engagement rate by views",
                self.by_views,
                per_post(self.input.views),
                "views",
            ),
        ] {
            if let (Some(r), Some(d)) = (rate, denom) {
                v.push(Step::new(label, Quantity::percent(r)).expr(vec![
                    self.engagements_term(),
                    Term::Op(Op::Divide),
                    Term::named(Quantity::count(d), noun),
                ]));
            }
        }
        v
    }
}
