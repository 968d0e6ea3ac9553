//! The start screen, the recovery of unreadable data and a shared link.

/// What `index.html` says until the app has arrived.
pub const LOADING: &str = "Die Digitale Agenda wird geladen …";

/// What `index.html` says when the app's script or wasm could not load.
pub const LOAD_FAILED: &str = "Die Digitale Agenda konnte nicht geladen werden. Bitte laden \
Sie die Seite neu; hilft das nicht, ist sie auf dem Server unvollständig.";

pub const START_HEADING: &str = "Willkommen bei der Digitalen Agenda";

pub const START_INTRO: &str = "Hier entsteht die Digitalisierungsstrategie Ihrer Kommune: \
Die Verwaltungsspitze formuliert Leitbild und Leitplanken, die Fachbereiche bringen ihre \
Sicht ein, und der Digital-Navigator setzt die Strategie in Projekte um. Die Daten bleiben \
in diesem Browser, bis Sie sie weitergeben.";

pub const START_DEMO: &str = "Beispiel „Musterstadt“ ansehen";

pub const START_DEMO_HINT: &str =
    "Eine ausgefüllte Beispiel-Agenda zum Ausprobieren. Sie können alles ändern.";

pub const START_EMPTY: &str = "Mit leerer Agenda beginnen";

pub const START_EMPTY_HINT: &str = "Für Ihre eigene Kommune.";

pub const START_FILE: &str = "Agenda-Datei öffnen";

pub const START_FILE_HINT: &str = "Eine Datei, die jemand mit „Dateien → Agenda als JSON herunterladen“ \
weitergegeben hat (.json).";

/// Why a file chosen on the start screen was not opened.
pub fn start_file_failed(reason: &str) -> String {
    format!("Die Datei wurde nicht geöffnet: {reason}")
}

pub const START_TOGETHER_HEADING: &str = "So arbeitet Ihre Kommune zusammen";

pub const START_TOGETHER: &str = "Jede Person arbeitet in ihrem eigenen Browser, und ihre Daten \
bleiben dort, bis sie sie weitergibt. Wer die Agenda anlegt, meist der Digital-Navigator, gibt \
sie als Datei oder über eine gemeinsame Datenbank (Live-Abgleich) an Verwaltungsspitze und \
Fachbereiche weiter. Die Fachbereiche schicken ihre Beiträge und Punkte als Datei zurück oder tragen sie im \
Live-Abgleich direkt ein; die App führt alles zusammen, ohne etwas zu überschreiben.";

pub const SHARED_HEADING: &str = "Geteilte Digitale Agenda – nur lesen";

pub const SHARED_INTRO: &str = "Diese Agenda kommt vollständig aus dem Link, den Sie geöffnet \
haben. Sie ist noch nicht in diesem Browser gespeichert.";

pub const SHARED_TAKE: &str = "In diesen Browser übernehmen";

pub const SHARED_TAKE_HINT: &str = "Ersetzt die Agenda in diesem Browser. Ein bisheriger Stand \
lässt sich danach mit „Rückgängig“ zurückholen.";

pub const SHARED_LEAVE: &str = "Zur eigenen Agenda";

pub const SHARED_READING: &str = "Die Agenda wird aus dem Link gelesen …";

pub const RECOVERY_HEADING: &str = "Die gespeicherte Agenda kann nicht geöffnet werden";

pub const RECOVERY_KEPT: &str = "Die gespeicherten Daten bleiben unverändert im Browser. \
Nichts wird überschrieben, solange Sie es nicht ausdrücklich wählen.";

pub const RECOVERY_DOWNLOAD: &str = "Gespeicherte Rohdaten herunterladen";

pub const RECOVERY_BACKUP_AND_START: &str = "Rohdaten sichern und neu beginnen";

pub const RECOVERY_BACKUP_HINT: &str = "Legt eine Kopie der Rohdaten unter einem eigenen \
Schlüssel im Browser ab und öffnet danach den Start. Die Kopie bleibt erhalten.";

pub const RECOVERY_DETAILS: &str = "Technische Einzelheiten";

#[cfg(test)]
mod tests {
    /// `index.html` paints the start screen before the wasm arrives: its
    /// texts are these, word for word (whitespace aside).
    #[test]
    fn the_first_screen_in_index_html_says_what_the_start_screen_says() {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let page = words(include_str!("../../../index.html"));
        for text in [
            super::START_HEADING,
            super::START_INTRO,
            super::START_DEMO,
            super::START_DEMO_HINT,
            super::START_EMPTY,
            super::START_EMPTY_HINT,
            super::START_FILE,
            super::START_FILE_HINT,
            super::START_TOGETHER_HEADING,
            super::START_TOGETHER,
            super::LOADING,
            super::LOAD_FAILED,
        ] {
            assert!(page.contains(&words(text)), "index.html lacks: {text}");
        }
    }
}
