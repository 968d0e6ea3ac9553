//! "Leitbild & Leitplanken".

use agenda_core::analysis::strategy_check::Rule;

pub const VISION_HEADING: &str = "Leitbild";

pub const VISION_INTRO: &str =
    "Ein bis zwei Sätze: Wo will die Kommune mit der Digitalisierung hin?";

pub const MUNICIPALITY_LABEL: &str = "Name der Kommune";

pub const MUNICIPALITY_PLACEHOLDER: &str = "z. B. Stadt Musterstadt";

pub const VISION_LABEL: &str = "Leitbild";

pub const VISION_SAVE: &str = "Leitbild speichern";

pub const VISION_EMPTY: &str = "Noch kein Leitbild formuliert.";

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

pub const MOVE_UP: &str = "Nach oben";

pub const MOVE_DOWN: &str = "Nach unten";

pub const ADOPT: &str = "Beschließen";

pub const DECIDED_BY_LEADERSHIP: &str = "Sie können Leitplanken entwerfen und Entwürfe \
überarbeiten. Leitbild und Handlungsfelder, beschlossene Leitplanken sowie Beschließen und \
Löschen sind Sache der Verwaltungsspitze.";

pub const UNADOPT: &str = "Zurück auf Entwurf";

pub const STATUS_DRAFT: &str = "Entwurf";

pub const STATUS_ADOPTED: &str = "Beschlossen";

pub const RATIONALE_PREFIX: &str = "Begründung: ";

pub const TITLE_REQUIRED: &str = "Bitte geben Sie einen Titel ein.";

pub fn guideline_count(n: usize) -> String {
    match n {
        1 => "1 Leitplanke".into(),
        n => format!("{n} Leitplanken"),
    }
}

pub fn position_label(position: usize, total: usize) -> String {
    format!("Position {position} von {total}")
}

pub fn adopt_label(title: &str) -> String {
    format!("„{title}“ beschließen")
}

pub fn unadopt_label(title: &str) -> String {
    format!("„{title}“ zurück auf Entwurf setzen")
}

pub fn chars_left(left: usize) -> String {
    format!("noch {left} Zeichen")
}

pub fn field_select_label(title: &str) -> String {
    format!("Handlungsfeld von „{title}“")
}

pub const CHECK_HEADING: &str = "Strategie-Check: Klingt nach Projekt.";

pub const CONVERT_TO_PROJECT: &str = "In Projekt umwandeln";
pub const CONVERT_BY_NAVIGATOR: &str =
    "Ein Projekt daraus macht der Digital-Navigator, solange die Leitplanke ein Entwurf ist.";

pub const CONVERT: &str = "Umwandeln";

pub const CONVERT_SERVES: &str = "verfolgt Leitplanke";

/// Exactly what keeps a Leitplanke from becoming a project.
pub fn convert_blocked(no_department: bool, no_other_guideline: bool) -> String {
    let department = "ein Fachbereich, der das Projekt führt (unter „Fachbereiche“ anzulegen)";
    let guideline = "eine weitere Leitplanke, der das Projekt dienen kann";
    match (no_department, no_other_guideline) {
        (true, true) => format!("Zum Umwandeln fehlen {department} und {guideline}."),
        (true, false) => format!("Zum Umwandeln fehlt {department}."),
        _ => format!("Zum Umwandeln fehlt {guideline}."),
    }
}

/// Starts with the button's visible text, as WCAG 2.5.3 (label in name) asks.
pub fn convert_label(title: &str) -> String {
    format!("{CONVERT_TO_PROJECT}: Leitplanke „{title}“")
}

pub fn check_findings(findings: &[(Rule, String)]) -> String {
    let parts: Vec<String> = findings
        .iter()
        .map(|(rule, word)| {
            let what = match rule {
                Rule::Date => "Datum",
                Rule::Money => "Geldbetrag",
                Rule::Product => "Produktname",
                Rule::ImplementationVerb => "Umsetzungsverb",
                Rule::Quantity => "Anzahl",
                Rule::Deliverable => "Arbeitsergebnis",
                Rule::WorkStep => "Arbeitsschritt",
                Rule::Place => "Ort",
            };
            format!("{what} „{word}“")
        })
        .collect();
    format!(
        "Enthält {}. Leitplanken beschreiben Richtung, Projekte die Umsetzung.",
        parts.join(", ")
    )
}
