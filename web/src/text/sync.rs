//! The live sync through CouchDB.

use agenda_core::Agenda;
use agenda_core::rights::Actor;

use super::{ROLE_LEADERSHIP, ROLE_NAVIGATOR, role_department};

pub const SYNC_HEADING: &str = "Live-Abgleich über CouchDB (optional)";

pub const SYNC_INTRO: &str = "Ohne Server arbeitet jede Kopie für sich; Beiträge kommen als Dateien. \
Betreibt die IT der Kommune oder des Landkreises eine CouchDB-Datenbank für diese Agenda, \
kommen die Änderungen aller verbundenen Browser von selbst an. Diese Kopie bleibt die \
Arbeitskopie: ohne Verbindung wird weitergearbeitet, und die Änderungen gehen hinaus, \
sobald der Server wieder erreichbar ist. Gleichzeitige Änderungen an derselben Stelle \
werden wie beim Zusammenführen aufgelistet.";

pub const SYNC_URL_LABEL: &str = "Adresse der Datenbank";

pub const SYNC_URL_HINT: &str = "z. B. /couchdb/agenda-musterstadt (über den Server dieser Seite) \
oder https://couch.landkreis.de/agenda-musterstadt";

pub const SYNC_USER_LABEL: &str = "Benutzername (CouchDB)";

pub const SYNC_PASSWORD_LABEL: &str = "Passwort";

pub const SYNC_PASSWORD_HINT: &str = "Wird nur zur Anmeldung gesendet und nicht gespeichert; \
die Sitzung hält ein Cookie der Datenbank.";

pub const SYNC_CONNECT: &str = "Verbinden";

pub const SYNC_LOG_IN_AGAIN: &str = "Erneut anmelden";

pub const SYNC_DISCONNECT: &str = "Verbindung trennen";

pub const SYNC_OFF: &str = "Nicht verbunden. Es verlässt nichts diese Seite.";

pub const SYNC_CONNECTING: &str = "Verbindung wird hergestellt …";

pub const SYNC_BAD_URL: &str = "Die Adresse passt nicht: erlaubt sind ein Pfad auf diesem Server \
(beginnt mit /) oder eine https-Adresse; der letzte Teil ist der Name der Datenbank \
(Kleinbuchstaben, Ziffern, _ $ ( ) + -).";

pub const SYNC_NO_DATABASE: &str = "Diese Datenbank gibt es auf dem Server nicht. Die IT richtet \
sie ein (docs/sync.md).";

pub const SYNC_LOGIN_NEEDED: &str = "Anmeldung nötig: die Sitzung ist abgelaufen oder Name und \
Passwort passen nicht. Bis zur neuen Anmeldung bleiben die Änderungen hier.";

pub const SYNC_BAD_ANSWER: &str = "Der Server hat unverständlich geantwortet.";

/// The login's roles in the connected database.
pub fn sync_roles(roles: &[Actor], agenda: &Agenda) -> String {
    if roles.is_empty() {
        return "Ihre Anmeldung hat in dieser Datenbank keine Rolle: Sie sehen die Agenda, ändern \
können Sie nichts. Rollen trägt die IT ein (scripts/couchdb-setup.sh)."
            .to_owned();
    }
    let names: Vec<String> = roles
        .iter()
        .map(|r| match r {
            Actor::Leadership => ROLE_LEADERSHIP.to_owned(),
            Actor::Navigator => ROLE_NAVIGATOR.to_owned(),
            Actor::Department(id) => role_department(
                agenda
                    .department(*id)
                    .map_or("(nicht in dieser Agenda)", |d| d.name()),
            ),
        })
        .collect();
    format!(
        "Ihre Rollen in dieser Datenbank: {}. Die Datenbank nimmt nur an, was diese Rollen ändern dürfen.",
        names.join(", ")
    )
}

pub const SYNC_REFUSED_HEADING: &str =
    "Vom Server abgelehnte Dokumente (die Agenda blieb unverändert):";

/// The status line while connected (a live region: it changes only when
/// the state does, so a screen reader is not told the time every round).
pub fn sync_connected(url: &str, user: &str) -> String {
    if user.is_empty() {
        format!("Verbunden mit {url}.")
    } else {
        format!("Verbunden mit {url} als {user}.")
    }
}

/// When data last went to or came from the server.
pub fn sync_last(at: &str) -> String {
    format!("Letzter Abgleich: {at} Uhr.")
}

/// The status line while the server cannot be reached.
pub fn sync_offline(detail: &str) -> String {
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(" ({detail})")
    };
    format!(
        "Offline: der Server ist nicht erreichbar{detail}. Die Änderungen bleiben hier gespeichert \
und gehen hinaus, sobald die Verbindung zurück ist."
    )
}

/// A server's refusal.
pub fn sync_server_error(status: u16, reason: &str) -> String {
    if reason.is_empty() {
        format!("Fehler: der Server antwortete mit Status {status}.")
    } else {
        format!("Fehler: der Server antwortete mit Status {status} ({reason}).")
    }
}
