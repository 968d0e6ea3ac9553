//! Share links: the agenda travels inside the URL fragment; a fresh
//! browser shows it read-only and takes it over only on request.

use agenda_e2e::{Error, Session};
use serde_json::json;

const MUNICIPALITY: &str = "return document.querySelector('.brand .municipality').textContent;";

async fn make_link(session: &Session, button: &str) -> Result<String, Error> {
    session.press(button).await?;
    let input = session.wait_for("#share-link").await?;
    session
        .wait_until(
            "return document.getElementById('share-link').value.includes('#teilen=');",
            json!(true),
        )
        .await?;
    Ok(input.prop("value").await?.unwrap_or_default())
}

/// Opens a link's fragment on this session's server (each test browser
/// has its own; the fragment is the whole shared agenda).
async fn open(session: &Session, link: &str) -> Result<(), Error> {
    let fragment = link
        .find('#')
        .and_then(|i| link.get(i..))
        .unwrap_or_default();
    session
        .client
        .goto(&format!("{}{fragment}", session.app_url))
        .await?;
    // Only the fragment differs from the page already open: load it anew,
    // as a click on the link in a mail program would.
    session.reload().await
}

#[tokio::test]
async fn a_share_link_opens_read_only_in_a_fresh_browser_and_can_be_taken_over() -> Result<(), Error>
{
    let sender = Session::start().await?;
    sender.wait_for("#start-demo").await?.click().await?;
    sender.go("dateien").await?;
    let everything = make_link(&sender, "#share-all").await?;
    sender.press("#share-strategy").await?;
    sender
        .wait_until(
            &format!("return document.getElementById('share-link').value !== '{everything}';"),
            json!(true),
        )
        .await?;
    let strategy: String = sender
        .wait_for("#share-link")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    sender.close().await?;
    assert!(everything.len() < 32_000, "{} characters", everything.len());
    assert!(strategy.len() < everything.len());

    let receiver = Session::start().await?;
    open(&receiver, &everything).await?;
    receiver.wait_for("#shared-take").await?;
    let shown = receiver
        .eval("return document.getElementById('agenda-document').textContent;")
        .await?;
    let shown = shown.as_str().unwrap_or_default();
    assert!(shown.contains("Stadt Musterstadt") && shown.contains("Projektsteckbrief"));
    assert_eq!(
        receiver
            .eval("return localStorage.getItem('digitale-agenda');")
            .await?,
        json!(null),
        "nothing is stored before the user takes it"
    );
    receiver.press("#shared-take").await?;
    receiver
        .wait_until(MUNICIPALITY, json!("Stadt Musterstadt"))
        .await?;
    receiver
        .wait_until(
            "return (localStorage.getItem('digitale-agenda') || '').includes('E-Akte');",
            json!(true),
        )
        .await?;
    assert_eq!(
        receiver.eval("return location.hash;").await?,
        json!("#leitplanken"),
        "the link is left for the view's own address; a reload shows the own agenda"
    );

    // The strategy-only link over an existing agenda: replaces it, undoably.
    open(&receiver, &strategy).await?;
    receiver.wait_for("#shared-take").await?;
    let shown = receiver
        .eval("return document.getElementById('agenda-document').textContent;")
        .await?;
    assert!(
        !shown
            .as_str()
            .unwrap_or_default()
            .contains("Projektsteckbrief"),
        "strategy only"
    );
    receiver.press("#shared-take").await?;
    receiver.wait_for("#undo-delete").await?;
    receiver
        .wait_until(
            "return (localStorage.getItem('digitale-agenda') || '').includes('E-Akte');",
            json!(false),
        )
        .await?;
    receiver.press("#undo-delete").await?;
    receiver
        .wait_until(
            "return (localStorage.getItem('digitale-agenda') || '').includes('E-Akte');",
            json!(true),
        )
        .await?;

    // A damaged link says so and changes nothing.
    open(&receiver, "#teilen=kaputt!!").await?;
    let error = receiver.wait_for("#shared-error").await?.text().await?;
    assert!(error.contains("beschädigt"), "{error}");
    receiver.press("#shared-leave").await?;
    receiver
        .wait_until(MUNICIPALITY, json!("Stadt Musterstadt"))
        .await?;
    receiver.close().await
}
