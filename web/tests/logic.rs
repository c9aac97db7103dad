//! The app's logic, tested in headless Chromium with wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown -p zgc-web` (runner set in .cargo/config.toml).
//!
//! * link codec: round trip, compactness, damaged links read as far as they go;
//! * typed numbers: `1,000`, `1000`, full-width digits; negative and malformed refused;
//! * saved state and profile JSON: lenient reading, the CLI's format;
//! * the reducer: answers, drafts that never lose input, skip, pages, back, restore, reset;
//! * CSV export.

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::Reducible;
use zgc_rules::fact::{Profile, RawValue, Value};
use zgc_rules::Date;
use zgc_web::codec::{decode, encode, split_hash, Problem, Shared};
use zgc_web::i18n::Lang;
use zgc_web::numinput::{read, Entry};
use zgc_web::persist;
use zgc_web::route::Route;
use zgc_web::state::{Action, Source, State};

wasm_bindgen_test_configure!(run_in_browser);

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn profile(pairs: &[(&str, &str)]) -> Profile {
    let mut p = Profile::new();
    for (k, v) in pairs {
        p.set_raw(k, &RawValue::Text((*v).to_owned())).unwrap();
    }
    p
}

const FIRM: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("founded_on", "2022-03-01"),
    ("industry_field", "ngit"),
    ("headcount_last_year", "40"),
    ("revenue_last_year", "1500"),
    ("rd_expense_last_year", "600"),
    ("rd_expense_year_before", "300"),
    ("received_5_5_in_last_3_years", "no"),
    ("competition_award", "none"),
];

// ---- link codec ---------------------------------------------------------------------------

#[wasm_bindgen_test]
fn link_round_trips_answers_skips_date_and_language() {
    let mut shared = Shared {
        profile: profile(FIRM),
        date: Some(date("2026-06-30")),
        lang: Some(Lang::En),
        ..Default::default()
    };
    shared.skipped.insert("zgc_high_tech".to_owned());
    let link = encode(&shared);
    assert!(link.starts_with("v1~d=2026-06-30~l=en~"), "{link}");
    assert!(
        link.contains("~national_high_tech=1"),
        "booleans as 1/0: {link}"
    );
    assert!(link.contains("~zgc_high_tech=%3F"), "skips as ?: {link}");
    let back = decode(&link);
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.shared, shared);
}

#[wasm_bindgen_test]
fn link_is_compact_and_safe_in_a_url() {
    let link = encode(&Shared {
        profile: profile(FIRM),
        ..Default::default()
    });
    assert!(link.len() < 400, "{} chars: {link}", link.len());
    assert!(
        link.chars()
            .all(|c| c.is_ascii_alphanumeric() || "~=._-%".contains(c)),
        "{link}"
    );
}

#[wasm_bindgen_test]
fn damaged_link_keeps_every_answer_it_can_read() {
    let d = decode("v1~applicant_kind=enterprise~revenue_last_year=-5~no_such_fact=1~junk~d=2026-02-30~l=fr~registered_in=zgc");
    assert_eq!(
        d.shared
            .profile
            .choice(zgc_rules::facts::by_id("applicant_kind").unwrap()),
        Some("enterprise")
    );
    assert_eq!(
        d.shared.profile.get_id("registered_in"),
        Some(&Value::Choice("zgc".into()))
    );
    assert_eq!(d.shared.profile.get_id("revenue_last_year"), None);
    assert_eq!(d.problems.len(), 5, "{:?}", d.problems);
    assert!(d
        .problems
        .iter()
        .any(|p| matches!(p, Problem::Malformed(s) if s == "junk")));
    assert!(d.problems.iter().any(|p| matches!(p, Problem::Date(_))));
    assert!(d.problems.iter().any(|p| matches!(p, Problem::Lang(_))));
    assert!(d
        .problems
        .iter()
        .all(|p| !p.message().zh.is_empty() && !p.message().en.is_empty()));
}

#[wasm_bindgen_test]
fn unknown_version_is_reported_and_still_read() {
    let d = decode("v7~applicant_kind=university");
    assert!(matches!(&d.problems[..], [Problem::Version(v)] if v == "v7"));
    assert!(d.shared.profile.get_id("applicant_kind").is_some());
    let d = decode("applicant_kind=university");
    assert_eq!(d.problems.len(), 1);
    assert!(d.shared.profile.get_id("applicant_kind").is_some());
    assert_eq!(decode(""), Default::default());
    // Garbage never panics.
    for junk in [
        "%",
        "%%%~~==",
        "v1~=~=~",
        "v1~%E4%B8=1",
        "~~~",
        "v1~revenue_last_year=%ZZ",
    ] {
        let _ = decode(junk);
    }
}

#[wasm_bindgen_test]
fn percent_encoded_values_are_read() {
    let d = decode("v1~revenue_last_year=1%2C500~founded_on=2022%2F03%2F01");
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(
        d.shared.profile.get_id("revenue_last_year"),
        Some(&Value::Number(1500.into()))
    );
    assert_eq!(
        d.shared.profile.get_id("founded_on"),
        Some(&Value::Date(date("2022-03-01")))
    );
}

#[wasm_bindgen_test]
fn hash_splits_into_route_and_answers() {
    assert_eq!(
        split_hash("#/results?v1~d=2026-06-30"),
        ("/results", Some("v1~d=2026-06-30"))
    );
    assert_eq!(split_hash("#/m/5.5"), ("/m/5.5", None));
    assert_eq!(split_hash(""), ("", None));
    assert_eq!(Route::parse("/m/5.5"), Route::Measure("5.5".into()));
    assert_eq!(Route::parse(""), Route::Start);
    assert_eq!(Route::parse("/results/"), Route::Results);
    assert_eq!(Route::parse("/nope"), Route::NotFound("/nope".into()));
    assert_eq!(Route::Measure("8.26".into()).href(), "#/m/8.26");
}

// ---- typed numbers --------------------------------------------------------------------------

#[wasm_bindgen_test]
fn numbers_are_read_as_people_type_them() {
    let revenue = zgc_rules::facts::by_id("revenue_last_year").unwrap();
    for typed in [
        "1000",
        "1,000",
        "１０００",
        "１，０００",
        " 1000 万元",
        "1 000",
    ] {
        assert_eq!(
            read(revenue, typed),
            Entry::Answer(Value::Number(1000.into())),
            "{typed}"
        );
    }
    assert_eq!(
        read(revenue, "12.5万"),
        Entry::Answer(Value::Number("12.5".parse().unwrap()))
    );
    assert_eq!(read(revenue, ""), Entry::Unknown);
    assert_eq!(read(revenue, "不确定"), Entry::Unknown);
    for bad in ["-5", "abc", "1.2.3", "12元"] {
        match read(revenue, bad) {
            Entry::Refused(m) => assert!(!m.zh.is_empty() && !m.en.is_empty()),
            other => panic!("{bad} should be refused, got {other:?}"),
        }
    }
    let headcount = zgc_rules::facts::by_id("headcount_last_year").unwrap();
    assert!(
        matches!(read(headcount, "2.5"), Entry::Refused(_)),
        "a count is whole"
    );
}

// ---- saved state and profile JSON -------------------------------------------------------------

#[wasm_bindgen_test]
fn saved_state_round_trips() {
    let mut shared = Shared {
        profile: profile(FIRM),
        date: Some(date("2026-06-30")),
        lang: Some(Lang::Zh),
        ..Default::default()
    };
    shared.skipped.insert("zgc_high_tech".into());
    let back = persist::from_json(&persist::to_json(&shared)).unwrap();
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.shared, shared);
}

#[wasm_bindgen_test]
fn damaged_storage_is_reported_not_fatal() {
    assert!(persist::from_json("{not json").is_err());
    assert!(persist::from_json("[1,2]").is_err());
    let d = persist::from_json(r#"{"v":1,"answers":{"applicant_kind":"enterprise","revenue_last_year":"-5","bogus":true},"skipped":["nope"]}"#).unwrap();
    assert!(d.shared.profile.get_id("applicant_kind").is_some());
    assert_eq!(d.problems.len(), 3, "{:?}", d.problems);
    // A value that is no answer at all is named with its JSON; the good answers beside it stay.
    let d = persist::from_json(r#"{"v":2,"lang":"fr","answers":{"headcount_last_year":[1,{"a":2}],"applicant_kind":"enterprise"},"skipped":[7]}"#).unwrap();
    assert!(d.shared.profile.get_id("applicant_kind").is_some());
    let texts: Vec<String> = d
        .problems
        .iter()
        .map(|p| p.message().zh.to_string())
        .collect();
    for expected in ["“2”", "fr", "headcount_last_year=[1,{\"a\":2}]", "“7”"] {
        assert!(
            texts.iter().any(|t| t.contains(expected)),
            "{expected} not in {texts:?}"
        );
    }
    assert_eq!(d.problems.len(), 4, "{texts:?}");
    let d = persist::from_json(r#"{"v":1,"answers":["applicant_kind"]}"#).unwrap();
    assert_eq!(d.problems.len(), 1, "{:?}", d.problems);
    assert!(
        d.problems[0]
            .message()
            .zh
            .contains("answers=[\"applicant_kind\"]"),
        "{:?}",
        d.problems
    );
    assert!(persist::from_json("null").is_err());
}

#[wasm_bindgen_test]
fn profile_json_is_the_clis_flat_object() {
    let p = profile(FIRM);
    let json = persist::export_profile(&p);
    assert!(
        json.starts_with("{\n  \"") && json.contains("\"national_high_tech\": true"),
        "pretty, two spaces: {json}"
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["revenue_last_year"], "1500");
    assert_eq!(v["national_high_tech"], true);
    assert_eq!(v["founded_on"], "2022-03-01");
    let back = persist::import_profile(&json).unwrap();
    assert!(back.problems.is_empty());
    assert_eq!(back.shared.profile, p);
    // JSON numbers and nulls, as a person might write the file by hand.
    let d = persist::import_profile(
        r#"{"revenue_last_year": 1500.5, "headcount_last_year": null, "zzz": 1}"#,
    )
    .unwrap();
    assert_eq!(
        d.shared.profile.get_id("revenue_last_year"),
        Some(&Value::Number("1500.5".parse().unwrap()))
    );
    assert_eq!(d.problems.len(), 1);
    // Numbers as the browser writes them: the shortest text that reads back the same.
    let d = persist::import_profile(
        r#"{"revenue_last_year": 0.1, "headcount_last_year": 12, "rd_expense_last_year": 1e3}"#,
    )
    .unwrap();
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(
        d.shared.profile.get_id("revenue_last_year"),
        Some(&Value::Number("0.1".parse().unwrap()))
    );
    assert_eq!(
        d.shared.profile.get_id("headcount_last_year"),
        Some(&Value::Number(12.into()))
    );
    assert_eq!(
        d.shared.profile.get_id("rd_expense_last_year"),
        Some(&Value::Number(1000.into()))
    );
    assert!(persist::import_profile("[]").is_err());
    assert!(persist::import_profile("null").is_err());
    let err = persist::import_profile("{\"revenue_last_year\": 15").unwrap_err();
    assert!(!err.is_empty(), "the browser's parse message is passed on");
}

// ---- the reducer --------------------------------------------------------------------------------

fn fresh() -> Rc<State> {
    Rc::new(State::new(date("2026-06-30"), Lang::Zh))
}

fn act(s: Rc<State>, a: Action) -> Rc<State> {
    s.reduce(a)
}

fn answer(s: Rc<State>, fact: &'static str, typed: &str) -> Rc<State> {
    act(
        s,
        Action::Answer {
            fact,
            typed: typed.to_owned(),
        },
    )
}

#[wasm_bindgen_test]
fn answers_update_the_assessment() {
    let mut s = fresh();
    for (k, v) in FIRM {
        let k: &'static str = zgc_rules::facts::by_id(k).unwrap().id;
        s = answer(s, k, v);
    }
    let r = s.assessment().get("5.5").unwrap();
    assert_eq!(r.status, zgc_rules::Status::Eligible, "{:?}", r.failed);
    assert_eq!(r.amount.as_ref().and_then(|a| a.up_to), Some(20.into()));
    let s = answer(s, "revenue_last_year", "3,000");
    assert_eq!(
        s.assessment().get("5.5").unwrap().status,
        zgc_rules::Status::Ineligible
    );
}

#[wasm_bindgen_test]
fn each_state_evaluates_its_own_answers_whenever_it_is_read() {
    // Evaluation is lazy: a state read only after later states exist must still show its own
    // answers, and a later state must never show an earlier evaluation.
    let mut s = fresh();
    for (k, v) in FIRM {
        let k: &'static str = zgc_rules::facts::by_id(k).unwrap().id;
        s = answer(s, k, v);
    }
    let before = s.clone();
    let over = answer(s, "revenue_last_year", "3,000");
    let moved = act(over.clone(), Action::SetLang(Lang::En));
    assert_eq!(
        moved.assessment().get("5.5").unwrap().status,
        zgc_rules::Status::Ineligible
    );
    assert_eq!(
        before.assessment().get("5.5").unwrap().status,
        zgc_rules::Status::Eligible
    );
    assert!(
        Rc::ptr_eq(over.assessment(), moved.assessment()),
        "a change of language does not evaluate again"
    );
    let date_moved = act(before.clone(), Action::SetDate("2030-01-01".into()));
    assert_eq!(date_moved.assessment().date, date("2030-01-01"));
    assert_eq!(before.assessment().date, fresh().assessment().date);
    let reset = act(over, Action::Reset);
    assert_eq!(
        reset.assessment().get("5.5").unwrap().status,
        zgc_rules::Status::Undetermined
    );
    assert_eq!(reset.answered(), 0);
}

#[wasm_bindgen_test]
fn an_answer_evaluates_again_only_what_it_can_change_and_gives_the_full_result() {
    // After each answer the state starts from the last assessment read (zgc_rules::reevaluate),
    // whether the states in between were read or not; the result is always what evaluating
    // everything gives.
    let mut s = fresh();
    let mut last_read = s.assessment().clone();
    for (i, (k, v)) in FIRM.iter().enumerate() {
        let k: &'static str = zgc_rules::facts::by_id(k).unwrap().id;
        s = answer(s, k, v);
        if i % 3 == 1 {
            continue; // this state is never read: the next one starts from the last read
        }
        let full = zgc_rules::evaluate(&s.profile, s.date);
        assert_eq!(
            serde_json::to_value(&**s.assessment()).unwrap(),
            serde_json::to_value(&full).unwrap(),
            "after {k}"
        );
        if k == "competition_award" {
            // Read by 5.5 only: every other result is the one evaluated before.
            let kept = s
                .assessment()
                .results
                .iter()
                .zip(&last_read.results)
                .filter(|(a, b)| std::sync::Arc::ptr_eq(a, b))
                .count();
            assert!(
                kept > 50,
                "only the measures reading {k} are evaluated again: kept {kept}"
            );
        }
        last_read = s.assessment().clone();
    }
    // A changed answer and an answer taken back, too.
    for (k, v) in [("revenue_last_year", "3,000"), ("revenue_last_year", "")] {
        s = answer(s, k, v);
        let full = zgc_rules::evaluate(&s.profile, s.date);
        assert_eq!(
            serde_json::to_value(&**s.assessment()).unwrap(),
            serde_json::to_value(&full).unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn refused_input_stays_in_the_field_and_is_not_taken() {
    let s = answer(fresh(), "revenue_last_year", "1500");
    let s = answer(s, "revenue_last_year", "-15");
    assert_eq!(s.typed("revenue_last_year"), "-15");
    assert!(s.errors.contains_key("revenue_last_year"));
    assert_eq!(s.profile.get_id("revenue_last_year"), None);
    let s = answer(s, "revenue_last_year", "１５００");
    assert!(!s.errors.contains_key("revenue_last_year"));
    assert_eq!(
        s.profile.get_id("revenue_last_year"),
        Some(&Value::Number(1500.into()))
    );
    assert_eq!(
        s.typed("revenue_last_year"),
        "１５００",
        "the field shows what was typed"
    );
}

#[wasm_bindgen_test]
fn pages_follow_the_ranking_one_topic_at_a_time_with_back() {
    let s = answer(fresh(), "applicant_kind", "enterprise");
    let s = act(s, Action::Start);
    let first = s.page.clone().expect("a first page");
    assert!(!first.facts.is_empty() && first.facts.len() <= zgc_web::state::PER_PAGE);
    let topics: Vec<_> = first
        .facts
        .iter()
        .map(|f| zgc_rules::facts::by_id(f).unwrap().topic)
        .collect();
    assert!(
        topics.iter().all(|t| *t == first.topic),
        "one topic per page"
    );
    let best = s.questions()[0].fact;
    assert!(
        first.facts.contains(&best),
        "the best-ranked question is on the first page"
    );
    // Next with nothing answered: the page's facts count as "I don't know" and are not asked again.
    let s = act(s, Action::Next);
    for f in &first.facts {
        assert!(s.skipped.contains(f));
        assert!(s.questions().iter().all(|q| q.fact != *f));
    }
    assert_ne!(s.page.as_ref(), Some(&first));
    let (answered, _) = s.progress();
    assert_eq!(answered as usize, 1 + first.facts.len());
    let s = act(s, Action::Back);
    assert_eq!(s.page.as_ref(), Some(&first));
    // Answering a skipped fact takes it out of the skipped set.
    let s = answer(s, first.facts[0], "no");
    let s = answer(s, first.facts[0], "yes");
    let _ = &s;
}

#[wasm_bindgen_test]
fn a_page_drops_the_questions_an_answer_made_moot() {
    let s = act(fresh(), Action::Start);
    let page = s.page.clone().unwrap();
    // Not registered in Beijing: every measure fails 第四条, so nothing else is worth asking.
    let s = if page.facts.contains(&"registered_in") {
        answer(s, "registered_in", "outside_beijing")
    } else {
        answer(
            answer(s, "applicant_kind", "enterprise"),
            "credit_blacklisted",
            "yes",
        )
    };
    let left = s.page.clone().unwrap();
    for f in &left.facts {
        assert!(
            s.profile.get_id(f).is_some() || s.questions().iter().any(|q| q.fact == *f),
            "{f} stays on the page though it decides nothing"
        );
    }
    assert!(
        left.facts.len() < page.facts.len(),
        "{:?} -> {:?}",
        page.facts,
        left.facts
    );
}

#[wasm_bindgen_test]
fn questions_end_when_nothing_can_change_a_verdict() {
    let mut s = act(fresh(), Action::Start);
    for _ in 0..200 {
        if s.finished {
            break;
        }
        s = act(s, Action::Next);
    }
    assert!(s.finished && s.page.is_none());
    assert!(s.questions().is_empty());
}

#[wasm_bindgen_test]
fn skip_unsets_and_remembers() {
    let s = answer(fresh(), "national_high_tech", "yes");
    let s = act(s, Action::Skip("national_high_tech"));
    assert_eq!(s.profile.get_id("national_high_tech"), None);
    assert!(s.skipped.contains("national_high_tech"));
    assert!(s.shared().skipped.contains("national_high_tech"));
}

#[wasm_bindgen_test]
fn restore_from_a_damaged_link_keeps_answers_and_says_so() {
    let d = decode("v1~d=2025-01-02~l=en~applicant_kind=enterprise~revenue_last_year=abc");
    let s = act(
        fresh(),
        Action::Restore {
            decoded: d,
            source: Source::Link,
        },
    );
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.date, date("2025-01-02"));
    assert_eq!(s.assessment().date, date("2025-01-02"));
    assert!(s.profile.get_id("applicant_kind").is_some());
    assert_eq!(s.notices.len(), 1);
    assert_eq!(s.notices[0].details.len(), 1);
}

#[wasm_bindgen_test]
fn dates_and_reset() {
    let s = act(fresh(), Action::SetDate("2024-02-30".into()));
    assert!(s.date_error.is_some());
    assert_eq!(
        s.date,
        date("2026-06-30"),
        "a bad date keeps the last good one"
    );
    let s = act(s, Action::SetDate("2025-12-31".into()));
    assert!(s.date_error.is_none());
    assert_eq!(s.assessment().date, date("2025-12-31"));
    let s = answer(s, "applicant_kind", "enterprise");
    let s = act(s, Action::SetLang(Lang::En));
    let r = s.revision;
    let s = act(s, Action::Reset);
    assert!(s.profile.is_empty() && s.skipped.is_empty());
    assert_eq!(s.lang, Lang::En, "start over keeps the language");
    assert_eq!(s.date, date("2026-06-30"), "start over returns to today");
    assert!(
        s.revision >= r,
        "revision never goes back (re-render checks)"
    );
}

// ---- CSV ----------------------------------------------------------------------------------------

#[wasm_bindgen_test]
fn csv_has_a_row_per_measure_with_exact_amounts() {
    let a = zgc_rules::evaluate(&profile(FIRM), date("2026-06-30"));
    let csv = zgc_web::export::results_csv(&a, Lang::En);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + a.results.len());
    assert!(lines[0].starts_with("\u{feff}measure,document"));
    let row = lines.iter().find(|l| l.starts_with("5.5,")).unwrap();
    assert!(row.contains(",eligible,"), "{row}");
    assert!(row.contains(",20,"), "{row}");
    // A quote or comma inside a field is escaped.
    let zh = zgc_web::export::results_csv(&a, Lang::Zh);
    assert!(zh.lines().all(|l| !l.contains("\"\"\"")));
}

// ---- the JS API ---------------------------------------------------------------------------------

#[wasm_bindgen_test]
fn js_api_evaluates_a_plain_object() {
    let obj = js_sys::Object::new();
    for (k, v) in FIRM {
        let _ = js_sys::Reflect::set(&obj, &(*k).into(), &(*v).into());
    }
    let _ = js_sys::Reflect::set(&obj, &"headcount_last_year".into(), &40.into());
    let _ = js_sys::Reflect::set(&obj, &"nope".into(), &1.into());
    let out = zgc_web::api::evaluate(obj.into(), Some("2026-06-30".into())).unwrap();
    let json = js_sys::JSON::stringify(&out).unwrap().as_string().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["date"], "2026-06-30");
    assert_eq!(v["input_errors"].as_array().unwrap().len(), 1);
    let r55 = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "5.5")
        .unwrap();
    assert_eq!(r55["status"], "eligible");
    assert_eq!(r55["amount"]["up_to"], "20", "decimals cross as strings");
    let m = zgc_web::api::measures().unwrap();
    assert!(js_sys::Array::is_array(&m));
    let f = zgc_web::api::facts().unwrap();
    assert!(js_sys::Array::from(&f).length() > 10);
    assert!(zgc_web::api::evaluate(js_sys::JsString::from("nope").into(), None).is_err());
    // A value that is no answer at all is refused with its key named.
    let nested =
        js_sys::JSON::parse(r#"{"applicant_kind":"enterprise","headcount_last_year":[40]}"#)
            .unwrap();
    let err = zgc_web::api::evaluate(nested, None)
        .unwrap_err()
        .as_string()
        .unwrap();
    assert!(err.contains("headcount_last_year"), "{err}");
}

#[wasm_bindgen_test]
fn catalog_search_ignores_ascii_case_and_matches_chinese_exactly() {
    use zgc_web::i18n::contains_ignoring_ascii_case as has;
    assert!(has("Support for Key Technology", "key tech"));
    assert!(has("support for key technology", "KEY TECH"));
    assert!(!has("support for key technology", "key  tech"));
    assert!(has("新纳入“小升规”培育清单", "小升规"));
    assert!(!has("新纳入培育清单", "小升规"));
    // A Chinese query never matches across a character boundary of other Chinese text.
    assert!(!has("规划", "\u{89c4}\u{5212}\u{89c4}"));
    assert!(has("anything", ""));
    assert!(!has("", "a"));
}
