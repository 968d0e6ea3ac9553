//! Structured text for the property tests of the parsers (stored JSON, the
//! projects CSV, the survey CSV): text that gets past the first byte, so the
//! checks behind the syntax run too. Edits of a valid text (a slice
//! deleted, replaced or duplicated, a number or a key changed, the end cut
//! off, a value nested deeper), and CSV files put together from cells that
//! are mostly what their column expects, with quotes, line breaks inside
//! quotes, wrong column counts, bad dates and amounts.
#![allow(clippy::indexing_slicing)] // positions come from the text's own char boundaries

use agenda_core::formats::csv_projects::{BOM, COLUMNS, export};
use agenda_core::formats::stored;
use agenda_core::{Agenda, DepartmentId, ProjectStatus, vocabulary};
use proptest::prelude::*;
use proptest::sample::Index;

/// What a slice of text is replaced by: JSON and CSV tokens.
const TOKENS: [&str; 24] = [
    "",
    "null",
    "0",
    "-1",
    "1e400",
    "\"\"",
    "\"x\"",
    "[]",
    "{}",
    "true",
    ",",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    ";",
    "\r\n",
    "\n",
    "\"\"\"",
    "ä",
    "{\"a\":1}",
    "]",
    "}",
];

/// What a number is changed to: other schema versions, limits, floats.
const NUMBERS: [&str; 15] = [
    "0",
    "-1",
    "1",
    "2",
    "3",
    "5",
    "6",
    "7",
    "31",
    "4294967296",
    "18446744073709551616",
    "1.5",
    "1e400",
    "-0",
    "99999999999999999999",
];

/// One change to a text. Places are indices into what the text holds (its
/// characters, numbers, keys, brackets), drawn before the text is known.
#[derive(Clone, Debug)]
pub enum Edit {
    /// Remove up to `len` characters from `at`.
    Delete { at: Index, len: usize },
    /// Put `with` in place of up to `len` characters from `at`.
    Replace {
        at: Index,
        len: usize,
        with: &'static str,
    },
    /// Insert a copy of up to `len` characters from `from` at `to`.
    Duplicate { from: Index, len: usize, to: Index },
    /// Replace the `nth` run of digits (with its minus sign) by `with`.
    Number { nth: Index, with: &'static str },
    /// Rename the `nth` object key: to the `other` key of the text (0), to
    /// itself with a suffix (1), to nothing (2), to capitals (3).
    Key { nth: Index, other: Index, how: u8 },
    /// Cut the text off at `at`.
    Truncate { at: Index },
    /// Wrap the `nth` object or array `depth` times, in arrays or objects.
    Nest {
        nth: Index,
        depth: usize,
        object: bool,
    },
}

/// An edit of any kind; numbers and keys more often, as changing them
/// mostly keeps the syntax and reaches the checks behind it.
pub fn any_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => (any::<Index>(), 0_usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => (
            any::<Index>(),
            0_usize..20,
            prop::sample::select(TOKENS.to_vec())
        )
            .prop_map(|(at, len, with)| Edit::Replace { at, len, with }),
        1 => (any::<Index>(), 1_usize..200, any::<Index>())
            .prop_map(|(from, len, to)| Edit::Duplicate { from, len, to }),
        2 => (any::<Index>(), prop::sample::select(NUMBERS.to_vec()))
            .prop_map(|(nth, with)| Edit::Number { nth, with }),
        2 => (any::<Index>(), any::<Index>(), 0_u8..4)
            .prop_map(|(nth, other, how)| Edit::Key { nth, other, how }),
        1 => any::<Index>().prop_map(|at| Edit::Truncate { at }),
        1 => (
            any::<Index>(),
            prop_oneof![4 => 1_usize..3, 1 => Just(130_usize)],
            any::<bool>()
        )
            .prop_map(|(nth, depth, object)| Edit::Nest { nth, depth, object }),
    ]
}

/// The byte offsets where characters start, and the end.
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect()
}

/// The byte range of up to `len` characters from the place `at` picks.
fn span(text: &str, at: &Index, len: usize) -> (usize, usize) {
    let b = boundaries(text);
    let start = at.index(b.len());
    (b[start], b[(start + len).min(b.len() - 1)])
}

/// Byte ranges of the contents of the string literals, and whether each is
/// an object key (followed by `:`).
fn strings(text: &str) -> Vec<(usize, usize, bool)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut end = None;
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else { break };
        let key = text[end + 1..].trim_start().starts_with(':');
        found.push((at + 1, end, key));
    }
    found
}

/// Byte ranges of `{…}` and `[…]` outside strings (to the end of the text
/// when one is not closed).
fn containers(text: &str) -> Vec<(usize, usize)> {
    let mut open: Vec<usize> = Vec::new();
    let mut found = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => open.push(at),
            '}' | ']' => {
                if let Some(start) = open.pop() {
                    found.push((start, at + 1));
                }
            }
            _ => {}
        }
    }
    found.extend(open.into_iter().map(|start| (start, text.len())));
    found
}

/// Byte ranges of runs of ASCII digits, with a minus sign before them.
fn numbers(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii_digit() {
            let start = if at > 0 && bytes[at - 1] == b'-' {
                at - 1
            } else {
                at
            };
            let mut end = at;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            found.push((start, end));
            at = end;
        } else {
            at += 1;
        }
    }
    found
}

fn splice(text: &str, (start, end): (usize, usize), with: &str) -> String {
    format!("{}{with}{}", &text[..start], &text[end..])
}

/// `text` with `edit` made; unchanged when the text has nothing to edit.
pub fn edit(text: &str, edit: &Edit) -> String {
    match edit {
        Edit::Delete { at, len } => splice(text, span(text, at, *len), ""),
        Edit::Replace { at, len, with } => splice(text, span(text, at, *len), with),
        Edit::Duplicate { from, len, to } => {
            let (start, end) = span(text, from, *len);
            let (to, _) = span(text, to, 0);
            splice(text, (to, to), &text[start..end])
        }
        Edit::Number { nth, with } => {
            let found = numbers(text);
            if found.is_empty() {
                return text.to_owned();
            }
            splice(text, *nth.get(&found), with)
        }
        Edit::Key { nth, other, how } => {
            let keys: Vec<(usize, usize)> = strings(text)
                .into_iter()
                .filter(|(_, _, key)| *key)
                .map(|(start, end, _)| (start, end))
                .collect();
            if keys.is_empty() {
                return text.to_owned();
            }
            let (start, end) = *nth.get(&keys);
            let name = &text[start..end];
            let renamed = match how {
                0 => {
                    let (a, b) = *other.get(&keys);
                    text[a..b].to_owned()
                }
                1 => format!("{name}_"),
                2 => String::new(),
                _ => name.to_ascii_uppercase(),
            };
            splice(text, (start, end), &renamed)
        }
        Edit::Truncate { at } => {
            let (end, _) = span(text, at, 0);
            text[..end].to_owned()
        }
        Edit::Nest { nth, depth, object } => {
            let found = containers(text);
            if found.is_empty() {
                return text.to_owned();
            }
            let (start, end) = *nth.get(&found);
            let (open, close) = if *object {
                ("{\"x\":", "}")
            } else {
                ("[", "]")
            };
            format!(
                "{}{}{}{}{}",
                &text[..start],
                open.repeat(*depth),
                &text[start..end],
                close.repeat(*depth),
                &text[end..]
            )
        }
    }
}

/// `text` with one to three edits made one after the other.
pub fn edited(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (text, prop::collection::vec(any_edit(), 1..4))
        .prop_map(|(text, edits)| edits.iter().fold(text, |text, change| edit(&text, change)))
}

/// Stored data as the app wrote it over the years (the golden files of
/// every schema version), and agendas of random actions in the current
/// schema, plain or as a department's contribution file.
pub fn stored_json() -> impl Strategy<Value = String> {
    let fixtures = vec![
        include_str!("../fixtures/schema-v1.json"),
        include_str!("../fixtures/schema-v2.json"),
        include_str!("../fixtures/schema-v3.json"),
        include_str!("../fixtures/schema-v4.json"),
        include_str!("../fixtures/schema-v5.json"),
        include_str!("../fixtures/schema-v6.json"),
    ];
    let current = (
        any::<bool>(),
        prop::collection::vec(super::any_action(), 0..30),
        any::<bool>(),
    )
        .prop_map(|(seeded, actions, contribution)| {
            let mut agenda = if seeded {
                super::seed().unwrap_or_default()
            } else {
                Agenda::new()
            };
            for action in actions {
                let _ = agenda.apply(action);
            }
            if contribution {
                stored::to_contribution_json(&agenda, DepartmentId::from_u128(0))
            } else {
                stored::to_json(&agenda)
            }
            .unwrap_or_default()
        });
    prop_oneof![
        prop::sample::select(fixtures).prop_map(str::to_owned),
        current,
    ]
}

/// How a cell is written.
#[derive(Clone, Copy, Debug)]
enum Quoting {
    /// As a spreadsheet writes it: in quotes when it holds `;`, `"` or a
    /// line break.
    AsNeeded,
    /// Always in quotes.
    Always,
    /// Never in quotes, even when that splits the cell.
    Never,
}

fn any_quoting() -> impl Strategy<Value = Quoting> {
    prop_oneof![
        6 => Just(Quoting::AsNeeded),
        2 => Just(Quoting::Always),
        1 => Just(Quoting::Never),
    ]
}

fn write_cell(out: &mut String, cell: &str, quoting: Quoting) {
    let quote = match quoting {
        Quoting::AsNeeded => cell.contains([';', '"', '\n', '\r']),
        Quoting::Always => true,
        Quoting::Never => false,
    };
    if quote {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// A cell that fits no column: separators, quotes, line breaks, numbers.
fn junk() -> BoxedStrategy<String> {
    prop_oneof!["[a-zäöüß0-9 ;\"\r\n.,|%€-]{0,16}", super::any_text()].boxed()
}

fn select(values: Vec<String>) -> BoxedStrategy<String> {
    if values.is_empty() {
        Just(String::new()).boxed()
    } else {
        prop::sample::select(values).boxed()
    }
}

fn words(values: &[&str]) -> BoxedStrategy<String> {
    select(values.iter().map(|v| (*v).to_owned()).collect())
}

/// Up to three of `names`, one a line, as the CSV lists them; the same
/// one twice now and then.
fn lines_of(names: Vec<String>) -> BoxedStrategy<String> {
    prop::collection::vec(select(names), 0..3)
        .prop_map(|names| names.join("\n"))
        .boxed()
}

/// Up to two different ones of `names`, one a line.
fn some_of(names: Vec<String>) -> BoxedStrategy<String> {
    let most = names.len().min(2);
    prop::sample::subsequence(names, 0..=most)
        .prop_map(|names| names.join("\n"))
        .boxed()
}

/// Names the projects CSV refers to, taken from the agenda it goes into.
struct Names {
    departments: Vec<String>,
    guidelines: Vec<String>,
    fields: Vec<String>,
    competences: Vec<String>,
    /// The ids of its projects, which a row updates.
    projects: Vec<String>,
}

impl Names {
    fn of(agenda: &Agenda) -> Self {
        let mut departments: Vec<String> = Vec::new();
        for d in agenda.departments() {
            departments.push(d.name().to_owned());
            departments.push(d.name().to_ascii_uppercase());
            if !d.short_name().is_empty() {
                departments.push(d.short_name().to_owned());
            }
        }
        let guidelines: Vec<String> = agenda
            .guidelines()
            .iter()
            .map(|g| g.title().to_owned())
            .collect();
        let fields: Vec<String> = agenda
            .fields()
            .iter()
            .map(|f| f.name().to_owned())
            .collect();
        let competences: Vec<String> = agenda
            .competences()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
        let projects = agenda
            .projects()
            .iter()
            .map(|p| p.id().to_string())
            .chain([String::new()])
            .collect();
        Self {
            departments,
            guidelines,
            fields,
            competences,
            projects,
        }
    }

    /// What the column expects (a name of the agenda, a word of the
    /// vocabulary, a date, an amount), and what it refuses.
    fn cells(&self, column: &str) -> (BoxedStrategy<String>, BoxedStrategy<String>) {
        let money = |good: &[&str]| (words(good), words(&["-5", "viel", "1,234", "1e3"]));
        let unknown = |known: &[String], name: &str| {
            (
                some_of(known.to_vec()),
                lines_of([known, &[name.to_owned()]].concat()),
            )
        };
        match column {
            "Titel" => (
                "[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß <>&;\"\n]{0,20}".boxed(),
                prop_oneof![words(&["", " "]), super::any_text()].boxed(),
            ),
            "Federführung" => (
                select(self.departments.clone()),
                words(&["", "Gibt es nicht"]),
            ),
            // Some departments twice, or the lead among the participants.
            "Beteiligte" => (
                Just(String::new()).boxed(),
                unknown(&self.departments, "Gibt es nicht").1,
            ),
            "Leitplanken" => unknown(&self.guidelines, "Unbekannt"),
            "Kompetenzen" => unknown(&self.competences, "Zaubern"),
            "Handlungsfeld" => (
                select([&self.fields[..], &[String::new()]].concat()),
                words(&["Kein Feld"]),
            ),
            "Priorität" => (
                words(&["", "hoch", "mittel", "niedrig", "HOCH"]),
                words(&["sehr hoch"]),
            ),
            // As the app writes them, as German LibreOffice saves them
            // (two-digit year), ISO.
            "Beginn" | "Ende" => (
                prop_oneof![
                    (1_u8..29, 1_u8..13, 2024_u16..2030)
                        .prop_map(|(d, m, y)| format!("{d:02}.{m:02}.{y}")),
                    (1_u8..29, 1_u8..13, 24_u16..30).prop_map(|(d, m, y)| format!("{d}.{m}.{y}")),
                    (1_u8..29, 1_u8..13, 2024_u16..2030)
                        .prop_map(|(d, m, y)| format!("{y}-{m:02}-{d:02}")),
                    Just(String::new()),
                ]
                .boxed(),
                words(&["1.1.026", "31.02.2026", "00.00.0000", "13.13.2026", "heute"]),
            ),
            "Kennung" => (
                select(self.projects.clone()),
                words(&["kaputt", "00000000-0000-0000-0000-00000000abcd"]),
            ),
            "Kosten (EUR)" => money(&["", "85.000", "1.500,00", "12", "0"]),
            "Finanzierung" => (
                words(&["", "Eigenmittel", "Fördermittel", "Sonstige"]),
                words(&["Spende"]),
            ),
            "Gewicht" => (words(&["", "1", "3", "10"]), words(&["0", "11", "x", "-1"])),
            "Status" => (
                select(
                    ProjectStatus::ALL
                        .into_iter()
                        .map(|s| vocabulary::project_status(s).to_owned())
                        .chain([String::new(), "IN UMSETZUNG".to_owned()])
                        .collect(),
                ),
                words(&["fertig"]),
            ),
            "Qualitativer Nutzen" => (
                select(
                    [
                        "Rechtspflicht | hoch | OZG",
                        "Bürgerservice | mittel | schneller",
                        "Informationssicherheit | gering",
                        "Bürgerservice | mittel | a | b",
                    ]
                    .map(str::to_owned)
                    .to_vec(),
                ),
                words(&[
                    "Wunsch | hoch",
                    "Rechtspflicht | sehr | x",
                    "Rechtspflicht | hoch\nRechtspflicht | gering",
                ]),
            ),
            "Förderprogramme" => (
                lines_of(
                    [
                        "Programm | Land | 80 % | beantragt | 31.03.2027",
                        "Programm | Land | 10.000 EUR | bewilligt",
                        "Bund | Bund | 50,00 % | geplant |",
                    ]
                    .map(str::to_owned)
                    .to_vec(),
                ),
                words(&[
                    "Programm | Land | 80 % | vielleicht",
                    "Programm | Land | 120 % | abgelehnt",
                    "Programm | Land | x | beantragt | 30.02.2027",
                ]),
            ),
            c if c.contains("(EUR") => money(&["", "1.500,00", "12.500,50 €", "12", "0", "1500.5"]),
            "Haushaltsjahr" => (words(&["", "2026", "2.027"]), words(&["300", "x", "-2026"])),
            c if c.contains("stunden")
                || c.contains("Jahr")
                || c.contains("Fälle")
                || c.contains("Minuten") =>
            {
                (
                    words(&["", "3", "30"]),
                    words(&["-3", "x", "4294967296", "12,5", "1.200"]),
                )
            }
            _ => (super::any_name().boxed(), junk()),
        }
    }
}

/// A CSV file: the header, then rows with a cell for each column, cells
/// quoted as needed or always; in some files, half of the rows with cells
/// of the kind `cells` says their column refuses, junk, cells missing or
/// too many, and cells that should be quoted but are not. CRLF or LF; with or without a
/// byte order mark. `cells` gives, for a column, what fits and what not.
fn csv_file(
    header: impl Strategy<Value = Vec<String>>,
    cells: impl Fn(&str) -> (BoxedStrategy<String>, BoxedStrategy<String>) + Clone + 'static,
) -> impl Strategy<Value = String> {
    (header, prop::bool::weighted(0.3))
        .prop_flat_map(move |(header, all_clean)| {
            let columns: Vec<_> = header
                .iter()
                .map(|h| {
                    let (good, bad) = cells(h);
                    (good, bad, junk(), 0_u8..9)
                })
                .collect();
            let row = (
                any::<bool>().prop_map(move |clean| clean || all_clean),
                columns,
                prop::collection::vec(any_quoting(), header.len() + 2),
                prop_oneof![8 => Just(0_i8), 1 => -3_i8..0, 1 => 1_i8..3],
            )
                .prop_map(|(clean, columns, mut quoting, more)| {
                    let mut cells: Vec<String> = columns
                        .into_iter()
                        .map(|(good, bad, junk, roll)| match roll {
                            _ if clean => good,
                            0..=5 => good,
                            6 | 7 => bad,
                            _ => junk,
                        })
                        .collect();
                    if clean {
                        for q in &mut quoting {
                            if matches!(q, Quoting::Never) {
                                *q = Quoting::AsNeeded;
                            }
                        }
                    } else {
                        let wanted = cells.len().saturating_add_signed(isize::from(more));
                        cells.resize(wanted, "x".into());
                    }
                    (cells, quoting)
                });
            (
                Just(header),
                prop::collection::vec(row, 0..6),
                any::<bool>(),
                any::<bool>(),
            )
        })
        .prop_map(|(header, rows, crlf, bom)| {
            let eol = if crlf { "\r\n" } else { "\n" };
            let mut out = String::new();
            if bom {
                out.push_str(BOM);
            }
            let mut write = |cells: &[String], quoting: &[Quoting]| {
                for (n, (cell, q)) in cells.iter().zip(quoting).enumerate() {
                    if n > 0 {
                        out.push(';');
                    }
                    write_cell(&mut out, cell, *q);
                }
                out.push_str(eol);
            };
            write(&header, &vec![Quoting::AsNeeded; header.len()]);
            for (cells, quoting) in rows {
                write(&cells, &quoting);
            }
            out
        })
}

/// Projects CSV for `agenda`: the export's header (whole, or some of its
/// columns in any order, perhaps in lower case and padded, now and then
/// without a required column or with one it does not know) and rows of cells that
/// mostly name what the agenda has; or the agenda's own export, edited.
pub fn project_csv(agenda: &Agenda) -> impl Strategy<Value = String> {
    let names = std::sync::Arc::new(Names::of(agenda));
    let columns = || COLUMNS.map(str::to_owned).to_vec();
    let header = prop_oneof![
        2 => Just(columns()),
        3 => (
            prop::sample::subsequence(columns(), 0..=COLUMNS.len()).prop_shuffle(),
            prop::bool::weighted(0.9),
            prop::option::weighted(0.2, words(&["Notiz", "", "Titel"])),
            any::<bool>(),
        )
            .prop_map(|(mut header, required, extra, lower)| {
                if required {
                    for name in ["Federführung", "Titel"] {
                        if !header.iter().any(|h| h == name) {
                            header.insert(0, name.to_owned());
                        }
                    }
                }
                header.extend(extra);
                if lower {
                    for h in &mut header {
                        *h = format!(" {} ", h.to_lowercase());
                    }
                }
                header
            }),
    ];
    let generated = csv_file(header, move |column| {
        let column = column.trim();
        let known = COLUMNS.iter().find(|c| c.eq_ignore_ascii_case(column));
        names.cells(known.unwrap_or(&column))
    });
    prop_oneof![
        3 => generated,
        1 => edited(Just(export(agenda))),
    ]
}

/// A survey export for `agenda`: columns named like its competences (any
/// case, some twice) among others (time stamp, e-mail, comment), cells with
/// levels as digits, as words, off the scale, or anything.
pub fn survey_csv(agenda: &Agenda) -> impl Strategy<Value = String> {
    let mut names: Vec<String> = Vec::new();
    for c in agenda.competences() {
        names.push(c.name().to_owned());
        names.push(c.name().to_lowercase());
    }
    names.extend(["Zeitstempel", "E-Mail", "Kommentar", "Zaubern"].map(str::to_owned));
    let competences: Vec<String> = agenda
        .competences()
        .iter()
        .map(|c| c.name().to_lowercase())
        .collect();
    let header = prop::collection::vec(select(names), 0..6);
    let good = words(&[
        "",
        "0",
        "1",
        "2",
        "3",
        "4",
        "3 – selbstständig",
        "selbstständig",
        "KEINE",
        "mit Unterstützung",
        "kann andere anleiten",
    ]);
    let bad = words(&["5", "12", "viel", "-1"]);
    csv_file(header, move |column| {
        if competences.contains(&column.to_lowercase()) {
            (good.clone(), bad.clone())
        } else {
            (super::any_name().boxed(), junk())
        }
    })
}
