//! A chart of simulated outcomes: for each scenario, the band where 80% of outcomes fall
//! (P10 to P90) with the median marked, as inline SVG with a text alternative. Pure markup.

use crate::domain::simulation::band::Band;
use crate::markup::Markup;

/// One scenario's band, with the texts to print.
#[derive(Clone, Debug, PartialEq)]
pub struct BandRow {
    /// Scenario name.
    pub label: String,
    /// The simulated band.
    pub band: Band,
    /// The median, formatted.
    pub median: String,
    /// "P10–P90", formatted.
    pub spread: String,
    /// Colour index, the same for a scenario everywhere.
    pub tone: usize,
}

const WIDTH: f64 = 400.0;
const LABEL_WIDTH: f64 = 110.0;
const VALUE_WIDTH: f64 = 120.0;
const ROW: f64 = 30.0;
const TONES: [&str; 6] = [
    "tone-0 pale",
    "tone-1 pale",
    "tone-2 pale",
    "tone-3 pale",
    "tone-4 pale",
    "tone-5 pale",
];

/// Draws `rows` on one scale, titled `title`.
pub fn band_chart(m: &mut Markup, title: &str, rows: &[BandRow]) {
    #[allow(clippy::cast_precision_loss)] // a dozen rows
    let height = 28.0 + rows.len() as f64 * ROW;
    let description = format!(
        "{title}, simulated: {}.",
        rows.iter()
            .map(|r| format!("{} median {}, 80% between {}", r.label, r.median, r.spread))
            .collect::<Vec<_>>()
            .join("; ")
    );
    m.raw("<figure class=\"chart bars bands\"><svg role=\"img\" viewBox=\"0 0 400 ")
        .num(height)
        .raw("\" aria-label=\"")
        .text(&description)
        .raw("\">");
    text(m, 0.0, 18.0, " class=\"group-title\"", title);
    let max = rows
        .iter()
        .map(|r| r.band.p90)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let x = |v: f64| {
        LABEL_WIDTH
            + if max > 0.0 {
                v.max(0.0) / max * span
            } else {
                0.0
            }
    };
    let mut y = 28.0;
    for r in rows {
        let middle = y + ROW / 2.0 - 3.0;
        m.raw("<text text-anchor=\"end\"")
            .attr_num("x", LABEL_WIDTH - 6.0)
            .attr_num("y", middle + 4.0)
            .raw(">");
        m.text(&shorten(&r.label, 16)).raw("</text>");
        let (low, high) = (x(r.band.p10), x(r.band.p90).max(x(r.band.p10) + 2.0));
        m.raw("<rect class=\"")
            .raw(TONES[r.tone % TONES.len()])
            .raw("\"");
        m.attr_num("x", low)
            .attr_num("y", middle - 6.0)
            .attr_num("width", high - low)
            .attr_num("height", 12.0)
            .raw(" rx=\"3\"/>");
        m.raw("<path class=\"median\" d=\"M")
            .num(x(r.band.median))
            .raw(",")
            .num(middle - 9.0)
            .raw("V")
            .num(middle + 9.0)
            .raw("\"/>");
        text(m, high + 4.0, middle - 1.0, "", &r.median);
        text(m, high + 4.0, middle + 11.0, " class=\"spread\"", &r.spread);
        y += ROW;
    }
    m.raw("</svg></figure>");
}

fn text(m: &mut Markup, x: f64, y: f64, class: &'static str, content: &str) {
    m.raw("<text")
        .attr_num("x", x)
        .attr_num("y", y)
        .raw(class)
        .raw(">");
    m.text(content).raw("</text>");
}

/// At most `max` characters, with an ellipsis when cut (the full name is in the text
/// alternative and the table).
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_each_band_with_its_median_and_describes_it() {
        let row = |label: &str, p10, median, p90, tone| BandRow {
            label: label.to_owned(),
            band: Band { p10, median, p90 },
            median: format!("{median}"),
            spread: format!("{p10}–{p90}"),
            tone,
        };
        let mut m = Markup::new();
        band_chart(
            &mut m,
            "Conversions",
            &[
                row("5 micro", 200.0, 275.0, 350.0, 1),
                row("A <b> name that is long", 10.0, 20.0, 40.0, 7),
            ],
        );
        let svg = m.as_str();
        assert!(svg.contains("aria-label=\"Conversions, simulated: 5 micro median 275, 80% between 200–350; A &lt;b&gt; name that is long median 20"), "{svg}");
        assert_eq!(svg.matches("class=\"median\"").count(), 2);
        assert!(svg.contains("\"tone-1 pale\"") && svg.contains("\"tone-1 pale\" x"));
        assert!(svg.contains("A &lt;b&gt; name that…"));
        // The widest band ends where the value column starts (110 + 170), its text after it.
        assert!(svg.contains("<text x=\"284.0\""), "{svg}");
    }
}
