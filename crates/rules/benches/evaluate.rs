//! How long evaluating all 59 measures takes, for a full profile and an empty one.
//! Run: `cargo bench -p zgc-rules`. Figures go in the README.

use zgc_rules::{evaluate, next_questions, Date, Profile, RawValue};

fn main() {
    divan::main();
}

fn date() -> Date {
    Date::new(2026, 6, 30).unwrap()
}

/// Every fact answered: a realistic company plus a plausible answer for everything else.
pub fn full_profile() -> Profile {
    let mut p = Profile::new();
    for f in zgc_rules::facts() {
        let v = match f.kind {
            zgc_rules::Kind::Bool => "yes".to_owned(),
            zgc_rules::Kind::Choice(opts) => opts[0].id.to_owned(),
            zgc_rules::Kind::Date => "2023-03-01".to_owned(),
            zgc_rules::Kind::Percent => "60".to_owned(),
            _ => "1200".to_owned(),
        };
        let _ = p.set_raw(f.id, &RawValue::Text(v));
    }
    let _ = p.set_raw("credit_blacklisted", &RawValue::Bool(false));
    let _ = p.set_raw("same_content_funded", &RawValue::Bool(false));
    p
}

#[divan::bench]
fn evaluate_full_profile(b: divan::Bencher) {
    let p = full_profile();
    b.bench(|| evaluate(divan::black_box(&p), date()));
}

#[divan::bench]
fn evaluate_empty_profile(b: divan::Bencher) {
    let p = Profile::new();
    b.bench(|| evaluate(divan::black_box(&p), date()));
}

#[divan::bench]
fn next_questions_empty_profile(b: divan::Bencher) {
    let p = Profile::new();
    b.bench(|| next_questions(divan::black_box(&p), date()));
}

/// The web app after one answer: an enterprise in Zhongguancun answers how large it is (4 of 59
/// measures read it); the engine starts from the assessment before (`reevaluate`).
#[divan::bench]
fn reevaluate_after_one_answer(b: divan::Bencher) {
    let mut before = Profile::new();
    let _ = before.set_raw("applicant_kind", &RawValue::Text("enterprise".into()));
    let _ = before.set_raw("registered_in", &RawValue::Text("zgc".into()));
    let mut after = before.clone();
    let _ = after.set_raw("enterprise_size", &RawValue::Text("small".into()));
    let a = zgc_rules::evaluate_tracked(&before, date());
    b.bench(|| {
        zgc_rules::reevaluate(
            divan::black_box(&a),
            divan::black_box(&before),
            divan::black_box(&after),
            date(),
        )
    });
}

/// The same answer, everything evaluated again (what the web app did before `reevaluate`).
#[divan::bench]
fn evaluate_after_one_answer(b: divan::Bencher) {
    let mut after = Profile::new();
    let _ = after.set_raw("applicant_kind", &RawValue::Text("enterprise".into()));
    let _ = after.set_raw("registered_in", &RawValue::Text("zgc".into()));
    let _ = after.set_raw("enterprise_size", &RawValue::Text("small".into()));
    b.bench(|| evaluate(divan::black_box(&after), date()));
}
