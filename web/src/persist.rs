//! What autosave writes to localStorage, and how it is read back.
//!
//! One key, one JSON object: `{"v":1,"lang":"zh","date":"2026-06-30","answers":{…},"skipped":[…]}`.
//! `answers` is exactly the profile JSON the CLI reads. Reading is lenient like the link codec:
//! a damaged entry is reported and skipped, the rest is kept; unreadable storage gives a message,
//! never a blank page.

use crate::codec::{Decoded, Problem, Shared};
use crate::i18n::Lang;
use serde_json::{json, Value as Json};
use std::collections::BTreeMap;
use zgc_rules::fact::{Profile, RawValue};
use zgc_rules::Date;

/// The localStorage key.
pub const KEY: &str = "zgc-checker.v1";

pub fn to_json(s: &Shared) -> String {
    json!({
        "v": 1,
        "lang": s.lang.map(|l| l.code()),
        "date": s.date.map(|d| d.to_string()),
        "answers": &s.profile,
        "skipped": &s.skipped,
    })
    .to_string()
}

/// Reads saved state. `Err` when nothing at all could be read (not JSON, not an object).
pub fn from_json(text: &str) -> Result<Decoded, String> {
    let v: Json = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let Json::Object(o) = v else { return Err("not an object".to_owned()) };
    let mut d = Decoded::default();
    match o.get("v") {
        Some(Json::Number(n)) if n.as_u64() == Some(1) => {}
        other => d.problems.push(Problem::Version(other.map(|v| v.to_string()).unwrap_or_default())),
    }
    if let Some(Json::String(l)) = o.get("lang") {
        match Lang::parse(l) {
            Some(l) => d.shared.lang = Some(l),
            None => d.problems.push(Problem::Lang(l.clone())),
        }
    }
    if let Some(Json::String(s)) = o.get("date") {
        match Date::parse(s) {
            Ok(date) => d.shared.date = Some(date),
            Err(_) => d.problems.push(Problem::Date(s.clone())),
        }
    }
    match o.get("answers") {
        Some(Json::Object(m)) => {
            for (k, v) in m {
                let raw: Result<RawValue, _> = serde_json::from_value(v.clone());
                match raw {
                    Ok(raw) => {
                        if let Err(e) = d.shared.profile.set_raw(k, &raw) {
                            d.problems.push(Problem::Answer(e));
                        }
                    }
                    Err(_) => d.problems.push(Problem::Malformed(format!("{k}={v}"))),
                }
            }
        }
        None => {}
        Some(other) => d.problems.push(Problem::Malformed(format!("answers={other}"))),
    }
    if let Some(Json::Array(a)) = o.get("skipped") {
        for s in a {
            match s.as_str().and_then(zgc_rules::facts::by_id) {
                Some(f) if d.shared.profile.get_id(f.id).is_none() => {
                    d.shared.skipped.insert(f.id.to_owned());
                }
                Some(_) => {}
                None => d.problems.push(Problem::Malformed(s.to_string())),
            }
        }
    }
    Ok(d)
}

/// Reads profile JSON as `zgc check` reads it: a flat object `{fact_id: value}`. Every valid
/// answer is kept; the invalid ones are listed.
pub fn import_profile(text: &str) -> Result<Decoded, String> {
    let map: BTreeMap<String, RawValue> = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let (profile, errors) = Profile::from_map(&map);
    Ok(Decoded {
        shared: Shared { profile, ..Default::default() },
        problems: errors.into_iter().map(Problem::Answer).collect(),
    })
}

/// The answers as profile JSON, exactly what `zgc check PROFILE.json` reads.
pub fn export_profile(p: &Profile) -> String {
    serde_json::to_string_pretty(p).unwrap_or_else(|_| "{}".to_owned())
}
