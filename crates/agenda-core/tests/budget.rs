//! Haushaltsplanung and the appraisal of a project, with known answers
//! computed by hand (docs/kaemmerei.md, examples 4 and 5), and properties:
//! no cent is lost between lines, years, groups and the CSV.

#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test

use agenda_core::kaemmerei::budget::{self, Grouping, Sums};
use agenda_core::kaemmerei::finance::{self, FinanceSettings, Grant, GrantShare, GrantStatus};
use agenda_core::kaemmerei::money::Cents;
use agenda_core::{
    Action, Agenda, AgendaError, Date, DepartmentDraft, DepartmentId, FieldId, GuidelineDraft,
    GuidelineId, ProjectDraft, ProjectId, ProjectStatus,
};
use proptest::prelude::*;

const BAUAMT: DepartmentId = DepartmentId::from_u128(1);
const IT: DepartmentId = DepartmentId::from_u128(2);
const PROZESSE: GuidelineId = GuidelineId::from_u128(10);
const SICHERHEIT: GuidelineId = GuidelineId::from_u128(11);
const FELD: FieldId = FieldId::from_u128(20);
const EAKTE: ProjectId = ProjectId::from_u128(40);
const FIREWALL: ProjectId = ProjectId::from_u128(41);
const VERWORFEN: ProjectId = ProjectId::from_u128(42);
const OHNE_JAHR: ProjectId = ProjectId::from_u128(43);

fn apply(agenda: &mut Agenda, action: Action) {
    agenda.apply(action).unwrap();
}

fn euros(e: i64) -> Cents {
    Cents::euros(e)
}

fn grant(share: GrantShare, status: GrantStatus) -> Grant {
    Grant {
        name: "Programm".into(),
        body: "Land".into(),
        share,
        status,
        deadline: None,
    }
}

/// Two departments, two Leitplanken, one Handlungsfeld; 60 € per hour, 3 %.
fn base() -> Agenda {
    let mut a = Agenda::new();
    for (id, name) in [(BAUAMT, "Bauamt"), (IT, "IT")] {
        let draft = DepartmentDraft {
            name: name.into(),
            ..Default::default()
        };
        apply(&mut a, Action::AddDepartment { id, draft });
    }
    for (id, title) in [(PROZESSE, "Prozesse"), (SICHERHEIT, "Sicherheit")] {
        let draft = GuidelineDraft {
            title: title.into(),
            ..Default::default()
        };
        apply(&mut a, Action::AddGuideline { id, draft });
    }
    apply(
        &mut a,
        Action::AddField {
            id: FELD,
            name: "Prozesse & Verwaltung".into(),
        },
    );
    apply(
        &mut a,
        Action::SetFinance {
            settings: FinanceSettings {
                hourly_rate: euros(60),
                discount_bp: 300,
                ..FinanceSettings::default()
            },
        },
    );
    a
}

/// The worked example: an E-Akte with funding, a firewall without a useful
/// life, a discarded project and one without a year.
fn example() -> Agenda {
    let mut a = base();
    let mut eakte = ProjectDraft::new("E-Akte", BAUAMT);
    eakte.guidelines = vec![PROZESSE, SICHERHEIT];
    eakte.field = Some(FELD);
    eakte.costs.year = Some(2027);
    eakte.costs.investment = euros(40_000);
    eakte.costs.investment_hours = 100;
    eakte.costs.recurring = euros(5_000);
    eakte.costs.recurring_hours = 20;
    eakte.costs.life_years = 4;
    eakte.benefits.cases = 2_000;
    eakte.benefits.minutes = 15;
    eakte.grants = vec![
        grant(GrantShare::Rate(5_000), GrantStatus::Approved),
        grant(GrantShare::Amount(euros(5_000)), GrantStatus::Applied),
        grant(GrantShare::Amount(euros(9_999)), GrantStatus::Rejected),
    ];
    let mut firewall = ProjectDraft::new("Firewall", IT);
    firewall.guidelines = vec![SICHERHEIT];
    firewall.start = Some(Date::new(2028, 3, 1).unwrap());
    firewall.costs.investment = euros(10_000);
    firewall.costs.consumptive = euros(2_000);
    firewall.costs.recurring = euros(1_000);
    let mut dropped = ProjectDraft::new("Verworfen", IT);
    dropped.costs.year = Some(2027);
    dropped.costs.investment = euros(1_000_000);
    let mut no_year = ProjectDraft::new("Ohne Jahr", IT);
    no_year.costs.investment = euros(500);
    for (id, draft) in [
        (EAKTE, eakte),
        (FIREWALL, firewall),
        (VERWORFEN, dropped),
        (OHNE_JAHR, no_year),
    ] {
        apply(&mut a, Action::AddProject { id, draft });
    }
    apply(
        &mut a,
        Action::SetProjectStatus {
            id: VERWORFEN,
            status: ProjectStatus::Discarded,
            date: Date::new(2026, 1, 1).unwrap(),
            note: String::new(),
        },
    );
    a
}

fn own(year: i32, plan: &budget::BudgetPlan) -> Cents {
    budget::per_year(plan)
        .get(&year)
        .map_or(Cents::ZERO, |s| s.own_share)
}

/// Example 4: E-Akte one-off 40.000 € investive, half approved → own share
/// 20.000 € in 2027, 5.000 € pending; its 100 h × 60 € = 6.000 € of staff
/// time are Eigenleistung, shown apart and not paid; recurring 5.000 € (and
/// 20 h = 1.200 € staff time) in 2028–2031. Firewall: 10.000 € investive
/// and 2.000 € konsumtive in 2028 (its start), 1.000 € a year in the three
/// planning years 2029–2031.
#[test]
fn the_plan_puts_every_cost_in_its_budget_year() {
    let a = example();
    let plan = budget::budget_plan(&a);
    assert_eq!(plan.without_year, vec![OHNE_JAHR]);
    let first = plan.lines[0];
    assert_eq!(
        (first.year, first.project, first.sums),
        (
            2027,
            EAKTE,
            Sums {
                investment: euros(40_000),
                consumptive: Cents::ZERO,
                recurring: Cents::ZERO,
                staff: euros(6_000),
                approved: euros(20_000),
                pending: euros(5_000),
                own_share: euros(20_000),
            }
        )
    );
    assert_eq!(plan.lines.len(), 1 + 4 + 1 + 3, "no line for the discarded");
    assert_eq!(own(2027, &plan), euros(20_000));
    assert_eq!(own(2028, &plan), euros(5_000 + 12_000));
    for year in 2029..=2031 {
        assert_eq!(own(year, &plan), euros(5_000 + 1_000), "{year}");
    }
    let staff: Vec<Cents> = plan
        .lines
        .iter()
        .filter(|l| l.project == EAKTE)
        .map(|l| l.sums.staff)
        .collect();
    assert_eq!(staff, [6_000, 1_200, 1_200, 1_200, 1_200].map(euros));
    assert_eq!(own(2032, &plan), Cents::ZERO);
}

#[test]
fn totals_per_leitplanke_handlungsfeld_and_fachbereich() {
    let a = example();
    let plan = budget::budget_plan(&a);
    let named = |g: Grouping| -> Vec<(String, Cents)> {
        budget::totals(&a, &plan, g)
            .into_iter()
            .map(|t| (t.name, t.total.own_share))
            .collect()
    };
    // E-Akte: 20.000 + 4 × 5.000 = 40.000; Firewall: 12.000 + 3 × 1.000.
    assert_eq!(
        named(Grouping::Guideline),
        vec![
            ("Prozesse".into(), euros(40_000)),
            ("Sicherheit".into(), euros(55_000)),
        ]
    );
    assert_eq!(
        named(Grouping::Field),
        vec![
            ("Prozesse & Verwaltung".into(), euros(40_000)),
            (String::new(), euros(15_000)),
        ]
    );
    assert_eq!(
        named(Grouping::Department),
        vec![
            ("Bauamt".into(), euros(40_000)),
            ("IT".into(), euros(15_000))
        ]
    );
}

/// Example 5: the appraisal counts staff time as a cost: one-off 40.000 € +
/// 6.000 € staff − 20.000 € approved = 26.000 €. The E-Akte saves 2.000 ×
/// 15 min = 500 h × 60 € = 30.000 € a year; net 30.000 − 6.200 = 23.800 €:
/// payback in year 2; Kapitalwert at 3 % over 4 years:
/// −26.000 + 23.800 × (1 − 1,03^−4) / 0,03 = 62.466,94 €.
#[test]
fn the_appraisal_uses_the_towns_rates_and_approved_funding() {
    let a = example();
    let sheet = a.project(EAKTE).unwrap().sheet();
    let appraisal = finance::appraise(a.finance(), sheet).unwrap();
    assert_eq!(appraisal.flows[0], euros(-26_000));
    assert_eq!(appraisal.flows[1], euros(23_800));
    assert_eq!(appraisal.payback_year, Some(2));
    assert_eq!(appraisal.net_present_value, Cents(6_246_694));
    let firewall = a.project(FIREWALL).unwrap().sheet();
    assert_eq!(
        finance::appraise(a.finance(), firewall),
        None,
        "no useful life"
    );
}

#[test]
fn the_csv_reads_back_to_the_cent_in_german_excel_form() {
    let a = example();
    let csv = budget::budget_csv(&a);
    assert!(csv.starts_with('\u{feff}'));
    let header = csv.lines().next().unwrap();
    assert!(header.contains("Haushaltsjahr;Projekt;Federführung"));
    assert!(csv.contains("2027;E-Akte;Bauamt;Prozesse & Verwaltung;\"Prozesse\nSicherheit\";40000,00;0,00;0,00;6000,00;20000,00;5000,00;20000,00\r\n"));
    let back = budget::read_budget_csv(&csv).unwrap();
    let plan = budget::budget_plan(&a);
    assert_eq!(back.len(), plan.lines.len());
    for (read, line) in back.iter().zip(&plan.lines) {
        assert_eq!(read.year, line.year);
        assert_eq!(read.title, a.project(line.project).unwrap().title());
        assert_eq!(read.sums, line.sums);
    }
    assert_eq!(budget::read_budget_csv("Jahr\r\nzwanzig;x\r\n"), Err(1));
}

#[test]
fn bad_amounts_and_ratings_are_refused_and_change_nothing() {
    let a = base();
    let bad = |change: fn(&mut ProjectDraft)| {
        let mut draft = ProjectDraft::new("Test", BAUAMT);
        change(&mut draft);
        let mut copy = a.clone();
        let error = copy
            .apply(Action::AddProject { id: EAKTE, draft })
            .unwrap_err();
        assert_eq!(copy, a);
        error
    };
    assert!(matches!(
        bad(|d| d.costs.investment = Cents(-1)),
        AgendaError::BadNumber { .. }
    ));
    assert!(matches!(
        bad(|d| d.costs.life_years = 51),
        AgendaError::BadNumber { .. }
    ));
    assert!(matches!(
        bad(|d| d.grants = vec![grant(GrantShare::Rate(10_001), GrantStatus::Planned)]),
        AgendaError::BadNumber { .. }
    ));
    assert!(matches!(
        bad(
            |d| d.benefits.qualitative = vec![finance::QualitativeBenefit {
                kind: finance::BenefitKind::Security,
                rating: 4,
                reason: String::new(),
            }]
        ),
        AgendaError::BadNumber { .. }
    ));
    let mut copy = a.clone();
    let error = copy.apply(Action::SetFinance {
        settings: FinanceSettings {
            hourly_rate: euros(10_001),
            ..FinanceSettings::default()
        },
    });
    assert!(error.is_err());
    assert_eq!(copy, a);
}

fn any_project() -> impl Strategy<Value = ProjectDraft> {
    (
        (
            prop::option::of(2025_i32..2035),
            (0_i64..100_000_000, 0_i64..10_000_000),
            0_u32..2_000,
            0_i64..10_000_000,
            0_u32..200,
            0_u32..12,
        ),
        prop::collection::vec(
            (
                prop_oneof![
                    (0_u32..=10_000).prop_map(GrantShare::Rate),
                    (0_i64..200_000_000).prop_map(|c| GrantShare::Amount(Cents(c)))
                ],
                prop::sample::select(GrantStatus::ALL.to_vec()),
            ),
            0..3,
        ),
        any::<bool>(),
        prop::sample::subsequence(vec![PROZESSE, SICHERHEIT], 0..=2),
    )
        .prop_map(
            |(
                (year, (investment, consumptive), hours, recurring, rhours, life),
                grants,
                it,
                guidelines,
            )| {
                let mut d = ProjectDraft::new("P", if it { IT } else { BAUAMT });
                d.costs.year = year;
                d.costs.investment = Cents(investment);
                d.costs.consumptive = Cents(consumptive);
                d.costs.investment_hours = hours;
                d.costs.recurring = Cents(recurring);
                d.costs.recurring_hours = rhours;
                d.costs.life_years = life;
                d.grants = grants.into_iter().map(|(s, st)| grant(s, st)).collect();
                d.guidelines = guidelines;
                d
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Cents never lost: lines, years, Fachbereiche and the CSV add up to
    /// the same amounts, and the own share is cost minus approved funding.
    #[test]
    fn no_cent_is_lost(drafts in prop::collection::vec(any_project(), 0..6)) {
        let mut a = base();
        for (n, draft) in drafts.into_iter().enumerate() {
            let id = ProjectId::from_u128(100 + n as u128);
            a.apply(Action::AddProject { id, draft }).unwrap();
        }
        let plan = budget::budget_plan(&a);
        let years = budget::per_year(&plan);
        let sum = |f: fn(&Sums) -> Cents, it: &mut dyn Iterator<Item = &Sums>| {
            Cents::sum(it.map(f)).unwrap()
        };
        let own = |s: &Sums| s.own_share;
        let by_department = budget::totals(&a, &plan, Grouping::Department);
        prop_assert_eq!(
            sum(own, &mut years.values()),
            sum(own, &mut by_department.iter().map(|t| &t.total))
        );
        prop_assert_eq!(
            sum(own, &mut years.values()),
            sum(own, &mut plan.lines.iter().map(|l| &l.sums))
        );
        for line in &plan.lines {
            let s = line.sums;
            let cost = Cents(s.investment.0 + s.consumptive.0 + s.recurring.0);
            prop_assert_eq!(s.own_share, Cents((cost.0 - s.approved.0).max(0)));
        }
        let back = budget::read_budget_csv(&budget::budget_csv(&a)).unwrap();
        let read: Vec<Sums> = back.iter().map(|l| l.sums).collect();
        let lines: Vec<Sums> = plan.lines.iter().map(|l| l.sums).collect();
        prop_assert_eq!(read, lines);
    }

    /// One source: the Haushalt's first line of a project, the Markdown
    /// document and the project CSV show the money of
    /// [`finance::money`], and the Markdown is what the council reads.
    #[test]
    fn every_view_shows_the_same_money(drafts in prop::collection::vec(any_project(), 1..4)) {
        let mut a = base();
        for (n, mut draft) in drafts.into_iter().enumerate() {
            draft.title = format!("Projekt {n}");
            draft.costs.year = Some(2027);
            let id = ProjectId::from_u128(100 + n as u128);
            a.apply(Action::AddProject { id, draft }).unwrap();
        }
        check_views(&a)?;
    }
}

/// The figures of every project agree across Haushalt, Markdown and CSV.
fn check_views(a: &Agenda) -> Result<(), TestCaseError> {
    let markdown = agenda_core::formats::markdown::render(a);
    let csv = agenda_core::formats::csv_projects::export(a);
    let plan = budget::budget_plan(a);
    for p in a.projects() {
        let m = finance::money(a.finance(), p.sheet());
        if let Some(first) = plan.lines.iter().find(|l| l.project == p.id()) {
            prop_assert_eq!(
                (
                    first.sums.investment,
                    first.sums.consumptive,
                    first.sums.staff
                ),
                (m.investment, m.consumptive, m.staff_once)
            );
            prop_assert_eq!(
                (
                    first.sums.approved,
                    first.sums.pending,
                    first.sums.own_share
                ),
                (m.approved, m.pending, m.own_share)
            );
        }
        let section = markdown
            .split("\n### ")
            .find(|s| s.starts_with(p.title()))
            .unwrap_or_default();
        if m.is_empty() {
            prop_assert!(!section.contains("Kosten einmalig"));
        } else {
            let one_off = format!("- Kosten einmalig: {}", m.one_off().german());
            let own = format!("- Eigenanteil einmalig: {}", m.own_share.german());
            prop_assert!(section.contains(&one_off), "{one_off} in {section}");
            prop_assert!(section.contains(&own), "{own} in {section}");
        }
        let row = csv
            .split("\r\n")
            .find(|r| r.starts_with(p.title()))
            .unwrap_or_default();
        let amount = |c: Cents| {
            if c == Cents::ZERO {
                String::new()
            } else {
                budget::excel_amount(c)
            }
        };
        let cells = format!(";{};{};", amount(m.investment), amount(m.consumptive));
        prop_assert!(row.contains(&cells), "{cells} in {row}");
    }
    Ok(())
}

#[test]
fn the_demo_shows_the_same_money_everywhere() {
    check_views(&agenda_core::content::demo::musterstadt().unwrap()).unwrap();
}

#[test]
fn deadlines_and_costs_without_a_year_are_diagnosed() {
    use agenda_core::analysis::diagnostics::Diagnostic;
    let mut a = example();
    let mut sheet = a.project(EAKTE).unwrap().sheet().clone();
    let due = |y, m, d| Some(Date::new(y, m, d).unwrap());
    sheet.grants[0].deadline = due(2026, 12, 1); // approved: no finding
    sheet.grants[1].deadline = due(2027, 1, 30); // applied, 60 days ahead
    sheet.grants[2].deadline = due(2026, 1, 1); // rejected: no finding
    sheet.grants.push(Grant {
        deadline: due(2027, 2, 1), // planned, 62 days ahead: not yet
        ..grant(GrantShare::Rate(100), GrantStatus::Planned)
    });
    apply(
        &mut a,
        Action::EditProject {
            id: EAKTE,
            draft: sheet,
        },
    );
    let today = Date::new(2026, 12, 1).unwrap();
    let found: Vec<Diagnostic> = a
        .diagnostics(today)
        .into_iter()
        .filter(|d| {
            matches!(
                d,
                Diagnostic::GrantDeadline(..) | Diagnostic::CostsWithoutYear(_)
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            Diagnostic::GrantDeadline(EAKTE, 1),
            Diagnostic::CostsWithoutYear(OHNE_JAHR)
        ]
    );
}
