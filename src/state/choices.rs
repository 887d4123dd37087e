//! The non-numeric choices on screen: calculators, currencies and presets.

/// The calculators, one per screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Calculator {
    /// Which tier a follower count falls in, per platform.
    #[default]
    Tiers,
    /// Engagement rate, graded and benchmarked.
    Engagement,
    /// What a creator should charge.
    Rates,
    /// Scenarios side by side: 1 macro against N micro.
    Roi,
    /// A budget split across nano, micro and macro.
    Budget,
    /// Fake-follower risk from what anyone can see.
    Authenticity,
    /// A creator's rate card: their offers and prices against the calculated ranges.
    Card,
    /// A shortlist of creators compared, and the best mix within a budget.
    Roster,
}

impl Calculator {
    /// Every calculator, in menu order.
    pub const ALL: [Calculator; 8] = [
        Calculator::Tiers,
        Calculator::Engagement,
        Calculator::Rates,
        Calculator::Card,
        Calculator::Roi,
        Calculator::Budget,
        Calculator::Authenticity,
        Calculator::Roster,
    ];

    /// The value used in the URL.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Calculator::Tiers => "tiers",
            Calculator::Engagement => "engagement",
            Calculator::Rates => "rates",
            Calculator::Roi => "roi",
            Calculator::Budget => "budget",
            Calculator::Authenticity => "authenticity",
            Calculator::Card => "card",
            Calculator::Roster => "roster",
        }
    }

    /// Reads a URL value.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The menu and heading text.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Calculator::Tiers => "Tier finder",
            Calculator::Engagement => "Engagement rate",
            Calculator::Rates => "Rate range",
            Calculator::Roi => "Micro vs macro ROI",
            Calculator::Budget => "Budget planner",
            Calculator::Authenticity => "Authenticity check",
            Calculator::Card => "Rate card",
            Calculator::Roster => "Roster",
        }
    }
}

/// Currencies the page formats money in. Amounts are not converted: default figures are in
/// US dollars, and the screen says so when another currency is chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    /// US dollar.
    #[default]
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Canadian dollar.
    Cad,
    /// Australian dollar.
    Aud,
    /// Indian rupee.
    Inr,
    /// Japanese yen.
    Jpy,
    /// Brazilian real.
    Brl,
    /// Mexican peso.
    Mxn,
    /// Swiss franc.
    Chf,
}

impl Currency {
    /// Every currency, in menu order.
    pub const ALL: [Currency; 10] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Inr,
        Currency::Jpy,
        Currency::Brl,
        Currency::Mxn,
        Currency::Chf,
    ];

    /// ISO 4217 code, also the URL value.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Inr => "INR",
            Currency::Jpy => "JPY",
            Currency::Brl => "BRL",
            Currency::Mxn => "MXN",
            Currency::Chf => "CHF",
        }
    }

    /// Reads a code in any case.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// Menu text.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Currency::Usd => "USD – US dollar",
            Currency::Eur => "EUR – euro",
            Currency::Gbp => "GBP – pound sterling",
            Currency::Cad => "CAD – Canadian dollar",
            Currency::Aud => "AUD – Australian dollar",
            Currency::Inr => "INR – Indian rupee",
            Currency::Jpy => "JPY – Japanese yen",
            Currency::Brl => "BRL – Brazilian real",
            Currency::Mxn => "MXN – Mexican peso",
            Currency::Chf => "CHF – Swiss franc",
        }
    }
}

/// The guide's worked ROI examples, loadable in one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Table 1: 1 macro at $10,000 against 5 micro at $2,000.
    GuideTable1,
    /// Example 2: 1 macro at $10,000 against 10 micro at $1,000.
    GuideExample2,
}
