//! Reachwise: a micro influencer calculator.
//!
//! `domain` holds every rule and figure and knows nothing of the web; `state` is the screen
//! state and its one path to the results; `url_state` is the codec between the state and the
//! query string; `markup` and `charts` build HTML and SVG as plain strings (tested
//! natively); `app` (wasm only) renders them with Yew.
#![deny(unsafe_code)]

#[allow(unsafe_code)]
pub mod allocator;

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod band_chart;
pub mod chances;
pub mod charts;
pub mod csv;
pub mod domain;
pub mod input;
pub mod markup;
pub mod markup_diff;
pub mod render;
pub mod saved;
pub mod state;
pub mod url_fragment;
pub mod url_state;
