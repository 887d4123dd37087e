//! Roster: a shortlist of creators from a spreadsheet, each worked out with the single-creator
//! calculators, and the best mix of them within a budget.
//!
//! - [`columns`], [`cells`], [`decimals`], [`price`], [`parse`]: the table in (any delimiter, header synonyms in any
//!   order, or none), a message per bad row;
//! - [`figures`], [`checklist`]: each creator through the single-creator calculators;
//! - [`mix`], [`report`]: the optimal choice within a budget and the guide's tier shares.

pub mod cells;
pub mod checklist;
pub mod columns;
pub mod decimals;
pub mod figures;
pub mod mix;
pub mod parse;
pub mod price;
pub mod report;

/// The most creators a roster holds.
pub const MAX_CREATORS: usize = 100;
