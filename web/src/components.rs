//! The pages and their parts, one component per file. Components read `AppCtx` and dispatch
//! `state::Action`s; they never decide a verdict.

pub mod answers;
pub mod article;
pub mod card;
pub mod catalog;
pub mod chart;
pub mod checks;
pub mod common;
pub mod field;
pub mod notices;
pub mod questions;
pub mod results;
pub mod start;
pub mod toolbar;
