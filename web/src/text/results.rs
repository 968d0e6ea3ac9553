//! "Ergebnis": the joint ranking and how far the departments agree.

use agenda_core::{PriorityMethod, PrioritySubject};

use super::*;

pub const RESULTS_HEADING: &str = "Ergebnis der Priorisierung";

pub const COL_POINTS: &str = "Punkte (gewichtet)";

pub const COL_BORDA: &str = "Borda-Punkte";

/// The table's caption names the method its places come from.
pub fn result_caption(method: PriorityMethod) -> String {
    match method {
        PriorityMethod::Points => "Gemeinsame Rangfolge nach gewichteten Punkten".into(),
        PriorityMethod::Ranking => "Gemeinsame Rangfolge nach der Schulze-Methode".into(),
    }
}

pub fn compare_summary(points: bool) -> &'static str {
    if points {
        "Zum Vergleich: paarweiser Vergleich derselben Stimmen (Schulze-Methode)"
    } else {
        "Zum Vergleich: Durchschnittsrang (Borda-Zählung)"
    }
}

pub const COMPARE_SAME: &str = "Die andere Zählweise ergibt dieselbe Reihenfolge.";

pub fn compare_line(name: &str, here: usize, there: usize) -> String {
    format!("{name}: dort Platz {there} (oben Platz {here})")
}

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
einig sich die Fachbereiche über die ganze Reihenfolge sind (0 = gar nicht, 1 = völlig); die \
Einschätzung je Eintrag sagt, wo sie sich trotzdem einig sind. Stark unterstützt heißt: \
mindestens 60 % des Möglichen (bei 3 Punkten je Eintrag: 2 oder 3 Punkte), kaum heißt: \
höchstens 20 % (kein Punkt). Konsens: alle Fachbereiche unterstützen stark. Überwiegend dafür: \
keiner kaum, und die stark unterstützenden tragen mindestens die Hälfte des Gewichts. \
Umstritten: mindestens einer stark, mindestens einer kaum. Randnotiz: nur einer stark, alle \
anderen (mindestens zwei) kaum. Schwacher Rückhalt: alles andere.";

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
