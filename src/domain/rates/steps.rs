//! The working of a rate estimate, with the user's numbers.

use super::{Multiplier, RateEstimate};
use crate::domain::explain::{Op, Quantity, Step, Term};

impl RateEstimate {
    /// The base rate: the creator's own, by size, or by size converted from US dollars.
    fn base_step(&self) -> Step {
        let input = &self.input;
        if input.own_base.is_some() {
            return Step::new("Your base rate", Quantity::money(self.base));
        }
        if (input.usd_rate - 1.0).abs() < f64::EPSILON {
            return Step::new("Base rate by size", Quantity::money(self.base));
        }
        Step::new("Base rate by size, converted", Quantity::money(self.base)).expr(vec![
            Term::named(Quantity::count(self.base_usd), "US dollars"),
            Term::Op(Op::Times),
            Term::named(Quantity::ratio(input.usd_rate), "exchange rate"),
        ])
    }

    /// The working, with the user's numbers (unrounded; the prices are then rounded as the
    /// module documents).
    #[must_use]
    pub fn steps(&self) -> Vec<Step> {
        let mut v = vec![self.base_step()];
        let mut typical_per_post = self.per_post.typical;
        for (label, pick) in [
            ("Typical per post", 1_u8),
            ("Low per post", 0),
            ("High per post", 2),
        ] {
            let f = |m: &Multiplier| match pick {
                0 => m.low,
                1 => m.factor,
                _ => m.high,
            };
            let mut expr = vec![Term::named(Quantity::money(self.base), "base")];
            let mut total = self.base;
            for m in &self.breakdown {
                let k = f(m);
                if pick == 1 && m.low != m.high && (k - 1.0).abs() < f64::EPSILON {
                    continue;
                }
                total *= k;
                expr.push(Term::Op(Op::Times));
                expr.push(Term::named(Quantity::ratio(k), m.name.to_ascii_lowercase()));
            }
            if pick == 1 {
                typical_per_post = total;
            }
            v.push(Step::new(label, Quantity::money(total)).expr(expr));
        }
        if self.posts > 1 {
            v.push(
                Step::new(
                    if self.monthly {
                        "Monthly retainer"
                    } else {
                        "Bundle price"
                    },
                    Quantity::money(typical_per_post * f64::from(self.posts)),
                )
                .expr(vec![
                    // Unrounded like the steps above: the rounded $2,450 × 3 is not $7,300.
                    Term::named(Quantity::money(typical_per_post), "per post"),
                    Term::Op(Op::Times),
                    Term::named(Quantity::count(f64::from(self.posts)), "posts"),
                ]),
            );
        }
        v
    }
}
