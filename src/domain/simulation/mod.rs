//! How sure an answer is: a seeded Monte Carlo simulation over the inputs given as ranges.
//!
//! Every range is uncertain: uniform between its ends, or triangular when a typical value
//! is given ("low–typical–high"). Each draw takes one value of every input and computes the
//! results; after [`DRAWS`] draws, each result has a [`band::Band`] (P10, median, P90), and
//! scenarios are compared by how often one beats another. The generator ([`rng`]) and its
//! seed are fixed, so a link shows the same figures on every load and machine.

pub mod band;
pub mod budget;
pub mod distribution;
pub mod rng;
pub mod roi;

/// Draws per simulation.
pub const DRAWS: usize = 10_000;

/// The seed every simulation starts from.
pub const SEED: u64 = 0x5EED_2026;

/// The share of simulated outcomes a scenario must win before the page names it the winner.
/// An assumption of this product: the 95% level that A/B-test calculators commonly use.
pub const WINNER_THRESHOLD: f64 = 0.95;

#[cfg(test)]
mod tests;
