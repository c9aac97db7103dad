//! Typed answers: what a person types into a field, read as the engine reads it.
//!
//! The field always keeps what was typed (the draft); only a valid reading becomes an answer.
//! Numbers accept `1,000`, `1000`, full-width digits `１０００` and a trailing unit (`12.5万`);
//! a negative or malformed number is refused with a bilingual message and no answer is taken.
//! All parsing is the engine's (`zgc_rules::fact::parse_raw`), so the app and the CLI agree.

use zgc_rules::fact::{parse_raw, Fact, Kind, RawValue, Value};
use zgc_rules::text::Text;

/// The outcome of reading one typed answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A valid answer.
    Answer(Value),
    /// Empty, or a word for "don't know": the fact is unknown.
    Unknown,
    /// Not an answer: the message says why. The typed text stays in the field.
    Refused(Text),
}

/// Reads what was typed for `fact`.
pub fn read(fact: &Fact, typed: &str) -> Entry {
    match parse_raw(fact, &RawValue::Text(typed.to_owned())) {
        Ok(Some(v)) => Entry::Answer(v),
        Ok(None) => Entry::Unknown,
        Err(e) => Entry::Refused(e.message),
    }
}

/// The text to put back into a field for a stored answer (plain digits, so it edits cleanly).
pub fn shown(value: &Value) -> String {
    match value {
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Choice(c) => c.clone(),
        Value::Number(n) => n.normalize().to_string(),
        Value::Date(d) => d.to_string(),
    }
}

/// A stored answer in words, for lists and print ("1,500 万元", "是", the option's label).
pub fn describe(fact: &Fact, value: &Value) -> Text {
    match value {
        Value::Bool(true) => Text::new("是", "yes"),
        Value::Bool(false) => Text::new("否", "no"),
        Value::Choice(c) => match fact.kind {
            Kind::Choice(opts) => match opts.iter().find(|o| o.id == c) {
                Some(o) => o.label.into(),
                None => Text::new(c.clone(), c.clone()),
            },
            _ => Text::new(c.clone(), c.clone()),
        },
        Value::Number(n) => {
            let u = fact.kind.unit();
            let n = zgc_rules::fmt::num(*n);
            Text::new(
                format!("{n} {}", u.zh()).trim_end().to_owned(),
                format!("{n} {}", u.en()).trim_end().to_owned(),
            )
        }
        Value::Date(d) => Text::new(d.to_string(), d.to_string()),
    }
}

/// The HTML `inputmode` hint for a fact's field (phones show a number pad).
pub fn input_mode(kind: Kind) -> &'static str {
    match kind {
        Kind::Count => "numeric",
        k if k.is_number() => "decimal",
        _ => "text",
    }
}
