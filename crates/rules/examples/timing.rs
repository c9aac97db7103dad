//! Evaluates a full profile N times (argument, default 2,000): for profiling with callgrind or
//! perf. The README's figures come from `cargo bench`.
fn main() {
    let mut p = zgc_rules::Profile::new();
    for f in zgc_rules::facts() {
        let v = match f.kind {
            zgc_rules::Kind::Bool => "yes".to_owned(),
            zgc_rules::Kind::Choice(opts) => opts.first().map_or("", |o| o.id).to_owned(),
            zgc_rules::Kind::Date => "2023-03-01".to_owned(),
            zgc_rules::Kind::Percent => "60".to_owned(),
            _ => "1200".to_owned(),
        };
        let _ = p.set_raw(f.id, &zgc_rules::RawValue::Text(v));
    }
    let _ = p.set_raw("credit_blacklisted", &zgc_rules::RawValue::Bool(false));
    let Some(d) = zgc_rules::Date::new(2026, 6, 30) else {
        return;
    };
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += zgc_rules::evaluate(&p, d).results.len();
    }
    println!("{k} results, {:?} per evaluate", t.elapsed() / n.max(1));
    let empty = zgc_rules::Profile::new();
    let t = std::time::Instant::now();
    for _ in 0..n {
        k += zgc_rules::next_questions(&empty, d).len();
    }
    println!(
        "{k}, {:?} per next_questions (empty profile)",
        t.elapsed() / n.max(1)
    );
}
