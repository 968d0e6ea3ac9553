//! "Board": projects by status.

use agenda_core::ProjectStatus;

pub const BOARD_HEADING: &str = "Projekte nach Status";

pub const BOARD_INTRO: &str = "Den Status eines Projekts wählen und „Setzen“ drücken: Das Projekt \
wechselt in die Spalte, und der Wechsel wird als eine Statusmeldung mit Datum festgehalten.";

pub const BOARD_SET: &str = "Setzen";

pub fn board_status_label(title: &str) -> String {
    format!("Status von „{title}“")
}

pub fn moved_status(from: ProjectStatus, to: ProjectStatus) -> String {
    format!(
        "Auf dem Projektboard von „{}“ auf „{}“ gesetzt.",
        agenda_core::vocabulary::project_status(from),
        agenda_core::vocabulary::project_status(to)
    )
}
