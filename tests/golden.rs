//! Whole-company profiles run through the `zgc` binary, as park and policy staff would run it.
//!
//! Each `tests/golden/NAME.json` is a company; `NAME.txt` is the English report for 2026-06-30.
//! The reports are compared whole, so any change in a verdict, an amount or an explanation shows
//! up in review; `UPDATE_GOLDEN=1 cargo test -p zgc-cli --test golden` rewrites them after a
//! deliberate change. The tests below the snapshot check the text's own numbers independently.

use std::path::{Path, PathBuf};
use std::process::Command;

const DATE: &str = "2026-06-30";

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

fn zgc(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_zgc"))
        .args(args)
        .output()
        .expect("run zgc");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn write_temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zgc-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn golden_reports_match() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut profiles: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    profiles.sort();
    assert!(
        profiles.len() >= 5,
        "expected at least five golden companies, found {}",
        profiles.len()
    );
    let mut mismatched = Vec::new();
    for p in &profiles {
        let (out, err, code) = zgc(&["check", p.to_str().unwrap(), "--date", DATE, "--lang", "en"]);
        assert_eq!(code, 0, "{}: exit {code}, stderr: {err}", p.display());
        let expected_path = p.with_extension("txt");
        if update {
            std::fs::write(&expected_path, &out).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != out {
            mismatched.push(format!(
                "{}\n--- expected\n{expected}\n--- got\n{out}",
                p.display()
            ));
        }
    }
    assert!(
        mismatched.is_empty(),
        "golden reports differ (UPDATE_GOLDEN=1 to accept):\n{}",
        mismatched.join("\n")
    );
}

fn check_json(profile: &str) -> serde_json::Value {
    let (out, err, code) = zgc(&[
        "check",
        golden_dir().join(profile).to_str().unwrap(),
        "--date",
        DATE,
        "--json",
    ]);
    assert_eq!(code, 0, "stderr: {err}");
    serde_json::from_str(&out).unwrap()
}

fn measure<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn small_tech_firm_is_eligible_for_5_5_up_to_20() {
    // 3 years old, 60 staff, revenue 1,200万, R&D increase 250万: 5号第五条 tier 100(含)–500 → 20.
    let v = check_json("small-tech-firm.json");
    let m = measure(&v, "5.5");
    assert_eq!(m["status"], "eligible");
    assert_eq!(m["amount"]["up_to"], "20");
    assert_eq!(m["next_tier"]["raise_by"], "250");
}

#[test]
fn an_increase_of_80_makes_5_5_ineligible_and_says_why() {
    let text = std::fs::read_to_string(golden_dir().join("small-tech-firm.json")).unwrap();
    let p = write_temp(
        "low-rd.json",
        &text.replace(
            "\"rd_expense_last_year\": 450",
            "\"rd_expense_last_year\": 280",
        ),
    );
    let (out, _, code) = zgc(&["check", p.to_str().unwrap(), "--date", DATE, "--lang", "en"]);
    assert_eq!(code, 0);
    let line = out.lines().find(|l| l.contains("5.5 ")).unwrap();
    assert!(line.starts_with('✗'), "{line}");
    assert!(out.contains("Doc 5, Art. 5(2)1(3)"), "{out}");
    assert!(
        out.contains("80 万元 entered: 20 万元 short") || out.contains("20"),
        "{out}"
    );
}

#[test]
fn unknown_headcount_leaves_5_5_undetermined_and_names_it() {
    let text = std::fs::read_to_string(golden_dir().join("small-tech-firm.json")).unwrap();
    let p = write_temp(
        "no-headcount.json",
        &text.replace("\"headcount_last_year\": 60,", ""),
    );
    let (out, _, _) = zgc(&["check", p.to_str().unwrap(), "--date", DATE, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let m = measure(&v, "5.5");
    assert_eq!(m["status"], "undetermined");
    assert!(m["deciding_facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "headcount_last_year"));
}

#[test]
fn measures_json_lists_the_59_ids_with_their_article_text() {
    let (out, _, code) = zgc(&["measures", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    let mut expected = Vec::new();
    for (doc, last) in [(5, 13), (6, 14), (7, 11), (8, 26), (9, 15)] {
        for art in 5..=last {
            expected.push(format!("{doc}.{art}"));
        }
    }
    assert_eq!(ids, expected);
    for m in v.as_array().unwrap() {
        for field in ["content", "conditions_text", "amount_text"] {
            assert!(
                m[field]["zh"]
                    .as_str()
                    .is_some_and(|s| s.chars().count() > 10),
                "{} lacks {field}",
                m["id"]
            );
            assert!(
                m[field]["en"].as_str().is_some_and(|s| !s.is_empty()),
                "{} lacks English {field}",
                m["id"]
            );
        }
    }
}

#[test]
fn a_bad_profile_names_the_field_and_the_closest_id_and_keeps_the_rest() {
    let p = write_temp(
        "typo.json",
        r#"{"headcount": 60, "revenue_last_year": "lots", "applicant_kind": "enterprise"}"#,
    );
    let (out, err, code) = zgc(&["check", p.to_str().unwrap(), "--date", DATE, "--json"]);
    assert_eq!(code, 1, "input errors make the exit status 1");
    assert!(
        err.contains("\"headcount\"") && err.contains("headcount_last_year"),
        "{err}"
    );
    assert!(
        err.contains("revenue_last_year") && err.contains("not a number"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["input_errors"].as_array().unwrap().len(), 2);
}

#[test]
fn a_file_that_is_not_json_is_a_clear_error() {
    let p = write_temp("broken.json", "{\"applicant_kind\": ");
    let (_, err, code) = zgc(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid JSON"), "{err}");
}

#[test]
fn csv_batch_names_bad_rows_and_runs_the_others() {
    let csv = "company,applicant_kind,headcount_last_year,revenu\nA,enterprise,60,1\nB,enterprise,-3,2\n\"C\"x,enterprise,1,1\nD,enterprise,5,1\n";
    let p = write_temp("batch.csv", csv);
    let (out, err, code) = zgc(&["check", "--csv", p.to_str().unwrap(), "--date", DATE]);
    assert_eq!(code, 1);
    assert!(
        err.contains("column \"revenu\"") && err.contains("revenue_last_year"),
        "{err}"
    );
    assert!(err.contains("line 3") && err.contains("negative"), "{err}");
    assert!(err.contains("line 4"), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "company,measure,status,max_amount_wan,reason");
    let n = zgc_measure_count();
    // A, B (its valid cells kept) and D run; the malformed row C is skipped.
    assert_eq!(lines.len(), 1 + 3 * n);
    assert!(lines.iter().any(|l| l.starts_with("D,5.5,")));
}

fn zgc_measure_count() -> usize {
    let (out, _, _) = zgc(&["measures", "--json"]);
    serde_json::from_str::<serde_json::Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn vc_investment_institution_gets_6_6_capped_at_200_per_deal() {
    // 6号第六条: 20% × 1,500 = 300 → 单笔补贴不超过200万元.
    let v = check_json("vc-investment-institution.json");
    let m = measure(&v, "6.6");
    assert_eq!(m["status"], "eligible");
    assert_eq!(m["amount"]["up_to"], "200");
}

#[test]
fn cultivating_benchmark_incubator_gets_7_7_schedule_200_100_100() {
    // 7号第七条: 培育类 first year ≤200, second and third ≤100 each.
    let v = check_json("benchmark-incubator.json");
    let m = measure(&v, "7.7");
    assert_eq!(m["status"], "eligible");
    assert_eq!(m["amount"]["up_to"], "400");
    let years: Vec<&str> = m["amount"]["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["up_to"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["200", "100", "100"]);
}

#[test]
fn university_tech_transfer_office_gets_8_7_and_8_8() {
    // 8号第七条: 30% × 860 = 258 (≤300); 第八条: 50% × 520 = 260 → ≤200.
    let v = check_json("university-tech-transfer.json");
    assert_eq!(measure(&v, "8.7")["amount"]["up_to"], "258");
    assert_eq!(measure(&v, "8.8")["amount"]["up_to"], "200");
    assert_eq!(measure(&v, "8.7")["subject_to_review"], true);
}

#[test]
fn foreign_rd_centre_gets_9_9_capped_at_1000() {
    // 9号第九条: 2% × 62,000 = 1,240 → 不超过1000万元.
    let v = check_json("foreign-rd-centre.json");
    let m = measure(&v, "9.9");
    assert_eq!(m["status"], "eligible");
    assert_eq!(m["amount"]["up_to"], "1000");
}

/// `zgc measures --json | head`: the reader closes the pipe after a few bytes. The program ends
/// quietly and successfully, not with a panic from writing to a closed pipe.
#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    use std::io::Read;
    for args in [
        &["measures", "--json"][..],
        &["facts"][..],
        &["measures"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zgc"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run zgc");
        let mut first = [0u8; 16];
        child
            .stdout
            .take()
            .expect("stdout")
            .read_exact(&mut first)
            .expect("some output");
        // The read end is dropped here, with most of the output (the JSON catalog is ~200 KB,
        // more than a pipe holds) still to be written.
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
