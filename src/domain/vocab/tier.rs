//! The influencer tiers, smallest first: a name and a URL slug, nothing more.

/// An influencer tier, smallest first. Ordering follows size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Under the nano floor.
    BelowNano,
    /// Nano influencer.
    Nano,
    /// Micro influencer.
    Micro,
    /// Macro influencer.
    Macro,
    /// Mega or celebrity influencer.
    Mega,
}

impl Tier {
    /// Every tier, smallest first.
    pub const ALL: [Self; 5] = [
        Self::BelowNano,
        Self::Nano,
        Self::Micro,
        Self::Macro,
        Self::Mega,
    ];

    /// The name shown to users: "Below nano", "Nano", "Micro", "Macro", "Mega".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::BelowNano => "Below nano",
            Self::Nano => "Nano",
            Self::Micro => "Micro",
            Self::Macro => "Macro",
            Self::Mega => "Mega",
        }
    }

    /// A stable identifier for URLs: "below-nano", "nano", "micro", "macro", "mega".
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Self::BelowNano => "below-nano",
            Self::Nano => "nano",
            Self::Micro => "micro",
            Self::Macro => "macro",
            Self::Mega => "mega",
        }
    }

    /// The tier for a slug produced by [`Tier::slug`]; `None` for anything else.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// Position in [`Tier::ALL`], 0 to 4.
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Self::BelowNano => 0,
            Self::Nano => 1,
            Self::Micro => 2,
            Self::Macro => 3,
            Self::Mega => 4,
        }
    }
}
