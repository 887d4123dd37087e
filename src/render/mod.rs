//! Result panels as markup: pure functions from a calculator's report and a number
//! formatter to HTML strings, so that they run and are tested natively. The Yew views in
//! `app` call them with the page's formatter.

pub mod authenticity;
pub mod badge;
pub mod budget;
pub mod card;
pub mod engagement;
pub mod exchange;
pub mod explain;
pub mod handoffs;
pub mod rates;
pub mod roi;
pub mod roster;
pub mod tables;
pub mod tiers;

/// "followers" → "Followers".
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
