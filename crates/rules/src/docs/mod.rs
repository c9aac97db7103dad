//! The five 办法, one module each. Each module holds its 办法's 第四条 (who may apply), the
//! facts only it needs, and its measures, each quoted next to the rules that encode it.
//!
//! Where a new measure goes: in its 办法's module, appended to that module's `MEASURES`; new
//! facts go in that module's `FACTS` (or in `facts.rs` if two 办法 share them).

use crate::fact::Fact;
use crate::measure::Measure;
use std::sync::OnceLock;

pub mod doc5;
pub mod doc6;
pub mod doc7;
pub mod doc8;
pub mod doc9;

/// Each 办法's own facts, in asking order.
pub static FACT_LISTS: &[&[&Fact]] =
    &[doc5::FACTS, doc6::FACTS, doc7::FACTS, doc8::transfer::FACTS, doc8::ip_services::FACTS, doc9::FACTS];

/// All measures, in order of 办法 and article.
pub fn measures() -> &'static [&'static Measure] {
    static ALL: OnceLock<Vec<&'static Measure>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v = Vec::new();
        for list in [
            doc5::MEASURES,
            doc6::MEASURES,
            doc7::MEASURES,
            doc8::transfer::MEASURES,
            doc8::ip_services::MEASURES,
            doc9::MEASURES,
        ] {
            v.extend_from_slice(list);
        }
        v
    })
}
