//! A rate placed against a published or assumed benchmark range.

use crate::domain::data::ErBenchmark;
use crate::domain::format::{as_shown, Kind};

/// Where a rate sits against a benchmark range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Under the low end.
    Below,
    /// Within the range.
    Within,
    /// Over the high end.
    Above,
}

impl Position {
    /// "below", "within" or "above".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Below => "below",
            Self::Within => "within",
            Self::Above => "above",
        }
    }

    /// Placed as the page shows the rate ([`as_shown`]): 2.998% reads "3%", within 3%–8%.
    pub(super) fn of(rate: f64, b: &ErBenchmark) -> Self {
        let r = as_shown(Kind::Percent, rate);
        if r < b.low {
            Self::Below
        } else if r > b.high {
            Self::Above
        } else {
            Self::Within
        }
    }
}

/// A rate compared with a benchmark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchmarkComparison {
    /// The benchmark.
    pub benchmark: ErBenchmark,
    /// The user's rate on the benchmark's basis, in percent; `None` when the input needed
    /// for that basis (views) was not given.
    pub rate_percent: Option<f64>,
    /// Where the rate sits; `None` when there is no rate to compare.
    pub position: Option<Position>,
}

impl BenchmarkComparison {
    /// A rate, when there is one, placed against a benchmark.
    pub(super) fn of(benchmark: ErBenchmark, rate_percent: Option<f64>) -> Self {
        Self {
            benchmark,
            rate_percent,
            position: rate_percent.map(|r| Position::of(r, &benchmark)),
        }
    }
}
