//! Part of 京科发〔2022〕8号: measures to be encoded.

use crate::fact::Fact;
use crate::measure::Measure;

/// This part's own facts, in asking order.
pub static FACTS: &[&Fact] = &[];

/// This part's measures, in article order.
pub static MEASURES: &[&Measure] = &[];
