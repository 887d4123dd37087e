//! The roster's columns and the header names each is recognised by, in any order.

/// A column of the roster table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Name or handle.
    Name,
    /// Platform.
    Platform,
    /// Followers (subscribers).
    Followers,
    /// Average likes per post.
    Likes,
    /// Average comments per post.
    Comments,
    /// Average views per post (optional).
    Views,
    /// Average shares per post (optional).
    Shares,
    /// Average saves per post (optional).
    Saves,
    /// The quoted price (optional).
    Price,
    /// What the price buys (optional).
    Deliverable,
    /// Monthly follower counts, oldest first, in one cell (optional).
    History,
    /// Conversion rate, percent of the engaged audience (optional).
    Conversion,
}

/// Words of the headers of figures the page works out (in its own export, say): "Fair
/// rate low", "Cost per engagement", "Engagement rate by followers". They are not read,
/// so that a fair rate is never taken for the quote.
const COMPUTED: [&str; 13] = [
    "fair",
    "minus",
    "against",
    "expected",
    "reach",
    "engagementrate",
    "costperengagement",
    "costper1000",
    "risk",
    "checklist",
    "inthemix",
    "leftout",
    "verdict",
];

impl Column {
    /// Every column, in the order of the export.
    pub const ALL: [Column; 12] = [
        Column::Name,
        Column::Platform,
        Column::Followers,
        Column::Likes,
        Column::Comments,
        Column::Views,
        Column::Shares,
        Column::Saves,
        Column::Price,
        Column::Deliverable,
        Column::History,
        Column::Conversion,
    ];

    /// The order of the columns in a file without a header row.
    pub const BY_POSITION: [Column; 6] = [
        Column::Name,
        Column::Platform,
        Column::Followers,
        Column::Likes,
        Column::Comments,
        Column::Price,
    ];

    /// True for the columns that hold numbers.
    #[must_use]
    pub const fn is_number(self) -> bool {
        !matches!(self, Column::Name | Column::Platform | Column::Deliverable)
    }

    /// The name in messages: "average likes".
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Platform => "platform",
            Column::Followers => "followers",
            Column::Likes => "average likes",
            Column::Comments => "average comments",
            Column::Views => "average views",
            Column::Shares => "average shares",
            Column::Saves => "average saves",
            Column::Price => "quoted price",
            Column::Deliverable => "deliverable",
            Column::History => "follower history",
            Column::Conversion => "conversion rate",
        }
    }

    /// The column a header cell names, by its words and their common synonyms, whatever
    /// the case, spacing or punctuation ("Avg. Likes", "subscribers", "Fee (USD)").
    #[must_use]
    pub fn of_header(cell: &str) -> Option<Column> {
        let h: String = cell
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
        let column = if h.is_empty() || has(&COMPUTED) {
            return None;
        } else if has(&["history", "growth", "monthly"]) {
            Column::History
        } else if has(&["conversion"]) || h == "cr" {
            Column::Conversion
        } else if has(&["follower", "subscriber", "fans", "audience"]) || h == "subs" {
            Column::Followers
        } else if has(&["like", "heart"]) {
            Column::Likes
        } else if has(&["comment", "repl"]) {
            Column::Comments
        } else if has(&["view", "plays", "impression"]) {
            Column::Views
        } else if has(&["share", "repost"]) {
            Column::Shares
        } else if has(&["save", "bookmark"]) {
            Column::Saves
        } else if has(&["price", "quote", "fee", "cost", "budget"])
            || (h.contains("rate") && !h.contains("engagement"))
        {
            Column::Price
        } else if has(&["deliverable", "format", "contenttype"]) || h == "type" {
            Column::Deliverable
        } else if has(&["platform", "network", "channel", "social"]) || h == "site" {
            Column::Platform
        } else if has(&["name", "handle", "creator", "user", "account", "influencer"]) {
            Column::Name
        } else {
            return None;
        };
        Some(column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_by_synonyms_in_any_form() {
        for (cell, column) in [
            ("Handle", Column::Name),
            ("Creator name", Column::Name),
            ("@username", Column::Name),
            ("Network", Column::Platform),
            ("Subscribers", Column::Followers),
            ("Follower count", Column::Followers),
            ("Avg. Likes", Column::Likes),
            ("average_comments", Column::Comments),
            ("Views per post", Column::Views),
            ("Shares", Column::Shares),
            ("Saves", Column::Saves),
            ("Quoted price (USD)", Column::Price),
            ("Fee", Column::Price),
            ("Rate", Column::Price),
            ("Deliverable", Column::Deliverable),
            ("Follower history", Column::History),
            ("Conversion rate %", Column::Conversion),
        ] {
            assert_eq!(Column::of_header(cell), Some(column), "{cell}");
        }
        assert_eq!(Column::of_header("Engagement rate"), None);
        // The page's own computed columns are not read back as the figures they derive from.
        for computed in [
            "Fair rate low (EUR)",
            "Quote minus typical (EUR)",
            "Engagement rate by followers (%)",
            "Expected conversions (per post)",
            "Cost per engagement (EUR)",
            "Cost per 1000 reached (EUR)",
        ] {
            assert_eq!(Column::of_header(computed), None, "{computed}");
        }
        assert_eq!(Column::of_header("Cost per post"), Some(Column::Price));
        assert_eq!(Column::of_header("Notes"), None);
        assert_eq!(Column::of_header(""), None);
    }
}
