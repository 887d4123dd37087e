//! The guide's grades of an engagement rate: Poor, Average, Good, Excellent.

use crate::domain::data;
use crate::domain::format::{as_shown, fixed, Kind};

/// The guide's grade of an engagement rate by followers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// Below 2%.
    Poor,
    /// 2% to under 4%.
    Average,
    /// 4% to under 8%.
    Good,
    /// 8% or more.
    Excellent,
}

impl Grade {
    /// "Poor", "Average", "Good" or "Excellent".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Poor => "Poor",
            Self::Average => "Average",
            Self::Good => "Good",
            Self::Excellent => "Excellent",
        }
    }

    /// The guide's range for the grade, as text built from its grade lines: "8%+",
    /// "4–8%", "2–4%", "below 2%".
    #[must_use]
    pub fn guide_range(self) -> String {
        let whole = |v: f64| fixed(v, 0);
        let (average, good, excellent) = (
            whole(data::GRADE_AVERAGE_FROM),
            whole(data::GRADE_GOOD_FROM),
            whole(data::GRADE_EXCELLENT_FROM),
        );
        match self {
            Self::Poor => format!("below {average}%"),
            Self::Average => format!("{average}–{good}%"),
            Self::Good => format!("{good}–{excellent}%"),
            Self::Excellent => format!("{excellent}%+"),
        }
    }

    /// Grades a rate in percent, as the page shows it ([`as_shown`]): 7.996% reads "8%" and
    /// is Excellent, 1.999% reads "2%" and is Average (float noise from a division, as in
    /// 7.9999999999%, goes with it). Boundaries belong to the higher grade.
    #[must_use]
    pub fn from_rate(rate_percent: f64) -> Self {
        let r = as_shown(Kind::Percent, rate_percent);
        if r >= data::GRADE_EXCELLENT_FROM {
            Self::Excellent
        } else if r >= data::GRADE_GOOD_FROM {
            Self::Good
        } else if r >= data::GRADE_AVERAGE_FROM {
            Self::Average
        } else {
            Self::Poor
        }
    }
}
