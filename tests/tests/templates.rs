//! Project templates between towns: exported from one agenda's Steckbrief,
//! imported into another town's agenda as a new project idea.

use agenda_e2e::{Error, Session};
use serde_json::json;

#[tokio::test]
async fn a_steckbrief_travels_to_another_town_as_a_project_idea() -> Result<(), Error> {
    let dir = tempfile::tempdir()?;
    let source = Session::start().await?;
    source.click("#start-demo").await?;
    source.go("projekte").await?;
    source.capture_downloads().await?;
    source
        .eval("document.querySelector('.project [id$=\"-toggle\"]').click(); return 0;")
        .await?;
    source.press(".project [id$='-template']").await?;
    let template = source.downloaded(1, 0).await?;
    source.close().await?;
    let parsed: serde_json::Value = serde_json::from_str(&template)?;
    assert_eq!(parsed["projektvorlage"], json!(3), "{template}");
    assert_eq!(
        (
            &parsed["template"]["costs"]["investment"],
            &parsed["template"]["costs"]["consumptive"]
        ),
        (&json!(4_500_000), &json!(1_500_000)),
        "costs travel, in cents"
    );
    assert_eq!(
        parsed["template"]["costs"]["year"],
        json!(null),
        "not the budget year"
    );
    assert!(template.contains("E-Akte im Bauamt einführen"));
    assert!(!template.contains("Frau Ziegler"), "no personal names");
    let path = dir.path().join("vorlage.json");
    std::fs::write(&path, &template)?;
    let path = path.canonicalize()?;

    let town = Session::start().await?;
    town.click("#start-empty").await?;
    town.add_department("Bauamt").await?;
    town.go("dateien").await?;
    town.wait_for("#template-lead").await?;
    town.upload("#template-file", &path).await?;
    town.wait_for("#undo-delete").await?;
    town.go("projekte").await?;
    town.wait_until(
        "return Array.from(document.querySelectorAll('.project h3')).map(h => h.textContent);",
        json!(["E-Akte im Bauamt einführen"]),
    )
    .await?;
    let stored: serde_json::Value = serde_json::from_str(&town.stored_text().await?)?;
    let project = &stored["agenda"]["projects"][0];
    assert_eq!(project["status"], json!("idea"), "a new project idea");
    assert_eq!(project["sheet"]["responsible"], json!(""));
    assert!(
        project["milestones"]
            .as_array()
            .is_some_and(|m| !m.is_empty()),
        "the plan comes along"
    );
    town.close().await
}
