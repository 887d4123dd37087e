//! Formula steps: each result shows the arithmetic that produced it, with the user's numbers.
//!
//! A [`Step`] is structured (quantities and operator symbols, not pre-formatted text), so
//! the UI can render it with its own [`NumberFormatter`]: "13,750 engaged = 250,000
//! reached × 5.5%" in US dollars or, through the browser, in the user's locale.

pub use super::format::NumberFormatter;
use super::range::Range;

/// A number with its kind; the payload is a [`Range`] (a single value has equal ends).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// US dollars.
    Money(Range),
    /// People, posts, conversions, creators.
    Count(Range),
    /// Percent units: 5.5 means 5.5%.
    Percent(Range),
    /// A unitless multiple: 2.0 means twice.
    Ratio(Range),
}

impl Quantity {
    /// A single amount of money.
    #[must_use]
    pub const fn money(v: f64) -> Self {
        Self::Money(Range::point(v))
    }
    /// A single count.
    #[must_use]
    pub const fn count(v: f64) -> Self {
        Self::Count(Range::point(v))
    }
    /// A single percentage (percent units).
    #[must_use]
    pub const fn percent(v: f64) -> Self {
        Self::Percent(Range::point(v))
    }
    /// A single multiple.
    #[must_use]
    pub const fn ratio(v: f64) -> Self {
        Self::Ratio(Range::point(v))
    }

    /// The range carried by the quantity.
    #[must_use]
    pub const fn range(&self) -> Range {
        match self {
            Self::Money(r) | Self::Count(r) | Self::Percent(r) | Self::Ratio(r) => *r,
        }
    }

    /// True when both ends are finite.
    #[must_use]
    pub fn is_finite(&self) -> bool {
        self.range().is_finite()
    }
}

/// An arithmetic operator in an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Addition, "+".
    Plus,
    /// Subtraction, "−".
    Minus,
    /// Multiplication, "×".
    Times,
    /// Division, "÷".
    Divide,
}

impl Op {
    /// The symbol: "+", "−", "×" or "÷".
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Self::Plus => "+",
            Self::Minus => "−",
            Self::Times => "×",
            Self::Divide => "÷",
        }
    }
}

/// One element of an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    /// A number, optionally followed by a word naming it ("250,000 reached").
    Value {
        /// The number.
        quantity: Quantity,
        /// The word after it, if any.
        noun: Option<String>,
    },
    /// An operator.
    Op(Op),
    /// "(".
    Open,
    /// ")".
    Close,
}

impl Term {
    /// A bare number.
    #[must_use]
    pub const fn value(quantity: Quantity) -> Self {
        Self::Value {
            quantity,
            noun: None,
        }
    }

    /// A number followed by a word.
    #[must_use]
    pub fn named(quantity: Quantity, noun: impl Into<String>) -> Self {
        Self::Value {
            quantity,
            noun: Some(noun.into()),
        }
    }
}

/// The noun after a quantity: its first word singular after a count of exactly one
/// ("1 creator", "1 post"), as given otherwise.
#[must_use]
pub fn noun_for(quantity: &Quantity, noun: &str) -> String {
    let one = matches!(quantity, Quantity::Count(r) if r.is_point() && r.low == 1.0);
    let (first, rest) = noun.split_once(' ').map_or((noun, ""), |(a, b)| (a, b));
    match first.strip_suffix('s') {
        Some(singular) if one && !singular.ends_with('s') && !singular.is_empty() => {
            if rest.is_empty() {
                singular.to_owned()
            } else {
                format!("{singular} {rest}")
            }
        }
        _ => noun.to_owned(),
    }
}

/// One line of working: `result [noun] = expression`.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// What the step computes, e.g. "Engaged audience".
    pub label: String,
    /// The result.
    pub result: Quantity,
    /// The word after the result, e.g. "engaged".
    pub noun: Option<String>,
    /// The right-hand side of the equation; empty for an input or a looked-up figure.
    pub expression: Vec<Term>,
}

impl Step {
    /// A step with a label and result and no expression yet.
    #[must_use]
    pub fn new(label: impl Into<String>, result: Quantity) -> Self {
        Self {
            label: label.into(),
            result,
            noun: None,
            expression: Vec::new(),
        }
    }

    /// Sets the word after the result.
    #[must_use]
    pub fn noun(mut self, noun: impl Into<String>) -> Self {
        self.noun = Some(noun.into());
        self
    }

    /// Sets the expression.
    #[must_use]
    pub fn expr(mut self, terms: Vec<Term>) -> Self {
        self.expression = terms;
        self
    }

    /// Renders the equation: "13,750 engaged = 250,000 reached × 5.5%".
    #[must_use]
    pub fn render(&self, f: &dyn NumberFormatter) -> String {
        let mut out = f.quantity(&self.result);
        if let Some(n) = &self.noun {
            out.push(' ');
            out.push_str(&noun_for(&self.result, n));
        }
        if self.expression.is_empty() {
            return out;
        }
        out.push_str(" =");
        let mut after_open = false;
        for t in &self.expression {
            match t {
                Term::Close => out.push(')'),
                _ => {
                    if !after_open {
                        out.push(' ');
                    }
                    after_open = false;
                    match t {
                        Term::Value { quantity, noun } => {
                            out.push_str(&f.quantity(quantity));
                            if let Some(n) = noun {
                                out.push(' ');
                                out.push_str(&noun_for(quantity, n));
                            }
                        }
                        Term::Op(op) => out.push_str(op.symbol()),
                        Term::Open => {
                            out.push('(');
                            after_open = true;
                        }
                        Term::Close => {}
                    }
                }
            }
        }
        out
    }

    /// True when every number in the step is finite.
    #[must_use]
    pub fn is_finite(&self) -> bool {
        self.result.is_finite()
            && self.expression.iter().all(|t| match t {
                Term::Value { quantity, .. } => quantity.is_finite(),
                _ => true,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::PlainFormatter;

    #[test]
    fn one_of_a_thing_is_singular() {
        let step = Step::new("Total cost", Quantity::money(10_000.0)).expr(vec![
            Term::named(Quantity::count(1.0), "creators"),
            Term::Op(Op::Times),
            Term::value(Quantity::money(10_000.0)),
        ]);
        assert_eq!(
            step.render(&PlainFormatter),
            "$10,000 = 1 creator × $10,000"
        );
        assert_eq!(noun_for(&Quantity::count(2.0), "creators"), "creators");
        assert_eq!(
            noun_for(&Quantity::count(1.0), "creators affordable"),
            "creator affordable"
        );
        assert_eq!(noun_for(&Quantity::count(1.0), "reached"), "reached");
        assert_eq!(noun_for(&Quantity::percent(1.0), "posts"), "posts");
    }

    #[test]
    fn renders_guide_example() {
        let s = Step::new("Engaged audience", Quantity::count(13_750.0))
            .noun("engaged")
            .expr(vec![
                Term::named(Quantity::count(250_000.0), "reached"),
                Term::Op(Op::Times),
                Term::value(Quantity::percent(5.5)),
            ]);
        assert_eq!(
            s.render(&PlainFormatter),
            "13,750 engaged = 250,000 reached × 5.5%"
        );
        assert!(s.is_finite());
    }

    #[test]
    fn renders_parentheses_and_ranges() {
        let s = Step::new(
            "Cost per engagement",
            Quantity::Money(Range::new(0.5, 2.0 / 3.0)),
        )
        .expr(vec![
            Term::value(Quantity::money(10_000.0)),
            Term::Op(Op::Divide),
            Term::Open,
            Term::value(Quantity::Count(Range::new(300_000.0, 400_000.0))),
            Term::Op(Op::Times),
            Term::value(Quantity::percent(5.0)),
            Term::Close,
        ]);
        assert_eq!(
            s.render(&PlainFormatter),
            "$0.50–$0.67 = $10,000 ÷ (300,000–400,000 × 5%)"
        );
    }

    #[test]
    fn bare_result() {
        let s = Step::new("Followers", Quantity::count(25_000.0));
        assert_eq!(s.render(&PlainFormatter), "25,000");
        let bad = Step::new("x", Quantity::money(f64::NAN));
        assert!(!bad.is_finite());
    }
}
