//! The Kompetenzrad in the browser: the navigator records a self-assessment,
//! a department enters its staff survey (typed and from a survey tool's
//! CSV; fewer than five answers show no figures), a gap becomes a training
//! project, and the chapter is printed with the Ratsdokument.

use std::path::PathBuf;
use std::process::Command;

use agenda_core::competence::preset_id;
use agenda_e2e::{Error, Session};
use serde_json::json;

/// The text of the wheel's table cell for a competence (row by name) in
/// column `column` (0 = area, 1 = name, 2 = first line).
async fn cell(session: &Session, name: &str, column: usize) -> Result<String, Error> {
    let value = session
        .eval(&format!(
            "const row = Array.from(document.querySelectorAll('#comp-table tbody tr')) \
               .find(r => r.querySelector('th').textContent === {name:?}); \
             return row ? row.children[{column}].textContent : null;"
        ))
        .await?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn the_navigator_records_a_self_assessment_and_sees_it_in_the_wheel() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.choose_role("Digital-Navigator").await?;
    session.go("kompetenzen").await?;
    session.wait_for("#comp-wheel").await?;
    // By keyboard: the form takes the focus, and gives it back on saving.
    session.press("#assessment-new").await?;
    session.wait_for_focus("assessment-person").await?;
    session
        .type_into("#assessment-person", "Frau Neumann")
        .await?;
    let datenschutz = preset_id(2);
    session
        .select_label(
            &format!("#assessment-{datenschutz}-current"),
            "1 – Grundkenntnisse",
        )
        .await?;
    session
        .select_label(
            &format!("#assessment-{datenschutz}-target"),
            "4 – kann andere anleiten",
        )
        .await?;
    // The view shows what changed since the last round (the demo's two).
    let change = session.text_content("comp-change").await?;
    assert!(change.contains("1,50 → 2,50 (+1,00)"), "{change}");
    session.press("#assessment-save").await?;
    session.wait_for_focus("assessment-new").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('#comp-lines option')).some(o => o.textContent.startsWith('Frau Neumann'));",
            json!(true),
        )
        .await?;
    // Her line: Soll and Ist of the one competence she rated.
    let option = session
        .eval("return Array.from(document.querySelectorAll('#comp-lines option')).find(o => o.textContent.startsWith('Frau Neumann')).value;")
        .await?;
    session
        .select_value("#comp-lines", option.as_str().unwrap_or_default())
        .await?;
    session
        .wait_until(
            "return document.querySelector('#comp-table thead').textContent.includes('Frau Neumann');",
            json!(true),
        )
        .await?;
    assert_eq!(cell(&session, "Datenschutz", 2).await?, "4,00", "Soll");
    assert_eq!(cell(&session, "Datenschutz", 3).await?, "1,00", "Ist");
    assert_eq!(cell(&session, "Moderation", 3).await?, "–", "not rated");
    // Kept after a reload, and only the navigator manages the team's
    // assessments.
    session.reload().await?;
    session.go("kompetenzen").await?;
    assert!(
        session
            .eval(
                "return document.getElementById('comp-team-heading').parentElement.textContent.includes('Frau Neumann');"
            )
            .await?
            == json!(true)
    );
    session.choose_role("Verwaltungsspitze").await?;
    session.go("kompetenzen").await?;
    assert_eq!(
        session
            .eval("return document.getElementById('assessment-new') === null;")
            .await?,
        json!(true)
    );
    session.close().await
}

#[tokio::test]
async fn a_department_enters_its_survey_and_small_groups_stay_hidden() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("kompetenzen").await?;
    // The demo's Ordnungsamt had 3 answers: said, and no figures.
    let list = session.text_content("survey-list").await?;
    assert!(
        list.contains("Ordnungsamt: 3 Antworten – weniger als 5"),
        "{list}"
    );
    let before = cell(&session, "Prozessmanagement", 4).await?;
    assert_eq!(before, "–", "no department surveyed it yet");

    // The Bauamt types 6 answers for Prozessmanagement.
    session.choose_role("Fachbereich: Bauamt").await?;
    session.go("kompetenzen").await?;
    session.press("#survey-new").await?;
    let prozess = preset_id(5);
    let fill_in = |css: String, value: &'static str| {
        let session = &session;
        async move {
            session.replace_text(&css, value).await?;
            session
                .eval(&format!(
                    "document.querySelector({css:?}).dispatchEvent(new Event('change', {{bubbles: true}})); return 0;"
                ))
                .await?;
            Ok::<(), Error>(())
        }
    };
    fill_in("#survey-respondents".into(), "6").await?;
    fill_in(format!("#survey-{prozess}-1"), "2").await?;
    fill_in(format!("#survey-{prozess}-3"), "4").await?;
    session.press("#survey-save").await?;
    // (2×1 + 4×3) / 6 = 2,33
    session
        .wait_until(
            "const row = Array.from(document.querySelectorAll('#comp-table tbody tr')) \
               .find(r => r.querySelector('th').textContent === 'Prozessmanagement'); \
             return row.children[4].textContent;",
            json!("2,33"),
        )
        .await?;

    // From the survey tool's CSV: two answers only, so nothing is shown.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-files");
    std::fs::create_dir_all(&dir)?;
    let csv = std::fs::canonicalize(dir)?.join("umfrage-bauamt.csv");
    std::fs::write(
        &csv,
        "Zeitstempel;Moderation;Projektmanagement\r\n01.10.2026;3;2\r\n02.10.2026;4;\r\n",
    )?;
    session.press("#survey-new").await?;
    session.upload("#survey-csv", &csv).await?;
    session.wait_for("#survey-note").await?;
    let note = session.text_content("survey-note").await?;
    assert!(
        note.contains("2 Antworten") && note.contains("Zeitstempel"),
        "{note}"
    );
    assert_eq!(
        session
            .eval("return document.getElementById('survey-respondents').value;")
            .await?,
        json!("2")
    );
    // A later round than the first one (typed today).
    session
        .eval(
            "const d = document.getElementById('survey-date'); d.value = '2099-12-01'; \
             d.dispatchEvent(new Event('change', {bubbles: true})); return 0;",
        )
        .await?;
    session.press("#survey-save").await?;
    session
        .wait_until(
            "return document.getElementById('survey-list').textContent.includes('Bauamt: 2 Antworten – weniger als 5');",
            json!(true),
        )
        .await?;
    // The Bauamt's newest survey has too few answers: its figures leave the
    // wheel (the round before is no longer the current one), and nothing of
    // the two answers shows anywhere.
    assert_eq!(cell(&session, "Prozessmanagement", 4).await?, "–");
    assert_eq!(cell(&session, "Moderation", 4).await?, "–");
    let page = session.eval("return document.body.innerText;").await?;
    assert!(
        !page.as_str().unwrap_or_default().contains("3,50"),
        "no mean of the two answers"
    );
    session.close().await
}

#[tokio::test]
async fn a_gap_becomes_a_training_project_and_is_closed() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The Kompetenzrad and its projects are the navigator's.
    session.choose_role("Digital-Navigator").await?;
    session.go("kompetenzen").await?;
    // The largest gap of the demo: Online-Dienste und OZG, no project.
    let ozg = preset_id(3);
    let first = session
        .eval("return document.querySelector('.gap-table tbody tr').id;")
        .await?;
    assert_eq!(first, json!(format!("gap-{ozg}")));
    // One sentence sums the gaps up; one form, not a button per gap.
    let summary = session.text_content("comp-gaps-summary").await?;
    assert!(
        summary.contains("Kompetenzen liegen unter dem Ziel;")
            && summary.contains("davon gibt es noch kein Projekt."),
        "{summary}"
    );
    assert_eq!(
        session
            .eval("return document.querySelectorAll('.gap-project button').length;")
            .await?,
        json!(1)
    );
    let row = session.text_content(&format!("gap-{ozg}")).await?;
    assert!(row.contains("noch keins") && row.contains("+1,96"), "{row}");
    // The largest gap without a project is chosen already.
    assert_eq!(
        session
            .eval("return document.getElementById('gap-project-choice').value;")
            .await?,
        json!(ozg.to_string())
    );
    session.press("#gap-project-make").await?;
    session.wait_for_view("projekte").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.project h3')).some(h => h.textContent === 'Schulung: Online-Dienste und OZG');",
            json!(true),
        )
        .await?;
    // Its Steckbrief names the competence it raises.
    let checked = session
        .eval(&format!(
            "const box = document.querySelector('input[id$=\"-comp-{ozg}\"]'); return box ? box.checked : null;"
        ))
        .await?;
    assert_eq!(checked, json!(true));
    session.go("kompetenzen").await?;
    let gap = session.text_content(&format!("gap-{ozg}")).await?;
    assert!(gap.contains("Schulung: Online-Dienste und OZG"), "{gap}");
    assert!(!gap.contains("noch keins"), "{gap}");
    // The diagnostics no longer report it.
    session.go("fortschritt").await?;
    let findings = session.eval("return document.body.innerText;").await?;
    let findings = findings.as_str().unwrap_or_default();
    assert!(
        !findings.contains("„Online-Dienste und OZG“"),
        "closed gap not reported"
    );
    // All the others in one finding, named by the largest.
    assert!(
        findings.contains(
            "Kein Projekt greift 13 Kompetenzlücken auf; die größte liegt bei „Daten und Open Data“."
        ),
        "{findings}"
    );
    assert_eq!(findings.matches("Kompetenzlücke").count(), 1, "{findings}");
    session.close().await
}

#[tokio::test]
async fn the_chapter_is_printed_with_the_council_document() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("dokument").await?;
    session.wait_for("#doc-competences #comp-wheel").await?;
    let pdf = session.print_pdf().await?;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/print");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("kompetenzrad.pdf");
    std::fs::write(&path, pdf)?;
    let out = Command::new("pdftotext")
        .args([&path.to_string_lossy(), "-"])
        .output()?;
    assert!(out.status.success(), "pdftotext ran");
    let text = String::from_utf8(out.stdout)?;
    for expected in [
        "Kompetenzrad",
        "Online-Dienste und OZG",
        "Umgang mit Unsicherheit",
        "zum Schutz der Befragten",
        "Lücken, die kein Projekt aufgreift",
    ] {
        assert!(text.contains(expected), "{expected} printed");
    }
    // The Fortschrittsbericht says what changed since the last round.
    session.click("#doc-variant-bericht").await?;
    session.wait_for("#doc-competence-change").await?;
    let change = session.text_content("doc-competence-change").await?;
    assert!(change.contains("1,50 → 2,50 (+1,00)"), "{change}");
    session.close().await
}
