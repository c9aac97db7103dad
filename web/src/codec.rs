//! The share link: the answers in the page address, compact and versioned.
//!
//! Format (version 1), after the route in the hash: `#/results?v1~d=2026-06-30~l=zh~fact_id=value~…`
//!
//! * `v1` first: the format version. A reader that meets another version says so and still reads
//!   what it can.
//! * `d=` the assessment date, `l=` the language; every other key is a fact id (the engine's
//!   public contract, renamed ids go through `migrate_id`), so a link keeps working when rules
//!   are added or changed: it names facts, never measures or positions.
//! * Values: `1` / `0` for yes/no, the option id for a choice, plain digits for numbers
//!   (`1500`, `12.5`), `YYYY-MM-DD` for dates, `?` for "不确定 / I don't know".
//! * Anything outside `A–Z a–z 0–9 . _ -` is percent-encoded, so the link survives chat apps.
//!
//! Reading never fails as a whole: every pair is read on its own; those that cannot be read are
//! listed as problems and the rest are kept.

use crate::i18n::Lang;
use crate::ids::IdSet;
use zgc_rules::fact::{migrate_id, InputError, Profile, RawValue, Value};
use zgc_rules::text::Text;
use zgc_rules::Date;

/// The version this build writes.
pub const VERSION: &str = "v1";

/// Everything a link (or saved state) carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub profile: Profile,
    /// Facts answered "不确定 / I don't know".
    pub skipped: IdSet,
    pub date: Option<Date>,
    pub lang: Option<Lang>,
}

/// Something in a link or a saved file that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A version this build does not know.
    Version(String),
    /// A piece that is not `key=value`.
    Malformed(String),
    /// An answer the engine refused (unknown fact, wrong kind, negative number…).
    Answer(InputError),
    /// A date that is not a real `YYYY-MM-DD`.
    Date(String),
    /// A language code other than `zh` / `en`.
    Lang(String),
}

impl Problem {
    pub fn message(&self) -> Text {
        match self {
            Problem::Version(v) => Text::new(
                format!("链接版本“{v}”无法识别，已尽量读取"),
                format!("link version \"{v}\" is not known; read what could be read"),
            ),
            Problem::Malformed(s) => {
                Text::new(format!("无法读取“{s}”"), format!("could not read \"{s}\""))
            }
            Problem::Answer(e) => {
                let mut t = Text::new(
                    format!("{}：{}", e.fact, e.message.zh),
                    format!("{}: {}", e.fact, e.message.en),
                );
                if let Some(s) = &e.suggestion {
                    t.zh.to_mut().push_str(&format!("（是否指“{s}”？）"));
                    t.en.to_mut().push_str(&format!(" (did you mean \"{s}\"?)"));
                }
                t
            }
            Problem::Date(s) => Text::new(
                format!("评估日期“{s}”无效"),
                format!("assessment date \"{s}\" is not valid"),
            ),
            Problem::Lang(s) => Text::new(
                format!("语言“{s}”无法识别"),
                format!("language \"{s}\" is not known"),
            ),
        }
    }
}

/// What a link gave: what could be read, and what could not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub shared: Shared,
    pub problems: Vec<Problem>,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decoding that never fails: a broken escape is kept as typed.
pub fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(b) = hex {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn value_code(v: &Value) -> String {
    match v {
        Value::Bool(true) => "1".to_owned(),
        Value::Bool(false) => "0".to_owned(),
        Value::Choice(c) => escape(c),
        Value::Number(n) => escape(&n.normalize().to_string()),
        Value::Date(d) => d.to_string(),
    }
}

/// The link payload for these answers (no leading `?`).
pub fn encode(shared: &Shared) -> String {
    let mut out = String::from(VERSION);
    if let Some(d) = shared.date {
        out.push_str(&format!("~d={d}"));
    }
    if let Some(l) = shared.lang {
        out.push_str(&format!("~l={}", l.code()));
    }
    for (k, v) in shared.profile.iter() {
        out.push_str(&format!("~{}={}", escape(k), value_code(v)));
    }
    for k in &shared.skipped {
        if shared.profile.get_id(k).is_none() {
            out.push_str(&format!("~{}=%3F", escape(k)));
        }
    }
    out
}

/// Reads a link payload. Never fails: what cannot be read is listed in `problems`.
pub fn decode(payload: &str) -> Decoded {
    let mut d = Decoded::default();
    let payload = payload.trim().trim_start_matches('?');
    let mut parts = payload.split('~').filter(|p| !p.is_empty()).peekable();
    match parts.peek() {
        Some(&v) if v == VERSION => {
            parts.next();
        }
        Some(&v) if v.starts_with('v') && !v.contains('=') => {
            d.problems.push(Problem::Version(unescape(v)));
            parts.next();
        }
        Some(_) => d.problems.push(Problem::Version(String::new())),
        None => return d,
    }
    for part in parts {
        let Some((k, v)) = part.split_once('=') else {
            d.problems.push(Problem::Malformed(unescape(part)));
            continue;
        };
        let (k, v) = (unescape(k), unescape(v));
        match k.as_str() {
            "d" => match Date::parse(&v) {
                Ok(date) => d.shared.date = Some(date),
                Err(_) => d.problems.push(Problem::Date(v)),
            },
            "l" => match Lang::parse(&v) {
                Some(l) => d.shared.lang = Some(l),
                None => d.problems.push(Problem::Lang(v)),
            },
            _ if v == "?" => {
                let id = migrate_id(&k);
                match zgc_rules::facts::by_id(id) {
                    Some(f) => {
                        d.shared.profile.unset(f.id);
                        d.shared.skipped.insert(f.id.to_owned());
                    }
                    None => {
                        let mut p = Profile::new();
                        if let Err(e) = p.set_raw(&k, &RawValue::Null) {
                            d.problems.push(Problem::Answer(e));
                        }
                    }
                }
            }
            _ => match d.shared.profile.set_raw(&k, &RawValue::Text(v)) {
                Ok(()) => {
                    d.shared.skipped.remove(migrate_id(&k));
                }
                Err(e) => d.problems.push(Problem::Answer(e)),
            },
        }
    }
    d
}

/// Splits a location hash into its route and its answers: `#/results?v1~…` →
/// (`/results`, `Some("v1~…")`).
pub fn split_hash(hash: &str) -> (&str, Option<&str>) {
    let h = hash.trim_start_matches('#');
    match h.split_once('?') {
        Some((route, payload)) if !payload.is_empty() => (route, Some(payload)),
        Some((route, _)) => (route, None),
        None => (h, None),
    }
}
