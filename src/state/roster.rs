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

/// Everything on the roster screen that a link restores.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterState {
    /// The table as pasted, typed or loaded.
    pub text: String,
    /// The budget.
    pub budget: NumberField,
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

impl Default for RosterState {
    fn default() -> Self {
        Self {
            text: String::new(),
            budget: ROSTER_BUDGET.default_field(),
            objective: Objective::default(),
            tier_limits: false,
            pins: Vec::new(),
            ticks: Vec::new(),
            sort: (SortKey::Line, false),
            filter: Filter::All,
            open: None,
        }
    }
}

/// A change on the roster screen.
#[derive(Clone, Debug, PartialEq)]
pub enum RosterEdit {
    /// The table's text.
    Text(String),
    /// The budget's text.
    Budget(String),
    /// What to maximise.
    Objective(Objective),
    /// Tier limits on or off.
    TierLimits(bool),
    /// Pin a creator in or out, or unpin (`None`).
    Pin(String, Option<Pin>),
    /// Tick or untick a checklist item of a creator.
    Tick(String, usize, bool),
    /// Sort by a column: again on the same column reverses the order.
    Sort(SortKey),
    /// Show some creators only.
    Filter(Filter),
    /// Open a creator's working (or close it with `None`).
    Open(Option<String>),
}

impl RosterEdit {
    /// The edit a button of the worker's table asks for: its `data-act`, `data-n` (a
    /// creator's name) and `data-v` attributes. `None` for anything else.
    #[must_use]
    pub fn from_data(act: &str, name: &str, value: &str) -> Option<Self> {
        let name = name.to_owned();
        Some(match act {
            "pin" => RosterEdit::Pin(
                name,
                match value {
                    "in" => Some(Pin::In),
                    "out" => Some(Pin::Out),
                    _ => None,
                },
            ),
            "tick" => {
                let (item, on) = value.split_once(':')?;
                RosterEdit::Tick(name, item.parse().ok()?, on == "1")
            }
            "sort" => RosterEdit::Sort(SortKey::from_slug(value)?),
            "filter" => RosterEdit::Filter(Filter::from_slug(value)?),
            "open" => RosterEdit::Open((!name.is_empty()).then_some(name)),
            _ => return None,
        })
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
            RosterEdit::Objective(objective) => next.objective = objective,
            RosterEdit::TierLimits(on) => next.tier_limits = on,
            RosterEdit::Pin(name, pin) => {
                next.pins.retain(|(n, _)| *n != name);
                if let Some(pin) = pin.filter(|_| next.pins.len() < MAX_MARKS) {
                    next.pins.push((name, pin));
                }
            }
            RosterEdit::Tick(name, item, on) => {
                next.ticks.retain(|(n, i)| !(*n == name && *i == item));
                if on && item < ITEMS && next.ticks.len() < MAX_MARKS {
                    next.ticks.push((name, item));
                }
            }
            RosterEdit::Sort(key) => {
                next.sort = (key, next.sort.0 == key && !next.sort.1);
            }
            RosterEdit::Filter(filter) => next.filter = filter,
            RosterEdit::Open(name) => {
                next.open = if name == next.open { None } else { name };
            }
        }
        next
    }

    /// The budget's value.
    #[must_use]
    pub fn budget_value(&self) -> Option<f64> {
        self.budget.value.map(|v: Value| v.low)
    }

    /// Whether creator `name` has item `item` ticked.
    #[must_use]
    pub fn ticked(&self, name: &str, item: usize) -> bool {
        self.ticks.iter().any(|(n, i)| n == name && *i == item)
    }

    /// The mix settings for the domain.
    #[must_use]
    pub fn mix_settings(&self) -> MixSettings {
        MixSettings {
            budget: self.budget_value(),
            objective: self.objective,
            tier_limits: self.tier_limits,
            pins: self.pins.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_buttons_become_edits() {
        assert_eq!(
            RosterEdit::from_data("pin", "ana", "in"),
            Some(RosterEdit::Pin("ana".into(), Some(Pin::In)))
        );
        assert_eq!(
            RosterEdit::from_data("pin", "ana", ""),
            Some(RosterEdit::Pin("ana".into(), None))
        );
        assert_eq!(
            RosterEdit::from_data("tick", "bo", "3:1"),
            Some(RosterEdit::Tick("bo".into(), 3, true))
        );
        assert_eq!(
            RosterEdit::from_data("sort", "", "cpe"),
            Some(RosterEdit::Sort(SortKey::CostPerEngagement))
        );
        assert_eq!(RosterEdit::from_data("sort", "", "nope"), None);
        assert_eq!(RosterEdit::from_data("tick", "bo", "x"), None);
        assert_eq!(RosterEdit::from_data("other", "", ""), None);
    }

    #[test]
    fn sorting_twice_reverses_and_pins_replace_each_other() {
        let s = RosterState::default()
            .edit(RosterEdit::Sort(SortKey::Risk))
            .edit(RosterEdit::Sort(SortKey::Risk));
        assert_eq!(s.sort, (SortKey::Risk, true));
        let s = s
            .edit(RosterEdit::Pin("ana".into(), Some(Pin::In)))
            .edit(RosterEdit::Pin("ana".into(), Some(Pin::Out)));
        assert_eq!(s.pins, vec![("ana".to_owned(), Pin::Out)]);
        let s = s.edit(RosterEdit::Tick("ana".into(), 99, true));
        assert!(s.ticks.is_empty());
        let settings = s.mix_settings();
        assert_eq!(settings.pins, vec![("ana".to_owned(), Pin::Out)]);
        assert_eq!(settings.budget, Some(10_000.0));
    }
}
