//! The engine for a host page: `evaluate`, `questions`, `measures`, `facts` and `loadEnglish`, exported through
//! wasm-bindgen and serde-wasm-bindgen. Values cross as plain JS objects; decimals are strings
//! (no float ever touches an amount). See web/README.md for an example.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use zgc_rules::engine::{questions_for, Assessment};
use zgc_rules::fact::{InputError, Profile};
use zgc_rules::{evaluate as engine_evaluate, Date};

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsValue> {
    crate::persist::to_js(v).map_err(|e| JsValue::from_str(&e.to_string()))
}

fn read_profile(profile: JsValue) -> Result<(Profile, Vec<InputError>), JsValue> {
    if profile.is_undefined() || profile.is_null() {
        return Ok((Profile::new(), Vec::new()));
    }
    let raw = crate::persist::profile_map(&profile).map_err(|e| {
        JsValue::from_str(&format!(
            "profile must be an object {{fact_id: value}}: {e}"
        ))
    })?;
    Ok(crate::persist::profile_from(&raw))
}

fn read_date(date: Option<String>) -> Result<Date, JsValue> {
    match date {
        Some(s) if !s.trim().is_empty() => Date::parse(&s).map_err(|e| JsValue::from_str(&e)),
        _ => Ok(crate::browser::today()),
    }
}

#[derive(Serialize)]
struct Evaluated<'a> {
    #[serde(flatten)]
    assessment: &'a Assessment,
    /// Answers that were not taken, with the reason; the others were used.
    input_errors: Vec<InputError>,
}

/// Evaluates all 59 measures. `profile`: `{fact_id: value}` (the CLI's profile JSON); `date`:
/// `"YYYY-MM-DD"`, default today. Returns the assessment plus `input_errors`.
#[wasm_bindgen]
pub fn evaluate(profile: JsValue, date: Option<String>) -> Result<JsValue, JsValue> {
    let (p, input_errors) = read_profile(profile)?;
    let a = engine_evaluate(&p, read_date(date)?);
    to_js(&Evaluated {
        assessment: &a,
        input_errors,
    })
}

/// The unanswered facts that could still change a verdict, best first.
#[wasm_bindgen]
pub fn questions(profile: JsValue, date: Option<String>) -> Result<JsValue, JsValue> {
    let (p, _) = read_profile(profile)?;
    let a = engine_evaluate(&p, read_date(date)?);
    to_js(&questions_for(&a, &p))
}

/// The catalog of the 59 measures, with the verbatim Chinese articles and English.
#[wasm_bindgen]
pub fn measures() -> Result<JsValue, JsValue> {
    to_js(&zgc_rules::catalog())
}

/// Every fact a measure can ask about: id, label, kind (with options), topic, question, help.
#[wasm_bindgen]
pub fn facts() -> Result<JsValue, JsValue> {
    to_js(zgc_rules::facts())
}

/// Loads the English texts of the rules: the file `en.txt` served beside the app (written by
/// `scripts/en-pack.py`). They are not in the wasm, so until then every `en` the functions above
/// return is the Chinese. Returns how many texts it holds; a second call keeps the first.
#[wasm_bindgen(js_name = loadEnglish)]
pub fn load_english(texts: &str) -> Result<u32, JsValue> {
    zgc_rules::text::load_english(texts).map_err(|e| JsValue::from_str(&e))
}
