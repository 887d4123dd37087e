//! The domain: tiers, engagement, rates, ROI, budget, authenticity and the sourced data
//! behind them. Pure Rust: nothing here may import yew, web-sys, wasm-bindgen, js-sys or gloo.
//!
//! Layout, one idea per file:
//! - [`vocab`], [`num`]: the shared vocabulary (platforms, tiers, deliverables) and number
//!   conversions, leaf modules that depend on no other;
//! - [`tier`]: the tier ladders of each platform;
//! - [`data`]: every default figure, each with a [`source::Provenance`];
//! - [`error`]: typed errors whose messages a user can act on;
//! - [`range`]: low–high values and interval arithmetic;
//! - [`explain`], [`format`]: formula steps and a plain number formatter.

#![deny(missing_docs)]

pub mod authenticity;
pub mod budget;
pub mod data;
pub mod engagement;
pub mod error;
pub mod explain;
pub mod format;
pub mod num;
pub mod range;
pub mod rates;
pub mod roi;
pub mod roster;
pub mod simulation;
pub mod source;
pub mod tier;
pub mod vocab;

#[cfg(test)]
mod proptests;
