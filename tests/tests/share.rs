//! Share links: the agenda travels inside the URL fragment; a fresh
//! browser shows it read-only and takes it over only on request.

use agenda_e2e::{Error, Session};
use serde_json::json;

#[tokio::test]
async fn a_share_link_opens_read_only_in_a_fresh_browser_and_can_be_taken_over() -> Result<(), Error>
{
    let sender = Session::start().await?;
    sender.click("#start-demo").await?;
    sender.go("dateien").await?;
    let everything = sender.share_link("#share-all").await?;
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
    receiver.open_shared(&everything).await?;
    receiver.wait_for("#shared-take").await?;
    let shown = receiver.text_content("agenda-document").await?;
    assert!(shown.contains("Stadt Musterstadt") && shown.contains("Projektsteckbrief"));
    assert_eq!(
        receiver.eval("return storedAgenda();").await?,
        json!(null),
        "nothing is stored before the user takes it"
    );
    receiver.press("#shared-take").await?;
    receiver.wait_for_municipality("Stadt Musterstadt").await?;
    receiver.wait_until_stored("E-Akte", true).await?;
    assert_eq!(
        receiver.eval("return location.hash;").await?,
        json!("#leitplanken"),
        "the link is left for the view's own address; a reload shows the own agenda"
    );

    // The strategy-only link over an existing agenda: replaces it, undoably.
    receiver.open_shared(&strategy).await?;
    receiver.wait_for("#shared-take").await?;
    let shown = receiver.text_content("agenda-document").await?;
    assert!(!shown.contains("Projektsteckbrief"), "strategy only");
    receiver.press("#shared-take").await?;
    receiver.wait_for("#undo-delete").await?;
    receiver.wait_until_stored("E-Akte", false).await?;
    receiver.press("#undo-delete").await?;
    receiver.wait_until_stored("E-Akte", true).await?;

    // A damaged link says so and changes nothing.
    receiver.open_shared("#teilen=kaputt!!").await?;
    let error = receiver.text("#shared-error").await?;
    assert!(error.contains("beschädigt"), "{error}");
    receiver.press("#shared-leave").await?;
    receiver.wait_for_municipality("Stadt Musterstadt").await?;
    receiver.close().await
}
