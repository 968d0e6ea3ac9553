//! The Digital-Navigator's flows: projects from workshop cards, milestones
//! and the dashboard, the Strategie-Check, and the board.

use agenda_e2e::{Error, Key, Session};
use serde_json::json;

/// Sets an input's value as the browser's own widgets do (date inputs
/// differ by locale when typed into) and fires the input event.
async fn set_value(session: &Session, css: &str, value: &str) -> Result<(), Error> {
    session.wait_for(css).await?;
    session
        .client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; \
             e.dispatchEvent(new Event('input', { bubbles: true })); return 0;",
            vec![json!(css), json!(value)],
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn workshop_card_becomes_a_project_and_two_of_four_milestones_show_50_percent()
-> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.add_department("Bauamt").await?;
    session.go("leitplanken").await?;
    session.add_guideline("Prozesse vor Technik").await?;

    // A card from the workshop becomes a project idea, then a project.
    session.go("workshop").await?;
    session.select_label("#card-department", "Bauamt").await?;
    session.enter_text("#card-text", "Online-Bauantrag").await?;
    session
        .select_value(".card-board select[id$='-dest']", "projektidee")
        .await?;
    session.press(".card-board button[id$='-sort']").await?;
    session.press(".idea-list button[id$='-project']").await?;
    // The new project's Steckbrief opens at once, in "Projekte".
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('article.project .project-head h3')).map(h => h.textContent);",
            json!(["Online-Bauantrag"]),
        )
        .await?;
    assert_eq!(
        session
            .eval("return document.querySelector('article.project .badge.warn').textContent;")
            .await?,
        json!("ohne strategischen Bezug")
    );
    assert_eq!(
        session
            .eval("return document.querySelector('article.project button[aria-expanded]').getAttribute('aria-expanded');")
            .await?,
        json!("true")
    );
    session.go("workshop").await?;
    session.wait_for_count(".idea-list .idea", 0).await?;
    session.go("projekte").await?;
    session
        .press("article.project button[aria-expanded]")
        .await?;
    // Link it to the Leitplanke and save the Steckbrief.
    session.click("article.project input[id*='-gl-']").await?;
    session.press("article.project button[id$='-save']").await?;
    session
        .wait_until(
            "return document.querySelector('article.project .badge.warn') === null;",
            json!(true),
        )
        .await?;

    for (n, due) in ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]
        .iter()
        .enumerate()
    {
        set_value(
            &session,
            "input[id$='-ms-new-title']",
            &format!("Schritt {}", n + 1),
        )
        .await?;
        set_value(&session, "input[id$='-ms-new-due']", due).await?;
        session.press("button[id$='-ms-add']").await?;
        session.wait_for_count(".milestone-list li", n + 1).await?;
        // Emptied, and the title has the focus for the next one.
        session
            .wait_until(
                "const v = s => document.querySelector(s).value; \
                 return [v(\"input[id$='-ms-new-title']\"), v(\"input[id$='-ms-new-due']\"), \
                 document.activeElement.id.endsWith('-ms-new-title')];",
                json!(["", "", true]),
            )
            .await?;
    }
    // Reach two of four with the keyboard (space toggles a checkbox).
    for n in [1, 2] {
        session
            .wait_for(&format!(
                ".milestone-list li:nth-child({n}) input[type=checkbox]"
            ))
            .await?
            .send_keys(" ")
            .await?;
    }
    session
        .wait_until(
            "return document.querySelector('article.project .progress-text').textContent;",
            json!("50 % (2 von 4 Meilensteinen)"),
        )
        .await?;

    session.go("fortschritt").await?;
    session
        .wait_until(
            "return [document.querySelector('#overall-progress .progress-text').textContent, \
             document.querySelector('[id^=rollup-gl-] .progress-text').textContent];",
            json!(["Gesamtfortschritt: 50 % über 1 Projekt", "50 % (1 Projekt)"]),
        )
        .await?;
    session.reload().await?;
    session.go("fortschritt").await?;
    session
        .wait_until(
            "return document.querySelector('[id^=rollup-gl-] .progress-text').textContent;",
            json!("50 % (1 Projekt)"),
        )
        .await?;
    session.close().await
}

#[tokio::test]
async fn a_guideline_that_reads_like_a_project_is_flagged_and_converted() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    session.add_department("Bauamt").await?;
    session.go("leitplanken").await?;
    session.add_guideline("Prozesse vor Technik").await?;
    session
        .add_guideline("E-Akte im Bauamt bis 2026 einführen")
        .await?;
    let warnings = "return Array.from(document.querySelectorAll('.guideline-list > li')).map(li => \
                    li.querySelector('.check-warning') ? li.querySelector('.check-warning p').textContent : null);";
    let found = session.eval(warnings).await?;
    assert_eq!(
        found[0],
        json!(null),
        "a strategic Leitplanke is not flagged"
    );
    let text = found[1].as_str().unwrap_or_default();
    assert!(
        text.contains("Datum „2026“") && text.contains("Umsetzungsverb „einführen“"),
        "{text}"
    );

    // Making a project of it is the navigator's.
    session.choose_role("Digital-Navigator").await?;
    session.press("button[id$='-convert-open']").await?;
    session.press("button[id$='-convert-submit']").await?;
    // The new project's Steckbrief opens and says so.
    session.wait_for(".created-note").await?;
    assert_eq!(
        session
            .eval("return document.activeElement.querySelector('h3').textContent;")
            .await?,
        json!("E-Akte im Bauamt bis 2026 einführen")
    );
    session.go("leitplanken").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.guideline-list h3')).map(e => e.textContent);",
            json!(["Prozesse vor Technik"]),
        )
        .await?;
    session.reload().await?;
    session.go("projekte").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('article.project')).map(a => \
             [a.querySelector('h3').textContent, a.querySelector('.hint').textContent, \
              a.querySelector('.badge.warn') === null]);",
            json!([[
                "E-Akte im Bauamt bis 2026 einführen",
                "Federführung: Bauamt",
                true
            ]]),
        )
        .await?;
    session.close().await
}

/// The Strategie-Check speaks while the Leitplanke is typed, and a blocked
/// conversion names exactly what is missing (issue 25: it named a missing
/// Leitplanke when only a Fachbereich was missing).
#[tokio::test]
async fn the_strategy_check_speaks_while_typing_and_names_what_blocks() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-empty").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("leitplanken").await?;
    session.add_guideline("Prozesse vor Technik").await?;
    session
        .eval(
            "const e = document.getElementById('new-guideline-title'); \
             e.value = 'WLAN in allen Schulen ausbauen'; \
             e.dispatchEvent(new Event('input', { bubbles: true })); return 0;",
        )
        .await?;
    session
        .wait_until(
            "return document.getElementById('new-guideline-check').textContent.includes('Klingt nach Projekt');",
            json!(true),
        )
        .await?;
    session.press("#new-guideline-submit").await?;
    session.choose_role("Digital-Navigator").await?;
    session.press("button[id$='-convert-open']").await?;
    let blocked = session.text("p[id$='-convert-blocked']").await?;
    assert_eq!(
        blocked,
        "Zum Umwandeln fehlt ein Fachbereich, der das Projekt führt (unter „Fachbereiche“ anzulegen)."
    );
    session.close().await
}

/// What the page shows after a project was created: the address names it,
/// its card has the focus and is on screen (not under the navigation that
/// stays at the top on narrow screens), its Steckbrief is open with a
/// visible note (issue 25: before, nothing but a screen-reader message,
/// and the project 4,500 px further down).
async fn created_and_shown(session: &Session, title: &str) -> Result<(), Error> {
    session.wait_for(".created-note").await?;
    let seen = session
        .eval(
            "const a = document.activeElement; const note = a.querySelector('.created-note'); \
             const r = a.getBoundingClientRect(); \
             const nav = document.querySelector('.app-nav').getBoundingClientRect(); \
             const covered = nav.width > innerWidth / 2 ? nav.bottom : 0; \
             return [a.querySelector('h3').textContent, location.hash.startsWith('#projekte/'), \
                     note !== null && note.offsetHeight > 0, r.top >= covered && r.top < innerHeight, \
                     r.top, covered, innerWidth];",
        )
        .await?;
    let shown = seen.as_array().and_then(|s| s.get(..4)).unwrap_or_default();
    assert_eq!(
        shown,
        [json!(title), json!(true), json!(true), json!(true)],
        "{seen}"
    );
    Ok(())
}

#[tokio::test]
async fn a_project_created_anywhere_opens_its_steckbrief() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.choose_role("Digital-Navigator").await?;
    session.go("projekte").await?;
    session
        .enter_text("#new-project-title", "Digitale Sitzungsvorlagen")
        .await?;
    created_and_shown(&session, "Digitale Sitzungsvorlagen").await?;
    // From a contribution: the workshop's idea becomes a project.
    session.go("workshop").await?;
    session.press("button[id^='idea-'][id$='-project']").await?;
    created_and_shown(&session, "Online-Terminvergabe für das Bürgerbüro").await?;
    session.close().await
}

/// The board sets a status directly: "in Umsetzung" to "abgeschlossen" is
/// one status note (no "pausiert" on the way, issue 25), and the completed
/// project is at 100 %.
#[tokio::test]
async fn the_board_sets_a_status_directly_with_the_keyboard_and_logs_it_once() -> Result<(), Error>
{
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    let updates = "return JSON.parse(storedAgenda()).agenda.projects \
                   .find(p => p.sheet.title === 'Notfallhandbuch für IT-Ausfälle').updates.length;";
    session.settle().await?;
    let before = session.eval(updates).await?.as_u64().unwrap_or_default();
    session.go("board").await?;
    let card = "Array.from(document.querySelectorAll('.board-card')).find(c => \
                c.querySelector('.board-title').textContent === 'Notfallhandbuch für IT-Ausfälle')";
    let column_of = format!("return {card}.closest('.column').querySelector('h3').textContent;");
    session
        .wait_until(&column_of, json!("in Umsetzung (2)"))
        .await?;
    let select = session
        .eval(&format!("return {card}.querySelector('select').id;"))
        .await?;
    let select = select.as_str().unwrap_or_default().to_owned();
    let set = select.replace("-status", "-set");
    session
        .select_label(&format!("#{select}"), "abgeschlossen")
        .await?;
    session.press(&format!("#{set}")).await?;
    session
        .wait_until(&column_of, json!("abgeschlossen (2)"))
        .await?;
    // The focus follows the card; the card shows 100 %.
    session
        .wait_until("return document.activeElement.id;", json!(select))
        .await?;
    assert_eq!(
        session
            .eval(&format!(
                "return {card}.querySelector('.hint').textContent;"
            ))
            .await?,
        json!("100 %")
    );
    session.settle().await?;
    assert_eq!(
        session.eval(updates).await?.as_u64().unwrap_or_default(),
        before + 1,
        "one status note"
    );
    session.go("projekte").await?;
    session
        .client
        .execute(
            "Array.from(document.querySelectorAll('article.project')).find(a => \
             a.querySelector('h3').textContent === 'Notfallhandbuch für IT-Ausfälle')\
             .querySelector('button[aria-expanded]').click(); return 0;",
            vec![],
        )
        .await?;
    let latest = session
        .wait_for("article.project .update-list li:first-child")
        .await?
        .text()
        .await?;
    assert!(
        latest.contains(
            "abgeschlossen – Auf dem Projektboard von „in Umsetzung“ auf „abgeschlossen“ gesetzt."
        ),
        "{latest}"
    );
    session.close().await
}

#[tokio::test]
async fn a_diagnostic_links_to_its_project_and_opens_the_steckbrief() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("fortschritt").await?;
    // Ranked: the top-priority Handlungsfeld without a project comes first.
    session
        .wait_until(
            "return document.querySelector('#diagnostics li').textContent.startsWith('dringend') && \
             document.querySelector('#diagnostics li').textContent.includes('Priorität ohne Projekt: „IT-Infrastruktur“');",
            json!(true),
        )
        .await?;
    let link = "Array.from(document.querySelectorAll('#diagnostics a')).find(a => \
                a.textContent.includes('„Wiederanlaufpläne geschrieben“'))";
    session
        .wait_until(&format!("return {link} !== undefined;"), json!(true))
        .await?;
    session.eval(&format!("{link}.focus(); return 0;")).await?;
    session.press_key(Key::Enter).await?;
    session
        .wait_until(
            "return [document.querySelector('[aria-current=page]').id, document.activeElement.id, \
             document.activeElement.querySelector('h3').textContent, \
             document.activeElement.querySelector('button[aria-expanded]').getAttribute('aria-expanded')];",
            json!([
                "nav-projekte",
                session
                    .eval("return 'project-' + JSON.parse(storedAgenda()).agenda.projects[1].id;")
                    .await?,
                "Notfallhandbuch für IT-Ausfälle",
                "true"
            ]),
        )
        .await?;
    session.close().await
}

/// The titles of the table's rows, top to bottom.
const TABLE_TITLES: &str = "return Array.from(document.querySelectorAll('.project-table tbody th')).map(t => t.textContent.trim());";

#[tokio::test]
async fn the_compact_table_sorts_by_its_headers_and_opens_a_steckbrief() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("projekte").await?;
    session.press("#layout-table").await?;
    session.wait_for(".project-table").await?;
    let listed = session.eval(TABLE_TITLES).await?;
    let count = listed.as_array().map_or(0, Vec::len);
    assert!(count >= 3, "{listed}");
    // One row per project found.
    session
        .wait_until(
            "return document.getElementById('filter-count').textContent;",
            json!(format!("{count} von {count} Projekten")),
        )
        .await?;

    // A header sorts by its column and says so; pressed again, it undoes it.
    let aria_sort = |id: &str| {
        format!("return document.getElementById('{id}').closest('th').getAttribute('aria-sort');")
    };
    session.press("#sort-titel").await?;
    session
        .wait_until(&aria_sort("sort-titel"), json!("ascending"))
        .await?;
    session
        .wait_until("return location.hash;", json!("#projekte?sortierung=titel"))
        .await?;
    let sorted = session
        .eval(&format!(
            "{} ; return t.slice().sort((a, b) => a.localeCompare(b, 'de'))",
            TABLE_TITLES.replacen("return ", "const t = ", 1)
        ))
        .await?;
    session.wait_until(TABLE_TITLES, sorted).await?;
    session.press("#sort-titel").await?;
    session
        .wait_until(&aria_sort("sort-titel"), json!(null))
        .await?;
    session.wait_until(TABLE_TITLES, listed.clone()).await?;

    // Progress: most first.
    session.press("#sort-fortschritt").await?;
    session
        .wait_until(&aria_sort("sort-fortschritt"), json!("descending"))
        .await?;
    let descending = session
        .eval(
            "const p = Array.from(document.querySelectorAll('.project-table tbody td.number')).map(t => parseInt(t.textContent)); \
             return p.every((v, i) => i === 0 || p[i - 1] >= v);",
        )
        .await?;
    assert_eq!(descending, json!(true));

    // A title opens the Steckbrief beneath its row, with its own address.
    let first = session
        .eval("return document.querySelector('.project-table tbody button.row-title').id;")
        .await?;
    let first = first.as_str().unwrap_or_default().to_owned();
    let id = first
        .trim_start_matches("project-")
        .trim_end_matches("-toggle")
        .to_owned();
    session.press(&format!("#{first}")).await?;
    session
        .wait_for(&format!("#project-{id}-sheet form.sheet-form"))
        .await?;
    session
        .wait_until(
            "return location.hash;",
            json!(format!("#projekte/{id}?sortierung=fortschritt")),
        )
        .await?;
    let violations = session.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");

    // Reloaded: still the table, sorted, the Steckbrief open.
    session.reload().await?;
    session
        .wait_for(&format!("#project-{id}-sheet form.sheet-form"))
        .await?;
    session
        .wait_until(
            "return document.getElementById('layout-table').getAttribute('aria-pressed');",
            json!("true"),
        )
        .await?;
    session
        .wait_until(&aria_sort("sort-fortschritt"), json!("descending"))
        .await?;
    // Narrow (320 px): the table scrolls in its own box, not the page.
    session.set_width(320).await?;
    session
        .wait_until(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;",
            json!(true),
        )
        .await?;
    session.press("#layout-cards").await?;
    session.wait_for("article.project").await?;
    session.close().await
}

#[tokio::test]
async fn an_added_kennzahl_empties_its_form_and_focuses_the_name() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.choose_role("Digital-Navigator").await?;
    session.go("projekte").await?;
    session
        .press("article.project button[aria-expanded]")
        .await?;
    let rows = "article.project .indicator-table tbody tr";
    let before = session
        .eval(&format!(
            "return document.querySelectorAll({rows:?}).length;"
        ))
        .await?
        .as_u64()
        .unwrap_or_default() as usize;
    for (key, value) in [
        ("name", "Anträge online"),
        ("unit", "%"),
        ("baseline", "0"),
        ("target", "80"),
    ] {
        set_value(
            &session,
            &format!("article.project input[id$='-ind-new-{key}']"),
            value,
        )
        .await?;
    }
    session
        .press("article.project button[id$='-ind-add']")
        .await?;
    session.wait_for_count(rows, before + 1).await?;
    session
        .wait_until(
            "return [...document.querySelectorAll(\"article.project input[id*='-ind-new-']\")] \
             .map(e => e.value).concat(document.activeElement.id.endsWith('-ind-new-name'));",
            json!(["", "", "", "", true]),
        )
        .await?;
    session.close().await
}
