//! "Dateien": export, import, merge, snapshots, storage and share links.

use super::*;
use crate::format::*;

pub const TEMPLATE_HEADING: &str = "Projektvorlagen aus anderen Kommunen";

pub const TEMPLATE_INTRO: &str = "Eine Projektvorlage ist ein Steckbrief ohne Namen von Personen \
und ohne interne Kennungen: Titel, Beschreibung, Wirkung, Kosten, Finanzierung, Meilensteine und \
Kennzahlen. Kommunen im Netzwerk der Digital-Navigatoren teilen so ihre Lösungen. Eine \
eingelesene Vorlage wird ein neues Projekt im Status „Idee“.";

pub const TEMPLATE_FILE_LABEL: &str = "Projektvorlage einlesen";

pub const TEMPLATE_HINT: &str = "Die Meilensteine werden ab heute im Rhythmus der Vorlage geplant. \
Rückgängig machen ist möglich.";

pub const TEMPLATE_NEEDS_DEPARTMENT: &str = "Legen Sie zuerst einen Fachbereich an: Jedes Projekt \
braucht eine Federführung.";

pub const TEMPLATE_IMPORTED: &str = "Projektvorlage als neue Projektidee übernommen.";

/// What a project CSV did: "2 Projekte aktualisiert, 1 neu, 0 unverändert."
pub fn csv_imported(updated: usize, added: usize, unchanged: usize) -> String {
    let projects = if updated == 1 { "Projekt" } else { "Projekte" };
    format!(
        "Aus der CSV-Datei: {updated} {projects} aktualisiert, {added} neu, {unchanged} unverändert."
    )
}

pub const SNAPSHOTS_HEADING: &str = "Sicherungsstände";

pub const SNAPSHOTS_INTRO: &str = "Die App legt selbst Sicherungsstände an: alle zehn Minuten, in \
denen gearbeitet wird, und immer vor dem Einlesen, Zusammenführen oder Wiederherstellen und vor \
einer Umstellung auf ein neues Datenformat. Die neuesten 20 bleiben erhalten; wird der Speicher \
knapp, fallen die ältesten zuerst weg – nie die aktuelle Agenda. Wiederherstellen lässt sich \
rückgängig machen.";

pub const SNAPSHOTS_EMPTY: &str = "Noch kein Sicherungsstand.";

pub fn snapshot_reason(reason: crate::platform::storage::SnapshotReason) -> &'static str {
    use crate::platform::storage::SnapshotReason::*;
    match reason {
        Auto => "automatisch",
        Import => "vor dem Einlesen einer Datei",
        Merge => "vor dem Zusammenführen",
        Restore => "vor dem Wiederherstellen",
        Migration => "vor der Umstellung auf das neue Datenformat",
        Refused => "vor dem Zurücknehmen einer vom Server abgelehnten Änderung",
    }
}

/// `2026-11-22T19-34-50` (UTC) as "22.11.2026, 19:34 Uhr (UTC)".
pub fn snapshot_time(taken: &str) -> String {
    let part = |from: usize, to: usize| taken.get(from..to).unwrap_or("");
    format!(
        "{}.{}.{}, {}:{} Uhr (UTC)",
        part(8, 10),
        part(5, 7),
        part(0, 4),
        part(11, 13),
        part(14, 16)
    )
}

pub fn snapshot_restore_label(time: &str) -> String {
    format!("Stand vom {time} wiederherstellen")
}

pub fn snapshot_restored(time: &str) -> String {
    format!("Stand vom {time} wiederhergestellt. Rückgängig machen ist möglich.")
}

pub const SNAPSHOT_COL_TIME: &str = "Zeitpunkt";

pub const SNAPSHOT_COL_REASON: &str = "Anlass";

pub const SNAPSHOT_COL_SIZE: &str = "Größe";

pub const SNAPSHOT_RESTORE: &str = "Wiederherstellen";

pub const SNAPSHOT_VIEW: &str = "Ansehen";

pub fn snapshot_view_label(time: &str) -> String {
    format!("Stand vom {time} ansehen")
}

pub fn snapshot_viewing(time: &str) -> String {
    format!("Stand vom {time} (nur lesen):")
}

pub const STORAGE_METER_LABEL: &str = "Speicher im Browser";

pub fn storage_usage(used: usize, budget: usize, percent: f64) -> String {
    format!(
        "{} % belegt ({} von etwa {} Zeichen). Ab 80 % warnt die App; sichern Sie die Agenda \
         dann als Datei und entfernen Sie alte Sicherungen.",
        decimal(percent, 1),
        thousands(used),
        thousands(budget)
    )
}

pub fn persisted(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => "Der Browser hat zugesagt, diese Daten dauerhaft aufzubewahren.",
        Some(false) => {
            "Der Browser hat nicht zugesagt, diese Daten dauerhaft aufzubewahren; er \
            könnte sie bei Speichermangel löschen. Sichern Sie die Agenda regelmäßig als Datei."
        }
        None => {
            "Ob der Browser die Daten dauerhaft aufbewahrt, ist noch nicht bekannt \
            (gefragt wird nach dem ersten Speichern)."
        }
    }
}

pub const SHARE_HEADING: &str = "Link teilen";

pub const SHARE_INTRO: &str = "Die Agenda steckt vollständig im Link (hinter dem #), kein Server \
sieht sie. Wer den Link öffnet, sieht die Agenda nur lesend und kann sie in den eigenen Browser \
übernehmen – etwa eine Nachbarkommune, die von Ihrer Strategie lernen möchte.";

pub const SHARE_ALL: &str = "Link für die ganze Agenda erzeugen";

pub const SHARE_STRATEGY: &str = "Link nur für die Strategie erzeugen";

pub const SHARE_LINK_LABEL: &str = "Link zum Weitergeben";

pub const SHARE_LINK_HINT: &str = "Markieren und kopieren Sie den Link, z. B. für eine E-Mail.";

pub const FILES_HEADING: &str = "Agenda als Datei";

pub const FILES_INTRO: &str = "Die Agenda verlässt den Browser nur, wenn Sie sie weitergeben: \
als Datei, als Link oder über den Live-Abgleich unten. JSON enthält alles und lässt sich wieder einlesen; Markdown eignet sich für \
E-Mail, Wiki und Ratsvorlage.";

pub const EXPORT_JSON: &str = "Agenda als JSON herunterladen";

pub const EXPORT_MARKDOWN: &str = "Agenda als Markdown herunterladen";

pub const IMPORT_LABEL: &str = "Agenda aus JSON-Datei einlesen";

pub const IMPORT_HINT: &str = "Ersetzt die Agenda in diesem Browser. Der bisherige Stand bleibt \
erhalten und lässt sich mit „Rückgängig“ zurückholen.";

pub fn import_failed(reason: &str) -> String {
    format!("Die Datei wurde nicht übernommen: {reason} Ihre Agenda ist unverändert.")
}

pub fn file_too_large(size: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let size = size as usize;
    format!(
        "Die Datei ist mit {} zu groß (höchstens {}).",
        bytes(size),
        bytes(agenda_core::model::limits::MAX_STORED_BYTES)
    )
}

pub const FILE_UNREADABLE: &str = "Die Datei konnte nicht gelesen werden.";

pub const EXPORT_CSV: &str = "Projekte als CSV für Excel herunterladen";

pub const IMPORT_CSV_LABEL: &str = "Projekte aus CSV-Datei einlesen";

pub const IMPORT_CSV_HINT: &str = "Spalten wie beim Herunterladen; Pflicht sind „Titel“ und \
„Federführung“. Eine Zeile mit „Kennung“ aktualisiert ihr Projekt (Meilensteine und Kennzahlen \
bleiben), eine Zeile ohne wird ein neues Projekt. Fachbereiche, Leitplanken und Handlungsfelder \
werden über ihren Namen gefunden; der Fortschritt wird berechnet, nicht eingelesen. Enthält eine \
Zeile einen Fehler, wird nichts übernommen.";

pub const CSV_ERRORS_HEADING: &str = "Die CSV-Datei wurde nicht übernommen:";

pub const CONTRIBUTION_HEADING: &str = "Beiträge der Fachbereiche";

pub const CONTRIBUTION_INTRO: &str = "Ein Fachbereich arbeitet in seinem Browser an einer Kopie der \
Agenda (als JSON eingelesen), trägt Perspektiven, Punkte und Projektvorschläge ein und gibt dann \
seinen Beitrag als Datei weiter. Das Digital-Navigator-Team führt alle Beiträge zusammen – in \
beliebiger Reihenfolge, auch mehrfach: Das Ergebnis ist immer dasselbe, Gelöschtes bleibt gelöscht.";

pub fn export_contribution(department: &str) -> String {
    format!("Beitrag von {department} herunterladen")
}

pub const CONTRIBUTION_NEEDS_ROLE: &str = "Einen Beitrag exportieren Fachbereiche: Wählen Sie oben \
die Rolle Ihres Fachbereichs.";

pub const MERGE_LABEL: &str = "Beitrag oder Kopie zusammenführen";

pub const MERGE_HINT: &str = "Übernimmt neuere Änderungen aus der Datei, ohne Ihre eigenen zu \
überschreiben. Wurde dasselbe Feld an beiden Stellen geändert, gilt die neuere Änderung; beide \
Werte werden unten aufgelistet. Der vorherige Stand lässt sich mit „Rückgängig“ zurückholen.";

pub fn merged_summary(source: Option<&str>, changed: usize) -> String {
    let from = source.map_or_else(
        || "Die Datei".to_owned(),
        |d| format!("Der Beitrag von {d}"),
    );
    match changed {
        0 => format!("{from} enthielt nichts Neues."),
        1 => format!("{from} wurde zusammengeführt: 1 Angabe übernommen."),
        n => format!("{from} wurde zusammengeführt: {n} Angaben übernommen."),
    }
}
