//! How large an agenda fits in localStorage, and how long saving, loading
//! and merging take: builds agendas with more and more projects with
//! realistic text (through the reducer, so versions are stamped as in the
//! app) and writes the results to `target/bench/capacity.md`.
//! Run with `make bench`.

use std::fmt::Write as _;
use std::time::Instant;

use agenda_core::limits::MAX_PROJECTS;
use agenda_core::{
    Action, Agenda, Date, DepartmentId, GuidelineId, IndicatorId, MilestoneId, ProjectDraft,
    ProjectId, ProjectStatus, Replica, demo, merge, stored,
};

/// What browsers give one origin in localStorage, in UTF-16 units (see
/// `web/src/storage.rs`).
const BUDGET_UNITS: usize = 5_000_000;

const TEXT: &str = "Die Verwaltung führt das Verfahren vollständig digital: Anträge kommen \
über das Portal, werden in der E-Akte bearbeitet und die Antragstellenden sehen jederzeit den \
Stand. Dazu werden Prozesse aufgenommen, vereinfacht und mit dem Fachverfahren verbunden. ";

fn text(chars: usize) -> String {
    TEXT.chars()
        .cycle()
        .take(chars)
        .collect::<String>()
        .trim()
        .to_owned()
}

fn add_project(agenda: &mut Agenda, n: u128, by: Replica) -> Result<(), agenda_core::AgendaError> {
    let id = ProjectId::from_u128(10_000 + n);
    let leads: Vec<DepartmentId> = agenda.departments().iter().map(|d| d.id()).collect();
    let guidelines: Vec<GuidelineId> = agenda.guidelines().iter().map(|g| g.id()).collect();
    let Some(&lead) = leads.get((n as usize) % leads.len().max(1)) else {
        return Ok(());
    };
    let mut draft = ProjectDraft::new(format!("Projekt {n}: {}", text(50)), lead);
    draft.description = text(600);
    draft.effect = text(300);
    draft.responsible = "Frau Mustermann, Sachgebiet 10.2".into();
    draft.guidelines = guidelines.iter().take(2).copied().collect();
    draft.participants = leads
        .iter()
        .filter(|d| **d != lead)
        .take(2)
        .copied()
        .collect();
    draft.budget = Some(85_000);
    draft.start = Some(Date::new(2026, 1, 1).unwrap_or(Date::MIN));
    draft.end = Some(Date::new(2028, 12, 31).unwrap_or(Date::MIN));
    agenda.apply_by(Action::AddProject { id, draft }, by)?;
    for m in 0..6_u128 {
        agenda.apply_by(
            Action::AddMilestone {
                project: id,
                id: MilestoneId::from_u128(n * 100 + m),
                title: format!("Meilenstein {m}: {}", text(40)),
                due: Date::new(2026 + (m as i32) / 3, 3, 31).unwrap_or(Date::MIN),
            },
            by,
        )?;
    }
    for i in 0..3_u128 {
        agenda.apply_by(
            Action::AddIndicator {
                project: id,
                id: IndicatorId::from_u128(n * 100 + i),
                name: format!("Kennzahl {i}: Anteil digitaler Anträge"),
                unit: "%".into(),
                baseline: 10.0,
                target: 80.0,
            },
            by,
        )?;
    }
    for (k, status) in [ProjectStatus::Planned, ProjectStatus::InProgress]
        .into_iter()
        .enumerate()
    {
        agenda.apply_by(
            Action::SetProjectStatus {
                id,
                status,
                date: Date::new(2026, 2 + k as u8, 1).unwrap_or(Date::MIN),
                note: text(100),
            },
            by,
        )?;
    }
    Ok(())
}

fn millis(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    writeln!(
        out,
        "# Capacity and speed (release build, native, one core)\n"
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
            add_project(&mut agenda, n, Replica(1))?;
            n += 1;
        }
        let start = Instant::now();
        agenda.apply_by(
            Action::SetMunicipality {
                name: format!("Stadt {target}"),
            },
            Replica(1),
        )?;
        let edit = millis(start);
        let start = Instant::now();
        let json = stored::to_json(&agenda)?;
        let save = millis(start);
        let start = Instant::now();
        let loaded = stored::load(&json)?;
        let load = millis(start);
        let mut copy = loaded.clone();
        copy.apply_by(
            Action::SetVision {
                text: "Geändert in einer Kopie".into(),
            },
            Replica(2),
        )?;
        let start = Instant::now();
        let merged = merge(&agenda, &copy)?;
        let merge_ms = millis(start);
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
            "| {projects} | {units} | {:.1} % | {} | {edit:.1} | {save:.1} | {load:.1} | {merge_ms:.1} |",
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
