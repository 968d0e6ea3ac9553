//! The printed Ratsdokument (Chromium's "save as PDF", A4): the roadmap
//! fits the page with full project names and, with 500 projects,
//! continues over pages instead of being cut. Poppler (`pdftotext`,
//! `pdftoppm`, installed by `scripts/setup.sh --test`) reads the PDF's
//! text and turns its roadmap pages into images that the test measures
//! and a person can look at: `target/print/`.

use std::path::PathBuf;
use std::process::Command;

use agenda_core::{Date, content::sample, formats::stored};
use agenda_e2e::{Error, Session};
use serde_json::json;

/// Where the PDF and the page images are left for a person to look at.
fn out_dir() -> Result<PathBuf, Error> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/print");
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn run(program: &str, args: &[&str]) -> Result<Vec<u8>, Error> {
    let out = Command::new(program).args(args).output()?;
    if !out.status.success() {
        return Err(format!("{program} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(out.stdout)
}

/// A page image in PGM (P5, 8-bit grey): width, height, pixels.
fn read_pgm(path: &std::path::Path) -> Result<(usize, usize, Vec<u8>), Error> {
    let bytes = std::fs::read(path)?;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let start = at;
        while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace()) {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(bytes.get(start..at).unwrap_or_default()).into_owned());
    }
    let (width, height): (usize, usize) = (fields[1].parse()?, fields[2].parse()?);
    let pixels = bytes.get(at + 1..).unwrap_or_default().to_vec();
    if fields[0] != "P5" || pixels.len() != width * height {
        return Err(format!("{} is not an 8-bit PGM", path.display()).into());
    }
    Ok((width, height, pixels))
}

/// The rightmost column with ink (darker than mid-grey), if any.
fn rightmost_ink((width, _, pixels): &(usize, usize, Vec<u8>)) -> Option<usize> {
    pixels
        .chunks(*width)
        .filter_map(|row| row.iter().rposition(|&p| p < 128))
        .max()
}

#[tokio::test]
async fn the_printed_roadmap_of_500_projects_is_whole_on_a4_pages() -> Result<(), Error> {
    let agenda = sample::demo_with(497)?;
    // A row per project and year it runs in.
    let mut rows = 0;
    let mut titles = Vec::new();
    for p in agenda.projects() {
        let dates: Vec<Date> = p
            .sheet()
            .start
            .into_iter()
            .chain(p.sheet().end)
            .chain(p.milestones().iter().map(|m| m.due()))
            .collect();
        if let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) {
            rows += last.year() - first.year() + 1;
            titles.push(p.title().to_owned());
        }
    }
    assert!(titles.len() >= 500);

    let session = Session::start().await?;
    session
        .client
        .execute(
            "localStorage.clear(); localStorage.setItem('digitale-agenda', arguments[0]); \
             localStorage.setItem('digitale-agenda.rolle', 'spitze'); return 0;",
            vec![json!(stored::to_json(&agenda)?)],
        )
        .await?;
    session.reload().await?;
    session.go("dokument").await?;
    session
        .wait_until(
            "return document.querySelectorAll('.roadmap-year tbody tr').length;",
            json!(rows),
        )
        .await?;
    let pdf = session.print_pdf().await?;
    session.close().await?;

    let dir = out_dir()?;
    let pdf_path = dir.join("ratsdokument-500.pdf");
    std::fs::write(&pdf_path, pdf)?;
    let pdf_arg = pdf_path.to_string_lossy().into_owned();
    // Pages are separated by form feeds in pdftotext's output.
    let text = String::from_utf8(run("pdftotext", &["-layout", &pdf_arg, "-"])?)?;
    // The roadmap's pages: those with its tables' head, which every page
    // repeats, so they follow one another without a gap.
    let roadmap_pages: Vec<(usize, String)> = text
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<String>())
        .enumerate()
        .filter(|(_, words)| words.contains("ProjektQ1Q2Q3Q4"))
        .map(|(i, words)| (i + 1, words))
        .collect();
    assert!(
        roadmap_pages.len() > 5,
        "1,500 rows continue over pages ({} pages)",
        roadmap_pages.len()
    );
    for pair in roadmap_pages.windows(2) {
        assert_eq!(
            pair[0].0 + 1,
            pair[1].0,
            "each roadmap page repeats the head"
        );
    }
    let all: String = roadmap_pages.iter().map(|(_, w)| w.as_str()).collect();
    for year in ["Roadmap2026", "Roadmap2027", "Roadmap2028"] {
        assert!(all.contains(year), "{year} is printed");
    }
    for title in &titles {
        let title: String = title.split_whitespace().collect();
        assert!(all.contains(&title), "{title} is printed in full");
    }

    // The pages as images: nothing runs into the right edge (a cut chart
    // or a printed scrollbar would), and a person can look at them.
    let (first, last) = (roadmap_pages[0].0, roadmap_pages[roadmap_pages.len() - 1].0);
    let prefix = dir.join("roadmap").to_string_lossy().into_owned();
    let (from, to) = (first.to_string(), last.to_string());
    run(
        "pdftoppm",
        &[
            "-r", "40", "-gray", "-f", &from, "-l", &to, &pdf_arg, &prefix,
        ],
    )?;
    // The first two as PNG, for a person.
    let png_to = (first + 1).min(last).to_string();
    run(
        "pdftoppm",
        &[
            "-r", "60", "-png", "-f", &from, "-l", &png_to, &pdf_arg, &prefix,
        ],
    )?;
    for (page, _) in &roadmap_pages {
        let name = std::fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.extension().is_some_and(|e| e == "pgm")
                    && p.file_stem().and_then(|s| s.to_str()).is_some_and(|s| {
                        s.rsplit('-').next().and_then(|n| n.parse::<usize>().ok()) == Some(*page)
                    })
            })
            .ok_or(format!("no image of page {page}"))?;
        let image = read_pgm(&name)?;
        let margin = image.0 * 16 / 210; // the CSS page margin, 16 mm of 210
        let ink = rightmost_ink(&image).ok_or(format!("page {page} is empty"))?;
        assert!(
            ink + margin / 2 < image.0,
            "page {page}: ink at column {ink} of {} runs into the margin",
            image.0
        );
    }
    Ok(())
}
