//! How a table writes its decimals, decided from all its number cells at once: a
//! spreadsheet from one country writes "1.500" for fifteen hundred, from another for one
//! and a half, and a single cell cannot tell which.

/// The decimal mark of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimals {
    /// A point, as "1,234.5" (a comma groups thousands).
    Point,
    /// A comma, as "1.234,5" (a point groups thousands).
    Comma,
    /// No cell shows it: a point or a comma before exactly three digits groups thousands.
    Unknown,
    /// Some cells write decimals with a point and some with a comma: "1.500" cannot be read.
    Both,
}

impl Decimals {
    /// The mark the cells show. When none shows one, a semicolon-separated file (the CSV
    /// of countries that write "1,5") has a comma, a comma-separated one a point, and a
    /// tab-separated paste is [`Decimals::Unknown`].
    #[must_use]
    pub fn of<'a>(cells: impl IntoIterator<Item = &'a str>, delimiter: char) -> Self {
        let (mut point, mut comma) = (false, false);
        for cell in cells {
            match shown_mark(cell) {
                Some('.') => point = true,
                Some(_) => comma = true,
                None => {}
            }
        }
        match (point, comma) {
            (true, true) => Decimals::Both,
            (true, false) => Decimals::Point,
            (false, true) => Decimals::Comma,
            (false, false) => Decimals::when_unshown(delimiter),
        }
    }

    /// The mark assumed for a file whose cells do not show one.
    #[must_use]
    pub fn when_unshown(delimiter: char) -> Self {
        match delimiter {
            ';' => Decimals::Comma,
            ',' => Decimals::Point,
            _ => Decimals::Unknown,
        }
    }
}

/// The cell's text without its currency sign or code ("CHF 900.50", "900 USD", "R$ 300"),
/// apostrophes (Swiss "1'200", "1’200") and a dash for no cents ("1.200,–").
#[must_use]
pub fn bare(cell: &str) -> String {
    let cell = cell.trim();
    let text = crate::input::split_currency(cell).map_or(cell, |(_, _, rest)| rest);
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '$' | '€' | '£' | '¥' | '₹' | '\'' | '’' | 'ʼ'))
        .collect();
    let text = text.trim();
    let text = text
        .strip_suffix(['–', '—', '-'])
        .and_then(|t| t.strip_suffix(['.', ',']))
        .unwrap_or(text);
    text.to_owned()
}

/// The decimal mark a number cell shows beyond doubt: the later of a point and a comma
/// ("1.234,5"), a separator not before three digits ("12.5", "1,5") or the other one when
/// a separator repeats in groups of three ("1.234.567"). None for "1.500", "1,500" and
/// whole numbers.
fn shown_mark(cell: &str) -> Option<char> {
    if !cell.contains(['.', ',']) {
        return None;
    }
    let text = &bare(cell);
    let (dots, commas) = (text.matches('.').count(), text.matches(',').count());
    match (dots, commas) {
        (0, 0) => None,
        (0, _) => separator_shows(text, ',', commas)
            .then_some(',')
            .or_else(|| (commas > 1 && grouped(text, ',')).then_some('.')),
        (_, 0) => separator_shows(text, '.', dots)
            .then_some('.')
            .or_else(|| (dots > 1 && grouped(text, '.')).then_some(',')),
        _ => text
            .rfind(['.', ','])
            .and_then(|i| text[i..].chars().next()),
    }
}

/// True when the only separator of a cell is a decimal mark: once, not before three digits.
fn separator_shows(text: &str, separator: char, count: usize) -> bool {
    count == 1 && !grouped(text, separator)
}

/// True for one separator before exactly three digits ("1.500", "12,000"): a decimal mark
/// in some countries, thousands in others.
#[must_use]
pub fn is_ambiguous(cell: &str) -> bool {
    if !cell.contains(['.', ',']) {
        return false;
    }
    let text = &bare(cell);
    let (dots, commas) = (text.matches('.').count(), text.matches(',').count());
    (dots + commas == 1) && (grouped(text, '.') || grouped(text, ','))
}

/// True when `text` is digits grouped by threes with `separator`: "1,234" or "12,345,678",
/// or in the Indian way with commas, by twos before the last three: "12,34,567". A k/m
/// suffix or % may follow.
#[must_use]
pub fn grouped(text: &str, separator: char) -> bool {
    let body = text.trim_end_matches(|c: char| c.is_alphabetic() || c == '%' || c == ' ');
    let body = body.trim_start_matches(['-', '+']);
    let groups: Vec<&str> = body.split(separator).collect();
    let digits = |g: &&str, sizes: &[usize]| {
        sizes.contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit())
    };
    let Some((first, rest)) = groups.split_first() else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return false;
    };
    let by_threes = || digits(first, &[1, 2, 3]) && rest.iter().all(|g| digits(g, &[3]));
    let indian = || {
        separator == ','
            && digits(first, &[1, 2])
            && middle.iter().all(|g| digits(g, &[2]))
            && digits(last, &[3])
    };
    by_threes() || indian()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_comes_from_any_cell_that_shows_it() {
        let of = |cells: &[&str], delimiter| Decimals::of(cells.iter().copied(), delimiter);
        assert_eq!(of(&["1.500", "300", "3,5"], '\t'), Decimals::Comma);
        assert_eq!(of(&["1.500", "1.234.567"], '\t'), Decimals::Comma);
        assert_eq!(of(&["1,500", "4.2k"], '\t'), Decimals::Point);
        assert_eq!(of(&["1,234,567", "1.500"], '\t'), Decimals::Point);
        assert_eq!(of(&["1.234,5"], ','), Decimals::Comma);
        assert_eq!(of(&["$1,234.50"], ';'), Decimals::Point);
        assert_eq!(of(&["12.5", "1,5"], '\t'), Decimals::Both);
    }

    #[test]
    fn without_a_telling_cell_the_delimiter_decides() {
        let cells = ["1.500", "12,000", "300", "€ 950"];
        assert_eq!(Decimals::of(cells, ';'), Decimals::Comma);
        assert_eq!(Decimals::of(cells, ','), Decimals::Point);
        assert_eq!(Decimals::of(cells, '\t'), Decimals::Unknown);
    }

    #[test]
    fn one_separator_before_three_digits_is_ambiguous() {
        for cell in ["1.500", "12,000", "$1.200", "250.000"] {
            assert!(is_ambiguous(cell), "{cell}");
        }
        for cell in ["1.5", "1,50", "1.234.567", "1.234,5", "1500", "name"] {
            assert!(!is_ambiguous(cell), "{cell}");
        }
    }
}
