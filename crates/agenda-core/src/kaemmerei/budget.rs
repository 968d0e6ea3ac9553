//! Haushaltsplanung: what every project costs in which budget year, what
//! funding covers and what the town pays itself, with totals per
//! Leitplanke, Handlungsfeld and Fachbereich and a CSV for the Kämmerei's
//! own tables.
//!
//! Rules (also in `docs/kaemmerei.md`):
//! - One-off costs fall in the project's budget year (its `costs.year`, else
//!   the year it starts); recurring costs in each year of its useful life
//!   after that, or, without a useful life, in the [`PLANNING_YEARS`] years
//!   of the mittelfristige Finanzplanung.
//! - Costs are split as a Kämmerei plans them: investive Auszahlungen
//!   (Finanzhaushalt), konsumtive Aufwendungen once and every year
//!   (Ergebnishaushalt), and internal staff time (Eigenleistung), priced at
//!   the town's hourly rate but not a payment, so never in the own share.
//! - Funding counts in the budget year; approved funding lowers the own
//!   share, pending funding (geplant, beantragt) is shown apart and does not.
//! - Discarded projects and projects without costs are not planned; a
//!   project with costs but no year is named in [`BudgetPlan::without_year`].

use std::collections::BTreeMap;

use crate::formats::csv_text::write_record;
use crate::kaemmerei::finance;
use crate::kaemmerei::money::Cents;
use crate::model::Agenda;
use crate::model::ProjectId;
use crate::model::{Project, ProjectStatus};

/// Years of recurring costs planned for a project without a useful life.
pub const PLANNING_YEARS: u32 = 3;

/// Money of one project (or group) in one year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sums {
    /// One-off investive Auszahlungen.
    pub investment: Cents,
    /// One-off konsumtive Aufwendungen.
    pub consumptive: Cents,
    /// Recurring konsumtive Aufwendungen.
    pub recurring: Cents,
    /// Internal staff time at the town's rate (Eigenleistung, kalkulatorisch).
    pub staff: Cents,
    /// Approved funding.
    pub approved: Cents,
    /// Funding planned or applied for.
    pub pending: Cents,
    /// What the budget pays: investive and konsumtive costs − approved
    /// funding, never below zero. Staff time is not in it.
    pub own_share: Cents,
}

impl Sums {
    /// Adds `other` to these sums (saturating; the limits keep real sums far
    /// below).
    pub fn add(&mut self, other: &Sums) {
        let plus = |a: &mut Cents, b: Cents| a.0 = a.0.saturating_add(b.0);
        plus(&mut self.investment, other.investment);
        plus(&mut self.consumptive, other.consumptive);
        plus(&mut self.recurring, other.recurring);
        plus(&mut self.staff, other.staff);
        plus(&mut self.approved, other.approved);
        plus(&mut self.pending, other.pending);
        plus(&mut self.own_share, other.own_share);
    }

    /// The sum of `all` (a plan's total row).
    pub fn total<'a>(all: impl IntoIterator<Item = &'a Sums>) -> Sums {
        let mut total = Sums::default();
        for s in all {
            total.add(s);
        }
        total
    }
}

/// One line of the plan: a project in a budget year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetLine {
    /// Haushaltsjahr.
    pub year: i32,
    /// The project.
    pub project: ProjectId,
    /// Its money in that year.
    pub sums: Sums,
}

/// The plan across all projects.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetPlan {
    /// By year, then in the order of the project list.
    pub lines: Vec<BudgetLine>,
    /// Projects with costs but neither a budget year nor a start.
    pub without_year: Vec<ProjectId>,
}

/// The budget year of a project's one-off costs.
pub fn budget_year(project: &Project) -> Option<i32> {
    let sheet = project.sheet();
    sheet.costs.year.or(sheet.start.map(|d| d.year()))
}

/// The lines of one project, first year first.
pub fn project_lines(agenda: &Agenda, project: &Project) -> Vec<BudgetLine> {
    let Some(year) = budget_year(project) else {
        return Vec::new();
    };
    let sheet = project.sheet();
    let m = finance::money(agenda.finance(), sheet);
    let years = match sheet.costs.life_years {
        0 => PLANNING_YEARS,
        n => n,
    };
    let first = Sums {
        investment: m.investment,
        consumptive: m.consumptive,
        recurring: Cents::ZERO,
        staff: m.staff_once,
        approved: m.approved,
        pending: m.pending,
        own_share: m.own_share,
    };
    let later = Sums {
        recurring: m.recurring,
        staff: m.staff_yearly,
        own_share: m.recurring,
        ..Sums::default()
    };
    std::iter::once((year, first))
        .chain(
            (1..=years)
                .filter(|_| later != Sums::default())
                .map(|n| (year.saturating_add_unsigned(n), later)),
        )
        .map(|(year, sums)| BudgetLine {
            year,
            project: project.id(),
            sums,
        })
        .collect()
}

/// Whether a project belongs in the plan.
fn planned(project: &Project) -> bool {
    project.status() != ProjectStatus::Discarded && !project.sheet().costs.is_empty()
}

/// The plan across all projects.
pub fn budget_plan(agenda: &Agenda) -> BudgetPlan {
    let mut plan = BudgetPlan::default();
    for project in agenda.projects().iter().filter(|p| planned(p)) {
        if budget_year(project).is_none() {
            plan.without_year.push(project.id());
        }
        plan.lines.extend(project_lines(agenda, project));
    }
    crate::sorting::sort_by_key(&mut plan.lines, |l| l.year);
    plan
}

/// How the totals are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// Per Leitplanke: a project serving several counts in each.
    Guideline,
    /// Per Handlungsfeld.
    Field,
    /// Per lead Fachbereich.
    Department,
}

/// Totals of one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupTotal {
    /// The group's name; empty for projects without one.
    pub name: String,
    /// Sums per year, by year.
    pub by_year: BTreeMap<i32, Sums>,
    /// Sums over all years.
    pub total: Sums,
}

/// Totals per group, in the order of the agenda's lists, then the projects
/// without a group (name empty). Groups without money are left out.
pub fn totals(agenda: &Agenda, plan: &BudgetPlan, grouping: Grouping) -> Vec<GroupTotal> {
    // Each group's projects, sorted, so each line finds its groups by
    // binary search (500 projects × 50 years × 100 Leitplanken stays fast).
    let names: Vec<(String, Vec<ProjectId>)> = {
        let serving = |test: &dyn Fn(&Project) -> bool| -> Vec<ProjectId> {
            let mut ids: Vec<ProjectId> = agenda
                .projects()
                .iter()
                .filter(|p| test(p))
                .map(|p| p.id())
                .collect();
            crate::sorting::sort(&mut ids);
            ids
        };
        let mut groups: Vec<(String, Vec<ProjectId>)> = match grouping {
            Grouping::Guideline => agenda
                .guidelines()
                .iter()
                .map(|g| {
                    let ids = serving(&|p| p.sheet().guidelines.contains(&g.id()));
                    (g.title().to_owned(), ids)
                })
                .collect(),
            Grouping::Field => agenda
                .fields()
                .iter()
                .map(|f| {
                    let ids = serving(&|p| p.sheet().field == Some(f.id()));
                    (f.name().to_owned(), ids)
                })
                .collect(),
            Grouping::Department => agenda
                .departments()
                .iter()
                .map(|d| (d.name().to_owned(), serving(&|p| p.lead() == d.id())))
                .collect(),
        };
        let none = serving(&|p| match grouping {
            Grouping::Guideline => p.sheet().guidelines.is_empty(),
            Grouping::Field => p.sheet().field.is_none(),
            Grouping::Department => agenda.department(p.lead()).is_none(),
        });
        groups.push((String::new(), none));
        groups
    };
    names
        .into_iter()
        .filter_map(|(name, ids)| {
            let mut by_year: BTreeMap<i32, Sums> = BTreeMap::new();
            let mut total = Sums::default();
            for line in plan
                .lines
                .iter()
                .filter(|l| ids.binary_search(&l.project).is_ok())
            {
                by_year.entry(line.year).or_default().add(&line.sums);
                total.add(&line.sums);
            }
            (!by_year.is_empty()).then_some(GroupTotal {
                name,
                by_year,
                total,
            })
        })
        .collect()
}

/// The sums of all lines per year.
pub fn per_year(plan: &BudgetPlan) -> BTreeMap<i32, Sums> {
    let mut out: BTreeMap<i32, Sums> = BTreeMap::new();
    for line in &plan.lines {
        out.entry(line.year).or_default().add(&line.sums);
    }
    out
}

/// Columns of the budget CSV: the labels of the Haushalt view and the
/// Steckbrief (the web crate's tests compare them), with the unit.
pub const CSV_COLUMNS: [&str; 12] = [
    "Haushaltsjahr",
    "Projekt",
    "Federführung",
    "Handlungsfeld",
    "Verfolgte Leitplanken",
    "Investiv (Finanzhaushalt, EUR)",
    "Einmalig konsumtiv (EUR)",
    "Laufend konsumtiv pro Jahr (EUR)",
    "Eigenleistung Personal (kalkulatorisch, nicht im Eigenanteil, EUR)",
    "Förderung bewilligt (EUR)",
    "Förderung geplant oder beantragt (EUR)",
    "Eigenanteil (EUR)",
];

/// An amount as German Excel reads a number: `12500,50` (no thousands
/// separator, decimal comma, a plain minus).
pub fn excel_amount(c: Cents) -> String {
    let sign = if c.0 < 0 { "-" } else { "" };
    let abs = c.0.unsigned_abs();
    format!("{sign}{},{:02}", abs / 100, abs % 100)
}

/// The plan as CSV in the German Excel convention: UTF-8 with BOM, `;`
/// between fields, CRLF, amounts with a decimal comma; one line per project
/// and year.
pub fn budget_csv(agenda: &Agenda) -> String {
    let mut out = String::from(crate::formats::csv_projects::BOM);
    write_record(&mut out, &CSV_COLUMNS);
    for line in budget_plan(agenda).lines {
        let Some(p) = agenda.project(line.project) else {
            continue;
        };
        let s = p.sheet();
        let guidelines: Vec<&str> = s
            .guidelines
            .iter()
            .filter_map(|g| agenda.guideline(*g))
            .map(|g| g.title())
            .collect();
        let sums = line.sums;
        write_record(
            &mut out,
            &[
                line.year.to_string(),
                p.title().to_owned(),
                agenda
                    .department(s.lead)
                    .map(|d| d.name().to_owned())
                    .unwrap_or_default(),
                s.field
                    .and_then(|f| agenda.field(f))
                    .map(|f| f.name().to_owned())
                    .unwrap_or_default(),
                guidelines.join("\n"),
                excel_amount(sums.investment),
                excel_amount(sums.consumptive),
                excel_amount(sums.recurring),
                excel_amount(sums.staff),
                excel_amount(sums.approved),
                excel_amount(sums.pending),
                excel_amount(sums.own_share),
            ],
        );
    }
    out
}

/// A line of a budget CSV as read back: year, project title and money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvLine {
    /// Haushaltsjahr.
    pub year: i32,
    /// Project title.
    pub title: String,
    /// The money columns.
    pub sums: Sums,
}

/// Reads a budget CSV written by [`budget_csv`] (or kept by Excel in the
/// same convention); the error names the first record (0-based) that is not such a line.
pub fn read_budget_csv(text: &str) -> Result<Vec<CsvLine>, usize> {
    let text = text
        .strip_prefix(crate::formats::csv_projects::BOM)
        .unwrap_or(text);
    let (records, open) = crate::formats::csv_text::read_records(text);
    if let Some(open) = open {
        return Err(open.record);
    }
    let mut out = Vec::new();
    for (n, record) in records.iter().enumerate().skip(1) {
        let cell = |i: usize| record.get(i).map(String::as_str).unwrap_or_default();
        let money = |i: usize| crate::kaemmerei::money::parse_cents(cell(i)).map_err(|_| n);
        out.push(CsvLine {
            year: cell(0).parse().map_err(|_| n)?,
            title: cell(1).to_owned(),
            sums: Sums {
                investment: money(5)?,
                consumptive: money(6)?,
                recurring: money(7)?,
                staff: money(8)?,
                approved: money(9)?,
                pending: money(10)?,
                own_share: money(11)?,
            },
        });
    }
    Ok(out)
}
