//! CSV export and import of projects in the German Excel convention.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers

mod common;

use std::sync::LazyLock;

use agenda_core::formats::csv_projects::{BOM, COLUMNS, Problem, RowError, export, import};
use agenda_core::{Action, Agenda, Date, ProjectDraft, ProjectId, content::demo};
use proptest::prelude::*;

fn today() -> Date {
    "2026-11-22".parse().unwrap()
}

/// The demo without its projects, as the target of an import.
fn demo_without_projects() -> Agenda {
    let mut agenda = demo::musterstadt().unwrap();
    let ids: Vec<ProjectId> = agenda.projects().iter().map(|p| p.id()).collect();
    for id in ids {
        agenda.apply(Action::RemoveProject { id }).unwrap();
    }
    agenda
}

fn ids() -> impl FnMut() -> ProjectId {
    let mut n = 0;
    move || {
        n += 1;
        ProjectId::from_u128(5000 + n)
    }
}

fn apply_all(agenda: &mut Agenda, actions: Vec<Action>) {
    for a in actions {
        agenda.apply(a).unwrap();
    }
}

#[test]
fn export_follows_the_german_excel_convention() {
    let csv = export(&demo::musterstadt().unwrap());
    assert!(csv.starts_with(BOM));
    let header = csv.trim_start_matches(BOM).split("\r\n").next().unwrap();
    assert!(header.starts_with("Titel;Beschreibung;Beabsichtigte Wirkung;Federführung;"));
    assert!(!csv.replace("\r\n", "").contains('\r'));
    assert!(csv.contains(";01.01.2026;30.06.2027;Frau Ziegler;2;"));
    // Costs (the only cost figures: investive, konsumtive, staff hours),
    // benefits and funding follow: amounts with a decimal comma, one benefit
    // or programme per line, parts split by " | ".
    assert!(csv.contains(
        ";2;in Umsetzung;50,0;2026;45000,00;15000,00;300;9000,00;40;8;1200;45;1500,00;\"Rechtspflicht | hoch | OZG: \
         der Bauantrag muss online gestellt werden können.\nBürgerservice | mittel | Bauherren sehen den \
         Stand ihres Antrags.\";Digitalisierungsförderung des Landes | Land | 50,00 % | bewilligt\r\n"
    ));
}

#[test]
fn export_then_import_gives_the_same_projects() {
    let original = demo::musterstadt().unwrap();
    let csv = export(&original);
    let mut target = demo_without_projects();
    let actions = import(&target, &csv, ids(), today()).unwrap();
    apply_all(&mut target, actions);
    assert_eq!(target.projects().len(), original.projects().len());
    for (a, b) in original.projects().iter().zip(target.projects()) {
        let mut expected = a.sheet().clone();
        expected.perspectives.clear(); // not part of the CSV
        assert_eq!(b.sheet(), &expected);
        assert_eq!(b.status(), a.status());
    }
}

#[test]
fn umlauts_semicolons_and_line_breaks_inside_fields_survive() {
    let mut agenda = demo_without_projects();
    let lead = agenda.departments()[2].id();
    let mut draft = ProjectDraft::new("Bürgerbüro; Ämter \"digital\"", lead);
    draft.description = "Erste Zeile; mit Semikolon\nZweite Zeile – äöüß".into();
    draft.responsible = "Frau Öztürk".into();
    agenda
        .apply(Action::AddProject {
            id: ProjectId::from_u128(1),
            draft: draft.clone(),
        })
        .unwrap();
    let csv = export(&agenda);
    assert!(
        csv.contains("\"Bürgerbüro; Ämter \"\"digital\"\"\""),
        "{csv}"
    );
    let mut target = demo_without_projects();
    let actions = import(&target, &csv, ids(), today()).unwrap();
    apply_all(&mut target, actions);
    assert_eq!(target.projects()[0].sheet(), &draft);
}

#[test]
fn bad_rows_are_all_reported_and_nothing_is_imported() {
    let agenda = demo_without_projects();
    let csv = format!(
        "{BOM}Titel;Federführung;Beginn;Kosten (EUR);Leitplanken;Status\r\n\
         Gute Zeile;Bauamt;01.02.2026;1.500;Prozesse vor Technik;geplant\r\n\
         ;Gibt es nicht;31.02.2026;viel;Unbekannt;fertig\r\n\
         Noch gut;IT;;;;\r\n"
    );
    let errors = import(&agenda, &csv, ids(), today()).unwrap_err();
    let at = |column: &str| errors.iter().find(|e| e.column == column).cloned();
    assert!(errors.iter().all(|e| e.row == 3), "{errors:?}");
    assert_eq!(
        at("Titel"),
        Some(RowError {
            row: 3,
            column: "Titel".into(),
            problem: Problem::Empty
        })
    );
    assert_eq!(
        at("Federführung").map(|e| e.problem),
        Some(Problem::UnknownDepartment("Gibt es nicht".into()))
    );
    assert_eq!(
        at("Beginn").map(|e| e.problem),
        Some(Problem::BadDate("31.02.2026".into()))
    );
    assert_eq!(
        at("Kosten (EUR)").map(|e| e.problem),
        Some(Problem::BadNumber("viel".into()))
    );
    assert_eq!(
        at("Leitplanken").map(|e| e.problem),
        Some(Problem::UnknownGuideline("Unbekannt".into()))
    );
    assert_eq!(
        at("Status").map(|e| e.problem),
        Some(Problem::BadChoice("fertig".into()))
    );
}

#[test]
fn good_rows_import_with_names_short_names_and_defaults() {
    let mut agenda = demo_without_projects();
    let csv = "Titel;Federführung;Beginn;Kosten (EUR);Leitplanken;Status\r\n\
               Gute Zeile;BA;01.02.2026;1.500,00;Prozesse vor Technik;geplant\r\n";
    let actions = import(&agenda, csv, ids(), today()).unwrap();
    apply_all(&mut agenda, actions);
    let p = &agenda.projects()[0];
    assert_eq!(agenda.department(p.lead()).unwrap().name(), "Bauamt");
    // "Kosten (EUR)" is the estimate column of files written before schema
    // 7: read as the one-off investive costs, the one cost figure.
    assert_eq!(
        p.sheet().costs.investment,
        agenda_core::kaemmerei::money::Cents::euros(1_500)
    );
    assert_eq!(p.sheet().start, Some("2026-02-01".parse().unwrap()));
    assert_eq!(p.updates()[0].date(), today());
}

#[test]
fn a_missing_required_column_is_reported() {
    let errors = import(
        &Agenda::new(),
        "Titel;Beschreibung\r\nA;B\r\n",
        ids(),
        today(),
    )
    .unwrap_err();
    assert_eq!(
        errors,
        [RowError {
            row: 1,
            column: "Federführung".into(),
            problem: Problem::MissingColumn
        }]
    );
}

#[test]
fn bad_finance_cells_are_named_and_nothing_is_imported() {
    let agenda = demo_without_projects();
    let lead = agenda.departments()[0].name().to_owned();
    let csv = format!(
        "Titel;Federführung;Einmalige Sachkosten (EUR);Qualitativer Nutzen;Förderprogramme\r\n\
         A;{lead};12.500,50;Rechtspflicht | hoch | OZG;Programm | Land | 10.000 EUR | beantragt | 31.03.2027\r\n\
         B;{lead};zwölf;Wunsch | hoch;Programm | Land | 80 % | vielleicht\r\n"
    );
    let errors = import(&agenda, &csv, ids(), today()).unwrap_err();
    let columns: Vec<(usize, &str)> = errors.iter().map(|e| (e.row, e.column.as_str())).collect();
    assert_eq!(
        columns,
        vec![
            (3, "Einmalige Sachkosten (EUR)"),
            (3, "Qualitativer Nutzen"),
            (3, "Förderprogramme")
        ]
    );
    let good = format!(
        "{}\r\n",
        csv.lines().take(2).collect::<Vec<_>>().join("\r\n")
    );
    let mut target = agenda.clone();
    apply_all(&mut target, import(&agenda, &good, ids(), today()).unwrap());
    let sheet = target.projects()[0].sheet();
    assert_eq!(sheet.costs.investment.german(), "12.500,50 €");
    assert_eq!(sheet.benefits.qualitative[0].reason, "OZG");
    assert_eq!(
        sheet.grants[0].deadline,
        Some("2027-03-31".parse().unwrap())
    );
}

/// The demo agenda, built once: its names and its export make the CSV.
static DEMO: LazyLock<Agenda> = LazyLock::new(|| demo::musterstadt().unwrap());
/// The demo without its projects, built once: where the CSV goes.
static TARGET: LazyLock<Agenda> = LazyLock::new(demo_without_projects);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

    /// CSV shaped like the export (its header, rows of names the agenda
    /// has, bad dates and amounts, quotes, line breaks inside quotes, wrong
    /// column counts), or the export edited: the import never panics; it
    /// names each problem by row and column of the file, or gives actions
    /// that apply to the agenda one by one and leave it valid, and what it
    /// imported exports and imports back the same.
    #[test]
    fn structured_csv_imports_cleanly_or_names_its_problems(
        text in common::texts::project_csv(&DEMO)
    ) {
        let target = &*TARGET;
        match import(target, &text, ids(), today()) {
            Ok(actions) => {
                let mut next = target.clone();
                for action in actions {
                    prop_assert!(
                        matches!(action, Action::AddProject { .. } | Action::SetProjectStatus { .. }),
                        "{:?}", action
                    );
                    let applied = next.apply(action);
                    prop_assert!(applied.is_ok(), "{:?}", applied);
                }
                prop_assert_eq!(next.validate(), Ok(()));
                let again = import(target, &export(&next), ids(), today());
                prop_assert!(again.is_ok(), "{:?}", again);
                let mut back = target.clone();
                apply_all(&mut back, again.unwrap_or_default());
                let sheets = |a: &Agenda| -> Vec<_> {
                    a.projects().iter().map(|p| (p.sheet().clone(), p.status())).collect()
                };
                prop_assert_eq!(sheets(&back), sheets(&next));
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                // Rows as Excel counts records: never past the last line.
                let last = text.split(['\n', '\r']).count() + 1;
                for e in &errors {
                    prop_assert!((1..=last).contains(&e.row), "{:?}", e);
                    prop_assert!(
                        e.column.is_empty() || COLUMNS.contains(&e.column.as_str()),
                        "{:?}", e
                    );
                }
            }
        }
    }
}
