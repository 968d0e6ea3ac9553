//! A staff survey read from the CSV a survey tool exported (one row per
//! person, one column per question; `;` as German Excel writes it): the
//! columns named like a competence of the Kompetenzrad are counted, every
//! other column (time stamps, e-mail, free text) is never read. What comes
//! out are counts; no row is kept, so nothing identifies a person.
//!
//! A cell holds a level as a digit (`3`, `3 – selbstständig`) or as the
//! level's short name (`selbstständig`); an empty cell is no answer.

use crate::competence::{LEVEL_COUNT, LevelCounts};
use crate::formats::csv_text::read_records;
use crate::model::Agenda;
use crate::vocabulary::COMPETENCE_LEVEL;

/// Largest survey file accepted, in bytes.
pub const MAX_SURVEY_CSV_BYTES: usize = 5 * 1024 * 1024;

/// The counts read from a survey file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyCounts {
    /// Rows with at least one answer to a competence.
    pub respondents: u32,
    /// Counts per competence column found, in the order of the wheel.
    pub answers: Vec<LevelCounts>,
    /// Headers of the columns that were not read.
    pub ignored: Vec<String>,
}

/// Why a survey file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyCsvError {
    /// Larger than [`MAX_SURVEY_CSV_BYTES`].
    TooLarge,
    /// No column is named like a competence.
    NoCompetenceColumn,
    /// A quote opened in this row (as Excel counts) is never closed.
    Unclosed {
        /// Row number (the header is 1).
        row: usize,
    },
    /// A cell that is no level.
    BadLevel {
        /// Row number (the header is 1).
        row: usize,
        /// Column header.
        column: String,
        /// What the cell holds.
        value: String,
    },
}

/// The level a cell names, `Ok(None)` for an empty cell.
fn level(cell: &str) -> Result<Option<u8>, ()> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let mut chars = cell.chars();
    if let Some(d) = chars.next().and_then(|c| c.to_digit(10))
        && !chars.next().is_some_and(|c| c.is_ascii_digit())
    {
        return u8::try_from(d)
            .ok()
            .filter(|d| usize::from(*d) < LEVEL_COUNT)
            .map(Some)
            .ok_or(());
    }
    COMPETENCE_LEVEL
        .iter()
        .zip(0_u8..)
        .find(|((name, _), _)| name.eq_ignore_ascii_case(cell))
        .map(|(_, n)| Some(n))
        .ok_or(())
}

/// Counts the answers of a survey export. Every problem is reported; no
/// counts come out of a file with one.
pub fn read(agenda: &Agenda, text: &str) -> Result<SurveyCounts, Vec<SurveyCsvError>> {
    if text.len() > MAX_SURVEY_CSV_BYTES {
        return Err(vec![SurveyCsvError::TooLarge]);
    }
    let text = text
        .strip_prefix(crate::formats::csv_projects::BOM)
        .unwrap_or(text);
    let (records, unclosed) = read_records(text);
    let mut errors = Vec::new();
    if let Some(open) = unclosed {
        errors.push(SurveyCsvError::Unclosed {
            row: open.record + 1,
        });
    }
    let mut records = records.into_iter();
    let headers = records.next().unwrap_or_default();
    // (column index, competence) for each column named like a competence.
    let mut columns = Vec::new();
    let mut ignored = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let name = header.trim();
        match agenda
            .competences()
            .iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
        {
            Some(c) if !columns.iter().any(|(_, id)| *id == c.id()) => columns.push((i, c.id())),
            _ => ignored.push(name.to_owned()),
        }
    }
    if columns.is_empty() {
        errors.push(SurveyCsvError::NoCompetenceColumn);
        return Err(errors);
    }
    let mut counts = vec![[0_u32; LEVEL_COUNT]; columns.len()];
    let mut respondents = 0_u32;
    for (n, record) in records.enumerate() {
        let mut answered = false;
        for ((i, _), slot) in columns.iter().zip(counts.iter_mut()) {
            let cell = record.get(*i).map(String::as_str).unwrap_or_default();
            match level(cell) {
                Ok(Some(l)) => {
                    if let Some(c) = slot.get_mut(usize::from(l)) {
                        *c = c.saturating_add(1);
                    }
                    answered = true;
                }
                Ok(None) => {}
                Err(()) => errors.push(SurveyCsvError::BadLevel {
                    row: n + 2,
                    column: headers.get(*i).cloned().unwrap_or_default(),
                    value: cell.chars().take(40).collect(),
                }),
            }
        }
        if answered {
            respondents = respondents.saturating_add(1);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut answers: Vec<LevelCounts> = columns
        .iter()
        .zip(counts)
        .map(|((_, competence), counts)| LevelCounts {
            competence: *competence,
            counts,
        })
        .collect();
    let position = |id| agenda.competences().iter().position(|c| c.id() == id);
    crate::sorting::sort_by_key(&mut answers, |a| position(a.competence));
    Ok(SurveyCounts {
        respondents,
        answers,
        ignored,
    })
}
