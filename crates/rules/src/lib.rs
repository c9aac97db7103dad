//! # zgc-rules: the 59 measures of the 2022 Zhongguancun support-fund 办法, as exact rules
//!
//! This crate answers one question for a company: which of the 59 measures of 京科发〔2022〕5–9号
//! it qualifies for, up to how much money, and why, every verdict traced to the article's words.
//!
//! ## Design decisions, and why
//!
//! * **The law is the specification.** Each 办法 is one module under [`docs`]; each measure opens
//!   with its article quoted verbatim (支持内容 / 支持条件 / 支持方式及金额) with an English
//!   rendering, and every condition sits under the clause it encodes and carries that clause's
//!   citation into the result. No threshold, rate or cap stands in a formula without its clause.
//! * **Exact money.** Amounts are `rust_decimal::Decimal` in 万元. No float ever touches an amount;
//!   decimals serialise as strings.
//! * **Three-valued logic.** Any answer may be unknown. Conditions evaluate to met / failed /
//!   unknown (plus *review* for reviewers' judgements such as 择优, which the product cannot
//!   decide and never counts against a company). A measure is eligible, ineligible (the failed
//!   clause is named) or undetermined (the answers that would decide it are named).
//! * **Explanations are data.** Results carry the evaluated condition tree, the gap to every
//!   numeric threshold ("20万 short"), the amount computation in words and numbers, the next
//!   tier, and the readings chosen where the text is ambiguous.
//! * **No I/O, nothing web.** The crate is pure: profile and date in, assessment out. It builds
//!   for native and `wasm32-unknown-unknown`; the CLI and the web app are thin shells around it.
//! * **No panics on input.** Every answer is parsed and checked against its fact's kind; bad
//!   input yields an [`fact::InputError`] and the other answers are kept.
//! * **Static rules.** Measures, conditions and formulas are `static` data: evaluating allocates
//!   only the result.

pub mod amount;
pub mod condition;
pub mod date;
pub mod docs;
pub mod engine;
pub mod fact;
pub mod facts;
pub mod fmt;
mod hash;
pub mod measure;
pub mod order;
pub mod text;

pub use date::Date;
pub use engine::{
    catalog, evaluate, evaluate_tracked, next_questions, reevaluate, Assessment, CatalogEntry,
    MeasureResult, Question, Status, TEXT_VERSION,
};
pub use fact::{parse_number, Fact, InputError, Kind, Profile, RawValue, Value};
pub use facts::all as facts;
pub use measure::{Measure, Method};
pub use text::{Text, T};

/// All 59 measures, in order of 办法 and article.
pub fn measures() -> &'static [&'static Measure] {
    docs::measures()
}
