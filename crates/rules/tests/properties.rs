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
