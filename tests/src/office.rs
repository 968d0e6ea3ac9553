//! LibreOffice headless (Debian's `libreoffice-calc-nogui` and
//! `libreoffice-writer-nogui`, installed by `scripts/setup.sh --test`),
//! to open what the app exports the way a town hall does, and the cells of
//! a spreadsheet saved as flat XML (`.fods`), which is plain text.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Error;

/// A LibreOffice with its own profile (so runs never share one) and the
/// language of its user: `de_DE` reads and writes `01.01.26` and `33,3`.
pub struct Office {
    profile: tempfile::TempDir,
    lang: &'static str,
}

impl Office {
    /// A German LibreOffice, as in a German town hall.
    pub fn german() -> Result<Self, Error> {
        Ok(Self {
            profile: tempfile::tempdir()?,
            lang: "de_DE.UTF-8",
        })
    }

    /// One not set to German (US English).
    pub fn english() -> Result<Self, Error> {
        Ok(Self {
            profile: tempfile::tempdir()?,
            lang: "en_US.UTF-8",
        })
    }

    /// Converts `input` with `soffice --convert-to to` into `out_dir`, the
    /// input read with `infilter` if given; returns the written file.
    pub fn convert(
        &self,
        input: &Path,
        to: &str,
        infilter: Option<&str>,
        out_dir: &Path,
    ) -> Result<PathBuf, Error> {
        let profile = format!(
            "-env:UserInstallation=file://{}",
            self.profile.path().display()
        );
        let mut command = Command::new("soffice");
        command
            .env("LANG", self.lang)
            .env("LC_ALL", self.lang)
            .arg(profile)
            .arg("--headless")
            .arg("--norestore");
        if let Some(filter) = infilter {
            command.arg(format!("--infilter={filter}"));
        }
        let output = command
            .arg("--convert-to")
            .arg(to)
            .arg("--outdir")
            .arg(out_dir)
            .arg(input)
            .output()?;
        let extension = to.split(':').next().unwrap_or(to);
        let stem = input.file_stem().unwrap_or_default();
        let written = out_dir.join(stem).with_extension(extension);
        if !written.exists() {
            return Err(format!(
                "soffice --convert-to {to} {} wrote nothing: {}{}",
                input.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
            .into());
        }
        Ok(written)
    }
}

/// One cell of a flat-XML spreadsheet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// `string`, `float`, `date`, `percentage`, … or empty for an empty cell.
    pub kind: String,
    /// The value LibreOffice holds: `office:value` or `office:date-value`.
    pub value: String,
    /// The text shown, paragraphs joined by line breaks.
    pub text: String,
    /// Whether the cell holds a formula.
    pub formula: bool,
}

/// The rows of the first sheet of a `.fods` file, cells repeated as often
/// as the file says (trailing empty cells left out).
pub fn fods_rows(path: &Path) -> Result<Vec<Vec<Cell>>, Error> {
    let xml = std::fs::read_to_string(path)?;
    let sheet = xml
        .split("<table:table ")
        .nth(1)
        .and_then(|s| s.split("</table:table>").next())
        .ok_or("no sheet in the file")?;
    let mut rows = Vec::new();
    for row in sheet.split("<table:table-row").skip(1) {
        let row = row.split("</table:table-row>").next().unwrap_or_default();
        let mut cells = Vec::new();
        for cell in row.split("<table:table-cell").skip(1) {
            let (tag, body) = cell.split_once('>').unwrap_or((cell, ""));
            let body = if tag.ends_with('/') {
                ""
            } else {
                body.split("</table:table-cell").next().unwrap_or_default()
            };
            let attr = |name: &str| {
                tag.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .map(unescape)
                    .unwrap_or_default()
            };
            let paragraphs: Vec<String> = body
                .split("<text:p")
                .skip(1)
                .map(|p| {
                    let p = p.split_once('>').map_or("", |(_, rest)| rest);
                    let p = p.split("</text:p>").next().unwrap_or_default();
                    unescape(&strip_tags(p))
                })
                .collect();
            let value = match attr("office:date-value") {
                date if date.is_empty() => attr("office:value"),
                date => date,
            };
            let found = Cell {
                kind: attr("office:value-type"),
                value,
                text: paragraphs.join("\n"),
                formula: !attr("table:formula").is_empty(),
            };
            let times: usize = attr("table:number-columns-repeated").parse().unwrap_or(1);
            cells.extend(std::iter::repeat_n(found, times.min(1024)));
        }
        while cells
            .last()
            .is_some_and(|c| c.kind.is_empty() && c.text.is_empty())
        {
            cells.pop();
        }
        rows.push(cells);
    }
    while rows.last().is_some_and(Vec::is_empty) {
        rows.pop();
    }
    Ok(rows)
}

fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
