//! A small badge naming where a figure comes from, or that it is an assumption.

use crate::domain::source::Provenance;
use crate::markup::Markup;

/// Writes the source of a figure ("Guide (2025)"), or "Assumption", with the detail on hover.
pub fn badge(m: &mut Markup, provenance: &Provenance) {
    let detail = provenance.detail();
    if provenance.is_assumption() {
        m.open_with("span", &[("class", "badge assumption"), ("title", &detail)])
            .raw("Assumption");
    } else {
        m.open_with("span", &[("class", "badge"), ("title", &detail)])
            .text(&provenance.source_label());
    }
    m.close("span");
}
