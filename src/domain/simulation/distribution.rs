//! What an uncertain input may be: one value, uniform between two ends, or triangular
//! between two ends with a most likely value.

/// The spread of one input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Distribution {
    /// Known exactly.
    Fixed(f64),
    /// Every value between `low` and `high` equally likely (a range "low–high").
    Uniform {
        /// Low end.
        low: f64,
        /// High end.
        high: f64,
    },
    /// Most likely at `typical`, falling off linearly to `low` and `high` (a range
    /// "low–typical–high").
    Triangular {
        /// Low end.
        low: f64,
        /// Most likely value.
        typical: f64,
        /// High end.
        high: f64,
    },
}

impl Distribution {
    /// The distribution a typed value stands for: equal ends are one value; a typical value
    /// strictly inside the ends makes it triangular; anything else between two ends is
    /// uniform.
    #[must_use]
    pub fn from_ends(low: f64, typical: Option<f64>, high: f64) -> Self {
        if low >= high {
            return Self::Fixed(low);
        }
        match typical {
            Some(t) if t >= low && t <= high => Self::Triangular {
                low,
                typical: t,
                high,
            },
            _ => Self::Uniform { low, high },
        }
    }

    /// True unless the value is known exactly.
    #[must_use]
    pub const fn is_uncertain(&self) -> bool {
        !matches!(self, Self::Fixed(_))
    }

    /// The value at cumulative probability `u` in `[0, 1)` (the inverse of the distribution
    /// function), so that one uniform draw gives one value.
    #[must_use]
    pub fn at(&self, u: f64) -> f64 {
        match *self {
            Self::Fixed(v) => v,
            Self::Uniform { low, high } => low + (high - low) * u,
            Self::Triangular { low, typical, high } => {
                let width = high - low;
                let left = typical - low;
                if u * width < left {
                    low + (u * width * left).sqrt()
                } else {
                    high - ((1.0 - u) * width * (high - typical)).sqrt()
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_decide_the_shape() {
        assert_eq!(
            Distribution::from_ends(5.0, None, 5.0),
            Distribution::Fixed(5.0)
        );
        assert_eq!(
            Distribution::from_ends(1.0, None, 3.0),
            Distribution::Uniform {
                low: 1.0,
                high: 3.0
            }
        );
        assert_eq!(
            Distribution::from_ends(1.0, Some(2.0), 3.0),
            Distribution::Triangular {
                low: 1.0,
                typical: 2.0,
                high: 3.0
            }
        );
        assert_eq!(
            Distribution::from_ends(1.0, Some(9.0), 3.0),
            Distribution::Uniform {
                low: 1.0,
                high: 3.0
            }
        );
    }

    #[test]
    fn inverse_distribution_functions() {
        let u = Distribution::Uniform {
            low: 10.0,
            high: 20.0,
        };
        assert_eq!(u.at(0.0), 10.0);
        assert_eq!(u.at(0.25), 12.5);
        let t = Distribution::Triangular {
            low: 0.0,
            typical: 1.0,
            high: 2.0,
        };
        assert_eq!(t.at(0.5), 1.0);
        assert!((t.at(0.125) - 0.5).abs() < 1e-12); // P(X < 0.5) = 0.5² / 2
        assert!((t.at(0.875) - 1.5).abs() < 1e-12);
        let skewed = Distribution::Triangular {
            low: 0.0,
            typical: 0.0,
            high: 1.0,
        };
        assert!((skewed.at(0.75) - 0.5).abs() < 1e-12); // P(X < 0.5) = 1 − 0.5²
    }
}
