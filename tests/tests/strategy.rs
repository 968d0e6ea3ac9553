//! User flows of leadership: Leitbild and Leitplanken in the real browser.

use agenda_e2e::{Element, Error, Key, Locator, Session};
use serde_json::json;

const TITLES: &str =
    "return Array.from(document.querySelectorAll('.guideline-list h3')).map(e => e.textContent);";

/// Adopts the first Leitplanke ("Beschließen") and waits until it says so.
async fn adopt_first(session: &Session) -> Result<(), Error> {
    session
        .click(".guideline-list li button[id$='-status']")
        .await?;
    session
        .wait_until(
            "return document.querySelector('.guideline-list .badge').textContent;",
            json!("Beschlossen"),
        )
        .await
}

/// Types a Leitplanke's title and adds it with Enter or with the button.
async fn type_guideline(session: &Session, title: &str, press_enter: bool) -> Result<(), Error> {
    if press_enter {
        session.enter_text("#new-guideline-title", title).await
    } else {
        session.type_into("#new-guideline-title", title).await?;
        session.click("#new-guideline-submit").await
    }
}

/// Waits until the edit form's title has the focus, and returns it.
async fn focused_title(session: &Session) -> Result<Element, Error> {
    session
        .wait_until(
            "return document.activeElement.id.endsWith('-form-title');",
            json!(true),
        )
        .await?;
    session.focused().await
}

#[tokio::test]
async fn guidelines_with_umlauts_keep_their_new_order_after_reload() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;

    let first = "Bürgernähe für alle Ämter";
    let second = "Öffentliche Daten – größtmöglich offen";
    type_guideline(&session, first, true).await?;
    session.wait_until(TITLES, json!([first])).await?;
    type_guideline(&session, second, false).await?;
    session.wait_until(TITLES, json!([first, second])).await?;

    // Reorder with the keyboard: Enter on the second item's "Nach oben".
    session
        .press(".guideline-list li:nth-child(2) button[id$='-up']")
        .await?;
    session.wait_until(TITLES, json!([second, first])).await?;
    // Focus stays with the moved item: "Nach oben" is now disabled, so it
    // moved to that item's "Nach unten".
    session
        .wait_until(
            "const a = document.activeElement; return a.id.endsWith('-down') && \
             a.getAttribute('aria-label').includes('Öffentliche Daten');",
            json!(true),
        )
        .await?;
    session
        .wait_until(
            "return document.getElementById('save-status').textContent.startsWith('Gespeichert');",
            json!(true),
        )
        .await?;

    session.reload().await?;
    session.wait_until(TITLES, json!([second, first])).await?;
    // What is shown after loading is what is stored; the header says so.
    assert_eq!(
        session.text("#save-status").await?,
        "Im Browser gespeichert"
    );
    session.close().await
}

#[tokio::test]
async fn user_text_is_shown_literally_never_as_html() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    let payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    type_guideline(&session, payload, true).await?;
    session.wait_until(TITLES, json!([payload])).await?;
    session.reload().await?;
    session.wait_until(TITLES, json!([payload])).await?;
    let injected = session
        .eval("return [window.__xss === undefined, document.querySelectorAll('main img, main script').length];")
        .await?;
    assert_eq!(injected, json!([true, 0]));
    session.close().await
}

#[tokio::test]
async fn a_name_given_without_a_login_stands_unchecked_in_the_history() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    let name = "Karin <b>Weber</b>";
    session.type_into("#author-name", name).await?;
    // Leaving the field keeps the name; the Leitplanke is hers.
    type_guideline(&session, "Bürgernah und digital", true).await?;
    let last = "const c = document.querySelector('.guideline-list .changes'); return c ? c.textContent : '';";
    let expected = format!("Zuletzt geändert von {name} (ohne Anmeldung, ungeprüft) am ");
    session
        .wait_until(
            &format!(
                "const c = document.querySelector('.guideline-list .changes'); \
                 return !!c && c.textContent.startsWith({expected:?});"
            ),
            json!(true),
        )
        .await?;
    let shown = session.eval(last).await?;
    assert!(
        shown
            .as_str()
            .is_some_and(|s| s.starts_with(&expected) && s.ends_with(" Uhr")),
        "{shown}"
    );
    assert_eq!(
        session
            .eval("return document.querySelectorAll('main b').length;")
            .await?,
        json!(0),
        "a name is text, never HTML"
    );
    // Another person in this browser: two lines, the history folded.
    session.replace_text("#author-name", "Bernd Roth").await?;
    session
        .click(".guideline-list li button[id$='-status']")
        .await?;
    session
        .wait_until(
            "const d = document.querySelector('.guideline-list .change-history'); \
             return d ? d.querySelectorAll('li').length : 0;",
            json!(2),
        )
        .await?;
    session
        .eval("document.querySelector('.guideline-list .change-history').open = true; return 0;")
        .await?;
    let violations = session.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");
    // The name stays in this browser.
    session.reload().await?;
    assert_eq!(
        session
            .eval("return document.getElementById('author-name').value;")
            .await?,
        json!("Bernd Roth")
    );
    session.close().await
}

#[tokio::test]
async fn demo_guideline_deleted_and_undone_with_the_keyboard() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.wait_for_count(".guideline-list > li", 5).await?;
    let before = session.eval(TITLES).await?;
    session
        .press(".guideline-list li:first-child button.danger")
        .await?;
    session.wait_for_count(".guideline-list > li", 4).await?;
    // The undo button takes focus, so Enter undoes the deletion.
    session.wait_for_focus("undo-delete").await?;
    session.press_key(Key::Enter).await?;
    session.wait_until(TITLES, before.clone()).await?;
    session.reload().await?;
    session.wait_until(TITLES, before).await?;
    session.close().await
}

#[tokio::test]
async fn leitbild_is_saved_and_adopting_a_guideline_persists() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.type_into("#municipality", "Stadt Taucha").await?;
    session
        .type_into(
            "#vision-text",
            "Taucha gestaltet den digitalen Wandel gemeinsam.",
        )
        .await?;
    session.click("#vision-save").await?;
    type_guideline(&session, "Prozesse vor Technik", true).await?;
    adopt_first(&session).await?;
    session.reload().await?;
    session
        .wait_until(
            "return [document.getElementById('municipality').value, \
             document.getElementById('vision-text').value, \
             document.querySelector('.guideline-list .badge').textContent];",
            json!([
                "Stadt Taucha",
                "Taucha gestaltet den digitalen Wandel gemeinsam.",
                "Beschlossen"
            ]),
        )
        .await?;
    session.close().await
}

#[tokio::test]
async fn editing_a_guideline_with_the_keyboard_saves_or_cancels() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    type_guideline(&session, "Digitale Bildung", true).await?;
    session
        .wait_until(TITLES, json!(["Digitale Bildung"]))
        .await?;

    // Enter on "Bearbeiten" opens the form with focus in the title.
    session.press(".guideline-list button[id$='-edit']").await?;
    let title = focused_title(&session).await?;
    title.send_keys(" für alle Beschäftigten").await?;
    // Escape cancels: nothing changes, focus returns to "Bearbeiten".
    title.send_keys(&Key::Escape.to_string()).await?;
    session
        .wait_until(TITLES, json!(["Digitale Bildung"]))
        .await?;
    session
        .wait_until(
            "return document.activeElement.id.endsWith('-edit');",
            json!(true),
        )
        .await?;

    // Again, and Enter saves.
    session.press_key(Key::Enter).await?;
    let title = focused_title(&session).await?;
    title.send_keys(" für alle Beschäftigten").await?;
    title.send_keys(&Key::Enter.to_string()).await?;
    session
        .wait_until(TITLES, json!(["Digitale Bildung für alle Beschäftigten"]))
        .await?;
    session.reload().await?;
    session
        .wait_until(TITLES, json!(["Digitale Bildung für alle Beschäftigten"]))
        .await?;
    session.close().await
}

#[tokio::test]
async fn strg_z_and_strg_y_undo_and_redo_outside_text_fields() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    type_guideline(&session, "Erste Leitplanke", true).await?;
    type_guideline(&session, "Zweite Leitplanke", true).await?;
    let count = "return document.querySelectorAll('.guideline-list h3').length;";
    session.wait_until(count, json!(2)).await?;
    let body = session.client.find(Locator::Css("body")).await?;
    session
        .eval("document.activeElement.blur(); return 0;")
        .await?;
    body.send_keys(&format!("{}z", Key::Control)).await?;
    session.wait_until(count, json!(1)).await?;
    body.send_keys(&format!("{}z", Key::Control)).await?;
    session.wait_until(count, json!(0)).await?;
    body.send_keys(&format!("{}y", Key::Control)).await?;
    session.wait_until(count, json!(1)).await?;
    body.send_keys(&format!("{}{}z", Key::Control, Key::Shift))
        .await?;
    session.wait_until(count, json!(2)).await?;
    // The stored agenda follows.
    session.wait_until_stored("Zweite Leitplanke", true).await?;
    // In a text field Strg+Z is the field's own undo, not the agenda's.
    let input = session.wait_for("#new-guideline-title").await?;
    input.send_keys("Entwurf").await?;
    input.send_keys(&format!("{}z", Key::Control)).await?;
    session.wait_until(count, json!(2)).await?;
    // The buttons do the same.
    session.press("#undo").await?;
    session.wait_until(count, json!(1)).await?;
    session.press("#redo").await?;
    session.wait_until(count, json!(2)).await?;
    session.close().await
}

#[tokio::test]
async fn another_role_keeps_the_view_and_only_the_leadership_adopts() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    // No Fachbereich yet: the role is listed, not offered.
    let department = "return Array.from(document.querySelectorAll('#role option'))\
                      .filter(o => o.textContent.startsWith('Fachbereich')).map(o => o.disabled);";
    session.wait_until(department, json!([true])).await?;
    type_guideline(&session, "Prozesse vor Technik", true).await?;
    session.choose_role("Digital-Navigator").await?;
    session.wait_for_view("leitplanken").await?;
    let controls = "return ['status', 'delete', 'edit', 'up'].map(c => \
                    document.querySelectorAll(`.guideline-list button[id$='-${c}']`).length).join();";
    session.wait_until(controls, json!("0,0,1,1")).await?;
    // Leitbild and Handlungsfelder are the leadership's too.
    assert_eq!(
        session
            .eval("return document.querySelectorAll('#vision-text, #municipality').length;")
            .await?,
        json!(0)
    );
    assert!(
        session
            .text_content("guidelines-decided-by")
            .await?
            .contains("Verwaltungsspitze")
    );
    session.choose_role("Verwaltungsspitze").await?;
    session.wait_for_view("leitplanken").await?;
    session.wait_until(controls, json!("1,1,1,1")).await?;
    // Adopted, it is the leadership's alone: the navigator no longer
    // rewords it either.
    adopt_first(&session).await?;
    session.choose_role("Digital-Navigator").await?;
    session.wait_until(controls, json!("0,0,0,0")).await?;
    session.close().await
}
