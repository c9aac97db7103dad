//! Properties that hold for every measure and any profile: amounts never exceed their caps,
//! amounts never fall when their base rises, the blacklist excludes everything, and every
//! verdict explains itself.

use proptest::prelude::*;
use rust_decimal::Decimal;
use zgc_rules::amount::Amount;
use zgc_rules::fact::{Fact, Kind, Value};
use zgc_rules::{evaluate, facts, measures, Date, Profile, Status};

/// A value of the fact's kind from two random numbers.
fn value_for(f: &Fact, a: u32, b: u32) -> Value {
    match f.kind {
        Kind::Bool => Value::Bool(a.is_multiple_of(2)),
        Kind::Choice(opts) => Value::Choice(opts[(a as usize) % opts.len()].id.to_owned()),
        // Amounts from 0 to 200,000 万元 with two decimals, biased towards thresholds' scale.
        Kind::Amount => {
            let scale = [100u32, 1_000, 10_000, 200_000][(b % 4) as usize];
            Value::Number(Decimal::new(i64::from(a % (scale * 100)), 2))
        }
        Kind::Count => Value::Number(Decimal::from(a % [10u32, 100, 1000][(b % 3) as usize])),
        Kind::Percent => Value::Number(Decimal::new(i64::from(a % 10_001), 2)),
        Kind::Area => Value::Number(Decimal::from(a % 60_000)),
        Kind::Date => {
            let d = Date::new(1995, 1, 1).unwrap();
            Date::from_days_since_epoch(d.days_since_epoch() + i64::from(a % 12_000))
                .map_or(Value::Bool(true), Value::Date)
        }
    }
}

fn profile_from(seeds: &[(bool, u32, u32)]) -> Profile {
    let mut p = Profile::new();
    for (f, &(known, a, b)) in facts().iter().zip(seeds) {
        if known {
            let v = value_for(f, a, b);
            let _ = p.set(f, v);
        }
    }
    p
}

fn date_from(n: u32) -> Date {
    let start = Date::new(2022, 6, 1).unwrap();
    Date::from_days_since_epoch(start.days_since_epoch() + i64::from(n % 3000)).unwrap()
}

fn seeds() -> impl Strategy<Value = Vec<(bool, u32, u32)>> {
    prop::collection::vec(
        (prop::bool::weighted(0.8), any::<u32>(), any::<u32>()),
        facts().len(),
    )
}

/// The facts an amount rises with: bases of rates, tiers and per-item counts, wherever they sit
/// inside minimums, sums and schedules (all monotone combinations).
fn rising_bases(a: &Amount, out: &mut Vec<&'static Fact>) {
    match a {
        Amount::Rate { base, .. } | Amount::Tiers { base, .. } => out.push(base),
        Amount::PerItem { count, .. } => out.push(count),
        Amount::Min(parts) | Amount::Sum { parts, .. } => {
            parts.iter().for_each(|p| rising_bases(p, out))
        }
        Amount::Schedule { limit: Some(l), .. } => rising_bases(l, out),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_amount_exceeds_its_cap(s in seeds(), d in any::<u32>()) {
        let a = evaluate(&profile_from(&s), date_from(d));
        for (r, m) in a.results.iter().zip(measures()) {
            for (route, rr) in m.routes.iter().zip(&r.routes) {
                if let (Some(cap), Some(v)) = (route.amount.ceiling(), rr.amount.up_to) {
                    prop_assert!(v <= cap, "{}: {} > cap {}", rr.id, v, cap);
                }
                if let Some(v) = rr.amount.up_to {
                    prop_assert!(v >= Decimal::ZERO, "{}: negative amount {}", rr.id, v);
                }
            }
        }
    }

    #[test]
    fn amounts_never_fall_when_their_base_rises(s in seeds(), d in any::<u32>(), bump in 1u32..1_000_000) {
        let p = profile_from(&s);
        let date = date_from(d);
        let before = evaluate(&p, date);
        for (m, r) in measures().iter().zip(&before.results) {
            for (route, rr) in m.routes.iter().zip(&r.routes) {
                let mut bases = Vec::new();
                rising_bases(&route.amount, &mut bases);
                for f in bases {
                    let Some(v) = p.number(f) else { continue };
                    let mut q = p.clone();
                    let _ = q.set(f, Value::Number(v + Decimal::new(i64::from(bump), 2)));
                    let after = evaluate(&q, date);
                    let ar = after.get(m.id).unwrap().routes.iter().find(|x| x.id == rr.id).unwrap();
                    if let (Some(x), Some(y)) = (rr.amount.up_to, ar.amount.up_to) {
                        prop_assert!(y >= x, "{}: raising {} lowered the amount {} → {}", rr.id, f.id, x, y);
                    }
                }
            }
        }
    }

    #[test]
    fn the_blacklist_excludes_everything(s in seeds(), d in any::<u32>()) {
        let mut p = profile_from(&s);
        p.set(&zgc_rules::facts::CREDIT_BLACKLISTED, Value::Bool(true)).unwrap();
        let a = evaluate(&p, date_from(d));
        for r in &a.results {
            prop_assert_eq!(r.status, Status::Ineligible, "{} is not excluded", r.id);
            prop_assert!(r.failed.iter().any(|f| f.test.en.contains("credit")), "{} does not name the blacklist", r.id);
        }
        prop_assert!(a.summary.eligible_up_to.is_zero());
    }

    #[test]
    fn every_verdict_explains_itself(s in seeds(), d in any::<u32>()) {
        let a = evaluate(&profile_from(&s), date_from(d));
        for r in &a.results {
            match r.status {
                Status::Ineligible => prop_assert!(!r.failed.is_empty(), "{} ineligible without a reason", r.id),
                Status::Undetermined => prop_assert!(!r.deciding_facts.is_empty(), "{} undetermined without a deciding fact", r.id),
                Status::Eligible => prop_assert!(r.amount.is_some(), "{} eligible without an amount", r.id),
            }
        }
    }

    #[test]
    fn next_questions_only_asks_unanswered_facts(s in seeds(), d in any::<u32>()) {
        let p = profile_from(&s);
        let a = evaluate(&p, date_from(d));
        let qs = zgc_rules::engine::questions_for(&a, &p);
        for q in &qs {
            prop_assert!(p.get_id(q.fact).is_none(), "asks {} again", q.fact);
            prop_assert!(!q.decides.is_empty() || !q.refines.is_empty());
            // A fact that can rule a measure out is one that decides it.
            for m in &q.rules_out {
                prop_assert!(q.decides.contains(m), "{} rules out {} without deciding it", q.fact, m);
            }
        }
        // Questions that can rule more measures out come first, then those that decide more,
        // then those that refine more amounts, then by topic, then in the registry's order.
        let rank = |q: &zgc_rules::Question| {
            (
                std::cmp::Reverse(q.rules_out.len()),
                std::cmp::Reverse(q.decides.len()),
                std::cmp::Reverse(q.refines.len()),
                q.topic,
                zgc_rules::facts::index_of(q.fact),
            )
        };
        for w in qs.windows(2) {
            prop_assert!(rank(&w[0]) < rank(&w[1]), "{} is ranked before {}", w[0].fact, w[1].fact);
        }
    }
}

#[test]
fn an_empty_profile_leaves_nothing_ineligible_and_asks_the_applicant_kind_first() {
    let p = Profile::new();
    let date = Date::new(2026, 6, 30).unwrap();
    let a = evaluate(&p, date);
    assert!(
        a.results.iter().all(|r| r.status == Status::Undetermined),
        "an empty profile decides nothing"
    );
    let qs = zgc_rules::next_questions(&p, date);
    assert_eq!(qs.first().map(|q| q.fact), Some("applicant_kind"));
    assert_eq!(
        qs[0].rules_out.len(),
        59,
        "the applicant kind can rule out every measure"
    );
}

#[test]
fn rules_out_only_what_a_single_answer_can_settle() {
    // An enterprise in the zone with high-tech status. The blacklist answer alone can settle 5.5;
    // the headcount cannot, since 5.5's competition route does not ask it; the list entry alone
    // can settle 5.7.
    let mut p = Profile::new();
    for (k, v) in [
        ("applicant_kind", "enterprise"),
        ("registered_in", "zgc"),
        ("national_high_tech", "yes"),
    ] {
        p.set_raw(k, &zgc_rules::RawValue::Text(v.into())).unwrap();
    }
    let qs = zgc_rules::next_questions(&p, Date::new(2026, 6, 30).unwrap());
    let q = |id: &str| {
        qs.iter()
            .find(|q| q.fact == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    };
    assert!(
        q("credit_blacklisted").rules_out.contains(&"5.5"),
        "the blacklist settles 5.5 alone"
    );
    assert!(
        !q("headcount_last_year").rules_out.contains(&"5.5"),
        "5.5's competition route needs no headcount"
    );
    assert!(q("headcount_last_year").decides.contains(&"5.5"));
    assert!(q("on_scale_up_list").rules_out.contains(&"5.7"));
}

/// The deciding leaves as first written: each alternative of an `any` collected into a list of
/// its own, then kept or dropped. `Check::deciding_leaves` now decides without those lists; it
/// must give the same leaves in the same order.
fn deciding_reference(
    c: &zgc_rules::condition::Check,
) -> Vec<(&zgc_rules::condition::LeafCheck, bool)> {
    use zgc_rules::condition::{Check, LeafCheck, Node, Outcome};
    fn go<'a>(c: &'a Check, want: Outcome, negated: bool, out: &mut Vec<(&'a LeafCheck, bool)>) {
        if c.outcome != want {
            return;
        }
        match &c.node {
            Node::Leaf(l) => out.push((l, negated)),
            Node::All { children } => children.iter().for_each(|k| go(k, want, negated, out)),
            Node::Any { children } => {
                let per_child: Vec<Vec<(&LeafCheck, bool)>> = children
                    .iter()
                    .map(|k| {
                        let mut v = Vec::new();
                        go(k, want, negated, &mut v);
                        v
                    })
                    .collect();
                let plain = |v: &Vec<(&LeafCheck, bool)>| v.iter().any(|(_, n)| *n == negated);
                let any_plain = want == Outcome::Failed && per_child.iter().any(plain);
                for v in per_child {
                    if !any_plain || plain(&v) {
                        out.extend(v);
                    }
                }
            }
            Node::Not { child } => {
                let inner = match want {
                    Outcome::Failed => Outcome::Met,
                    Outcome::Met => Outcome::Failed,
                    o => o,
                };
                go(child, inner, !negated, out);
            }
        }
    }
    let mut out = Vec::new();
    go(c, c.outcome, false, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn deciding_leaves_are_those_of_the_first_implementation(s in seeds(), d in any::<u32>()) {
        let p = profile_from(&s);
        let a = evaluate(&p, date_from(d));
        for r in &a.results {
            for c in std::iter::once(&r.gate).chain(r.routes.iter().map(|x| &x.conditions)) {
                let got: Vec<_> = c.deciding_leaves().into_iter().map(|(l, n)| (l as *const _, n)).collect();
                let want: Vec<_> = deciding_reference(c).into_iter().map(|(l, n)| (l as *const _, n)).collect();
                prop_assert_eq!(got, want, "{}", r.id);
            }
        }
    }
}

/// `after` with up to four answers changed, dropped or added, from the seeds in `changes`.
fn changed(before: &Profile, changes: &[(u32, u8, u32, u32)]) -> Profile {
    let mut p = before.clone();
    for &(which, how, a, b) in changes {
        let f = facts()[(which as usize) % facts().len()];
        if how % 3 == 0 {
            p.unset(f.id);
        } else {
            let _ = p.set(f, value_for(f, a, b));
        }
    }
    p
}

fn as_json(a: &zgc_rules::Assessment) -> serde_json::Value {
    serde_json::to_value(a).expect("an assessment serialises")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    /// The web app's path after an answer: starting from the assessment of the answers before,
    /// re-evaluating only the measures that read a changed answer gives exactly what evaluating
    /// everything gives, twice in a row.
    #[test]
    fn reevaluate_equals_evaluate(
        s in seeds(),
        d in any::<u32>(),
        first in prop::collection::vec((any::<u32>(), any::<u8>(), any::<u32>(), any::<u32>()), 1..5),
        second in prop::collection::vec((any::<u32>(), any::<u8>(), any::<u32>(), any::<u32>()), 1..5),
    ) {
        let date = date_from(d);
        let p0 = profile_from(&s);
        let p1 = changed(&p0, &first);
        let p2 = changed(&p1, &second);
        let a0 = zgc_rules::evaluate_tracked(&p0, date);
        prop_assert_eq!(as_json(&a0), as_json(&evaluate(&p0, date)));
        let a1 = zgc_rules::reevaluate(&a0, &p0, &p1, date);
        prop_assert_eq!(as_json(&a1), as_json(&evaluate(&p1, date)));
        let a2 = zgc_rules::reevaluate(&a1, &p1, &p2, date);
        prop_assert_eq!(as_json(&a2), as_json(&evaluate(&p2, date)));
    }
}

/// One answer re-evaluates only the measures that read it: a fact only doc 5's 5.5 asks keeps
/// the other results as they were (the same values, not copies); one every measure reads (the
/// credit blacklist) evaluates them all again. Another date evaluates everything.
#[test]
fn reevaluate_keeps_the_results_an_answer_cannot_change() {
    use std::sync::Arc;
    let date = Date::new(2026, 6, 30).unwrap();
    let mut p0 = Profile::new();
    let kind = zgc_rules::facts::by_id("applicant_kind").unwrap();
    p0.set(kind, Value::Choice("enterprise".into())).unwrap();
    let a0 = zgc_rules::evaluate_tracked(&p0, date);
    let kept = |a: &zgc_rules::Assessment| {
        a.results
            .iter()
            .zip(&a0.results)
            .filter(|(x, y)| Arc::ptr_eq(x, y))
            .map(|(x, _)| x.id)
            .collect::<Vec<_>>()
    };

    let mut p1 = p0.clone();
    let only_5_5 = zgc_rules::facts::by_id("received_5_5_in_last_3_years").unwrap();
    p1.set(only_5_5, Value::Bool(true)).unwrap();
    let a1 = zgc_rules::reevaluate(&a0, &p0, &p1, date);
    let k = kept(&a1);
    assert!(
        !k.contains(&"5.5"),
        "5.5 reads the answer and is evaluated again"
    );
    assert_eq!(
        k.len(),
        a0.results.len() - 1,
        "every other result is kept: {k:?}"
    );
    assert_eq!(a1.get("5.5").unwrap().status, Status::Ineligible);

    let mut p2 = p0.clone();
    let blacklist = zgc_rules::facts::by_id("credit_blacklisted").unwrap();
    p2.set(blacklist, Value::Bool(true)).unwrap();
    let a2 = zgc_rules::reevaluate(&a0, &p0, &p2, date);
    assert!(kept(&a2).is_empty());
    assert!(a2.results.iter().all(|r| r.status == Status::Ineligible));

    let a3 = zgc_rules::reevaluate(&a0, &p0, &p0, Date::new(2026, 7, 1).unwrap());
    assert!(kept(&a3).is_empty());
    assert_eq!(
        kept(&zgc_rules::reevaluate(&a0, &p0, &p0, date)).len(),
        a0.results.len()
    );
    // From an untracked assessment: everything, and the same.
    let plain = evaluate(&p0, date);
    let a4 = zgc_rules::reevaluate(&plain, &p0, &p1, date);
    assert!(a4
        .results
        .iter()
        .zip(&plain.results)
        .all(|(x, y)| !Arc::ptr_eq(x, y)));
    assert_eq!(as_json(&a4), as_json(&a1));
}
