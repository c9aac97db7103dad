//! `zgc`: the Zhongguancun support-fund checker on the command line.
//!
//! Exit status: 0 when everything was read and evaluated; 1 when some input was refused (the rest
//! still ran and the refusals are on stderr); 2 on a usage or file error.

use std::io::Write;
use std::process::ExitCode;
use zgc_cli::report::{self, Lang};
use zgc_rules::{Date, Kind};

const USAGE: &str = "\
zgc — which Zhongguancun support-fund measures (京科发〔2022〕5–9号) a company qualifies for

USAGE:
    zgc measures [--json]                      the 59 measures
    zgc facts [--json]                         every fact a profile can answer
    zgc check PROFILE.json [--date YYYY-MM-DD] [--json] [--lang zh|en] [--verbose]
    zgc check --csv COMPANIES.csv [--date YYYY-MM-DD] [--lang zh|en]

A profile is a JSON object {fact_id: answer}; unknown answers are simply left out.
A CSV has a header row: a `company` column and one column per fact id.
Amounts are in 万元 (10,000 CNY). The date defaults to today.";

struct Opts {
    json: bool,
    verbose: bool,
    lang: Lang,
    date: Option<Date>,
    csv: Option<String>,
    positional: Vec<String>,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        json: false,
        verbose: false,
        lang: Lang::Zh,
        date: None,
        csv: None,
        positional: vec![],
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => o.json = true,
            "--verbose" | "-v" => o.verbose = true,
            "--date" => {
                let v = it.next().ok_or("--date needs a value YYYY-MM-DD")?;
                o.date = Some(Date::parse(v)?);
            }
            "--lang" => {
                o.lang = match it.next().map(String::as_str) {
                    Some("zh") => Lang::Zh,
                    Some("en") => Lang::En,
                    _ => return Err("--lang takes zh or en".into()),
                }
            }
            "--csv" => o.csv = Some(it.next().ok_or("--csv needs a file")?.clone()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => o.positional.push(s.to_owned()),
        }
    }
    Ok(o)
}

/// Today in Beijing (UTC+8).
fn today() -> Result<Date, String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970; pass --date")?
        .as_secs() as i64
        + 8 * 3600;
    Date::from_days_since_epoch(secs.div_euclid(86_400))
        .ok_or_else(|| "the system clock is out of range; pass --date".to_owned())
}

fn read_file(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let opts = match parse(&args[1..]) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("zgc: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match cmd.as_str() {
        "measures" => measures(&opts),
        "facts" => facts(&opts),
        "check" => check(&opts),
        "help" | "--help" | "-h" => out(format_args!("{USAGE}\n")).map(|()| true),
        other => Err(format!("unknown command {other}\n\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("zgc: {e}");
            ExitCode::from(2)
        }
    }
}

/// Writes to standard output. A reader that stops early (`zgc measures | head`) closes the pipe:
/// that ends the program quietly and successfully, as ripgrep does, instead of a panic from
/// `println!`.
fn out(text: std::fmt::Arguments) -> Result<(), String> {
    std::io::stdout().lock().write_fmt(text).map_err(io_error)
}

fn io_error(e: std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    e.to_string()
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<bool, String> {
    let s = serde_json::to_string_pretty(v).map_err(|e| e.to_string())?;
    out(format_args!("{s}\n"))?;
    Ok(true)
}

fn measures(o: &Opts) -> Result<bool, String> {
    let cat = zgc_rules::catalog();
    if o.json {
        return print_json(&cat);
    }
    let l = o.lang;
    for m in &cat {
        let max = match m.max {
            Some(v) if v.is_zero() => l.pick("非资金支持", "non-cash").to_owned(),
            Some(v) => format!("≤{}", zgc_rules::fmt::num(v)),
            None => l.pick("按比例", "by rate").to_owned(),
        };
        let methods: Vec<&str> = m.methods.iter().map(|x| l.t(x.label())).collect();
        out(format_args!(
            "{:<5} {} {}  {}  [{}] {}\n",
            m.id,
            m.wenhao,
            l.t(m.article),
            l.t(m.title),
            methods.join("+"),
            max
        ))?;
    }
    Ok(true)
}

fn facts(o: &Opts) -> Result<bool, String> {
    if o.json {
        return print_json(&zgc_rules::facts());
    }
    let l = o.lang;
    for f in zgc_rules::facts() {
        let kind = match f.kind {
            Kind::Choice(opts) => format!(
                "choice: {}",
                opts.iter().map(|c| c.id).collect::<Vec<_>>().join("|")
            ),
            k => k.name().to_owned(),
        };
        out(format_args!(
            "{:<40} {:<28} {}\n",
            f.id,
            kind,
            l.t(f.question)
        ))?;
    }
    Ok(true)
}

fn check(o: &Opts) -> Result<bool, String> {
    let date = match o.date {
        Some(d) => d,
        None => today()?,
    };
    if let Some(path) = &o.csv {
        return batch(&read_file(path)?, date, o.lang);
    }
    let [path] = o.positional.as_slice() else {
        return Err("check needs one PROFILE.json (or --csv FILE)".into());
    };
    let (profile, errors) =
        zgc_cli::profile_from_json(&read_file(path)?).map_err(|e| format!("{path}: {e}"))?;
    for e in &errors {
        eprintln!("zgc: {path}: {e}");
    }
    let a = zgc_rules::evaluate(&profile, date);
    if o.json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            input_errors: &'a [zgc_rules::InputError],
            #[serde(flatten)]
            assessment: &'a zgc_rules::Assessment,
        }
        print_json(&Out {
            input_errors: &errors,
            assessment: &a,
        })?;
    } else {
        out(format_args!("{}", report::text(&a, o.lang, o.verbose)))?;
    }
    Ok(errors.is_empty())
}

fn batch(text: &str, date: Date, l: Lang) -> Result<bool, String> {
    let (companies, errors) = zgc_cli::companies_from_csv(text);
    for e in &errors {
        eprintln!("zgc: {}", e.message);
    }
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let io = io_error;
    writeln!(w, "{}", zgc_cli::csv::line(report::CSV_HEADER)).map_err(io)?;
    for block in companies.chunks(zgc_cli::BLOCK) {
        for rows in zgc_cli::csv_rows_of(block, date, l) {
            for row in rows {
                writeln!(w, "{}", zgc_cli::csv::line(&row)).map_err(io)?;
            }
        }
    }
    w.flush().map_err(io)?;
    Ok(errors.is_empty())
}
