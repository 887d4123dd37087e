//! The roster table: one row per creator, sortable by its headers and filtered by the
//! buttons above it; on a phone each row is a card (the stylesheet reads `data-label`).

use std::cmp::Ordering;

use super::labels::{checklist_score, left_out_text, verdict};
use crate::domain::format::NumberFormatter;
use crate::domain::roster::figures::{CreatorFigures, QuotePosition};
use crate::domain::roster::report::{Pin, RosterReport};
use crate::markup::Markup;
use crate::state::roster::{key, sort_value, Filter, RosterSettings, SortKey};
use crate::state::{AppState, Currency};

/// The columns: sort key (if sortable) and header.
const HEADERS: [(Option<SortKey>, &str); 13] = [
    (None, "Mix"),
    (Some(SortKey::Name), "Creator"),
    (None, "Tier"),
    (Some(SortKey::Followers), "Followers"),
    (Some(SortKey::Engagement), "Engagement"),
    (None, "Fair rate"),
    (Some(SortKey::Quote), "Quote"),
    (Some(SortKey::Engaged), "Engaged per post"),
    (Some(SortKey::CostPerEngagement), "Cost per engagement"),
    (Some(SortKey::CostPerThousand), "Cost per 1,000 reached"),
    (Some(SortKey::Risk), "Risk"),
    (Some(SortKey::Checklist), "Checklist"),
    (None, "Line"),
];

/// The filter buttons and the table.
pub fn write(m: &mut Markup, f: &dyn NumberFormatter, state: &AppState, report: &RosterReport) {
    if report.figures.is_empty() {
        return;
    }
    let roster = &state.roster.settings();
    m.raw("<div class=\"roster-filters\" role=\"group\" aria-label=\"Show\">");
    for filter in Filter::ALL {
        super::choice_button(
            m,
            ("filter", key::FILTER, filter.slug()),
            filter == roster.filter,
            filter.label(),
        );
    }
    m.raw("</div>");
    sort_buttons(m, roster.sort);
    if state.currency != Currency::Usd {
        m.el("p", "note", &format!("Quotes are read in {0}; the fair rates, US figures, are converted to {0} at the rate shown with Rate range (1 USD = {1} {0}).", state.currency.code(), crate::render::exchange::rate_text(state.usd_rate())));
    }
    let rows = rows(f, roster, report);
    m.raw("<table class=\"roster-table\" id=\"roster-table\"><thead><tr>");
    for (key, header) in HEADERS {
        header_cell(m, key, header, roster.sort);
    }
    m.raw("</tr></thead><tbody>");
    let cx = Context {
        f,
        settings: roster,
        report,
    };
    for i in &rows {
        if let Some(c) = report.figures.get(*i) {
            row(m, &cx, *i, c);
        }
    }
    m.raw("</tbody></table>");
    if rows.is_empty() {
        m.el("p", "note", "No creator matches this filter.");
    }
}

/// On a phone, where the table's header row (its sort buttons) gives way to one card per
/// creator, the same sorts as buttons of their own; the current one shows its direction.
fn sort_buttons(m: &mut Markup, sort: (SortKey, bool)) {
    m.raw("<div class=\"on-phone\" role=\"group\" aria-label=\"Sort by\">Sort by: ");
    for (column, header) in HEADERS {
        let Some(column) = column else {
            continue;
        };
        let label = match direction(sort, column) {
            None => header.to_owned(),
            Some(false) => format!("{header} ↑"),
            Some(true) => format!("{header} ↓"),
        };
        let value = sort_value(sort, column);
        let current = direction(sort, column).is_some();
        super::choice_button(m, ("sort", key::SORT, &value), current, &label);
    }
    m.raw("</div>");
}

/// Whether the roster is sorted by `column`, and if so whether descending.
fn direction((key, descending): (SortKey, bool), column: SortKey) -> Option<bool> {
    (key == column).then_some(descending)
}

fn header_cell(m: &mut Markup, column: Option<SortKey>, header: &str, sort: (SortKey, bool)) {
    let Some(column) = column else {
        m.open_with("th", &[("scope", "col")])
            .text(header)
            .close("th");
        return;
    };
    let aria = match direction(sort, column) {
        Some(false) => "ascending",
        Some(true) => "descending",
        None => "none",
    };
    let value = sort_value(sort, column);
    m.open_with("th", &[("scope", "col"), ("aria-sort", aria)])
        .open_with(
            "button",
            &[
                ("type", "button"),
                ("data-act", "sort"),
                ("data-k", key::SORT),
                ("data-v", &value),
                ("data-one", "1"),
            ],
        )
        .text(header)
        .close("button")
        .close("th");
}

/// The positions of the creators shown, filtered and sorted.
fn rows(f: &dyn NumberFormatter, roster: &RosterSettings, report: &RosterReport) -> Vec<usize> {
    let in_mix = |i: usize| report.mix.as_ref().is_some_and(|m| m.chosen.contains(&i));
    let mut rows: Vec<usize> = (0..report.figures.len())
        .filter(|i| {
            let Some(c) = report.figures.get(*i) else {
                return false;
            };
            match roster.filter {
                Filter::All => true,
                Filter::InMix => in_mix(*i),
                Filter::LeftOut => !in_mix(*i),
                Filter::Overpriced => c
                    .quote_gap()
                    .is_some_and(|g| g.position == QuotePosition::Over),
                Filter::Risky => c.risk().is_some_and(|r| r >= 25),
            }
        })
        .collect();
    let (key, descending) = roster.sort;
    let value = |i: usize| -> Option<f64> {
        let c = report.figures.get(i)?;
        #[allow(clippy::cast_precision_loss)]
        match key {
            SortKey::Line | SortKey::Name => None,
            SortKey::Followers => Some(c.creator.followers as f64),
            SortKey::Engagement => c.engagement.as_ref().ok().map(|r| r.by_followers),
            SortKey::Quote => c.quote_gap().map(|g| g.percent),
            SortKey::Engaged => Some(c.engagements),
            SortKey::CostPerEngagement => c.cost_per_engagement(),
            SortKey::CostPerThousand => c.cost_per_thousand(),
            SortKey::Risk => c.risk().map(f64::from),
            SortKey::Checklist => Some(checklist_score(f, roster, c) as f64),
        }
    };
    let name = |i: usize| report.figures.get(i).map(|c| c.creator.name.to_lowercase());
    rows.sort_by(|a, b| {
        let order = match key {
            SortKey::Line => a.cmp(b),
            SortKey::Name => name(*a).cmp(&name(*b)),
            // Missing figures sort last whatever the direction.
            _ => match (value(*a), value(*b)) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    rows
}

fn cell(m: &mut Markup, label: &str, class: &'static str, text: &str) {
    m.open_with("td", &[("data-label", label), ("class", class)])
        .text(text)
        .close("td");
}

/// What every row reads.
struct Context<'a> {
    f: &'a dyn NumberFormatter,
    settings: &'a RosterSettings,
    report: &'a RosterReport,
}

fn row(m: &mut Markup, cx: &Context<'_>, i: usize, c: &CreatorFigures) {
    let Context { f, report, .. } = *cx;
    let name = c.creator.name.as_str();
    let chosen = report
        .mix
        .as_ref()
        .is_some_and(|mix| mix.chosen.contains(&i));
    let class = if chosen { "in-mix" } else { "" };
    m.open_with("tr", &[("class", class), ("data-n", name)]);
    mix_cell(m, cx, i, c, chosen);
    m.open_with("th", &[("scope", "row"), ("data-label", "Creator")])
        .open_with(
            "button",
            &[
                ("type", "button"),
                ("class", "link"),
                ("data-act", "open"),
                ("data-k", key::OPEN),
                ("data-v", name),
                ("data-one", "1"),
            ],
        )
        .text(name)
        .close("button")
        .el("small", "", &format!(" {}", c.creator.deliverable.label()))
        .close("th");
    let money = |v: Option<f64>| v.map_or("—".to_owned(), |v| f.money(v));
    cell(m, "Tier", "", c.tier().map_or("—", |t| t.label()));
    cell(m, "Followers", "num", &f.count(c.creator.followers as f64));
    let engagement = c.engagement.as_ref().ok().map_or("—".to_owned(), |r| {
        format!("{} · {}", f.percent(r.by_followers), verdict(c))
    });
    cell(m, "Engagement", "", &engagement);
    let fair = c.rate.as_ref().map_or("—".to_owned(), |r| {
        format!("{}–{}", f.money(r.low), f.money(r.high))
    });
    cell(m, "Fair rate", "", &fair);
    let quote = match (c.creator.price, c.quote_gap()) {
        (Some(price), Some(gap)) => format!(
            "{} ({}{}, {}{}) {}",
            f.money(price),
            if gap.money >= 0.0 { "+" } else { "−" },
            f.money(gap.money.abs()),
            if gap.percent >= 0.0 { "+" } else { "−" },
            f.percent(gap.percent.abs()),
            gap.position.label()
        ),
        (price, _) => money(price),
    };
    cell(m, "Quote", "", &quote);
    cell(m, "Engaged per post", "num", &f.count(c.engagements));
    cell(
        m,
        "Cost per engagement",
        "num",
        &money(c.cost_per_engagement()),
    );
    cell(
        m,
        "Cost per 1,000 reached",
        "num",
        &money(c.cost_per_thousand()),
    );
    let risk = c.authenticity.as_ref().map_or("—".to_owned(), |a| {
        format!("{}/100 {}", a.risk_score, a.level.label().to_lowercase())
    });
    cell(m, "Risk", "num", &risk);
    let score = checklist_score(f, cx.settings, c);
    cell(m, "Checklist", "num", &format!("{score}/20"));
    cell(m, "Line", "num", &c.creator.line.to_string());
    m.close("tr");
}

/// In or out of the mix, the reason when out, and the pin buttons.
fn mix_cell(m: &mut Markup, cx: &Context<'_>, i: usize, c: &CreatorFigures, chosen: bool) {
    let Context {
        f,
        settings,
        report,
    } = *cx;
    let name = c.creator.name.as_str();
    let pin = settings.pin(name);
    m.open_with("td", &[("data-label", "Mix"), ("class", "mix")]);
    if let Some(mix) = &report.mix {
        if chosen {
            m.el("strong", "grade good", "In");
        } else {
            let why = mix
                .left_out
                .iter()
                .find(|(k, _)| *k == i)
                .map_or(String::new(), |(_, why)| left_out_text(f, *why));
            m.el("small", "out", &format!("Out: {why}"));
        }
    }
    for (mark, other, label, this) in [
        (key::IN, key::OUT, "Pin in", Pin::In),
        (key::OUT, key::IN, "Pin out", Pin::Out),
    ] {
        let pressed = pin == Some(this);
        m.open_with(
            "button",
            &[
                ("type", "button"),
                ("class", "pin"),
                ("data-act", "pin"),
                ("data-k", mark),
                ("data-v", name),
                ("data-clear", other),
                ("aria-pressed", if pressed { "true" } else { "false" }),
            ],
        )
        .text(label)
        .close("button");
    }
    m.close("td");
}
