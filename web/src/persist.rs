//! What autosave writes to localStorage, and how it is read back.
//!
//! One key, one JSON object: `{"v":1,"lang":"zh","date":"2026-06-30","answers":{…},"skipped":[…]}`.
//! `answers` is exactly the profile JSON the CLI reads. Reading is lenient like the link codec:
//! a damaged entry is reported and skipped, the rest is kept; unreadable storage gives a message,
//! never a blank page.

use crate::codec::{Decoded, Problem, Shared};
use crate::i18n::Lang;
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use zgc_rules::fact::{Profile, RawValue};
use zgc_rules::Date;

// JSON is read and written by the browser's own JSON.parse / JSON.stringify: serde_json in the
// wasm was ~15 KB brotli of a 350 KB page. Written through serde-wasm-bindgen's serializer (the
// JS API uses it already); read by walking the JS values (`raw_value`), which also keeps Rust's
// float formatting out of the wasm. JSON numbers arrive as doubles, as they did through
// serde_json (no arbitrary precision); an answer with more than 15 significant digits is exact
// only as a string, which is how exports write every number.

/// The localStorage key.
pub const KEY: &str = "zgc-checker.v1";

/// Plain JSON-shaped JS values for a Rust value: objects for maps, numbers for integers, null for
/// None, decimals as the strings they serialize to. The JS API returns the same shapes.
pub(crate) fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

/// JSON text of a JS value ("" if it has none, e.g. undefined).
fn stringify(v: &JsValue) -> String {
    JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Parses JSON text; the browser's message when it is not JSON.
fn parse(text: &str) -> Result<JsValue, String> {
    JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => "not JSON".to_owned(),
    })
}

/// Whether a JSON value is an object (not an array, not null).
fn is_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// A JSON object's own fields, in the object's order; `None` for anything else.
fn object_entries(v: &JsValue) -> Option<Vec<(String, JsValue)>> {
    if !is_object(v) {
        return None;
    }
    let obj: &Object = v.unchecked_ref();
    Some(
        Object::entries(obj)
            .iter()
            .filter_map(|pair| {
                let pair: Array = pair.dyn_into().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1)))
            })
            .collect(),
    )
}

/// An answer as the engine reads it, from a JSON value: `None` for arrays and objects. A number
/// is taken as the browser writes it, the shortest text that reads back as the same number
/// ("1500.5"), as serde_json did; beyond 1e21 or below 1e-6 that text has an exponent, which
/// the engine refuses with a message (no amount or count in these 办法 comes near either).
pub(crate) fn raw_value(v: &JsValue) -> Option<RawValue> {
    if v.is_null() {
        Some(RawValue::Null)
    } else if let Some(b) = v.as_bool() {
        Some(RawValue::Bool(b))
    } else if let Some(s) = v.as_string() {
        Some(RawValue::Text(s))
    } else if v.as_f64().is_some() {
        let text = js_sys::Number::from(v.clone())
            .to_string_with_radix(10)
            .ok()?;
        Some(RawValue::Text(String::from(text)))
    } else {
        None
    }
}

/// A profile object's answers, read like `zgc check` reads a profile file, in id order (as the
/// CLI's map gives them); `Err` names the first value that is not an answer at all, or says the
/// value is no object.
pub(crate) fn profile_map(v: &JsValue) -> Result<Vec<(String, RawValue)>, String> {
    let entries =
        object_entries(v).ok_or_else(|| "expected an object {fact_id: value}".to_owned())?;
    let mut out = entries
        .into_iter()
        .map(|(k, v)| match raw_value(&v) {
            Some(raw) => Ok((k, raw)),
            None => Err(format!(
                "{k}: {} is not a boolean, number, string or null",
                stringify(&v)
            )),
        })
        .collect::<Result<Vec<_>, String>>()?;
    zgc_rules::order::insertion_sort_by(&mut out, |a, b| a.0 < b.0);
    Ok(out)
}

/// A profile from the answers `profile_map` read.
pub(crate) fn profile_from(map: &[(String, RawValue)]) -> (Profile, Vec<zgc_rules::InputError>) {
    Profile::from_raw(map.iter().map(|(k, v)| (k.as_str(), v)))
}

/// A field of a JSON object, `None` when absent.
fn field(obj: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

pub fn to_json(s: &Shared) -> String {
    let o = Object::new();
    let fields = [
        ("v", JsValue::from(1)),
        (
            "lang",
            s.lang
                .map_or(JsValue::NULL, |l| JsValue::from_str(l.code())),
        ),
        (
            "date",
            s.date
                .map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string())),
        ),
        ("answers", to_js(&s.profile).unwrap_or(JsValue::NULL)),
        ("skipped", to_js(&s.skipped).unwrap_or(JsValue::NULL)),
    ];
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    }
    stringify(&o)
}

/// Reads saved state. `Err` when nothing at all could be read (not JSON, not an object).
pub fn from_json(text: &str) -> Result<Decoded, String> {
    let v = parse(text)?;
    if !is_object(&v) {
        return Err("not an object".to_owned());
    }
    let mut d = Decoded::default();
    match field(&v, "v") {
        Some(n) if n.as_f64() == Some(1.0) => {}
        other => d.problems.push(Problem::Version(
            other.map(|x| stringify(&x)).unwrap_or_default(),
        )),
    }
    if let Some(l) = field(&v, "lang").and_then(|x| x.as_string()) {
        match Lang::parse(&l) {
            Some(l) => d.shared.lang = Some(l),
            None => d.problems.push(Problem::Lang(l)),
        }
    }
    if let Some(s) = field(&v, "date").and_then(|x| x.as_string()) {
        match Date::parse(&s) {
            Ok(date) => d.shared.date = Some(date),
            Err(_) => d.problems.push(Problem::Date(s)),
        }
    }
    if let Some(answers) = field(&v, "answers") {
        match object_entries(&answers) {
            Some(entries) => {
                for (k, v) in entries {
                    match raw_value(&v) {
                        Some(raw) => {
                            if let Err(e) = d.shared.profile.set_raw(&k, &raw) {
                                d.problems.push(Problem::Answer(e));
                            }
                        }
                        None => d
                            .problems
                            .push(Problem::Malformed(format!("{k}={}", stringify(&v)))),
                    }
                }
            }
            None => d.problems.push(Problem::Malformed(format!(
                "answers={}",
                stringify(&answers)
            ))),
        }
    }
    if let Some(skipped) = field(&v, "skipped").filter(Array::is_array) {
        for s in skipped.unchecked_into::<Array>().iter() {
            match s.as_string().as_deref().and_then(zgc_rules::facts::by_id) {
                Some(f) if d.shared.profile.get_id(f.id).is_none() => {
                    d.shared.skipped.insert(f.id.to_owned());
                }
                Some(_) => {}
                None => d.problems.push(Problem::Malformed(stringify(&s))),
            }
        }
    }
    Ok(d)
}

/// Reads profile JSON as `zgc check` reads it: a flat object `{fact_id: value}`. Every valid
/// answer is kept; the invalid ones are listed.
pub fn import_profile(text: &str) -> Result<Decoded, String> {
    let map = profile_map(&parse(text)?)?;
    let (profile, errors) = profile_from(&map);
    Ok(Decoded {
        shared: Shared {
            profile,
            ..Default::default()
        },
        problems: errors.into_iter().map(Problem::Answer).collect(),
    })
}

/// The answers as profile JSON, exactly what `zgc check PROFILE.json` reads (two-space indent).
pub fn export_profile(p: &Profile) -> String {
    let value = to_js(p).unwrap_or(JsValue::NULL);
    JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "{}".to_owned())
}
