//! One `check` helper for every measure test: a profile as (fact id, answer) pairs, an
//! assessment date, and what to expect. Answers are written as a user would type them.
#![allow(dead_code)]

use rust_decimal::Decimal;
use zgc_rules::{evaluate, Date, MeasureResult, Profile, RawValue, Status};

pub const DATE: &str = "2026-06-30";

/// A profile from (fact id, answer) pairs; panics on an answer the engine refuses, so a typo in
/// a test shows at once.
pub fn profile(pairs: &[(&str, &str)]) -> Profile {
    let mut p = Profile::new();
    for (k, v) in pairs {
        p.set_raw(k, &RawValue::Text((*v).to_owned()))
            .unwrap_or_else(|e| panic!("bad test answer {k}={v}: {e}"));
    }
    p
}

/// `base` with some answers replaced (an empty answer removes it: unknown).
pub fn with<'a>(
    base: &[(&'a str, &'a str)],
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = base
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .copied()
        .collect();
    v.extend(changes.iter().filter(|(_, a)| !a.is_empty()).copied());
    v
}

/// `base` without some answers (they become unknown).
pub fn without<'a>(base: &[(&'a str, &'a str)], drop: &[&str]) -> Vec<(&'a str, &'a str)> {
    base.iter()
        .filter(|(k, _)| !drop.contains(k))
        .copied()
        .collect()
}

pub fn result(pairs: &[(&str, &str)], id: &str) -> MeasureResult {
    result_on(pairs, DATE, id)
}

pub fn result_on(pairs: &[(&str, &str)], date: &str, id: &str) -> MeasureResult {
    let a = evaluate(&profile(pairs), Date::parse(date).unwrap());
    a.get(id)
        .unwrap_or_else(|| panic!("no measure {id}"))
        .clone()
}

pub fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Asserts the status and, when given, the "up to" amount (万元).
#[track_caller]
pub fn check(
    pairs: &[(&str, &str)],
    id: &str,
    status: Status,
    up_to: Option<&str>,
) -> MeasureResult {
    check_on(pairs, DATE, id, status, up_to)
}

#[track_caller]
pub fn check_on(
    pairs: &[(&str, &str)],
    date: &str,
    id: &str,
    status: Status,
    up_to: Option<&str>,
) -> MeasureResult {
    let r = result_on(pairs, date, id);
    assert_eq!(
        r.status, status,
        "{id}: status; failed: {:?}; deciding: {:?}",
        r.failed, r.deciding_facts
    );
    if let Some(want) = up_to {
        let got = r.amount.as_ref().and_then(|a| a.up_to);
        assert_eq!(
            got,
            Some(dec(want)),
            "{id}: amount; steps: {:?}",
            r.amount.as_ref().map(|a| &a.steps)
        );
    }
    r
}

/// Asserts the measure is ineligible and that a failed condition cites `cite_part`.
#[track_caller]
pub fn check_fails_on(pairs: &[(&str, &str)], id: &str, cite_part: &str) -> MeasureResult {
    let r = check(pairs, id, Status::Ineligible, None);
    assert!(
        r.failed
            .iter()
            .any(|f| f.cite.zh().contains(cite_part) || f.clause.zh().contains(cite_part)),
        "{id}: expected a failed condition citing {cite_part}, got {:?}",
        r.failed.iter().map(|f| f.cite.zh()).collect::<Vec<_>>()
    );
    r
}

/// Asserts the measure is undetermined and names `fact` among the answers that would decide it.
#[track_caller]
pub fn check_undetermined_by(pairs: &[(&str, &str)], id: &str, fact: &str) -> MeasureResult {
    let r = check(pairs, id, Status::Undetermined, None);
    assert!(
        r.deciding_facts.contains(&fact),
        "{id}: expected {fact} among {:?}",
        r.deciding_facts
    );
    r
}
