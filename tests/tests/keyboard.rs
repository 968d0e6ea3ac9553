//! Keyboard-only journeys: every control is reached with Tab, used with
//! Enter, Space and the arrow keys, and what changed is announced in the
//! live region (`#announcer`) for screen readers.

use agenda_e2e::{Error, Key, Session};
use serde_json::json;

/// Presses Tab until the focused element matches `css` (at most `max`
/// times): proof that a keyboard user gets there.
async fn tab_to(session: &Session, css: &str, max: usize) -> Result<(), Error> {
    tab_until(session, css, max, Key::Tab.to_string()).await
}

/// The same backwards, with Shift+Tab.
async fn shift_tab_to(session: &Session, css: &str, max: usize) -> Result<(), Error> {
    tab_until(session, css, max, format!("{}{}", Key::Shift, Key::Tab)).await
}

async fn tab_until(session: &Session, css: &str, max: usize, keys: String) -> Result<(), Error> {
    for _ in 0..max {
        let here = session
            .client
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await?;
        if here == json!(true) {
            return focus_is_visible(session, css).await;
        }
        session.focused().await?.send_keys(&keys).await?;
    }
    Err(format!("{css} not reached with {max} key presses").into())
}

/// The focused element shows it: the focus ring of `:focus-visible`, at
/// least 2 px of outline (WCAG 2.4.7).
async fn focus_is_visible(session: &Session, css: &str) -> Result<(), Error> {
    let ring = session
        .eval(
            "const e = document.activeElement, s = getComputedStyle(e); \
             return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
        )
        .await?;
    if ring == json!(true) {
        Ok(())
    } else {
        Err(format!("{css} has the focus but does not show it").into())
    }
}

/// Text of the element with this id, empty while there is none.
async fn text_of(session: &Session, id: &str) -> Result<String, Error> {
    let text = session
        .client
        .execute(
            "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';",
            vec![json!(id)],
        )
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn a_department_head_records_a_perspective_and_gives_points_by_keyboard() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The role switch: Tab to it, an arrow key picks the first Fachbereich
    // (the Hauptamt); the view stays, and the navigation is the next stop.
    session.wait_for("#role").await?;
    session
        .eval("document.querySelector('.skip-link').focus(); return 0;")
        .await?;
    tab_to(&session, "#role", 5).await?;
    session.press_key(Key::Down).await?;
    session
        .wait_until(
            "return document.getElementById('role').selectedOptions[0].textContent;",
            json!("Fachbereich: Hauptamt"),
        )
        .await?;
    session.wait_for_view("leitplanken").await?;
    tab_to(&session, "#nav-fachbereiche", 10).await?;
    session.press_key(Key::Enter).await?;
    session.wait_for_view("fachbereiche").await?;
    let own = session
        .eval("return document.querySelector('details.add-perspective form').querySelector('textarea').id;")
        .await?;
    let textarea = own.as_str().unwrap_or_default().to_owned();
    let prefix = textarea.trim_end_matches("-text").to_owned();

    // Its "add a perspective" section: open it, write, save.
    tab_to(&session, "details.add-perspective summary", 80).await?;
    session.press_key(Key::Enter).await?;
    tab_to(&session, &format!("#{textarea}"), 5).await?;
    let text = "Formulare werden doppelt erfasst, einmal auf Papier und einmal im Fachverfahren.";
    session.focused().await?.send_keys(text).await?;
    tab_to(&session, &format!("#{prefix}-submit"), 15).await?;
    session.press_key(Key::Enter).await?;
    session
        .wait_until(
            "return document.getElementById('announcer').textContent;",
            json!("Beitrag gespeichert."),
        )
        .await?;
    // The form stays open, emptied, with the focus in it for the next one.
    session.wait_for_focus(&textarea).await?;
    session
        .wait_until(
            &format!("return [document.querySelector('details.add-perspective').open, document.getElementById('{textarea}').value];"),
            json!([true, ""]),
        )
        .await?;
    session
        .wait_until(
            &format!(
                "return Array.from(document.querySelectorAll('.perspective')).some(p => p.textContent.includes({}));",
                json!(text)
            ),
            json!(true),
        )
        .await?;

    // Back up to the navigation and on to "Priorisierung".
    shift_tab_to(&session, "#nav-priorisierung", 200).await?;
    session.press_key(Key::Enter).await?;
    session.wait_for("#points-row-0").await?;
    // The demo's Hauptamt has given all its points: it takes one back from
    // an item ("−") and gives it to another ("+"); the remaining budget,
    // a polite live region, says so each time.
    let less = ".point-row button:first-of-type:not([disabled])";
    let more = ".point-row button:last-of-type:not([disabled])";
    for (button, max) in [(less, 40), (more, 20)] {
        let before = text_of(&session, "budget-left").await?;
        tab_to(&session, button, max).await?;
        session.press_key(Key::Enter).await?;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while text_of(&session, "budget-left").await? == before {
            assert!(
                std::time::Instant::now() < deadline,
                "{button}: the remaining points did not change"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    session
        .wait_until(
            "return document.getElementById('budget-left').getAttribute('aria-live');",
            json!("polite"),
        )
        .await?;
    session.close().await
}

#[tokio::test]
async fn the_navigator_sets_a_status_and_marks_a_milestone_reached_by_keyboard() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    // From the navigation to "Projekte" and into the list, keys only.
    session.wait_for("#nav-leitplanken").await?;
    session
        .eval("document.getElementById('nav-leitplanken').focus(); return 0;")
        .await?;
    tab_to(&session, "#nav-projekte", 12).await?;
    session.press_key(Key::Enter).await?;
    session.wait_for_view("projekte").await?;
    // The navigator finds the project through the search: Tab to it, type.
    tab_to(&session, "#filter-text", 10).await?;
    session.focused().await?.send_keys("e-akte").await?;
    session.wait_for_count("article.project", 1).await?;
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
        30,
    )
    .await?;
    session.press_key(Key::Enter).await?;
    session
        .wait_for(&format!("#project-{id}-status-select"))
        .await?;

    // A milestone reached: after the form's fields come the milestones;
    // the first open one is reached with Tab and ticked with Space.
    let open_milestone = format!("#project-{id} .milestone input[type=checkbox]:not(:checked)");
    tab_to(&session, &open_milestone, 80).await?;
    session.press_key(Key::Space).await?;
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
    session.press_key(Key::Down).await?;
    assert_ne!(
        session.eval(&value).await?,
        before,
        "the arrow key changed the status"
    );
    tab_to(&session, &format!("#project-{id}-status-submit"), 5).await?;
    session.press_key(Key::Enter).await?;
    session
        .wait_until(
            "return document.getElementById('announcer').textContent.startsWith('Status von „E-Akte');",
            json!(true),
        )
        .await?;
    session.close().await
}
