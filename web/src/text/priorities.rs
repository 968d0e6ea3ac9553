//! "Priorisierung": points and rankings.

use agenda_core::{PriorityMethod, PrioritySubject};

use super::*;

pub const PRIORITIES_HEADING: &str = "Punkte und Rangfolgen der Fachbereiche";
pub const PRIORITIES_BY_DEPARTMENTS: &str = "Punkte und Rangfolgen geben die Fachbereiche selbst (der Digital-Navigator moderiert); das gemeinsame Ergebnis steht unter „Ergebnis“.";

pub const SETTINGS_LEGEND: &str = "Einstellungen der Verwaltungsspitze";

pub const SUBJECT_LABEL: &str = "Was wird priorisiert?";

pub const SUBJECT_FIELDS: &str = "Handlungsfelder";

pub const SUBJECT_GUIDELINES: &str = "Leitplanken";

pub const SUBJECT_IDEAS: &str = "Projektideen";

pub const METHOD_LABEL: &str = "Verfahren";

pub const METHOD_POINTS: &str = "Punkte verteilen";

pub const METHOD_RANKING: &str = "Rangfolge bilden";

pub const BUDGET_LABEL: &str = "Punkte je Fachbereich";

pub const CAP_LABEL: &str = "Höchstens je Eintrag";

pub const BOARD_FOR_LABEL: &str = "Stimmabgabe für";

pub const NO_ITEMS_YET: &str = "Es gibt noch nichts zu priorisieren.";

pub const RANKING_NOT_SET: &str = "Noch keine Rangfolge abgegeben. Ordnen Sie die Einträge mit \
den Pfeilen oder übernehmen Sie die angezeigte Reihenfolge.";

pub const RANKING_ACCEPT: &str = "Diese Reihenfolge übernehmen";

pub fn priorities_intro(
    subject: PrioritySubject,
    method: PriorityMethod,
    budget: u32,
    cap: u32,
) -> String {
    match method {
        PriorityMethod::Points => format!(
            "Jeder Fachbereich verteilt {budget} Punkte auf {}, höchstens {cap} je Eintrag – wie \
Klebepunkte auf dem Flipchart.",
            subject_name(subject)
        ),
        PriorityMethod::Ranking => format!(
            "Jeder Fachbereich bringt {} in eine Rangfolge, das Wichtigste zuerst.",
            subject_name(subject)
        ),
    }
}

pub fn board_heading(department: &str) -> String {
    format!("Stimmabgabe: {department}")
}

pub fn points_left(left: u32, budget: u32) -> String {
    match left {
        1 => format!("Noch 1 von {budget} Punkten frei"),
        n => format!("Noch {n} von {budget} Punkten frei"),
    }
}

/// When the items cannot take the whole budget.
pub fn points_most(most: u32) -> String {
    format!(
        "Bei so wenigen Einträgen lassen sich höchstens {most} Punkte vergeben; der Rest bleibt frei."
    )
}

pub fn points_value(points: u32) -> String {
    match points {
        1 => "1 Punkt".into(),
        n => format!("{n} Punkte"),
    }
}

pub fn more_points_label(item: &str) -> String {
    format!("Einen Punkt mehr für „{item}“")
}

pub fn less_points_label(item: &str) -> String {
    format!("Einen Punkt weniger für „{item}“")
}
