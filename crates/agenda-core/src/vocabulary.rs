//! The German words for the core's enums, one table per enum. The project
//! CSV, the Markdown document, the council document and the web app all
//! read them from here, so a status or a rating reads the same everywhere
//! and an English edition changes one table per enum.
//!
//! Words only: explanations and labels around them (e.g. "hoch: sofort
//! beginnen") belong to the web's text catalogue.

use crate::analysis::ranking::Agreement;
use crate::competence::LEVEL_COUNT;
use crate::kaemmerei::finance::{BenefitKind, GrantStatus};
use crate::model::{GuidelineStatus, PerspectiveKind, PriorityBand, ProjectStatus};

/// A project's status.
pub const PROJECT_STATUS: [(ProjectStatus, &str); 6] = [
    (ProjectStatus::Idea, "Idee"),
    (ProjectStatus::Planned, "geplant"),
    (ProjectStatus::InProgress, "in Umsetzung"),
    (ProjectStatus::Completed, "abgeschlossen"),
    (ProjectStatus::Paused, "pausiert"),
    (ProjectStatus::Discarded, "verworfen"),
];

/// A project's priority band.
pub const PRIORITY_BAND: [(PriorityBand, &str); 3] = [
    (PriorityBand::High, "hoch"),
    (PriorityBand::Medium, "mittel"),
    (PriorityBand::Low, "niedrig"),
];

/// What a department's perspective is.
pub const PERSPECTIVE_KIND: [(PerspectiveKind, &str); 5] = [
    (PerspectiveKind::Challenge, "Herausforderung"),
    (PerspectiveKind::Need, "Bedarf"),
    (PerspectiveKind::Idea, "Idee"),
    (PerspectiveKind::BestPractice, "Best Practice"),
    (PerspectiveKind::Risk, "Risiko"),
];

/// A Leitplanke's status.
pub const GUIDELINE_STATUS: [(GuidelineStatus, &str); 2] = [
    (GuidelineStatus::Draft, "Entwurf"),
    (GuidelineStatus::Adopted, "beschlossen"),
];

/// How far the departments agree on an item (docs/prioritisation.md).
pub const AGREEMENT: [(Agreement, &str); 5] = [
    (Agreement::Consensus, "Konsens"),
    (Agreement::Contested, "umstritten"),
    (Agreement::SideNote, "Randnotiz"),
    (Agreement::LowPriority, "nachrangig"),
    (Agreement::Open, "offen"),
];

/// A benefit that does not count in money.
pub const BENEFIT_KIND: [(BenefitKind, &str); 4] = [
    (BenefitKind::LegalDuty, "Rechtspflicht"),
    (BenefitKind::Security, "Informationssicherheit"),
    (BenefitKind::CitizenService, "Bürgerservice"),
    (BenefitKind::StaffSatisfaction, "Mitarbeiterzufriedenheit"),
];

/// The weight of such a benefit, 1 to 3 (0: not rated, no word).
pub const RATING: [&str; 4] = ["", "gering", "mittel", "hoch"];

/// Where a funding application stands.
pub const GRANT_STATUS: [(GrantStatus, &str); 4] = [
    (GrantStatus::Planned, "geplant"),
    (GrantStatus::Applied, "beantragt"),
    (GrantStatus::Approved, "bewilligt"),
    (GrantStatus::Rejected, "abgelehnt"),
];

/// The Kompetenzrad's scale, level by level: (short name, description).
pub const COMPETENCE_LEVEL: [(&str, &str); LEVEL_COUNT] = [
    ("keine", "Keine Kenntnisse; das Thema ist neu."),
    (
        "Grundkenntnisse",
        "Kennt die Begriffe und Grundlagen, braucht bei der Anwendung Anleitung.",
    ),
    (
        "mit Unterstützung",
        "Wendet an, wenn jemand unterstützt oder eine Anleitung vorliegt.",
    ),
    (
        "selbstständig",
        "Wendet selbstständig und sicher an, auch in neuen Situationen.",
    ),
    (
        "kann andere anleiten",
        "Gibt das Wissen weiter, leitet andere an und entwickelt das Thema weiter.",
    ),
];

/// The word for `value` in `table` ("" if the table lacks it, which the
/// tests rule out for every table here).
pub fn word<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, w)| *w)
}

/// The value whose word is `text`, ignoring ASCII case (as typed into a
/// spreadsheet).
pub fn value_of<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    table
        .iter()
        .find(|(_, w)| w.eq_ignore_ascii_case(text))
        .map(|(v, _)| *v)
}

/// A project's status in German.
pub fn project_status(status: ProjectStatus) -> &'static str {
    word(&PROJECT_STATUS, status)
}

/// A priority band in German.
pub fn priority_band(band: PriorityBand) -> &'static str {
    word(&PRIORITY_BAND, band)
}

/// A perspective's kind in German.
pub fn perspective_kind(kind: PerspectiveKind) -> &'static str {
    word(&PERSPECTIVE_KIND, kind)
}

/// A Leitplanke's status in German.
pub fn guideline_status(status: GuidelineStatus) -> &'static str {
    word(&GUIDELINE_STATUS, status)
}

/// An agreement class in German.
pub fn agreement(agreement: Agreement) -> &'static str {
    word(&AGREEMENT, agreement)
}

/// A qualitative benefit's name in German.
pub fn benefit_kind(kind: BenefitKind) -> &'static str {
    word(&BENEFIT_KIND, kind)
}

/// A funding application's state in German.
pub fn grant_status(status: GrantStatus) -> &'static str {
    word(&GRANT_STATUS, status)
}

/// A rating's word ("" for 0 or out of range).
pub fn rating(rating: u8) -> &'static str {
    RATING.get(usize::from(rating)).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete<T: PartialEq + Copy + std::fmt::Debug>(table: &[(T, &'static str)], all: &[T]) {
        for value in all {
            let w = word(table, *value);
            assert!(!w.is_empty(), "{value:?} has no word");
            assert_eq!(value_of(table, w), Some(*value), "{w} reads back");
        }
        assert_eq!(table.len(), all.len(), "one word per value");
    }

    #[test]
    fn every_value_has_one_word_that_reads_back() {
        complete(&PROJECT_STATUS, &ProjectStatus::ALL);
        complete(
            &PRIORITY_BAND,
            &[PriorityBand::High, PriorityBand::Medium, PriorityBand::Low],
        );
        complete(&PERSPECTIVE_KIND, &PerspectiveKind::ALL);
        complete(
            &GUIDELINE_STATUS,
            &[GuidelineStatus::Draft, GuidelineStatus::Adopted],
        );
        complete(&AGREEMENT, &AGREEMENT.map(|(a, _)| a));
        complete(&BENEFIT_KIND, &BenefitKind::ALL);
        complete(&GRANT_STATUS, &GrantStatus::ALL);
        assert_eq!(
            value_of(&PROJECT_STATUS, "IN UMSETZUNG"),
            Some(ProjectStatus::InProgress)
        );
        assert_eq!(rating(2), "mittel");
        assert_eq!(rating(9), "");
    }
}
