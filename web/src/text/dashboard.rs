//! "Fortschritt": progress and what needs attention.

use agenda_core::analysis::diagnostics::Diagnostic;
use agenda_core::{Agenda, Date};

use super::*;
use crate::format::*;

pub const DASHBOARD_HEADING: &str = "Wo steht die Agenda?";

pub const BY_GUIDELINE: &str = "Fortschritt je Leitplanke";

pub const BY_FIELD: &str = "Fortschritt je Handlungsfeld";

pub const BY_STATUS: &str = "Projekte nach Status";

pub const DIAGNOSTICS_EMPTY: &str = "Nichts offen – alles im Blick.";

pub fn rollup_label(value: f64, projects: usize) -> String {
    format!("{} ({})", percent(value), project_count(projects))
}

pub fn show_all_diagnostics(n: usize) -> String {
    format!("Alle {n} Hinweise anzeigen")
}

pub fn diagnostics_heading(n: usize) -> String {
    match n {
        0 => "Was Aufmerksamkeit braucht".into(),
        n => format!("Was Aufmerksamkeit braucht ({n})"),
    }
}

/// A finding as a German sentence naming its item.
pub fn diagnostic(agenda: &Agenda, d: &Diagnostic) -> String {
    let guideline = |id| {
        agenda
            .guideline(id)
            .map(|g| g.title().to_owned())
            .unwrap_or_default()
    };
    let department = |id| {
        agenda
            .department(id)
            .map(|g| g.name().to_owned())
            .unwrap_or_default()
    };
    let project = |id| {
        agenda
            .project(id)
            .map(|p| p.title().to_owned())
            .unwrap_or_default()
    };
    match *d {
        Diagnostic::PriorityWithoutProject(item, place) => format!(
            "Priorität ohne Projekt: „{}“ steht auf Platz {place} der Priorisierung, aber kein Projekt greift es auf.",
            agenda.item_name(item).unwrap_or_default()
        ),
        Diagnostic::GuidelineWithoutProject(id) => {
            format!("Leitplanke „{}“ hat noch kein Projekt.", guideline(id))
        }
        Diagnostic::DepartmentWithoutPerspective(id) => {
            format!("Fachbereich „{}“ hat noch keinen Beitrag.", department(id))
        }
        Diagnostic::PerspectiveNotAddressed(id) => {
            let text = agenda
                .perspective(id)
                .map(|p| truncate(p.text(), 60))
                .unwrap_or_default();
            format!("Beitrag „{text}“ wird von keinem Projekt aufgegriffen.")
        }
        Diagnostic::ProjectWithoutGuideline(id) => {
            format!(
                "Projekt „{}“ hat keinen strategischen Bezug (keine Leitplanke).",
                project(id)
            )
        }
        Diagnostic::ProjectWithoutMilestones(id) => {
            format!("Projekt „{}“ hat keine Meilensteine.", project(id))
        }
        Diagnostic::OverdueMilestone(id, milestone) => {
            let m = agenda
                .project(id)
                .and_then(|p| p.milestones().iter().find(|m| m.id() == milestone))
                .map(|m| format!("„{}“ (fällig {})", m.title(), m.due().to_german()))
                .unwrap_or_default();
            format!(
                "Meilenstein {m} im Projekt „{}“ ist überfällig.",
                project(id)
            )
        }
        Diagnostic::StaleProject(id) => format!(
            "Projekt „{}“ hat seit über 90 Tagen keine Statusmeldung.",
            project(id)
        ),
        Diagnostic::CompetenceGapsWithoutProject(id, count) => {
            let name = agenda
                .competence(id)
                .map(|c| c.name().to_owned())
                .unwrap_or_default();
            match count {
                1 => format!("Kein Projekt greift die Kompetenzlücke bei „{name}“ auf."),
                n => {
                    format!(
                        "Kein Projekt greift {n} Kompetenzlücken auf; die größte liegt bei „{name}“."
                    )
                }
            }
        }
        Diagnostic::GrantDeadline(id, n) => {
            let grant = agenda
                .project(id)
                .and_then(|p| p.sheet().grants.get(n))
                .map(|g| {
                    let due = g.deadline.map(Date::to_german).unwrap_or_default();
                    format!("„{}“ (Frist {due})", g.name)
                })
                .unwrap_or_default();
            format!(
                "Förderprogramm {grant} im Projekt „{}“: Frist läuft ab oder ist abgelaufen.",
                project(id)
            )
        }
        Diagnostic::CostsWithoutYear(id) => format!(
            "Projekt „{}“ hat Kosten, aber kein Haushaltsjahr und keinen Start.",
            project(id)
        ),
        Diagnostic::IndicatorWithoutValue(id, indicator) => {
            let name = agenda
                .project(id)
                .and_then(|p| p.indicators().iter().find(|i| i.id() == indicator))
                .map(|i| i.name().to_owned())
                .unwrap_or_default();
            format!(
                "Kennzahl „{name}“ im Projekt „{}“ hat keinen aktuellen Wert.",
                project(id)
            )
        }
    }
}

/// The word of a finding's weight, shown before it.
pub fn weight_label(w: agenda_core::analysis::diagnostics::Weight) -> &'static str {
    use agenda_core::analysis::diagnostics::Weight;
    match w {
        Weight::Urgent => "dringend",
        Weight::Important => "wichtig",
        Weight::Note => "Hinweis",
    }
}

pub const DIAGNOSTICS_ORDER: &str = "Dringendes zuerst: was die Fachbereiche vorn sehen und kein Projekt aufgreift, überfällige Meilensteine und Förderfristen; dann Lücken zwischen Strategie und Projekten; zuletzt fehlende Angaben.";
