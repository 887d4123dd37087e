//! The page's title and description follow the open calculator ("Micro vs macro ROI ·
//! Reachwise"), so that a tab, a bookmark and a shared link's preview name it.

use yew::prelude::*;

use crate::state::Calculator;

/// Sets `document.title` from the calculator's name, and the meta description from it and
/// the introduction the calculator's view shows (already on the page, so no second copy)
/// once it is drawn (`intro_drawn`).
#[hook]
pub fn use_document_title(calculator: Calculator, intro_drawn: bool) {
    use_effect_with((calculator, intro_drawn), |(calculator, intro_drawn)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{} · Reachwise", calculator.label()));
            let intro = intro_drawn
                .then(|| document.query_selector("#app .intro").ok().flatten())
                .flatten()
                .and_then(|intro| intro.text_content());
            let meta = document
                .query_selector("meta[name=description]")
                .ok()
                .flatten();
            if let (Some(intro), Some(meta)) = (intro, meta) {
                let description = format!(
                    "{}, a free micro influencer calculator: {intro}",
                    calculator.label()
                );
                let _ = meta.set_attribute("content", &description);
            }
        }
    });
}
