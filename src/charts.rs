//! Small charts drawn as inline SVG, no chart library, written as markup. Each takes its
//! text alternative and exposes it as the SVG's accessible name.

use crate::markup::Markup;

/// One bar: a value or a low–high range, with the text to print beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar is ("5 micro").
    pub label: String,
    /// Low end (equal to `high` for a single value).
    pub low: f64,
    /// High end.
    pub high: f64,
    /// The formatted value.
    pub text: String,
    /// Colour index (0–5), the same for a scenario in every group.
    pub tone: usize,
}

/// Bars that share a scale: one metric across scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    /// The metric ("Cost per conversion").
    pub title: String,
    /// Its bars.
    pub bars: Vec<Bar>,
}

/// Width of every chart's drawing, in SVG units. Charts are drawn at most 24rem wide (CSS),
/// so a unit is about a pixel on a phone and 1.3 pixels on a desktop.
pub(crate) const WIDTH: f64 = 300.0;
/// Size of chart text in SVG units (CSS `.chart text`): at least 12 px on a 360 px phone.
pub(crate) const FONT: f64 = 13.0;
const BAR_HEIGHT: f64 = 14.0;
/// One bar: its name on a line, then the bar with its value after it.
const BAR_ROW: f64 = 38.0;
const TONES: [&str; 6] = ["tone-0", "tone-1", "tone-2", "tone-3", "tone-4", "tone-5"];

fn tone(index: usize) -> &'static str {
    TONES.get(index % TONES.len()).copied().unwrap_or("tone-0")
}

fn open_svg(m: &mut Markup, class: &'static str, height: f64, description: &str) {
    m.open("figure", class)
        .raw("<svg role=\"img\" viewBox=\"0 0 300 ")
        .num(height)
        .raw("\" aria-label=\"")
        .text(description)
        .raw("\">");
}

fn rect(m: &mut Markup, class: &str, x: f64, y: f64, width: f64, height: f64) {
    m.raw("<rect class=\"").text(class).raw("\"");
    m.attr_num("x", x)
        .attr_num("y", y)
        .attr_num("width", width)
        .attr_num("height", height)
        .raw(" rx=\"3\"/>");
}

fn label(m: &mut Markup, x: f64, y: f64, anchor: &'static str, class: &'static str, text: &str) {
    fitted_text(m, x, y, anchor, class, text, WIDTH);
}

/// An estimate of how wide `text` is drawn in chart text, SVG units: generous, so that text
/// placed by it is never cut.
pub(crate) fn text_width(text: &str) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a label's length
    let chars = text.chars().count() as f64;
    chars * FONT * 0.62
}

/// Writes `<text>`; when the estimate says it is wider than `room`, it is squeezed to fit
/// (`textLength`), so that a label is never cut by the chart's edge.
pub(crate) fn fitted_text(
    m: &mut Markup,
    x: f64,
    y: f64,
    anchor: &'static str,
    class: &'static str,
    text: &str,
    room: f64,
) {
    m.raw("<text");
    m.attr_num("x", x).attr_num("y", y).raw(anchor).raw(class);
    if text_width(text) > room {
        m.attr_num("textLength", room.max(1.0))
            .raw(" lengthAdjust=\"spacingAndGlyphs\"");
    }
    m.raw(">").text(text).raw("</text>");
}

const START: &str = "";
const MIDDLE: &str = " text-anchor=\"middle\"";

/// One group of horizontal bars (one metric across scenarios) as its own small SVG, scaled so
/// that the largest bar and its value fit; each bar has its name on the line above it, so
/// no name is cut, and a range shows its low end solid and the rest pale. The text
/// alternative lists every bar. Each group is a separate fragment, so an edit that changes
/// one metric redraws only that group; the bars of one colour are one SVG path.
pub fn bar_group(m: &mut Markup, group: &BarGroup) {
    let height = 24.0 + group.bars.len() as f64 * BAR_ROW;
    let description = format!(
        "{}: {}.",
        group.title,
        group
            .bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.text))
            .collect::<Vec<_>>()
            .join("; ")
    );
    open_svg(m, "chart bars", height, &description);
    let mut solid: Vec<Markup> = TONES.iter().map(|_| Markup::default()).collect();
    let mut pale: Vec<Markup> = TONES.iter().map(|_| Markup::default()).collect();
    label(m, 0.0, 16.0, START, " class=\"group-title\"", &group.title);
    let scale = group
        .bars
        .iter()
        .filter(|b| b.high.is_finite() && b.high > 0.0)
        .map(|b| ((WIDTH - text_width(&b.text) - 6.0).max(WIDTH / 3.0)) / b.high)
        .fold(f64::INFINITY, f64::min);
    let scale = if scale.is_finite() { scale } else { 0.0 };
    let mut y = 24.0;
    for bar in &group.bars {
        let low = (bar.low.max(0.0) * scale).max(1.0);
        let high = (bar.high.max(0.0) * scale).max(low);
        let index = bar.tone % TONES.len();
        label(m, 0.0, y + 13.0, START, "", &bar.label);
        if let Some(path) = solid.get_mut(index) {
            bar_path(path, y + 18.0, low);
        }
        if high > low {
            if let Some(path) = pale.get_mut(index) {
                bar_path(path, y + 18.0, high);
            }
        }
        let after = high + 4.0;
        fitted_text(m, after, y + 30.0, START, "", &bar.text, WIDTH - after);
        y += BAR_ROW;
    }
    for (index, (solid, pale)) in solid.iter().zip(&pale).enumerate() {
        for (path, extra) in [(pale, " pale"), (solid, "")] {
            if !path.as_str().is_empty() {
                m.raw("<path class=\"")
                    .raw(tone(index))
                    .raw(extra)
                    .raw("\" d=\"")
                    .text(path.as_str())
                    .raw("\"/>");
            }
        }
    }
    m.raw("</svg></figure>");
}

/// Appends a bar from the left edge, `width` wide, at `y`, to path data.
fn bar_path(path: &mut Markup, y: f64, width: f64) {
    path.raw("M0,")
        .num(y)
        .raw("h")
        .num(width)
        .raw("v")
        .num(BAR_HEIGHT)
        .raw("h-")
        .num(width)
        .raw("z");
}

/// One segment of a [`split_bar`].
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Its name.
    pub label: String,
    /// Share of the whole, percent.
    pub percent: f64,
    /// Colour index.
    pub tone: usize,
}

/// One bar split into shares of a whole (a budget split), the shares wide enough named on
/// the bar and every share, however small, in a legend under it; `description` is the
/// text alternative.
pub fn split_bar(m: &mut Markup, segments: &[Segment], description: &str) {
    let total: f64 = segments.iter().map(|s| s.percent.max(0.0)).sum();
    let scale = if total > 100.0 {
        WIDTH / total
    } else {
        WIDTH / 100.0
    };
    open_svg(m, "chart", 28.0, description);
    m.raw("<rect class=\"track\" x=\"0\" y=\"0\" width=\"300\" height=\"28\"/>");
    let mut x = 0.0;
    for segment in segments {
        let width = segment.percent.max(0.0) * scale;
        rect(m, tone(segment.tone), x, 0.0, width, 28.0);
        let text = format!("{} {}%", segment.label, segment.percent.round() as i64);
        if width > text_width(&text) + 8.0 {
            label(m, x + width / 2.0, 19.0, MIDDLE, " class=\"on-bar\"", &text);
        }
        x += width;
    }
    m.raw("</svg><ul class=\"legend\">");
    for segment in segments {
        m.raw(
            "<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect class=\"",
        )
        .raw(tone(segment.tone))
        .raw("\" width=\"10\" height=\"10\" rx=\"2\"/></svg>")
        .text(&format!(
            "{} {}%",
            segment.label,
            segment.percent.round() as i64
        ))
        .raw("</li>");
    }
    m.raw("</ul>").close("figure");
}

/// One point of a [`line_chart`].
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Axis label ("M3").
    pub label: String,
    /// The value.
    pub value: f64,
    /// Whether to mark it (a suspicious spike).
    pub flagged: bool,
}

/// A line through the points, flagged ones marked in red; `description` is the text
/// alternative.
pub fn line_chart(m: &mut Markup, points: &[Point], description: &str, caption: &str) {
    const HEIGHT: f64 = 150.0;
    const PAD: f64 = 24.0;
    let max = points.iter().map(|p| p.value).fold(f64::MIN, f64::max);
    let min = points.iter().map(|p| p.value).fold(f64::MAX, f64::min);
    let span = if max > min {
        max - min
    } else {
        max.abs().max(1.0)
    };
    let count = points.len().max(2) as f64;
    let x_of = |i: usize| PAD + i as f64 * (WIDTH - 2.0 * PAD) / (count - 1.0);
    let y_of = |v: f64| HEIGHT - PAD - (v - min) / span * (HEIGHT - 2.0 * PAD);
    open_svg(m, "chart", HEIGHT, description);
    m.raw("<polyline class=\"line\" points=\"");
    for (i, p) in points.iter().enumerate() {
        m.num(x_of(i)).raw(",").num(y_of(p.value)).raw(" ");
    }
    m.raw("\"/>");
    let longest = points
        .iter()
        .map(|p| text_width(&p.label))
        .fold(0.0, f64::max);
    let spacing = (WIDTH - 2.0 * PAD) / (count - 1.0);
    // Every point keeps its dot; labels are thinned out so that they never overlap.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a few dozen at most
    let every = ((longest + 4.0) / spacing).ceil().max(1.0) as usize;
    for (i, p) in points.iter().enumerate() {
        m.raw(if p.flagged {
            "<circle class=\"dot flagged\" r=\"6\""
        } else {
            "<circle class=\"dot\" r=\"3.5\""
        });
        m.attr_num("cx", x_of(i))
            .attr_num("cy", y_of(p.value))
            .raw("/>");
        // Counted from the last point, which is always named.
        if (points.len() - 1 - i) % every == 0 {
            label(m, x_of(i), HEIGHT - 6.0, MIDDLE, "", &p.label);
        }
    }
    m.raw("</svg>")
        .el("figcaption", "", caption)
        .close("figure");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, low: f64, high: f64, tone: usize) -> Bar {
        Bar {
            label: label.to_owned(),
            low,
            high,
            text: format!("{low}–{high}"),
            tone,
        }
    }

    #[test]
    fn a_bar_group_names_every_bar_and_draws_ranges_pale() {
        let mut m = Markup::new();
        let group = BarGroup {
            title: "Conversions".to_owned(),
            bars: vec![
                bar("1 macro", 60.0, 60.0, 0),
                bar("5 micro", 100.0, 150.0, 1),
            ],
        };
        bar_group(&mut m, &group);
        let svg = m.as_str();
        assert!(
            svg.contains("aria-label=\"Conversions: 1 macro 60–60; 5 micro 100–150.\""),
            "{svg}"
        );
        assert!(
            svg.contains("class=\"tone-1 pale\""),
            "the range's top is pale: {svg}"
        );
        assert!(
            !svg.contains("class=\"tone-0 pale\""),
            "a single value has no pale part: {svg}"
        );
        assert!(svg.ends_with("</svg></figure>"));
    }

    #[test]
    fn labels_are_escaped_and_long_ones_kept_whole() {
        let mut m = Markup::new();
        let group = BarGroup {
            title: "<b>".to_owned(),
            bars: vec![bar("A very long scenario name & more", 1.0, 1.0, 7)],
        };
        bar_group(&mut m, &group);
        let svg = m.as_str();
        assert!(!svg.contains("<b>"), "{svg}");
        assert!(
            svg.contains(">A very long scenario name &amp; more</text>"),
            "{svg}"
        );
        assert!(svg.contains("tone-1"), "tones wrap around: {svg}");
    }

    #[test]
    fn a_split_bar_names_every_share_even_five_percent() {
        let mut m = Markup::new();
        let segments = [
            Segment {
                label: "Micro".to_owned(),
                percent: 55.0,
                tone: 1,
            },
            Segment {
                label: "Macro".to_owned(),
                percent: 5.0,
                tone: 2,
            },
        ];
        split_bar(&mut m, &segments, "Budget split");
        let svg = m.as_str();
        assert!(svg.contains("Micro 55%</text>"), "{svg}");
        assert!(
            !svg.contains("Macro 5%</text>"),
            "a 20-pixel segment is too narrow for text on it: {svg}"
        );
        assert!(svg.contains("Micro 55%</li>"), "{svg}");
        assert!(svg.contains("Macro 5%</li>"), "the legend names it: {svg}");
        assert!(svg.contains("aria-label=\"Budget split\""), "{svg}");
    }

    #[test]
    fn a_line_chart_marks_flagged_points() {
        let mut m = Markup::new();
        let points: Vec<Point> = [100.0, 110.0, 200.0]
            .iter()
            .enumerate()
            .map(|(i, v)| Point {
                label: format!("M{}", i + 1),
                value: *v,
                flagged: i == 2,
            })
            .collect();
        line_chart(&mut m, &points, "Followers", "Followers by month");
        let svg = m.as_str();
        assert_eq!(svg.matches("dot flagged").count(), 1, "{svg}");
        assert_eq!(svg.matches("<circle").count(), 3, "{svg}");
        assert!(
            svg.contains("<figcaption>Followers by month</figcaption>"),
            "{svg}"
        );
    }
}
