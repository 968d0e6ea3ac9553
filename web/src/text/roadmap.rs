//! "Roadmap": the timeline and its tables by year.

use agenda_core::Date;

pub const ROADMAP_HEADING: &str = "Roadmap nach Quartalen";

pub const ROADMAP_TITLE: &str = "Zeitplan der Projekte mit Meilensteinen";

pub const ROADMAP_EMPTY: &str = "Noch keine Projekte mit Terminen.";

pub const ROADMAP_CAPTION: &str = "Balken: Laufzeit; Raute: Meilenstein (gefüllt = erreicht, \
rot umrandet = überfällig); Quadrat: Frist eines Förderprogramms; gestrichelte Linie: heute.";

/// Shows the roadmap as a table per year instead of the chart.
pub const ROADMAP_AS_TABLES: &str = "Als Tabelle je Jahr";

pub const ROADMAP_BY_YEAR_CAPTION: &str = "Balken: Laufzeit; Kreis: Meilenstein (gefüllt = erreicht, \
rot = überfällig); \
Quadrat: Frist eines Förderprogramms; gestrichelte Linie: heute.";

pub const TODAY: &str = "heute";

/// The caption of the roadmap table of one year.
pub fn roadmap_year(year: i32) -> String {
    format!("Roadmap {year}")
}

pub fn grant_tooltip(g: &agenda_core::kaemmerei::finance::Grant, due: Date) -> String {
    format!(
        "Förderfrist {}: {} ({})",
        due.to_german(),
        g.name,
        agenda_core::vocabulary::grant_status(g.status)
    )
}

pub fn milestone_tooltip(title: &str, due: Date, done: bool, overdue: bool) -> String {
    let state = match (done, overdue) {
        (true, _) => "erreicht",
        (false, true) => "überfällig",
        (false, false) => "offen",
    };
    format!("{title}: {} ({state})", due.to_german())
}

pub fn undated_projects(n: usize) -> String {
    match n {
        1 => "1 Projekt ohne Termine ist nicht eingezeichnet.".into(),
        n => format!("{n} Projekte ohne Termine sind nicht eingezeichnet."),
    }
}

/// The period the chart shows, so that a chart wider than the screen says
/// where it ends.
pub fn roadmap_period(first: String, last: String) -> String {
    format!("Zeitraum {first} bis {last}.")
}

/// Beside a project in the roadmap by year and in the council document.
pub fn overdue_milestones(n: usize) -> String {
    match n {
        1 => " – 1 Meilenstein überfällig".into(),
        n => format!(" – {n} Meilensteine überfällig"),
    }
}
