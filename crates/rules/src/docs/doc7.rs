//! 京科发〔2022〕7号: measures to be encoded.

use crate::fact::Fact;
use crate::measure::Measure;

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[];
