//! Reading a project CSV back: rows with a known id update that project
//! (only what changed), rows without one become new projects.

use super::{BOM, COLUMNS, EARLIER_NAMES, ID_COLUMN, MAX_CSV_BYTES, record};
use crate::formats::csv_text::read_records;
use crate::kaemmerei::finance::{Grant, GrantShare};
use crate::kaemmerei::money::Cents;
use crate::model::date::Date;
use crate::model::{Agenda, DepartmentId, Project, ProjectId};
use crate::model::{PriorityBand, ProjectDraft, ProjectStatus};
use crate::reducer::action::Action;
use crate::reducer::error::AgendaError;
use crate::vocabulary;

/// What is wrong with a cell or a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required column is missing from the header.
    MissingColumn,
    /// A required cell is empty.
    Empty,
    /// No Fachbereich of this name.
    UnknownDepartment(String),
    /// No Leitplanke of this title.
    UnknownGuideline(String),
    /// No Handlungsfeld of this name.
    UnknownField(String),
    /// No competence of the Kompetenzrad has this name.
    UnknownCompetence(String),
    /// No project of the agenda has this id (deleted, or from another
    /// agenda).
    UnknownProject(String),
    /// An earlier row already updates the project with this id.
    RepeatedProject(String),
    /// Not a date (TT.MM.JJJJ, TT.MM.JJ or JJJJ-MM-TT).
    BadDate(String),
    /// Not a number of the expected kind.
    BadNumber(String),
    /// Not one of the allowed words.
    BadChoice(String),
    /// The row is not valid CSV.
    Syntax(String),
    /// The file is larger than [`MAX_CSV_BYTES`].
    TooLarge,
    /// The project breaks a rule of the agenda.
    Invalid(AgendaError),
}

/// A problem at a place in the file. `row` counts like Excel: the header
/// is row 1, the first project row 2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// Row number as Excel shows it.
    pub row: usize,
    /// Column header (empty for whole-row problems).
    pub column: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What an import does: the actions to apply as one change, and how many
/// projects they update and add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// In order; empty when the file changes nothing.
    pub actions: Vec<Action>,
    /// Projects the file changes.
    pub updated: usize,
    /// Projects the file adds.
    pub added: usize,
    /// Projects the file names without changing them.
    pub unchanged: usize,
}

/// A date as German spreadsheets write it: `01.01.2026`, `1.1.2026`,
/// `01.01.26` (German LibreOffice's own save; a two-digit year is this
/// century) or ISO `2026-01-01`.
pub(super) fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('.').collect();
    if let [d, m, y] = parts.as_slice() {
        let y = match y.len() {
            2 => format!("20{y}"),
            4 => (*y).to_owned(),
            _ => return None,
        };
        let short = |s: &str| (1..=2).contains(&s.len());
        if !short(d) || !short(m) {
            return None;
        }
        return format!("{y}-{m:0>2}-{d:0>2}").parse().ok();
    }
    text.parse().ok()
}

/// Reads projects from CSV. A row whose [`ID_COLUMN`] names a project
/// updates it: the columns the file has replace what they show, the rest
/// (milestones, Kennzahlen, columns the file lacks) stays. Progress is
/// computed from milestones and not read. A row without an
/// id is a new project; `new_id` gives it its id. `today` dates a status
/// change.
pub fn import(
    agenda: &Agenda,
    text: &str,
    mut new_id: impl FnMut() -> ProjectId,
    today: Date,
) -> Result<Imported, Vec<RowError>> {
    let whole = |problem| {
        vec![RowError {
            row: 1,
            column: String::new(),
            problem,
        }]
    };
    if text.len() > MAX_CSV_BYTES {
        return Err(whole(Problem::TooLarge));
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let (records, unclosed) = read_records(text);
    let mut records = records.into_iter();
    let headers: Vec<String> = records
        .next()
        .unwrap_or_default()
        .iter()
        .map(|c| c.trim().to_owned())
        .collect();
    // By its name, or the name files written earlier gave it.
    let column = |name: &str| {
        let earlier = EARLIER_NAMES
            .iter()
            .find(|(now, _)| *now == name)
            .map(|(_, then)| *then);
        headers.iter().position(|h| {
            h.eq_ignore_ascii_case(name) || earlier.is_some_and(|e| h.eq_ignore_ascii_case(e))
        })
    };
    let mut errors = Vec::new();
    for required in ["Titel", "Federführung"] {
        if column(required).is_none() {
            errors.push(RowError {
                row: 1,
                column: required.into(),
                problem: Problem::MissingColumn,
            });
        }
    }
    if let Some(open) = unclosed {
        errors.push(RowError {
            row: open.record + 1,
            column: String::new(),
            problem: Problem::Syntax("unclosed quote".into()),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut out = Imported::default();
    let mut preview = agenda.clone();
    let mut named: Vec<ProjectId> = Vec::new();
    for (n, cells) in records.enumerate() {
        let row = n + 2;
        let given =
            |name: &str| column(name).map(|i| cells.get(i).map(|c| c.trim()).unwrap_or_default());
        let mut bad = |col: &str, problem| {
            errors.push(RowError {
                row,
                column: col.into(),
                problem,
            })
        };
        let existing = match given(ID_COLUMN).unwrap_or_default() {
            "" => None,
            id => match id.parse().ok().and_then(|id| agenda.project(id)) {
                Some(p) if named.contains(&p.id()) => {
                    bad(ID_COLUMN, Problem::RepeatedProject(id.into()));
                    continue;
                }
                Some(p) => {
                    named.push(p.id());
                    Some(p)
                }
                None => {
                    bad(ID_COLUMN, Problem::UnknownProject(id.into()));
                    continue;
                }
            },
        };
        // A column the file lacks keeps what the project has.
        let base = existing.map(|p| record(agenda, p)).unwrap_or_default();
        let cell = |name: &str| -> String {
            given(name)
                .or_else(|| {
                    let i = COLUMNS.iter().position(|c| *c == name)?;
                    base.get(i).map(String::as_str)
                })
                .unwrap_or_default()
                .to_owned()
        };
        let Some(row_actions) = read_row(agenda, existing, &cell, &mut bad, &mut new_id, today)
        else {
            continue;
        };
        if row_actions.is_empty() {
            out.unchanged += 1;
            continue;
        }
        for action in &row_actions {
            if let Err(e) = preview.apply(action.clone()) {
                bad("", Problem::Invalid(e));
                break;
            }
        }
        if existing.is_some() {
            out.updated += 1;
        } else {
            out.added += 1;
        }
        out.actions.extend(row_actions);
    }
    if errors.is_empty() {
        return Ok(out);
    }
    // Named as the file names the column, so it is found in the sheet.
    for e in &mut errors {
        if let Some(header) = column(&e.column).and_then(|i| headers.get(i)) {
            e.column.clone_from(header);
        }
    }
    Err(errors)
}

/// The actions for one row (none when it changes nothing), or `None` when
/// a cell is bad (reported through `bad`).
fn read_row(
    agenda: &Agenda,
    existing: Option<&Project>,
    cell: &dyn Fn(&str) -> String,
    bad: &mut dyn FnMut(&str, Problem),
    new_id: &mut dyn FnMut() -> ProjectId,
    today: Date,
) -> Option<Vec<Action>> {
    let mut ok = true;
    let mut bad = |col: &str, problem| {
        ok = false;
        bad(col, problem);
    };
    let find_department = |name: &str| {
        agenda
            .departments()
            .iter()
            .find(|d| {
                d.name().eq_ignore_ascii_case(name)
                    || (!d.short_name().is_empty() && d.short_name().eq_ignore_ascii_case(name))
            })
            .map(|d| d.id())
    };
    let list = |name: &str| -> Vec<String> {
        cell(name)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };

    let title = cell("Titel");
    if title.is_empty() {
        bad("Titel", Problem::Empty);
    }
    let lead_name = cell("Federführung");
    let lead = if lead_name.is_empty() {
        bad("Federführung", Problem::Empty);
        None
    } else {
        let found = find_department(&lead_name);
        if found.is_none() {
            bad("Federführung", Problem::UnknownDepartment(lead_name));
        }
        found
    };
    let mut draft = ProjectDraft::new(title, lead.unwrap_or(DepartmentId::from_u128(0)));
    if let Some(p) = existing {
        // Not a column: the perspectives the project addresses stay.
        draft.perspectives.clone_from(&p.sheet().perspectives);
    }
    draft.description = cell("Beschreibung");
    draft.effect = cell("Beabsichtigte Wirkung");
    draft.responsible = cell("Verantwortliche Person");
    for name in list("Beteiligte Fachbereiche") {
        match find_department(&name) {
            Some(id) => draft.participants.push(id),
            None => bad("Beteiligte Fachbereiche", Problem::UnknownDepartment(name)),
        }
    }
    for name in list("Verfolgte Leitplanken") {
        match agenda
            .guidelines()
            .iter()
            .find(|g| g.title().eq_ignore_ascii_case(&name))
        {
            Some(g) => draft.guidelines.push(g.id()),
            None => bad("Verfolgte Leitplanken", Problem::UnknownGuideline(name)),
        }
    }
    for name in list("Kompetenzen, die das Projekt stärkt") {
        match agenda
            .competences()
            .iter()
            .find(|c| c.name().eq_ignore_ascii_case(&name))
        {
            Some(c) => draft.competences.push(c.id()),
            None => bad(
                "Kompetenzen, die das Projekt stärkt",
                Problem::UnknownCompetence(name),
            ),
        }
    }
    let field = cell("Handlungsfeld");
    if !field.is_empty() {
        match agenda
            .fields()
            .iter()
            .find(|f| f.name().eq_ignore_ascii_case(&field))
        {
            Some(f) => draft.field = Some(f.id()),
            None => bad("Handlungsfeld", Problem::UnknownField(field)),
        }
    }
    draft.band = match cell("Priorität").to_lowercase().as_str() {
        "hoch" => PriorityBand::High,
        "" | "mittel" => PriorityBand::Medium,
        "niedrig" => PriorityBand::Low,
        other => {
            bad("Priorität", Problem::BadChoice(other.into()));
            PriorityBand::Medium
        }
    };
    for (name, slot) in [("Beginn", &mut draft.start), ("Ende", &mut draft.end)] {
        let value = cell(name);
        if !value.is_empty() {
            *slot = parse_date(&value);
            if slot.is_none() {
                bad(name, Problem::BadDate(value));
            }
        }
    }
    let programme = cell("Förderprogramm");
    if cell("Finanzierung").eq_ignore_ascii_case("fördermittel") && !programme.is_empty() {
        // A file written before schema 7 names its programme here.
        draft.grants.push(Grant {
            name: programme,
            body: String::new(),
            share: GrantShare::Amount(Cents::ZERO),
            status: crate::kaemmerei::finance::GrantStatus::Planned,
            deadline: None,
        });
    }
    let weight = cell("Gewicht im Fortschritt");
    if !weight.is_empty() {
        match crate::kaemmerei::money::parse_count(&weight) {
            Ok(w) => draft.weight = w,
            Err(_) => bad("Gewicht im Fortschritt", Problem::BadNumber(weight)),
        }
    }
    super::finance::read_finance(&mut draft, cell, &mut bad);
    let status_text = cell("Status");
    let status = if status_text.is_empty() {
        Some(ProjectStatus::Idea)
    } else {
        vocabulary::project_status_of(&status_text)
    };
    if status.is_none() {
        bad("Status", Problem::BadChoice(status_text));
    }
    let status = status?;
    if !ok {
        return None;
    }

    let mut actions = Vec::new();
    let id = match existing {
        Some(p) => {
            if draft != *p.sheet() {
                actions.push(Action::EditProject { id: p.id(), draft });
            }
            p.id()
        }
        None => {
            let id = new_id();
            actions.push(Action::AddProject { id, draft });
            id
        }
    };
    let old_status = existing.map_or(ProjectStatus::Idea, Project::status);
    if status != old_status {
        actions.push(Action::SetProjectStatus {
            id,
            status,
            date: today,
            note: String::new(),
        });
    }
    Some(actions)
}
