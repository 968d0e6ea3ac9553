//! "Ergebnis": the joint ranking and how far the departments agree.

use agenda_core::{PriorityMethod, PrioritySubject};

use super::*;

pub const RESULTS_HEADING: &str = "Ergebnis der Priorisierung";

pub const RESULT_TABLE_CAPTION: &str = "Gemeinsame Rangfolge";

pub const COL_POINTS: &str = "Punkte (gewichtet)";

pub const COL_BORDA: &str = "Borda-Punkte";

pub const COL_SCHULZE: &str = "Schulze-Platz";

pub const COL_DISPERSION: &str = "Streuung";

pub const HEATMAP_TITLE: &str = "Heatmap: Fachbereiche × Einträge";

pub const HEATMAP_DESC: &str = "Jede Zelle zeigt, was ein Fachbereich einem Eintrag gegeben hat. \
Je dunkler, desto stärker die Unterstützung. Rechts steht die Einschätzung je Eintrag.";

pub const HEATMAP_CAPTION: &str = "Zahl in der Zelle: vergebene Punkte bzw. Rangplatz; dunkler = \
stärkere Unterstützung. Die Einschätzung steht als Text daneben, die Grafik ist auch ohne Farbe lesbar.";

pub const METHOD_HELP_SUMMARY: &str = "Wie wird gerechnet?";

pub const METHOD_HELP: &str = "Punkte werden mit der Gewichtung des Fachbereichs multipliziert \
und addiert. Bei Rangfolgen entscheidet die Schulze-Methode (paarweiser Vergleich); die \
Borda-Punkte zeigen zusätzlich, wie hoch ein Eintrag im Schnitt steht. Kendalls W misst, wie \
einig sich die Fachbereiche sind (0 = gar nicht, 1 = völlig). Konsens: kein Fachbereich gibt \
wenig Unterstützung (höchstens 20 %) und der gewichtete Mittelwert liegt bei mindestens 50 %. \
Umstritten: mindestens ein Fachbereich unterstützt stark (ab 60 %), mindestens einer kaum. \
Randnotiz: nur ein Fachbereich unterstützt stark, alle anderen (mindestens zwei) kaum. Nachrangig: alles andere.";

pub fn results_intro(subject: PrioritySubject, method: PriorityMethod) -> String {
    let how = match method {
        PriorityMethod::Points => "nach gewichteten Punkten",
        PriorityMethod::Ranking => "nach der Schulze-Methode",
    };
    format!("Gemeinsame Rangfolge für {} {how}.", subject_name(subject))
}

pub fn waiting_for(names: &str) -> String {
    format!("Noch keine Stimmen von: {names}")
}
