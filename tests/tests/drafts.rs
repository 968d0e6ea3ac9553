//! Text typed into a form and not yet saved survives switching views and a
//! reload, is marked as a draft until it is saved or discarded, and then
//! leaves no trace.

use agenda_e2e::{Error, Session};
use serde_json::json;

/// The kept drafts in localStorage (their form keys), sorted.
const DRAFT_KEYS: &str = "const d = localStorage.getItem('digitale-agenda.entwuerfe'); \
     return d ? Object.keys(JSON.parse(d)).sort().join(',') : '';";

/// The value of the form control with this id.
fn value_of(id: &str) -> String {
    format!("const e = document.getElementById('{id}'); return e ? e.value : null;")
}

/// Whether an element with this id is on the page.
fn exists(id: &str) -> String {
    format!("return document.getElementById('{id}') !== null;")
}

#[tokio::test]
async fn the_leitbild_typed_but_not_saved_survives_a_reload_until_discarded() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("leitplanken").await?;
    let saved = session.eval(&value_of("vision-text")).await?;
    let saved = saved.as_str().unwrap_or_default().to_owned();
    assert!(!saved.is_empty());
    let typed = format!("{saved} Und offen für alle.");
    session
        .type_into("#vision-text", " Und offen für alle.")
        .await?;
    session
        .wait_until(&exists("vision-discard"), json!(true))
        .await?;
    session
        .wait_until(DRAFT_KEYS, json!("leitbild/text"))
        .await?;

    // A reload in the middle of typing: the text is there, marked.
    session.reload().await?;
    session
        .wait_until(&value_of("vision-text"), json!(typed))
        .await?;
    session
        .wait_until(&exists("vision-discard"), json!(true))
        .await?;
    assert!(
        !session.stored_text().await?.contains("offen für alle"),
        "a draft is not the saved agenda"
    );

    // Discarding brings the saved Leitbild back and forgets the draft.
    session.press("#vision-discard").await?;
    session
        .wait_until(&value_of("vision-text"), json!(saved))
        .await?;
    // The button is gone; the focus is on the field, not lost to the page.
    session.wait_for_focus("vision-text").await?;
    session.wait_until(DRAFT_KEYS, json!("")).await?;
    session
        .wait_until(&exists("vision-discard"), json!(false))
        .await?;

    // Typed again and saved: no draft is left, the agenda has the text.
    session
        .type_into("#vision-text", " Und offen für alle.  ")
        .await?;
    session
        .wait_until(DRAFT_KEYS, json!("leitbild/text"))
        .await?;
    session.press("#vision-save").await?;
    session.wait_until(DRAFT_KEYS, json!("")).await?;
    // The core trims what it stores; the form shows what was stored.
    session
        .wait_until(&value_of("vision-text"), json!(typed))
        .await?;
    session
        .wait_until(&exists("vision-discard"), json!(false))
        .await?;
    session.settle().await?;
    assert!(
        session.stored_text().await?.contains("Und offen für alle."),
        "the saved Leitbild is stored"
    );
    session.close().await
}

#[tokio::test]
async fn a_steckbrief_edited_but_not_saved_survives_switching_views_and_a_reload()
-> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("projekte").await?;
    let id = session
        .eval("return document.querySelector('article.project').id.replace('project-', '');")
        .await?;
    let id = id.as_str().unwrap_or_default().to_owned();
    let description = format!("project-{id}-description");
    session.press(&format!("#project-{id}-toggle")).await?;
    let saved = session.eval(&value_of(&description)).await?;
    let saved = saved.as_str().unwrap_or_default().to_owned();
    session
        .type_into(
            &format!("#{description}"),
            " Mit Bürgerbeteiligung im Frühjahr.",
        )
        .await?;
    let typed = format!("{saved} Mit Bürgerbeteiligung im Frühjahr.");
    let key = format!("steckbrief/{id}");
    session.wait_until(DRAFT_KEYS, json!(key)).await?;

    // Another view and back: the card says there is a draft, the opened
    // Steckbrief shows it.
    session.go("fortschritt").await?;
    session.go("projekte").await?;
    let badge =
        format!("return document.querySelector('#project-{id} .badge.draft')?.textContent ?? '';");
    session
        .wait_until(&badge, json!("Entwurf nicht gespeichert"))
        .await?;
    session.press(&format!("#project-{id}-toggle")).await?;
    session
        .wait_until(&value_of(&description), json!(typed))
        .await?;
    session
        .wait_until(&exists(&format!("project-{id}-discard")), json!(true))
        .await?;

    // And after a reload (the address keeps the Steckbrief open).
    session.reload().await?;
    session
        .wait_until(&value_of(&description), json!(typed))
        .await?;

    // Saved: the draft is gone, the agenda has the text.
    session.press(&format!("#project-{id}-save")).await?;
    session.wait_until(DRAFT_KEYS, json!("")).await?;
    session
        .wait_until(&exists(&format!("project-{id}-discard")), json!(false))
        .await?;
    session.wait_until(&badge, json!("")).await?;
    session.settle().await?;
    assert!(
        session
            .stored_text()
            .await?
            .contains("Mit Bürgerbeteiligung im Frühjahr."),
        "the saved Steckbrief is stored"
    );
    session.close().await
}

#[tokio::test]
async fn a_perspective_being_written_survives_a_reload() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("fachbereiche").await?;
    let textarea = session
        .eval(
            "const d = document.querySelector('details.add-perspective'); d.open = true; \
             return d.querySelector('textarea').id;",
        )
        .await?;
    let textarea = textarea.as_str().unwrap_or_default().to_owned();
    session
        .type_into(
            &format!("#{textarea}"),
            "Die Bürgerämter brauchen Terminbuchung online.",
        )
        .await?;
    session.reload().await?;
    // The form it was written in is open again.
    session
        .wait_until(
            &format!("return document.getElementById('{textarea}').closest('details').open;"),
            json!(true),
        )
        .await?;
    session
        .wait_until(
            &value_of(&textarea),
            json!("Die Bürgerämter brauchen Terminbuchung online."),
        )
        .await?;
    // Added: the form is empty again and nothing is kept.
    let submit = textarea.replace("-text", "-submit");
    session.press(&format!("#{submit}")).await?;
    session.wait_until(&value_of(&textarea), json!("")).await?;
    session.wait_until(DRAFT_KEYS, json!("")).await?;
    session.close().await
}

#[tokio::test]
async fn a_leitplanke_being_edited_reopens_with_its_draft_after_a_reload() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("leitplanken").await?;
    session.press("button[id^='gl-'][id$='-edit']").await?;
    let field = session
        .eval("return document.querySelector('form.guideline-form textarea[id$=-description]').id;")
        .await?;
    let field = field.as_str().unwrap_or_default().to_owned();
    let saved = session.eval(&value_of(&field)).await?;
    let typed = format!(
        "{} Gilt auch für die Ortsteile.",
        saved.as_str().unwrap_or_default()
    );
    session
        .type_into(&format!("#{field}"), " Gilt auch für die Ortsteile.")
        .await?;
    session.reload().await?;
    // The edit form is open again, with the draft and its mark.
    session.wait_until(&value_of(&field), json!(typed)).await?;
    let discard = field.replace("-description", "-discard");
    session.wait_until(&exists(&discard), json!(true)).await?;
    // Escape cancels the edit and throws the draft away.
    session
        .wait_for(&format!("#{field}"))
        .await?
        .send_keys(&fantoccini::key::Key::Escape.to_string())
        .await?;
    session.wait_until(&exists(&field), json!(false)).await?;
    session.wait_until(DRAFT_KEYS, json!("")).await?;
    session.close().await
}
