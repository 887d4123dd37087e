//! Result panels as markup: pure functions from a calculator's report and a number
//! formatter to HTML strings, so that they run and are tested natively. The Yew views in
//! `app` call them with the page's formatter.

pub mod authenticity;
pub mod badge;
pub mod budget;
pub mod engagement;
