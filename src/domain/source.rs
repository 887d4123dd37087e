//! Provenance: where each default figure comes from.
//!
//! Every figure the calculators use by default carries a [`Provenance`]: the guide the
//! product is built on, a published source named in the project's market research, or an
//! explicit assumption with the reason for it. The UI shows these next to the numbers, so
//! they are data, not comments.

use std::fmt;

/// Title of the guide every rule in this crate is anchored on.
pub const GUIDE_TITLE: &str = "What Is a Micro Influencer? Complete Definition & 2025 Guide";

/// Year of the guide.
pub const GUIDE_YEAR: u16 = 2025;

/// Publisher of the guide (its own pages name it, and it is published on its site).
pub const GUIDE_PUBLISHER: &str = "InfluenceFlow";

/// Public address of the guide.
pub const GUIDE_URL: &str =
    "https://influenceflow.io/resources/what-is-a-micro-influencer-complete-definition-2025-guide";

/// The guide as its badge names it: the first part of its title, publisher and year.
pub const GUIDE_BADGE: &str = "What Is a Micro Influencer? (InfluenceFlow, 2025)";

/// How well a published figure was checked when the market research was compiled.
///
/// Mirrors the grades of the market research; the page says them in words, never as tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verification {
    /// `[V]`: checked on the publisher's own page, help document or code.
    Verified,
    /// `[S]`: known only from a secondary source (a write-up, a copy).
    Secondary,
    /// `[U]`: could not be verified; a lead rather than a fact.
    Unverified,
}

impl Verification {
    /// A short sentence explaining the tag.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::Verified => "checked on the publisher's own page",
            Self::Secondary => "known from a secondary source only",
            Self::Unverified => "could not be verified",
        }
    }
}

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The guide ([`GUIDE_TITLE`], [`GUIDE_YEAR`]).
    Guide,
    /// A published source from the market research.
    Published {
        /// Short name for labels, e.g. "Modash".
        short: &'static str,
        /// Full description, e.g. "Modash engagement benchmarks, Nov 2025".
        title: &'static str,
        /// Year of the data or publication; `None` when the source is undated.
        year: Option<u16>,
        /// How well it was checked.
        verification: Verification,
    },
    /// No source: a figure chosen for this product, with the reason for the choice.
    Assumption {
        /// One sentence: why this figure.
        reason: &'static str,
    },
}

impl Source {
    /// A short label: "What Is a Micro Influencer? (InfluenceFlow, 2025)", "Modash (2025)",
    /// "Modash (no date given)" or "Assumption: …".
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::Guide => GUIDE_BADGE.to_owned(),
            Self::Published { short, year, .. } => match year {
                Some(y) => format!("{short} ({y})"),
                None => format!("{short} (no date given)"),
            },
            Self::Assumption { reason } => format!("Assumption: {reason}"),
        }
    }

    /// True when the figure has no source.
    #[must_use]
    pub const fn is_assumption(&self) -> bool {
        matches!(self, Self::Assumption { .. })
    }

    /// The public address of the source, when it has one.
    #[must_use]
    pub const fn url(&self) -> Option<&'static str> {
        match self {
            Self::Guide => Some(GUIDE_URL),
            _ => None,
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// A source plus a note on how the figure was read or derived from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Provenance {
    /// Where the figure comes from.
    pub source: Source,
    /// How the figure was taken from the source (a quotation, a derivation), or an empty
    /// string when the label says it all.
    pub note: &'static str,
}

impl Provenance {
    /// A figure stated by the guide.
    #[must_use]
    pub const fn guide(note: &'static str) -> Self {
        Self {
            source: Source::Guide,
            note,
        }
    }

    /// A figure chosen without a source, with the reason.
    #[must_use]
    pub const fn assumption(reason: &'static str) -> Self {
        Self {
            source: Source::Assumption { reason },
            note: "",
        }
    }

    /// A published figure.
    #[must_use]
    pub const fn published(
        short: &'static str,
        title: &'static str,
        year: Option<u16>,
        verification: Verification,
        note: &'static str,
    ) -> Self {
        Self {
            source: Source::Published {
                short,
                title,
                year,
                verification,
            },
            note,
        }
    }

    /// The short label of the source; see [`Source::label`].
    #[must_use]
    pub fn source_label(&self) -> String {
        self.source.label()
    }

    /// True when the figure has no source.
    #[must_use]
    pub const fn is_assumption(&self) -> bool {
        self.source.is_assumption()
    }

    /// A longer description for a tooltip or footnote: the full title of the source, how
    /// well it was checked in plain words (never the research's tags) and the note.
    #[must_use]
    pub fn detail(&self) -> String {
        let head = match self.source {
            Source::Guide => format!("{GUIDE_TITLE}, {GUIDE_PUBLISHER} ({GUIDE_YEAR})"),
            Source::Published {
                title,
                verification,
                ..
            } => format!("{title} ({})", verification.description()),
            Source::Assumption { reason } => format!("Assumption: {reason}"),
        };
        if self.note.is_empty() {
            head
        } else {
            format!("{head}. {}", self.note)
        }
    }
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source_label())
    }
}

/// A default value together with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced<T: 'static> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub provenance: &'static Provenance,
}

/// Pushes `p` onto `list` unless an equal provenance is already there.
pub fn push_unique(list: &mut Vec<&'static Provenance>, p: &'static Provenance) {
    if !list.iter().any(|q| **q == *p) {
        list.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            Provenance::guide("x").source_label(),
            "What Is a Micro Influencer? (InfluenceFlow, 2025)"
        );
        let m = Provenance::published(
            "Modash",
            "Modash engagement benchmarks, Nov 2025",
            Some(2025),
            Verification::Verified,
            "",
        );
        assert_eq!(m.source_label(), "Modash (2025)");
        assert!(!m.is_assumption());
        assert_eq!(
            m.detail(),
            "Modash engagement benchmarks, Nov 2025 (checked on the publisher's own page)"
        );
        let u = Provenance::published("Modash", "Modash IG", None, Verification::Verified, "");
        assert_eq!(u.source_label(), "Modash (no date given)");
        let a = Provenance::assumption("because");
        assert_eq!(a.source_label(), "Assumption: because");
        assert!(a.is_assumption());
        assert_eq!(a.to_string(), "Assumption: because");
    }

    #[test]
    fn detail_includes_note_and_title() {
        let g = Provenance::guide("micro row of the rate table");
        assert_eq!(
            g.detail(),
            format!("{GUIDE_TITLE}, InfluenceFlow (2025). micro row of the rate table")
        );
    }

    #[test]
    fn push_unique_dedups() {
        static A: Provenance = Provenance::guide("a");
        static B: Provenance = Provenance::guide("b");
        let mut v = Vec::new();
        push_unique(&mut v, &A);
        push_unique(&mut v, &B);
        push_unique(&mut v, &A);
        assert_eq!(v.len(), 2);
    }
}
