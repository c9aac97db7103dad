//! Runs evaluation in a loop for instruction-count profiling (`valgrind --tool=callgrind`).
use zgc_rules::{evaluate, next_questions, Date, Profile};
fn main() {
    let date = Date::new(2026, 6, 30).unwrap();
    let empty = Profile::new();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let mut k = 0;
    for _ in 0..n {
        k += evaluate(&empty, date).results.len();
        k += next_questions(&empty, date).len();
    }
    println!("{k}");
}
