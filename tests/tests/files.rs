//! The agenda as files: JSON export equals what is stored, Markdown export,
//! and import that replaces the agenda only when the file is valid and can
//! be taken back.

use agenda_e2e::{Error, Key, Session};
use serde_json::json;

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/agenda-core/tests/fixtures")
        .join(name)
}

#[tokio::test]
async fn exports_are_lossless_json_and_readable_markdown() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dateien").await?;
    session.capture_downloads().await?;
    session.press("#export-json").await?;
    session.press("#export-markdown").await?;
    let exported: serde_json::Value = serde_json::from_str(&session.downloaded(2, 0).await?)?;
    let stored: serde_json::Value = serde_json::from_str(&session.stored_text().await?)?;
    assert_eq!(
        exported, stored,
        "the JSON export is exactly the stored agenda"
    );
    let md = session.downloaded(2, 1).await?;
    assert!(
        md.starts_with("# Digitale Agenda – Stadt Musterstadt\n"),
        "{md}"
    );
    assert!(md.contains("- [x] 31.05.2026 – Software ausgewählt"));
    session.close().await
}

#[tokio::test]
async fn importing_a_file_replaces_the_agenda_and_can_be_undone() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.wait_for_municipality("Stadt Musterstadt").await?;
    session.go("dateien").await?;

    // A file from a newer version is refused; nothing changes.
    let dir = tempfile::tempdir()?;
    let newer = dir.path().join("neuer.json");
    std::fs::write(&newer, r#"{"schema_version": 42, "agenda": {}}"#)?;
    session.upload("#import-file", &newer).await?;
    let error = session.text("#import-error").await?;
    assert!(
        error.contains("neueren Version") && error.contains("unverändert"),
        "{error}"
    );
    session.wait_for_municipality("Stadt Musterstadt").await?;

    // A valid file (schema v3 fixture) is taken over …
    let path = fixture("schema-v3.json").canonicalize()?;
    session.upload("#import-file", &path).await?;
    session.wait_for_municipality("Stadt Beispielstadt").await?;
    session.wait_until_stored("Beispielstadt", true).await?;
    // … and the previous agenda comes back with one key press.
    session.wait_for_focus("undo-delete").await?;
    session.press_key(Key::Enter).await?;
    session.wait_for_municipality("Stadt Musterstadt").await?;
    session.wait_until_stored("Musterstadt", true).await?;
    session.close().await
}

#[tokio::test]
async fn projects_go_to_excel_and_come_back_with_errors_per_row() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dateien").await?;
    session.capture_downloads().await?;
    session.press("#export-csv").await?;
    let csv = session.downloaded(1, 0).await?;
    assert!(
        csv.starts_with("Titel;Beschreibung;") && csv.contains("\r\n"),
        "{csv}"
    );
    // Blob.text() drops a byte order mark, so look at the bytes: Excel needs it.
    let first_bytes = session
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__downloads[0].arrayBuffer().then(b => done(Array.from(new Uint8Array(b).slice(0, 3))));",
            vec![],
        )
        .await?;
    assert_eq!(first_bytes, json!([0xef, 0xbb, 0xbf]));
    let projects = "return JSON.parse(storedAgenda()).agenda.projects.length;";
    session.wait_until(projects, json!(3)).await?;

    let dir = tempfile::tempdir()?;
    let good = dir.path().join("projekte.csv");
    std::fs::write(
        &good,
        "\u{feff}Titel;Federführung;Leitplanken;Status\r\n\"WLAN; im Rathaus\";IT;Prozesse vor Technik;geplant\r\n",
    )?;
    let report = "return document.getElementById('csv-report')?.textContent ?? null;";
    let added = "Aus der CSV-Datei: 0 Projekte aktualisiert, 1 neu, 0 unverändert.";
    session.upload("#import-csv", &good).await?;
    session.wait_until(projects, json!(4)).await?;
    session.wait_until(report, json!(added)).await?;
    // Undone, the report of what the file did goes too.
    session.click("#undo-delete").await?;
    session.wait_until(projects, json!(3)).await?;
    session.wait_until(report, json!(null)).await?;
    session.upload("#import-csv", &good).await?;
    session.wait_until(projects, json!(4)).await?;

    let bad = dir.path().join("projekte-fehler.csv");
    std::fs::write(
        &bad,
        "\u{feff}Titel;Federführung;Beginn\r\nGut;Bauamt;01.03.2027\r\nSchlecht;Gibt es nicht;31.02.2027\r\n",
    )?;
    session.upload("#import-csv", &bad).await?;
    // Under the file field, focused and in view with the field's label,
    // not covered by the undo offer that stays at the top.
    session.wait_for_focus("csv-report").await?;
    let in_view = "const r = document.getElementById('csv-report').getBoundingClientRect(); \
                   const label = document.querySelector('label[for=import-csv]').getBoundingClientRect(); \
                   const notices = document.querySelector('.notices').getBoundingClientRect(); \
                   const seen = document.elementFromPoint(r.left + 8, r.top + 8); \
                   return label.top >= notices.bottom && r.bottom <= window.innerHeight \
                       && document.getElementById('csv-report').contains(seen);";
    session.wait_until(in_view, json!(true)).await?;
    assert_eq!(
        session
            .eval("return document.getElementById('import-csv').getAttribute('aria-invalid');")
            .await?,
        json!("true")
    );
    let errors = session.text("#csv-report").await?;
    assert!(
        errors.contains(
            "Zeile 3, Spalte „Federführung“: Einen Fachbereich „Gibt es nicht“ gibt es nicht."
        ),
        "{errors}"
    );
    assert!(
        errors.contains("Zeile 3, Spalte „Beginn“: „31.02.2027“ ist kein Datum"),
        "{errors}"
    );
    // Nothing of the bad file was taken.
    session.wait_until(projects, json!(4)).await?;
    session.go("projekte").await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('article.project h3')).map(h => h.textContent).includes('WLAN; im Rathaus');",
            json!(true),
        )
        .await?;
    session.close().await
}

#[tokio::test]
async fn the_storage_meter_warns_from_80_percent_and_persistence_is_asked() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dateien").await?;
    let usage = session.text("#storage-usage").await?;
    assert!(
        usage.starts_with("0,") || usage.starts_with("1,"),
        "{usage}"
    );
    session
        .wait_until(
            "return document.getElementById('storage-persisted').textContent.includes('noch nicht bekannt');",
            json!(false),
        )
        .await?;
    assert_eq!(
        session
            .eval("return document.getElementById('storage-warning');")
            .await?,
        json!(null)
    );
    // Something else fills the origin's storage to over 80 %; the next
    // save shows the warning.
    session
        .eval("localStorage.setItem('ballast', 'x'.repeat(4200000)); return 0;")
        .await?;
    session.go("leitplanken").await?;
    session.type_into("#vision-text", " Ergänzt.").await?;
    session.press("#vision-save").await?;
    let warning = session.text("#storage-warning").await?;
    assert!(warning.contains("als Datei sichern"), "{warning}");
    session
        .eval("localStorage.removeItem('ballast'); return 0;")
        .await?;
    session.close().await
}

#[tokio::test]
async fn snapshots_are_taken_before_migration_and_import_and_restoring_is_undoable()
-> Result<(), Error> {
    let session = Session::start().await?;
    // Data of schema version 1 is found at start: kept as a snapshot.
    let v1 = std::fs::read_to_string(fixture("schema-v1.json"))?;
    session
        .client
        .execute(
            "localStorage.setItem('digitale-agenda', arguments[0]); return 0;",
            vec![json!(v1)],
        )
        .await?;
    session.reload().await?;
    session
        .wait_for_municipality("Große Kreisstadt Beispielstadt")
        .await?;
    session.go("dateien").await?;
    let rows = "return Array.from(document.querySelectorAll('#snapshots tbody tr')).map(r => r.cells[1].textContent);";
    session
        .wait_until(rows, json!(["vor der Umstellung auf das neue Datenformat"]))
        .await?;
    let kept = session
        .eval(
            "return Object.keys(localStorage).filter(k => k.startsWith('digitale-agenda.stand.')) \
             .map(k => localStorage.getItem(k))[0];",
        )
        .await?;
    assert_eq!(
        kept.as_str(),
        Some(v1.as_str()),
        "the original text, unchanged"
    );

    // An import keeps the agenda before it.
    let path = fixture("schema-v3.json").canonicalize()?;
    session.upload("#import-file", &path).await?;
    session.wait_for_municipality("Stadt Beispielstadt").await?;
    session
        .wait_until(
            "return document.querySelector('#snapshots tbody tr').cells[1].textContent;",
            json!("vor dem Einlesen einer Datei"),
        )
        .await?;
    // It can be looked at, read-only, before restoring.
    session.press("#snapshots tbody tr .snapshot-view").await?;
    let shown = session.text("#snapshot-view .doc-title").await?;
    assert!(shown.contains("Große Kreisstadt Beispielstadt"), "{shown}");
    session.wait_for_municipality("Stadt Beispielstadt").await?;
    // Restoring it brings the earlier agenda back, and can be undone.
    session
        .press("#snapshots tbody tr .snapshot-restore")
        .await?;
    session
        .wait_for_municipality("Große Kreisstadt Beispielstadt")
        .await?;
    session
        .wait_until(
            "return document.querySelector('#snapshots tbody tr').cells[1].textContent;",
            json!("vor dem Wiederherstellen"),
        )
        .await?;
    session.press("#undo").await?;
    session.wait_for_municipality("Stadt Beispielstadt").await?;
    session.close().await
}

#[tokio::test]
async fn a_full_storage_keeps_the_agenda_in_the_window_and_offers_the_file() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("leitplanken").await?;
    // Fill the origin's storage until not one more character fits.
    session
        .eval(
            "let size = 1 << 20, n = 0; \
             while (size > 0) { try { localStorage.setItem('ballast.' + n, 'x'.repeat(size)); n++; } \
             catch (e) { size = Math.floor(size / 2); } } return n;",
        )
        .await?;
    session
        .type_into("#vision-text", " Mit vollem Speicher ergänzt.")
        .await?;
    session.press("#vision-save").await?;
    let alert = session.text("#save-error").await?;
    assert!(
        alert.contains("Speicher dieses Browsers ist voll"),
        "{alert}"
    );
    assert!(alert.contains("Agenda als Datei herunterladen"), "{alert}");
    // The change is kept in the window, the stored agenda is the old one.
    assert_eq!(
        session
            .eval("return (storedAgenda() || '').includes('Mit vollem Speicher');")
            .await?,
        json!(false)
    );
    session
        .wait_until(
            "return document.getElementById('vision-text').value.includes('Mit vollem Speicher');",
            json!(true),
        )
        .await?;
    // The offered download holds the change.
    session.capture_downloads().await?;
    session.press("#save-error button").await?;
    let file = session.downloaded(1, 0).await?;
    assert!(file.contains("Mit vollem Speicher ergänzt."));
    // The app keeps working, and saves again once there is room.
    session
        .eval("Object.keys(localStorage).filter(k => k.startsWith('ballast.')).forEach(k => localStorage.removeItem(k)); return 0;")
        .await?;
    session.type_into("#vision-text", " Wieder Platz.").await?;
    session.press("#vision-save").await?;
    session.wait_until_stored("Wieder Platz.", true).await?;
    session.close().await
}

#[tokio::test]
async fn the_start_screen_opens_an_agenda_file_and_says_how_the_town_works_together()
-> Result<(), Error> {
    let session = Session::start().await?;
    let together = session.text_content("start-together").await?;
    assert_eq!(
        together.matches(". ").count() + 1,
        3,
        "three sentences: {together}"
    );
    assert!(together.contains("eigenen Browser") && together.contains("Live-Abgleich"));
    // A file that is not an agenda: a German reason, still the start screen.
    let dir = tempfile::tempdir()?;
    let bad = dir.path().join("kaputt.json");
    std::fs::write(&bad, "{\"schema_version\": 7, \"agen")?;
    session.upload("#start-file", &bad).await?;
    let error = session.text("#start-file-error").await?;
    assert!(
        error.starts_with("Die Datei wurde nicht geöffnet:"),
        "{error}"
    );
    assert_eq!(session.stored().await?, None, "nothing stored");
    // The town's own file opens its agenda, and it is kept.
    let path = fixture("schema-v3.json").canonicalize()?;
    session.upload("#start-file", &path).await?;
    session.wait_for_municipality("Stadt Beispielstadt").await?;
    session.wait_until_stored("Beispielstadt", true).await?;
    session.close().await
}
