//! Who changed what: the name in the header and the history of a
//! Leitplanke, a perspective or a Steckbrief.

pub const AUTHOR_LABEL: &str = "Ihr Name";

pub const AUTHOR_HINT: &str = "Steht im Verlauf bei Ihren Änderungen. Ohne Live-Abgleich prüft \
niemand den Namen; er wird als ungeprüft gezeigt.";

pub fn author_login(name: &str) -> String {
    format!("Angemeldet als {name}")
}

/// The person of a change: the name, said unchecked where no server
/// checked it.
pub fn changed_by(name: &str, checked: bool) -> String {
    let name = if name.is_empty() { "Unbekannt" } else { name };
    if checked {
        name.to_owned()
    } else {
        format!("{name} (ohne Anmeldung, ungeprüft)")
    }
}

pub fn last_changed(by: &str, when: &str) -> String {
    format!("Zuletzt geändert von {by} am {when}")
}

pub fn history_summary(count: usize) -> String {
    match count {
        1 => "Verlauf: 1 Änderung".to_owned(),
        n => format!("Verlauf: {n} Änderungen"),
    }
}

pub const HISTORY_NOTE: &str = "Die Änderungen einer Person innerhalb einer halben Stunde stehen \
in einer Zeile; die letzten zwölf Zeilen bleiben.";

pub fn history_line(when: &str, by: &str) -> String {
    format!("{when}: {by}")
}

/// A moment as German users read it, e.g. `05.12.2026, 14:05 Uhr`.
pub fn date_time(date: &str, hours: u8, minutes: u8) -> String {
    format!("{date}, {hours:02}:{minutes:02} Uhr")
}

pub fn doc_contributors(names: &str) -> String {
    format!("Beiträge von: {names}")
}
