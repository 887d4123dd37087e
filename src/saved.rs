//! Saved scenarios: a name and a screen's link, kept in the browser's local storage, one
//! entry per key (`reachwise.saved.N`) so that one damaged entry never takes the others with
//! it. Entries are JSON written and read with serde here, in the results worker; the page
//! only moves raw strings between storage and the worker (`src/app/saved.rs`).
//!
//! The worker answers a request, a list of strings: an operation, two arguments, then the
//! stored entries as key and value pairs. The answer is the panel's markup followed by the
//! entries to write, as key and value pairs. Nothing leaves the browser.

use serde::{Deserialize, Serialize};

use crate::markup::Markup;
use crate::url_fragment::MAX_LINK_FRAGMENT;
use crate::url_state::{encode, MAX_QUERY_BYTES};

/// Storage keys of saved scenarios start with this.
pub const KEY_PREFIX: &str = "reachwise.saved.";
/// The storage key holding the number of the last key given out, so that a key is never
/// given out twice: another tab's stale list then cannot rename or delete a newer scenario.
pub const LAST_KEY: &str = "reachwise.saved-last";
/// The format this release writes, in each entry and in an export.
pub const FORMAT: u32 = 1;
/// What every entry and export names as its maker, so that another site's data is told apart.
const APP: &str = "reachwise";
/// Longest name kept, in characters.
pub const MAX_NAME: usize = 80;
/// Most scenarios kept.
pub const MAX_SAVED: usize = 200;

/// One saved scenario as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Always "reachwise".
    pub app: String,
    /// The format it was written in.
    pub version: u32,
    /// The name the user gave it.
    pub name: String,
    /// The screen's link: its query without `?`, then for a roster `#` and its fragment.
    pub query: String,
}

/// A whole set, as exported and imported.
#[derive(Debug, Serialize, Deserialize)]
pub struct Export {
    /// Always "reachwise".
    pub app: String,
    /// The format it was written in.
    pub version: u32,
    /// The scenarios, name and link.
    pub scenarios: Vec<Scenario>,
}

/// A scenario in an export.
#[derive(Debug, Serialize, Deserialize)]
pub struct Scenario {
    /// Its name.
    pub name: String,
    /// Its link.
    pub query: String,
}

/// Why an entry or an import was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a Reachwise scenario.
    Foreign,
    /// Written by a newer version of Reachwise.
    Future(u32),
    /// A name or link that cannot be used.
    Invalid,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotJson => write!(f, "it is not readable data (damaged?)"),
            Problem::Foreign => write!(f, "it is not a Reachwise scenario"),
            Problem::Future(v) => write!(
                f,
                "it was written by a newer version of Reachwise (format {v}); reload the page"
            ),
            Problem::Invalid => write!(f, "its name or link cannot be used"),
        }
    }
}

/// A scenario's name as kept: trimmed, without control characters, at most [`MAX_NAME`]
/// characters; "Untitled" when nothing is left.
#[must_use]
pub fn clean_name(name: &str) -> String {
    let name: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    match name.trim() {
        "" => "Untitled".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// Checks that `value` was written by this app in a format this release reads.
fn ours(value: &serde_json::Value) -> Result<(), Problem> {
    if value.get("app").and_then(serde_json::Value::as_str) != Some(APP) {
        return Err(Problem::Foreign);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(FORMAT) => {
            Err(Problem::Future(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(_) => Ok(()),
        None => Err(Problem::Foreign),
    }
}

/// Reads one stored value.
///
/// # Errors
/// Why the value is not a saved scenario this release can open.
pub fn read(raw: &str) -> Result<Entry, Problem> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| Problem::NotJson)?;
    ours(&value)?;
    let entry: Entry = serde_json::from_value(value).map_err(|_| Problem::Foreign)?;
    valid(entry)
}

/// Whether a saved link is one the page opens: its query and its fragment each within the
/// lengths the page reads.
fn fits(link: &str) -> bool {
    let (query, fragment) = link.split_once('#').unwrap_or((link, ""));
    query.len() <= MAX_QUERY_BYTES && fragment.len() <= MAX_LINK_FRAGMENT
}

fn valid(entry: Entry) -> Result<Entry, Problem> {
    if !fits(&entry.query) || entry.name.chars().count() > MAX_NAME * 4 {
        return Err(Problem::Invalid);
    }
    Ok(Entry {
        name: clean_name(&entry.name),
        ..entry
    })
}

/// A screen's link as an entry keeps it: without the `?`.
fn stored_query(query: &str) -> &str {
    query.trim_start_matches('?')
}

/// A new entry's stored value.
#[must_use]
pub fn write(name: &str, query: &str) -> String {
    let entry = Entry {
        app: APP.to_string(),
        version: FORMAT,
        name: clean_name(name),
        query: stored_query(query).to_string(),
    };
    serde_json::to_string(&entry).unwrap_or_default()
}

/// The stored entries, read: those that open, in key order, and those skipped with why.
pub struct Shelf {
    /// Key and entry.
    pub entries: Vec<(String, Entry)>,
    /// Key and problem.
    pub skipped: Vec<(String, Problem)>,
}

impl Shelf {
    /// Reads stored key–value pairs; keys without [`KEY_PREFIX`] are ignored.
    #[must_use]
    pub fn read(stored: &[(String, String)]) -> Self {
        let mut shelf = Shelf {
            entries: Vec::new(),
            skipped: Vec::new(),
        };
        let mut stored: Vec<&(String, String)> = stored
            .iter()
            .filter(|(key, _)| key.starts_with(KEY_PREFIX))
            .collect();
        stored.sort_by_key(|(key, _)| (key_number(key), key.clone()));
        for (key, raw) in stored {
            match read(raw) {
                Ok(entry) => shelf.entries.push((key.clone(), entry)),
                Err(problem) => shelf.skipped.push((key.clone(), problem)),
            }
        }
        shelf
    }

    /// The whole set as JSON, with its format version.
    #[must_use]
    pub fn export(&self) -> String {
        let export = Export {
            app: APP.to_string(),
            version: FORMAT,
            scenarios: self
                .entries
                .iter()
                .map(|(_, e)| Scenario {
                    name: e.name.clone(),
                    query: e.query.clone(),
                })
                .collect(),
        };
        serde_json::to_string_pretty(&export).unwrap_or_default()
    }
}

fn key_number(key: &str) -> Option<u64> {
    key.strip_prefix(KEY_PREFIX)?.parse().ok()
}

fn key(number: u64) -> String {
    format!("{KEY_PREFIX}{number}")
}

/// The number of the next key, which no entry uses: one after the highest stored and the
/// last given out ([`LAST_KEY`]); past the largest number, the first one free.
fn next_number(taken: &[(String, String)]) -> u64 {
    let numbers: Vec<u64> = taken.iter().filter_map(|(k, _)| key_number(k)).collect();
    let last = taken
        .iter()
        .find(|(k, _)| k == LAST_KEY)
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());
    let highest = numbers.iter().copied().chain(last).max().unwrap_or(0);
    highest
        .checked_add(1)
        .unwrap_or_else(|| (1..).find(|n| !numbers.contains(n)).unwrap_or(1))
}

/// What an import brings: each scenario as a stored value, and how many were left out
/// because their link is too long to open.
pub struct Imported {
    /// The stored values, in the file's order.
    pub values: Vec<String>,
    /// Scenarios left out for a link too long.
    pub too_long: usize,
}

/// The scenarios of an exported set, each as a stored value.
///
/// # Errors
/// Why the text is not a set this release can import.
pub fn import(text: &str) -> Result<Imported, Problem> {
    let value: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{FEFF}')).map_err(|_| Problem::NotJson)?;
    ours(&value)?;
    let export: Export = serde_json::from_value(value).map_err(|_| Problem::Foreign)?;
    let values: Vec<String> = export
        .scenarios
        .iter()
        .filter(|s| fits(&s.query))
        .map(|s| write(&s.name, &s.query))
        .collect();
    let too_long = export.scenarios.len() - values.len();
    Ok(Imported { values, too_long })
}

/// What an import says: how many came in, and why any did not.
fn import_note(imported: usize, no_room: usize, too_long: usize) -> String {
    let total = imported + no_room + too_long;
    if total == imported {
        return format!("Imported {imported} scenario(s).");
    }
    let mut why = Vec::new();
    if no_room > 0 {
        why.push(format!(
            "{no_room} for want of room (at most {MAX_SAVED} are kept: delete some first)"
        ));
    }
    if too_long > 0 {
        why.push(format!("{too_long} with a link too long to open"));
    }
    format!(
        "Imported {imported} of {total} scenarios; not imported: {}.",
        why.join(", ")
    )
}

/// The worker's answer to a request (see the module's documentation).
#[must_use]
pub fn answer(request: &[String]) -> Vec<String> {
    let arg = |i: usize| request.get(i).map_or("", String::as_str);
    let mut stored: Vec<(String, String)> = request
        .get(3..)
        .unwrap_or(&[])
        .chunks_exact(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect();
    let mut writes: Vec<(String, String)> = Vec::new();
    let mut note = None;
    let shelf = Shelf::read(&stored);
    match arg(0) {
        // The same screen under the same name again would be a second, identical entry.
        "save"
            if shelf
                .entries
                .iter()
                .any(|(_, e)| e.name == clean_name(arg(1)) && e.query == stored_query(arg(2))) =>
        {
            note = Some(format!(
                "“{}” is already saved with this screen.",
                clean_name(arg(1))
            ));
        }
        "save" if shelf.entries.len() >= MAX_SAVED => {
            note = Some(format!(
                "At most {MAX_SAVED} scenarios are kept: delete one first."
            ));
        }
        "save" => {
            let number = next_number(&stored);
            writes.push((key(number), write(arg(1), arg(2))));
            writes.push((LAST_KEY.to_owned(), number.to_string()));
        }
        "rename" => {
            if let Some((key, entry)) = shelf.entries.iter().find(|(key, _)| key == arg(1)) {
                writes.push((key.clone(), write(arg(2), &entry.query)));
            }
        }
        "import" => match import(arg(1)) {
            Ok(imported) => {
                let room = MAX_SAVED.saturating_sub(shelf.entries.len());
                let offered = imported.values.len();
                let count = offered.min(room);
                let mut number = next_number(&stored);
                for value in imported.values.into_iter().take(room) {
                    writes.push((key(number), value));
                    number = number.saturating_add(1);
                }
                if count > 0 {
                    writes.push((LAST_KEY.to_owned(), (number - 1).to_string()));
                }
                let no_room = offered - count;
                note = Some(import_note(count, no_room, imported.too_long));
            }
            Err(problem) => note = Some(format!("That file was not imported: {problem}.")),
        },
        _ => {}
    }
    for (key, value) in &writes {
        stored.retain(|(k, _)| k != key);
        stored.push((key.clone(), value.clone()));
    }
    // Read again only when something was written: a listing reads the stored entries once.
    let shown = if writes.is_empty() {
        shelf
    } else {
        Shelf::read(&stored)
    };
    let mut out = vec![panel(&shown, note.as_deref())];
    for (key, value) in writes {
        out.push(key);
        out.push(value);
    }
    out
}

/// The saved scenarios panel: the save form, the list, what was skipped, export and import.
#[must_use]
pub fn panel(shelf: &Shelf, note: Option<&str>) -> String {
    let mut m = Markup::new();
    m.raw("<div class=\"field\"><label for=\"save-name\">Name this screen</label><input id=\"save-name\" type=\"text\" maxlength=\"80\" autocomplete=\"off\"><button type=\"button\" data-act=\"save\">Save</button></div>");
    if let Some(note) = note {
        m.el("p", "note", note);
    }
    if shelf.entries.is_empty() {
        m.el("p", "hint", "Nothing saved yet.");
    } else {
        m.open("ul", "saved-list");
        for (key, entry) in &shelf.entries {
            let href = format!("?{}", entry.query);
            m.raw("<li>")
                .open_with("a", &[("href", &href)])
                // Isolated, so that a name's own writing direction stays inside it.
                .raw("<bdi>")
                .text(&entry.name)
                .raw("</bdi>")
                .close("a")
                .raw(" ")
                .open_with(
                    "button",
                    &[
                        ("type", "button"),
                        ("data-act", "rename"),
                        ("data-key", key),
                        ("data-name", &entry.name),
                        ("aria-label", &format!("Rename {}", entry.name)),
                    ],
                )
                .raw("Rename</button> ")
                .open_with(
                    "button",
                    &[
                        ("type", "button"),
                        ("data-act", "delete"),
                        ("data-key", key),
                        ("data-name", &entry.name),
                        ("aria-label", &format!("Delete {}", entry.name)),
                    ],
                )
                .raw("Delete</button></li>");
        }
        m.close("ul");
    }
    for (key, problem) in &shelf.skipped {
        m.el(
            "p",
            "needs",
            &format!("A saved entry ({key}) was skipped: {problem}."),
        );
    }
    if !shelf.entries.is_empty() {
        let href = format!(
            "data:application/json;charset=utf-8,{}",
            encode(&shelf.export())
        );
        m.open_with("p", &[("class", "downloads")])
            .open_with(
                "a",
                &[
                    ("class", "download"),
                    ("download", "reachwise-scenarios.json"),
                    ("href", &href),
                ],
            )
            .raw("Export all (JSON)</a></p>");
    }
    m.raw("<div class=\"field\"><label for=\"import-file\">Import scenarios (JSON)</label><input id=\"import-file\" type=\"file\" accept=\".json,application/json\" data-act=\"import\"></div>");
    m.as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    fn request(op: &str, a: &str, b: &str, pairs: &[(String, String)]) -> Vec<String> {
        let mut out = vec![op.to_string(), a.to_string(), b.to_string()];
        for (k, v) in pairs {
            out.push(k.clone());
            out.push(v.clone());
        }
        out
    }

    #[test]
    fn an_entry_round_trips() {
        let raw = write("  Spring <launch>\u{7}  ", "?v=2&calc=roi");
        let entry = read(&raw).expect("readable");
        assert_eq!(entry.name, "Spring <launch>");
        assert_eq!(entry.query, "v=2&calc=roi");
        assert_eq!(entry.version, FORMAT);
        assert_eq!(clean_name(""), "Untitled");
    }

    #[test]
    fn corrupt_foreign_and_future_entries_are_skipped_and_the_others_kept() {
        let good = write("Good", "v=2&calc=budget");
        let pairs = stored(&[
            ("reachwise.saved.1", &good),
            ("reachwise.saved.2", "{not json"),
            ("reachwise.saved.3", "{\"app\":\"other\",\"version\":1}"),
            (
                "reachwise.saved.4",
                "{\"app\":\"reachwise\",\"version\":9,\"name\":\"x\",\"query\":\"\"}",
            ),
            ("reachwise.saved.5", "{\"app\":\"reachwise\",\"version\":1}"),
            ("someone.else", "whatever"),
            ("reachwise.saved.10", &write("Later", "v=2")),
        ]);
        let shelf = Shelf::read(&pairs);
        let names: Vec<&str> = shelf.entries.iter().map(|(_, e)| e.name.as_str()).collect();
        assert_eq!(names, ["Good", "Later"]);
        let problems: Vec<&Problem> = shelf.skipped.iter().map(|(_, p)| p).collect();
        assert_eq!(
            problems,
            [
                &Problem::NotJson,
                &Problem::Foreign,
                &Problem::Future(9),
                &Problem::Foreign
            ]
        );
        assert_eq!(key(next_number(&pairs)), "reachwise.saved.11");
        let html = panel(&shelf, None);
        assert!(
            html.contains("(reachwise.saved.2) was skipped: it is not readable"),
            "{html}"
        );
        assert!(html.contains("href=\"?v=2&amp;calc=budget\""), "{html}");
    }

    #[test]
    fn save_rename_and_import_answer_with_what_to_write() {
        let answer_save = answer(&request("save", "Plan A", "v=2&calc=roi", &[]));
        assert_eq!(answer_save.len(), 5);
        assert_eq!(answer_save[1], "reachwise.saved.1");
        assert_eq!(answer_save[3..], [LAST_KEY.to_string(), "1".to_string()]);
        assert!(answer_save[0].contains("Plan A"));
        let pairs = stored(&[("reachwise.saved.1", &answer_save[2])]);
        let again = answer(&request("save", "Plan A", "v=2&calc=roi", &pairs));
        assert_eq!(again.len(), 1, "nothing written: {again:?}");
        assert!(again[0].contains("“Plan A” is already saved with this screen."));
        let other = answer(&request("save", "Plan A", "v=2&calc=budget", &pairs));
        assert_eq!(
            other.len(),
            5,
            "another screen under the same name is saved"
        );
        let renamed = answer(&request("rename", "reachwise.saved.1", "Plan B", &pairs));
        assert_eq!(renamed[1], "reachwise.saved.1");
        assert_eq!(read(&renamed[2]).map(|e| e.name), Ok("Plan B".to_string()));
        let shelf = Shelf::read(&pairs);
        let exported = shelf.export();
        assert!(exported.contains("\"version\": 1"), "{exported}");
        let imported = answer(&request("import", &exported, "", &pairs));
        assert_eq!(imported[1], "reachwise.saved.2");
        assert!(imported[0].contains("Imported 1 scenario(s)."));
        let refused = answer(&request(
            "import",
            "{\"app\":\"reachwise\",\"version\":2}",
            "",
            &pairs,
        ));
        assert_eq!(refused.len(), 1);
        assert!(refused[0].contains("newer version"), "{}", refused[0]);
        let odd = answer(&["save".to_string(), "x".to_string()]);
        assert_eq!(odd.len(), 5);
    }

    #[test]
    fn a_key_once_given_out_is_never_given_again() {
        // Scenario 3 was deleted: another tab may still list it under its key.
        let pairs = stored(&[("reachwise.saved.1", &write("One", "v=2")), (LAST_KEY, "3")]);
        let saved = answer(&request("save", "Bar", "v=2&calc=roi", &pairs));
        assert_eq!(saved[1], "reachwise.saved.4");
        assert_eq!(saved[3..], [LAST_KEY.to_string(), "4".to_string()]);
        let full = stored(&[(&key(u64::MAX), &write("Max", "v=2"))]);
        assert_eq!(key(next_number(&full)), "reachwise.saved.1");
    }

    #[test]
    fn a_roster_is_saved_with_its_fragment() {
        let link = "v=2&calc=roster#r=1&t=name%09followers%0Aana%0920000";
        let entry = read(&write("Shortlist", link)).expect("readable");
        assert_eq!(entry.query, link);
        let html = panel(
            &Shelf::read(&stored(&[("reachwise.saved.1", &write("S", link))])),
            None,
        );
        assert!(
            html.contains("href=\"?v=2&amp;calc=roster#r=1&amp;t=name%09"),
            "{html}"
        );
        let too_long = format!("v=2#r=1&t={}", "x".repeat(MAX_LINK_FRAGMENT));
        assert_eq!(read(&write("Long", &too_long)), Err(Problem::Invalid));
    }

    #[test]
    fn an_import_says_how_many_came_in_and_why_not_the_others() {
        let mut scenarios: Vec<String> = (0..3)
            .map(|i| format!("{{\"name\":\"s{i}\",\"query\":\"v=2\"}}"))
            .collect();
        scenarios.push(format!(
            "{{\"name\":\"long\",\"query\":\"{}\"}}",
            "x".repeat(MAX_QUERY_BYTES + 1)
        ));
        let file = format!(
            "{{\"app\":\"reachwise\",\"version\":1,\"scenarios\":[{}]}}",
            scenarios.join(",")
        );
        let pairs: Vec<(String, String)> = (1..=MAX_SAVED as u64 - 2)
            .map(|n| (key(n), write("kept", "v=2")))
            .collect();
        let answer = answer(&request("import", &file, "", &pairs));
        assert!(
            answer[0].contains("Imported 2 of 4 scenarios; not imported: 1 for want of room (at most 200 are kept: delete some first), 1 with a link too long to open."),
            "{}",
            answer[0]
        );
        assert_eq!(answer[1..].len(), 6);
    }
}
