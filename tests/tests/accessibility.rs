//! Accessibility is tested, not hoped for: axe-core's WCAG 2.0/2.1 A and AA
//! rules (BITV 2.0 via EN 301 549) on every view of the workspace, in the
//! demo agenda and in an empty one, and on the screens around it. Any
//! violation fails the test with the rule and the elements it found.

use agenda_e2e::{Error, Session, VIEWS};
use serde_json::json;

/// Checks the page as it is now; names the screen in the failure.
async fn check(session: &Session, screen: &str, found: &mut Vec<String>) -> Result<(), Error> {
    for violation in session.accessibility_violations().await? {
        found.push(format!("{screen}: {violation}"));
    }
    Ok(())
}

/// Every view in turn, plus an opened Steckbrief where there are projects.
async fn check_views(
    session: &Session,
    agenda: &str,
    found: &mut Vec<String>,
) -> Result<(), Error> {
    for view in VIEWS {
        session.go(view).await?;
        check(session, &format!("{agenda}, {view}"), found).await?;
        if view == "projekte" && session.eval("return document.querySelector('article.project button[aria-expanded]') !== null;").await? == json!(true) {
            session.press("article.project button[aria-expanded]").await?;
            // Read-only for the leadership, a form for who edits it.
            session.wait_for("article.project [id$='-sheet']").await?;
            check(session, &format!("{agenda}, Steckbrief"), found).await?;
        }
    }
    Ok(())
}

fn verdict(found: Vec<String>) -> Result<(), Error> {
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} accessibility violation(s):\n{}",
            found.len(),
            found.join("\n")
        )
        .into())
    }
}

#[tokio::test]
async fn the_demo_agenda_has_no_wcag_violations_on_any_view() -> Result<(), Error> {
    let session = Session::start().await?;
    let mut found = Vec::new();
    check(&session, "Start", &mut found).await?;
    session.click("#start-demo").await?;
    check_views(&session, "Demo", &mut found).await?;

    // The form that turns a Leitplanke into a project (the demo's own
    // Leitplanken are strategy, so one that reads like a project is
    // added); the navigator's to do.
    session.choose_role("Digital-Navigator").await?;
    session.go("leitplanken").await?;
    session
        .add_guideline("Notfallhandbuch IT erstellen")
        .await?;
    session.press("button[id$='-convert-open']").await?;
    session.wait_for("button[id$='-convert-submit']").await?;
    check(&session, "Demo, Leitplanke umwandeln", &mut found).await?;

    // A share link opened: the agenda read-only.
    session.go("dateien").await?;
    let link = session.share_link("#share-all").await?;
    session.open_shared(&link).await?;
    session.wait_for("#shared-take").await?;
    check(&session, "Geteilter Link", &mut found).await?;
    session.close().await?;
    verdict(found)
}

#[tokio::test]
async fn the_recovery_screen_has_no_wcag_violations() -> Result<(), Error> {
    let session = Session::start().await?;
    session
        .eval("localStorage.setItem('digitale-agenda', '{kaputt'); return 0;")
        .await?;
    session.reload().await?;
    session.wait_for("main.recovery").await?;
    let mut found = Vec::new();
    check(&session, "Wiederherstellung", &mut found).await?;
    session.close().await?;
    verdict(found)
}

#[tokio::test]
async fn an_empty_agenda_has_no_wcag_violations_on_any_view() -> Result<(), Error> {
    let session = Session::start().await?;
    let mut found = Vec::new();
    session.click("#start-empty").await?;
    check_views(&session, "Leer", &mut found).await?;
    session.close().await?;
    verdict(found)
}

#[tokio::test]
async fn the_roadmap_chart_has_a_text_alternative_as_tables() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("roadmap").await?;
    // The chart names each project only in its tooltips; the tables name
    // every project with its period as text.
    let charted = session
        .eval("return Array.from(document.querySelectorAll('#roadmap .rm-label title')).map(t => t.textContent).sort();")
        .await?;
    assert!(charted.as_array().is_some_and(|a| !a.is_empty()));
    // The whole period is named, and an overdue milestone says so, in
    // the chart and in the tables (the pilot was due 31.10.2026).
    let caption = session.text(".roadmap-figure figcaption").await?;
    assert!(caption.starts_with("Zeitraum Q"), "{caption}");
    let overdue = session
        .eval("return Array.from(document.querySelectorAll('#roadmap polygon.overdue title')).map(t => t.textContent);")
        .await?;
    assert!(
        overdue.as_array().is_some_and(|a| a
            .iter()
            .any(|t| t == "Pilot mit zwei Sachbearbeitungen: 31.10.2026 (überfällig)")),
        "{overdue}"
    );
    session.press("#roadmap-as-tables").await?;
    session.wait_for(".roadmap-year").await?;
    session
        .wait_until(
            "return [...new Set(Array.from(document.querySelectorAll('.roadmap-year tbody th')).map(t => t.firstChild.textContent))].sort();",
            charted,
        )
        .await?;
    let period = session
        .eval(
            "return document.querySelector('.roadmap-year tbody th .visually-hidden').textContent;",
        )
        .await?;
    assert!(
        period.as_str().is_some_and(|p| p.contains(" bis ")),
        "{period}"
    );
    assert!(
        session
            .text(".roadmap-tables")
            .await?
            .contains("Meilenstein überfällig"),
        "overdue marked in the tables"
    );
    let mut found = Vec::new();
    check(&session, "Demo, Roadmap als Tabellen", &mut found).await?;
    session.press("#roadmap-as-tables").await?;
    session.wait_for("#roadmap").await?;
    session.close().await?;
    verdict(found)
}
