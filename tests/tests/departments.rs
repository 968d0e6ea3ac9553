//! Departments, the workshop board and the joint prioritisation, driven
//! through the UI in the real browser.

use agenda_e2e::{Error, Locator, Session};
use serde_json::json;

async fn switch_role(session: &Session, label: &str) -> Result<(), Error> {
    session.choose_role(label).await?;
    session
        .wait_until(
            "const s = document.getElementById('role'); return s.options[s.selectedIndex].text;",
            json!(label),
        )
        .await
}

/// Presses "+" on the points row `row` `times` times with the keyboard.
async fn add_points(session: &Session, row: usize, times: usize) -> Result<(), Error> {
    for _ in 0..times {
        session
            .press(&format!("#points-row-{row} button:last-of-type"))
            .await?;
    }
    Ok(())
}

#[tokio::test]
async fn opposing_points_of_two_departments_make_an_item_contested() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session
        .take_presets("handlungsfelder", &["Cybersicherheit", "Beteiligung"])
        .await?;
    session
        .take_presets("fachbereiche", &["Bauamt", "Kämmerei"])
        .await?;
    session.wait_for_count("section.department", 2).await?;

    // The leadership gives no points: the Fachbereiche do.
    session.go("priorisierung").await?;
    session.wait_for("#priorities-by").await?;
    // Two Handlungsfelder at 3 points each cannot take 10 points: said
    // to the Bauamt, on its board.
    switch_role(&session, "Fachbereich: Bauamt").await?;
    let most = "const e = document.getElementById('budget-most'); return e ? e.textContent : null;";
    session
        .wait_until(
            most,
            json!("Bei so wenigen Einträgen lassen sich höchstens 6 Punkte vergeben; der Rest bleibt frei."),
        )
        .await?;
    // Leadership lowers the budget to 4 points per department.
    switch_role(&session, "Verwaltungsspitze").await?;
    session.select_value("#priority-budget", "4").await?;

    // The Bauamt role keeps the view (Priorisierung); in the departments
    // its own comes first, and it reads the strategy without editing it.
    switch_role(&session, "Fachbereich: Bauamt").await?;
    session.wait_for_view("priorisierung").await?;
    session
        .wait_until(
            "return document.getElementById('budget-left').textContent;",
            json!("Noch 4 von 4 Punkten frei"),
        )
        .await?;
    session.wait_until(most, json!(null)).await?;
    session.go("fachbereiche").await?;
    session
        .wait_until(
            "return [document.querySelector('[aria-current=page]').id, \
             document.querySelector('section.department').querySelector('h3').textContent, \
             document.querySelectorAll('section.department.own').length];",
            json!(["nav-fachbereiche", "Bauamt (BA)", 1]),
        )
        .await?;
    session.go("leitplanken").await?;
    let controls = session
        .eval("return document.querySelectorAll('#new-guideline-title, #vision-text, #municipality').length;")
        .await?;
    assert_eq!(
        controls,
        json!(0),
        "a department does not edit the strategy"
    );

    // The Bauamt wants Cybersicherheit; it cannot overspend.
    session.go("priorisierung").await?;
    add_points(&session, 0, 3).await?;
    add_points(&session, 1, 1).await?;
    session
        .wait_until(
            "return document.getElementById('budget-left').textContent;",
            json!("Noch 0 von 4 Punkten frei"),
        )
        .await?;
    let plus_disabled = session
        .eval("return Array.from(document.querySelectorAll('.point-row button:last-of-type')).map(b => b.disabled);")
        .await?;
    assert_eq!(
        plus_disabled,
        json!([true, true]),
        "no + while the budget is used up"
    );
    // The department sees no leadership settings.
    assert_eq!(
        session
            .eval("return document.getElementById('priority-budget') === null;")
            .await?,
        json!(true)
    );

    // The Kämmerei wants Beteiligung only.
    switch_role(&session, "Fachbereich: Kämmerei").await?;
    session.go("priorisierung").await?;
    add_points(&session, 1, 3).await?;
    session
        .wait_until(
            "return document.getElementById('budget-left').textContent;",
            json!("Noch 1 von 4 Punkten frei"),
        )
        .await?;

    session.go("ergebnis").await?;
    let rows = "return Array.from(document.querySelectorAll('#result-table tbody tr')).map(r => \
                [r.querySelector('th').textContent, r.querySelectorAll('td')[2].textContent]);";
    // Beteiligung: 1 point (weak-ish, ⅓) and 3 points — most weight is for
    // it, but it is no consensus; Cybersicherheit: 3 and 0, a dispute.
    let ranked = json!([
        ["Beteiligung", "überwiegend dafür"],
        ["Cybersicherheit", "umstritten"]
    ]);
    session.wait_until(rows, ranked.clone()).await?;
    let cells = session
        .eval("return document.querySelectorAll('#heatmap rect').length;")
        .await?;
    assert_eq!(cells, json!(4), "2 departments × 2 items");

    // Everything survives a reload.
    session.reload().await?;
    session.go("ergebnis").await?;
    session.wait_until(rows, ranked).await?;
    session.close().await
}

async fn sort_first_card(session: &Session, destination: &str) -> Result<(), Error> {
    let card = session.wait_for(".card-board > li:first-child").await?;
    card.find(Locator::Css("select[id$='-dest']"))
        .await?
        .select_by_value(destination)
        .await?;
    if destination == "perspektive" {
        session
            .select_label(".card-board > li:first-child select[id$='-dept']", "Bauamt")
            .await?;
        session
            .select_value(
                ".card-board > li:first-child select[id$='-kind']",
                "herausforderung",
            )
            .await?;
    }
    session
        .press(".card-board > li:first-child button[id$='-sort']")
        .await?;
    Ok(())
}

#[tokio::test]
async fn workshop_cards_sorted_into_all_four_destinations_survive_a_reload() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.take_presets("fachbereiche", &["Bauamt"]).await?;
    // The navigator moderates the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("workshop").await?;
    // The cards come from the Bauamt; the choice stays for every next card.
    session.select_label("#card-department", "Bauamt").await?;
    let cards = [
        "Papierlos arbeiten",
        "Zu viele Medienbrüche",
        "E-Akte im Bauamt",
        "Kaffeemaschine",
    ];
    for card in cards {
        session.submit_text("card-text", card).await?;
    }
    let board = "return Array.from(document.querySelectorAll('.card-board .card-text')).map(e => e.textContent);";
    session.wait_until(board, json!(cards)).await?;

    // A reload in the middle of the workshop loses nothing.
    session.reload().await?;
    session.go("workshop").await?;
    session.wait_until(board, json!(cards)).await?;

    sort_first_card(&session, "leitplanke").await?;
    session.wait_until(board, json!(&cards[1..])).await?;
    sort_first_card(&session, "perspektive").await?;
    session.wait_until(board, json!(&cards[2..])).await?;
    sort_first_card(&session, "projektidee").await?;
    session.wait_until(board, json!(&cards[3..])).await?;
    sort_first_card(&session, "verwerfen").await?;
    session.wait_until(board, json!([])).await?;

    session.reload().await?;
    session.go("leitplanken").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.guideline-list h3')).map(e => e.textContent);",
            json!(["Papierlos arbeiten"]),
        )
        .await?;
    session.go("fachbereiche").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.department .perspective')).map(p => \
             [p.closest('section.department').querySelector('h3').textContent, \
              p.querySelector('.kind').textContent, p.querySelector('.perspective-text').textContent]);",
            json!([["Bauamt (BA)", "Herausforderung", "Zu viele Medienbrüche"]]),
        )
        .await?;
    session.go("workshop").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.idea-list .idea')).map(e => \
             Array.from(e.querySelectorAll('span')).map(s => s.textContent));",
            json!([["E-Akte im Bauamt", "BA"]]),
        )
        .await?;
    session.wait_until(board, json!([])).await?;
    let discarded = session
        .eval("return document.body.textContent.includes('Kaffeemaschine') || storedAgenda().includes('Kaffeemaschine');")
        .await?;
    assert_eq!(discarded, json!(false));
    session.close().await
}

#[tokio::test]
async fn after_its_first_perspective_a_department_can_write_the_next() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.add_department("Bauamt").await?;
    switch_role(&session, "Fachbereich: Bauamt").await?;
    session.go("fachbereiche").await?;
    // Nothing written yet: the form is open.
    let textarea = session
        .eval("return document.querySelector('details.add-perspective[open] textarea').id;")
        .await?;
    let textarea = textarea.as_str().unwrap_or_default().to_owned();
    let field = session.wait_for(&format!("#{textarea}")).await?;
    field
        .send_keys("Bauanträge kommen zu oft unvollständig an.")
        .await?;
    session
        .press(&format!("#{}-submit", textarea.trim_end_matches("-text")))
        .await?;
    session
        .wait_for_count(".perspective-list .perspective", 1)
        .await?;
    // The form did not close under the button: it stays open, emptied,
    // and the focus waits in it for the next perspective.
    session.wait_for_focus(&textarea).await?;
    session
        .wait_until(
            &format!(
                "return [document.querySelector('details.add-perspective').open, \
                 document.getElementById('{textarea}').value];"
            ),
            json!([true, ""]),
        )
        .await?;
    session.close().await
}
