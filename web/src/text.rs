//! Every word the user reads, in German, in one place. An English
//! translation follows by adding a sibling module with the same items.

use agenda_core::{AgendaError, Kind, LoadError, TextField};

pub const APP_TITLE: &str = "Digitale Agenda";
pub const SKIP_TO_CONTENT: &str = "Zum Inhalt springen";
pub const NAV_LABEL: &str = "Bereiche";
pub const NAV_STRATEGY: &str = "Leitbild & Leitplanken";

// Start screen
pub const START_HEADING: &str = "Willkommen bei der Digitalen Agenda";
pub const START_INTRO: &str = "Hier entsteht die Digitalisierungsstrategie Ihrer Kommune: \
Die Verwaltungsspitze formuliert Leitbild und Leitplanken, die Fachbereiche bringen ihre \
Sicht ein, und der Digital-Navigator setzt die Strategie in Projekte um. Alle Daten bleiben \
in diesem Browser.";
pub const START_DEMO: &str = "Beispiel „Musterstadt“ ansehen";
pub const START_DEMO_HINT: &str =
    "Eine ausgefüllte Beispiel-Agenda zum Ausprobieren. Sie können alles ändern.";
pub const START_EMPTY: &str = "Mit leerer Agenda beginnen";
pub const START_EMPTY_HINT: &str = "Für Ihre eigene Kommune.";

// Leitbild
pub const VISION_HEADING: &str = "Leitbild";
pub const VISION_INTRO: &str =
    "Ein bis zwei Sätze: Wo will die Kommune mit der Digitalisierung hin?";
pub const MUNICIPALITY_LABEL: &str = "Name der Kommune";
pub const MUNICIPALITY_PLACEHOLDER: &str = "z. B. Stadt Musterstadt";
pub const VISION_LABEL: &str = "Leitbild";
pub const VISION_SAVE: &str = "Leitbild speichern";
pub const VISION_SAVED: &str = "Leitbild gespeichert.";
pub const VISION_EMPTY: &str = "Noch kein Leitbild formuliert.";

// Leitplanken
pub const GUIDELINES_HEADING: &str = "Leitplanken";
pub const GUIDELINES_INTRO: &str = "Strategische Leitplanken geben die Richtung vor. Sie sind \
Strategie, keine Aufgaben: ohne Termine, Budgets oder Zuständige – dafür gibt es Projekte.";
pub const GUIDELINES_EMPTY: &str = "Noch keine Leitplanken. Legen Sie unten die erste an.";
pub const GUIDELINE_ADD_HEADING: &str = "Neue Leitplanke";
pub const GUIDELINE_TITLE_LABEL: &str = "Titel";
pub const GUIDELINE_DESCRIPTION_LABEL: &str = "Beschreibung";
pub const GUIDELINE_RATIONALE_LABEL: &str = "Begründung";
pub const GUIDELINE_ADD: &str = "Leitplanke hinzufügen";
pub const GUIDELINE_SAVE: &str = "Änderungen speichern";
pub const CANCEL: &str = "Abbrechen";
pub const EDIT: &str = "Bearbeiten";
pub const DELETE: &str = "Löschen";
pub const MOVE_UP: &str = "Nach oben";
pub const MOVE_DOWN: &str = "Nach unten";
pub const ADOPT: &str = "Beschließen";
pub const UNADOPT: &str = "Zurück auf Entwurf";
pub const STATUS_DRAFT: &str = "Entwurf";
pub const STATUS_ADOPTED: &str = "Beschlossen";
pub const RATIONALE_PREFIX: &str = "Begründung: ";
pub const TITLE_REQUIRED: &str = "Bitte geben Sie einen Titel ein.";
pub const UNDO: &str = "Rückgängig";
pub const DISMISS: &str = "Schließen";

pub fn guideline_count(n: usize) -> String {
    match n {
        1 => "1 Leitplanke".into(),
        n => format!("{n} Leitplanken"),
    }
}

pub fn position_label(position: usize, total: usize) -> String {
    format!("Position {position} von {total}")
}

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

pub fn adopt_label(title: &str) -> String {
    format!("„{title}“ beschließen")
}

pub fn unadopt_label(title: &str) -> String {
    format!("„{title}“ zurück auf Entwurf setzen")
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

pub fn restored(title: &str) -> String {
    format!("Leitplanke „{title}“ wiederhergestellt.")
}

pub fn chars_left(left: usize) -> String {
    format!("noch {left} Zeichen")
}

// Saving
pub const SAVE_OK: &str = "Gespeichert";
pub const SAVE_PENDING: &str = "Noch nicht gespeichert";
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
    format!(
        "Der Browser hat das Speichern abgelehnt ({detail}). Ihre Änderungen sind nur in diesem Fenster vorhanden."
    )
}
pub const DOWNLOAD_AGENDA: &str = "Agenda als Datei herunterladen";

// Recovery
pub const RECOVERY_HEADING: &str = "Die gespeicherte Agenda kann nicht geöffnet werden";
pub const RECOVERY_KEPT: &str = "Die gespeicherten Daten bleiben unverändert im Browser. \
Nichts wird überschrieben, solange Sie es nicht ausdrücklich wählen.";
pub const RECOVERY_DOWNLOAD: &str = "Gespeicherte Rohdaten herunterladen";
pub const RECOVERY_BACKUP_AND_START: &str = "Rohdaten sichern und neu beginnen";
pub const RECOVERY_BACKUP_HINT: &str = "Legt eine Kopie der Rohdaten unter einem eigenen \
Schlüssel im Browser ab und öffnet danach den Start. Die Kopie bleibt erhalten.";
pub const RECOVERY_DETAILS: &str = "Technische Einzelheiten";
pub fn recovery_backup_failed(detail: &str) -> String {
    format!(
        "Die Sicherungskopie konnte nicht angelegt werden ({detail}). Bitte laden Sie die Rohdaten herunter."
    )
}

/// Explains in German why stored data could not be loaded.
pub fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::NewerVersion { found, supported } => format!(
            "Die Daten stammen aus einer neueren Version der Digitalen Agenda (Datenformat {found}); \
diese Version kennt nur bis Format {supported}. Bitte öffnen Sie die Agenda mit der neueren Version."
        ),
        LoadError::TooLarge { actual, max } => format!(
            "Die Daten sind mit {} zu groß (höchstens {}).",
            bytes(*actual),
            bytes(*max)
        ),
        LoadError::Syntax(_) => "Die Daten sind beschädigt oder unvollständig.".into(),
        LoadError::MissingVersion | LoadError::UnknownOldVersion { .. } => {
            "Die Daten haben kein bekanntes Datenformat.".into()
        }
        LoadError::Shape(_) => "Die Daten enthalten unbekannte oder fehlende Felder.".into(),
        LoadError::Invalid(inner) => format!("Die Daten sind ungültig: {}", agenda_error(inner)),
    }
}

fn field_name(field: TextField) -> &'static str {
    match field {
        TextField::Municipality => "Name der Kommune",
        TextField::Vision => "Leitbild",
        TextField::GuidelineTitle => "Titel der Leitplanke",
        TextField::GuidelineDescription => "Beschreibung der Leitplanke",
        TextField::GuidelineRationale => "Begründung der Leitplanke",
        TextField::FieldName => "Name des Handlungsfelds",
        TextField::DepartmentName => "Name des Fachbereichs",
        TextField::DepartmentShortName => "Kurzname des Fachbereichs",
        TextField::DepartmentHead => "Leitung des Fachbereichs",
        TextField::PerspectiveText => "Text des Beitrags",
        TextField::CardText => "Text der Karte",
        TextField::IdeaTitle => "Titel der Projektidee",
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Guideline => "Leitplanke",
        Kind::Field => "Handlungsfeld",
        Kind::Department => "Fachbereich",
        Kind::Perspective => "Beitrag",
        Kind::Card => "Karte",
        Kind::Idea => "Projektidee",
    }
}

/// Explains in German why an action was refused.
pub fn agenda_error(error: &AgendaError) -> String {
    match error {
        AgendaError::Empty { field } => format!("„{}“ darf nicht leer sein.", field_name(*field)),
        AgendaError::TooLong { field, max, actual } => format!(
            "„{}“ ist mit {actual} Zeichen zu lang (höchstens {max}).",
            field_name(*field)
        ),
        AgendaError::ControlCharacters { field } => {
            format!(
                "„{}“ enthält unzulässige Steuerzeichen.",
                field_name(*field)
            )
        }
        AgendaError::UnknownGuideline(_) => {
            "Diese Leitplanke gibt es nicht mehr (vielleicht wurde sie gerade gelöscht).".into()
        }
        AgendaError::DuplicateGuideline(_) => "Diese Leitplanke gibt es bereits.".into(),
        AgendaError::PositionOutOfRange { .. } => {
            "Die Leitplanke kann nicht weiter verschoben werden.".into()
        }
        AgendaError::TooManyGuidelines { max } => {
            format!("Eine Agenda kann höchstens {max} Leitplanken enthalten.")
        }
        AgendaError::TooMany { kind, max } => {
            format!(
                "Höchstens {max} Einträge der Art „{}“ sind möglich.",
                kind_name(*kind)
            )
        }
        AgendaError::Unknown { kind, .. } => format!(
            "Diesen Eintrag ({}) gibt es nicht mehr (vielleicht wurde er gerade gelöscht).",
            kind_name(*kind)
        ),
        AgendaError::Duplicate { kind, .. } => {
            format!("Diesen Eintrag ({}) gibt es bereits.", kind_name(*kind))
        }
        AgendaError::DepartmentInUse(_) => "Der Fachbereich hat noch Beiträge, Karten oder \
Projektideen. Verschieben oder löschen Sie diese zuerst."
            .into(),
        AgendaError::WeightOutOfRange { max, .. } => {
            format!("Die Gewichtung muss zwischen 0 und {max} liegen.")
        }
        AgendaError::SettingOutOfRange { min, max, .. } => {
            format!("Bitte einen Wert von {min} bis {max} wählen.")
        }
        AgendaError::AlreadyAllocated { given, limit, .. } => format!(
            "Ein Fachbereich hat bereits {given} Punkte vergeben; {limit} wäre zu wenig. \
Nehmen Sie zuerst Punkte zurück."
        ),
        AgendaError::OverItemCap { max } => format!("Höchstens {max} Punkte pro Eintrag."),
        AgendaError::OverBudget { remaining } => match remaining {
            1 => "Es ist nur noch 1 Punkt übrig.".into(),
            n => format!("Es sind nur noch {n} Punkte übrig."),
        },
        AgendaError::NotPrioritised(_) => "Dieser Eintrag wird gerade nicht priorisiert.".into(),
        AgendaError::RankedTwice(_) => "Ein Eintrag steht doppelt in der Reihenfolge.".into(),
        AgendaError::InvalidBallot(_) => "Eine gespeicherte Stimmabgabe ist fehlerhaft.".into(),
    }
}

/// A byte count the way German users read it: "1,5 MB".
pub fn bytes(n: usize) -> String {
    #[allow(clippy::cast_precision_loss)] // sizes far below 2^52
    let n = n as f64;
    let (value, unit) = if n >= 1_000_000.0 {
        (n / 1_000_000.0, "MB")
    } else if n >= 1_000.0 {
        (n / 1_000.0, "kB")
    } else {
        return format!("{n} Byte");
    };
    format!("{value:.1} {unit}").replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_use_a_decimal_comma() {
        assert_eq!(bytes(512), "512 Byte");
        assert_eq!(bytes(1_500), "1,5 kB");
        assert_eq!(bytes(10_485_760), "10,5 MB");
    }

    #[test]
    fn plural_of_guidelines() {
        assert_eq!(guideline_count(1), "1 Leitplanke");
        assert_eq!(guideline_count(0), "0 Leitplanken");
        assert_eq!(guideline_count(3), "3 Leitplanken");
    }
}
