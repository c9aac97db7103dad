//! The fact vocabulary: every input a measure can ask about, and the profile that holds the
//! answers.
//!
//! Fact ids are a public contract: share links, saved JSON and the CLI's CSV columns all name
//! facts by id. Renaming one is a breaking change and needs a migration (see `migrate_id`).

use crate::date::Date;
use crate::text::{Text, T};
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// The topic a question belongs to; the web app asks one topic at a time, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Applicant,
    Compliance,
    Company,
    Finance,
    Research,
    Ip,
    Awards,
    Projects,
    Investment,
    Parks,
    Services,
    Standards,
    International,
}

impl Topic {
    pub fn title(self) -> T {
        use crate::text::t;
        match self {
            Topic::Applicant => t!("申报主体", "Who is applying"),
            Topic::Compliance => t!("信用与合规", "Credit and compliance"),
            Topic::Company => t!("企业基本情况", "The company"),
            Topic::Finance => t!("财务与融资", "Finance and funding"),
            Topic::Research => t!("研发投入", "Research and development"),
            Topic::Ip => t!("知识产权", "Intellectual property"),
            Topic::Awards => t!("赛事与资质", "Awards and qualifications"),
            Topic::Projects => t!("项目与合同", "Projects and contracts"),
            Topic::Investment => t!("投资与金融机构", "Investors and financial institutions"),
            Topic::Parks => t!("园区与孵化", "Parks and incubation"),
            Topic::Services => t!("科技服务与平台", "Technology services and platforms"),
            Topic::Standards => t!("标准化", "Standards"),
            Topic::International => t!("国际化", "International"),
        }
    }
}

/// One option of a choice fact. `id` is stable (it travels in links and JSON).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Choice {
    pub id: &'static str,
    pub label: T,
}

/// What kind of value a fact takes.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "type", content = "options", rename_all = "snake_case")]
pub enum Kind {
    /// Yes or no.
    Bool,
    /// One of a closed list of options.
    Choice(&'static [Choice]),
    /// Money in 万元 (10,000 CNY), never negative.
    Amount,
    /// A whole number of things, never negative.
    Count,
    /// A percentage from 0 to 100.
    Percent,
    /// An area in square metres, never negative.
    Area,
    /// A calendar date.
    Date,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bool => "yes/no",
            Kind::Choice(_) => "choice",
            Kind::Amount => "amount in 万元",
            Kind::Count => "count",
            Kind::Percent => "percentage",
            Kind::Area => "area in m²",
            Kind::Date => "date (YYYY-MM-DD)",
        }
    }
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Kind::Amount | Kind::Count | Kind::Percent | Kind::Area
        )
    }
    pub fn unit(self) -> T {
        use crate::text::t;
        match self {
            Kind::Amount => t!("万元", "万元"),
            Kind::Count => t!("", ""),
            Kind::Percent => t!("%", "%"),
            Kind::Area => t!("平方米", "m²"),
            _ => t!("", ""),
        }
    }
}

/// A fact a measure can ask about.
#[derive(Debug, Serialize)]
pub struct Fact {
    /// Stable snake_case id: a public contract.
    pub id: &'static str,
    /// A short name for explanations ("上一会计年度营业收入" / "revenue last fiscal year").
    pub label: T,
    pub kind: Kind,
    pub topic: Topic,
    pub question: T,
    pub help: T,
}

impl PartialEq for Fact {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// A known answer. An unknown answer is simply absent from the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    Choice(String),
    Number(Decimal),
    Date(Date),
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Choice(c) => s.serialize_str(c),
            // Decimals travel as strings so no float ever touches an amount.
            Value::Number(n) => s.collect_str(&n.normalize()),
            Value::Date(d) => s.collect_str(d),
        }
    }
}

/// An answer as it arrives from JSON, CSV or JavaScript, before it is checked against the fact's
/// kind. `null` means unknown.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Null,
    Bool(bool),
    /// A number written as text with no loss (a JSON number's own digits, or a typed string).
    Text(String),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a boolean, number, string or null")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                // The shortest representation that round-trips: 0.1 stays "0.1".
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawValue, E> {
                Ok(RawValue::Text(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
                RawValue::deserialize(d)
            }
        }
        d.deserialize_any(V)
    }
}

/// Why an answer was not taken. The answer is reported, never silently dropped.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InputError {
    /// The fact id as given.
    pub fact: String,
    pub message: Text,
    /// The closest valid fact id, when the id itself was unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.fact, self.message.en)?;
        if let Some(s) = &self.suggestion {
            write!(f, " (did you mean \"{s}\"?)")?;
        }
        Ok(())
    }
}

/// A company's answers, keyed by fact id. Invariants: every value has its fact's kind; every
/// key is the `&'static` id of a registered fact, so answers are kept sorted by the id's address
/// and a lookup during evaluation is a binary search over integers, not a string comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    values: Vec<(&'static str, Value)>,
}

fn addr(id: &str) -> usize {
    id.as_ptr() as usize
}

impl Serialize for Profile {
    /// A flat object {fact_id: answer}, ids in alphabetical order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A sorted list rather than a BTreeMap: the same output, and less code in the wasm.
        let mut sorted: Vec<(&str, &Value)> = self.values.iter().map(|(k, v)| (*k, v)).collect();
        crate::order::insertion_sort_by(&mut sorted, |a, b| a.0 < b.0);
        s.collect_map(sorted)
    }
}

impl Profile {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, fact: &Fact) -> Option<&Value> {
        let key = addr(fact.id);
        self.values
            .binary_search_by_key(&key, |(k, _)| addr(k))
            .ok()
            .map(|i| &self.values[i].1)
    }

    /// The answer for a fact id, if known.
    pub fn get_id(&self, id: &str) -> Option<&Value> {
        if self.values.is_empty() {
            return None;
        }
        self.get(crate::facts::by_id(id)?)
    }

    pub fn number(&self, fact: &Fact) -> Option<Decimal> {
        match self.get(fact) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn bool(&self, fact: &Fact) -> Option<bool> {
        match self.get(fact) {
            Some(Value::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn choice(&self, fact: &Fact) -> Option<&str> {
        match self.get(fact) {
            Some(Value::Choice(c)) => Some(c),
            _ => None,
        }
    }

    pub fn date(&self, fact: &Fact) -> Option<Date> {
        match self.get(fact) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        }
    }

    pub fn len(&self) -> u32 {
        self.values.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.values.iter().map(|(k, v)| (*k, v))
    }

    /// Sets a typed value after checking it fits the fact.
    pub fn set(&mut self, fact: &Fact, value: Value) -> Result<(), InputError> {
        check_value(fact, &value)?;
        self.insert(fact, value);
        Ok(())
    }

    /// Stores a value already checked against its fact. The key is the registered fact's own id,
    /// whatever `fact` reference the caller holds.
    fn insert(&mut self, fact: &Fact, value: Value) {
        let Some(registered) = crate::facts::by_id(fact.id) else {
            return;
        };
        let key = addr(registered.id);
        match self.values.binary_search_by_key(&key, |(k, _)| addr(k)) {
            Ok(i) => self.values[i].1 = value,
            Err(i) => self.values.insert(i, (registered.id, value)),
        }
    }

    /// The facts (their ids' addresses, sorted) answered differently in `self` and `other`:
    /// answered in one only, or with another value.
    pub(crate) fn differences(&self, other: &Profile) -> Vec<u64> {
        let (mut a, mut b) = (
            self.values.iter().peekable(),
            other.values.iter().peekable(),
        );
        let mut out = Vec::new();
        loop {
            match (a.peek(), b.peek()) {
                (None, None) => return out,
                (Some((k, _)), None) => {
                    out.push(addr(k) as u64);
                    a.next();
                }
                (None, Some((k, _))) => {
                    out.push(addr(k) as u64);
                    b.next();
                }
                (Some((ka, va)), Some((kb, vb))) => {
                    let (x, y) = (addr(ka), addr(kb));
                    if x < y {
                        out.push(x as u64);
                        a.next();
                    } else if y < x {
                        out.push(y as u64);
                        b.next();
                    } else {
                        if va != vb {
                            out.push(x as u64);
                        }
                        a.next();
                        b.next();
                    }
                }
            }
        }
    }

    /// Forgets an answer (the fact becomes unknown).
    pub fn unset(&mut self, id: &str) {
        self.values.retain(|(k, _)| *k != id);
    }

    /// Parses one answer given as text or JSON value and stores it. `null` or an empty string
    /// makes the fact unknown.
    pub fn set_raw(&mut self, id: &str, raw: &RawValue) -> Result<(), InputError> {
        let id = migrate_id(id);
        let Some(fact) = crate::facts::by_id(id) else {
            return Err(InputError {
                fact: id.to_owned(),
                message: Text::new(
                    format!("没有名为“{id}”的问题"),
                    format!("there is no fact named \"{id}\""),
                ),
                suggestion: crate::facts::closest_id(id).map(str::to_owned),
            });
        };
        match parse_raw(fact, raw)? {
            Some(v) => self.insert(fact, v),
            None => self.unset(fact.id),
        }
        Ok(())
    }

    /// Builds a profile from raw answers, keeping every answer that is valid and reporting every
    /// one that is not.
    pub fn from_raw<'a>(
        raw: impl IntoIterator<Item = (&'a str, &'a RawValue)>,
    ) -> (Profile, Vec<InputError>) {
        let mut p = Profile::new();
        let mut errors = Vec::new();
        for (k, v) in raw {
            if let Err(e) = p.set_raw(k, v) {
                errors.push(e);
            }
        }
        (p, errors)
    }

    /// Parses a profile from a map of raw answers (the shape of profile JSON).
    pub fn from_map(raw: &BTreeMap<String, RawValue>) -> (Profile, Vec<InputError>) {
        Profile::from_raw(raw.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

/// Fact ids renamed since the first release map to their new id here, so old links and saved
/// files keep working. Empty so far: no id has been renamed.
pub fn migrate_id(id: &str) -> &str {
    id
}

fn type_error(fact: &Fact, got: &str) -> InputError {
    InputError {
        fact: fact.id.to_owned(),
        message: Text::new(
            format!(
                "“{}”应为{}，收到：{got}",
                fact.question.zh(),
                kind_zh(fact.kind)
            ),
            format!("expected {}, got {got}", fact.kind.name()),
        ),
        suggestion: None,
    }
}

fn kind_zh(k: Kind) -> &'static str {
    match k {
        Kind::Bool => "是/否",
        Kind::Choice(_) => "选项之一",
        Kind::Amount => "金额（万元）",
        Kind::Count => "数量（整数）",
        Kind::Percent => "百分比（0–100）",
        Kind::Area => "面积（平方米）",
        Kind::Date => "日期（YYYY-MM-DD）",
    }
}

fn check_value(fact: &Fact, v: &Value) -> Result<(), InputError> {
    let ok = match (fact.kind, v) {
        (Kind::Bool, Value::Bool(_)) => true,
        (Kind::Choice(opts), Value::Choice(c)) => {
            if !opts.iter().any(|o| o.id == c) {
                let ids: Vec<&str> = opts.iter().map(|o| o.id).collect();
                return Err(InputError {
                    fact: fact.id.to_owned(),
                    message: Text::new(
                        format!("“{c}”不是可选项；可选：{}", ids.join(", ")),
                        format!("\"{c}\" is not an option; options: {}", ids.join(", ")),
                    ),
                    suggestion: None,
                });
            }
            true
        }
        (Kind::Date, Value::Date(_)) => true,
        (k, Value::Number(n)) if k.is_number() => {
            check_number(fact, *n)?;
            true
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(type_error(fact, &format!("{v:?}")))
    }
}

fn check_number(fact: &Fact, n: Decimal) -> Result<(), InputError> {
    let err = |zh: &'static str, en: &'static str| InputError {
        fact: fact.id.to_owned(),
        message: Text::new(zh, en),
        suggestion: None,
    };
    if n.is_sign_negative() && !n.is_zero() {
        return Err(err("不能为负数", "must not be negative"));
    }
    if fact.kind == Kind::Count && !n.fract().is_zero() {
        return Err(err("应为整数", "must be a whole number"));
    }
    if fact.kind == Kind::Percent && n > Decimal::ONE_HUNDRED {
        return Err(err("百分比不能超过100", "a percentage cannot exceed 100"));
    }
    Ok(())
}

impl PartialEq for Kind {
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// Parses a raw answer for `fact`. `Ok(None)` means unknown.
pub fn parse_raw(fact: &Fact, raw: &RawValue) -> Result<Option<Value>, InputError> {
    let text = match raw {
        RawValue::Null => return Ok(None),
        RawValue::Bool(b) => {
            return if fact.kind == Kind::Bool {
                Ok(Some(Value::Bool(*b)))
            } else {
                Err(type_error(fact, &b.to_string()))
            }
        }
        RawValue::Text(s) => s.trim(),
    };
    if text.is_empty() || is_unknown_word(text) {
        return Ok(None);
    }
    let value = match fact.kind {
        Kind::Bool => match parse_bool(text) {
            Some(b) => Value::Bool(b),
            None => return Err(type_error(fact, &format!("\"{text}\""))),
        },
        Kind::Choice(opts) => match opts.iter().find(|o| {
            o.id == text || o.label.zh() == text || o.label.en().eq_ignore_ascii_case(text)
        }) {
            Some(o) => Value::Choice(o.id.to_owned()),
            None => Value::Choice(text.to_owned()), // rejected with the option list by check_value
        },
        Kind::Date => match Date::parse(text) {
            Ok(d) => Value::Date(d),
            Err(e) => {
                return Err(InputError {
                    fact: fact.id.to_owned(),
                    message: Text::new(format!("日期格式应为 YYYY-MM-DD：{text}"), e),
                    suggestion: None,
                })
            }
        },
        _ => match parse_number(text) {
            Ok(n) => Value::Number(n),
            Err(m) => {
                return Err(InputError {
                    fact: fact.id.to_owned(),
                    message: m,
                    suggestion: None,
                })
            }
        },
    };
    check_value(fact, &value)?;
    Ok(Some(value))
}

fn is_unknown_word(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "unknown" | "?" | "不确定" | "不知道" | "null"
    )
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "是" | "有" | "对" => Some(true),
        "false" | "no" | "n" | "0" | "否" | "无" | "没有" => Some(false),
        _ => None,
    }
}

/// Parses a number as people type it: `1000`, `1,000`, `１，０００`, `1 000`, `12.5`, with an
/// optional trailing unit (`万元`, `万`, `%`, `㎡`, `平方米`, `个`, `人`, `家`, `项`). A bare `元`
/// is refused: amounts are in 万元 and a value in 元 would be off by 10,000. Never goes through
/// a float.
pub fn parse_number(input: &str) -> Result<Decimal, Text> {
    let mut s: String = input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' => ',',
            '．' | '。' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            '％' => '%',
            _ => c,
        })
        .collect();
    for suffix in [
        "万元",
        "万",
        "%",
        "平方米",
        "㎡",
        "m²",
        "m2",
        "个",
        "人",
        "家",
        "项",
    ] {
        if let Some(stripped) = s.trim_end().strip_suffix(suffix) {
            s = stripped.to_owned();
            break;
        }
    }
    if s.trim_end().ends_with('元') {
        return Err(Text::new(
            format!("“{input}”：请以万元为单位填写（例如 120 万元填 120）"),
            format!("\"{input}\": enter amounts in 万元 (10,000 CNY), e.g. 1.2 million CNY is 120"),
        ));
    }
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '\u{a0}'))
        .collect();
    let malformed = || {
        Text::new(
            format!("“{input}”不是有效的数字"),
            format!("\"{input}\" is not a number"),
        )
    };
    if cleaned.is_empty() || cleaned.len() > 40 {
        return Err(malformed());
    }
    let body = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    let negative = body.starts_with('-');
    let digits = body.strip_prefix('-').unwrap_or(body);
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        || digits.matches('.').count() > 1
        || digits.starts_with('.') && digits.len() == 1
    {
        return Err(malformed());
    }
    if negative && digits.chars().any(|c| c != '0' && c != '.') {
        return Err(Text::new(
            format!("“{input}”：不能为负数"),
            format!("\"{input}\": must not be negative"),
        ));
    }
    let n: Decimal = digits.parse().map_err(|_| malformed())?;
    Ok(n.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn parses_numbers_as_people_type_them() {
        assert_eq!(parse_number("1000"), Ok(dec!(1000)));
        assert_eq!(parse_number("1,000"), Ok(dec!(1000)));
        assert_eq!(parse_number("１，０００"), Ok(dec!(1000)));
        assert_eq!(parse_number(" 12.5 万元"), Ok(dec!(12.5)));
        assert_eq!(parse_number("30%"), Ok(dec!(30)));
        assert_eq!(parse_number("0"), Ok(dec!(0)));
        assert_eq!(parse_number("-0"), Ok(dec!(0)));
    }

    #[test]
    fn refuses_malformed_and_negative_numbers() {
        for bad in ["", "abc", "1.2.3", "--1", ".", "1e5", "12元"] {
            assert!(parse_number(bad).is_err(), "{bad} should be refused");
        }
        let neg = parse_number("-5").unwrap_err();
        assert!(neg.en.contains("negative"));
    }
}
