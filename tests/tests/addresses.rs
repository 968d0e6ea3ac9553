//! Every view and every Steckbrief has its own address (the URL fragment):
//! a reload keeps the place, back and forward move between views, and a
//! link opens a Steckbrief.

use agenda_e2e::{Error, Session};
use serde_json::json;

const CURRENT_VIEW: &str = "const a = document.querySelector('.app-nav a[aria-current=page]'); \
                            return a ? a.id : null;";
const FRAGMENT: &str = "return location.hash;";

#[tokio::test]
async fn views_have_addresses_that_survive_reload_and_follow_back_and_forward() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.wait_for("#start-demo").await?.click().await?;
    // The first view names itself without a history entry of its own.
    session.wait_until(FRAGMENT, json!("#leitplanken")).await?;
    session.go("projekte").await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session.go("roadmap").await?;
    session.wait_until(FRAGMENT, json!("#roadmap")).await?;

    session.reload().await?;
    session
        .wait_until(CURRENT_VIEW, json!("nav-roadmap"))
        .await?;

    session.client.back().await?;
    session
        .wait_until(CURRENT_VIEW, json!("nav-projekte"))
        .await?;
    session.client.back().await?;
    session
        .wait_until(CURRENT_VIEW, json!("nav-leitplanken"))
        .await?;
    session.client.forward().await?;
    session
        .wait_until(CURRENT_VIEW, json!("nav-projekte"))
        .await?;

    // The skip link moves the focus, not the place.
    session.press(".skip-link").await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session
        .wait_until("return document.activeElement.id;", json!("main"))
        .await?;
    session.close().await
}

#[tokio::test]
async fn an_opened_steckbrief_has_a_link_that_opens_it_again() -> Result<(), Error> {
    let session = Session::start().await?;
    session.wait_for("#start-demo").await?.click().await?;
    session.go("projekte").await?;
    // The last project of the demo, so opening it must also bring it in.
    let id = session
        .eval(
            "const a = document.querySelectorAll('article.project'); \
             return a[a.length - 1].id.replace('project-', '');",
        )
        .await?;
    let id = id.as_str().unwrap_or_default().to_owned();
    session
        .press(&format!("#project-{id} button[aria-expanded]"))
        .await?;
    session
        .wait_until(FRAGMENT, json!(format!("#projekte/{id}")))
        .await?;
    let link = session.eval("return location.href;").await?;

    // A colleague opens the link in a browser of their own (same storage
    // here: the demo is there; the link carries only the place).
    session.go("board").await?;
    session
        .client
        .goto(link.as_str().unwrap_or_default())
        .await?;
    session.reload().await?;
    session
        .wait_until(CURRENT_VIEW, json!("nav-projekte"))
        .await?;
    session
        .wait_until(
            &format!(
                "const b = document.querySelector('#project-{id} button[aria-expanded]'); \
                 return b ? b.getAttribute('aria-expanded') : null;"
            ),
            json!("true"),
        )
        .await?;
    session
        .wait_for(&format!("#project-{id} form.sheet-form"))
        .await?;

    // Closing it takes the project out of the address.
    session
        .press(&format!("#project-{id} button[aria-expanded]"))
        .await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session.close().await
}
