//! Reachwise: a micro influencer calculator.
//!
//! `domain` holds every rule and figure and knows nothing of the web; `url_state` is the
//! codec between the screen state and the query string; `app` (wasm only) renders them.
#![forbid(unsafe_code)]

pub mod domain;
