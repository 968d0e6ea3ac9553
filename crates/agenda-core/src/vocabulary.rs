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
use crate::rights::Part;

// Each table lists the words in the order the enum declares its variants,
// so a word is found by the variant's index (`as usize`): one array and
// one bounds-checked read, no generic lookup per enum in the bundle. The
// tests check the order.

/// The parts of the rights matrix ([`Part`]) as a person names them, in
/// the accusative ("zuständig für …"), in declaration order (as `RULES`).
pub const PART: [&str; 28] = [
    "den Namen der Kommune",
    "das Leitbild",
    "die Sätze der Kämmerei",
    "die Einstellungen der Priorisierung",
    "Punkte und Rangfolgen eines Fachbereichs",
    "eine Leitplanke im Entwurf",
    "eine beschlossene Leitplanke",
    "die Reihenfolge der Leitplanken",
    "die Handlungsfelder",
    "die Reihenfolge der Handlungsfelder",
    "die Liste der Fachbereiche",
    "das Gewicht eines Fachbereichs",
    "die Reihenfolge der Fachbereiche",
    "eine Perspektive",
    "die Reihenfolge der Perspektiven",
    "eine Workshop-Karte",
    "die Reihenfolge der Workshop-Karten",
    "eine Projektidee",
    "die Reihenfolge der Projektideen",
    "ein Projekt",
    "die Reihenfolge der Projekte",
    "das Kompetenzrad",
    "die Reihenfolge der Kompetenzen",
    "eine Selbsteinschätzung im Kompetenzrad",
    "die Reihenfolge der Selbsteinschätzungen",
    "eine Mitarbeitendenbefragung",
    "die Reihenfolge der Befragungen",
    "einen Teil, den diese App nicht kennt",
];

/// A part of the rights matrix in German.
pub fn part(part: Part) -> &'static str {
    pick(&PART, part as usize)
}

/// A project's status.
pub const PROJECT_STATUS: [&str; 6] = [
    "Idee",
    "geplant",
    "in Umsetzung",
    "abgeschlossen",
    "pausiert",
    "verworfen",
];

/// The project states in declaration order (`ProjectStatus::ALL` is in
/// board order).
const STATUS_DECLARED: [ProjectStatus; 6] = [
    ProjectStatus::Idea,
    ProjectStatus::Planned,
    ProjectStatus::InProgress,
    ProjectStatus::Completed,
    ProjectStatus::Paused,
    ProjectStatus::Discarded,
];

/// A project's priority band.
pub const PRIORITY_BAND: [&str; 3] = ["hoch", "mittel", "niedrig"];

/// What a department's perspective is.
pub const PERSPECTIVE_KIND: [&str; 5] = [
    "Herausforderung",
    "Bedarf",
    "Idee",
    "Best Practice",
    "Risiko",
];

/// A Leitplanke's status.
pub const GUIDELINE_STATUS: [&str; 2] = ["Entwurf", "beschlossen"];

/// How far the departments agree on an item (docs/prioritisation.md).
pub const AGREEMENT: [&str; 6] = [
    "Konsens",
    "überwiegend dafür",
    "umstritten",
    "Randnotiz",
    "schwacher Rückhalt",
    "offen",
];

/// The two kinds of one-off Sachkosten, as a Kämmerei names them.
pub const ONE_OFF_KIND: [&str; 2] = ["investiv", "konsumtiv"];

/// A benefit that does not count in money.
pub const BENEFIT_KIND: [&str; 4] = [
    "Rechtspflicht",
    "Informationssicherheit",
    "Bürgerservice",
    "Mitarbeiterzufriedenheit",
];

/// The weight of such a benefit, 1 to 3 (0: not rated, no word).
pub const RATING: [&str; 4] = ["", "gering", "mittel", "hoch"];

/// Where a funding application stands.
pub const GRANT_STATUS: [&str; 4] = ["geplant", "beantragt", "bewilligt", "abgelehnt"];

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

/// The word at `index` ("" past the end, which the tests rule out).
fn pick(words: &[&'static str], index: usize) -> &'static str {
    words.get(index).copied().unwrap_or_default()
}

/// The index of the word `text` in `words`, ignoring ASCII case (as typed
/// into a spreadsheet).
pub fn index_of(words: &[&str], text: &str) -> Option<usize> {
    words.iter().position(|w| w.eq_ignore_ascii_case(text))
}

/// A project's status in German.
pub fn project_status(status: ProjectStatus) -> &'static str {
    pick(&PROJECT_STATUS, status as usize)
}

/// The status whose German word is `text` (any ASCII case).
pub fn project_status_of(text: &str) -> Option<ProjectStatus> {
    index_of(&PROJECT_STATUS, text).and_then(|i| STATUS_DECLARED.get(i).copied())
}

/// A priority band in German.
pub fn priority_band(band: PriorityBand) -> &'static str {
    pick(&PRIORITY_BAND, band as usize)
}

/// A perspective's kind in German.
pub fn perspective_kind(kind: PerspectiveKind) -> &'static str {
    pick(&PERSPECTIVE_KIND, kind as usize)
}

/// A Leitplanke's status in German.
pub fn guideline_status(status: GuidelineStatus) -> &'static str {
    pick(&GUIDELINE_STATUS, status as usize)
}

/// An agreement class in German.
pub fn agreement(agreement: Agreement) -> &'static str {
    pick(&AGREEMENT, agreement as usize)
}

/// A qualitative benefit's name in German.
pub fn benefit_kind(kind: BenefitKind) -> &'static str {
    pick(&BENEFIT_KIND, kind as usize)
}

/// The benefit whose German name is `text` (any ASCII case).
pub fn benefit_kind_of(text: &str) -> Option<BenefitKind> {
    index_of(&BENEFIT_KIND, text).and_then(|i| BenefitKind::ALL.get(i).copied())
}

/// A funding application's state in German.
pub fn grant_status(status: GrantStatus) -> &'static str {
    pick(&GRANT_STATUS, status as usize)
}

/// The funding state whose German word is `text` (any ASCII case).
pub fn grant_status_of(text: &str) -> Option<GrantStatus> {
    index_of(&GRANT_STATUS, text).and_then(|i| GrantStatus::ALL.get(i).copied())
}

/// A rating's word ("" for 0 or out of range).
pub fn rating(rating: u8) -> &'static str {
    pick(&RATING, usize::from(rating))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `values` in declaration order: each one's index is its place, and
    /// its word reads back to it.
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        words: &[&'static str],
        values: &[T],
        index: fn(T) -> usize,
        word: fn(T) -> &'static str,
    ) {
        assert_eq!(words.len(), values.len(), "one word per value");
        for (n, value) in values.iter().enumerate() {
            assert_eq!(index(*value), n, "{value:?} is declared at place {n}");
            assert!(!word(*value).is_empty(), "{value:?} has a word");
            assert_eq!(
                index_of(words, word(*value)),
                Some(n),
                "{value:?} reads back"
            );
        }
    }

    #[test]
    fn every_part_of_the_rights_matrix_has_its_word() {
        let parts: Vec<Part> = crate::rights::RULES.iter().map(|(p, _)| *p).collect();
        check(&PART, &parts, |p| p as usize, part);
    }

    #[test]
    fn every_value_has_one_word_that_reads_back() {
        check(
            &PROJECT_STATUS,
            &STATUS_DECLARED,
            |v| v as usize,
            project_status,
        );
        for status in ProjectStatus::ALL {
            assert!(STATUS_DECLARED.contains(&status));
        }
        check(
            &PRIORITY_BAND,
            &[PriorityBand::High, PriorityBand::Medium, PriorityBand::Low],
            |v| v as usize,
            priority_band,
        );
        check(
            &PERSPECTIVE_KIND,
            &PerspectiveKind::ALL,
            |v| v as usize,
            perspective_kind,
        );
        check(
            &GUIDELINE_STATUS,
            &[GuidelineStatus::Draft, GuidelineStatus::Adopted],
            |v| v as usize,
            guideline_status,
        );
        check(
            &AGREEMENT,
            &[
                Agreement::Consensus,
                Agreement::Broad,
                Agreement::Contested,
                Agreement::SideNote,
                Agreement::LowPriority,
                Agreement::Open,
            ],
            |v| v as usize,
            agreement,
        );
        check(
            &BENEFIT_KIND,
            &BenefitKind::ALL,
            |v| v as usize,
            benefit_kind,
        );
        check(
            &GRANT_STATUS,
            &GrantStatus::ALL,
            |v| v as usize,
            grant_status,
        );
        assert_eq!(
            project_status_of("IN UMSETZUNG"),
            Some(ProjectStatus::InProgress)
        );
        assert_eq!(
            benefit_kind_of("bürgerservice"),
            Some(BenefitKind::CitizenService)
        );
        assert_eq!(grant_status_of("Bewilligt"), Some(GrantStatus::Approved));
        assert_eq!(rating(2), "mittel");
        assert_eq!(rating(9), "");
    }
}
