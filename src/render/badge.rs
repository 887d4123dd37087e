//! A small badge naming where a figure comes from, or that it is an assumption; a source
//! with a public address is a link to it.

use crate::domain::source::Provenance;
use crate::markup::Markup;

/// Writes the source of a figure ("What Is a Micro Influencer? (InfluenceFlow, 2025)"), or
/// "Assumption", with the detail on hover; a source with an address links to it, in a new
/// tab (in an embedded calculator, a link in the frame would replace the calculator).
pub fn badge(m: &mut Markup, provenance: &Provenance) {
    let detail = provenance.detail();
    if provenance.is_assumption() {
        m.open_with("span", &[("class", "badge assumption"), ("title", &detail)])
            .raw("Assumption")
            .close("span");
    } else if let Some(url) = provenance.source.url() {
        m.open_with(
            "a",
            &[
                ("class", "badge"),
                ("href", url),
                ("title", &detail),
                ("target", "_blank"),
                ("rel", "noopener"),
            ],
        )
        .text(&provenance.source_label())
        .close("a");
    } else {
        m.open_with("span", &[("class", "badge"), ("title", &detail)])
            .text(&provenance.source_label())
            .close("span");
    }
}

/// Writes the detail of a source as a list item, a link in a new tab when the source has an
/// address.
pub fn source_item(m: &mut Markup, detail: &str, url: Option<&str>) {
    m.open("li", "");
    match url {
        Some(url) => {
            m.open_with(
                "a",
                &[("href", url), ("target", "_blank"), ("rel", "noopener")],
            )
            .text(detail)
            .close("a");
        }
        None => {
            m.text(detail);
        }
    }
    m.close("li");
}
