//! Department contributions: two departments work in their own browsers on
//! copies of the navigator's agenda and send a Beitrag each; merging them in
//! either order gives the same agenda.

use std::path::{Path, PathBuf};

use agenda_e2e::{Error, Session};
use serde_json::{Value, json};

async fn download(session: &Session, button: &str) -> Result<String, Error> {
    session.capture_downloads().await?;
    session.press(button).await?;
    session.downloaded(1, 0).await
}

fn write(dir: &Path, name: &str, content: &str) -> Result<PathBuf, Error> {
    let path = dir.join(name);
    std::fs::write(&path, content)?;
    Ok(path.canonicalize()?)
}

async fn stored(session: &Session) -> Result<Value, Error> {
    Ok(serde_json::from_str(&session.stored_text().await?)?)
}

/// A fresh browser whose agenda is read from `file`.
async fn copy_of(file: &Path) -> Result<Session, Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.go("dateien").await?;
    session.upload("#import-file", file).await?;
    session.wait_for_municipality("Stadt Musterstadt").await?;
    Ok(session)
}

/// In its own browser, a department adds a perspective and exports its
/// Beitrag.
async fn contribution(base: &Path, department: &str, text: &str) -> Result<String, Error> {
    let session = copy_of(base).await?;
    session
        .choose_role(&format!("Fachbereich: {department}"))
        .await?;
    session.go("fachbereiche").await?;
    session
        .eval("document.querySelector('section.department.own details').open = true; return 0;")
        .await?;
    session
        .type_into("section.department.own textarea[id$='-new-text']", text)
        .await?;
    session
        .press("section.department.own button[id$='-new-submit']")
        .await?;
    session
        .wait_until(
            &format!(
                "return document.querySelector('section.department.own').textContent.includes('{text}');"
            ),
            json!(true),
        )
        .await?;
    session.go("dateien").await?;
    let file = download(&session, "#export-contribution").await?;
    session.close().await?;
    Ok(file)
}

async fn merge_file(session: &Session, file: &Path, expected_summary: &str) -> Result<(), Error> {
    session.upload("#merge-file", file).await?;
    session
        .wait_until(
            "const r = document.getElementById('merge-report'); return r && r.textContent;",
            json!(expected_summary),
        )
        .await
}

#[tokio::test]
async fn two_contributions_merged_in_either_order_give_the_same_agenda() -> Result<(), Error> {
    let dir = tempfile::tempdir()?;
    let navigator = Session::start().await?;
    navigator.click("#start-demo").await?;
    navigator.go("dateien").await?;
    let base = write(
        dir.path(),
        "agenda.json",
        &download(&navigator, "#export-json").await?,
    )?;

    let bau = contribution(&base, "Bauamt", "Baugenehmigungen digital verfolgen").await?;
    let kaem = contribution(&base, "Kämmerei", "E-Rechnung für alle Lieferanten").await?;
    assert!(
        bau.contains("\"contribution\""),
        "a Beitrag says whose it is"
    );
    let bau = write(dir.path(), "beitrag-ba.json", &bau)?;
    let kaem = write(dir.path(), "beitrag-kaem.json", &kaem)?;

    // The navigator merges Bauamt, then Kämmerei, then Bauamt again.
    merge_file(
        &navigator,
        &bau,
        "Der Beitrag von Bauamt wurde zusammengeführt: 1 Angabe übernommen.",
    )
    .await?;
    merge_file(
        &navigator,
        &kaem,
        "Der Beitrag von Kämmerei wurde zusammengeführt: 1 Angabe übernommen.",
    )
    .await?;
    merge_file(
        &navigator,
        &bau,
        "Der Beitrag von Bauamt enthielt nichts Neues.",
    )
    .await?;
    let first = stored(&navigator).await?;
    navigator.close().await?;

    // A second navigator browser merges them the other way round.
    let other = copy_of(&base).await?;
    merge_file(
        &other,
        &kaem,
        "Der Beitrag von Kämmerei wurde zusammengeführt: 1 Angabe übernommen.",
    )
    .await?;
    merge_file(
        &other,
        &bau,
        "Der Beitrag von Bauamt wurde zusammengeführt: 1 Angabe übernommen.",
    )
    .await?;
    let second = stored(&other).await?;
    other.close().await?;

    assert_eq!(first, second, "the order of merging does not matter");
    let text = first.to_string();
    assert!(text.contains("Baugenehmigungen digital verfolgen"));
    assert!(text.contains("E-Rechnung für alle Lieferanten"));
    Ok(())
}
