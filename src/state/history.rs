//! The authenticity check's monthly follower counts, typed as a list.

use crate::domain::tier::MAX_AUDIENCE;
use crate::input::{self, FieldError, Limits};

/// Most months kept.
pub const MAX_MONTHS: usize = 60;
const COUNT: Limits = Limits::count(0.0, MAX_AUDIENCE as f64);

/// Why the list cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryError {
    /// One entry is wrong (1-based month).
    Month(usize, FieldError),
    /// More than [`MAX_MONTHS`] entries.
    TooMany,
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HistoryError::Month(month, error) => write!(f, "Month {month}: {error}"),
            HistoryError::TooMany => write!(f, "Give at most {MAX_MONTHS} months."),
        }
    }
}

/// Monthly follower counts, oldest first: the text as typed and the last valid list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HistoryField {
    /// What the user typed.
    pub text: String,
    /// The last valid list.
    pub value: Vec<u64>,
}

impl HistoryField {
    /// Parses a list of monthly counts. New lines, tabs, spaces, `;`, `~` and a comma followed
    /// by a space separate months; a comma between digits stays a thousands separator when it
    /// groups them by three ("30,000" is one number, "30000,31000" two).
    ///
    /// # Errors
    /// The first entry that is not a count, or too many entries.
    pub fn parse(text: &str) -> Result<Vec<u64>, HistoryError> {
        let parts: Vec<&str> = text
            .split([' ', '\t', '\n', '\r', '\u{a0}', ';', '~'])
            .flat_map(split_commas)
            .filter(|part| !part.is_empty())
            .collect();
        if parts.len() > MAX_MONTHS {
            return Err(HistoryError::TooMany);
        }
        parts
            .iter()
            .enumerate()
            .map(|(index, part)| {
                input::parse(part, COUNT)
                    .map(|v| v as u64)
                    .map_err(|error| HistoryError::Month(index + 1, error))
            })
            .collect()
    }

    /// A field showing a valid list.
    #[must_use]
    pub fn new(value: Vec<u64>) -> Self {
        HistoryField {
            text: Self::join(&value, "\n"),
            value,
        }
    }

    /// Takes new text; keeps the old list when the text is not valid.
    #[must_use]
    pub fn edit(&self, text: String) -> Self {
        let value = Self::parse(&text).unwrap_or_else(|_| self.value.clone());
        HistoryField { text, value }
    }

    /// The error to show, if the text is not valid.
    #[must_use]
    pub fn error(&self) -> Option<HistoryError> {
        Self::parse(&self.text).err()
    }

    /// The list joined with `separator`.
    pub fn join(value: &[u64], separator: &str) -> String {
        value
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(separator)
    }
}

/// The hint under the field: how months are separated.
pub const SEPARATORS_HINT: &str =
    "One month per line, or separated by spaces, commas or semicolons (30,000 is one number).";

/// `part` split at its commas, unless every comma groups digits by three (a thousands
/// separator, as in "30,000" or "1,200,000").
fn split_commas(part: &str) -> Vec<&str> {
    // A comma that ended the part was followed by a space or the end: a separator.
    let part = part.trim_end_matches(',');
    let mut pieces = part.split(',');
    let groups_thousands = pieces.next().is_some_and(|head| !head.is_empty())
        && pieces.all(|piece| {
            let digits = piece.chars().take_while(char::is_ascii_digit).count();
            digits == 3
        });
    if groups_thousands {
        vec![part]
    } else {
        part.split(',').collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_from_lines_and_separators() {
        assert_eq!(
            HistoryField::parse("80,000\n84k; 88000~ 92000"),
            Ok(vec![80_000, 84_000, 88_000, 92_000])
        );
        assert_eq!(HistoryField::parse(""), Ok(vec![]));
        assert!(matches!(
            HistoryField::parse("1000\nabc"),
            Err(HistoryError::Month(2, FieldError::NotANumber(_)))
        ));
        let many = vec!["1"; MAX_MONTHS + 1].join(";");
        assert_eq!(HistoryField::parse(&many), Err(HistoryError::TooMany));
    }

    #[test]
    fn commas_with_spaces_tabs_and_spaces_separate_months() {
        let months = Ok(vec![30_000, 31_000, 33_000]);
        assert_eq!(HistoryField::parse("30000, 31000, 33000"), months);
        assert_eq!(HistoryField::parse("30000,31000,33000"), months);
        assert_eq!(HistoryField::parse("30000 31000 33000"), months);
        assert_eq!(HistoryField::parse("30000\t31000\t33000"), months);
        assert_eq!(HistoryField::parse("30000;31000;33000"), months);
        assert_eq!(HistoryField::parse("30,000, 31,000, 33,000"), months);
        assert_eq!(HistoryField::parse("30,000\n31,000\n33,000"), months);
        assert_eq!(HistoryField::parse("30,000"), Ok(vec![30_000]));
        assert_eq!(HistoryField::parse("1,200,000"), Ok(vec![1_200_000]));
        assert_eq!(HistoryField::parse("30k, 31.5k"), Ok(vec![30_000, 31_500]));
    }

    #[test]
    fn a_bad_edit_keeps_the_list() {
        let field = HistoryField::new(vec![1, 2]).edit("1\n-2".into());
        assert_eq!(field.value, vec![1, 2]);
        assert!(field.error().is_some());
    }
}
