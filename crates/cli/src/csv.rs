//! A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, commas and newlines
//! inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark. Never panics on any input.

/// One record with the line it starts on (1-based), for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    pub fields: Vec<String>,
}

/// A record the reader could not read, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: u32,
    pub message: String,
}

/// Splits CSV text into records. A malformed record (an unclosed quote, text after a closing
/// quote) is reported with its line and skipped; the other records are still read.
pub fn read(text: &str) -> (Vec<Record>, Vec<CsvError>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line: u32 = 1;
    loop {
        if chars.peek().is_none() {
            break;
        }
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut bad: Option<String> = None;
        let mut in_quotes = false;
        let mut was_quoted = false;
        let mut end_of_record = false;
        while let Some(c) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        line = line.saturating_add(1);
                        field.push('\n');
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.is_empty() && !was_quoted => {
                    in_quotes = true;
                    was_quoted = true;
                }
                '"' => {
                    bad.get_or_insert_with(|| "a quote inside an unquoted field".to_owned());
                    field.push(c);
                }
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    line = line.saturating_add(1);
                    end_of_record = true;
                    break;
                }
                _ if was_quoted => {
                    bad.get_or_insert_with(|| "text after a closing quote".to_owned());
                    field.push(c);
                }
                _ => field.push(c),
            }
        }
        if in_quotes {
            bad = Some("a quoted field is never closed".to_owned());
        }
        fields.push(field);
        let _ = end_of_record;
        let blank = fields.len() == 1 && fields[0].trim().is_empty();
        match bad {
            Some(message) => errors.push(CsvError {
                line: start,
                message,
            }),
            None if blank => {}
            None => records.push(Record {
                line: start,
                fields,
            }),
        }
    }
    (records, errors)
}

/// Quotes a field when it needs it.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// One CSV line (without the line end).
pub fn line<S: AsRef<str>>(fields: &[S]) -> String {
    fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_commas_and_newlines() {
        let (r, e) = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n");
        assert!(e.is_empty());
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].fields, vec!["x, y", "say \"hi\""]);
        assert_eq!(r[2].fields, vec!["two\nlines", "3"]);
        assert_eq!(r[2].line, 3);
    }

    #[test]
    fn reports_bad_records_by_line_and_keeps_the_rest() {
        let (r, e) = read("a,b\n\"x\"y,1\nok,2\n");
        assert_eq!(
            e,
            vec![CsvError {
                line: 2,
                message: "text after a closing quote".into()
            }]
        );
        assert_eq!(r.len(), 2);
        let (_, e) = read("a\n\"never closed\n");
        assert_eq!(e[0].line, 2);
    }

    #[test]
    fn round_trips_a_field() {
        assert_eq!(line(&["a,b", "c\"d", "e"]), "\"a,b\",\"c\"\"d\",e");
    }
}
