//! On a slow line `index.html` paints a first screen before the wasm has
//! arrived, and the app takes its place without anything moving.

use agenda_e2e::{Error, Session, dist_dir};
use serde_json::json;

/// Records layout shifts from the start of the page on (`window.__shifts`,
/// the sum of the shifts not caused by input: the page's CLS).
const SHIFT_WATCHER: &str = "window.__shifts = 0; \
     new PerformanceObserver(list => { for (const e of list.getEntries()) \
       if (!e.hadRecentInput) window.__shifts += e.value; }) \
       .observe({ type: 'layout-shift', buffered: true });";

/// Where the visible heading of the page is, its text and whether the
/// first screen's start screen and loading status are shown.
const LOOK: &str = "const h = Array.from(document.querySelectorAll('h1')) \
       .find(e => e.getClientRects().length > 0); \
     const shown = css => { const e = document.querySelector(css); \
       return !!e && e.getClientRects().length > 0; }; \
     const r = h ? h.getBoundingClientRect() : null; \
     return { heading: h ? h.textContent : null, \
       at: r ? [Math.round(r.left), Math.round(r.top), Math.round(r.width)] : null, \
       start: shown('#vorschau main.start'), loading: shown('#vorschau .vorschau-status'), \
       app: !!document.querySelector('main#main'), \
       disabled: Array.from(document.querySelectorAll('#vorschau button, #vorschau input')) \
         .every(e => e.disabled) };";

/// True once the first screen is parsed and styled (the status line is
/// placed by style.css): what the browser paints.
const PAINTED: &str = "const e = document.querySelector('#vorschau .vorschau-status'); \
     return document.readyState !== 'loading' && !!e && getComputedStyle(e).position === 'fixed';";

#[tokio::test]
async fn a_first_visit_paints_the_start_screen_before_the_wasm_and_nothing_moves()
-> Result<(), Error> {
    let session = Session::opening_without_wasm(SHIFT_WATCHER).await?;
    session.wait_until(PAINTED, json!(true)).await?;
    let before = session.eval(LOOK).await?;
    assert_eq!(before["heading"], "Willkommen bei der Digitalen Agenda");
    assert_eq!(before["start"], true, "{before}");
    assert_eq!(before["loading"], true, "{before}");
    assert_eq!(before["app"], false, "the wasm was held back: {before}");
    assert_eq!(before["disabled"], true, "nothing to press yet: {before}");
    let status = session.text("#vorschau .vorschau-status").await?;
    assert_eq!(status, "Die Digitale Agenda wird geladen …");

    session.release_wasm();
    session.wait_for("main#main").await?;
    let after = session.eval(LOOK).await?;
    assert_eq!(after["heading"], before["heading"]);
    assert_eq!(after["at"], before["at"], "the heading moved");
    assert_eq!(
        session
            .eval("return !!document.getElementById('vorschau');")
            .await?,
        false
    );
    // The app's own start screen works.
    session.press("#start-empty").await?;
    session.wait_for("#nav-leitplanken").await?;
    let shifts = session.eval("return window.__shifts;").await?;
    assert!(
        shifts.as_f64().is_some_and(|cls| cls <= 0.05),
        "layout shift {shifts}"
    );
    session.close().await
}

#[tokio::test]
async fn when_the_wasm_cannot_be_loaded_the_first_screen_says_so() -> Result<(), Error> {
    // A deployment that lost the wasm (it answers 404).
    let copy = tempfile::tempdir()?;
    for entry in std::fs::read_dir(dist_dir())? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && !name.contains(".wasm") {
            std::fs::copy(entry.path(), copy.path().join(&name))?;
        }
    }
    let session = Session::opening_without_waiting(copy.path().to_path_buf()).await?;
    session
        .wait_until(
            "const e = document.querySelector('#vorschau [role=alert]'); \
             return !!e && e.getClientRects().length > 0;",
            json!(true),
        )
        .await?;
    let alert = session.text("#vorschau [role=alert]").await?;
    assert!(
        alert.starts_with("Die Digitale Agenda konnte nicht geladen werden."),
        "{alert}"
    );
    let loading = session
        .eval("return document.querySelector('#vorschau [role=status]').getClientRects().length;")
        .await?;
    assert_eq!(loading, json!(0), "the loading status gives way");
    session.close().await
}

#[tokio::test]
async fn with_an_agenda_stored_only_the_loading_status_is_painted() -> Result<(), Error> {
    // Something is stored (here unreadable): the app will show the agenda
    // or, as here, its recovery, never the start screen.
    let session =
        Session::opening_without_wasm("localStorage.setItem('digitale-agenda', '{kaputt');")
            .await?;
    session.wait_until(PAINTED, json!(true)).await?;
    let before = session.eval(LOOK).await?;
    assert_eq!(before["start"], false, "{before}");
    assert_eq!(before["loading"], true, "{before}");
    session.release_wasm();
    session.wait_for("main.recovery").await?;
    session.close().await
}
