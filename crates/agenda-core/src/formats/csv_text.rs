//! CSV records as RFC 4180 writes them, with `;` between fields (as German
//! Excel does): fields in double quotes when they hold `;`, `"`, a line
//! break, or begin or end with a space; a quote inside is doubled.
//!
//! Reading takes what spreadsheets write: `;`, `,` or tab between fields
//! (whichever the first record uses most), CRLF, LF or CR, quoted or not.
//!
//! Formula injection (OWASP "CSV injection"): a text cell beginning with
//! `=`, `+`, `-`, `@`, tab or carriage return is written with an
//! apostrophe before it, so no spreadsheet evaluates it, and read back
//! without it. A plain number (`-3,20`) is not a formula and stays as it is.
//!
//! Why not the `csv` crate: it was 10 KB of the wasm bundle for the two
//! dozen lines below; the known answers in the tests (RFC 4180's own
//! examples) and the fuzz target `csv_import` hold them to the format.
//!
//! Invariant: reading never fails on any text; an unclosed quote at the end
//! is reported with the record it began in, and everything before is kept.

/// The field separator.
const SEPARATOR: char = ';';

/// Appends one record, ended by CRLF, to `out`.
pub(crate) fn write_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(SEPARATOR);
        }
        write_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

/// Whether a spreadsheet could take a cell beginning with `c` for a formula.
fn starts_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Whether `text` is written with an apostrophe before it: it could be
/// taken for a formula, or it begins with an apostrophe that reading would
/// otherwise take away. Both directions hold the same rule, so any text
/// reads back as written.
fn needs_apostrophe(text: &str) -> bool {
    let after_apostrophe = |t: &str| {
        t.strip_prefix('\'')
            .is_some_and(|rest| starts_formula(rest) || rest.starts_with('\''))
    };
    (starts_formula(text) && !is_plain_number(text)) || after_apostrophe(text)
}

/// `-3,20` or `12`: a number every spreadsheet reads as one, not a formula.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once(',').unwrap_or((digits, "0"));
    let all = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all(whole) && all(fraction)
}

/// A cell as read, without the apostrophe [`write_field`] put before it.
fn unescape(field: String) -> String {
    match field.strip_prefix('\'') {
        Some(rest) if starts_formula(rest) || rest.starts_with('\'') => rest.to_owned(),
        _ => field,
    }
}

fn write_field(out: &mut String, field: &str) {
    let escaped;
    let field = if needs_apostrophe(field) {
        escaped = format!("'{field}");
        escaped.as_str()
    } else {
        field
    };
    let quoted = field.contains([SEPARATOR, '"', '\n', '\r'])
        || field.starts_with(' ')
        || field.ends_with(' ');
    if quoted {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// A record that ended in an open quote: everything after its opening quote
/// was read as one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnclosedQuote {
    /// The index of the record (0 is the header).
    pub record: usize,
}

/// The separator the first record uses most: `;`, `,` or tab (`;` on a tie).
fn separator_of(text: &str) -> char {
    let mut counts = [(SEPARATOR, 0_usize), (',', 0), ('\t', 0)];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => break,
            _ if !in_quotes => {
                for (sep, n) in &mut counts {
                    if *sep == c {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .fold(
            (SEPARATOR, 0),
            |best, &(sep, n)| if n > best.1 { (sep, n) } else { best },
        )
        .0
}

/// Reads all records; lines with nothing on them are skipped. Rows may
/// have different numbers of fields.
pub(crate) fn read_records(text: &str) -> (Vec<Vec<String>>, Option<UnclosedQuote>) {
    let (mut records, unclosed) = read_raw(text, separator_of(text));
    for record in &mut records {
        for field in record.iter_mut() {
            *field = unescape(std::mem::take(field));
        }
    }
    (records, unclosed)
}

fn read_raw(text: &str, separator: char) -> (Vec<Vec<String>>, Option<UnclosedQuote>) {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    // Whether the current record has anything yet (so blank lines vanish).
    let mut started = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                started = true;
            }
            c if c == separator => {
                record.push(std::mem::take(&mut field));
                started = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                if started || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                started = false;
            }
            _ => {
                field.push(c);
                started = true;
            }
        }
    }
    let unclosed = in_quotes.then_some(UnclosedQuote {
        record: records.len(),
    });
    if started || !field.is_empty() {
        record.push(field);
        records.push(record);
    }
    (records, unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Vec<String>> {
        let (records, unclosed) = read_records(text);
        assert_eq!(unclosed, None, "{text}");
        records
    }

    #[test]
    fn rfc_4180_examples_with_semicolons() {
        // RFC 4180 section 2, rules 1 to 7, with `;` for `,`.
        assert_eq!(
            read("aaa;bbb;ccc\r\nzzz;yyy;xxx\r\n"),
            [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]
        );
        assert_eq!(
            read("aaa;bbb;ccc\r\nzzz;yyy;xxx"),
            [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]
        );
        assert_eq!(read("\"aaa\";\"bbb\";\"ccc\"\r\n"), [["aaa", "bbb", "ccc"]]);
        assert_eq!(
            read("\"aaa\";\"b\r\nbb\";\"ccc\"\r\n"),
            [["aaa", "b\r\nbb", "ccc"]]
        );
        assert_eq!(
            read("\"aaa\";\"b\"\"bb\";\"ccc\""),
            [["aaa", "b\"bb", "ccc"]]
        );
    }

    #[test]
    fn empty_fields_blank_lines_and_bare_line_feeds() {
        assert_eq!(
            read("a;;c\n\n;b;\n"),
            [vec!["a", "", "c"], vec!["", "b", ""]]
        );
        assert_eq!(read("\"\"\n"), [[""]]);
        assert!(read("").is_empty());
    }

    #[test]
    fn an_unclosed_quote_is_reported_with_its_record() {
        let (records, unclosed) = read_records("Titel\r\n\"Portal;\r\nnoch");
        assert_eq!(unclosed, Some(UnclosedQuote { record: 1 }));
        assert_eq!(records, [vec!["Titel"], vec!["Portal;\r\nnoch"]]);
    }

    #[test]
    fn what_is_written_reads_back() {
        let fields = [
            "plain",
            "a;b",
            "say \"hi\"",
            "two\nlines",
            " padded ",
            "",
            "Straße",
        ];
        let mut out = String::new();
        write_record(&mut out, &fields);
        write_record(&mut out, &["x"]);
        assert_eq!(
            out,
            "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\" padded \";;Straße\r\nx\r\n"
        );
        assert_eq!(read(&out), [fields.to_vec(), vec!["x"]]);
    }
    #[test]
    fn comma_and_tab_separated_files_are_read_too() {
        // A spreadsheet not set to German writes commas; "Text (tab
        // delimited)" writes tabs; LF alone and no quotes are fine.
        assert_eq!(
            read("Titel,Kosten\n\"A; B\",\"1.500,00\"\n"),
            [["Titel", "Kosten"], ["A; B", "1.500,00"]]
        );
        assert_eq!(
            read("Titel\tKosten\r\nA,B\t12\r\n"),
            [["Titel", "Kosten"], ["A,B", "12"]]
        );
        // A comma inside a quoted header does not make it a comma file.
        assert_eq!(
            read("a;\"b, c\";d\r\n1;2;3"),
            [["a", "b, c", "d"], ["1", "2", "3"]]
        );
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_written_as_text_and_read_back() {
        // OWASP "CSV injection": an apostrophe first, so Excel and
        // LibreOffice show the text and never evaluate it.
        let fields = [
            "=HYPERLINK(\"http://example.org\")",
            "@SUMME(1;2)",
            "+49 341 1234",
            "-5 Stellen",
            "\tTab",
            "'=schon mit Apostroph",
            "''",
            "'normal",
            "-3,20",
            "12",
            "E-Akte",
        ];
        let mut out = String::new();
        write_record(&mut out, &fields);
        assert_eq!(
            out,
            "\"'=HYPERLINK(\"\"http://example.org\"\")\";\"'@SUMME(1;2)\";'+49 341 1234;\
             '-5 Stellen;'\tTab;''=schon mit Apostroph;''';'normal;-3,20;12;E-Akte\r\n"
        );
        assert_eq!(read(&out), [fields.to_vec()]);
    }
}
