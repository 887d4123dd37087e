//! The roster screen's state: the table as typed, the budget, what the mix maximises, and
//! what the user did inside the worker's table (pins, checklist ticks, sort, filter, the
//! creator whose working is open). Creators are named, not numbered, so that an edit of the
//! table does not move a pin to someone else.

use super::fields::{NumberField, NumberSpec, Value};
use crate::domain::roi::MAX_MONEY;
use crate::domain::roster::checklist::ITEMS;
use crate::domain::roster::report::{MixSettings, Objective, Pin};
use crate::domain::roster::MAX_CREATORS;
use crate::input::Limits;

/// The budget field: the guide's example campaign budget by default.
pub static ROSTER_BUDGET: NumberSpec = NumberSpec {
    key: "budget",
    label: "Budget",
    default: Some(10_000.0),
    limits: Limits::decimal(0.01, MAX_MONEY),
    range: false,
};

/// The most pins or ticks kept (every creator's every item).
const MAX_MARKS: usize = MAX_CREATORS * ITEMS;

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Table order.
    #[default]
    Line,
    /// Name.
    Name,
    /// Followers.
    Followers,
    /// Engagement rate.
    Engagement,
    /// Quote against the typical rate, percent.
    Quote,
    /// Expected engagements.
    Engaged,
    /// Cost per engagement.
    CostPerEngagement,
    /// Cost per 1,000 reached.
    CostPerThousand,
    /// Authenticity risk.
    Risk,
    /// Checklist score.
    Checklist,
}

impl SortKey {
    /// Every key.
    pub const ALL: [SortKey; 10] = [
        SortKey::Line,
        SortKey::Name,
        SortKey::Followers,
        SortKey::Engagement,
        SortKey::Quote,
        SortKey::Engaged,
        SortKey::CostPerEngagement,
        SortKey::CostPerThousand,
        SortKey::Risk,
        SortKey::Checklist,
    ];

    /// Value in links and `data-v` attributes.
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            SortKey::Line => "line",
            SortKey::Name => "name",
            SortKey::Followers => "followers",
            SortKey::Engagement => "er",
            SortKey::Quote => "quote",
            SortKey::Engaged => "engaged",
            SortKey::CostPerEngagement => "cpe",
            SortKey::CostPerThousand => "cpm",
            SortKey::Risk => "risk",
            SortKey::Checklist => "score",
        }
    }

    /// The key of a slug.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// Which creators the table shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Everyone.
    #[default]
    All,
    /// Those in the mix.
    InMix,
    /// Those left out of the mix.
    LeftOut,
    /// Quotes over the fair range.
    Overpriced,
    /// Moderate or high authenticity risk.
    Risky,
}

impl Filter {
    /// Every filter, in menu order.
    pub const ALL: [Filter; 5] = [
        Filter::All,
        Filter::InMix,
        Filter::LeftOut,
        Filter::Overpriced,
        Filter::Risky,
    ];

    /// Value in links and `data-v` attributes.
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::InMix => "mix",
            Filter::LeftOut => "out",
            Filter::Overpriced => "over",
            Filter::Risky => "risk",
        }
    }

    /// Button text.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Filter::All => "All",
            Filter::InMix => "In the mix",
            Filter::LeftOut => "Left out",
            Filter::Overpriced => "Over the fair range",
            Filter::Risky => "Risk 25+",
        }
    }

    /// The filter of a slug.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// Everything on the roster screen that a link restores. The page knows the table and the
/// budget; every other choice is a mark, a key and a value as in the link (`o=conversions`,
/// `in=ana`, `k=3~ana`), which the worker's buttons name and [`RosterState::settings`]
/// reads, so that the page carries no code for what the marks mean.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterState {
    /// The table as pasted, typed or loaded.
    pub text: String,
    /// The budget.
    pub budget: NumberField,
    /// The other choices, in the order made.
    pub marks: Vec<(String, String)>,
}

impl Default for RosterState {
    fn default() -> Self {
        Self {
            text: String::new(),
            budget: ROSTER_BUDGET.default_field(),
            marks: Vec::new(),
        }
    }
}

/// Mark keys.
pub mod key {
    /// What to maximise (`engagements`, `conversions`).
    pub const OBJECTIVE: &str = "o";
    /// Tier limits on (`1`).
    pub const LIMITS: &str = "l";
    /// A creator pinned in (their name).
    pub const IN: &str = "in";
    /// A creator pinned out.
    pub const OUT: &str = "out";
    /// A checklist item ticked: `item~name`.
    pub const TICK: &str = "k";
    /// The sort: a column's slug, `-` after it for descending.
    pub const SORT: &str = "s";
    /// The filter's slug.
    pub const FILTER: &str = "f";
    /// The open creator's name.
    pub const OPEN: &str = "open";
}

/// A change of a mark, as a button of the worker's table names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkEdit {
    /// The key.
    pub key: String,
    /// The value.
    pub value: String,
    /// The key holds one value (a choice): setting it replaces the old one.
    pub one: bool,
    /// Another key whose pair with the same value goes (pinning in unpins out).
    pub clear: String,
}

/// A change on the roster screen.
#[derive(Clone, Debug, PartialEq)]
pub enum RosterEdit {
    /// The table's text.
    Text(String),
    /// The budget's text.
    Budget(String),
    /// A mark: set where it is not, removed where it is (a pin or a tick clicked again, the
    /// open creator closed, the filter back to all).
    Mark(MarkEdit),
}

impl RosterEdit {
    /// A change of the mark `key` to `value` (see [`MarkEdit`]).
    #[must_use]
    pub fn mark(key: &str, value: &str, one: bool, clear: &str) -> Self {
        RosterEdit::Mark(MarkEdit {
            key: key.to_owned(),
            value: value.to_owned(),
            one,
            clear: clear.to_owned(),
        })
    }

    /// The edit a button of the worker's table asks for: its `data-k`, `data-v`,
    /// `data-one` and `data-clear` attributes; `None` without a key.
    #[must_use]
    pub fn from_data(key: &str, value: &str, one: &str, clear: &str) -> Option<Self> {
        (!key.is_empty()).then(|| Self::mark(key, value, one == "1", clear))
    }
}

impl RosterState {
    /// The state after `edit`.
    #[must_use]
    pub fn edit(&self, edit: RosterEdit) -> Self {
        let mut next = self.clone();
        match edit {
            RosterEdit::Text(text) => next.text = text,
            RosterEdit::Budget(text) => next.budget = next.budget.edit(&ROSTER_BUDGET, text),
            RosterEdit::Mark(m) => {
                let pair = (m.key.clone(), m.value.clone());
                let existed = next.marks.contains(&pair);
                next.marks.retain(|(k, v)| {
                    let same_key = *k == m.key && (m.one || *v == m.value);
                    let cleared = *k == m.clear && *v == m.value;
                    !same_key && !cleared
                });
                if !existed && next.marks.len() < MAX_MARKS {
                    next.marks.push(pair);
                }
            }
        }
        next
    }

    /// The value of a one-value mark.
    #[must_use]
    pub fn mark(&self, key: &str) -> Option<&str> {
        self.marks
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// What the marks mean (the results worker reads them; the page needs not).
    #[must_use]
    pub fn settings(&self) -> RosterSettings {
        let names = |wanted: &str| -> Vec<String> {
            self.marks
                .iter()
                .filter(|(k, _)| k == wanted)
                .map(|(_, v)| v.clone())
                .collect()
        };
        let sort = self.mark(key::SORT).unwrap_or("");
        let mut pins: Vec<(String, Pin)> =
            names(key::IN).into_iter().map(|n| (n, Pin::In)).collect();
        pins.extend(names(key::OUT).into_iter().map(|n| (n, Pin::Out)));
        RosterSettings {
            budget: self.budget.value.map(|v: Value| v.low),
            objective: self
                .mark(key::OBJECTIVE)
                .and_then(Objective::from_slug)
                .unwrap_or_default(),
            tier_limits: self.mark(key::LIMITS) == Some("1"),
            pins,
            ticks: names(key::TICK)
                .iter()
                .filter_map(|t| {
                    let (item, name) = t.split_once('~')?;
                    Some((name.to_owned(), item.parse().ok().filter(|i| *i < ITEMS)?))
                })
                .collect(),
            sort: (
                SortKey::from_slug(sort.trim_end_matches('-')).unwrap_or_default(),
                sort.ends_with('-'),
            ),
            filter: self
                .mark(key::FILTER)
                .and_then(Filter::from_slug)
                .unwrap_or_default(),
            open: self.mark(key::OPEN).map(str::to_owned),
        }
    }
}

/// The roster's choices, read from the marks.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterSettings {
    /// The budget's value.
    pub budget: Option<f64>,
    /// What the mix maximises.
    pub objective: Objective,
    /// Keep tier groups within the guide's top shares.
    pub tier_limits: bool,
    /// Pins by creator name.
    pub pins: Vec<(String, Pin)>,
    /// Checklist items ticked by hand: creator name and item (0 to 19).
    pub ticks: Vec<(String, usize)>,
    /// Sort column, and whether descending.
    pub sort: (SortKey, bool),
    /// Which creators the table shows.
    pub filter: Filter,
    /// The creator whose working and checklist are open.
    pub open: Option<String>,
}

impl RosterSettings {
    /// Whether creator `name` has item `item` ticked.
    #[must_use]
    pub fn ticked(&self, name: &str, item: usize) -> bool {
        self.ticks.iter().any(|(n, i)| n == name && *i == item)
    }

    /// The pin of creator `name`.
    #[must_use]
    pub fn pin(&self, name: &str) -> Option<Pin> {
        self.pins.iter().find(|(n, _)| n == name).map(|(_, p)| *p)
    }

    /// The mix settings for the domain.
    #[must_use]
    pub fn mix_settings(&self) -> MixSettings {
        MixSettings {
            budget: self.budget,
            objective: self.objective,
            tier_limits: self.tier_limits,
            pins: self.pins.clone(),
        }
    }
}

/// The marks of a sort button: the column, reversed when it is the current one.
#[must_use]
pub fn sort_value(current: (SortKey, bool), key: SortKey) -> String {
    let descending = current.0 == key && !current.1;
    format!("{}{}", key.slug(), if descending { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(key: &str, value: &str, one: bool, clear: &str) -> RosterEdit {
        RosterEdit::mark(key, value, one, clear)
    }

    #[test]
    fn table_buttons_become_edits() {
        assert_eq!(
            RosterEdit::from_data("in", "ana", "", "out"),
            Some(mark("in", "ana", false, "out"))
        );
        assert_eq!(RosterEdit::from_data("", "ana", "", ""), None);
    }

    #[test]
    fn marks_mean_pins_ticks_sort_filter_and_the_open_creator() {
        let s = RosterState::default()
            .edit(mark(key::IN, "ana", false, key::OUT))
            .edit(mark(key::OUT, "ana", false, key::IN))
            .edit(mark(key::TICK, "3~bo", false, ""))
            .edit(mark(key::TICK, "99~bo", false, ""))
            .edit(mark(key::SORT, "risk", true, ""))
            .edit(mark(key::SORT, "risk-", true, ""))
            .edit(mark(key::FILTER, "mix", true, ""))
            .edit(mark(key::OPEN, "bo", true, ""))
            .edit(mark(key::OBJECTIVE, "conversions", true, ""))
            .edit(mark(key::LIMITS, "1", false, ""));
        let settings = s.settings();
        assert_eq!(settings.pins, vec![("ana".to_owned(), Pin::Out)]);
        assert!(settings.ticked("bo", 3));
        assert_eq!(settings.ticks.len(), 1, "item 99 does not exist");
        assert_eq!(settings.sort, (SortKey::Risk, true));
        assert_eq!(settings.filter, Filter::InMix);
        assert_eq!(settings.open.as_deref(), Some("bo"));
        assert_eq!(settings.objective, Objective::Conversions);
        assert!(settings.tier_limits);
        assert_eq!(settings.budget, Some(10_000.0));
        // Clicked again: unpinned, unticked, closed, the filter back to all.
        let s = s
            .edit(mark(key::OUT, "ana", false, key::IN))
            .edit(mark(key::TICK, "3~bo", false, ""))
            .edit(mark(key::OPEN, "bo", true, ""))
            .edit(mark(key::FILTER, "mix", true, ""))
            .edit(mark(key::LIMITS, "1", false, ""));
        let settings = s.settings();
        assert!(settings.pins.is_empty() && settings.ticks.is_empty());
        assert_eq!((settings.open, settings.filter), (None, Filter::All));
        assert!(!settings.tier_limits);
        assert_eq!(sort_value((SortKey::Risk, false), SortKey::Risk), "risk-");
        assert_eq!(sort_value((SortKey::Risk, true), SortKey::Risk), "risk");
        assert_eq!(sort_value((SortKey::Risk, true), SortKey::Name), "name");
    }
}
