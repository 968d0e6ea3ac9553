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

const PROJECTS: &str = "return JSON.parse(storedAgenda()).agenda.projects";

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

/// The text of a PDF, page by page (poppler's `pdftotext -layout`).
fn pdf_pages(pdf: &std::path::Path) -> Result<Vec<String>, Error> {
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()?;
    assert!(out.status.success(), "pdftotext ran");
    let mut pages: Vec<String> = String::from_utf8(out.stdout)?
        .split('\u{c}')
        .map(str::to_owned)
        .collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Ok(pages)
}

/// Words of a PDF that reach into the right margin: `(page, word)` for
/// every word whose right edge lies more than `margin` points inside the
/// page's right edge (poppler's `pdftotext -bbox`).
fn words_past_the_text(pdf: &std::path::Path, margin: f64) -> Result<Vec<(usize, String)>, Error> {
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()?;
    let xml = String::from_utf8(out.stdout)?;
    let number = |tag: &str, name: &str| -> f64 {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    let mut past = Vec::new();
    for (n, page) in xml.split("<page ").skip(1).enumerate() {
        let width = number(page, "width");
        for word in page.split("<word ").skip(1) {
            let (tag, rest) = word.split_once('>').unwrap_or((word, ""));
            if number(tag, "xMax") > width - margin {
                past.push((n + 1, rest.split('<').next().unwrap_or_default().to_owned()));
            }
        }
    }
    Ok(past)
}

#[tokio::test]
async fn the_council_document_survives_libreoffice_writer() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    session.go("dokument").await?;
    session.wait_for("#comp-wheel").await?;
    let printed = session.print_pdf().await?;
    session.capture_downloads().await?;
    session.press("#doc-html").await?;
    let html = session.downloaded(1, 0).await?;
    // Charts are pictures with their text: no word processor draws SVG.
    assert!(!html.contains("<svg"), "charts as pictures");
    assert!(
        html.contains("<img src=\"data:image/svg+xml;base64,"),
        "{html}"
    );
    assert!(html.contains("alt=\"Kompetenzrad Netzdiagramm:"), "{html}");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("ratsdokument");
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("ratsdokument.html");
    std::fs::write(&file, &html)?;
    std::fs::write(dir.join("gedruckt.pdf"), printed)?;
    let in_app = pdf_pages(&dir.join("gedruckt.pdf"))?;

    // LibreOffice opens it as a text document (Writer), which saves it in
    // Word's format and prints it to PDF.
    let office = Office::german()?;
    let writer = Some("HTML (StarWriter)");
    office.convert(&file, "docx", writer, &dir)?;
    let pdf = office.convert(&file, "pdf", writer, &dir)?;
    let pages = pdf_pages(&pdf)?;
    assert!(
        pages.len().abs_diff(in_app.len()) <= 1,
        "LibreOffice {} pages, the app's print {}",
        pages.len(),
        in_app.len()
    );
    // Every Steckbrief begins a page.
    let first_lines = |page: &str| -> Vec<String> {
        page.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(2)
            .map(str::to_owned)
            .collect()
    };
    for title in [
        "E-Akte im Bauamt einführen",
        "Notfallhandbuch für IT-Ausfälle",
        "Schulungsreihe Digitale Kompetenzen",
    ] {
        assert!(
            pages
                .iter()
                .any(|p| first_lines(p) == ["Projektsteckbrief", title]),
            "{title} does not begin a page"
        );
    }
    let text = pages.concat();
    // The Kompetenzrad's text alternative, and the last column of its table
    // and of the Haushalt's: nothing is cut off at the right.
    assert!(
        text.contains("Netzdiagramm: eine Achse je Kompetenz"),
        "{text}"
    );
    assert!(text.contains("Befragung (alle"), "{text}");
    assert!(text.contains("Eigenanteil"), "{text}");
    assert_eq!(
        words_past_the_text(&pdf, 40.0)?,
        [],
        "nothing in the right margin"
    );
    // The Leitplanken count.
    assert!(text.contains("2. Prozesse vor Technik"), "{text}");

    // As Writer holds it: headings at their levels (the navigation pane),
    // bordered cells, the charts as pictures named by their text.
    let fodt = std::fs::read_to_string(office.convert(&file, "fodt", writer, &dir)?)?;
    for (level, heading) in [
        (1, "Digitale Agenda"),
        (2, "Leitbild"),
        (2, "Kompetenzrad"),
        (3, "2. Prozesse vor Technik"),
    ] {
        let found = fodt.split("<text:h ").skip(1).any(|h| {
            h.contains(&format!("text:outline-level=\"{level}\""))
                && h.split_once('>')
                    .is_some_and(|(_, rest)| rest.starts_with(heading))
        });
        assert!(found, "heading {level} {heading:?}");
    }
    assert!(
        fodt.contains("fo:border-left=\"0.75pt solid"),
        "bordered cells"
    );
    assert!(
        fodt.contains("<svg:title>Kompetenzrad Netzdiagramm:"),
        "the wheel as a picture"
    );
    assert!(
        fodt.matches("<draw:image").count() >= 4,
        "roadmap and wheel as pictures"
    );

    // The file itself in a browser prints as the app does.
    session
        .client
        .goto(&format!("file://{}", file.display()))
        .await?;
    let own = dir.join("datei.pdf");
    std::fs::write(&own, session.print_pdf().await?)?;
    let file_pages = pdf_pages(&own)?;
    assert!(
        file_pages.len().abs_diff(in_app.len()) <= 1,
        "the file prints {} pages, the app {}",
        file_pages.len(),
        in_app.len()
    );
    session.close().await
}
