//! The vocabulary every calculator shares: platforms, tiers and deliverables.
//!
//! Leaf modules: nothing here depends on another domain module, so the figures tables and
//! the calculators can all name these types without depending on one another.

pub mod deliverable;
pub mod platform;
pub mod tier;

pub use deliverable::Deliverable;
pub use platform::Platform;
pub use tier::Tier;
