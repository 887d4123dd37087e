//! Reading one line of a spreadsheet: the delimiter, quoted cells (RFC 4180 style) and
//! numbers written with a decimal comma or thousands separators.

use super::decimals::{bare, grouped, Decimals};
use crate::input::{parse_number, FieldError};

/// The delimiter of a table: a tab when the first line has one (a paste from a
/// spreadsheet), else a semicolon when it has at least as many as commas (the usual CSV of
/// countries that write decimals with a comma), else a comma.
#[must_use]
pub fn detect_delimiter(first_line: &str) -> char {
    let count = |d: char| outside_quotes(first_line).filter(|c| *c == d).count();
    if count('\t') > 0 {
        '\t'
    } else if count(';') > 0 && count(';') >= count(',') {
        ';'
    } else {
        ','
    }
}

/// The characters of `line` that are not inside quotes.
fn outside_quotes(line: &str) -> impl Iterator<Item = char> + '_ {
    let mut quoted = false;
    line.chars().filter(move |c| {
        if *c == '"' {
            quoted = !quoted;
        }
        !quoted
    })
}

/// Splits one line into trimmed cells. A cell may be quoted (`"Smith, Ann"`), with `""`
/// for a quote inside it.
///
/// # Errors
/// A sentence when a quote is left open.
pub fn split_line(line: &str, delimiter: char) -> Result<Vec<String>, &'static str> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            (false, d) if d == delimiter => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            (_, other) => cell.push(other),
        }
    }
    if quoted {
        return Err("a quote is opened but not closed (a cell may not span lines)");
    }
    cells.push(cell.trim().to_owned());
    Ok(cells)
}

/// Reads a number cell: "12,500", "12.500", "1,5", "4.2k", "$1,200", "3%". `decimals`
/// says how the table writes decimals, so whether "1.500" is fifteen hundred or 1.5.
///
/// # Errors
/// [`FieldError`] when the cell is empty or not a number.
pub fn number(cell: &str, decimals: Decimals) -> Result<f64, FieldError> {
    let text = bare(cell);
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let normal = match (dots, commas) {
        (0, 0) => text,
        (_, 0) if grouped(&text, '.') && (dots > 1 || decimals != Decimals::Point) => {
            text.replace('.', "")
        }
        (_, 0) => text,
        (0, _) if grouped(&text, ',') && (commas > 1 || decimals != Decimals::Comma) => {
            text.replace(',', "")
        }
        (0, 1) => text.replace(',', "."),
        (0, _) => return Err(FieldError::NotANumber(cell.trim().to_owned())),
        _ => {
            let last_dot = text.rfind('.').unwrap_or(0);
            let last_comma = text.rfind(',').unwrap_or(0);
            if last_comma > last_dot {
                text.replace('.', "").replace(',', ".")
            } else {
                text.replace(',', "")
            }
        }
    };
    // A cell that is not a number is quoted as written, not as its separators left it.
    parse_number(&normal).map_err(|e| e.quoting(cell))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_found_from_the_first_line() {
        assert_eq!(detect_delimiter("name\tfollowers"), '\t');
        assert_eq!(detect_delimiter("name;followers;likes"), ';');
        assert_eq!(detect_delimiter("name,followers"), ',');
        assert_eq!(detect_delimiter("\"a;b\",c"), ',');
        assert_eq!(detect_delimiter("single"), ',');
    }

    #[test]
    fn quoted_cells_keep_delimiters_and_escaped_quotes() {
        assert_eq!(
            split_line(r#""Smith, Ann",12,"say ""hi""""#, ','),
            Ok(vec![
                "Smith, Ann".to_owned(),
                "12".to_owned(),
                "say \"hi\"".to_owned()
            ])
        );
        assert_eq!(
            split_line(" a ; ;b", ';'),
            Ok(vec!["a".to_owned(), String::new(), "b".to_owned()])
        );
        assert!(split_line("\"open,1", ',').is_err());
    }

    #[test]
    fn numbers_in_every_common_writing() {
        use Decimals::{Comma, Point, Unknown};
        for (cell, decimals, value) in [
            ("12,500", Point, 12_500.0),
            ("1,234,567", Point, 1_234_567.0),
            ("1,5", Point, 1.5),
            ("1,5", Comma, 1.5),
            ("12.500", Comma, 12_500.0),
            ("12.5", Point, 12.5),
            ("1.234,5", Comma, 1_234.5),
            ("1,234.5", Point, 1_234.5),
            ("$1,200", Point, 1_200.0),
            ("€ 950", Comma, 950.0),
            ("4.2k", Point, 4_200.0),
            ("2%", Point, 2.0),
            ("R$ 300", Comma, 300.0),
            ("1'200", Point, 1_200.0),
            // A point or comma before three digits follows the table's decimals.
            ("1.500", Point, 1.5),
            ("1.500", Comma, 1_500.0),
            ("1.500", Unknown, 1_500.0),
            ("1,500", Point, 1_500.0),
            ("1,500", Comma, 1.5),
            ("1,500", Unknown, 1_500.0),
            ("1.234.567", Point, 1_234_567.0),
            // Indian grouping, Swiss apostrophes and currency codes before or after.
            ("12,34,567", Unknown, 1_234_567.0),
            ("₹1,23,456.00", Point, 123_456.0),
            ("1’234’567", Unknown, 1_234_567.0),
            ("CHF 1'200.–", Point, 1_200.0),
            ("1.200,–", Comma, 1_200.0),
            ("CHF 900.50", Point, 900.5),
            ("900 USD", Unknown, 900.0),
            ("Rs. 4,500", Point, 4_500.0),
        ] {
            assert_eq!(number(cell, decimals), Ok(value), "{cell} {decimals:?}");
        }
        assert!(number("twelve", Point).is_err());
        assert!(number("1,2,3", Point).is_err());
        assert!(number("12,34,56", Point).is_err());
        assert!(number("-", Point).is_err());
        assert_eq!(number("", Point), Err(FieldError::Empty));
    }
}
