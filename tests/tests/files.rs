//! The agenda as files: JSON export equals what is stored, Markdown export,
//! and import that replaces the agenda only when the file is valid and can
//! be taken back.

use agenda_e2e::{Error, Session, enter};
use serde_json::json;

const MUNICIPALITY: &str = "return document.querySelector('.brand .municipality').textContent;";

/// Records the Blobs the app offers for download.
const CAPTURE: &str = "window.__downloads = []; const create = URL.createObjectURL; \
                       URL.createObjectURL = b => { window.__downloads.push(b); return create(b); }; return 0;";

async fn downloaded_text(session: &Session, index: usize) -> Result<String, Error> {
    let text = session
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__downloads[arguments[0]].text().then(done);",
            vec![json!(index)],
        )
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/agenda-core/tests/fixtures")
        .join(name)
}

#[tokio::test]
async fn exports_are_lossless_json_and_readable_markdown() -> Result<(), Error> {
    let session = Session::start().await?;
    session.wait_for("#start-demo").await?.click().await?;
    session.go("dateien").await?;
    session.eval(CAPTURE).await?;
    session
        .wait_for("#export-json")
        .await?
        .send_keys(&enter())
        .await?;
    session
        .wait_for("#export-markdown")
        .await?
        .send_keys(&enter())
        .await?;
    session
        .wait_until("return window.__downloads.length;", json!(2))
        .await?;
    let exported: serde_json::Value = serde_json::from_str(&downloaded_text(&session, 0).await?)?;
    let stored: serde_json::Value = serde_json::from_str(
        session
            .eval("return localStorage.getItem('digitale-agenda');")
            .await?
            .as_str()
            .unwrap_or_default(),
    )?;
    assert_eq!(
        exported, stored,
        "the JSON export is exactly the stored agenda"
    );
    let md = downloaded_text(&session, 1).await?;
    assert!(
        md.starts_with("# Digitale Agenda – Stadt Musterstadt\n"),
        "{md}"
    );
    assert!(md.contains("- [x] 31.05.2026 – Software ausgewählt"));
    session.close().await
}

#[tokio::test]
async fn importing_a_file_replaces_the_agenda_and_can_be_undone() -> Result<(), Error> {
    let session = Session::start().await?;
    session.wait_for("#start-demo").await?.click().await?;
    session
        .wait_until(MUNICIPALITY, json!("Stadt Musterstadt"))
        .await?;
    session.go("dateien").await?;

    // A file from a newer version is refused; nothing changes.
    let dir = tempfile::tempdir()?;
    let newer = dir.path().join("neuer.json");
    std::fs::write(&newer, r#"{"schema_version": 42, "agenda": {}}"#)?;
    session
        .wait_for("#import-file")
        .await?
        .send_keys(&newer.display().to_string())
        .await?;
    let error = session.wait_for("#import-error").await?.text().await?;
    assert!(
        error.contains("neueren Version") && error.contains("unverändert"),
        "{error}"
    );
    session
        .wait_until(MUNICIPALITY, json!("Stadt Musterstadt"))
        .await?;

    // A valid file (schema v3 fixture) is taken over …
    let path = fixture("schema-v3.json").canonicalize()?;
    session
        .wait_for("#import-file")
        .await?
        .send_keys(&path.display().to_string())
        .await?;
    session
        .wait_until(MUNICIPALITY, json!("Stadt Beispielstadt"))
        .await?;
    session
        .wait_until(
            "return localStorage.getItem('digitale-agenda').includes('Beispielstadt');",
            json!(true),
        )
        .await?;
    // … and the previous agenda comes back with one key press.
    session
        .wait_until("return document.activeElement.id;", json!("undo-delete"))
        .await?;
    session
        .client
        .active_element()
        .await?
        .send_keys(&enter())
        .await?;
    session
        .wait_until(MUNICIPALITY, json!("Stadt Musterstadt"))
        .await?;
    session
        .wait_until(
            "return localStorage.getItem('digitale-agenda').includes('Musterstadt');",
            json!(true),
        )
        .await?;
    session.close().await
}
