//! How large an agenda fits in localStorage, and how long saving, loading
//! and merging take: builds agendas with more and more projects with
//! realistic text (through the reducer, so versions are stamped as in the
//! app) and writes the results to `target/bench/capacity.md`.
//! Run with `make bench`.

use std::fmt::Write as _;
use std::time::Instant;

use agenda_core::model::limits::MAX_PROJECTS;
use agenda_core::{Action, Replica, content::demo, content::sample, formats::stored, merge};

/// What browsers give one origin in localStorage, in UTF-16 units (see
/// `web/src/storage.rs`).
const BUDGET_UNITS: usize = 5_000_000;

/// Runs per measurement; the median is written.
const RUNS: usize = 7;

fn median(mut xs: Vec<f64>) -> f64 {
    agenda_core::sorting::sort_by(&mut xs, f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Runs `f` [`RUNS`] times; its last result and the median time.
fn timed<T, E>(mut f: impl FnMut() -> Result<T, E>) -> Result<(T, f64), E> {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        last = Some(f()?);
        times.push(millis(start));
    }
    match last {
        Some(value) => Ok((value, median(times))),
        None => f().map(|value| (value, f64::NAN)),
    }
}

fn millis(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    writeln!(
        out,
        "# Capacity and speed (release build, native, one core, medians of {RUNS} runs)\n"
    )?;
    writeln!(
        out,
        "Projects with realistic text: title 60, description 600, effect 300 characters, \
         6 milestones, 3 Kennzahlen, 2 status updates with notes, added through the reducer \
         (versions stamped), on top of the demo agenda. Budget: {BUDGET_UNITS} UTF-16 units.\n"
    )?;
    writeln!(
        out,
        "| projects | stored JSON (UTF-16 units) | share of budget | versioned registers | one edit (apply_by) ms | save (to_json) ms | load ms | merge with a copy ms |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    let mut agenda = demo::musterstadt()?;
    let base_projects = agenda.projects().len();
    let mut n = 0_u128;
    let mut largest_fitting = 0;
    for target in [0, 50, 100, 200, 300, 400, MAX_PROJECTS - base_projects] {
        while (n as usize) < target {
            sample::add_project(&mut agenda, n, Replica(1))?;
            n += 1;
        }
        let mut edits = Vec::new();
        for run in 0..RUNS {
            let start = Instant::now();
            agenda.apply_by(
                Action::SetMunicipality {
                    name: format!("Stadt {target}-{run}"),
                },
                Replica(1),
            )?;
            edits.push(millis(start));
        }
        let edit = median(edits);
        let (json, save) = timed(|| stored::to_json(&agenda))?;
        let (loaded, load) = timed(|| stored::load(&json))?;
        let mut copy = loaded.clone();
        copy.apply_by(
            Action::SetVision {
                text: "Geändert in einer Kopie".into(),
            },
            Replica(2),
        )?;
        let (merged, merge_ms) = timed(|| merge(&agenda, &copy))?;
        if !merged.conflicts.is_empty() {
            return Err("a copy with one change must merge without conflicts".into());
        }
        let units = json.encode_utf16().count();
        let projects = agenda.projects().len();
        if units <= BUDGET_UNITS {
            largest_fitting = projects;
        }
        writeln!(
            out,
            "| {projects} | {units} | {:.1} % | {} | {edit:.3} | {save:.1} | {load:.1} | {merge_ms:.1} |",
            units as f64 * 100.0 / BUDGET_UNITS as f64,
            agenda.versions().len(),
        )?;
    }
    writeln!(
        out,
        "\nLargest agenda measured that fits: {largest_fitting} projects \
         (the app allows at most {MAX_PROJECTS})."
    )?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("capacity.md"), &out)?;
    print!("{out}");
    Ok(())
}
