//! CSV export and import of projects in the German Excel convention.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers

mod common;

use std::sync::LazyLock;

use agenda_core::formats::csv_projects::{
    BOM, COLUMNS, ID_COLUMN, Imported, Problem, RowError, export, import,
};
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
    ids_from(5000)
}

fn ids_from(start: u128) -> impl FnMut() -> ProjectId {
    let mut n = start;
    move || {
        n += 1;
        ProjectId::from_u128(n)
    }
}

fn apply_all(agenda: &mut Agenda, imported: Imported) {
    for a in imported.actions {
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
         Stand ihres Antrags.\";Digitalisierungsförderung des Landes | Land | 50,00 % | bewilligt;\
         dea70000-0000-0000-0000-000000000000\r\n"
    ));
}

/// `csv` with the id cells emptied, as for an agenda that lacks the projects.
fn without_ids(agenda: &Agenda, csv: &str) -> String {
    agenda.projects().iter().fold(csv.to_owned(), |csv, p| {
        csv.replace(&p.id().to_string(), "")
    })
}

#[test]
fn export_then_import_gives_the_same_projects() {
    let original = demo::musterstadt().unwrap();
    let csv = export(&original);
    // Into the agenda it came from: every project named, nothing changed.
    let same = import(&original, &csv, ids(), today()).unwrap();
    assert_eq!(
        same,
        Imported {
            unchanged: original.projects().len(),
            ..Imported::default()
        }
    );
    // Without ids into an agenda without the projects: the same Steckbriefe.
    let mut target = demo_without_projects();
    let added = import(&target, &without_ids(&original, &csv), ids(), today()).unwrap();
    assert_eq!(added.added, original.projects().len());
    apply_all(&mut target, added);
    assert_eq!(target.projects().len(), original.projects().len());
    for (a, b) in original.projects().iter().zip(target.projects()) {
        let mut expected = a.sheet().clone();
        expected.perspectives.clear(); // not part of the CSV
        assert_eq!(b.sheet(), &expected);
        assert_eq!(b.status(), a.status());
    }
}

#[test]
fn a_status_list_edited_in_a_spreadsheet_updates_its_projects() {
    // The navigator's round trip: export, change one status, one title and
    // one budget, add a row without id, import.
    let mut agenda = demo::musterstadt().unwrap();
    let before = agenda.clone();
    let csv = export(&agenda)
        .replacen(";in Umsetzung;", ";abgeschlossen;", 1)
        .replace(
            "E-Akte im Bauamt einführen;",
            "E-Akte im Bauamt einführen (2. Stufe);",
        )
        .replace(";45000,00;", ";50.000,00 €;");
    let lead = agenda.departments()[0].name().to_owned();
    let csv = format!("{csv}Neues Projekt;;;{lead}\r\n");
    let imported = import(&agenda, &csv, ids(), today()).unwrap();
    assert_eq!(
        (imported.updated, imported.added, imported.unchanged),
        (1, 1, before.projects().len() - 1)
    );
    apply_all(&mut agenda, imported);
    assert_eq!(agenda.projects().len(), before.projects().len() + 1);
    let (old, new) = (&before.projects()[0], &agenda.projects()[0]);
    assert_eq!(new.id(), old.id());
    assert_eq!(new.title(), "E-Akte im Bauamt einführen (2. Stufe)");
    assert_eq!(new.status(), agenda_core::ProjectStatus::Completed);
    assert_eq!(new.sheet().costs.investment.german(), "50.000,00 €");
    // What the CSV does not carry is kept: milestones, Kennzahlen,
    // perspectives; the status change is dated today.
    assert_eq!(new.milestones(), old.milestones());
    assert_eq!(new.indicators(), old.indicators());
    assert_eq!(new.sheet().perspectives, old.sheet().perspectives);
    assert_eq!(new.updates().last().unwrap().date(), today());
    // Only the registers of what changed are stamped, as for any edit.
    let prefix = format!("projects/{}/", old.id());
    let changed: Vec<&str> = agenda
        .versions()
        .iter()
        .filter(|(key, v)| before.versions().get(key) != Some(*v))
        .filter_map(|(key, _)| key.strip_prefix(&prefix))
        .collect();
    assert_eq!(changed, ["sheet.costs", "sheet.title", "status", "updates"]);
    // The same file again: the update is there, only the new row adds.
    let again = import(&agenda, &csv, ids_from(6000), today()).unwrap();
    assert_eq!((again.updated, again.added), (0, 1));
}

#[test]
fn a_file_with_only_some_columns_changes_only_those() {
    let mut agenda = demo::musterstadt().unwrap();
    let before = agenda.projects()[1].clone();
    let csv = format!(
        "Titel;Federführung;Status;{ID_COLUMN}\r\n{};{};abgeschlossen;{}\r\n",
        before.title(),
        agenda.department(before.lead()).unwrap().name(),
        before.id()
    );
    let imported = import(&agenda, &csv, ids(), today()).unwrap();
    apply_all(&mut agenda, imported);
    let after = &agenda.projects()[1];
    assert_eq!(after.sheet(), before.sheet());
    assert_eq!(after.status(), agenda_core::ProjectStatus::Completed);
}

#[test]
fn unknown_and_repeated_ids_are_reported_and_nothing_is_imported() {
    let agenda = demo::musterstadt().unwrap();
    let p = &agenda.projects()[0];
    let lead = agenda.department(p.lead()).unwrap().name().to_owned();
    let gone = ProjectId::from_u128(77);
    let csv = format!(
        "Titel;Federführung;Kennung\r\nA;{lead};{id}\r\nB;{lead};{id}\r\nC;{lead};{gone}\r\nD;{lead};kaputt\r\n",
        id = p.id()
    );
    let errors = import(&agenda, &csv, ids(), today()).unwrap_err();
    let found: Vec<(usize, Problem)> = errors.into_iter().map(|e| (e.row, e.problem)).collect();
    assert_eq!(
        found,
        [
            (3, Problem::RepeatedProject(p.id().to_string())),
            (4, Problem::UnknownProject(gone.to_string())),
            (5, Problem::UnknownProject("kaputt".into())),
        ]
    );
}

#[test]
fn what_spreadsheets_write_back_is_read() {
    // The same project as German LibreOffice saves it (two-digit years, no
    // BOM, LF, quoted amounts with € and thousands dots), as a spreadsheet
    // not set to German saves it (commas, ISO dates, decimal points), and
    // as tab-separated text: all read alike.
    let agenda = demo_without_projects();
    let spellings = [
        "Titel;Federführung;Beginn;Ende;Einmalig investiv (EUR);Laufende Sachkosten (EUR/Jahr)\n\
         Portal;Bauamt;01.01.26;31.12.27;\"85.000,00 €\";1.200\n",
        "\u{feff}Titel;Federführung;Beginn;Ende;Einmalig investiv (EUR);Laufende Sachkosten (EUR/Jahr)\r\n\
         Portal;Bauamt;1.1.2026;31.12.2027;85000,00;1200,00\r\n",
        "Titel,Federführung,Beginn,Ende,Einmalig investiv (EUR),Laufende Sachkosten (EUR/Jahr)\r\n\
         Portal,Bauamt,2026-01-01,2027-12-31,85000.00,1200\r\n",
        "Titel\tFederführung\tBeginn\tEnde\tEinmalig investiv (EUR)\tLaufende Sachkosten (EUR/Jahr)\n\
         Portal\tBauamt\t01.01.2026\t31.12.2027\t85.000\t1.200,00 EUR\n",
    ];
    let sheets: Vec<ProjectDraft> = spellings
        .iter()
        .map(|csv| {
            let mut target = agenda.clone();
            apply_all(&mut target, import(&agenda, csv, ids(), today()).unwrap());
            target.projects()[0].sheet().clone()
        })
        .collect();
    let first = &sheets[0];
    assert_eq!(first.start, Some("2026-01-01".parse().unwrap()));
    assert_eq!(first.end, Some("2027-12-31".parse().unwrap()));
    assert_eq!(first.costs.investment.german(), "85.000,00 €");
    assert_eq!(first.costs.recurring.german(), "1.200,00 €");
    for (n, sheet) in sheets.iter().enumerate() {
        assert_eq!(sheet, first, "spelling {n}");
    }
}

#[test]
fn amounts_are_written_one_way_that_spreadsheets_read_as_numbers() {
    // No thousands dot anywhere: a spreadsheet not set to German would
    // read `85.000` as 85.
    let csv = export(&demo::musterstadt().unwrap());
    for amount in ["45000,00", "15000,00", "9000,00", "1500,00"] {
        assert!(csv.contains(&format!(";{amount};")), "{amount}");
    }
    assert!(!csv.contains(".000"), "{csv}");
}

#[test]
fn titles_a_spreadsheet_would_run_are_exported_as_text_and_read_back() {
    let mut agenda = demo_without_projects();
    let lead = agenda.departments()[0].id();
    let titles = [
        "=HYPERLINK(\"http://example.org\")",
        "@SUMME(1;2)",
        "+49 341 1234",
        "-5 Stellen",
    ];
    for (n, title) in titles.iter().enumerate() {
        let mut draft = ProjectDraft::new(*title, lead);
        draft.responsible = "=1+1".into();
        agenda
            .apply(Action::AddProject {
                id: ProjectId::from_u128(n as u128 + 1),
                draft,
            })
            .unwrap();
    }
    let csv = export(&agenda);
    for title in titles {
        let quoted = title.replace('"', "\"\"");
        assert!(
            csv.contains(&format!("\r\n'{title};")) || csv.contains(&format!("\r\n\"'{quoted}\";")),
            "{title} in {csv}"
        );
    }
    assert!(csv.contains(";'=1+1;"));
    assert_eq!(import(&agenda, &csv, ids(), today()).unwrap().unchanged, 4);
    let mut target = demo_without_projects();
    let imported = import(&target, &without_ids(&agenda, &csv), ids(), today()).unwrap();
    apply_all(&mut target, imported);
    let read: Vec<&str> = target.projects().iter().map(|p| p.title()).collect();
    assert_eq!(read, titles);
    assert_eq!(target.projects()[0].sheet().responsible, "=1+1");
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
    let actions = import(&target, &without_ids(&agenda, &csv), ids(), today()).unwrap();
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

/// The demo agenda, built once: its names and its export make the CSV, and
/// its projects are what the ids in the CSV update.
static DEMO: LazyLock<Agenda> = LazyLock::new(|| demo::musterstadt().unwrap());

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

    /// CSV shaped like the export (its header, rows of names the agenda
    /// has, ids of its projects or none or unknown ones, bad dates and
    /// amounts, quotes, line breaks inside quotes, wrong column counts), or
    /// the export edited: the import never panics; it names each problem by
    /// row and column of the file, or gives actions that apply to the
    /// agenda one by one and leave it valid, and what it imported exports
    /// and imports back unchanged.
    #[test]
    fn structured_csv_imports_cleanly_or_names_its_problems(
        text in common::texts::project_csv(&DEMO)
    ) {
        let target = &*DEMO;
        match import(target, &text, ids(), today()) {
            Ok(imported) => {
                let mut next = target.clone();
                for action in imported.actions {
                    prop_assert!(
                        matches!(action, Action::AddProject { .. } | Action::EditProject { .. }
                            | Action::SetProjectStatus { .. }),
                        "{:?}", action
                    );
                    let applied = next.apply(action);
                    prop_assert!(applied.is_ok(), "{:?}", applied);
                }
                prop_assert_eq!(next.validate(), Ok(()));
                let again = import(&next, &export(&next), ids(), today());
                prop_assert_eq!(
                    again.map(|i| (i.actions.len(), i.unchanged)),
                    Ok((0, next.projects().len()))
                );
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                // Rows as Excel counts records: never past the last line.
                let last = text.split(['\n', '\r']).count() + 1;
                for e in &errors {
                    prop_assert!((1..=last).contains(&e.row), "{:?}", e);
                    // Named as the file's header names it.
                    prop_assert!(
                        e.column.is_empty()
                            || COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(&e.column)),
                        "{:?}", e
                    );
                }
            }
        }
    }

    /// On random agendas: export then import changes nothing; and the
    /// export of a copy whose projects were edited, imported into the
    /// original, brings exactly those edits (Steckbrief and status), keeps
    /// every project's milestones and adds the copy's new projects.
    #[test]
    fn export_then_import_is_the_identity_and_carries_edits(
        history in prop::collection::vec(common::any_action(), 0..40),
        edits in prop::collection::vec(common::any_project_action(), 0..20),
    ) {
        let mut agenda = common::seed()?;
        for action in history {
            let _ = agenda.apply(action);
        }
        let same = import(&agenda, &export(&agenda), ids(), today());
        prop_assert_eq!(
            same.map(|i| (i.actions, i.unchanged)),
            Ok((Vec::new(), agenda.projects().len()))
        );
        let mut edited = agenda.clone();
        for action in edits {
            let _ = edited.apply(action);
        }
        // A project new in the copy has an id the original does not know:
        // its row goes in as a new project.
        let csv = edited
            .projects()
            .iter()
            .filter(|p| agenda.project(p.id()).is_none())
            .fold(export(&edited), |csv, p| csv.replace(&p.id().to_string(), ""));
        let imported = import(&agenda, &csv, ids(), today());
        prop_assert!(imported.is_ok(), "{:?}", imported);
        let mut back = agenda.clone();
        for action in imported.unwrap_or_default().actions {
            let applied = back.apply(action);
            prop_assert!(applied.is_ok(), "{:?}", applied);
        }
        let shown = |p: &agenda_core::Project| {
            let mut sheet = p.sheet().clone();
            sheet.perspectives.clear();
            (sheet, p.status())
        };
        for p in back.projects() {
            let p: &agenda_core::Project = p;
            match (agenda.project(p.id()), edited.project(p.id())) {
                (Some(old), Some(copy)) => {
                    prop_assert_eq!(shown(p), shown(copy));
                    prop_assert_eq!(p.milestones(), old.milestones());
                }
                // Deleted in the copy: an import never deletes.
                (Some(old), None) => prop_assert_eq!(p, old),
                (None, _) => {}
            }
        }
        let new_projects = |a: &Agenda| -> Vec<_> {
            a.projects()
                .iter()
                .filter(|p| agenda.project(p.id()).is_none())
                .map(|p| shown(p))
                .collect()
        };
        prop_assert_eq!(new_projects(&back), new_projects(&edited));
    }
}
