//! Takes screenshots of every view of the release build at 1280 and 1920
//! px, and the printed documents as PDF and PNG pages, into
//! `target/screenshots/`, for looking at the app as a person would:
//! `make build && cargo run -p agenda-e2e --example screenshots`.

use agenda_e2e::{Error, Session, VIEWS};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    std::fs::create_dir_all(&out)?;
    let session = Session::start().await?;
    std::fs::write(out.join("0-start.png"), session.client.screenshot().await?)?;
    session.wait_for("#start-demo").await?.click().await?;
    // Every view at a laptop's and a large screen's width, whole pages.
    for width in [1920, 1280] {
        for (n, view) in (1..).zip(VIEWS) {
            session.client.set_window_size(width, 900).await?;
            session.go(view).await?;
            let height = session
                .eval("return document.documentElement.scrollHeight;")
                .await?
                .as_u64()
                .unwrap_or(900)
                .clamp(600, 6000);
            session.client.set_window_size(width, height as u32).await?;
            std::fs::write(
                out.join(format!("{n:02}-{view}-{width}.png")),
                session.client.screenshot().await?,
            )?;
        }
    }
    session.client.set_window_size(1280, 900).await?;
    // The project list as a table.
    session.go("projekte").await?;
    session.press("#layout-table").await?;
    session
        .eval("document.querySelector('.layout-switch').scrollIntoView(); return 0;")
        .await?;
    session.wait_for(".project-table").await?;
    std::fs::write(
        out.join("13-projekte-tabelle.png"),
        session.client.screenshot().await?,
    )?;
    session.press("#layout-cards").await?;
    // The Kompetenzrad's forms: a self-assessment and a staff survey.
    session
        .wait_for("#role")
        .await?
        .select_by_label("Digital-Navigator")
        .await?;
    session.go("kompetenzen").await?;
    session.press("#assessment-new").await?;
    session.press("#survey-new").await?;
    session
        .eval("document.getElementById('comp-team-heading').scrollIntoView(); return 0;")
        .await?;
    session.client.set_window_size(1280, 2400).await?;
    std::fs::write(
        out.join("14-kompetenzen-formulare.png"),
        session.client.screenshot().await?,
    )?;
    session.client.set_window_size(1280, 900).await?;
    // Costs, benefits and funding of the E-Akte, and its argument sheet.
    let eakte = agenda_core::content::demo::musterstadt()?
        .projects()
        .iter()
        .find(|p| !p.sheet().costs.is_empty())
        .map(|p| p.id().to_string())
        .unwrap_or_default();
    session
        .eval(&format!("location.hash = '#projekte/{eakte}'; return 0;"))
        .await?;
    session.wait_for(&format!("#fin-{eakte}-heading")).await?;
    session
        .eval(&format!(
            "document.getElementById('fin-{eakte}-heading').scrollIntoView(); return 0;"
        ))
        .await?;
    session.client.set_window_size(1280, 1800).await?;
    std::fs::write(
        out.join("15-kosten-nutzen.png"),
        session.client.screenshot().await?,
    )?;
    session
        .eval(&format!("location.hash = '#dokument/{eakte}'; return 0;"))
        .await?;
    session.wait_for(&format!("#arguments-{eakte}")).await?;
    std::fs::write(
        out.join("16-argumente.png"),
        session.client.screenshot().await?,
    )?;
    print_pages(&session, &out, "argumente").await?;
    session.client.set_window_size(1280, 900).await?;
    session.go("dokument").await?;
    session.show_document_variant("gesamt").await?;
    print_pages(&session, &out, "dokument").await?;
    session.go("haushalt").await?;
    print_pages(&session, &out, "haushalt").await?;
    // Who changed what: two people's edits of the E-Akte's Steckbrief,
    // the header's name field, the history unfolded.
    session
        .eval(&format!("location.hash = '#projekte/{eakte}'; return 0;"))
        .await?;
    for name in ["Karin Weber", "Bernd Roth"] {
        session.replace_text("#author-name", name).await?;
        let description = format!("#project-{eakte}-description");
        session
            .replace_text(
                &description,
                &format!("Bauakten digital, zuletzt von {name}"),
            )
            .await?;
        session.press(&format!("#project-{eakte}-save")).await?;
    }
    session
        .wait_for(&format!("#project-{eakte}-changes details"))
        .await?;
    session
        .eval(&format!(
            "const c = document.getElementById('project-{eakte}-changes'); \
             c.querySelector('details').open = true; c.scrollIntoView(); window.scrollBy(0, -160); return 0;"
        ))
        .await?;
    std::fs::write(
        out.join("17-verlauf.png"),
        session.client.screenshot().await?,
    )?;
    session.eval("window.scrollTo(0, 0); return 0;").await?;
    std::fs::write(
        out.join("18-kopfzeile-name.png"),
        session.client.screenshot().await?,
    )?;
    session
        .client
        .execute(
            "localStorage.setItem('digitale-agenda.teile', 'digitale-agenda 9\\nrahmen fehlt'); return 0;",
            vec![],
        )
        .await?;
    session.reload().await?;
    session.wait_for("#recovery-reason").await?;
    std::fs::write(
        out.join("9-recovery.png"),
        session.client.screenshot().await?,
    )?;
    println!("screenshots in {}", out.display());
    session.close().await
}

/// Prints the page as Chromium does on A4 into `<name>.pdf` and, where
/// poppler's `pdftoppm` is installed, into one PNG per printed page
/// (`<name>-1.png`, …).
async fn print_pages(session: &Session, out: &std::path::Path, name: &str) -> Result<(), Error> {
    let pdf = out.join(format!("{name}.pdf"));
    std::fs::write(&pdf, session.print_pdf().await?)?;
    let pages = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60"])
        .arg(&pdf)
        .arg(out.join(name))
        .status();
    if !pages.is_ok_and(|s| s.success()) {
        println!("{name}.pdf written; no PNG pages (pdftoppm from poppler-utils is missing)");
    }
    Ok(())
}
