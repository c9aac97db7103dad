//! CSV batch screening throughput: read a CSV of companies, evaluate each, write result rows.
//! Run: `cargo bench -p zgc-cli`. Companies per second = rows / time, in the README.

use zgc_cli::report::Lang;
use zgc_rules::Date;

fn main() {
    divan::main();
}

const COMPANIES: u32 = 1000;

fn csv() -> String {
    let mut s = String::from(
        "company,applicant_kind,registered_in,national_high_tech,credit_blacklisted,same_content_funded,industry_field,founded_on,headcount_last_year,revenue_last_year,rd_expense_last_year,rd_expense_year_before\n",
    );
    for i in 0..COMPANIES {
        s.push_str(&format!(
            "firm{i},enterprise,zgc,yes,no,no,ngit,20{:02}-03-01,{},{},{},{}\n",
            10 + i % 16,
            20 + i % 150,
            500 + i * 7 % 3000,
            100 + i * 13 % 900,
            50 + i * 3 % 400
        ));
    }
    s
}

/// Read, evaluate and render 1,000 companies.
#[divan::bench(sample_count = 20)]
fn batch_1000_companies(b: divan::Bencher) {
    let text = csv();
    let date = Date::new(2026, 6, 30).unwrap();
    b.counter(divan::counter::ItemsCount::new(COMPANIES))
        .bench(|| {
            let (companies, _) = zgc_cli::companies_from_csv(divan::black_box(&text));
            zgc_cli::csv_rows_of(&companies, date, Lang::En)
                .iter()
                .map(Vec::len)
                .sum::<usize>()
        });
}
