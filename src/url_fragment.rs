//! The roster's codec: the roster screen lives in the link's fragment (`#…`), which
//! browsers never send to a server, so a shortlist of creators stays out of server logs.
//! The rest of the screen stays in the query ([`crate::url_state`]).
//!
//! A fragment is `r=1` then `key=value` pairs: `t` the table, `budget`, then the marks
//! (see [`crate::state::roster::key`]): `o` the objective, `l` tier limits, `in`/`out` a
//! pinned name (repeated), `k` a ticked item as `item~name` (repeated), `s` the sort (`-`
//! after it: descending), `f` the filter, `open` a name. Like the query, it writes only
//! what differs from the defaults and reads anything without panicking.

use crate::state::fields::{value_text, NumberField};
use crate::state::roster::{RosterState, ROSTER_BUDGET};
use crate::state::{AppState, RosterEdit};
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
    for (key, value) in &roster.marks {
        pairs.push((key, value.clone()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let mut out = MARK.to_owned();
    for (key, value) in pairs {
        out.push('&');
        out.push_str(&encode(key));
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

/// The roster of a fragment (with or without `#`); a budget that cannot be used is named
/// in `notices` and left at its default. Other pairs are kept as marks, which the worker
/// reads (and ignores where they mean nothing).
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
        match key {
            "t" => roster.text = value,
            "budget" => match ROSTER_BUDGET.parse(&value) {
                Ok(parsed) => roster.budget = NumberField::new(parsed),
                Err(error) => notices.push(Notice::BadValue {
                    field: "Roster budget".to_owned(),
                    value: shorten(&value),
                    reason: error.to_string(),
                }),
            },
            "" => {}
            _ => {
                roster = roster.edit(RosterEdit::mark(&decode(key), &value, false, ""));
            }
        }
    }
    roster
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::roster::key;
    use crate::state::{Action, Calculator};
    use crate::url_state::to_query;

    fn mark(key: &str, value: &str, one: bool) -> Action {
        Action::Roster(RosterEdit::mark(key, value, one, ""))
    }

    fn roster_state() -> AppState {
        AppState::default()
            .apply(Action::Open(Calculator::Roster))
            .apply(Action::Roster(RosterEdit::Text(
                "name\tfollowers\tlikes\tcomments\nA & B; \"c\"\t1,000\t50\t5\n#hash\t2000\t9\t1"
                    .into(),
            )))
            .apply(Action::Roster(RosterEdit::Budget("2.5k".into())))
            .apply(mark(key::OBJECTIVE, "conversions", true))
            .apply(mark(key::LIMITS, "1", false))
            .apply(mark(key::IN, "A & B; \"c\"", false))
            .apply(mark(key::OUT, "#hash", false))
            .apply(mark(key::TICK, "4~#hash", false))
            .apply(mark(key::SORT, "risk-", true))
            .apply(mark(key::FILTER, "mix", true))
            .apply(mark(key::OPEN, "#hash", true))
    }

    #[test]
    fn the_roster_round_trips_through_the_fragment_and_stays_out_of_the_query() {
        let state = roster_state();
        let query = to_query(&state);
        assert_eq!(query, "v=2&calc=roster");
        let fragment = to_fragment(&state.roster);
        assert!(
            !fragment.contains('#') && !fragment.contains(' '),
            "{fragment}"
        );
        let (decoded, notices) = from_link(&link(&query, &fragment));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(decoded.roster.text, state.roster.text);
        assert_eq!(decoded.roster.marks, state.roster.marks);
        assert_eq!(decoded.roster.budget.value, state.roster.budget.value);
        assert_eq!(decoded.roster.settings(), state.roster.settings());
        assert_eq!(to_fragment(&decoded.roster), fragment);
    }

    #[test]
    fn the_default_roster_writes_nothing_and_a_bad_budget_is_named() {
        assert_eq!(to_fragment(&RosterState::default()), "");
        assert_eq!(link("v=1", ""), "v=1");
        let (state, notices) = from_link("?v=1&calc=roster#r=1&budget=lots&t=a&zz=1");
        assert_eq!(state.calculator, Calculator::Roster);
        assert_eq!(state.roster.text, "a");
        assert_eq!(notices.len(), 1, "{notices:?}");
        let (state, notices) = from_link("#somewhere");
        assert_eq!(state, AppState::default());
        assert!(notices.is_empty());
        assert!(is_roster("#r=1&t=a") && !is_roster("#top"));
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
        fn any_table_text_and_marks_round_trip(text in "(?s).{0,200}", name in ".{0,12}") {
            let roster = RosterState::default()
                .edit(RosterEdit::Text(text.clone()))
                .edit(RosterEdit::mark(key::OUT, &name, false, key::IN));
            let mut notices = Vec::new();
            let back = read_fragment(&to_fragment(&roster), &mut notices);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(back, roster);
        }
    }
}
