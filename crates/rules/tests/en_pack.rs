//! The English pack (scripts/en-pack.py, read by the web app's English on demand) holds the
//! English of every text the rules can show, under the key the compiler gives it: checked here
//! against the texts themselves, built with both languages; and, built as the web app is
//! (`--features english-on-demand`), the texts find their English in it.
// The walk over every text serves the first build only.
#![cfg_attr(feature = "english-on-demand", allow(unused))]

use std::collections::HashMap;
use zgc_rules::amount::Amount;
use zgc_rules::condition::{Check, Condition, Node, Test};
use zgc_rules::fact::Kind;
use zgc_rules::text::{pack_key, T};
use zgc_rules::{evaluate, facts, measures, Date, Profile, RawValue};

/// What scripts/en-pack.py writes.
fn pack_text() -> String {
    let out = std::process::Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scripts/en-pack.py"
        ))
        .output()
        .expect("python3 runs scripts/en-pack.py");
    assert!(
        out.status.success(),
        "en-pack.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn pack() -> HashMap<u64, String> {
    let text = pack_text();
    let mut map = HashMap::new();
    let mut last = None;
    for line in text.lines() {
        let (k, en) = line.split_once('\t').expect("key, tab, text");
        let k = u64::from_str_radix(k, 16).expect("hex key");
        assert!(last < Some(k), "sorted by key, each once");
        last = Some(k);
        map.insert(k, en.replace("\\n", "\n").replace("\\\\", "\\"));
    }
    map
}

fn condition(c: &Condition, out: &mut Vec<T>) {
    match c {
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| condition(c, out)),
        Condition::Not(c) => condition(c, out),
        Condition::Leaf(l) => {
            out.extend([l.cite, l.clause]);
            out.extend(l.reading);
            match l.test {
                Test::Diff { label, .. } => out.push(label),
                Test::Custom { what, .. } => out.push(what),
                _ => {}
            }
        }
    }
}

fn amount(a: &Amount, out: &mut Vec<T>) {
    match a {
        Amount::NonCash(t) => out.push(*t),
        Amount::ByChoice { options, .. } => out.extend(options.iter().map(|o| o.2)),
        Amount::Min(parts) | Amount::Sum { parts, .. } => parts.iter().for_each(|p| amount(p, out)),
        Amount::Schedule { years, limit, .. } => {
            out.extend(years.iter().map(|y| y.note));
            if let Some(l) = limit {
                amount(l, out);
            }
        }
        Amount::Equity(inner) => amount(inner, out),
        _ => {}
    }
}

fn check(c: &Check, out: &mut Vec<T>) {
    match &c.node {
        Node::Leaf(l) => {
            out.extend([l.cite, l.clause]);
            out.extend(l.reading);
        }
        Node::All { children } | Node::Any { children } => {
            children.iter().for_each(|k| check(k, out))
        }
        Node::Not { child } => check(child, out),
    }
}

/// Built with both languages: every text's English is in the pack under its key.
#[cfg(not(feature = "english-on-demand"))]
#[test]
fn the_english_pack_holds_every_text_the_rules_show() {
    let pack = pack();
    let mut texts: Vec<T> = vec![zgc_rules::TEXT_VERSION];
    for f in facts() {
        texts.extend([f.label, f.question, f.help, f.topic.title(), f.kind.unit()]);
        if let Kind::Choice(opts) = f.kind {
            texts.extend(opts.iter().map(|o| o.label));
        }
    }
    for m in measures() {
        texts.extend([
            m.article,
            m.title,
            m.content,
            m.conditions_text,
            m.amount_text,
        ]);
        texts.extend([
            m.doc.title,
            m.doc.blacklist_article,
            m.doc.double_funding_article,
        ]);
        texts.extend(m.readings.iter().copied());
        texts.extend(m.notice);
        texts.extend(m.methods.iter().map(|x| x.label()));
        if let Some((_, t)) = m.once_in_3_years {
            texts.push(t);
        }
        condition(&m.doc.who, &mut texts);
        m.cross_rules.iter().for_each(|c| condition(c, &mut texts));
        for r in m.routes {
            texts.extend([r.title, r.amount_cite, r.amount_clause]);
            condition(&r.conditions, &mut texts);
            amount(&r.amount, &mut texts);
        }
    }
    // What evaluation adds (the rules across measures, the totals' notes), for a few companies.
    let date = Date::new(2026, 6, 30).unwrap();
    let mut firm = Profile::new();
    for (k, v) in [
        ("applicant_kind", "enterprise"),
        ("registered_in", "zgc"),
        ("credit_blacklisted", "no"),
    ] {
        firm.set_raw(k, &RawValue::Text(v.into())).unwrap();
    }
    for p in [Profile::new(), firm] {
        let a = evaluate(&p, date);
        texts.extend(a.summary.notes.iter().copied());
        for r in &a.results {
            check(&r.gate, &mut texts);
            for route in &r.routes {
                check(&route.conditions, &mut texts);
            }
        }
    }
    assert!(texts.len() > 2000, "{} texts", texts.len());
    let mut missing = Vec::new();
    for t in texts {
        match pack.get(&pack_key(t.zh(), t.en())) {
            Some(en) if en == t.en() => {}
            other => missing.push(format!("{:?} -> {:?}", t, other)),
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts not in the pack as they are:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// Built as the web app is (`--features english-on-demand`): the Chinese until the pack is
/// loaded, then the English, including for texts whose Chinese has several renderings.
#[cfg(feature = "english-on-demand")]
#[test]
fn english_on_demand_gives_the_chinese_then_the_english() {
    use zgc_rules::measure::Method;
    let version = zgc_rules::TEXT_VERSION;
    assert!(!zgc_rules::text::english_loaded());
    assert_eq!(version.en(), version.zh(), "before loading, the Chinese");
    let n = zgc_rules::text::load_english(&pack_text()).unwrap();
    assert!(n > 2000, "{n} texts");
    assert!(zgc_rules::text::english_loaded());
    assert_eq!(
        version.en(),
        "京科发〔2022〕5–9号 (issued June 2022, trial version)"
    );
    assert_eq!(Method::PreSubsidy.label().en(), "advance subsidy");
    // "知识产权" is rendered two ways: as a topic's title and as a service field.
    let ip_topic = zgc_rules::fact::Topic::Ip.title();
    assert_eq!(
        (ip_topic.zh(), ip_topic.en()),
        ("知识产权", "Intellectual property")
    );
    let field = facts()
        .iter()
        .find(|f| f.id == "tech_service_field")
        .unwrap();
    let Kind::Choice(opts) = field.kind else {
        panic!("a choice")
    };
    let ip = opts.iter().find(|o| o.id == "ip").unwrap().label;
    assert_eq!((ip.zh(), ip.en()), ("知识产权", "intellectual property"));
    assert!(
        ip != ip_topic,
        "two renderings of one Chinese text are two texts"
    );
    assert!(zgc_rules::text::load_english("zzz\tno key").is_err());
}
