//! "Dokument": the council document.

use agenda_core::Date;

pub const DOC_HEADING: &str = "Dokument für den Rat";

pub const DOC_INTRO: &str = "Die ganze Digitale Agenda als Dokument für Stadtrat oder Kreistag: \
Titelblatt, Leitbild, Leitplanken, Handlungsfelder, die Sicht der Fachbereiche, das Ergebnis der \
Priorisierung, der Fortschritt mit Roadmap und jedes Projekt als Steckbrief auf einer eigenen Seite.";

pub const DOC_VARIANT_LEGEND: &str = "Welches Dokument?";

/// The documents to choose from, in the order of `widgets::document::Variant`.
pub const DOC_VARIANTS: [&str; 4] = [
    "Gesamte Agenda",
    "Fortschrittsbericht",
    "Nur die Projektsteckbriefe",
    "Argumente für die Kämmerei (ein Projekt)",
];

pub const DOC_VERSION_LABEL: &str = "Fassung (erscheint auf dem Titelblatt)";

pub const DOC_VERSION_DEFAULT: &str = "Entwurf";

pub const DOC_SINCE_LABEL: &str = "Bericht über die Zeit seit";

pub const DOC_PRINT: &str = "Drucken oder als PDF speichern";

pub const DOC_HTML: &str = "Als HTML-Datei für Word und LibreOffice herunterladen";

pub const DOC_PRINT_HINT: &str = "Beim Drucken entfallen Navigation und Bedienelemente; jedes \
Kapitel und jeder Steckbrief beginnt auf einer neuen A4-Seite. Zum Speichern als PDF wählen Sie im \
Druckdialog „Als PDF speichern“.";

pub const DOC_NOT_RENDERED: &str =
    "Das Dokument ist noch nicht dargestellt. Bitte erneut versuchen.";

pub const DOC_TITLE: &str = "Digitale Agenda";

pub const DOC_REPORT_TITLE: &str = "Fortschrittsbericht zur Digitalen Agenda";

pub fn doc_title(municipality: &str) -> String {
    if municipality.is_empty() {
        DOC_TITLE.to_owned()
    } else {
        format!("{DOC_TITLE} – {municipality}")
    }
}

pub fn doc_date(date: Date) -> String {
    format!("Stand: {}", date.to_german())
}

pub fn doc_report_since(since: Date) -> String {
    format!("Fortschritt seit dem {}", since.to_german())
}

pub const DOC_VISION: &str = "Leitbild";

pub const DOC_NO_VISION: &str = "Noch kein Leitbild formuliert.";

pub const DOC_GUIDELINES: &str = "Leitplanken";

pub const DOC_ADOPTED: &str = "beschlossen";

pub const DOC_DRAFT: &str = "Entwurf";

pub const DOC_RATIONALE: &str = "Begründung:";

pub const DOC_FIELDS: &str = "Handlungsfelder";

pub const DOC_BUDGET_CHAPTER: &str = "Haushalt";

pub const DOC_BUDGET_INTRO: &str = "Was die Projekte je Haushaltsjahr kosten (investiv und konsumtiv, \
laufende Kosten eingeschlossen), welche Förderung bewilligt oder beantragt ist und welcher Eigenanteil \
bleibt. Eigenleistung des Personals ist kalkulatorisch: Sie steht daneben und ist nicht Teil des \
Eigenanteils.";

pub const DOC_BUDGET_BY_FIELD: &str = "Über alle Jahre je Handlungsfeld";

pub const DOC_OVERDUE: &str = "Überfällige Meilensteine";

pub const DOC_PERSPECTIVES: &str = "Die Sicht der Fachbereiche";

pub const DOC_NO_PERSPECTIVES: &str = "Noch keine Beiträge.";

pub const DOC_PRIORITIES: &str = "Gemeinsame Priorisierung";

pub const DOC_SCORE: &str = "Wertung";

pub const DOC_PROGRESS: &str = "Fortschritt und Roadmap";

pub const DOC_STATUS: &str = "Status";

pub const DOC_PROGRESS_COL: &str = "Fortschritt";

pub const DOC_REACHED: &str = "Erreichte Meilensteine";

pub const DOC_NOTHING_REACHED: &str = "Im Berichtszeitraum kein Meilenstein erreicht.";

pub const DOC_UPDATES: &str = "Statusänderungen";

pub const DOC_INDICATORS: &str = "Kennzahlen";

pub const DOC_INDICATOR: &str = "Kennzahl";

pub const DOC_BASELINE: &str = "Ausgangswert";

pub const DOC_TARGET: &str = "Zielwert";

pub const DOC_CURRENT: &str = "Aktueller Wert";

pub const DOC_STECKBRIEF: &str = "Projektsteckbrief";

pub const DOC_PERIOD: &str = "Zeitraum";

pub const DOC_BUDGET: &str = "Kostenschätzung";

pub const DOC_MILESTONES: &str = "Meilensteine";

pub const ARG_CHOOSE: &str = "Projekt";

pub const ARG_APPENDIX: &str = "Argumente für die Kämmerei als Anhang (Projekte mit Kosten)";
