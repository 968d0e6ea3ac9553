//! "Projekte": the list, the filter, the Steckbrief and the table.

use agenda_core::analysis::progress::{Progress, ProgressSource};

/// On a project card whose Steckbrief has unsaved changes.
pub const DRAFT_BADGE: &str = "Entwurf nicht gespeichert";

pub const PROJECTS_HEADING: &str = "Projekte (Maßnahmen)";

pub const FILTER_LABEL: &str = "Projekte finden";

pub const FILTER_SEARCH: &str = "Suchen (Titel, Beschreibung, Verantwortliche, Kennzahlen)";

pub const FILTER_ALL: &str = "alle";

pub const FILTER_STATUS: &str = "Status";

pub const FILTER_LEAD: &str = "Federführung";

pub const FILTER_PARTICIPANT: &str = "Beteiligter Fachbereich";

pub const FILTER_GUIDELINE: &str = "Leitplanke";

pub const FILTER_STALE: &str = "Ohne Aktualisierung seit";

pub const FILTER_SORT: &str = "Reihenfolge";

pub const FILTER_OVERDUE: &str = "überfällig";

pub const FILTER_RESET: &str = "Filter zurücksetzen";

/// The summary of the folded filters: "Filter" or "Filter (2 aktiv)".
pub fn filters_active(n: usize) -> String {
    if n == 0 {
        "Filter".to_owned()
    } else {
        format!("Filter ({n} aktiv)")
    }
}

pub const SORT_LISTED: &str = "wie angelegt";

/// The project list's two layouts.
pub const LAYOUT_LABEL: &str = "Darstellung";

pub const LAYOUT_CARDS: &str = "Karten";

pub const LAYOUT_TABLE: &str = "Tabelle";

pub const PROJECT_TABLE_CAPTION: &str = "Projekte als Tabelle. Ein Spaltenkopf sortiert danach, \
erneut gedrückt gilt wieder die angelegte Reihenfolge; ein Titel öffnet den Steckbrief.";

pub const COLUMN_TITLE: &str = "Titel";

pub const COLUMN_LEAD: &str = "Federführung";

pub const COLUMN_STATUS: &str = "Status";

pub const COLUMN_PROGRESS: &str = "Fortschritt";

pub const COLUMN_NEXT_MILESTONE: &str = "Nächster Meilenstein";

pub const COLUMN_LAST_UPDATE: &str = "Letzte Statusmeldung";

/// A table cell without a date.
pub const NO_DATE: &str = "–";

pub const NEVER_UPDATED: &str = "noch keine";

pub fn filter_stale_days(days: u32) -> String {
    format!("mehr als {days} Tagen")
}

pub fn sort_name(sort: agenda_core::analysis::project_filter::ProjectSort) -> &'static str {
    use agenda_core::analysis::project_filter::ProjectSort;
    match sort {
        ProjectSort::Listed => SORT_LISTED,
        ProjectSort::Title => "Titel (A–Z)",
        ProjectSort::Status => "Status",
        ProjectSort::Progress => "Fortschritt (höchster zuerst)",
        ProjectSort::NextMilestone => "nächster Meilenstein",
        ProjectSort::LastUpdate => "letzte Aktualisierung (älteste zuerst)",
    }
}

/// "37 von 483 Projekten".
pub fn projects_found(found: usize, total: usize) -> String {
    if total == 1 {
        format!("{found} von 1 Projekt")
    } else {
        format!("{found} von {total} Projekten")
    }
}

pub const PROJECTS_INTRO: &str = "Projekte setzen die Strategie um: Jedes Projekt hat einen \
federführenden Fachbereich und verfolgt mindestens eine Leitplanke. Die Strategie verweist nie \
auf Projekte – Projekte verweisen auf die Strategie.";

pub const PROJECT_NEW: &str = "Neues Projekt";
pub const PROJECT_NEW_BY: &str =
    "Projekte legen der Digital-Navigator und die federführenden Fachbereiche an.";

pub const PROJECT_ADD: &str = "Projekt anlegen";

pub const PROJECT_DELETE: &str = "Projekt löschen";

pub const PROJECT_PERSPECTIVES: &str = "Aufgegriffene Beiträge der Fachbereiche";

pub const PROJECT_BAND: &str = "Priorität";

pub const PROJECT_WEIGHT: &str = "Gewicht im Fortschritt";

pub const PROJECT_START: &str = "Beginn";

pub const PROJECT_END: &str = "Ende";

pub const SHEET_SAVE: &str = "Steckbrief speichern";

pub const SHEET_OPEN: &str = "Steckbrief öffnen";

pub const SHEET_CLOSE: &str = "Steckbrief schließen";

pub const NO_STRATEGIC_LINK: &str = "Ohne Leitplanke zählt das Projekt nicht zur Agenda.";

pub const NO_STRATEGIC_LINK_BADGE: &str = "ohne strategischen Bezug";

pub const MILESTONES: &str = "Meilensteine";

pub const MILESTONES_EMPTY: &str = "Noch keine Meilensteine.";

pub const MILESTONE_NEW: &str = "Neuer Meilenstein";

pub const MILESTONE_DUE: &str = "fällig am";

pub const OVERDUE: &str = "überfällig";

pub const INDICATORS: &str = "Kennzahlen";

pub const INDICATORS_EMPTY: &str = "Noch keine Kennzahlen.";

pub const INDICATOR_NAME: &str = "Kennzahl";

pub const INDICATOR_UNIT: &str = "Einheit";

pub const INDICATOR_BASELINE: &str = "Ausgangswert";

pub const INDICATOR_TARGET: &str = "Zielwert";

pub const INDICATOR_CURRENT: &str = "Aktueller Wert";

pub const NO_VALUE: &str = "noch kein Messwert";

pub const MEASURE: &str = "Messwert speichern";

pub const STATUS_LOG: &str = "Status und Verlauf";

pub const STATUS_LABEL: &str = "Status";

pub const STATUS_NOTE: &str = "Notiz";

pub const STATUS_REPORT: &str = "Status melden";

pub const PROGRESS_MANUAL: &str = "Fortschritt von Hand setzen (statt aus Meilensteinen)";

pub const PROGRESS_PERCENT: &str = "Fortschritt in Prozent";

pub fn progress_explained(progress: &Progress) -> String {
    match progress.source {
        ProgressSource::Milestones { .. } => {
            "Der Fortschritt ergibt sich aus den erreichten Meilensteinen.".into()
        }
        ProgressSource::Manual => {
            "Der Fortschritt ist von Hand gesetzt und überschreibt die Meilensteine.".into()
        }
        ProgressSource::Status => "Ein abgeschlossenes Projekt steht bei 100 %; ohne Meilensteine steht jedes andere bei 0 %.".into(),
    }
}

pub fn lead_label(name: &str) -> String {
    format!("Federführung: {name}")
}

pub fn measure_label(name: &str) -> String {
    format!("Neuer Messwert für „{name}“")
}

pub const TEMPLATE_EXPORT: &str = "Als Projektvorlage für andere Kommunen herunterladen";

pub const PROJECT_COMPETENCES: &str = "Kompetenzen, die das Projekt stärkt";

pub const PROJECT_CREATED_NOTE: &str = "Neu angelegt. Ergänzen Sie jetzt den Steckbrief: Beschreibung, Leitplanken, Zeitraum und Meilensteine; die Kosten stehen weiter unten unter „Kosten, Nutzen und Förderung“.";
