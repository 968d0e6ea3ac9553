//! Projects as CSV in the convention German Excel opens correctly: UTF-8
//! with byte order mark, semicolon separator, CRLF line ends, dates as
//! TT.MM.JJJJ, decimal comma. Lists (participants, Leitplanken,
//! Kompetenzen) are one name per line inside the cell.
//!
//! Import creates new projects. It refers to departments, Leitplanken and
//! Handlungsfelder by name, checks every row, and returns either all the
//! actions to apply or every problem with row number and column: nothing
//! is imported half.

use crate::formats::csv_text::{read_records, write_record};
use crate::kaemmerei::finance::{Grant, GrantShare, QualitativeBenefit};
use crate::kaemmerei::money::Cents;
use crate::model::Agenda;
use crate::model::date::Date;
use crate::model::{DepartmentId, ProjectId};
use crate::model::{PriorityBand, ProjectDraft, ProjectStatus};
use crate::reducer::action::Action;
use crate::reducer::error::AgendaError;
use crate::vocabulary;

/// The byte order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// Column headers, in export order.
pub const COLUMNS: [&str; 27] = [
    "Titel",
    "Beschreibung",
    "Beabsichtigte Wirkung",
    "Federführung",
    "Beteiligte",
    "Leitplanken",
    "Handlungsfeld",
    "Kompetenzen",
    "Priorität",
    "Beginn",
    "Ende",
    "Verantwortlich",
    "Gewicht",
    "Status",
    "Fortschritt (%)",
    "Haushaltsjahr",
    "Einmalig investiv (EUR)",
    "Einmalig konsumtiv (EUR)",
    "Einmalige Personalstunden",
    "Laufende Sachkosten (EUR/Jahr)",
    "Laufende Personalstunden (pro Jahr)",
    "Nutzungsdauer (Jahre)",
    "Fälle pro Jahr",
    "Minuten je Fall",
    "Sonstige Einsparungen (EUR/Jahr)",
    "Qualitativer Nutzen",
    "Förderprogramme",
];

/// Columns of files written before schema 7, still read: the one-off
/// Sachkosten and the Steckbrief's estimate (taken where no costs are given).
const OLD_ONE_OFF: &str = "Einmalige Sachkosten (EUR)";
const OLD_ESTIMATE: &str = "Kosten (EUR)";

/// The finance columns of a Steckbrief, in [`COLUMNS`] order.
fn finance_cells(s: &ProjectDraft) -> [String; 12] {
    let money = |c: Cents| {
        if c == Cents::ZERO {
            String::new()
        } else {
            crate::kaemmerei::budget::excel_amount(c)
        }
    };
    let count = |n: u32| if n == 0 { String::new() } else { n.to_string() };
    let (c, b) = (&s.costs, &s.benefits);
    [
        c.year.map(|y| y.to_string()).unwrap_or_default(),
        money(c.investment),
        money(c.consumptive),
        count(c.investment_hours),
        money(c.recurring),
        count(c.recurring_hours),
        count(c.life_years),
        count(b.cases),
        count(b.minutes),
        money(b.savings),
        b.qualitative
            .iter()
            .map(|q| {
                let rating = vocabulary::rating(q.rating);
                format!(
                    "{} | {rating} | {}",
                    vocabulary::benefit_kind(q.kind),
                    q.reason
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        s.grants
            .iter()
            .map(|g| {
                let share = match g.share {
                    GrantShare::Rate(bp) => {
                        format!(
                            "{} %",
                            crate::kaemmerei::budget::excel_amount(Cents(i64::from(bp)))
                        )
                    }
                    GrantShare::Amount(a) => {
                        format!("{} EUR", crate::kaemmerei::budget::excel_amount(a))
                    }
                };
                let due = g.deadline.map(Date::to_german).unwrap_or_default();
                format!(
                    "{} | {} | {share} | {} | {due}",
                    g.name,
                    g.body,
                    vocabulary::grant_status(g.status)
                )
                .trim_end_matches(" | ")
                .to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

/// Reads the finance columns into `draft`; every bad cell goes to `bad`.
fn read_finance(
    draft: &mut ProjectDraft,
    cell: &dyn Fn(&str) -> String,
    bad: &mut dyn FnMut(&str, Problem),
) {
    let [
        year,
        inv,
        cons,
        inv_h,
        rec,
        rec_h,
        life,
        cases,
        minutes,
        savings,
        quality,
        grants,
    ] = COLUMNS.iter().skip(15).copied().collect::<Vec<_>>()[..]
    else {
        return;
    };
    let mut count = |name: &str| -> u32 {
        let v = cell(name);
        crate::kaemmerei::money::parse_count(&v).unwrap_or_else(|_| {
            bad(name, Problem::BadNumber(v.clone()));
            0
        })
    };
    let y = count(year);
    draft.costs.year = (y != 0).then(|| i32::try_from(y).unwrap_or(i32::MAX));
    draft.costs.investment_hours = count(inv_h);
    draft.costs.recurring_hours = count(rec_h);
    draft.costs.life_years = count(life);
    draft.benefits.cases = count(cases);
    draft.benefits.minutes = count(minutes);
    let mut money = |name: &str| -> Cents {
        let v = cell(name);
        crate::kaemmerei::money::parse_amount(&v).unwrap_or_else(|_| {
            bad(name, Problem::BadNumber(v.clone()));
            Cents::ZERO
        })
    };
    draft.costs.investment = money(inv);
    draft.costs.consumptive = money(cons);
    draft.costs.recurring = money(rec);
    // Files written before schema 7: one-off Sachkosten under their old
    // name, and the Steckbrief's estimate where no costs were entered.
    if draft.costs.investment == Cents::ZERO {
        draft.costs.investment = money(OLD_ONE_OFF);
    }
    if draft.costs.is_empty_of_money() {
        draft.costs.investment = money(OLD_ESTIMATE);
    }
    draft.benefits.savings = money(savings);
    for line in cell(quality).lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
        let kind = parts.first().and_then(|p| vocabulary::benefit_kind_of(p));
        let rating = vocabulary::RATING
            .iter()
            .skip(1)
            .position(|r| parts.get(1).is_some_and(|p| p.eq_ignore_ascii_case(r)));
        match (kind, rating) {
            (Some(kind), Some(r)) => draft.benefits.qualitative.push(QualitativeBenefit {
                kind,
                rating: u8::try_from(r + 1).unwrap_or(1),
                reason: parts.get(2).copied().unwrap_or_default().to_owned(),
            }),
            _ => bad(quality, Problem::BadChoice(line.into())),
        }
    }
    for line in cell(grants).lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let part = |n: usize| parts.get(n).copied().unwrap_or_default();
        let share = GrantShare::parse(part(2)).ok();
        let status = vocabulary::grant_status_of(part(3));
        let deadline = match part(4) {
            "" => Some(None),
            d => parse_date(d).map(Some),
        };
        match (share, status, deadline) {
            (Some(share), Some(status), Some(deadline)) => draft.grants.push(Grant {
                name: part(0).to_owned(),
                body: part(1).to_owned(),
                share,
                status,
                deadline,
            }),
            _ => bad(grants, Problem::BadChoice(line.into())),
        }
    }
}

/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;

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
    /// Not a date (TT.MM.JJJJ).
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

/// Exports all projects.
pub fn export(agenda: &Agenda) -> String {
    let mut out = String::from(BOM);
    write_record(&mut out, &COLUMNS);
    let dept = |id: DepartmentId| {
        agenda
            .department(id)
            .map(|d| d.name().to_owned())
            .unwrap_or_default()
    };
    for p in agenda.projects() {
        let s = p.sheet();
        let lines = |items: Vec<String>| items.join("\n");
        let record = [
            p.title().to_owned(),
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
            vocabulary::project_status(p.status()).to_owned(),
            crate::numbers::fixed(p.progress().percent, 1).replace('.', ","),
        ];
        let finance = finance_cells(s);
        write_record(&mut out, &[&record[..], &finance[..]].concat());
    }
    out
}

fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('.').collect();
    if let [d, m, y] = parts.as_slice() {
        let iso = format!("{y:0>4}-{m:0>2}-{d:0>2}");
        return iso.parse().ok();
    }
    text.parse().ok()
}

/// Reads projects from CSV. `new_id` gives each new project its id, `today`
/// dates the status of projects that are not ideas.
pub fn import(
    agenda: &Agenda,
    text: &str,
    mut new_id: impl FnMut() -> ProjectId,
    today: Date,
) -> Result<Vec<Action>, Vec<RowError>> {
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
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
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
    let mut actions = Vec::new();
    let mut preview = agenda.clone();
    for (n, record) in records.enumerate() {
        let row = n + 2;
        let cell = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .map(|c| c.trim())
                .unwrap_or_default()
        };
        let mut bad = |col: &str, problem| {
            errors.push(RowError {
                row,
                column: col.into(),
                problem,
            })
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
            let found = find_department(lead_name);
            if found.is_none() {
                bad("Federführung", Problem::UnknownDepartment(lead_name.into()));
            }
            found
        };
        let mut draft = ProjectDraft::new(title, lead.unwrap_or(DepartmentId::from_u128(0)));
        draft.description = cell("Beschreibung").into();
        draft.effect = cell("Beabsichtigte Wirkung").into();
        draft.responsible = cell("Verantwortlich").into();
        for name in list("Beteiligte") {
            match find_department(&name) {
                Some(id) => draft.participants.push(id),
                None => bad("Beteiligte", Problem::UnknownDepartment(name)),
            }
        }
        for name in list("Leitplanken") {
            match agenda
                .guidelines()
                .iter()
                .find(|g| g.title().eq_ignore_ascii_case(&name))
            {
                Some(g) => draft.guidelines.push(g.id()),
                None => bad("Leitplanken", Problem::UnknownGuideline(name)),
            }
        }
        for name in list("Kompetenzen") {
            match agenda
                .competences()
                .iter()
                .find(|c| c.name().eq_ignore_ascii_case(&name))
            {
                Some(c) => draft.competences.push(c.id()),
                None => bad("Kompetenzen", Problem::UnknownCompetence(name)),
            }
        }
        let field = cell("Handlungsfeld");
        if !field.is_empty() {
            match agenda
                .fields()
                .iter()
                .find(|f| f.name().eq_ignore_ascii_case(field))
            {
                Some(f) => draft.field = Some(f.id()),
                None => bad("Handlungsfeld", Problem::UnknownField(field.into())),
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
                *slot = parse_date(value);
                if slot.is_none() {
                    bad(name, Problem::BadDate(value.into()));
                }
            }
        }
        let programme = cell("Förderprogramm");
        if cell("Finanzierung").eq_ignore_ascii_case("fördermittel") && !programme.is_empty() {
            // A file written before schema 7 names its programme here.
            draft.grants.push(Grant {
                name: programme.into(),
                body: String::new(),
                share: GrantShare::Amount(Cents::ZERO),
                status: crate::kaemmerei::finance::GrantStatus::Planned,
                deadline: None,
            });
        }
        let weight = cell("Gewicht");
        if !weight.is_empty() {
            match weight.parse() {
                Ok(w) => draft.weight = w,
                Err(_) => bad("Gewicht", Problem::BadNumber(weight.into())),
            }
        }
        read_finance(&mut draft, &|name| cell(name).to_owned(), &mut bad);
        let status_text = cell("Status");
        let status = if status_text.is_empty() {
            Some(ProjectStatus::Idea)
        } else {
            vocabulary::project_status_of(status_text)
        };
        if status.is_none() {
            bad("Status", Problem::BadChoice(status_text.into()));
        }
        if errors.iter().any(|e| e.row == row) {
            continue;
        }
        let id = new_id();
        let mut row_actions = vec![Action::AddProject { id, draft }];
        if let Some(status) = status.filter(|s| *s != ProjectStatus::Idea) {
            row_actions.push(Action::SetProjectStatus {
                id,
                status,
                date: today,
                note: String::new(),
            });
        }
        for action in row_actions {
            match preview.apply(action.clone()) {
                Ok(()) => actions.push(action),
                Err(e) => {
                    errors.push(RowError {
                        row,
                        column: String::new(),
                        problem: Problem::Invalid(e),
                    });
                    break;
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(actions)
    } else {
        Err(errors)
    }
}
