//! The council document: printed to PDF by Chromium (WebDriver "Print
//! Page"), one A4 page per project Steckbrief; the HTML download has no
//! scripts and shows user text literally.

use agenda_e2e::{Error, Session};
use fantoccini::wd::PrintConfiguration;
use serde_json::json;

/// Pages of a PDF: the largest `/Count` of its page tree (the root's).
fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Count ")
        .filter_map(|(i, m)| {
            let digits: String = text
                .get(i + m.len()..)?
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .max()
        .unwrap_or(0)
}

async fn print(session: &Session) -> Result<usize, Error> {
    let config = PrintConfiguration::builder()
        .build()
        .map_err(|e| format!("print settings: {e}"))?;
    let pdf = session.client.print(config).await?;
    assert!(pdf.starts_with(b"%PDF"), "Chromium printed a PDF");
    Ok(pages(&pdf))
}

#[tokio::test]
async fn printing_gives_one_page_per_steckbrief() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // The navigator keeps projects, perspectives and the workshop.
    session.choose_role("Digital-Navigator").await?;
    session.go("dokument").await?;
    let projects = session
        .eval("return document.querySelectorAll('#agenda-document .steckbrief').length;")
        .await?;
    assert_eq!(projects, json!(3), "the demo has three projects");

    session.show_document_variant("steckbriefe").await?;
    assert_eq!(print(&session).await?, 3, "three Steckbriefe, three pages");
    session.show_document_variant("gesamt").await?;
    let full = print(&session).await?;
    // Title page, strategy, perspectives, priorities, progress: at least one
    // page each, then the Steckbriefe.
    assert!(full >= 5 + 3, "the whole document has {full} pages");
    // One more project adds exactly one page to both.
    session.go("projekte").await?;
    session
        .enter_text("#new-project-title", "Digitale Sitzungsvorlagen")
        .await?;
    session
        .wait_until(
            "return Array.from(document.querySelectorAll('.project h3')).some(h => h.textContent === 'Digitale Sitzungsvorlagen');",
            json!(true),
        )
        .await?;
    session.go("dokument").await?;
    assert_eq!(print(&session).await?, full + 1);
    session.show_document_variant("steckbriefe").await?;
    assert_eq!(print(&session).await?, 4);
    session.close().await
}

#[tokio::test]
async fn the_html_download_has_no_scripts_and_the_report_shows_progress() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // A hostile municipality name must appear as text.
    session.go("leitplanken").await?;
    session
        .client
        .execute(
            "const e = document.getElementById('municipality'); e.value = arguments[0]; \
             e.dispatchEvent(new Event('input', { bubbles: true })); return 0;",
            vec![json!("Stadt <script>alert(1)</script> & Land")],
        )
        .await?;
    session.press("#vision-save").await?;
    session.go("dokument").await?;
    session.capture_downloads().await?;
    session.press("#doc-html").await?;
    let html = session.downloaded(1, 0).await?;
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.to_lowercase().contains("<script"),
        "no scripts in the file"
    );
    assert!(html.contains("<style>"), "styles are inline");
    assert!(html.contains("Projektsteckbrief"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Land"),
        "user text is escaped"
    );

    session.show_document_variant("bericht").await?;
    let report = session.text_content("agenda-document").await?;
    assert!(report.contains("Fortschrittsbericht zur Digitalen Agenda"));
    assert!(report.contains("Erreichte Meilensteine"));
    assert!(
        !report.contains("Leitplanken"),
        "the report is only about projects"
    );
    session.close().await
}

/// The text of a printed PDF, page by page (poppler's `pdftotext`).
fn printed_pages(pdf: &[u8]) -> Result<Vec<String>, Error> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("dokument.pdf");
    std::fs::write(&path, pdf)?;
    let out = std::process::Command::new("pdftotext")
        .args([&path.to_string_lossy(), "-"])
        .output()?;
    assert!(out.status.success(), "pdftotext ran");
    Ok(String::from_utf8(out.stdout)?
        .split('\u{c}')
        .map(str::to_owned)
        .collect())
}

#[tokio::test]
async fn the_council_reads_the_haushalt_and_overdue_milestones_and_nothing_of_the_screen()
-> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    // The Haushalt's totals, as the Kämmerei sees them.
    session.go("haushalt").await?;
    let totals = "const row = document.querySelector(arguments_id + ' tfoot tr'); \
                  return row ? Array.from(row.cells).map(c => c.textContent).join('|') : null;";
    let budget = session
        .eval(&totals.replace("arguments_id", "'#budget-years'"))
        .await?;
    assert!(budget.as_str().is_some_and(|t| t.contains('€')), "{budget}");
    session.go("dokument").await?;
    // The same totals in the document's Haushalt chapter.
    session
        .wait_until(
            &totals.replace("arguments_id", "'#doc-budget-years'"),
            budget,
        )
        .await?;
    let document = session.text("#agenda-document").await?;
    // Overdue milestones are marked (the pilot was due 31.10.2026).
    assert!(
        document.contains("31.10.2026 – Pilot mit zwei Sachbearbeitungen – überfällig"),
        "{document}"
    );
    assert!(!document.contains("31.05.2026 – Software ausgewählt – überfällig"));
    // The Handlungsfelder are a line, not a page of bullets.
    assert_eq!(
        session
            .eval("return document.querySelectorAll('#doc-strategy ul li').length;")
            .await?,
        json!(0)
    );
    let pages = printed_pages(&session.print_pdf().await?)?;
    let printed = pages.join("\n");
    // The Handlungsfelder share the Leitbild's page; the Haushalt's
    // tables print whole (their last column, the own share, is on paper).
    let page_of = |text: &str| pages.iter().position(|p| p.contains(text));
    // Every page says where it is in the document.
    let numbered = pages.iter().filter(|p| !p.trim().is_empty()).count();
    assert!(
        printed.contains(&format!("Seite 2 von {numbered}")),
        "{numbered} pages: {printed}"
    );
    assert_eq!(page_of("Handlungsfelder"), page_of("Leitbild"), "{pages:?}");
    let own_share_total = session
        .eval("return document.querySelector('#doc-budget-years tfoot tr').lastElementChild.textContent;")
        .await?;
    let budget_page = page_of("Nach Haushaltsjahr").and_then(|n| pages.get(n));
    assert!(
        budget_page.is_some_and(|p| own_share_total.as_str().is_some_and(|t| p.contains(t))),
        "{own_share_total} on {budget_page:?}"
    );
    for screen_only in [
        "Ratsdokument",
        "bitte durch",
        "Drucken oder als PDF",
        "Welches Dokument",
    ] {
        assert!(!printed.contains(screen_only), "{screen_only} printed");
    }
    // The long argument sheet of the E-Akte starts on the first page.
    session.show_document_variant("argumente").await?;
    let pages = printed_pages(&session.print_pdf().await?)?;
    assert!(
        pages
            .first()
            .is_some_and(|p| p.contains("Argumente für die Kämmerei: E-Akte")),
        "{pages:?}"
    );
    session.close().await
}
