//! "Board": projects by status.

use agenda_core::ProjectStatus;

pub const BOARD_HEADING: &str = "Projekte nach Status";

pub const BOARD_INTRO: &str = "Mit ◀ und ▶ wandert ein Projekt in die vorige oder nächste \
Spalte; das wird als Statusmeldung mit Datum festgehalten.";

pub fn move_status_label(title: &str, to: ProjectStatus) -> String {
    format!(
        "„{title}“ nach „{}“ verschieben",
        agenda_core::vocabulary::project_status(to)
    )
}

pub fn moved_status(from: ProjectStatus, to: ProjectStatus) -> String {
    format!(
        "Auf dem Projektboard von „{}“ nach „{}“ verschoben.",
        agenda_core::vocabulary::project_status(from),
        agenda_core::vocabulary::project_status(to)
    )
}
