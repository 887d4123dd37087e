//! The roster's markup, natively with the plain formatter.

use super::*;
use crate::domain::format::PlainFormatter;
use crate::domain::roster::cells::split_line;
use crate::state::roster::key;
use crate::state::{Action, Calculator, RosterEdit};

const TABLE: &str = "Handle\tPlatform\tFollowers\tAvg likes\tAvg comments\tQuoted price\n\
    ana\tInstagram\t20,000\t1,000\t50\t500\n\
    bo\tInstagram\t30,000\t1,200\t40\t700\n\
    cy\tInstagram\t15,000\t900\t30\t450\n\
    dee\tInstagram\t800,000\t6,000\t100\t9,000\n\
    eve\tTikTok\tmany\t50\t5\t300\n\
    fay \"the\" <b>\tInstagram\t25,000\t1,000\t40\t";

fn mark(key: &str, value: &str, one: bool, clear: &str) -> RosterEdit {
    RosterEdit::mark(key, value, one, clear)
}

fn state(edits: &[RosterEdit]) -> AppState {
    let mut state = AppState::default()
        .apply(Action::Open(Calculator::Roster))
        .apply(Action::Roster(RosterEdit::Text(TABLE.into())))
        .apply(Action::Roster(RosterEdit::Budget("1700".into())));
    for edit in edits {
        state = state.apply(Action::Roster(edit.clone()));
    }
    state
}

#[test]
fn the_body_shows_messages_the_mix_the_table_and_the_export() {
    let html = body(&state(&[]), PlainFormatter);
    for expected in [
        "Line 6, followers: “many” is not a number; row left out.",
        "3 creators, $1,650, 3,220 expected engagements; left out: dee (costs more than the whole budget), fay &quot;the&quot; &lt;b&gt; (no quoted price).",
        "exact 0/1 knapsack by dynamic programming",
        "data-act=\"pin\" data-k=\"in\" data-v=\"ana\" data-clear=\"out\"",
        "data-act=\"open\" data-k=\"open\" data-v=\"ana\" data-one=\"1\"",
        "data-act=\"filter\" data-k=\"f\" data-v=\"mix\" data-one=\"1\"",
        "data-act=\"objective\" data-k=\"o\" data-v=\"conversions\" data-one=\"1\" aria-pressed=\"false\"",
        "data-act=\"limits\" data-k=\"l\" data-v=\"1\" aria-pressed=\"false\"",
        "data-act=\"sort\" data-k=\"s\" data-v=\"cpe\" data-one=\"1\"",
        "id=\"roster-export\" download=\"reachwise-roster.csv\" href=\"data:text/csv;charset=utf-8,%EF%BB%BFLine,Name",
        "The roster is in this page&#39;s link",
    ] {
        assert!(html.contains(expected), "{expected}\n{html}");
    }
    assert!(!html.contains("<b>"), "names are escaped");
    assert_eq!(html.matches("<tr class=\"in-mix\"").count(), 3, "{html}");
}

#[test]
fn pins_sorting_filters_and_the_open_creator_show() {
    let html = body(
        &state(&[
            mark(key::OUT, "bo", false, key::IN),
            mark(key::SORT, "cpe", true, ""),
            mark(key::FILTER, "mix", true, ""),
            mark(key::OPEN, "ana", true, ""),
            mark(key::TICK, "0~ana", false, ""),
        ]),
        PlainFormatter,
    );
    assert!(html.contains("left out: bo (pinned out)"), "{html}");
    assert!(
        !html.contains("<tr class=\"\" data-n=\"bo\""),
        "filtered out: {html}"
    );
    assert!(html.contains(
        "aria-sort=\"ascending\"><button type=\"button\" data-act=\"sort\" data-k=\"s\" data-v=\"cpe-\""
    ));
    assert!(html.contains("ana (line 2)"));
    assert!(html.contains("How the engagement rate is worked out"));
    assert!(html.contains("How the fair rate is worked out"));
    assert!(html.contains("How the roster&#39;s figures are worked out"));
    assert!(
        html.contains("Engagement rate exceeds 4%: 5.25% by followers"),
        "{html}"
    );
    assert!(
        html.contains("aria-checked=\"true\" data-act=\"tick\" data-k=\"k\" data-v=\"0~ana\""),
        "{html}"
    );
}

#[test]
fn a_phone_gets_sort_buttons_of_its_own() {
    let html = body(&state(&[mark(key::SORT, "cpe", true, "")]), PlainFormatter);
    let group = html
        .split_once("<div class=\"on-phone\" role=\"group\" aria-label=\"Sort by\">")
        .map(|(_, rest)| rest.split_once("</div>").map_or(rest, |(g, _)| g))
        .unwrap_or_default();
    assert_eq!(group.matches("data-act=\"sort\"").count(), 9, "{group}");
    // The current sort, ascending, offers descending next, as its header does.
    assert!(
        group.contains(
            "data-v=\"cpe-\" data-one=\"1\" aria-pressed=\"true\">Cost per engagement ↑</button>"
        ),
        "{group}"
    );
    assert!(
        group.contains(
            "data-v=\"followers\" data-one=\"1\" aria-pressed=\"false\">Followers</button>"
        ),
        "{group}"
    );
}

#[test]
fn pins_over_the_budget_are_not_called_the_best_mix_within_it() {
    let within = body(&state(&[]), PlainFormatter);
    assert!(
        within.contains("<h3>Best mix within the budget</h3>"),
        "{within}"
    );
    // dee costs $9,000, over the $1,700 budget, and is pinned in.
    let over = body(
        &state(&[mark(key::IN, "dee", false, key::OUT)]),
        PlainFormatter,
    );
    assert!(
        over.contains("<h3>The creators pinned in, over the budget</h3>"),
        "{over}"
    );
    assert!(!over.contains("Best mix within the budget"), "{over}");
    assert!(over.contains("The creators pinned in already cost more than the budget."));
}

#[test]
fn the_export_has_every_column_with_units_and_quotes_where_needed() {
    let state = state(&[]);
    let report = crate::state::results::roster(&state);
    let csv = export::csv(&PlainFormatter, &state, &report);
    assert!(csv.starts_with("\u{feff}Line,Name,Platform,Deliverable,Tier,Followers (people),"));
    assert!(csv.contains("Quoted price (USD)"));
    assert!(
        csv.contains("\r\n2,ana,Instagram,Instagram post,Micro,20000,1000,50,"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\n7,\"fay \"\"the\"\" <b>\",Instagram,"),
        "{csv}"
    );
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 5);
    let columns = |l: &str| split_line(l, ',').map_or(0, |cells| cells.len());
    assert_eq!(columns(lines[0]), 34);
    assert_eq!(columns(lines[1]), 34, "{}", lines[1]);
    assert_eq!(columns(lines[5]), 34, "{}", lines[5]);
}

/// The end-to-end test's roster (`tests/e2e/roster.test.mjs`): the figures it checks on the
/// page are checked here too, natively.
#[test]
fn the_end_to_end_roster_shows_its_figures() {
    let state = AppState::default()
        .apply(Action::Open(Calculator::Roster))
        .apply(Action::Roster(RosterEdit::Text(
            include_str!("../../../tests/e2e/fixtures/roster.tsv").into(),
        )));
    let html = body(&state, PlainFormatter);
    let report = crate::state::results::roster(&state);
    let mix = report.mix.as_ref().unwrap_or_else(|| panic!("no mix"));
    assert_eq!(
        mix_sentence(&PlainFormatter, &report, mix),
        "14 creators, $9,970, 22,555 expected engagements; left out: bo ($670 over budget with the mix), dee ($8,970 over budget with the mix), fay (no quoted price), jo (no quoted price), lea (risk 70/100), pia ($620 over budget with the mix)."
    );
    assert_eq!(report.figures.len(), 20);
    assert!(html.contains("Line 6, followers: “lots” is not a number; row left out."));
    assert!(html.contains("Line 11, name: “ana” is already on line 2; this row was left out."));
    assert!(html.contains("Line 12, quoted price: “cheap” is not a number; left blank."));
    assert!(html.contains(
        "Line 13, platform: “Myspace” is not a platform this page knows; Instagram is used."
    ));
    assert!(html.contains("Line 19, average likes: empty; row left out."));
}

/// The bench's roster (tests/e2e/bench-roster.mjs): 100 creators, $100,000. Run with
/// `cargo test --release --lib roster_timing -- --ignored --nocapture` to see the time.
#[test]
#[ignore = "a timing, not a test"]
fn roster_timing() {
    let mut text =
        String::from("Handle\tPlatform\tFollowers\tAvg likes\tAvg comments\tQuoted price\n");
    let platforms = ["Instagram", "TikTok", "YouTube", "Instagram"];
    for i in 0..100u64 {
        let followers = 3_000 + (i * 7_919) % 400_000;
        let likes = (followers as f64 * (0.01 + ((i * 37) % 70) as f64 / 1_000.0)).round();
        let price = 100 + (i * 104_729 + followers) % 9_900;
        text.push_str(&format!(
            "creator{i}\t{}\t{followers}\t{likes}\t{}\t{price}\n",
            platforms[(i % 4) as usize],
            (likes / 25.0).round()
        ));
    }
    let state = AppState::default()
        .apply(Action::Open(Calculator::Roster))
        .apply(Action::Roster(RosterEdit::Text(text)))
        .apply(Action::Roster(RosterEdit::Budget("100000".into())));
    let time = |f: &dyn Fn() -> usize| {
        (0..10)
            .map(|_| {
                let start = std::time::Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .min()
    };
    let report = crate::state::results::roster(&state);
    println!(
        "parse {:?}",
        time(&|| crate::domain::roster::parse::parse(&state.roster.text)
            .creators
            .len())
    );
    println!(
        "analyse {:?}",
        time(&|| crate::state::results::roster(&state).figures.len())
    );
    println!("body {:?}", time(&|| body(&state, PlainFormatter).len()));
    println!(
        "csv {:?}",
        time(&|| export::csv(&PlainFormatter, &state, &report).len())
    );
    println!("mix {:?}", report.mix.map(|m| m.chosen.len()));
}

#[test]
fn an_exported_roster_reads_back_as_the_same_creators() {
    let table = "name\tplatform\tfollowers\tlikes\tcomments\tviews\tshares\tsaves\tprice\tdeliverable\tfollower history\tconversion rate\n\
        ana\tTikTok\t20,000\t1,000\t50\t30,000\t12\t8\t500\tvideo\t15000|18000|20000\t3.5\n\
        bo\tInstagram\t30,000\t1,200\t40\t\t\t\t\t\t\t\n";
    let state = AppState::default()
        .apply(Action::Open(Calculator::Roster))
        .apply(Action::Roster(RosterEdit::Text(table.into())))
        .apply(Action::Roster(RosterEdit::Budget("1700".into())));
    let report = crate::state::results::roster(&state);
    let csv = export::csv(&PlainFormatter, &state, &report);
    let again = crate::domain::roster::parse::parse(&csv);
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert!(again.messages.is_empty(), "{:?}", again.messages);
    let creators = |parsed: &crate::domain::roster::parse::Parsed| {
        let mut creators = parsed.creators.clone();
        for c in &mut creators {
            c.line = 0;
            c.conversion_percent = None;
        }
        creators
    };
    assert_eq!(creators(&again), creators(&report.parsed));
    // The export writes the conversion rate used, the assumed one where none was given.
    let figures = |parsed: &crate::domain::roster::parse::Parsed| -> Vec<(f64, f64)> {
        let figures = parsed
            .creators
            .iter()
            .map(crate::domain::roster::figures::CreatorFigures::of);
        figures
            .map(|f| (f.conversion_percent, f.engagements))
            .collect()
    };
    assert_eq!(figures(&again), figures(&report.parsed));
}
