//! "Fachbereiche" and their perspectives.

use super::*;
use crate::format::*;

pub const NAME_REQUIRED: &str = "Bitte geben Sie einen Namen ein.";

pub fn guidelines_value(titles: &str) -> String {
    format!("Leitplanken: {titles}")
}

pub const DEPARTMENTS_HEADING: &str = "Fachbereiche und ihre Sicht";

pub const DEPARTMENTS_INTRO: &str = "Was für den einen zentral ist, ist für den anderen eine \
Randnotiz. Hier bringt jeder Fachbereich seine Herausforderungen, Bedarfe, Ideen, Best Practices \
und Risiken ein.";

pub const DEPARTMENTS_EMPTY: &str = "Noch keine Fachbereiche.";

pub const DEPARTMENT_ADD_HEADING: &str = "Fachbereich hinzufügen";

pub const DEPARTMENT_ADD: &str = "Fachbereich hinzufügen";

pub const DEPARTMENT_NAME_LABEL: &str = "Name";

pub const DEPARTMENT_SHORT_LABEL: &str = "Kurzname";

pub const DEPARTMENT_HEAD_LABEL: &str = "Leitung";

pub const WEIGHT_LABEL: &str = "Gewichtung";

pub const PERSPECTIVES_EMPTY: &str = "Noch keine Beiträge dieses Fachbereichs.";

pub const PERSPECTIVE_ADD_HEADING: &str = "Beitrag hinzufügen";

pub const PERSPECTIVE_ADD: &str = "Beitrag hinzufügen";

pub const PERSPECTIVE_TEXT_LABEL: &str = "Beitrag";

pub const RELATED_GUIDELINES: &str = "Bezug zu Leitplanken";

pub fn head_label(head: &str) -> String {
    format!("Leitung: {head}")
}

pub fn weight_value(weight: u32) -> String {
    format!("Gewichtung: {weight}")
}

/// Starts with the button's visible text, as WCAG 2.5.3 (label in name) asks.
pub fn perspective_to_project_label(text: &str) -> String {
    format!("{TO_PROJECT}: Beitrag „{}“", truncate(text, 60))
}
