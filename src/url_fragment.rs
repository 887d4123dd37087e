//! The roster's codec: the roster screen lives in the link's fragment (`#…`), which
//! browsers never send to a server, so a shortlist of creators stays out of server logs.
//! The rest of the screen stays in the query ([`crate::url_state`]).
//!
//! A fragment is `r=1` then `key=value` pairs: `t` the table, `budget`, `o` the objective,
//! `l` tier limits, `in`/`out` a pinned name (repeated), `k` a ticked item as `item~name`
//! (repeated), `s` the sort (`-` after it: descending), `f` the filter, `open` a name.
//! Like the query, it writes only what differs from the defaults and reads anything
//! without panicking, naming what it cannot use.

use crate::domain::roster::report::{Objective, Pin};
use crate::state::fields::value_text;
use crate::state::roster::{Filter, RosterState, SortKey, ROSTER_BUDGET};
use crate::state::AppState;
use crate::url_state::{decode, encode, from_query, shorten, Notice};

/// Fragments longer than this are not written into the address: the page says so and
/// offers the CSV export (many mail and chat apps cut links near this length).
pub const MAX_LINK_FRAGMENT: usize = 8_000;
/// Fragments are read up to this many bytes (a 10,000-row paste still opens, cut).
const MAX_READ: usize = 2_000_000;
const MARK: &str = "r=1";

/// The fragment of `roster`, without `#`; empty when all is default.
#[must_use]
pub fn to_fragment(roster: &RosterState) -> String {
    let defaults = RosterState::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !roster.text.is_empty() {
        pairs.push(("t", roster.text.clone()));
    }
    if roster.budget.value != defaults.budget.value {
        pairs.push(("budget", value_text(roster.budget.value)));
    }
    if roster.objective != defaults.objective {
        pairs.push(("o", roster.objective.slug().to_owned()));
    }
    if roster.tier_limits {
        pairs.push(("l", "1".to_owned()));
    }
    for (name, pin) in &roster.pins {
        let key = if *pin == Pin::In { "in" } else { "out" };
        pairs.push((key, name.clone()));
    }
    for (name, item) in &roster.ticks {
        pairs.push(("k", format!("{item}~{name}")));
    }
    if roster.sort != defaults.sort {
        let (key, descending) = roster.sort;
        pairs.push((
            "s",
            format!("{}{}", key.slug(), if descending { "-" } else { "" }),
        ));
    }
    if roster.filter != defaults.filter {
        pairs.push(("f", roster.filter.slug().to_owned()));
    }
    if let Some(name) = &roster.open {
        pairs.push(("open", name.clone()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let mut out = MARK.to_owned();
    for (key, value) in pairs {
        out.push('&');
        out.push_str(key);
        out.push('=');
        out.push_str(&encode(&value));
    }
    out
}

/// Whether `fragment` is short enough to be written into the address.
#[must_use]
pub fn fits_in_link(fragment: &str) -> bool {
    fragment.len() <= MAX_LINK_FRAGMENT
}

/// Whether an address's fragment (with or without `#`) is a roster's.
#[must_use]
pub fn is_roster(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(MARK)
}

/// A query and a fragment as one link text, `query#fragment` (no `#` without a fragment):
/// what the page sends the worker and writes into the address.
#[must_use]
pub fn link(query: &str, fragment: &str) -> String {
    if fragment.is_empty() {
        query.to_owned()
    } else {
        format!("{query}#{fragment}")
    }
}

/// Reads a link text (`query#fragment`, either part may be missing, with or without `?`):
/// the query by [`from_query`], then the roster from the fragment.
#[must_use]
pub fn from_link(link: &str) -> (AppState, Vec<Notice>) {
    let (query, fragment) = link.split_once('#').unwrap_or((link, ""));
    let (mut state, mut notices) = from_query(query);
    state.roster = read_fragment(fragment, &mut notices);
    (state, notices)
}

/// The roster of a fragment (with or without `#`); what cannot be used is named in
/// `notices` and left at its default.
#[must_use]
pub fn read_fragment(fragment: &str, notices: &mut Vec<Notice>) -> RosterState {
    let mut roster = RosterState::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut cut = fragment.len().min(MAX_READ);
    while !fragment.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut pairs = fragment.get(..cut).unwrap_or("").split('&');
    if pairs.next() != Some(MARK) {
        return roster;
    }
    for part in pairs {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let value = decode(value);
        if !read_pair(&mut roster, key, value) {
            notices.push(Notice::BadValue {
                field: format!("roster {key}").chars().take(32).collect(),
                value: shorten(part),
                reason: "not something this page can read".to_owned(),
            });
        }
    }
    roster
}

/// Applies one pair; false when it cannot be used.
fn read_pair(roster: &mut RosterState, key: &str, value: String) -> bool {
    match key {
        "t" => roster.text = value,
        "budget" => match ROSTER_BUDGET.parse(&value) {
            Ok(parsed) => roster.budget = crate::state::NumberField::new(parsed),
            Err(_) => return false,
        },
        "o" => match Objective::from_slug(&value) {
            Some(objective) => roster.objective = objective,
            None => return false,
        },
        "l" => roster.tier_limits = value == "1",
        "in" | "out" => {
            let pin = if key == "in" { Pin::In } else { Pin::Out };
            *roster = roster.edit(crate::state::RosterEdit::Pin(value, Some(pin)));
        }
        "k" => {
            let Some((item, name)) = value.split_once('~') else {
                return false;
            };
            let Ok(item) = item.parse() else {
                return false;
            };
            *roster = roster.edit(crate::state::RosterEdit::Tick(name.to_owned(), item, true));
        }
        "s" => {
            let descending = value.ends_with('-');
            match SortKey::from_slug(value.trim_end_matches('-')) {
                Some(key) => roster.sort = (key, descending),
                None => return false,
            }
        }
        "f" => match Filter::from_slug(&value) {
            Some(filter) => roster.filter = filter,
            None => return false,
        },
        "open" => roster.open = Some(value),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, Calculator, RosterEdit};
    use crate::url_state::to_query;

    fn roster_state() -> AppState {
        AppState::default()
            .apply(Action::Open(Calculator::Roster))
            .apply(Action::Roster(RosterEdit::Text(
                "name\tfollowers\tlikes\tcomments\nA & B; \"c\"\t1,000\t50\t5\n#hash\t2000\t9\t1"
                    .into(),
            )))
            .apply(Action::Roster(RosterEdit::Budget("2.5k".into())))
            .apply(Action::Roster(RosterEdit::Objective(
                Objective::Conversions,
            )))
            .apply(Action::Roster(RosterEdit::TierLimits(true)))
            .apply(Action::Roster(RosterEdit::Pin(
                "A & B; \"c\"".into(),
                Some(Pin::In),
            )))
            .apply(Action::Roster(RosterEdit::Pin(
                "#hash".into(),
                Some(Pin::Out),
            )))
            .apply(Action::Roster(RosterEdit::Tick("#hash".into(), 4, true)))
            .apply(Action::Roster(RosterEdit::Sort(SortKey::Risk)))
            .apply(Action::Roster(RosterEdit::Sort(SortKey::Risk)))
            .apply(Action::Roster(RosterEdit::Filter(Filter::InMix)))
            .apply(Action::Roster(RosterEdit::Open(Some("#hash".into()))))
    }

    #[test]
    fn the_roster_round_trips_through_the_fragment_and_stays_out_of_the_query() {
        let state = roster_state();
        let query = to_query(&state);
        assert_eq!(query, "v=1&calc=roster");
        let fragment = to_fragment(&state.roster);
        assert!(
            !fragment.contains('#') && !fragment.contains(' '),
            "{fragment}"
        );
        let (decoded, notices) = from_link(&link(&query, &fragment));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(decoded.roster.text, state.roster.text);
        assert_eq!(decoded.roster.budget.value, state.roster.budget.value);
        assert_eq!(decoded, {
            let mut s = state.clone();
            s.roster.budget = decoded.roster.budget.clone();
            s
        });
        assert_eq!(to_fragment(&decoded.roster), fragment);
    }

    #[test]
    fn the_default_roster_writes_nothing_and_bad_parts_are_named() {
        assert_eq!(to_fragment(&RosterState::default()), "");
        assert_eq!(link("v=1", ""), "v=1");
        let (state, notices) = from_link("?v=1&calc=roster#r=1&o=profit&t=a&zz=1");
        assert_eq!(state.calculator, Calculator::Roster);
        assert_eq!(state.roster.text, "a");
        assert_eq!(notices.len(), 2, "{notices:?}");
        let (state, notices) = from_link("#somewhere");
        assert_eq!(state, AppState::default());
        assert!(notices.is_empty());
    }

    #[test]
    fn a_long_roster_does_not_fit_in_a_link() {
        let mut roster = RosterState {
            text: "creator,10000,500,20\n".repeat(400),
            ..RosterState::default()
        };
        assert!(!fits_in_link(&to_fragment(&roster)));
        roster.text = "creator,10000,500,20\n".repeat(100);
        assert!(fits_in_link(&to_fragment(&roster)));
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_fragment_decodes_without_panicking(fragment in "(?s)(r=1&)?.{0,300}") {
            let _ = from_link(&format!("v=1#{fragment}"));
        }

        #[test]
        fn any_table_text_round_trips(text in "(?s).{0,200}", name in ".{0,12}") {
            let roster = RosterState::default()
                .edit(RosterEdit::Text(text.clone()))
                .edit(RosterEdit::Pin(name.clone(), Some(Pin::Out)));
            let mut notices = Vec::new();
            let back = read_fragment(&to_fragment(&roster), &mut notices);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(back, roster);
        }
    }
}
