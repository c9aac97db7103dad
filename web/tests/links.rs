//! The share-link decoder against bad input, and links made by earlier versions.
//!
//! * Fuzz (deterministic generated links, the same every run): random bytes, random text
//!   from the link's own alphabet, real links with junk pieces mixed in, truncated real links,
//!   mutated real links, unknown and missing versions. `decode` must never panic (a wasm panic
//!   kills the page), every problem must have a message in both languages, and every answer that
//!   could be read must be kept with its value.
//! * Golden links (`golden_links.txt`): links written by the `v1` format. They must keep decoding
//!   to the same answers in every later version; change the expectations only with a migration
//!   (`zgc_rules::fact::migrate_id`) or a new format version that still reads `v1`.
//!
//! The same tests run twice: in the browser (the wasm the app ships), 50,000 links, and natively
//! `LINK_FUZZ_SCALE` times 5,000 links (default 20: 100,000 links). Each decode of a damaged link
//! runs a "did you mean" search over the fact ids: ~0.4 ms in the test wasm since that search
//! stops early (it was ~5 ms, which had held the browser run to 5,000 links).
//!
//! Run: `CARGO_PROFILE_DEV_OPT_LEVEL=1 CARGO_PROFILE_TEST_OPT_LEVEL=1 WASM_BINDGEN_TEST_TIMEOUT=300
//! cargo test --target wasm32-unknown-unknown -p zgc-web --test links` (browser) and
//! `cargo test --release -p zgc-web --test links` (native), as scripts/test.sh and
//! scripts/web-test.sh do.

use std::collections::BTreeSet;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::*;
use zgc_rules::fact::{migrate_id, Kind, Profile, RawValue, Value};
use zgc_web::codec::{decode, encode, Decoded, Shared};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

/// How many times the base case counts (5,000 links) to run: 10 in the browser; natively
/// `LINK_FUZZ_SCALE`, default 20.
fn scale() -> usize {
    if cfg!(target_arch = "wasm32") {
        10
    } else {
        std::env::var("LINK_FUZZ_SCALE")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(20)
    }
}

/// xorshift64*: a fixed seed, so a failure is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Characters a damaged link plausibly holds: its own syntax, escapes, digits, CJK, emoji.
const ALPHABET: &[char] = &[
    '~', '~', '=', '=', '%', '?', 'v', '1', '2', '0', '9', '.', '_', '-', 'a', 'd', 'l', 'z', 'A',
    'F', 'E', '4', '#', '&', '/', ' ', '+', '中', '万', '，', '１', '😀', '\u{0}', '\u{7f}',
    '\u{FFFD}',
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    (0..rng.below(max + 1))
        .map(|_| *rng.pick(ALPHABET))
        .collect()
}

/// A value the engine accepts for this fact, typed as the link writes it or as people type.
fn valid_raw(rng: &mut Rng, kind: Kind) -> String {
    match kind {
        Kind::Bool => rng.pick(&["1", "0", "yes", "no"]).to_string(),
        Kind::Choice(options) => rng.pick(options).id.to_owned(),
        Kind::Amount | Kind::Area => rng
            .pick(&["0", "12", "1500", "12.5", "1%2C500", "300.25"])
            .to_string(),
        Kind::Count => rng.pick(&["0", "3", "40", "1200"]).to_string(),
        Kind::Percent => rng.pick(&["0", "5", "37.5", "100"]).to_string(),
        Kind::Date => rng
            .pick(&["2022-03-01", "2019-12-31", "2024-02-29"])
            .to_string(),
    }
}

/// A value the engine refuses for this fact.
fn invalid_raw(rng: &mut Rng, kind: Kind) -> String {
    match kind {
        Kind::Bool => rng.pick(&["maybe", "2", "%E6%98%AF%E7%9A%84x"]).to_string(),
        Kind::Choice(_) => rng.pick(&["no_such_option", "%00", "1.5"]).to_string(),
        Kind::Amount | Kind::Area | Kind::Count => {
            rng.pick(&["-5", "abc", "1e9x", "%ZZ"]).to_string()
        }
        Kind::Percent => rng.pick(&["-1", "101", "x"]).to_string(),
        Kind::Date => rng
            .pick(&["2023-02-30", "2023-13-01", "yesterday"])
            .to_string(),
    }
}

/// What a piece `fact=raw` means, read on its own (the reference the decoder must agree with).
fn expected(fact: &str, raw: &str) -> Option<Value> {
    let mut p = Profile::new();
    p.set_raw(fact, &RawValue::Text(zgc_web::codec::unescape(raw)))
        .ok()?;
    p.get_id(fact).cloned()
}

/// No panic happened (we are here), and every problem can be told to the user.
fn messages_ok(d: &Decoded, link: &str) {
    for p in &d.problems {
        let m = p.message();
        assert!(
            !m.zh.is_empty() && !m.en.is_empty(),
            "problem without a message for {link:?}: {p:?}"
        );
    }
}

/// A random set of valid answers: (fact id, raw value as in the link, the value it means).
fn random_answers(rng: &mut Rng, n: usize) -> Vec<(&'static str, String, Value)> {
    let facts = zgc_rules::facts::all();
    let mut used = BTreeSet::new();
    let mut out = Vec::new();
    for _ in 0..n * 3 {
        if out.len() == n {
            break;
        }
        let f = rng.pick(facts);
        if !used.insert(f.id) {
            continue;
        }
        let raw = valid_raw(rng, f.kind);
        if let Some(v) = expected(f.id, &raw) {
            out.push((f.id, raw, v));
        }
    }
    out
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn random_bytes_and_text_never_panic() {
    let mut rng = Rng(0x5EED_0001);
    for i in 0..2_000 * scale() {
        let link = if i % 2 == 0 {
            let bytes: Vec<u8> = (0..rng.below(120)).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            random_text(&mut rng, 80)
        };
        let d = decode(&link);
        messages_ok(&d, &link);
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn real_links_with_junk_keep_every_readable_answer() {
    let mut rng = Rng(0x5EED_0002);
    let versions = ["v1", "v1", "v1", "v2", "v0", "v99", "", "v1.5"];
    for _ in 0..1_500 * scale() {
        let n = 1 + rng.below(12);
        let answers = random_answers(&mut rng, n);
        let ids: BTreeSet<&str> = answers.iter().map(|a| a.0).collect();
        let version = *rng.pick(&versions);
        let mut pieces: Vec<String> = answers
            .iter()
            .map(|(k, raw, _)| format!("{k}={raw}"))
            .collect();
        // Junk: pieces that are not key=value, unknown facts, refused values of other facts.
        let mut junk = 0;
        for _ in 0..rng.below(6) {
            let piece = match rng.below(3) {
                0 => {
                    let t: String = random_text(&mut rng, 12)
                        .chars()
                        .filter(|c| !matches!(c, '~' | '=' | '?' | ' '))
                        .collect();
                    if t.is_empty() || t.starts_with('v') {
                        continue;
                    }
                    t
                }
                1 => format!("no_such_fact_{}={}", rng.below(1000), rng.below(10)),
                _ => {
                    let f = rng.pick(zgc_rules::facts::all());
                    if ids.contains(f.id) {
                        continue;
                    }
                    format!("{}={}", f.id, invalid_raw(&mut rng, f.kind))
                }
            };
            if let Some((k, _)) = piece.split_once('=') {
                // A junk key that names (or migrates to) a fact is not junk.
                if zgc_rules::facts::by_id(migrate_id(k)).is_some()
                    && !piece.starts_with("no_such")
                    && expected(k, piece.split_once('=').map_or("", |p| p.1)).is_some()
                {
                    continue;
                }
            }
            let at = rng.below(pieces.len() + 1).max(1);
            pieces.insert(at.min(pieces.len()), piece);
            junk += 1;
        }
        let mut link = String::new();
        if !version.is_empty() {
            link.push_str(version);
            link.push('~');
        }
        if rng.chance(20) {
            link.push_str("d=2026-06-30~l=en~");
        }
        link.push_str(&pieces.join(if rng.chance(10) { "~~" } else { "~" }));
        let d = decode(&link);
        messages_ok(&d, &link);
        for (k, raw, v) in &answers {
            assert_eq!(
                d.shared.profile.get_id(k),
                Some(v),
                "{k}={raw} lost from {link:?}"
            );
        }
        let bad_version = usize::from(version != "v1");
        assert!(
            d.problems.len() >= junk + bad_version,
            "{} problems for {junk} junk pieces in {link:?}: {:?}",
            d.problems.len(),
            d.problems
        );
        if junk == 0 && version == "v1" {
            assert!(d.problems.is_empty(), "{link:?}: {:?}", d.problems);
            // What was read writes back to a link that reads the same.
            assert_eq!(
                decode(&encode(&d.shared)).shared,
                d.shared,
                "round trip of {link:?}"
            );
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn truncated_and_mutated_links_never_panic_and_keep_whole_pieces() {
    let mut rng = Rng(0x5EED_0003);
    for i in 0..1_500 * scale() {
        let n = 2 + rng.below(10);
        let answers = random_answers(&mut rng, n);
        let mut shared = Shared::default();
        for (k, raw, _) in &answers {
            let _ = shared
                .profile
                .set_raw(k, &RawValue::Text(zgc_web::codec::unescape(raw)));
        }
        if rng.chance(30) {
            shared.skipped.insert("competition_award".to_owned());
            shared.profile.unset("competition_award");
        }
        let link = encode(&shared);
        if i % 2 == 0 {
            // Truncated (a link cut by a chat app): every piece before the cut's last `~` is whole.
            let cut = rng.below(link.len() + 1);
            let short = &link[..cut];
            let d = decode(short);
            messages_ok(&d, short);
            let whole = short.rfind('~').map_or("", |i| &short[..i]);
            for piece in whole.split('~').skip(1) {
                let Some((k, raw)) = piece.split_once('=') else {
                    continue;
                };
                if raw == "%3F" {
                    assert!(
                        d.shared.skipped.contains(k),
                        "skip of {k} lost from {short:?}"
                    );
                } else {
                    assert_eq!(
                        d.shared.profile.get_id(k),
                        expected(k, raw).as_ref(),
                        "{piece} lost from {short:?}"
                    );
                }
            }
        } else {
            // Mutated: characters replaced, inserted or deleted anywhere.
            let mut chars: Vec<char> = link.chars().collect();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(chars.len() + 1);
                match rng.below(3) {
                    0 if at < chars.len() => chars[at] = *rng.pick(ALPHABET),
                    1 => chars.insert(at, *rng.pick(ALPHABET)),
                    _ if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ => {}
                }
            }
            let mutated: String = chars.into_iter().collect();
            let d = decode(&mutated);
            messages_ok(&d, &mutated);
            // Pieces the mutation did not touch (same text, key not repeated) are kept.
            let pieces: Vec<&str> = mutated.split('~').skip(1).collect();
            for piece in &pieces {
                let Some((k, raw)) = piece.split_once('=') else {
                    continue;
                };
                let original = link.split('~').any(|p| p == *piece);
                let once = pieces
                    .iter()
                    .filter(|p| {
                        p.split_once('=').is_some_and(|(k2, _)| {
                            migrate_id(&zgc_web::codec::unescape(k2)) == migrate_id(k)
                        })
                    })
                    .count()
                    == 1;
                if original && once && raw != "%3F" && mutated.starts_with("v1~") {
                    assert_eq!(
                        d.shared.profile.get_id(k),
                        expected(k, raw).as_ref(),
                        "{piece} lost from {mutated:?}"
                    );
                }
            }
        }
    }
}

// ---- golden links ---------------------------------------------------------------------------

/// The answers a link gave, in the golden file's notation: `d=… l=… fact=value fact=?`, sorted.
fn canonical(d: &Decoded) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(date) = d.shared.date {
        out.push(format!("d={date}"));
    }
    if let Some(l) = d.shared.lang {
        out.push(format!("l={}", l.code()));
    }
    let answers: Vec<String> = d
        .shared
        .profile
        .iter()
        .map(|(k, v)| match v {
            Value::Bool(b) => format!("{k}={}", if *b { "yes" } else { "no" }),
            Value::Choice(c) => format!("{k}={c}"),
            Value::Number(n) => format!("{k}={}", n.normalize()),
            Value::Date(date) => format!("{k}={date}"),
        })
        .chain(d.shared.skipped.iter().map(|k| format!("{k}=?")))
        .collect();
    out.extend(answers);
    out.sort();
    out
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn golden_v1_links_still_decode_to_the_same_answers() {
    let text = include_str!("golden_links.txt");
    let mut link = None;
    let mut answers = None;
    let mut checked = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(l) = line.strip_prefix("link: ") {
            link = Some(l);
        } else if let Some(a) = line.strip_prefix("answers: ") {
            answers = Some(a);
        } else if let Some(p) = line.strip_prefix("problems: ") {
            let (Some(l), Some(a)) = (link.take(), answers.take()) else {
                panic!("golden_links.txt: link and answers before problems")
            };
            let payload = zgc_web::codec::split_hash(l).1.unwrap_or("");
            let d = decode(payload);
            let mut want: Vec<String> = a.split_whitespace().map(str::to_owned).collect();
            want.sort();
            assert_eq!(canonical(&d), want, "the answers of {l}");
            let problems: usize = p.parse().expect("problems: a number");
            assert_eq!(
                d.problems.len(),
                problems,
                "problems of {l}: {:?}",
                d.problems
            );
            checked += 1;
        } else {
            panic!("golden_links.txt: cannot read {line:?}");
        }
    }
    assert!(checked >= 5, "only {checked} golden links");
}
