//! Keyboard-only journeys: every control is reached with Tab, used with
//! Enter, Space and the arrow keys, and what changed is announced in the
//! live region (`#announcer`) for screen readers.

use agenda_e2e::{Error, Session};
use fantoccini::key::Key;
use serde_json::json;

/// Presses `key` on whatever has the focus.
async fn key(session: &Session, key: Key) -> Result<(), Error> {
    session
        .client
        .active_element()
        .await?
        .send_keys(&key.to_string())
        .await?;
    Ok(())
}

/// Presses Tab until the focused element matches `css` (at most `max`
/// times): proof that a keyboard user gets there.
async fn tab_to(session: &Session, css: &str, max: usize) -> Result<(), Error> {
    for _ in 0..max {
        let here = session
            .client
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await?;
        if here == json!(true) {
            return Ok(());
        }
        key(session, Key::Tab).await?;
    }
    Err(format!("{css} not reached with {max} × Tab").into())
}

#[tokio::test]
async fn the_navigator_sets_a_status_and_marks_a_milestone_reached_by_keyboard() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // From the navigation to "Projekte" and into the list, keys only.
    session.wait_for("#nav-leitplanken").await?;
    session
        .eval("document.getElementById('nav-leitplanken').focus(); return 0;")
        .await?;
    tab_to(&session, "#nav-projekte", 12).await?;
    key(&session, Key::Enter).await?;
    session
        .wait_until(
            "return document.getElementById('nav-projekte').getAttribute('aria-current');",
            json!("page"),
        )
        .await?;
    // "E-Akte im Bauamt einführen" of the demo has open milestones.
    let id = session
        .eval(
            "const p = Array.from(document.querySelectorAll('article.project')) \
               .find(a => a.textContent.includes('E-Akte im Bauamt')); \
             return p ? p.id.replace('project-', '') : '';",
        )
        .await?;
    let id = id.as_str().unwrap_or_default().to_owned();
    assert!(!id.is_empty(), "the demo's E-Akte project is listed");
    tab_to(
        &session,
        &format!("#project-{id} button[aria-expanded]"),
        60,
    )
    .await?;
    key(&session, Key::Enter).await?;
    session
        .wait_for(&format!("#project-{id}-status-select"))
        .await?;

    // A milestone reached: after the form's fields come the milestones;
    // the first open one is reached with Tab and ticked with Space.
    let open_milestone = format!("#project-{id} .milestone input[type=checkbox]:not(:checked)");
    tab_to(&session, &open_milestone, 80).await?;
    key(&session, Key::Space).await?;
    session
        .wait_until(
            "return document.getElementById('announcer').textContent.endsWith('erreicht.');",
            json!(true),
        )
        .await?;

    // The status: the select is reached with Tab and changed with an arrow.
    let select = format!("project-{id}-status-select");
    let value = format!("return document.getElementById('{select}').value;");
    let before = session.eval(&value).await?;
    tab_to(&session, &format!("#{select}"), 40).await?;
    key(&session, Key::Down).await?;
    assert_ne!(
        session.eval(&value).await?,
        before,
        "the arrow key changed the status"
    );
    tab_to(&session, &format!("#project-{id}-status-submit"), 5).await?;
    key(&session, Key::Enter).await?;
    session
        .wait_until(
            "return document.getElementById('announcer').textContent.startsWith('Status von „E-Akte');",
            json!(true),
        )
        .await?;
    session.close().await
}
