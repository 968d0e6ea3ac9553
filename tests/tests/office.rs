//! The exports in the town hall's own programs: LibreOffice (headless,
//! German and US English) opens the project and budget CSVs as numbers,
//! dates and text, never runs a cell as a formula, and a status list edited
//! and saved there comes back into the app as an update, not a duplicate.

use agenda_e2e::office::{Cell, Office, fods_rows};
use agenda_e2e::{Error, Session};
use serde_json::json;

const BOM: &str = "\u{feff}";

/// The row whose first cell is `title`, and a lookup of its cells by header.
fn row_of<'a>(rows: &'a [Vec<Cell>], title: &str) -> Result<&'a [Cell], Error> {
    rows.iter()
        .find(|r| r.first().is_some_and(|c| c.text == title))
        .map(Vec::as_slice)
        .ok_or_else(|| format!("no row {title:?} in {rows:?}").into())
}

fn column(rows: &[Vec<Cell>], header: &str) -> Result<usize, Error> {
    rows.first()
        .and_then(|h| h.iter().position(|c| c.text == header))
        .ok_or_else(|| format!("no column {header:?}").into())
}

fn cell<'a>(rows: &'a [Vec<Cell>], title: &str, header: &str) -> Result<&'a Cell, Error> {
    let i = column(rows, header)?;
    row_of(rows, title)?
        .get(i)
        .ok_or_else(|| format!("row {title:?} has no cell {header:?}").into())
}

const PROJECTS: &str = "return JSON.parse(localStorage.getItem('digitale-agenda')).agenda.projects";

#[tokio::test]
async fn libreoffice_reads_the_exports_as_numbers_dates_and_text_and_runs_no_formula()
-> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dateien").await?;
    let dir = tempfile::tempdir()?;
    // Titles a spreadsheet would run, taken in through the app's own import.
    let formulas = dir.path().join("formeln.csv");
    std::fs::write(
        &formulas,
        "Titel;Federführung\r\n\"=HYPERLINK(\"\"http://example.org\"\")\";IT\r\n\"@SUMME(1;2)\";IT\r\n+49 341 1234;IT\r\n",
    )?;
    session.upload("#import-csv", &formulas).await?;
    session
        .wait_until(
            "return document.getElementById('csv-report')?.textContent ?? '';",
            json!("Aus der CSV-Datei: 0 Projekte aktualisiert, 3 neu, 0 unverändert."),
        )
        .await?;
    session.capture_downloads().await?;
    session.press("#export-csv").await?;
    let csv_path = dir.path().join("projekte.csv");
    std::fs::write(
        &csv_path,
        format!("{BOM}{}", session.downloaded(1, 0).await?),
    )?;
    session.go("haushalt").await?;
    session.press("#budget-csv").await?;
    let budget_path = dir.path().join("haushaltsplan.csv");
    std::fs::write(
        &budget_path,
        format!("{BOM}{}", session.downloaded(2, 1).await?),
    )?;

    // German LibreOffice: CSV → xlsx (what the town hall keeps) → flat XML.
    let office = Office::german()?;
    let out = dir.path().join("de");
    let csv_filter = Some("CSV:59,34,76,1");
    let xlsx = office.convert(&csv_path, "xlsx", csv_filter, &out)?;
    let rows = fods_rows(&office.convert(&xlsx, "fods", None, &out)?)?;
    let title = "E-Akte im Bauamt einführen";
    let start = cell(&rows, title, "Beginn")?;
    assert_eq!(
        (start.kind.as_str(), &start.value[..10]),
        ("date", "2026-01-01")
    );
    for (header, value) in [
        ("Einmalig investiv (EUR)", "45000"),
        ("Einmalig konsumtiv (EUR)", "15000"),
        ("Laufend konsumtiv pro Jahr (EUR)", "9000"),
        ("Fortschritt", "50"),
        ("Gewicht im Fortschritt", "2"),
    ] {
        let c = cell(&rows, title, header)?;
        assert_eq!(
            (c.kind.as_str(), c.value.as_str()),
            ("float", value),
            "{header}"
        );
    }
    assert_eq!(cell(&rows, title, "Federführung")?.text, "Bauamt");
    assert_eq!(
        cell(
            &rows,
            "Schulungsreihe Digitale Kompetenzen",
            "Beteiligte Fachbereiche"
        )?
        .text,
        "Kämmerei\nBauamt\nOrdnungsamt"
    );
    // No cell is a formula; the three titles are text, shown as typed
    // after the apostrophe that keeps them text.
    assert!(rows.iter().flatten().all(|c| !c.formula), "{rows:?}");
    for typed in [
        "=HYPERLINK(\"http://example.org\")",
        "@SUMME(1;2)",
        "+49 341 1234",
    ] {
        let found = rows
            .iter()
            .filter_map(|r| r.first())
            .find(|c| c.text.ends_with(typed))
            .ok_or(typed)?;
        assert_eq!(
            (found.kind.as_str(), found.text.as_str()),
            ("string", &*format!("'{typed}"))
        );
    }

    // The budget plan: every amount a number.
    let budget = fods_rows(&office.convert(
        &office.convert(&budget_path, "xlsx", csv_filter, &out)?,
        "fods",
        None,
        &out,
    )?)?;
    assert!(budget.len() > 2, "{budget:?}");
    let own = column(&budget, "Eigenanteil (EUR)")?;
    let pending = column(&budget, "Förderung geplant oder beantragt (EUR)")?;
    for row in budget.iter().skip(1) {
        for i in [own, pending] {
            let kind = row.get(i).map_or("", |c| c.kind.as_str());
            assert_eq!(kind, "float", "{row:?}");
        }
    }

    // LibreOffice set to US English reads the German amounts as text, never
    // as a number a thousand times too small or large.
    let english = Office::english()?;
    let en = fods_rows(&english.convert(&csv_path, "fods", csv_filter, &dir.path().join("en"))?)?;
    let amount = cell(&en, title, "Einmalig investiv (EUR)")?;
    assert!(
        amount.text == "45000,00" || (amount.kind == "float" && amount.value == "45000"),
        "{amount:?}"
    );
    session.close().await
}

#[tokio::test]
async fn a_status_list_edited_in_libreoffice_comes_back_as_an_update() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dateien").await?;
    let before = session.eval(&format!("{PROJECTS};")).await?;
    session.capture_downloads().await?;
    session.press("#export-csv").await?;
    let dir = tempfile::tempdir()?;
    let exported = dir.path().join("projekte.csv");
    std::fs::write(
        &exported,
        format!("{BOM}{}", session.downloaded(1, 0).await?),
    )?;

    // The navigator opens it in German LibreOffice, sets one status and one
    // title, and saves it as CSV again.
    let office = Office::german()?;
    let sheet = office.convert(
        &exported,
        "fods",
        Some("CSV:59,34,76,1"),
        &dir.path().join("edit"),
    )?;
    let xml = std::fs::read_to_string(&sheet)?
        .replacen(">in Umsetzung<", ">abgeschlossen<", 1)
        .replacen(
            ">E-Akte im Bauamt einführen<",
            ">E-Akte im Bauamt, Stufe 2<",
            1,
        );
    std::fs::write(&sheet, xml)?;
    let saved = office.convert(
        &sheet,
        "csv:Text - txt - csv (StarCalc):59,34,76,1",
        None,
        &dir.path().join("saved"),
    )?;
    let text = std::fs::read_to_string(&saved)?;
    // LibreOffice's own spelling: two-digit years, no thousands dots.
    assert!(text.contains(";01.01.26;30.06.27;"), "{text}");

    session.upload("#import-csv", &saved).await?;
    session
        .wait_until(
            "return document.getElementById('csv-report')?.textContent ?? '';",
            json!("Aus der CSV-Datei: 1 Projekt aktualisiert, 0 neu, 2 unverändert."),
        )
        .await?;
    // The undo offer says the same and has the focus.
    session.wait_for_focus("undo-delete").await?;
    let after = session.eval(&format!("{PROJECTS};")).await?;
    let (old, new) = (&before[0], &after[0]);
    assert_eq!(after.as_array().map(Vec::len), Some(3), "no duplicate");
    assert_eq!(new["id"], old["id"]);
    assert_eq!(new["sheet"]["title"], json!("E-Akte im Bauamt, Stufe 2"));
    assert_eq!(new["status"], json!("completed"));
    assert_eq!(new["milestones"], old["milestones"]);
    assert_eq!(new["indicators"], old["indicators"]);
    assert_eq!(new["sheet"]["costs"], old["sheet"]["costs"]);
    assert_eq!(new["sheet"]["start"], old["sheet"]["start"]);
    assert_eq!(after[1], before[1]);
    // One undoable step brings the old title back.
    session.press("#undo-delete").await?;
    session
        .wait_until(
            &format!("{PROJECTS}[0].sheet.title;"),
            json!("E-Akte im Bauamt einführen"),
        )
        .await?;
    session.close().await
}
