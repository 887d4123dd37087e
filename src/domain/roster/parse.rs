//! The roster parser: a pasted or loaded table in, creators and a message per bad row out.
//! Never panics, whatever the text (a property test and `scripts/fuzz.sh` check it).

use super::cells::{detect_delimiter, number, split_line};
use super::columns::Column;
use super::decimals::{bare, is_ambiguous, Decimals};
use super::price;
use super::MAX_CREATORS;
use crate::domain::tier::MAX_AUDIENCE;
use crate::domain::vocab::{Deliverable, Platform};
use crate::input::FieldError;

/// Rows of messages kept; more are counted.
const MAX_MESSAGES: usize = 200;
/// Rows whose numbers decide the table's decimal mark.
const EVIDENCE_ROWS: usize = 10 * MAX_CREATORS;

/// A line split into cells, or why it could not be.
type Cells = Result<Vec<String>, &'static str>;

/// One creator read from the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Creator {
    /// The line of the table it came from (1 = first line).
    pub line: usize,
    /// Name or handle.
    pub name: String,
    /// Platform (Instagram when not given).
    pub platform: Platform,
    /// Followers.
    pub followers: u64,
    /// Average likes per post.
    pub likes: f64,
    /// Average comments per post.
    pub comments: f64,
    /// Average views per post.
    pub views: Option<f64>,
    /// Average shares per post.
    pub shares: Option<f64>,
    /// Average saves per post.
    pub saves: Option<f64>,
    /// The quoted price, in the page's currency (a price in another is left out).
    pub price: Option<f64>,
    /// What the price buys (the platform's first deliverable when not given).
    pub deliverable: Deliverable,
    /// Monthly follower counts, oldest first.
    pub history: Vec<u64>,
    /// Conversion rate, percent of the engaged audience.
    pub conversion_percent: Option<f64>,
}

/// Something wrong in one row: its line, the column, and what was done about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowMessage {
    /// Line of the table (1 = first line).
    pub line: usize,
    /// The column, when one cell is at fault.
    pub column: Option<Column>,
    /// What is wrong and what was done: "“12x” is not a number; row left out."
    pub text: String,
}

impl RowMessage {
    /// "Line 4, followers: “12x” is not a number; row left out."
    #[must_use]
    pub fn sentence(&self) -> String {
        match self.column {
            Some(column) => format!("Line {}, {}: {}", self.line, column.label(), self.text),
            None => format!("Line {}: {}", self.line, self.text),
        }
    }
}

/// The parser's result.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The good rows, in table order, at most [`MAX_CREATORS`].
    pub creators: Vec<Creator>,
    /// A message per bad row or cell.
    pub messages: Vec<RowMessage>,
    /// Messages beyond those kept.
    pub more_messages: usize,
    /// What applies to the whole table: the delimiter, no header, a missing column, rows
    /// beyond the limit.
    pub notices: Vec<String>,
}

/// Where each column is in the rows.
struct Layout {
    delimiter: char,
    positions: Vec<(Column, usize)>,
    /// How the table writes decimals, from all its number cells.
    decimals: Decimals,
    /// The currency the price column's header names: "Quoted price (EUR)".
    price_header: Option<&'static str>,
    /// The currency quotes are read in, the page's (an ISO code).
    currency: &'static str,
}

impl Layout {
    fn cell<'a>(&self, cells: &'a [String], column: Column) -> Option<&'a str> {
        let (_, index) = self.positions.iter().find(|(c, _)| *c == column)?;
        cells
            .get(*index)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// Reads a roster table whose quotes are in US dollars ([`parse_in`]).
#[must_use]
pub fn parse(text: &str) -> Parsed {
    parse_in(text, "USD")
}

/// Reads a roster table: tab-, semicolon- or comma-separated, with a header row naming the
/// columns in any order (or none: then by position, and a notice says so). Quotes are read
/// in `currency` (an ISO code); one written in another is named and left out.
#[must_use]
pub fn parse_in(text: &str, currency: &'static str) -> Parsed {
    let mut parsed = Parsed::default();
    if looks_binary(text) {
        parsed.notices.push(
            "This does not look like a table of text (a spreadsheet saved as CSV or a paste): nothing was read."
                .to_owned(),
        );
        return parsed;
    }
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_start_matches('\u{feff}')))
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((first_number, first)) = lines.next() else {
        return parsed;
    };
    let (mut layout, header) = layout(first, currency, &mut parsed.notices);
    let mut rows: Vec<(usize, &str)> = Vec::new();
    if !header {
        rows.push((first_number, first));
    }
    if !has_required(&layout, &mut parsed.notices) {
        return parsed;
    }
    rows.extend(lines);
    // Split once: the first rows tell the decimal mark, then are read.
    let mut split: Vec<Option<Cells>> = rows
        .iter()
        .take(EVIDENCE_ROWS)
        .map(|(_, line)| Some(split_line(line, layout.delimiter)))
        .collect();
    layout.decimals = decimals(&layout, &split, &mut parsed.notices);
    let mut beyond = 0usize;
    for (index, (number, line)) in rows.into_iter().enumerate() {
        if parsed.creators.len() >= MAX_CREATORS {
            beyond += 1;
            continue;
        }
        let cells = split
            .get_mut(index)
            .and_then(Option::take)
            .unwrap_or_else(|| split_line(line, layout.delimiter));
        read_row(&mut parsed, &layout, number, cells);
    }
    if beyond > 0 {
        parsed.notices.push(format!(
            "Only the first {MAX_CREATORS} creators are read; {beyond} more rows were left out."
        ));
    }
    parsed
}

/// True when the text has NUL or many control characters: a binary file read as text.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(2_000).collect();
    let odd = sample
        .iter()
        .filter(|c| (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || **c == '\u{fffd}')
        .count();
    sample.contains(&'\0') || odd * 20 > sample.len().max(1)
}

/// The columns of the table, from its first line: by header names when at least two cells
/// name a column (then the line is a header), else by position (then it is data).
fn layout(first: &str, currency: &'static str, notices: &mut Vec<String>) -> (Layout, bool) {
    let delimiter = detect_delimiter(first);
    let cells = split_line(first, delimiter).unwrap_or_default();
    let mut positions: Vec<(Column, usize)> = Vec::new();
    for (index, cell) in cells.iter().enumerate() {
        if let Some(column) = Column::of_header(cell) {
            if positions.iter().any(|(c, _)| *c == column) {
                notices.push(format!(
                    "Two columns are headed as {}; the first one is used.",
                    column.label()
                ));
            } else {
                positions.push((column, index));
            }
        }
    }
    let named = positions.len() >= 2 && !first_is_data_cells(&cells, &positions, delimiter);
    let decimals = Decimals::when_unshown(delimiter);
    if named {
        let price_header = positions
            .iter()
            .find(|(column, _)| *column == Column::Price)
            .and_then(|(_, index)| cells.get(*index))
            .and_then(|header| Some((price::of_header(header)?, header)));
        if let Some((code, header)) =
            price_header.filter(|(code, _)| price::differs(code, currency))
        {
            notices.push(format!(
                "The quoted prices are headed in {code} (“{}”), but quotes are read in {currency}, the page’s currency: choose {code} under Currency, or convert them; they were left blank.",
                short(header)
            ));
        }
        let layout = Layout {
            delimiter,
            positions,
            decimals,
            price_header: price_header.map(|(code, _)| code),
            currency,
        };
        return (layout, true);
    }
    let order: Vec<&str> = Column::BY_POSITION.iter().map(|c| c.label()).collect();
    notices.push(format!(
        "No header row was found, so columns are read by position: {}.",
        order.join(", ")
    ));
    let layout = Layout {
        delimiter,
        positions: Column::BY_POSITION
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, i))
            .collect(),
        decimals,
        price_header: None,
        currency,
    };
    (layout, false)
}

/// How the table writes decimals, from the number cells of its first rows. When no cell
/// shows it and a point before three digits was read as grouping thousands, a notice says
/// so with the first such cell.
fn decimals(layout: &Layout, rows: &[Option<Cells>], notices: &mut Vec<String>) -> Decimals {
    let numbers = || {
        rows.iter().flatten().flatten().flat_map(|row| {
            layout
                .positions
                .iter()
                .filter(|(column, _)| column.is_number())
                .filter_map(|(column, index)| Some((*column, row.get(*index)?.as_str())))
                .flat_map(|(column, cell)| number_parts(column, cell, layout.delimiter))
        })
    };
    // Only cells that read as numbers tell the mark: "1,2 Mio." is not evidence of anything.
    let readable = numbers().filter(|cell| number(cell, Decimals::Unknown).is_ok());
    let decimals = Decimals::of(readable, layout.delimiter);
    let first_dotted = || numbers().find(|cell| cell.contains('.') && is_ambiguous(cell));
    if let Some(cell) = first_dotted().filter(|_| decimals == Decimals::Unknown) {
        let read = number(cell, decimals).map(crate::input::readable);
        notices.push(format!(
            "“{}” was read as {}, a point before three digits grouping thousands, as no number in the table shows whether it writes decimals with a point or a comma. Check the figures below.",
            short(cell),
            read.unwrap_or_default()
        ));
    }
    decimals
}

/// The numbers in one cell of a column: the cell, or each count of a follower history.
fn number_parts(column: Column, cell: &str, delimiter: char) -> impl Iterator<Item = &str> {
    let (whole, counts) = if column == Column::History {
        ("", cell)
    } else {
        (cell, "")
    };
    std::iter::once(whole)
        .filter(|whole| !whole.is_empty())
        .chain(history_counts(counts, delimiter))
}

/// The counts of a follower history cell: "10,000|11,000" or "10000 11000 12500".
fn history_counts(cell: &str, delimiter: char) -> impl Iterator<Item = &str> {
    let separators: &[char] = if delimiter == ';' {
        &['|', '/', ' ', '>']
    } else {
        &[';', '|', '/', ' ', '>']
    };
    cell.split(separators).filter(|p| !p.trim().is_empty())
}

/// A header row has no number where followers would be.
fn first_is_data_cells(cells: &[String], positions: &[(Column, usize)], delimiter: char) -> bool {
    positions
        .iter()
        .find(|(c, _)| *c == Column::Followers)
        .and_then(|(_, i)| cells.get(*i))
        .is_some_and(|cell| number(cell, Decimals::when_unshown(delimiter)).is_ok())
}

/// Says which required columns are missing; false when any is.
fn has_required(layout: &Layout, notices: &mut Vec<String>) -> bool {
    let missing: Vec<&str> = [Column::Followers, Column::Likes, Column::Comments]
        .into_iter()
        .filter(|c| !layout.positions.iter().any(|(p, _)| p == c))
        .map(Column::label)
        .collect();
    if missing.is_empty() {
        return true;
    }
    notices.push(format!(
        "The table has no column for {}: add a column headed so (name, followers, average likes, average comments; platform and quoted price are optional).",
        missing.join(", ")
    ));
    false
}

/// Reads one line into a creator, or messages saying why not.
fn read_row(parsed: &mut Parsed, layout: &Layout, line: usize, cells: Cells) {
    let cells = match cells {
        Ok(cells) => cells,
        Err(why) => {
            push(parsed, line, None, format!("{why}; row left out."));
            return;
        }
    };
    if cells.iter().all(String::is_empty) {
        return;
    }
    let mut row = RowReader {
        layout,
        cells: &cells,
        line,
        messages: Vec::new(),
        fatal: false,
    };
    let creator = row.creator(parsed);
    for (column, text) in row.messages {
        push(parsed, line, column, text);
    }
    if let Some(creator) = creator.filter(|_| !row.fatal) {
        parsed.creators.push(creator);
    }
}

fn push(parsed: &mut Parsed, line: usize, column: Option<Column>, text: String) {
    if parsed.messages.len() < MAX_MESSAGES {
        parsed.messages.push(RowMessage { line, column, text });
    } else {
        parsed.more_messages += 1;
    }
}

/// Reads the cells of one row, collecting a message per bad cell.
struct RowReader<'a> {
    layout: &'a Layout,
    cells: &'a [String],
    line: usize,
    messages: Vec<(Option<Column>, String)>,
    fatal: bool,
}

impl<'a> RowReader<'a> {
    fn creator(&mut self, parsed: &Parsed) -> Option<Creator> {
        let name = self.name(parsed)?;
        let followers = self.required(Column::Followers, 1.0, MAX_AUDIENCE as f64, true);
        let likes = self.required(Column::Likes, 0.0, 1e12, false);
        let comments = self.required(Column::Comments, 0.0, 1e12, false);
        let platform = self.platform();
        let deliverable = self.deliverable(platform);
        let creator = Creator {
            line: self.line,
            name,
            platform,
            // Checked whole and within 1..=MAX_AUDIENCE above.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            followers: followers.unwrap_or(0.0) as u64,
            likes: likes.unwrap_or(0.0),
            comments: comments.unwrap_or(0.0),
            views: self.optional(Column::Views, 1e12),
            shares: self.optional(Column::Shares, 1e12),
            saves: self.optional(Column::Saves, 1e12),
            price: self.price(),
            deliverable,
            history: self.history(),
            conversion_percent: self.optional(Column::Conversion, 100.0),
        };
        Some(creator)
    }

    fn cell(&self, column: Column) -> Option<&'a str> {
        self.layout.cell(self.cells, column)
    }

    fn name(&mut self, parsed: &Parsed) -> Option<String> {
        let name: String = match self.cell(Column::Name) {
            Some(name) => name.chars().filter(|c| !c.is_control()).take(60).collect(),
            None => {
                let shown = format!("Line {}", self.line);
                self.messages
                    .push((Some(Column::Name), format!("no name; shown as “{shown}”.")));
                shown
            }
        };
        let duplicate = parsed
            .creators
            .iter()
            .find(|c| c.name.to_lowercase() == name.to_lowercase());
        if let Some(first) = duplicate {
            self.messages.push((
                Some(Column::Name),
                format!(
                    "“{name}” is already on line {}; this row was left out.",
                    first.line
                ),
            ));
            self.fatal = true;
            return None;
        }
        Some(name)
    }

    fn number(&mut self, column: Column, max: f64, whole: bool) -> Result<f64, String> {
        let cell = self.cell(column).unwrap_or("");
        self.unambiguous(cell)?;
        if column != Column::Conversion && cell.ends_with('%') {
            let takes = match column {
                Column::Price => "an amount",
                Column::Followers => "a count",
                _ => "a count per post",
            };
            return Err(format!(
                "“{}” is a percentage, and this column takes {takes}",
                short(cell)
            ));
        }
        let value = number(cell, self.layout.decimals).map_err(|e| match e {
            FieldError::Empty => "empty".to_owned(),
            other => other.to_string().trim_end_matches('.').to_owned(),
        })?;
        if value < 0.0 {
            return Err("must not be negative".to_owned());
        }
        if value > max {
            return Err(format!(
                "above the largest accepted, {}",
                crate::input::readable(max)
            ));
        }
        if whole && value.fract() != 0.0 {
            return Err(format!(
                "“{}” is read as {}; use a whole number",
                short(cell),
                crate::input::readable(value)
            ));
        }
        Ok(value)
    }

    /// An error for "1.500" in a table that writes decimals both with a point and a comma.
    fn unambiguous(&self, cell: &str) -> Result<(), String> {
        if self.layout.decimals != Decimals::Both || !is_ambiguous(cell) {
            return Ok(());
        }
        let reading = |decimals| number(cell, decimals).map(crate::input::readable);
        Err(format!(
            "“{}” could be {} or {}, as the table writes decimals both with a point and with a comma; write it without the separator",
            short(cell),
            reading(Decimals::Point).unwrap_or_default(),
            reading(Decimals::Comma).unwrap_or_default()
        ))
    }

    fn required(&mut self, column: Column, min: f64, max: f64, whole: bool) -> Option<f64> {
        match self.number(column, max, whole) {
            Ok(value) if value >= min => Some(value),
            Ok(_) => {
                self.fail(column, "must be above 0".to_owned());
                None
            }
            Err(why) => {
                self.fail(column, why);
                None
            }
        }
    }

    fn fail(&mut self, column: Column, why: String) {
        self.messages
            .push((Some(column), format!("{why}; row left out.")));
        self.fatal = true;
    }

    fn optional(&mut self, column: Column, max: f64) -> Option<f64> {
        self.cell(column)?;
        match self.number(column, max, false) {
            Ok(value) => Some(value),
            Err(why) => {
                self.messages
                    .push((Some(column), format!("{why}; left blank.")));
                None
            }
        }
    }

    /// The quoted price, when it is in the page's currency and reads as money.
    fn price(&mut self) -> Option<f64> {
        let cell = self.cell(Column::Price)?;
        let own = price::of_cell(cell);
        let page = self.layout.currency;
        let header = self.layout.price_header;
        if let Some(code) = own.or(header).filter(|code| price::differs(code, page)) {
            // A header in another currency is named once, in the notices.
            if own.is_some() {
                self.messages.push((Some(Column::Price), format!(
                    "“{}” is in {code}, but quotes are read in {page}, the page’s currency: choose {code} under Currency, or convert the price; left blank.",
                    short(cell)
                )));
            }
            return None;
        }
        let value = self.optional(Column::Price, crate::domain::roi::MAX_MONEY)?;
        if is_ambiguous(cell) && value.fract() != 0.0 {
            let mark = if self.layout.decimals == Decimals::Comma {
                "comma"
            } else {
                "point"
            };
            self.messages.push((Some(Column::Price), format!(
                "“{}” reads {}, a price with three decimals, as the table writes decimals with a {mark}; for {}, write it without the {mark}; left blank.",
                short(cell),
                crate::input::readable(value),
                bare(cell).chars().filter(char::is_ascii_digit).collect::<String>()
            )));
            return None;
        }
        Some(value)
    }

    fn platform(&mut self) -> Platform {
        let Some(cell) = self.cell(Column::Platform) else {
            return Platform::Instagram;
        };
        let key: String = cell
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let found = match key.as_str() {
            "ig" | "insta" => Some(Platform::Instagram),
            "tt" => Some(Platform::TikTok),
            "yt" => Some(Platform::YouTube),
            "x" | "twitter" => None,
            _ => Platform::ALL
                .into_iter()
                .find(|p| key.starts_with(p.slug()) || p.slug().starts_with(&key)),
        };
        found.unwrap_or_else(|| {
            self.messages.push((
                Some(Column::Platform),
                format!(
                    "“{}” is not a platform this page knows; Instagram is used.",
                    short(cell)
                ),
            ));
            Platform::Instagram
        })
    }

    fn deliverable(&mut self, platform: Platform) -> Deliverable {
        let default = Deliverable::ALL
            .into_iter()
            .find(|d| d.platform() == platform)
            .unwrap_or(Deliverable::InstagramPost);
        let Some(cell) = self.cell(Column::Deliverable) else {
            return default;
        };
        let words = cell.to_lowercase();
        let of_platform = Deliverable::ALL
            .into_iter()
            .filter(|d| d.platform() == platform);
        let found = of_platform.clone().find(|d| {
            let label = d.label().to_lowercase();
            words == label || words == d.slug() || label.ends_with(&format!(" {words}"))
        });
        found.unwrap_or_else(|| {
            let known: Vec<&str> = of_platform.map(Deliverable::label).collect();
            self.messages.push((
                Some(Column::Deliverable),
                format!(
                    "“{}” is not a {} deliverable ({}); {} is used.",
                    short(cell),
                    platform.label(),
                    known.join(", "),
                    default.label()
                ),
            ));
            default
        })
    }

    fn history(&mut self) -> Vec<u64> {
        let Some(cell) = self.cell(Column::History) else {
            return Vec::new();
        };
        let mut counts = Vec::new();
        for part in history_counts(cell, self.layout.delimiter) {
            let read = self
                .unambiguous(part)
                .ok()
                .map(|()| number(part, self.layout.decimals));
            match read.unwrap_or(Err(FieldError::Empty)) {
                Ok(v) if v >= 1.0 && v <= MAX_AUDIENCE as f64 && v.fract() == 0.0 => {
                    // Checked whole and within 1..=MAX_AUDIENCE.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    counts.push(v as u64);
                }
                _ => {
                    self.messages.push((
                        Some(Column::History),
                        format!(
                            "“{}” is not a follower count; the history was left out.",
                            short(part)
                        ),
                    ));
                    return Vec::new();
                }
            }
        }
        counts.truncate(60);
        counts
    }
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(24).collect();
    if text.chars().count() > 24 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(parsed: &Parsed) -> Vec<String> {
        parsed.messages.iter().map(RowMessage::sentence).collect()
    }

    #[test]
    fn a_spreadsheet_paste_with_headers_in_any_order() {
        let text = "Avg comments\tHandle\tFollowers\tAvg likes\tPlatform\tQuoted price\tViews\n\
                    40\t@ana\t25,000\t1,200\tTikTok\t$900\t30k\n\
                    \n\
                    12\tbo\t8k\t600\tinstagram\t\t\n";
        let parsed = parse(text);
        assert!(parsed.messages.is_empty(), "{:?}", parsed.messages);
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        let [ana, bo] = parsed.creators.as_slice() else {
            panic!("{parsed:?}");
        };
        assert_eq!(
            (ana.line, ana.name.as_str(), ana.followers),
            (2, "@ana", 25_000)
        );
        assert_eq!(
            (ana.likes, ana.comments, ana.views),
            (1_200.0, 40.0, Some(30_000.0))
        );
        assert_eq!((ana.platform, ana.price), (Platform::TikTok, Some(900.0)));
        assert_eq!(ana.deliverable, Deliverable::TikTokVideo);
        assert_eq!((bo.line, bo.followers, bo.price), (4, 8_000, None));
    }

    #[test]
    fn semicolons_with_decimal_commas_and_quoted_names() {
        let text = "name;followers;likes;comments;price;follower history\n\
                    \"Dupont; Léa\";12.500;310,5;20;1.200,50;10.000|11.000|12.500\n";
        let parsed = parse(text);
        assert!(parsed.messages.is_empty(), "{:?}", parsed.messages);
        let lea = &parsed.creators[0];
        assert_eq!(lea.name, "Dupont; Léa");
        assert_eq!(
            (lea.followers, lea.likes, lea.price),
            (12_500, 310.5, Some(1_200.5))
        );
        assert_eq!(lea.history, vec![10_000, 11_000, 12_500]);
    }

    #[test]
    fn a_european_paste_reads_points_as_thousands_when_a_cell_writes_a_decimal_comma() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    Léa\t12.500\t310,5\t20\t1.500\n";
        let parsed = parse(text);
        assert!(parsed.messages.is_empty(), "{:?}", parsed.messages);
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        let lea = &parsed.creators[0];
        assert_eq!(
            (lea.followers, lea.likes, lea.price),
            (12_500, 310.5, Some(1_500.0))
        );
    }

    #[test]
    fn an_english_paste_reads_points_as_decimals() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    Ann\t12,500\t310.5\t20\t1.500\n";
        let ann = &parse(text).creators[0];
        assert_eq!((ann.followers, ann.likes), (12_500, 310.5));
    }

    #[test]
    fn a_paste_that_never_shows_its_decimals_reads_points_as_thousands_and_says_so() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    Léa\t12.500\t310\t20\t1.500\n";
        let parsed = parse(text);
        let lea = &parsed.creators[0];
        assert_eq!((lea.followers, lea.price), (12_500, Some(1_500.0)));
        assert_eq!(
            parsed.notices,
            ["“12.500” was read as 12,500, a point before three digits grouping thousands, as no number in the table shows whether it writes decimals with a point or a comma. Check the figures below."]
        );
    }

    #[test]
    fn a_table_writing_decimals_both_ways_names_the_cells_it_cannot_read() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    Léa\t12.500\t310,5\t20\t\n\
                    Ann\t9000\t310.5\t20\t1,500\n";
        let parsed = parse(text);
        assert_eq!(
            sentences(&parsed),
            [
                "Line 2, followers: “12.500” could be 12.5 or 12,500, as the table writes decimals both with a point and with a comma; write it without the separator; row left out.",
                "Line 3, quoted price: “1,500” could be 1,500 or 1.5, as the table writes decimals both with a point and with a comma; write it without the separator; left blank.",
            ]
        );
        assert_eq!(parsed.creators.len(), 1);
    }

    #[test]
    fn a_cell_that_is_not_a_number_does_not_decide_the_decimal_mark() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    ana\t12500\t310\t20\t1.500\n\
                    bo\t1,2 Mio.\t20000\t150\t9.000\n";
        let parsed = parse(text);
        assert_eq!(parsed.creators[0].price, Some(1_500.0));
        assert_eq!(
            sentences(&parsed),
            ["Line 3, followers: “1,2 Mio.” is not a number; row left out."]
        );
        let whole =
            parse("name\tfollowers\tlikes\tcomments\nana\t12500\t310.5\t20\nbo\t1.500\t200\t15\n");
        assert_eq!(
            sentences(&whole),
            ["Line 3, followers: “1.500” is read as 1.5; use a whole number; row left out."]
        );
    }

    #[test]
    fn a_price_in_another_currency_than_the_pages_is_named_not_read_as_one() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    ana\t12500\t310\t20\t€1.200\n\
                    bo\t9000\t200\t15\t1.200 €\n\
                    cy\t9000\t200\t15\t$900\n\
                    dee\t9000\t200\t15\t900\n";
        let parsed = parse_in(text, "USD");
        let prices: Vec<Option<f64>> = parsed.creators.iter().map(|c| c.price).collect();
        assert_eq!(prices, [None, None, Some(900.0), Some(900.0)]);
        assert_eq!(
            sentences(&parsed),
            [
                "Line 2, quoted price: “€1.200” is in EUR, but quotes are read in USD, the page’s currency: choose EUR under Currency, or convert the price; left blank.",
                "Line 3, quoted price: “1.200 €” is in EUR, but quotes are read in USD, the page’s currency: choose EUR under Currency, or convert the price; left blank.",
            ]
        );
        let euros = parse_in(text, "EUR");
        let prices: Vec<Option<f64>> = euros.creators.iter().map(|c| c.price).collect();
        assert_eq!(prices, [Some(1_200.0), Some(1_200.0), None, Some(900.0)]);
        // A plain "$" is every dollar's and peso's sign.
        let pesos = parse_in(text, "MXN");
        assert_eq!(pesos.creators[2].price, Some(900.0));
    }

    #[test]
    fn a_price_column_headed_in_another_currency_is_named_once() {
        let text = "name,followers,likes,comments,Quoted price (EUR)\n\
                    ana,12500,310,20,1200\n\
                    bo,9000,200,15,900\n";
        let parsed = parse_in(text, "USD");
        assert!(parsed.creators.iter().all(|c| c.price.is_none()));
        assert!(parsed.messages.is_empty(), "{:?}", parsed.messages);
        assert_eq!(
            parsed.notices,
            ["The quoted prices are headed in EUR (“Quoted price (EUR)”), but quotes are read in USD, the page’s currency: choose EUR under Currency, or convert them; they were left blank."]
        );
        let euros = parse_in(text, "EUR");
        assert!(euros.notices.is_empty(), "{:?}", euros.notices);
        assert_eq!(euros.creators[0].price, Some(1_200.0));
        let signed = parse_in(
            "name,followers,likes,comments,Fee €\nana,12500,310,20,1200\n",
            "GBP",
        );
        assert_eq!(signed.creators[0].price, None);
    }

    #[test]
    fn indian_and_swiss_writings_are_read() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    asha\t12,34,567\t45,000\t1,200\t₹1,23,456.00\n\
                    ueli\t1’234’567\t3’000\t20\tCHF 1'200.–\n\
                    vreni\t9000\t200\t15\t900 INR\n";
        let parsed = parse_in(text, "INR");
        let read: Vec<(u64, Option<f64>)> = parsed
            .creators
            .iter()
            .map(|c| (c.followers, c.price))
            .collect();
        assert_eq!(
            read,
            [
                (1_234_567, Some(123_456.0)),
                (1_234_567, None),
                (9_000, Some(900.0))
            ]
        );
        assert_eq!(
            sentences(&parsed),
            ["Line 3, quoted price: “CHF 1'200.–” is in CHF, but quotes are read in INR, the page’s currency: choose CHF under Currency, or convert the price; left blank."]
        );
    }

    #[test]
    fn a_percentage_in_a_count_column_is_named() {
        let text = "name;followers;likes;comments;conversion rate\n\
                    ana;12500;3,5 %;20;2,5 %\n";
        let parsed = parse_in(text, "USD");
        assert!(parsed.creators.is_empty());
        assert_eq!(
            sentences(&parsed),
            ["Line 2, average likes: “3,5 %” is a percentage, and this column takes a count per post; row left out."]
        );
        let fine = parse_in(
            "name;followers;likes;comments;conversion rate\nana;12500;350;20;2,5 %\n",
            "USD",
        );
        assert_eq!(fine.creators[0].conversion_percent, Some(2.5));
    }

    #[test]
    fn a_price_read_with_three_decimals_is_left_blank_and_named() {
        let text = "name\tfollowers\tlikes\tcomments\tprice\n\
                    ann\t12500\t310\t20\t$1,200.00\n\
                    bo\t9000\t200\t15\t1.500\n";
        let parsed = parse_in(text, "USD");
        assert_eq!(parsed.creators[1].price, None);
        assert_eq!(
            sentences(&parsed),
            ["Line 3, quoted price: “1.500” reads 1.5, a price with three decimals, as the table writes decimals with a point; for 1500, write it without the point; left blank."]
        );
    }

    #[test]
    fn no_header_reads_by_position_and_says_so() {
        let parsed = parse("ana,instagram,20000,900,30,700\nbo,tiktok,9000,500,10,300");
        assert_eq!(parsed.creators.len(), 2);
        assert_eq!(parsed.creators[0].price, Some(700.0));
        assert!(
            parsed.notices[0].contains("read by position"),
            "{:?}",
            parsed.notices
        );
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column_and_good_rows_kept() {
        let text = "name,followers,likes,comments,price,platform\n\
                    ana,20000,900,30,700,instagram\n\
                    bo,lots,500,10,300,tiktok\n\
                    ana,9000,500,10,300,tiktok\n\
                    cy,9000,500,10,cheap,myspace\n\
                    \"dee,9000,5,1,1,x\n\
                    ,5000,100,5,,\n";
        let parsed = parse(text);
        let names: Vec<&str> = parsed.creators.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["ana", "cy", "Line 7"]);
        let said = sentences(&parsed);
        for expected in [
            "Line 3, followers: “lots” is not a number; row left out.",
            "Line 4, name: “ana” is already on line 2; this row was left out.",
            "Line 5, quoted price: “cheap” is not a number; left blank.",
            "Line 5, platform: “myspace” is not a platform this page knows; Instagram is used.",
            "Line 6: a quote is opened but not closed (a cell may not span lines); row left out.",
            "Line 7, name: no name; shown as “Line 7”.",
        ] {
            assert!(said.iter().any(|s| s == expected), "{expected}\n{said:#?}");
        }
    }

    #[test]
    fn a_figure_too_large_names_the_limit_in_grouped_digits() {
        let parsed = parse("name,followers,likes,comments\nana,99999999999,5,1");
        let said = sentences(&parsed);
        let limit = crate::input::readable(MAX_AUDIENCE as f64);
        assert!(limit.contains(','), "{limit}");
        let expected =
            format!("Line 2, followers: above the largest accepted, {limit}; row left out.");
        assert!(said.contains(&expected), "{expected}\n{said:#?}");
    }

    #[test]
    fn a_missing_column_is_named() {
        let parsed = parse("name,followers,likes\nana,100,5");
        assert!(parsed.creators.is_empty());
        assert!(
            parsed.notices[0].contains("no column for average comments"),
            "{:?}",
            parsed.notices
        );
    }

    #[test]
    fn ten_thousand_rows_keep_the_first_hundred() {
        let mut text = String::from("name,followers,likes,comments\n");
        for i in 0..10_000 {
            text.push_str(&format!("c{i},{},50,5\n", 1_000 + i));
        }
        let parsed = parse(&text);
        assert_eq!(parsed.creators.len(), MAX_CREATORS);
        assert!(
            parsed.notices.iter().any(|n| n.contains("9900 more rows")),
            "{:?}",
            parsed.notices
        );
    }

    #[test]
    fn a_binary_file_is_refused_with_a_sentence() {
        let parsed = parse("\u{0}\u{1}PK\u{3}\u{4}\u{14}\u{0}\u{8}");
        assert!(parsed.creators.is_empty());
        assert!(parsed.notices[0].contains("does not look like a table"));
    }
}

/// Property tests over arbitrary text (`scripts/fuzz.sh` runs them far longer).
#[cfg(test)]
mod roster_fuzz {
    use super::*;
    use proptest::prelude::*;

    fn table_like() -> impl Strategy<Value = String> {
        let cell = prop_oneof![
            "[0-9]{0,7}",
            "[0-9]{1,3}[.,][0-9]{1,3}[kKmM%]?",
            "\"[^\"]{0,8}\"?",
            ".{0,6}",
            Just("followers".to_owned()),
            Just("likes".to_owned()),
            Just("comments".to_owned()),
        ];
        let row = proptest::collection::vec(cell, 0..8)
            .prop_flat_map(|cells| (Just(cells), prop_oneof![Just(","), Just(";"), Just("\t")]))
            .prop_map(|(cells, d)| cells.join(d));
        proptest::collection::vec(row, 0..12).prop_map(|rows| rows.join("\n"))
    }

    proptest! {
        #[test]
        fn any_text_parses_without_panicking(text in "(?s).{0,600}") {
            let parsed = parse(&text);
            prop_assert!(parsed.creators.len() <= MAX_CREATORS);
        }

        #[test]
        fn any_table_keeps_only_valid_creators(text in table_like()) {
            let parsed = parse(&text);
            for c in &parsed.creators {
                prop_assert!(c.followers >= 1);
                prop_assert!(c.likes >= 0.0 && c.likes.is_finite());
                prop_assert!(c.comments >= 0.0 && c.comments.is_finite());
                prop_assert!(c.line >= 1);
            }
        }
    }
}
