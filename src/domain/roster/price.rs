//! A quoted price's currency: a sign or code in the cell ("€1.200", "900 USD") or in the
//! column's header ("Quoted price (EUR)", "Fee €"), checked against the currency the page
//! reads quotes in, so that euros are never read as dollars.

use crate::input::{same_currency, split_currency};

/// The currency a price cell is written in, when it shows a sign or code.
#[must_use]
pub fn of_cell(cell: &str) -> Option<&'static str> {
    split_currency(cell.trim()).map(|(_, code, _)| code)
}

/// The currency a header names in a word of its own: "Quoted price (EUR)", "Fee €".
#[must_use]
pub fn of_header(header: &str) -> Option<&'static str> {
    header
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | ':' | '/'))
        .filter(|word| !word.is_empty())
        .find_map(of_cell)
}

/// True when a price in `code` cannot be read as one in `page`: "$" fits every dollar and
/// peso, "€" only the euro.
#[must_use]
pub fn differs(code: &str, page: &str) -> bool {
    !same_currency(code, page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_shows_its_currency_before_or_after_the_number() {
        for (cell, code) in [
            ("€1.200", Some("EUR")),
            ("1.200 €", Some("EUR")),
            ("CHF 1'200.–", Some("CHF")),
            ("900 USD", Some("USD")),
            ("$900", Some("USD")),
            ("R$ 300", Some("BRL")),
            ("1.2k€", Some("EUR")),
            ("900", None),
            ("12.5K", None),
        ] {
            assert_eq!(of_cell(cell), code, "{cell}");
        }
    }

    #[test]
    fn a_header_names_its_currency_in_a_word_of_its_own() {
        assert_eq!(of_header("Quoted price (EUR)"), Some("EUR"));
        assert_eq!(of_header("Fee €"), Some("EUR"));
        assert_eq!(of_header("Price [CHF]"), Some("CHF"));
        assert_eq!(of_header("Quoted price"), None);
        assert_eq!(of_header("Prices"), None);
    }

    #[test]
    fn a_dollar_sign_fits_every_dollar_and_peso() {
        assert!(!differs("USD", "CAD"));
        assert!(!differs("USD", "MXN"));
        assert!(differs("EUR", "USD"));
        assert!(differs("CAD", "USD"));
    }
}
