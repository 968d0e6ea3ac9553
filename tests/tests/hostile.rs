//! Hostile text: an agenda whose every text field holds script and HTML
//! payloads is imported; every view, every project sheet and every variant
//! of the council document show the text literally and run nothing.

use agenda_core::{
    Action, Agenda, CardId, Date, DepartmentDraft, DepartmentId, FieldId, GuidelineDraft,
    GuidelineId, IdeaId, IndicatorId, ItemRef, MilestoneId, PerspectiveDraft, PerspectiveId,
    PerspectiveKind, ProjectDraft, ProjectId, ProjectStatus, SortTarget, formats::stored,
};
use agenda_e2e::{Error, Session};
use serde_json::json;

/// Payloads, each tagged with the field it goes into so a view can be
/// checked for the literal text.
fn payload(field: &str, n: usize) -> String {
    let attacks = [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "\"><svg onload=\"window.__xss=1\">",
        "javascript:window.__xss=1",
        "<a href=\"javascript:window.__xss=1\">Link</a>",
        "${7*7} {{7*7}} &amp; &lt;b&gt;",
    ];
    format!("{field} {}", attacks[n % attacks.len()])
}

fn hostile_agenda() -> Result<Agenda, Error> {
    let mut a = Agenda::new();
    let mut apply = |action: Action| a.apply(action).map_err(|e| Error::from(e.to_string()));
    let (field, dept, guideline) = (
        FieldId::from_u128(1),
        DepartmentId::from_u128(1),
        GuidelineId::from_u128(1),
    );
    apply(Action::SetMunicipality {
        name: payload("Kommune", 0),
    })?;
    apply(Action::SetVision {
        text: payload("Leitbild", 1),
    })?;
    apply(Action::AddField {
        id: field,
        name: payload("Feld", 2),
    })?;
    apply(Action::AddDepartment {
        id: dept,
        draft: DepartmentDraft {
            name: payload("Amt", 3),
            short_name: "<b>K</b>".into(),
            head: payload("Leitung", 4),
        },
    })?;
    apply(Action::AddGuideline {
        id: guideline,
        draft: GuidelineDraft {
            title: payload("Leitplanke", 5),
            description: payload("Beschreibung", 0),
            rationale: payload("Begründung", 1),
        },
    })?;
    apply(Action::SetGuidelineField {
        id: guideline,
        field: Some(field),
    })?;
    apply(Action::AddPerspective {
        id: PerspectiveId::from_u128(1),
        draft: PerspectiveDraft {
            department: dept,
            kind: PerspectiveKind::Risk,
            text: payload("Perspektive", 2),
            field: Some(field),
            guidelines: vec![guideline],
        },
    })?;
    apply(Action::AddCard {
        id: CardId::from_u128(1),
        text: payload("Karte", 3),
        department: Some(dept),
    })?;
    apply(Action::AddCard {
        id: CardId::from_u128(2),
        text: payload("Idee", 4),
        department: Some(dept),
    })?;
    apply(Action::SortCard {
        id: CardId::from_u128(2),
        target: SortTarget::ProjectIdea {
            id: IdeaId::from_u128(1),
        },
    })?;
    apply(Action::SetPoints {
        department: dept,
        item: ItemRef::Field(field),
        points: 2,
    })?;
    let project = ProjectId::from_u128(1);
    let mut draft = ProjectDraft::new(payload("Projekt", 5), dept);
    draft.description = payload("Projektbeschreibung", 0);
    draft.effect = payload("Wirkung", 1);
    draft.responsible = payload("Person", 2);
    draft.guidelines = vec![guideline];
    // Costs, a qualitative benefit's reason and a Förderprogramm's names.
    draft.costs.investment = agenda_core::kaemmerei::money::Cents::euros(1_000);
    draft.benefits.qualitative = vec![agenda_core::kaemmerei::finance::QualitativeBenefit {
        kind: agenda_core::kaemmerei::finance::BenefitKind::LegalDuty,
        rating: 3,
        reason: payload("Begründung", 1),
    }];
    draft.grants = vec![agenda_core::kaemmerei::finance::Grant {
        name: payload("Förderung", 2),
        body: payload("Fördergeber", 3),
        share: agenda_core::kaemmerei::finance::GrantShare::Rate(5_000),
        status: agenda_core::kaemmerei::finance::GrantStatus::Applied,
        deadline: None,
    }];
    draft.start = Some(Date::new(2026, 1, 1).map_err(|e| e.to_string())?);
    draft.end = Some(Date::new(2027, 6, 30).map_err(|e| e.to_string())?);
    apply(Action::AddProject { id: project, draft })?;
    apply(Action::AddMilestone {
        project,
        id: MilestoneId::from_u128(1),
        title: payload("Meilenstein", 4),
        due: Date::new(2026, 6, 1).map_err(|e| e.to_string())?,
    })?;
    apply(Action::AddIndicator {
        project,
        id: IndicatorId::from_u128(1),
        name: payload("Kennzahl", 5),
        unit: "<i>%</i>".into(),
        baseline: 1.0,
        target: 2.0,
    })?;
    apply(Action::SetProjectStatus {
        id: project,
        status: ProjectStatus::InProgress,
        date: Date::new(2026, 2, 1).map_err(|e| e.to_string())?,
        note: payload("Notiz", 0),
    })?;
    // The Kompetenzrad: a competence's name and a person's name.
    let competence = agenda_core::CompetenceId::from_u128(1);
    apply(Action::AddCompetence {
        id: competence,
        area: agenda_core::competence::CompetenceArea::Fach,
        name: payload("Kompetenz", 1),
        target: 3,
    })?;
    apply(Action::AddAssessment {
        id: agenda_core::AssessmentId::from_u128(1),
        draft: agenda_core::competence::AssessmentDraft {
            person: payload("Lotsin", 2),
            date: Date::new(2026, 3, 1).map_err(|e| e.to_string())?,
            ratings: vec![agenda_core::competence::Rating {
                competence,
                current: 1,
                target: 3,
            }],
        },
    })?;
    Ok(a)
}

/// No payload became markup and none ran; returns the page text.
async fn check_page(session: &Session, view: &str) -> Result<String, Error> {
    let found = session
        .eval(
            "return [window.__xss === undefined, \
             document.querySelectorAll('main img, main script, main [onerror], main [onload], main a[href^=\"javascript\"]').length, \
             document.querySelector('main').textContent + ' ' + \
             Array.from(document.querySelectorAll('main input, main textarea')).map(e => e.value).join(' ')];",
        )
        .await?;
    assert_eq!(found[0], json!(true), "a payload ran in {view}");
    assert_eq!(found[1], json!(0), "a payload became markup in {view}");
    Ok(found[2].as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn payloads_in_every_text_field_show_literally_in_every_view() -> Result<(), Error> {
    let agenda = hostile_agenda()?;
    let json = stored::to_json(&agenda).map_err(|e| e.to_string())?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("feindlich.json");
    std::fs::write(&path, json)?;
    let path = path.canonicalize()?;

    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.go("dateien").await?;
    session.upload("#import-file", &path).await?;
    session
        .wait_for_municipality(&payload("Kommune", 0))
        .await?;
    // The navigator sees every board (the points board too).
    session.choose_role("Digital-Navigator").await?;

    let views = [
        (
            "leitplanken",
            vec![payload("Leitbild", 1), payload("Leitplanke", 5)],
        ),
        ("handlungsfelder", vec![payload("Feld", 2)]),
        (
            "fachbereiche",
            vec![payload("Amt", 3), payload("Perspektive", 2)],
        ),
        ("workshop", vec![payload("Karte", 3), payload("Idee", 4)]),
        ("priorisierung", vec![payload("Feld", 2)]),
        ("ergebnis", vec![payload("Feld", 2)]),
        ("projekte", vec![payload("Projekt", 5)]),
        (
            "kompetenzen",
            vec![payload("Kompetenz", 1), payload("Lotsin", 2)],
        ),
        ("fortschritt", vec![payload("Leitplanke", 5)]),
        ("board", vec![payload("Projekt", 5)]),
        ("roadmap", vec![]),
        ("haushalt", vec![payload("Leitplanke", 5)]),
        (
            "dokument",
            vec![
                payload("Projektbeschreibung", 0),
                payload("Person", 2),
                payload("Kennzahl", 5),
            ],
        ),
        ("dateien", vec![]),
    ];
    for (view, expected) in views {
        session.go(view).await?;
        if view == "projekte" {
            // Open every Steckbrief.
            session
                .eval("document.querySelectorAll('.project [id$=\"-toggle\"]').forEach(b => b.click()); return 0;")
                .await?;
            session.wait_for(".project-sheet").await?;
        }
        let text = check_page(&session, view).await?;
        for literal in expected {
            assert!(
                text.contains(&literal),
                "{view} shows {literal:?} literally"
            );
        }
    }
    session.go("dokument").await?;
    for variant in ["bericht", "steckbriefe", "argumente"] {
        session.show_document_variant(variant).await?;
        let text = check_page(&session, variant).await?;
        if variant == "argumente" {
            for literal in [
                payload("Begründung", 1),
                payload("Förderung", 2),
                payload("Fördergeber", 3),
            ] {
                assert!(
                    text.contains(&literal),
                    "the argument sheet shows {literal:?} literally"
                );
            }
        }
    }
    session.close().await
}
