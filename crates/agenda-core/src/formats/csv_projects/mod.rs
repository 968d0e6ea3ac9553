//! Projects as CSV in the convention German Excel and LibreOffice open
//! correctly: UTF-8 with byte order mark, semicolon separator, CRLF line
//! ends, dates as TT.MM.JJJJ, amounts as `60000,00` (decimal comma, no
//! thousands dot), so both read numbers and dates as such. Lists
//! (participants, Leitplanken, Kompetenzen) are one name per line inside
//! the cell. The last column carries each project's id.
//!
//! Import ([`import`]) updates the projects whose id a row carries and adds
//! rows without one; it refers to departments, Leitplanken and
//! Handlungsfelder by name, reads what spreadsheets write (see
//! [`crate::formats::csv_text`], dates also as TT.MM.JJ and ISO, amounts
//! with thousands dots or a decimal point), checks every row, and returns
//! either all the actions to apply or every problem with row number and
//! column: nothing is imported half.

mod finance;
mod import;

pub use import::{Imported, Problem, RowError, import};

use crate::formats::csv_text::write_record;
use crate::model::date::Date;
use crate::model::{Agenda, DepartmentId, Project, ProjectDraft, ProjectStatus};
use crate::vocabulary;

/// The byte order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The column that names the project a row updates.
pub const ID_COLUMN: &str = "Kennung";

/// Column headers, in export order: the labels of the Steckbrief's fields
/// on screen (the web crate's tests compare them), `€` written `EUR`.
pub const COLUMNS: [&str; 28] = [
    "Titel",
    "Beschreibung",
    "Beabsichtigte Wirkung",
    "Federführung",
    "Beteiligte Fachbereiche",
    "Verfolgte Leitplanken",
    "Handlungsfeld",
    "Kompetenzen, die das Projekt stärkt",
    "Priorität",
    "Beginn",
    "Ende",
    "Verantwortliche Person",
    "Gewicht im Fortschritt",
    "Status",
    "Fortschritt",
    "Haushaltsjahr der einmaligen Kosten",
    "Einmalig investiv (EUR)",
    "Einmalig konsumtiv (EUR)",
    "Einmalige Eigenleistung (Personalstunden)",
    "Laufend konsumtiv pro Jahr (EUR)",
    "Laufende Eigenleistung (Personalstunden pro Jahr)",
    "Nutzungsdauer (Jahre)",
    "Fälle pro Jahr",
    "Minuten gespart je Fall",
    "Sonstige Einsparungen pro Jahr (EUR)",
    "Nutzen, der sich nicht in Geld rechnet",
    "Förderprogramme",
    ID_COLUMN,
];

/// Headers of files written before the columns were named like the screen,
/// still read: (current, earlier).
pub(crate) const EARLIER_NAMES: [(&str, &str); 12] = [
    ("Beteiligte Fachbereiche", "Beteiligte"),
    ("Verfolgte Leitplanken", "Leitplanken"),
    ("Kompetenzen, die das Projekt stärkt", "Kompetenzen"),
    ("Verantwortliche Person", "Verantwortlich"),
    ("Gewicht im Fortschritt", "Gewicht"),
    ("Haushaltsjahr der einmaligen Kosten", "Haushaltsjahr"),
    (
        "Einmalige Eigenleistung (Personalstunden)",
        "Einmalige Personalstunden",
    ),
    (
        "Laufend konsumtiv pro Jahr (EUR)",
        "Laufende Sachkosten (EUR/Jahr)",
    ),
    (
        "Laufende Eigenleistung (Personalstunden pro Jahr)",
        "Laufende Personalstunden (pro Jahr)",
    ),
    ("Minuten gespart je Fall", "Minuten je Fall"),
    (
        "Sonstige Einsparungen pro Jahr (EUR)",
        "Sonstige Einsparungen (EUR/Jahr)",
    ),
    (
        "Nutzen, der sich nicht in Geld rechnet",
        "Qualitativer Nutzen",
    ),
];

/// Columns of files written before schema 7, still read: the one-off
/// Sachkosten and the Steckbrief's estimate (taken where no costs are given).
const OLD_ONE_OFF: &str = "Einmalige Sachkosten (EUR)";
const OLD_ESTIMATE: &str = "Kosten (EUR)";

/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;

/// Exports all projects.
pub fn export(agenda: &Agenda) -> String {
    let mut out = String::from(BOM);
    write_record(&mut out, &COLUMNS);
    for p in agenda.projects() {
        write_record(&mut out, &record(agenda, p));
    }
    out
}

/// A project's cells, in [`COLUMNS`] order.
pub(crate) fn record(agenda: &Agenda, p: &Project) -> Vec<String> {
    let mut cells = sheet_cells(agenda, p.sheet(), p.status());
    cells.insert(
        14,
        crate::numbers::fixed(p.progress().percent, 1).replace('.', ","),
    );
    cells.push(p.id().to_string());
    cells
}

/// The cells of a Steckbrief and status: every column but progress and id.
fn sheet_cells(agenda: &Agenda, s: &ProjectDraft, status: ProjectStatus) -> Vec<String> {
    let dept = |id: DepartmentId| {
        agenda
            .department(id)
            .map(|d| d.name().to_owned())
            .unwrap_or_default()
    };
    let lines = |items: Vec<String>| items.join("\n");
    let mut cells = vec![
        s.title.clone(),
        s.description.clone(),
        s.effect.clone(),
        dept(s.lead),
        lines(s.participants.iter().map(|d| dept(*d)).collect()),
        lines(
            s.guidelines
                .iter()
                .filter_map(|g| agenda.guideline(*g))
                .map(|g| g.title().to_owned())
                .collect(),
        ),
        s.field
            .and_then(|f| agenda.field(f))
            .map(|f| f.name().to_owned())
            .unwrap_or_default(),
        lines(
            s.competences
                .iter()
                .filter_map(|c| agenda.competence(*c))
                .map(|c| c.name().to_owned())
                .collect(),
        ),
        vocabulary::priority_band(s.band).to_owned(),
        s.start.map(Date::to_german).unwrap_or_default(),
        s.end.map(Date::to_german).unwrap_or_default(),
        s.responsible.clone(),
        s.weight.to_string(),
        vocabulary::project_status(status).to_owned(),
    ];
    cells.extend(finance::finance_cells(s));
    cells
}
