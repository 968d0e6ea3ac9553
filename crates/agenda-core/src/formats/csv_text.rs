//! CSV records as RFC 4180 writes them, with `;` between fields (as German
//! Excel does): fields in double quotes when they hold `;`, `"`, a line
//! break, or begin or end with a space; a quote inside is doubled.
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

fn write_field(out: &mut String, field: &str) {
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

/// Reads all records; lines with nothing on them are skipped. Rows may
/// have different numbers of fields.
pub(crate) fn read_records(text: &str) -> (Vec<Vec<String>>, Option<UnclosedQuote>) {
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
            SEPARATOR => {
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
}
