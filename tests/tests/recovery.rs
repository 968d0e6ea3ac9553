//! Unreadable stored data is explained, offered for download, and never
//! overwritten silently.

use agenda_e2e::{Error, Session};
use serde_json::json;

const KEY: &str = "digitale-agenda";

async fn store_raw_and_reload(session: &Session, raw: &str) -> Result<(), Error> {
    session
        .client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(KEY), json!(raw)],
        )
        .await?;
    session.reload().await
}

async fn stored(session: &Session) -> Result<serde_json::Value, Error> {
    Ok(session
        .client
        .execute(
            "return localStorage.getItem(arguments[0]);",
            vec![json!(KEY)],
        )
        .await?)
}

#[tokio::test]
async fn corrupt_data_shows_recovery_and_stays_in_storage() -> Result<(), Error> {
    let session = Session::start().await?;
    let corrupt = r#"{"schema_version":1,"agenda":{"municipality":"Stadt Taucha","vision":{"te"#;
    store_raw_and_reload(&session, corrupt).await?;
    let reason = session.text("#recovery-reason").await?;
    assert!(reason.contains("beschädigt"), "reason was: {reason}");
    assert!(
        session
            .wait_for("#recovery-download")
            .await?
            .is_enabled()
            .await?
    );
    assert_eq!(stored(&session).await?, json!(corrupt));

    // A second reload changes nothing either.
    session.reload().await?;
    session.wait_for("#recovery-reason").await?;
    assert_eq!(stored(&session).await?, json!(corrupt));

    // Moving it aside keeps a verified copy and only then offers a new start.
    session.click("#recovery-backup").await?;
    session.wait_for("#start-empty").await?;
    let backups = session
        .eval(
            "return Object.keys(localStorage).filter(k => k.startsWith('digitale-agenda.sicherung.')).map(k => localStorage.getItem(k));",
        )
        .await?;
    assert_eq!(backups, json!([corrupt]));
    session.close().await
}

#[tokio::test]
async fn data_from_a_newer_version_is_refused_and_untouched() -> Result<(), Error> {
    let session = Session::start().await?;
    let newer = format!(
        r#"{{"schema_version":{},"agenda":{{"municipality":"Zukunftsstadt","neues_feld":[1,2,3]}}}}"#,
        agenda_core::SCHEMA_VERSION + 1
    );
    store_raw_and_reload(&session, &newer).await?;
    let reason = session.text("#recovery-reason").await?;
    assert!(reason.contains("neueren Version"), "reason was: {reason}");
    assert!(
        reason.contains(&(agenda_core::SCHEMA_VERSION + 1).to_string()),
        "reason was: {reason}"
    );
    assert_eq!(stored(&session).await?, json!(newer));
    session.close().await
}

#[tokio::test]
async fn the_content_security_policy_blocks_injected_scripts() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    let loader = session
        .eval("return Array.from(document.scripts).map(s => s.src ? 'src' : 'inline');")
        .await?;
    assert_eq!(
        loader,
        serde_json::json!(["src"]),
        "no inline script in the page"
    );
    session
        .eval(
            "const s = document.createElement('script'); s.textContent = 'window.__ran = true;'; \
             document.body.appendChild(s); return 0;",
        )
        .await?;
    session
        .wait_until("return window.__csp.length > 0;", serde_json::json!(true))
        .await?;
    assert_eq!(
        session.eval("return window.__ran === true;").await?,
        serde_json::json!(false),
        "the injected script did not run"
    );
    let violations = session.csp_violations().await?;
    assert!(
        violations.iter().any(|v| v.starts_with("script-src")),
        "{violations:?}"
    );
    // The watcher was there before the first script of the page loaded,
    // so a violation while loading would have been seen too.
    assert_eq!(
        session
            .eval(
                "const first = performance.getEntriesByType('resource') \
                   .filter(r => r.initiatorType === 'script' || r.name.endsWith('.js')) \
                   .map(r => r.startTime).sort((a, b) => a - b)[0]; \
                 return window.__cspSince <= first;",
            )
            .await?,
        serde_json::json!(true)
    );
    // Clean up so that close() checks the app's own behaviour only.
    session.eval("window.__csp = []; return 0;").await?;
    session.close().await
}
