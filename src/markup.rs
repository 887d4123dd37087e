//! A small HTML string builder for output-only panels (results, charts, formulas).
//!
//! Yew's `html!` expands every element into its own construction code; for the result
//! panels, which have no listeners, writing escaped HTML into one string and handing it to
//! Yew as raw HTML costs a fraction of the wasm. Every piece of text goes through
//! [`Markup::text`], which escapes it; [`Markup::raw`] takes only string literals of this
//! code base.

use crate::domain::format::find;

/// The characters [`Markup::text`] escapes, each with the reference it writes instead: the
/// one list that `crate::markup_diff` reads references back with.
pub const ESCAPES: [(char, &str); 5] = [
    ('&', "&amp;"),
    ('<', "&lt;"),
    ('>', "&gt;"),
    ('"', "&quot;"),
    ('\'', "&#39;"),
];

/// An HTML fragment being written.
#[derive(Default)]
pub struct Markup {
    out: String,
}

/// What separates the parts of a result (see [`Markup::part_break`]).
pub const PART_BREAK: &str = "<!--part-->";

/// The parts of a result's markup, as `markup.split(PART_BREAK)` gives them (with
/// [`find`], which keeps the first load free of the standard library's string searcher).
#[must_use]
pub fn parts(markup: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = markup;
    while let Some(at) = find(rest, PART_BREAK) {
        // The break is ASCII, so both ends are character boundaries.
        parts.push(rest.get(..at).unwrap_or_default());
        rest = rest.get(at + PART_BREAK.len()..).unwrap_or_default();
    }
    parts.push(rest);
    parts
}

impl Markup {
    /// An empty fragment.
    #[must_use]
    pub fn new() -> Self {
        Markup {
            out: String::with_capacity(2048),
        }
    }

    /// Appends trusted markup: string literals from this code base only.
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Appends text, escaped (see [`ESCAPES`]). The text between escapes is copied in runs:
    /// the escaped characters are ASCII, so a byte equal to one is that character.
    pub fn text(&mut self, text: &str) -> &mut Self {
        let mut run_start = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escape = ESCAPES
                .iter()
                .find(|(escaped, _)| u32::from(byte) == u32::from(*escaped));
            if let Some((_, reference)) = escape {
                self.out
                    .push_str(text.get(run_start..at).unwrap_or_default());
                self.out.push_str(reference);
                run_start = at + 1;
            }
        }
        self.out.push_str(text.get(run_start..).unwrap_or_default());
        self
    }

    /// Opens `<tag class="class">` (no class attribute when `class` is empty).
    pub fn open(&mut self, tag: &'static str, class: &'static str) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        if !class.is_empty() {
            self.out.push_str(" class=\"");
            self.out.push_str(class);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// `<tag class="class">text</tag>`, the text escaped.
    pub fn el(&mut self, tag: &'static str, class: &'static str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }

    /// Opens a tag with attributes whose values are escaped: `attrs` are `(name, value)`.
    pub fn open_with(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.text(value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Appends a number with one decimal, as SVG coordinates want ("12.5", "-3.0"), with
    /// integer arithmetic rather than float formatting.
    pub fn num(&mut self, value: f64) -> &mut Self {
        let tenths = if value.is_finite() {
            (value * 10.0).round() as i64
        } else {
            0
        };
        if tenths < 0 {
            self.out.push('-');
        }
        let tenths = tenths.unsigned_abs();
        self.out.push_str(&(tenths / 10).to_string());
        self.out.push('.');
        self.out.push(char::from(b'0' + (tenths % 10) as u8));
        self
    }

    /// Appends ` name="value"` for a number (see [`Markup::num`]).
    pub fn attr_num(&mut self, name: &'static str, value: f64) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.num(value);
        self.out.push('"');
        self
    }

    /// Ends a part of a result: the page replaces only the parts whose markup changed, so a
    /// long result (ROI with many scenarios) is not parsed whole after every edit. The mark
    /// is a comment, which escaped text can never contain.
    pub fn part_break(&mut self) -> &mut Self {
        self.raw(PART_BREAK)
    }

    /// A table row: a header cell and number cells.
    pub fn row(&mut self, header: &str, cells: &[String]) -> &mut Self {
        self.raw("<tr><th scope=\"row\">").text(header).raw("</th>");
        for cell in cells {
            self.el("td", "num", cell);
        }
        self.raw("</tr>")
    }

    /// The fragment as Yew HTML.
    #[cfg(target_arch = "wasm32")]
    pub fn finish(self) -> yew::Html {
        yew::Html::from_html_unchecked(yew::AttrValue::from(self.out))
    }

    /// The fragment as a string.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parts_split_as_the_standard_split_does() {
        for markup in [
            "",
            "a",
            "<!--part-->",
            "a<!--part-->b<!--part-->",
            "<p>é</p><!--part--><!--part-->ü<!--part",
        ] {
            let expected: Vec<&str> = markup.split(PART_BREAK).collect();
            assert_eq!(parts(markup), expected, "{markup}");
        }
    }

    use super::*;

    #[test]
    fn text_is_escaped_and_numbers_are_short() {
        let mut m = Markup::new();
        m.el("p", "x", "<img src=x onerror=alert(1)> & \"'");
        m.num(12.345).raw(" ").num(-0.04).raw(" ").num(f64::NAN);
        assert_eq!(
            m.as_str(),
            "<p class=\"x\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&#39;</p>12.3 0.0 0.0"
        );
    }

    proptest::proptest! {
        /// Copying runs of bytes writes what escaping character by character writes, for
        /// any text (multi-byte characters next to escaped ones included).
        #[test]
        fn text_escapes_like_one_character_at_a_time(text in "[<>&\"'a-zé€😀 ]{0,40}|.{0,40}") {
            let mut expected = String::new();
            for c in text.chars() {
                match ESCAPES.iter().find(|(escaped, _)| *escaped == c) {
                    Some((_, reference)) => expected.push_str(reference),
                    None => expected.push(c),
                }
            }
            let mut m = Markup::new();
            m.text(&text);
            proptest::prop_assert_eq!(m.as_str(), expected.as_str());
        }
    }
}
