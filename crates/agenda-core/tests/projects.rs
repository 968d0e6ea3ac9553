//! Projects, progress and roll-ups, diagnostics and the Strategie-Check.

#![allow(clippy::disallowed_methods)] // tests are not in the bundle: std's sort is fine here
#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test

use agenda_core::analysis::diagnostics::Diagnostic;
use agenda_core::analysis::progress::ProgressSource;
use agenda_core::analysis::strategy_check::{Rule, check_text};
use agenda_core::{
    Action, Agenda, AgendaError, CardId, Date, DepartmentDraft, DepartmentId, FieldId,
    GuidelineDraft, GuidelineId, IdeaId, IndicatorId, Kind, MilestoneId, PerspectiveDraft,
    PerspectiveId, PerspectiveKind, ProjectDraft, ProjectId, ProjectStatus, SortTarget,
};

const BAUAMT: DepartmentId = DepartmentId::from_u128(1);
const IT: DepartmentId = DepartmentId::from_u128(2);
const PROZESSE: GuidelineId = GuidelineId::from_u128(10);
const SICHERHEIT: GuidelineId = GuidelineId::from_u128(11);
const FELD: FieldId = FieldId::from_u128(20);
const BEDARF: PerspectiveId = PerspectiveId::from_u128(30);
const EAKTE: ProjectId = ProjectId::from_u128(40);

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn apply(agenda: &mut Agenda, action: Action) {
    agenda.apply(action).unwrap();
}

fn refused(agenda: &Agenda, action: Action) -> AgendaError {
    let mut copy = agenda.clone();
    let error = copy.apply(action).unwrap_err();
    assert_eq!(&copy, agenda, "a refused action changed the agenda");
    error
}

/// Two departments, two Leitplanken, a field, one perspective.
fn base() -> Agenda {
    let mut a = Agenda::new();
    for (id, name) in [(BAUAMT, "Bauamt"), (IT, "IT")] {
        apply(
            &mut a,
            Action::AddDepartment {
                id,
                draft: DepartmentDraft {
                    name: name.into(),
                    ..Default::default()
                },
            },
        );
    }
    for (id, title) in [
        (PROZESSE, "Prozesse vor Technik"),
        (SICHERHEIT, "Sicherheit von Anfang an"),
    ] {
        apply(
            &mut a,
            Action::AddGuideline {
                id,
                draft: GuidelineDraft {
                    title: title.into(),
                    ..Default::default()
                },
            },
        );
    }
    apply(
        &mut a,
        Action::AddField {
            id: FELD,
            name: "Prozesse".into(),
        },
    );
    apply(
        &mut a,
        Action::AddPerspective {
            id: BEDARF,
            draft: PerspectiveDraft {
                department: BAUAMT,
                kind: PerspectiveKind::Need,
                text: "Bauakten digital".into(),
                field: Some(FELD),
                guidelines: vec![PROZESSE],
            },
        },
    );
    a
}

fn eakte() -> ProjectDraft {
    let mut d = ProjectDraft::new("E-Akte im Bauamt", BAUAMT);
    d.guidelines = vec![PROZESSE];
    d.field = Some(FELD);
    d.participants = vec![IT];
    d.start = Some(date("2026-01-01"));
    d.end = Some(date("2026-12-31"));
    d
}

fn with_project() -> Agenda {
    let mut a = base();
    apply(
        &mut a,
        Action::AddProject {
            id: EAKTE,
            draft: eakte(),
        },
    );
    a
}

fn milestones(a: &mut Agenda, project: ProjectId, dues: &[&str]) -> Vec<MilestoneId> {
    dues.iter()
        .enumerate()
        .map(|(n, due)| {
            let id = MilestoneId::from_u128(100 + n as u128 + project.as_uuid().as_u128() * 1000);
            apply(
                a,
                Action::AddMilestone {
                    project,
                    id,
                    title: format!("Schritt {n}"),
                    due: date(due),
                },
            );
            id
        })
        .collect()
}

#[test]
fn a_project_needs_an_existing_lead_and_valid_references() {
    let a = base();
    let mut d = eakte();
    d.lead = DepartmentId::from_u128(99);
    assert!(matches!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Department,
            ..
        }
    ));
    let mut d = eakte();
    d.participants = vec![BAUAMT];
    assert!(matches!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::ListedTwice { .. }
    ));
    let mut d = eakte();
    d.guidelines = vec![GuidelineId::from_u128(99)];
    assert!(matches!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::UnknownGuideline(_)
    ));
    let mut d = eakte();
    d.end = Some(date("2025-12-31"));
    assert_eq!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::EndBeforeStart
    );
    let mut d = eakte();
    d.weight = 0;
    assert!(matches!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::WeightOutOfRange { .. }
    ));
    let mut d = eakte();
    d.title = "  ".into();
    assert!(matches!(
        refused(
            &a,
            Action::AddProject {
                id: EAKTE,
                draft: d
            }
        ),
        AgendaError::Empty { .. }
    ));
}

#[test]
fn strategy_is_never_deleted_under_a_project() {
    let a = with_project();
    assert_eq!(
        refused(&a, Action::RemoveGuideline { id: PROZESSE }),
        AgendaError::GuidelineInUse(PROZESSE)
    );
    assert_eq!(
        refused(&a, Action::RemoveDepartment { id: IT }),
        AgendaError::DepartmentInUse(IT)
    );
    // Deleting the perspective or field unlinks them from the project.
    let mut a = a;
    let mut d = eakte();
    d.perspectives = vec![BEDARF];
    apply(
        &mut a,
        Action::EditProject {
            id: EAKTE,
            draft: d,
        },
    );
    apply(&mut a, Action::RemovePerspective { id: BEDARF });
    apply(&mut a, Action::RemoveField { id: FELD });
    let sheet = a.project(EAKTE).unwrap().sheet();
    assert!(sheet.perspectives.is_empty());
    assert_eq!(sheet.field, None);
    assert!(a.validate().is_ok());
}

#[test]
fn ideas_and_perspectives_become_projects_keeping_text_department_and_links() {
    let mut a = base();
    let card = CardId::from_u128(1);
    let idea = IdeaId::from_u128(2);
    apply(
        &mut a,
        Action::AddCard {
            id: card,
            text: "Online-Bauantrag".into(),
            department: Some(BAUAMT),
        },
    );
    apply(
        &mut a,
        Action::SortCard {
            id: card,
            target: SortTarget::ProjectIdea { id: idea },
        },
    );
    apply(
        &mut a,
        Action::ProjectFromIdea {
            idea,
            id: EAKTE,
            lead: IT,
            guidelines: vec![PROZESSE],
        },
    );
    let p = a.project(EAKTE).unwrap();
    assert_eq!(
        (p.title(), p.lead(), p.sheet().guidelines.clone()),
        ("Online-Bauantrag", BAUAMT, vec![PROZESSE])
    );
    assert!(a.ideas().is_empty());

    let from_perspective = ProjectId::from_u128(41);
    apply(
        &mut a,
        Action::ProjectFromPerspective {
            perspective: BEDARF,
            id: from_perspective,
            title: "Bauakten scannen".into(),
        },
    );
    let p = a.project(from_perspective).unwrap();
    assert_eq!(p.sheet().description, "Bauakten digital");
    assert_eq!(p.lead(), BAUAMT);
    assert_eq!(p.sheet().perspectives, vec![BEDARF]);
    assert_eq!(p.sheet().guidelines, vec![PROZESSE]);
    assert_eq!(p.sheet().field, Some(FELD));
}

#[test]
fn a_guideline_that_reads_like_a_project_is_converted() {
    let mut a = base();
    let wrong = GuidelineId::from_u128(12);
    apply(
        &mut a,
        Action::AddGuideline {
            id: wrong,
            draft: GuidelineDraft {
                title: "E-Akte im Bauamt bis 2026 einführen".into(),
                description: "Mit enaio.".into(),
                ..Default::default()
            },
        },
    );
    let findings = a.strategy_check();
    let rules: Vec<Rule> = findings
        .iter()
        .filter(|f| f.guideline == wrong)
        .map(|f| f.rule)
        .collect();
    assert_eq!(rules, [Rule::Date, Rule::ImplementationVerb, Rule::Product]);
    assert!(
        findings.iter().all(|f| f.guideline == wrong),
        "{findings:?}"
    );

    assert!(matches!(
        refused(
            &a,
            Action::GuidelineToProject {
                guideline: wrong,
                id: EAKTE,
                lead: BAUAMT,
                serves: wrong
            }
        ),
        AgendaError::ListedTwice { .. }
    ));
    apply(
        &mut a,
        Action::GuidelineToProject {
            guideline: wrong,
            id: EAKTE,
            lead: BAUAMT,
            serves: PROZESSE,
        },
    );
    assert!(a.guideline(wrong).is_none());
    let p = a.project(EAKTE).unwrap();
    assert_eq!(p.title(), "E-Akte im Bauamt bis 2026 einführen");
    assert_eq!(p.sheet().description, "Mit enaio.");
    assert_eq!(p.sheet().guidelines, vec![PROZESSE]);
    assert!(a.strategy_check().is_empty());
}

#[test]
fn progress_from_milestones_with_manual_override() {
    let mut a = with_project();
    let ms = milestones(
        &mut a,
        EAKTE,
        &["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"],
    );
    apply(
        &mut a,
        Action::SetMilestoneDone {
            project: EAKTE,
            id: ms[0],
            done: true,
        },
    );
    apply(
        &mut a,
        Action::SetMilestoneDone {
            project: EAKTE,
            id: ms[2],
            done: true,
        },
    );
    let p = a.project(EAKTE).unwrap().progress();
    assert_eq!(
        (p.percent, p.source),
        (50.0, ProgressSource::Milestones { done: 2, total: 4 })
    );
    assert_eq!(a.guideline_progress(PROZESSE).percent, 50.0);
    assert_eq!(a.field_progress(FELD).percent, 50.0);
    apply(
        &mut a,
        Action::SetProgressOverride {
            id: EAKTE,
            percent: Some(80),
        },
    );
    assert_eq!(
        a.project(EAKTE).unwrap().progress().source,
        ProgressSource::Manual
    );
    assert_eq!(a.overall_progress().percent, 80.0);
    assert!(matches!(
        refused(
            &a,
            Action::SetProgressOverride {
                id: EAKTE,
                percent: Some(101)
            }
        ),
        AgendaError::BadNumber { .. }
    ));
    apply(
        &mut a,
        Action::SetProgressOverride {
            id: EAKTE,
            percent: None,
        },
    );
    assert_eq!(a.overall_progress().percent, 50.0);
}

/// "abgeschlossen" and progress agree (docs/design.md): a completed
/// project is at 100 % with one of three milestones reached and a manual
/// 40 %; reopened, the milestones and the manual value count again.
#[test]
fn a_completed_project_is_at_one_hundred_percent() {
    let mut a = with_project();
    let ms = milestones(&mut a, EAKTE, &["2026-03-31", "2026-06-30", "2026-09-30"]);
    apply(
        &mut a,
        Action::SetMilestoneDone {
            project: EAKTE,
            id: ms[0],
            done: true,
        },
    );
    apply(
        &mut a,
        Action::SetProgressOverride {
            id: EAKTE,
            percent: Some(40),
        },
    );
    let status = |a: &mut Agenda, status| {
        apply(
            a,
            Action::SetProjectStatus {
                id: EAKTE,
                status,
                date: date("2026-10-01"),
                note: String::new(),
            },
        )
    };
    status(&mut a, ProjectStatus::Completed);
    let p = a.project(EAKTE).unwrap().progress();
    assert_eq!((p.percent, p.source), (100.0, ProgressSource::Status));
    assert_eq!(a.overall_progress().percent, 100.0);
    status(&mut a, ProjectStatus::InProgress);
    assert_eq!(a.project(EAKTE).unwrap().progress().percent, 40.0);
}

#[test]
fn roll_ups_weight_projects_and_skip_discarded_ones() {
    let mut a = with_project();
    // E-Akte: 1 of 2 milestones (50 %), weight 1.
    let ms = milestones(&mut a, EAKTE, &["2026-03-31", "2026-06-30"]);
    apply(
        &mut a,
        Action::SetMilestoneDone {
            project: EAKTE,
            id: ms[0],
            done: true,
        },
    );
    // A second project, weight 3, completed without milestones (100 %).
    let second = ProjectId::from_u128(41);
    let mut d = ProjectDraft::new("Schulung", IT);
    d.guidelines = vec![PROZESSE, SICHERHEIT];
    d.weight = 3;
    apply(
        &mut a,
        Action::AddProject {
            id: second,
            draft: d,
        },
    );
    apply(
        &mut a,
        Action::SetProjectStatus {
            id: second,
            status: ProjectStatus::Completed,
            date: date("2026-05-01"),
            note: "fertig".into(),
        },
    );
    // (1 × 50 + 3 × 100) / 4 = 87.5
    assert_eq!(a.guideline_progress(PROZESSE).percent, 87.5);
    assert_eq!(a.guideline_progress(SICHERHEIT).percent, 100.0);
    assert_eq!(a.overall_progress().projects, 2);
    // A discarded project does not count.
    apply(
        &mut a,
        Action::SetProjectStatus {
            id: second,
            status: ProjectStatus::Discarded,
            date: date("2026-06-01"),
            note: String::new(),
        },
    );
    assert_eq!(a.guideline_progress(PROZESSE).percent, 50.0);
    assert_eq!(a.guideline_progress(SICHERHEIT).projects, 0);
    let counts = a.status_counts();
    assert!(counts.contains(&(ProjectStatus::Discarded, 1)));
    assert!(counts.contains(&(ProjectStatus::Idea, 1)));
    assert_eq!(a.project(second).unwrap().updates().len(), 2);
}

#[test]
fn every_diagnostic_fires_and_clears() {
    let today = date("2026-11-22");
    let mut a = with_project();
    let indicator = IndicatorId::from_u128(50);
    apply(
        &mut a,
        Action::AddIndicator {
            project: EAKTE,
            id: indicator,
            name: "Digitale Akten".into(),
            unit: "%".into(),
            baseline: 0.0,
            target: 100.0,
        },
    );
    apply(
        &mut a,
        Action::SetProjectStatus {
            id: EAKTE,
            status: ProjectStatus::InProgress,
            date: date("2026-08-23"),
            note: String::new(),
        },
    );
    let loose = ProjectId::from_u128(41);
    apply(
        &mut a,
        Action::AddProject {
            id: loose,
            draft: ProjectDraft::new("Ohne Bezug", IT),
        },
    );
    let ms = milestones(&mut a, EAKTE, &["2026-10-31", "2026-12-31"]);
    let found = a.diagnostics(today);
    for expected in [
        Diagnostic::GuidelineWithoutProject(SICHERHEIT),
        Diagnostic::DepartmentWithoutPerspective(IT),
        Diagnostic::PerspectiveNotAddressed(BEDARF),
        Diagnostic::ProjectWithoutGuideline(loose),
        Diagnostic::ProjectWithoutMilestones(loose),
        Diagnostic::OverdueMilestone(EAKTE, ms[0]),
        Diagnostic::StaleProject(EAKTE),
        Diagnostic::IndicatorWithoutValue(EAKTE, indicator),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
    assert!(!found.contains(&Diagnostic::GuidelineWithoutProject(PROZESSE)));
    assert!(
        !found.contains(&Diagnostic::OverdueMilestone(EAKTE, ms[1])),
        "not yet due"
    );
    assert!(
        !found.contains(&Diagnostic::StaleProject(loose)),
        "an idea is not watched"
    );

    // 90 days ago is not stale yet, 91 days is.
    assert!(
        !a.diagnostics(date("2026-11-21"))
            .contains(&Diagnostic::StaleProject(EAKTE))
    );

    // Fix everything.
    apply(
        &mut a,
        Action::SetMilestoneDone {
            project: EAKTE,
            id: ms[0],
            done: true,
        },
    );
    apply(
        &mut a,
        Action::SetProjectStatus {
            id: EAKTE,
            status: ProjectStatus::InProgress,
            date: today,
            note: "läuft".into(),
        },
    );
    apply(
        &mut a,
        Action::MeasureIndicator {
            project: EAKTE,
            id: indicator,
            value: 40.0,
            date: today,
        },
    );
    let mut d = eakte();
    d.perspectives = vec![BEDARF];
    d.guidelines = vec![PROZESSE, SICHERHEIT];
    apply(
        &mut a,
        Action::EditProject {
            id: EAKTE,
            draft: d,
        },
    );
    apply(&mut a, Action::RemoveProject { id: loose });
    apply(
        &mut a,
        Action::AddPerspective {
            id: PerspectiveId::from_u128(31),
            draft: PerspectiveDraft {
                department: IT,
                kind: PerspectiveKind::Risk,
                text: "Personal".into(),
                field: None,
                guidelines: vec![],
            },
        },
    );
    let left = a.diagnostics(today);
    assert_eq!(
        left,
        [Diagnostic::PerspectiveNotAddressed(
            PerspectiveId::from_u128(31)
        )]
    );
}

#[test]
fn indicators_refuse_non_finite_values() {
    let mut a = with_project();
    let id = IndicatorId::from_u128(1);
    assert!(matches!(
        refused(
            &a,
            Action::AddIndicator {
                project: EAKTE,
                id,
                name: "x".into(),
                unit: String::new(),
                baseline: f64::NAN,
                target: 1.0
            }
        ),
        AgendaError::BadNumber { .. }
    ));
    apply(
        &mut a,
        Action::AddIndicator {
            project: EAKTE,
            id,
            name: "Quote".into(),
            unit: "%".into(),
            baseline: 10.0,
            target: 90.0,
        },
    );
    assert!(matches!(
        refused(
            &a,
            Action::MeasureIndicator {
                project: EAKTE,
                id,
                value: f64::INFINITY,
                date: date("2026-01-01")
            }
        ),
        AgendaError::BadNumber { .. }
    ));
    apply(
        &mut a,
        Action::MeasureIndicator {
            project: EAKTE,
            id,
            value: 35.5,
            date: date("2026-02-01"),
        },
    );
    let i = &a.project(EAKTE).unwrap().indicators()[0];
    assert_eq!(
        i.current().map(|m| (m.value(), m.date())),
        Some((35.5, date("2026-02-01")))
    );
    apply(&mut a, Action::RemoveIndicator { project: EAKTE, id });
    assert!(a.project(EAKTE).unwrap().indicators().is_empty());
}

/// Examples from German municipal strategies: what must be flagged, and
/// what must not.
#[test]
fn strategy_check_rules_on_german_examples() {
    let flagged: [(&str, &[Rule]); 15] = [
        (
            "E-Akte im Bauamt bis 2026 einführen",
            &[Rule::Date, Rule::ImplementationVerb],
        ),
        // "200" is a count (rule Anzahl, added with the corpus rules).
        (
            "Beschaffung von 200 Laptops für 150.000 €",
            &[Rule::ImplementationVerb, Rule::Money, Rule::Quantity],
        ),
        (
            "Umstellung auf Microsoft Teams im Q3",
            &[Rule::ImplementationVerb, Rule::Product, Rule::Date],
        ),
        ("Budget von 2 Mio. Euro für Digitalisierung", &[Rule::Money]),
        (
            "WLAN in allen Schulen installieren",
            &[Rule::ImplementationVerb],
        ),
        ("Alle Ratsunterlagen ab 01.01.2027 digital", &[Rule::Date]),
        ("SAP-Kasse ausrollen", &[Rule::ImplementationVerb]),
        // The split verb "führen … ein" is recognised since the corpus rules.
        (
            "Wir führen SAP ein",
            &[Rule::Product, Rule::ImplementationVerb],
        ),
        (
            "Alle 12 Kitas an das Glasfasernetz anschließen",
            &[Rule::Quantity, Rule::WorkStep],
        ),
        ("Dienstanweisung erstellen", &[Rule::WorkStep]),
        (
            "Wir richten im Rathaus ein Bürgerterminal ein",
            &[Rule::WorkStep],
        ),
        (
            "Online-Antrag für die Hundesteuer anbieten",
            &[Rule::Deliverable, Rule::WorkStep],
        ),
        (
            "Glasfaseranschluss für die Grundschule Nord",
            &[Rule::Deliverable, Rule::Place],
        ),
        ("Leitfaden Barrierefreiheit", &[Rule::Deliverable]),
        ("Digitalisierungsprogramm 2024-2026", &[Rule::Date]),
    ];
    for (text, rules) in flagged {
        let found: Vec<Rule> = check_text(text).into_iter().map(|(r, _)| r).collect();
        let mut expected = rules.to_vec();
        expected.sort();
        let mut got = found.clone();
        got.sort();
        assert_eq!(got, expected, "{text}");
    }
    let strategic = [
        "Prozesse vor Technik",
        "Der Mensch steht im Mittelpunkt",
        "Informationssicherheit und Datenschutz von Anfang an",
        "Digitale Kompetenzen stärken",
        "Gemeinsam über Fachbereichsgrenzen hinweg",
        "Wir arbeiten papierlos, wo es Bürgerinnen und Bürgern dient",
        "Daten werden offen geteilt, wenn kein Schutzinteresse entgegensteht",
        "Führungskräfte gehen beim Wandel mit gutem Beispiel voran",
        "Jede Lösung wird vor der Einführung auf Informationssicherheit geprüft",
        "Digitale Kompetenzen ausbauen",
        "Digitale Bildung an Schulen stärken",
        "Wir setzen auf offene Standards und Open Source",
        "Leitbild Digitale Stadt 2030: menschlich, offen, nachhaltig",
        "Wir vereinfachen Prozesse, bevor wir sie digitalisieren",
        "Lehrkräfte können sich auf die Technik verlassen",
    ];
    for text in strategic {
        assert_eq!(check_text(text), [], "{text} must not be flagged");
    }
}

#[test]
fn a_kennzahl_reads_back_as_the_same_number() {
    // Values as people type them (up to 15 significant digits) read back
    // bit for bit; docs/design.md, "Stored format", says why longer ones
    // may not.
    let mut a = with_project();
    for (n, value) in [973.006_284_009_46, 0.3, -1_234_567.891, 1e15]
        .into_iter()
        .enumerate()
    {
        apply(
            &mut a,
            Action::AddIndicator {
                project: EAKTE,
                id: IndicatorId::from_u128(51 + n as u128),
                name: format!("Wert {n}"),
                unit: "%".into(),
                baseline: value,
                target: value / 7.0,
            },
        );
    }
    let json = agenda_core::formats::stored::to_json(&a).unwrap();
    let back = agenda_core::formats::stored::load(&json).unwrap();
    assert_eq!(back, a);
    let typed: Vec<u64> = back
        .project(EAKTE)
        .unwrap()
        .indicators()
        .iter()
        .map(|i| i.baseline().to_bits())
        .collect();
    let expected: Vec<u64> = [973.006_284_009_46_f64, 0.3, -1_234_567.891, 1e15]
        .iter()
        .map(|v| v.to_bits())
        .collect();
    assert_eq!(typed, expected);
}

/// "Was Aufmerksamkeit braucht" ranked (issue 25): the demo's first
/// finding is what leadership cares about most, the top-priority
/// Handlungsfeld without a project; findings never rise above heavier ones;
/// a project in that field takes the finding away.
#[test]
fn findings_are_ranked_and_a_top_priority_without_project_comes_first() {
    use agenda_core::ItemRef;
    use agenda_core::analysis::diagnostics::Weight;
    let mut demo = agenda_core::content::demo::musterstadt().unwrap();
    let today = date("2026-11-22");
    let infrastructure = demo
        .fields()
        .iter()
        .find(|f| f.name() == "IT-Infrastruktur")
        .unwrap()
        .id();
    let ranked = demo.ranked_diagnostics(today);
    assert_eq!(
        ranked[0],
        Diagnostic::PriorityWithoutProject(ItemRef::Field(infrastructure), 1)
    );
    assert_eq!(ranked.len(), demo.diagnostics(today).len());
    assert!(ranked.windows(2).all(|w| w[0].rank() <= w[1].rank()));
    assert_eq!(ranked[0].rank().0, Weight::Urgent);
    let lead = demo.departments()[4].id();
    let mut draft = ProjectDraft::new("Netzwerk erneuern", lead);
    draft.field = Some(infrastructure);
    apply(
        &mut demo,
        Action::AddProject {
            id: ProjectId::from_u128(9_999),
            draft,
        },
    );
    assert!(
        !demo
            .diagnostics(today)
            .contains(&Diagnostic::PriorityWithoutProject(
                ItemRef::Field(infrastructure),
                1
            ))
    );
}

/// A single point of a single department makes one priority, not a list
/// of "dringend" findings for the items nobody gave anything.
#[test]
fn only_a_supported_item_is_a_priority_without_project() {
    use agenda_core::analysis::diagnostics::Weight;
    use agenda_core::{DepartmentDraft, DepartmentId, FieldId, ItemRef};
    let mut agenda = Agenda::new();
    for n in 0..2 {
        apply(
            &mut agenda,
            Action::AddField {
                id: FieldId::from_u128(n),
                name: format!("Feld {n}"),
            },
        );
    }
    apply(
        &mut agenda,
        Action::AddDepartment {
            id: DepartmentId::from_u128(7),
            draft: DepartmentDraft {
                name: "Bauamt".into(),
                ..Default::default()
            },
        },
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: DepartmentId::from_u128(7),
            item: ItemRef::Field(FieldId::from_u128(1)),
            points: 1,
        },
    );
    let urgent: Vec<Diagnostic> = agenda
        .ranked_diagnostics(date("2026-12-05"))
        .into_iter()
        .filter(|d| d.rank().0 == Weight::Urgent)
        .collect();
    assert_eq!(
        urgent,
        vec![Diagnostic::PriorityWithoutProject(
            ItemRef::Field(FieldId::from_u128(1)),
            1
        )]
    );
}
