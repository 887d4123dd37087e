//! Reachwise: a micro influencer calculator.
//!
//! `domain` holds every rule and figure and knows nothing of the web; `url_state` is the
//! codec between the screen state and the query string; `app` (wasm only) renders them.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod band_chart;
pub mod chances;
pub mod domain;
pub mod input;
pub mod markup;
pub mod state;
pub mod url_state;
