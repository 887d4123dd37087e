//! Tables as CSV text (RFC 4180) that spreadsheets open as they are: UTF-8 with a byte-order
//! mark, CRLF line ends, a field quoted when it holds a comma, quote or line break (quotes
//! doubled), numbers unformatted, units in the headers. A download link carries it as a
//! `data:` URL, so the page needs no code of its own for it.

use crate::input::plain;
use crate::markup::Markup;

/// A CSV document being written, row by row.
pub struct Csv(String);

impl Default for Csv {
    fn default() -> Self {
        Self::new()
    }
}

impl Csv {
    /// An empty document, led by the byte-order mark that tells spreadsheets it is UTF-8.
    #[must_use]
    pub fn new() -> Self {
        Csv("\u{FEFF}".to_string())
    }

    /// Adds one row of fields, each quoted as needed.
    pub fn row<S: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = S>) -> &mut Self {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            push_field(&mut self.0, field.as_ref());
        }
        self.0.push_str("\r\n");
        self
    }

    /// The text.
    #[must_use]
    pub fn finish(self) -> String {
        self.0
    }
}

/// A field as CSV writes it: in quotes, with quotes doubled, when it holds a comma, a quote
/// or a line break.
#[must_use]
pub fn quote(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    push_field(&mut out, field);
    out
}

/// Writes `field` to `out` as [`quote`] gives it, without a string of its own.
fn push_field(out: &mut String, field: &str) {
    if field
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        out.push('"');
        for (i, piece) in field.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(piece);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// A number as CSV writes it: plain digits and a point, no grouping, no currency; empty when
/// there is none.
#[must_use]
pub fn number(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map(|v| plain((v * 1e6).round() / 1e6))
        .unwrap_or_default()
}

/// A link that downloads `csv` as the file `name`.
pub fn download_link(m: &mut Markup, csv: &str, name: &'static str, text: &str) {
    let href = format!(
        "data:text/csv;charset=utf-8,{}",
        crate::url_state::encode(csv)
    );
    m.open_with("p", &[("class", "downloads")])
        .open_with(
            "a",
            &[("class", "download"), ("download", name), ("href", &href)],
        )
        .text(text)
        .close("a")
        .close("p");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let mut csv = Csv::new();
        csv.row(["Name", "Cost (USD)"])
            .row(["Ten \"micro\", and more", "1000"])
            .row(["two\nlines", ""]);
        assert_eq!(
            csv.finish(),
            "\u{FEFF}Name,Cost (USD)\r\n\"Ten \"\"micro\"\", and more\",1000\r\n\"two\nlines\",\r\n"
        );
    }

    #[test]
    fn numbers_are_plain() {
        assert_eq!(number(Some(1_234_567.0)), "1234567");
        assert_eq!(number(Some(83.333_333_333)), "83.333333");
        assert_eq!(number(Some(0.1 + 0.2)), "0.3");
        assert_eq!(number(Some(f64::NAN)), "");
        assert_eq!(number(None), "");
    }

    #[test]
    fn the_link_carries_the_text_with_its_mark() {
        let mut m = Markup::new();
        download_link(&mut m, "\u{FEFF}a,b\r\n", "t.csv", "Download");
        let html = m.as_str();
        assert!(html.contains("download=\"t.csv\""), "{html}");
        assert!(
            html.contains("href=\"data:text/csv;charset=utf-8,%EF%BB%BFa,b%0D%0A\""),
            "{html}"
        );
    }
}
