//! Words the whole app shares: the header, navigation, roles, saving,
//! undo, notices and what several views use.

use agenda_core::PrioritySubject;
use agenda_core::analysis::progress::{Progress, ProgressSource};
use agenda_core::{Date, PriorityBand, ProjectStatus};

use crate::format::*;

pub const APP_TITLE: &str = "Digitale Agenda";

pub const SKIP_TO_CONTENT: &str = "Zum Inhalt springen";

pub const NAV_LABEL: &str = "Bereiche";

pub const PHASE_STRATEGY: &str = "Strategie";
pub const PHASE_PARTICIPATION: &str = "Beteiligung";
pub const PHASE_IMPLEMENTATION: &str = "Umsetzung";
pub const PHASE_REPORTS: &str = "Berichte";
pub const PHASE_DATA: &str = "Daten";

pub const NAV_STRATEGY: &str = "Leitbild & Leitplanken";

pub const VISION_SAVED: &str = "Leitbild gespeichert.";

pub const CANCEL: &str = "Abbrechen";

/// Beside a form with unsaved changes, which are kept until saved or discarded.
pub const DRAFT_NOTICE: &str =
    "Entwurf, noch nicht gespeichert. Er bleibt erhalten, bis Sie ihn speichern oder verwerfen.";

/// Throws a form's unsaved changes away.
pub const DRAFT_DISCARD: &str = "Entwurf verwerfen";

pub const EDIT: &str = "Bearbeiten";

pub const DELETE: &str = "Löschen";

pub const UNDO: &str = "Rückgängig";

pub const DISMISS: &str = "Schließen";

pub fn move_up_label(title: &str) -> String {
    format!("„{title}“ nach oben verschieben")
}

pub fn move_down_label(title: &str) -> String {
    format!("„{title}“ nach unten verschieben")
}

pub fn edit_label(title: &str) -> String {
    format!("„{title}“ bearbeiten")
}

pub fn delete_label(title: &str) -> String {
    format!("„{title}“ löschen")
}

pub fn moved(title: &str, position: usize, total: usize) -> String {
    format!("„{title}“ steht jetzt an Position {position} von {total}.")
}

pub fn added(title: &str) -> String {
    format!("Leitplanke „{title}“ hinzugefügt.")
}

pub fn deleted(title: &str) -> String {
    format!("Leitplanke „{title}“ gelöscht.")
}

pub const UNDONE: &str = "Rückgängig gemacht.";

pub fn project_added(title: &str) -> String {
    format!("Projekt „{title}“ angelegt.")
}

pub fn project_deleted(title: &str) -> String {
    format!("Projekt „{title}“ gelöscht.")
}

pub fn sheet_saved(title: &str) -> String {
    format!("Steckbrief „{title}“ gespeichert.")
}

pub fn status_set(title: &str, to: ProjectStatus) -> String {
    format!(
        "Status von „{title}“: {}.",
        agenda_core::vocabulary::project_status(to)
    )
}

pub fn milestone_done(title: &str, done: bool) -> String {
    if done {
        format!("Meilenstein „{title}“ erreicht.")
    } else {
        format!("Meilenstein „{title}“ wieder offen.")
    }
}

pub const PERSPECTIVE_SAVED: &str = "Beitrag gespeichert.";

pub const REDONE: &str = "Wiederhergestellt.";

pub const HISTORY_UNDO: &str = "Rückgängig";

pub const HISTORY_REDO: &str = "Wiederholen";

pub const HISTORY_UNDO_HINT: &str = "Letzte Änderung rückgängig machen (Strg+Z)";

pub const HISTORY_REDO_HINT: &str =
    "Rückgängig gemachte Änderung wiederholen (Strg+Y oder Strg+Umschalt+Z)";

pub const FROM_OTHER_TAB: &str = "Änderungen aus einem anderen Tab übernommen.";

pub const TAB_CONFLICTS_INTRO: &str = "In einem anderen Tab wurde gleichzeitig an denselben Stellen \
gearbeitet. Die neuere Änderung gilt; beide Werte stehen hier:";

pub const SAVE_NOT_VERIFIED: &str = "Die Agenda wurde gespeichert, aber beim Nachlesen stand etwas \
anderes im Speicher. Laden Sie die Agenda zur Sicherheit als Datei herunter.";

pub const MERGED: &str =
    "Datei mit der Agenda zusammengeführt. Der vorherige Stand kann zurückgeholt werden.";

pub const IMPORTED: &str =
    "Agenda aus der Datei übernommen. Der vorherige Stand kann zurückgeholt werden.";

pub const ADD: &str = "Hinzufügen";

pub const SAVE: &str = "Speichern";

pub const NONE_CHOSEN: &str = "– keine Angabe –";

pub const TEXT_REQUIRED: &str = "Bitte geben Sie einen Text ein.";

pub const PRESETS_LABEL: &str = "Vorschläge zum Übernehmen:";

pub fn take_preset_label(name: &str) -> String {
    format!("Vorschlag „{name}“ übernehmen")
}

pub const ROLE_LABEL: &str = "Rolle";

pub const ROLE_LEADERSHIP: &str = "Verwaltungsspitze";

pub const ROLE_NAVIGATOR: &str = "Digital-Navigator";

pub fn role_department(name: &str) -> String {
    format!("Fachbereich: {name}")
}

pub const ROLE_HELP_SUMMARY: &str = "Was bedeuten die Rollen?";

pub const ROLE_HELP: &str = "Die Rolle bestimmt, welche Bedienelemente angeboten werden; die \
Ansicht bleibt beim Wechsel dieselbe. Die Verwaltungsspitze formuliert Leitbild und Handlungsfelder, \
beschließt und löscht Leitplanken und legt Gewichte und Punktebudget fest; ein Fachbereich bearbeitet \
seine eigenen Beiträge, Punkte und Projekte (die Rolle erscheint, sobald Fachbereiche angelegt sind); \
der Digital-Navigator moderiert den Workshop, entwirft Leitplanken und führt die Projekte. Ohne \
Live-Abgleich ist die Rolle eine Ansicht, kein Zugriffsschutz: Jede Person arbeitet in ihrem eigenen \
Browser. Mit Live-Abgleich kommen die Rollen aus der eigenen Anmeldung, und die Datenbank nimmt \
nur an, was diese Rollen ändern dürfen.";

pub const ROLE_FROM_LOGIN: &str = "Rollen aus Ihrer Anmeldung";

pub const ROLE_DEPARTMENT_MISSING: &str = "Fachbereich (erst Fachbereiche anlegen)";

pub const NAV_FIELDS: &str = "Handlungsfelder";

pub const NAV_DEPARTMENTS: &str = "Fachbereiche";

pub const NAV_WORKSHOP: &str = "Workshop";

pub const NAV_PRIORITIES: &str = "Priorisierung";

pub const NAV_RESULTS: &str = "Ergebnis";

pub const FIELD_OF_ACTION_LABEL: &str = "Handlungsfeld";

pub const NO_FIELD: &str = "– ohne Handlungsfeld –";

pub fn field_value(name: &str) -> String {
    format!("Handlungsfeld: {name}. ")
}

pub const PERSPECTIVE_KIND_LABEL: &str = "Art";

pub const NO_DEPARTMENTS_YET: &str = "Legen Sie zuerst Fachbereiche an.";

pub(crate) fn subject_name(subject: PrioritySubject) -> &'static str {
    match subject {
        PrioritySubject::Fields => "die Handlungsfelder",
        PrioritySubject::Guidelines => "die Leitplanken",
        PrioritySubject::Ideas => "die Projektideen",
    }
}

pub const RESULTS_EMPTY: &str = "Noch keine Stimmen abgegeben.";

pub const COL_PLACE: &str = "Platz";

pub const COL_ITEM: &str = "Eintrag";

pub const COL_AGREEMENT: &str = "Einschätzung";

/// Kendall's W with a German reading of it.
pub fn concordance(w: Option<f64>, departments: usize) -> String {
    match w {
        None if departments < 2 => {
            "Übereinstimmung: erst ab zwei Fachbereichen mit Stimmen messbar.".into()
        }
        None => "Übereinstimmung: nicht messbar (alle Einträge gleich bewertet).".into(),
        Some(w) => {
            let reading = if w >= 0.7 {
                "hohe Übereinstimmung"
            } else if w >= 0.3 {
                "mittlere Übereinstimmung"
            } else {
                "geringe Übereinstimmung"
            };
            format!(
                "Übereinstimmung der {departments} Fachbereiche über die ganze Reihenfolge \
                 (Kendalls W): {} – {reading}. Die Einschätzung je Eintrag zeigt, wo sie sich \
                 trotzdem einig sind.",
                decimal(w, 2)
            )
        }
    }
}

pub const NAV_PROJECTS: &str = "Projekte";

pub const NAV_DASHBOARD: &str = "Fortschritt";

pub const NAV_BOARD: &str = "Projektboard";

pub const NAV_ROADMAP: &str = "Roadmap";

pub const PROJECTS_EMPTY: &str = "Noch keine Projekte.";

pub const PROJECT_TITLE: &str = "Titel";

pub const PROJECT_DESCRIPTION: &str = "Beschreibung";

pub const PROJECT_EFFECT: &str = "Beabsichtigte Wirkung";

pub const PROJECT_LEAD: &str = "Federführung";

pub const PROJECT_PARTICIPANTS: &str = "Beteiligte Fachbereiche";

pub const PROJECT_GUIDELINES: &str = "Verfolgte Leitplanken";

pub const PROJECT_FUNDING: &str = "Finanzierung";

pub const PROJECT_RESPONSIBLE: &str = "Verantwortliche Person";

pub const TO_PROJECT: &str = "Als Projekt anlegen";

/// Column of the project names in the roadmap by year.
pub const ROADMAP_PROJECT: &str = "Projekt";

pub fn band(band: PriorityBand) -> &'static str {
    match band {
        PriorityBand::High => "hoch: sofort beginnen",
        PriorityBand::Medium => "mittel: innerhalb von 2 Jahren",
        PriorityBand::Low => "niedrig: innerhalb von 4 Jahren",
    }
}

pub fn progress_label(progress: &Progress) -> String {
    match progress.source {
        ProgressSource::Milestones { done, total } => format!(
            "{} ({done} von {total} Meilensteinen)",
            percent(progress.percent)
        ),
        ProgressSource::Manual => format!("{} (von Hand gesetzt)", percent(progress.percent)),
        ProgressSource::Status if progress.percent >= 100.0 => {
            format!("{} (abgeschlossen)", percent(progress.percent))
        }
        ProgressSource::Status => format!("{} (ohne Meilensteine)", percent(progress.percent)),
    }
}

pub fn overall_label(value: f64, projects: usize) -> String {
    format!(
        "Gesamtfortschritt: {} über {}",
        percent(value),
        project_count(projects)
    )
}

pub(crate) fn project_count(n: usize) -> String {
    match n {
        1 => "1 Projekt".into(),
        n => format!("{n} Projekte"),
    }
}

pub fn sheet_label(title: &str) -> String {
    format!("Steckbrief „{title}“")
}

pub fn period(start: Date, end: Date) -> String {
    format!("{} bis {}", start.to_german(), end.to_german())
}

pub const NAV_DOCUMENT: &str = "Ratsdokument";

pub fn storage_warning(percent: f64) -> String {
    format!(
        "Speicher zu {} % belegt – bitte die Agenda als Datei sichern.",
        decimal(percent, 0)
    )
}

pub const NAV_FILES: &str = "Dateien";

pub fn conflicts_heading(count: usize) -> String {
    match count {
        1 => "1 Konflikt – bitte prüfen:".to_owned(),
        n => format!("{n} Konflikte – bitte prüfen:"),
    }
}

pub const CONFLICT_WHAT: &str = "Was";

pub const CONFLICT_ITEM: &str = "Eintrag";

pub const CONFLICT_FIELD: &str = "Feld";

pub const CONFLICT_KEPT: &str = "Gilt jetzt";

pub const CONFLICT_OTHER: &str = "Anderer Wert";

/// The item a merge conflict is about: its kind and name.
pub fn conflict_item(collection: &str, item: &str) -> String {
    format!("{} „{item}“", conflict_collection(collection))
}

/// The kind of item a merge register belongs to.
pub fn conflict_collection(collection: &str) -> &str {
    match collection {
        "guidelines" => "Leitplanke",
        "fields" => "Handlungsfeld",
        "departments" => "Fachbereich",
        "perspectives" => "Perspektive",
        "workshop" => "Karte",
        "ideas" => "Projektidee",
        "projects" => "Projekt",
        _ => "Agenda",
    }
}

/// The German name of a field in a merge conflict.
pub fn conflict_field(field: &str) -> String {
    let field_name = field.strip_prefix("sheet.").unwrap_or(field);
    let known = match field_name {
        "" => "",
        "title" => "Titel",
        "description" => "Beschreibung",
        "rationale" => "Begründung",
        "status" => "Status",
        "field" => "Handlungsfeld",
        "name" => "Name",
        "short_name" => "Kurzname",
        "head" => "Leitung",
        "weight" => "Gewicht",
        "text" => "Text",
        "kind" => "Art",
        "guidelines" => "Leitplanken",
        "department" => "Fachbereich",
        "effect" => "Wirkung",
        "lead" => "Federführung",
        "participants" => "Beteiligte",
        "perspectives" => "Perspektiven",
        "band" => "Priorität",
        "start" => "Beginn",
        "end" => "Ende",
        "budget" => "Budget",
        "costs" => "Kosten",
        "benefits" => "Nutzen",
        "grants" => "Förderprogramme",
        "finance" => "Stundensatz und Kalkulationszins",
        "responsible" => "Verantwortlich",
        "milestones" => "Meilensteine",
        "indicators" => "Kennzahlen",
        "updates" => "Statusverlauf",
        "progress_override" => "Fortschritt (manuell)",
        "municipality" => "Name der Kommune",
        "vision" => "Leitbild",
        "prioritisation/subject" => "Priorisierung: Gegenstand",
        "prioritisation/method" => "Priorisierung: Verfahren",
        "prioritisation/budget" => "Priorisierung: Punktebudget",
        "prioritisation/max_per_item" => "Priorisierung: Punkte je Eintrag",
        other if other.starts_with("prioritisation/points/") => "Punkte",
        other if other.starts_with("prioritisation/rankings/") => "Rangfolge",
        other => other,
    };
    known.to_owned()
}

pub const UPDATE_READY: &str = "Eine neue Version der Digitalen Agenda ist bereit. Ihre Agenda \
bleibt dabei erhalten.";

pub const UPDATE_RELOAD: &str = "Jetzt neu laden";

pub const UPDATE_LATER: &str = "Später";

pub const SAVE_OK: &str = "Gespeichert";

pub const SAVE_PENDING: &str = "Noch nicht gespeichert";

/// After loading: what is shown is what this browser has stored.
pub const SAVE_AS_LOADED: &str = "Im Browser gespeichert";

pub const SAVE_FAILED_HEADING: &str = "Speichern fehlgeschlagen";

pub const SAVE_QUOTA: &str = "Der Speicher dieses Browsers ist voll. Ihre letzten Änderungen \
sind nur in diesem Fenster vorhanden und gehen beim Schließen verloren. Laden Sie die Agenda \
jetzt als Datei herunter und geben Sie Speicher frei.";

pub const SAVE_UNAVAILABLE: &str = "Dieser Browser erlaubt keinen lokalen Speicher (z. B. im \
privaten Modus oder durch eine Einstellung). Ihre Änderungen sind nur in diesem Fenster \
vorhanden. Laden Sie die Agenda als Datei herunter, bevor Sie das Fenster schließen.";

pub const SAVE_BLOCKED: &str = "Im Speicher liegen inzwischen Daten, die diese Version nicht \
lesen kann (z. B. aus einer neueren Version in einem anderen Tab). Damit nichts verloren geht, \
speichert dieses Fenster nicht mehr. Laden Sie Ihre Agenda als Datei herunter und laden Sie \
die Seite neu.";

pub fn save_other(detail: &str) -> String {
    let detail = if detail.is_empty() {
        UNKNOWN_BROWSER_ERROR
    } else {
        detail
    };
    format!(
        "Der Browser hat das Speichern abgelehnt ({detail}). Ihre Änderungen sind nur in diesem Fenster vorhanden."
    )
}

pub const DOWNLOAD_AGENDA: &str = "Agenda als Datei herunterladen";

/// Stands in for the reason when the browser gave none.
pub const UNKNOWN_BROWSER_ERROR: &str = "ohne Angabe eines Grundes";

pub const NAV_COMPETENCES: &str = "Kompetenzrad";

pub const NAV_BUDGET: &str = "Haushalt";

pub const SYNC_RECEIVED: &str = "Änderungen vom Server übernommen.";

pub const SYNC_CONFLICTS_INTRO: &str = "Über den Live-Abgleich kamen gleichzeitige Änderungen an \
denselben Stellen. Die neuere Änderung gilt; beide Werte stehen hier:";

/// What a merge conflict means, in a few words.
pub fn conflict_kind(kind: agenda_core::ConflictKind) -> &'static str {
    use agenda_core::ConflictKind::*;
    match kind {
        Concurrent => "An beiden Stellen geändert",
        DeletedWhileEdited => "Gelöscht, anderswo aber geändert – bleibt gelöscht",
        Dropped => "Entfällt, weil sein Bezug gelöscht wurde",
    }
}

/// A byte count the way German users read it: "1,5 MB".
pub fn bytes(count: usize) -> String {
    #[allow(clippy::cast_precision_loss)] // sizes far below 2^52
    let n = count as f64;
    let (value, unit) = if n >= 1_000_000.0 {
        (n / 1_000_000.0, "MB")
    } else if n >= 1_000.0 {
        (n / 1_000.0, "kB")
    } else {
        return format!("{count} Byte");
    };
    format!("{} {unit}", agenda_core::numbers::fixed(value, 1)).replace('.', ",")
}

pub fn hours(h: u64) -> String {
    format!(
        "{} Stunden",
        crate::format::thousands(usize::try_from(h).unwrap_or(usize::MAX))
    )
}
