//! zgc-cli: the rules crate on the command line. Reads profiles (JSON or CSV), prints reports.
//! All I/O lives here and in `main.rs`; every rule lives in `zgc-rules`.

pub mod csv;
pub mod report;

use std::collections::BTreeMap;
use zgc_rules::{InputError, Profile, RawValue};

/// Reads a profile from JSON: a flat object {fact_id: answer}. Every valid answer is kept; every
/// invalid one is returned as an error naming the fact. Fails only when the text is not a JSON
/// object at all.
pub fn profile_from_json(text: &str) -> Result<(Profile, Vec<InputError>), String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let serde_json::Value::Object(map) = value else {
        return Err("a profile must be a JSON object of {fact_id: answer}".to_owned());
    };
    let mut raw = BTreeMap::new();
    let mut errors = Vec::new();
    for (k, v) in map {
        match serde_json::from_value::<RawValue>(v.clone()) {
            Ok(r) => {
                raw.insert(k, r);
            }
            Err(_) => errors.push(InputError {
                fact: k.clone(),
                message: zgc_rules::Text::new(
                    format!("不支持的值：{v}（应为是/否、数字、文字或 null）"),
                    format!("unsupported value {v}: expected a boolean, number, string or null"),
                ),
                suggestion: None,
            }),
        }
    }
    let (profile, mut more) = Profile::from_map(&raw);
    errors.append(&mut more);
    Ok((profile, errors))
}

/// One company read from a CSV row.
#[derive(Debug)]
pub struct Company {
    pub name: String,
    pub line: u32,
    pub profile: Profile,
    pub errors: Vec<InputError>,
}

/// Problems with a whole CSV file or one of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchError {
    /// 1-based line, 0 for the file as a whole.
    pub line: u32,
    pub message: String,
}

/// The column that names a company.
const NAME_COLUMNS: &[&str] = &["company", "name", "企业", "企业名称", "id"];

/// Reads companies from CSV: a header row with a company column and a column per fact id; one
/// company per row. An unknown column is reported once (with the closest fact id) and skipped; a
/// bad cell is reported with its line and fact, and the rest of the row still counts.
pub fn companies_from_csv(text: &str) -> (Vec<Company>, Vec<BatchError>) {
    let (records, csv_errors) = csv::read(text);
    let mut errors: Vec<BatchError> = csv_errors
        .into_iter()
        .map(|e| BatchError {
            line: e.line,
            message: format!("line {}: {}; row skipped", e.line, e.message),
        })
        .collect();
    let mut rows = records.into_iter();
    let Some(header) = rows.next() else {
        errors.push(BatchError {
            line: 0,
            message: "the CSV file has no header row".to_owned(),
        });
        return (Vec::new(), errors);
    };
    let name_col = header
        .fields
        .iter()
        .position(|h| NAME_COLUMNS.contains(&h.trim()));
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for (i, h) in header.fields.iter().enumerate() {
        let h = h.trim();
        if Some(i) == name_col || h.is_empty() {
            columns.push(None);
            continue;
        }
        match zgc_rules::facts::by_id(zgc_rules::fact::migrate_id(h)) {
            Some(f) => columns.push(Some(f.id)),
            None => {
                let hint = zgc_rules::facts::closest_id(h)
                    .map(|s| format!(" (did you mean \"{s}\"?)"))
                    .unwrap_or_default();
                errors.push(BatchError {
                    line: header.line,
                    message: format!("column \"{h}\" is not a fact id{hint}; column skipped"),
                });
                columns.push(None);
            }
        }
    }
    let mut companies = Vec::new();
    for rec in rows {
        let name = name_col
            .and_then(|i| rec.fields.get(i))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("line {}", rec.line));
        if rec.fields.len() > header.fields.len() {
            errors.push(BatchError {
                line: rec.line,
                message: format!(
                    "line {}: {} fields but the header has {}; extra fields ignored",
                    rec.line,
                    rec.fields.len(),
                    header.fields.len()
                ),
            });
        }
        let mut profile = Profile::new();
        let mut row_errors = Vec::new();
        for (i, cell) in rec.fields.iter().enumerate() {
            let Some(Some(id)) = columns.get(i) else {
                continue;
            };
            if let Err(e) = profile.set_raw(id, &RawValue::Text(cell.clone())) {
                errors.push(BatchError {
                    line: rec.line,
                    message: format!("line {} ({name}): {e}", rec.line),
                });
                row_errors.push(e);
            }
        }
        companies.push(Company {
            name,
            line: rec.line,
            profile,
            errors: row_errors,
        });
    }
    (companies, errors)
}

/// The CSV result rows of each company, in the companies' order: each company is evaluated on
/// its own, so the companies are shared out over the machine's cores (a batch of 100,000 is
/// screened in blocks of `BLOCK`, so the rows of one block are held at a time).
pub fn csv_rows_of(
    companies: &[Company],
    date: zgc_rules::Date,
    l: report::Lang,
) -> Vec<Vec<[String; 5]>> {
    let one = |c: &Company| report::csv_rows(&c.name, &zgc_rules::evaluate(&c.profile, date), l);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(companies.len() / 16)
        .max(1);
    if threads == 1 {
        return companies.iter().map(one).collect();
    }
    let chunk = companies.len().div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = companies
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        // A panic in one thread is a bug in the rules: raised again, as it would be in one thread.
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// How many companies a batch screens before writing their rows.
pub const BLOCK: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_good_answers_and_names_bad_ones() {
        let (p, e) = profile_from_json(r#"{"headcount_last_year": 60, "revenue_last_year": "-5", "headcont": 3, "national_high_tech": true}"#).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(e.len(), 2);
        assert!(e.iter().any(
            |x| x.fact == "headcont" && x.suggestion.as_deref() == Some("headcount_last_year")
        ));
        assert!(e
            .iter()
            .any(|x| x.fact == "revenue_last_year" && x.message.en.contains("negative")));
    }

    #[test]
    fn json_that_is_not_an_object_is_refused() {
        assert!(profile_from_json("[1,2]").is_err());
        assert!(profile_from_json("{").is_err());
    }

    #[test]
    fn csv_reads_companies_and_reports_bad_cells_and_columns() {
        let (cs, e) = companies_from_csv(
            "company,headcount_last_year,revenue,national_high_tech\nA,60,1,yes\nB,lots,2,no\n",
        );
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].profile.len(), 2);
        assert_eq!(cs[1].profile.len(), 1);
        assert!(e
            .iter()
            .any(|x| x.message.contains("column \"revenue\"")
                && x.message.contains("revenue_last_year")));
        assert!(e
            .iter()
            .any(|x| x.line == 3 && x.message.contains("headcount_last_year")));
    }

    #[test]
    fn csv_rows_of_many_companies_are_those_of_each_in_order() {
        let mut text = String::from(
            "company,applicant_kind,registered_in,national_high_tech,revenue_last_year\n",
        );
        for i in 0..200 {
            let kind = ["enterprise", "university", "research_institute"][i % 3];
            text.push_str(&format!(
                "firm{i},{kind},zgc,{},{}\n",
                if i % 2 == 0 { "yes" } else { "no" },
                i * 37 % 5000
            ));
        }
        let (companies, errors) = companies_from_csv(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(companies.len(), 200);
        let date = zgc_rules::Date::new(2026, 6, 30).unwrap();
        let want: Vec<_> = companies
            .iter()
            .map(|c| {
                report::csv_rows(
                    &c.name,
                    &zgc_rules::evaluate(&c.profile, date),
                    report::Lang::En,
                )
            })
            .collect();
        assert_eq!(csv_rows_of(&companies, date, report::Lang::En), want);
    }
}
