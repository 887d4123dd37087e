//! The domain: tiers, engagement, rates, ROI, budget, authenticity and the sourced data
//! behind them. Pure Rust: nothing here may import yew, web-sys, wasm-bindgen, js-sys or gloo.
