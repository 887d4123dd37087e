//! Small charts drawn as inline SVG, no chart library. Each takes its text alternative as a
//! prop and exposes it as the SVG's accessible name.

use yew::prelude::*;

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

const WIDTH: f64 = 400.0;
const LABEL_WIDTH: f64 = 110.0;
const BAR_HEIGHT: f64 = 18.0;

/// Horizontal bars, grouped by metric and each group scaled to its largest value; a range
/// shows its low end solid and the rest pale. `description` is the text alternative.
pub fn bar_chart(groups: &[BarGroup], description: String, caption: &'static str) -> Html {
    let mut y = 0.0;
    let mut parts = Vec::new();
    for group in groups {
        y += 18.0;
        parts.push(html! {
            <text x="0" y={format!("{y:.0}")} class="group-title">{ &group.title }</text>
        });
        y += 6.0;
        let max = group
            .bars
            .iter()
            .map(|b| b.high)
            .filter(|v| v.is_finite())
            .fold(0.0_f64, f64::max);
        let scale = if max > 0.0 {
            (WIDTH - LABEL_WIDTH - 70.0) / max
        } else {
            0.0
        };
        for bar in &group.bars {
            let low = (bar.low.max(0.0) * scale).max(1.0);
            let high = (bar.high.max(0.0) * scale).max(low);
            let tone = format!("tone-{}", bar.tone % 6);
            parts.push(html! {
                <g>
                    <text x={format!("{:.0}", LABEL_WIDTH - 6.0)} y={format!("{:.1}", y + 13.0)} text-anchor="end">
                        { truncate(&bar.label, 16) }
                    </text>
                    <rect class={classes!(tone.clone(), "pale")} x={format!("{LABEL_WIDTH:.0}")} y={format!("{y:.1}")}
                        width={format!("{high:.1}")} height={format!("{BAR_HEIGHT:.0}")} rx="3" />
                    <rect class={tone} x={format!("{LABEL_WIDTH:.0}")} y={format!("{y:.1}")}
                        width={format!("{low:.1}")} height={format!("{BAR_HEIGHT:.0}")} rx="3" />
                    <text x={format!("{:.1}", LABEL_WIDTH + high + 4.0)} y={format!("{:.1}", y + 13.0)}>{ &bar.text }</text>
                </g>
            });
            y += BAR_HEIGHT + 4.0;
        }
    }
    let height = y + 4.0;
    html! {
        <figure class="chart bars">
            <svg viewBox={format!("0 0 {WIDTH:.0} {height:.0}")} role="img" aria-label={description}>
                { for parts.into_iter() }
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}

/// One segment of a [`SplitBar`].
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Its name.
    pub label: String,
    /// Share of the whole, percent.
    pub percent: f64,
    /// Colour index.
    pub tone: usize,
}

/// One bar split into shares of a whole (a budget split); `description` is the text
/// alternative.
pub fn split_bar(segments: &[Segment], description: String) -> Html {
    let total: f64 = segments.iter().map(|s| s.percent.max(0.0)).sum();
    let scale = if total > 100.0 {
        WIDTH / total
    } else {
        WIDTH / 100.0
    };
    let mut x = 0.0;
    let parts = segments
        .iter()
        .map(|segment| {
            let width = segment.percent.max(0.0) * scale;
            let start = x;
            x += width;
            html! {
                <g>
                    <rect class={format!("tone-{}", segment.tone % 6)} x={format!("{start:.1}")} y="0"
                        width={format!("{width:.1}")} height="28" />
                    { if width > 60.0 { html! {
                        <text class="on-bar" x={format!("{:.1}", start + width / 2.0)} y="19" text-anchor="middle">
                            { format!("{} {:.0}%", segment.label, segment.percent) }
                        </text>
                    } } else { html! {} } }
                </g>
            }
        })
        .collect::<Html>();
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH:.0} 28")} role="img" aria-label={description}>
                <rect class="track" x="0" y="0" width={format!("{WIDTH:.0}")} height="28" />
                { parts }
            </svg>
        </figure>
    }
}

/// One point of a [`LineChart`].
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
pub fn line_chart(points: &[Point], description: String, caption: &'static str) -> Html {
    const HEIGHT: f64 = 150.0;
    const PAD: f64 = 24.0;
    let values: Vec<f64> = points.iter().map(|p| p.value).collect();
    let max = values.iter().copied().fold(f64::MIN, f64::max);
    let min = values.iter().copied().fold(f64::MAX, f64::min);
    let span = if max > min {
        max - min
    } else {
        max.abs().max(1.0)
    };
    let count = points.len().max(2) as f64;
    let x_of = |i: usize| PAD + i as f64 * (WIDTH - 2.0 * PAD) / (count - 1.0);
    let y_of = |v: f64| HEIGHT - PAD - (v - min) / span * (HEIGHT - 2.0 * PAD);
    let path = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", x_of(i), y_of(p.value)))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH:.0} {HEIGHT:.0}")} role="img" aria-label={description}>
                <polyline class="line" points={path} />
                { for points.iter().enumerate().map(|(i, p)| html! {
                    <g>
                        <circle class={classes!("dot", p.flagged.then_some("flagged"))}
                            cx={format!("{:.1}", x_of(i))} cy={format!("{:.1}", y_of(p.value))}
                            r={if p.flagged { "6" } else { "3.5" }} />
                        <text x={format!("{:.1}", x_of(i))} y={format!("{:.0}", HEIGHT - 6.0)} text-anchor="middle">{ &p.label }</text>
                    </g>
                }) }
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let head: String = text.chars().take(max - 1).collect();
        format!("{head}…")
    }
}
