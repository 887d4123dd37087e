//! A chart of simulated outcomes: for each scenario, the band where 80% of outcomes fall
//! (P10 to P90) with the median marked, as inline SVG with a text alternative. Pure markup.

use crate::charts::{fitted_text, WIDTH};
use crate::domain::simulation::band::Band;
use crate::markup::Markup;

/// What the figures of a band chart mean, said once under a section of them.
pub const BAND_CAPTION: &str = "Each figure is the median, the middle simulated outcome; in brackets, the range that holds the middle 80% of outcomes (one in ten falls below it, one in ten above).";

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

/// One row: the name, then the median and P10–P90, then the band.
const ROW: f64 = 50.0;
const TONES: [&str; 6] = [
    "tone-0 pale",
    "tone-1 pale",
    "tone-2 pale",
    "tone-3 pale",
    "tone-4 pale",
    "tone-5 pale",
];

/// Draws `rows` on one scale, titled `title`: each row is the name on a line, the median
/// and P10–P90 on the next, then its band, so that no text is cut or overlaps on a phone.
pub fn band_chart(m: &mut Markup, title: &str, rows: &[BandRow]) {
    #[allow(clippy::cast_precision_loss)] // a dozen rows
    let height = 24.0 + rows.len() as f64 * ROW;
    let description = format!(
        "{title}, simulated: {}.",
        rows.iter()
            .map(|r| format!("{} median {}, 80% between {}", r.label, r.median, r.spread))
            .collect::<Vec<_>>()
            .join("; ")
    );
    m.raw("<figure class=\"chart bands\"><svg role=\"img\" viewBox=\"0 0 300 ")
        .num(height)
        .raw("\" aria-label=\"")
        .text(&description)
        .raw("\">");
    fitted_text(m, 0.0, 15.0, "", " class=\"group-title\"", title, WIDTH);
    let max = rows
        .iter()
        .map(|r| r.band.p90)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let x = |v: f64| {
        if max > 0.0 {
            v.max(0.0) / max * (WIDTH - 2.0) + 1.0
        } else {
            1.0
        }
    };
    let mut y = 24.0;
    for r in rows {
        fitted_text(m, 0.0, y + 13.0, "", "", &r.label, WIDTH);
        let figures = format!("{} ({})", r.median, r.spread);
        fitted_text(m, 0.0, y + 29.0, "", " class=\"values\"", &figures, WIDTH);
        let (low, high) = (x(r.band.p10), x(r.band.p90).max(x(r.band.p10) + 2.0));
        m.raw("<rect class=\"")
            .raw(TONES[r.tone % TONES.len()])
            .raw("\"");
        m.attr_num("x", low)
            .attr_num("y", y + 35.0)
            .attr_num("width", high - low)
            .attr_num("height", 10.0)
            .raw(" rx=\"3\"/>");
        m.raw("<path class=\"median\" d=\"M")
            .num(x(r.band.median))
            .raw(",")
            .num(y + 32.0)
            .raw("V")
            .num(y + 48.0)
            .raw("\"/>");
        y += ROW;
    }
    m.raw("</svg></figure>");
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
        assert!(svg.contains(">A &lt;b&gt; name that is long<"), "{svg}");
        // Each row's figures sit on their own line under the name; the widest band ends at
        // the right edge.
        assert!(
            svg.contains("<text x=\"0.0\" y=\"53.0\" class=\"values\">275 (200–350)</text>"),
            "{svg}"
        );
        assert!(svg.contains("width=\"127.7\""), "{svg}");
    }
}
