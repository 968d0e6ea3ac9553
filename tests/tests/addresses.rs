//! Every view and every Steckbrief has its own address (the URL fragment):
//! a reload keeps the place, back and forward move between views, and a
//! link opens a Steckbrief.

use agenda_e2e::{Error, Session};
use serde_json::json;

const CURRENT_VIEW: &str = "const a = document.querySelector('.app-nav a[aria-current=page]'); \
                            return a ? a.id : null;";
const FRAGMENT: &str = "return location.hash;";

/// Waits until the navigation's current view is the one of `nav_id`.
async fn current_view_is(session: &Session, nav_id: &str) -> Result<(), Error> {
    session.wait_until(CURRENT_VIEW, json!(nav_id)).await
}

#[tokio::test]
async fn views_have_addresses_that_survive_reload_and_follow_back_and_forward() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // The first view names itself without a history entry of its own.
    session.wait_until(FRAGMENT, json!("#leitplanken")).await?;
    session.go("projekte").await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session.go("roadmap").await?;
    session.wait_until(FRAGMENT, json!("#roadmap")).await?;

    session.reload().await?;
    current_view_is(&session, "nav-roadmap").await?;

    session.client.back().await?;
    current_view_is(&session, "nav-projekte").await?;
    session.client.back().await?;
    current_view_is(&session, "nav-leitplanken").await?;
    session.client.forward().await?;
    current_view_is(&session, "nav-projekte").await?;

    // The skip link moves the focus, not the place.
    session.press(".skip-link").await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session.wait_for_focus("main").await?;
    session.close().await
}

#[tokio::test]
async fn an_opened_steckbrief_has_a_link_that_opens_it_again() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // The navigator, who may edit every Steckbrief (its form is looked for).
    session.choose_role("Digital-Navigator").await?;
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
    current_view_is(&session, "nav-projekte").await?;
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

#[tokio::test]
async fn a_filtered_project_list_is_in_the_address_and_survives_reload() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("projekte").await?;
    let count = "return document.getElementById('filter-count').textContent;";
    let total = session
        .eval("return document.querySelectorAll('article.project').length;")
        .await?;
    let total = total.as_u64().unwrap_or_default();
    session
        .wait_until(count, json!(format!("{total} von {total} Projekten")))
        .await?;

    // Typed the German way round: "einfuehren" finds "einführen"; every
    // word must occur.
    session
        .type_into("#filter-text", "Bauamt einfuehren")
        .await?;
    session
        .wait_until(count, json!(format!("1 von {total} Projekten")))
        .await?;
    session
        .wait_until(FRAGMENT, json!("#projekte?suche=Bauamt%20einfuehren"))
        .await?;
    // Search and order are in sight; the other filters are folded behind
    // one summary that counts what is active.
    let summary = "return document.getElementById('filter-more-summary').textContent \
         + '|' + document.getElementById('filter-more').open;";
    session.wait_until(summary, json!("Filter|false")).await?;
    session.click("#filter-more-summary").await?;
    session
        .wait_for("#filter-overdue")
        .await?
        .send_keys(" ")
        .await?;
    session
        .wait_until(summary, json!("Filter (1 aktiv)|true"))
        .await?;
    session
        .wait_until(
            FRAGMENT,
            json!("#projekte?suche=Bauamt%20einfuehren&ueberfaellig=ja"),
        )
        .await?;
    // Back undoes a changed filter, forward redoes it; the letters of the
    // search were one step, not one per letter.
    let overdue_checked = "return document.getElementById('filter-overdue').checked;";
    session.client.back().await?;
    session
        .wait_until(FRAGMENT, json!("#projekte?suche=Bauamt%20einfuehren"))
        .await?;
    session.wait_until(overdue_checked, json!(false)).await?;
    session.client.back().await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    session
        .wait_until(count, json!(format!("{total} von {total} Projekten")))
        .await?;
    session
        .wait_until(
            "return document.getElementById('filter-text').value;",
            json!(""),
        )
        .await?;
    session.client.forward().await?;
    session.client.forward().await?;
    session.wait_until(overdue_checked, json!(true)).await?;
    session
        .wait_until(count, json!(format!("1 von {total} Projekten")))
        .await?;

    session.reload().await?;
    current_view_is(&session, "nav-projekte").await?;
    session
        .wait_until(
            "return document.getElementById('filter-text').value + '|' + \
             document.getElementById('filter-overdue').checked;",
            json!("Bauamt einfuehren|true"),
        )
        .await?;
    session.wait_for_count("article.project", 1).await?;
    // A filter that came with the address is counted on the folded panel.
    session
        .wait_until(summary, json!("Filter (1 aktiv)|false"))
        .await?;
    // Board and roadmap share the filter, and it stays in the address.
    session.go("board").await?;
    session
        .wait_until(
            FRAGMENT,
            json!("#board?suche=Bauamt%20einfuehren&ueberfaellig=ja"),
        )
        .await?;
    session.wait_for_count(".board-card", 1).await?;
    session.go("roadmap").await?;
    session
        .wait_until(count, json!(format!("1 von {total} Projekten")))
        .await?;
    session.go("projekte").await?;
    // Reset brings every project back.
    session.press("#filter-reset").await?;
    session
        .wait_until(count, json!(format!("{total} von {total} Projekten")))
        .await?;
    session.wait_until(FRAGMENT, json!("#projekte")).await?;
    // Clearing the last filter from inside the panel leaves it open and
    // the focus where it was.
    session.click("#filter-more-summary").await?;
    let overdue = session.wait_for("#filter-overdue").await?;
    overdue.send_keys(" ").await?;
    session
        .wait_until(summary, json!("Filter (1 aktiv)|true"))
        .await?;
    session
        .wait_for("#filter-overdue")
        .await?
        .send_keys(" ")
        .await?;
    session.wait_until(summary, json!("Filter|true")).await?;
    session.wait_for_focus("filter-overdue").await?;
    session.close().await
}

#[tokio::test]
async fn the_navigation_is_grouped_by_phase_stays_in_sight_and_never_jumps() -> Result<(), Error> {
    let session = Session::start().await?;
    session.set_width(1280).await?;
    session.click("#start-demo").await?;
    session.wait_for_view("leitplanken").await?;
    let phases = "return [...document.querySelectorAll('.app-nav .nav-phase')]\
                  .map(p => p.textContent + ':' + p.nextElementSibling.querySelectorAll('a').length).join(' ');";
    session
        .wait_until(
            phases,
            json!("Strategie:2 Beteiligung:4 Umsetzung:5 Berichte:2 Daten:1"),
        )
        .await?;
    // Deep down a long view the link to another view is still on screen,
    // and following it shows the new view from its top, not scrolled.
    session.go("fortschritt").await?;
    let nav_in_sight = "const r = document.getElementById('nav-roadmap').getBoundingClientRect(); \
                        return r.top >= 0 && r.bottom <= innerHeight;";
    session
        .wait_until(
            "window.scrollTo(0, document.body.scrollHeight); return scrollY > 1000;",
            json!(true),
        )
        .await?;
    session.wait_until(nav_in_sight, json!(true)).await?;
    session.go("roadmap").await?;
    session.wait_until("return scrollY;", json!(0)).await?;
    session
        .wait_until(
            "return document.activeElement.id + '|' + \
             (document.querySelector('.app-header').getBoundingClientRect().top >= 0);",
            json!("main|true"),
        )
        .await?;
    // Wide views use the screen, reading views keep a measure.
    session.set_width(1920).await?;
    let main_width =
        "return Math.round(document.getElementById('main').getBoundingClientRect().width);";
    let wide = session.eval(main_width).await?.as_f64().unwrap_or_default();
    assert!(wide > 1400.0, "the roadmap is {wide} px wide at 1920 px");
    session.go("leitplanken").await?;
    let narrow = session.eval(main_width).await?.as_f64().unwrap_or_default();
    assert!(narrow <= 960.0, "Leitplanken are {narrow} px wide");
    session.close().await
}
