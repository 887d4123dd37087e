//! The seven platforms the calculators know.

/// A social platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    /// Instagram.
    Instagram,
    /// TikTok.
    TikTok,
    /// YouTube.
    YouTube,
    /// LinkedIn.
    LinkedIn,
    /// Pinterest.
    Pinterest,
    /// Threads.
    Threads,
    /// Bluesky.
    Bluesky,
}

impl Platform {
    /// Every platform, in display order.
    pub const ALL: [Self; 7] = [
        Self::Instagram,
        Self::TikTok,
        Self::YouTube,
        Self::LinkedIn,
        Self::Pinterest,
        Self::Threads,
        Self::Bluesky,
    ];

    /// A stable lower-case identifier for URLs: "instagram", "tiktok", ...
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Instagram => "instagram",
            Self::TikTok => "tiktok",
            Self::YouTube => "youtube",
            Self::LinkedIn => "linkedin",
            Self::Pinterest => "pinterest",
            Self::Threads => "threads",
            Self::Bluesky => "bluesky",
        }
    }

    /// The platform for a slug produced by [`Platform::slug`]; `None` for anything else.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The name as the platform writes it: "Instagram", "TikTok", "YouTube", ...
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Instagram => "Instagram",
            Self::TikTok => "TikTok",
            Self::YouTube => "YouTube",
            Self::LinkedIn => "LinkedIn",
            Self::Pinterest => "Pinterest",
            Self::Threads => "Threads",
            Self::Bluesky => "Bluesky",
        }
    }

    /// What the audience is called: "followers", "subscribers" for YouTube,
    /// "followers or connections" for LinkedIn.
    #[must_use]
    pub const fn audience_noun(self) -> &'static str {
        match self {
            Self::YouTube => "subscribers",
            Self::LinkedIn => "followers or connections",
            _ => "followers",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for p in Platform::ALL {
            assert_eq!(Platform::from_slug(p.slug()), Some(p));
        }
        let mut slugs: Vec<_> = Platform::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 7);
        assert_eq!(Platform::from_slug("Instagram"), None);
        assert_eq!(Platform::from_slug(""), None);
    }

    #[test]
    fn labels_and_nouns() {
        let cases = [
            (Platform::Instagram, "instagram", "Instagram", "followers"),
            (Platform::TikTok, "tiktok", "TikTok", "followers"),
            (Platform::YouTube, "youtube", "YouTube", "subscribers"),
            (
                Platform::LinkedIn,
                "linkedin",
                "LinkedIn",
                "followers or connections",
            ),
            (Platform::Pinterest, "pinterest", "Pinterest", "followers"),
            (Platform::Threads, "threads", "Threads", "followers"),
            (Platform::Bluesky, "bluesky", "Bluesky", "followers"),
        ];
        for (p, slug, label, noun) in cases {
            assert_eq!(p.slug(), slug);
            assert_eq!(p.label(), label);
            assert_eq!(p.audience_noun(), noun);
        }
    }
}
