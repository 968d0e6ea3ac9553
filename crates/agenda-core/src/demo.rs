//! The demo agenda "Musterstadt": a realistic example a new user can explore
//! before writing their own. Ids are fixed so the demo is reproducible.

use crate::action::{Action, GuidelineDraft};
use crate::ids::GuidelineId;
use crate::model::{Agenda, GuidelineStatus};

const MUNICIPALITY: &str = "Stadt Musterstadt";

const VISION: &str = "Musterstadt ist eine bürgernahe, digitale Verwaltung: \
Anliegen lassen sich rund um die Uhr online erledigen, und die Beschäftigten \
gestalten den Wandel gemeinsam – sicher, verständlich und wirtschaftlich.";

/// Title, description, rationale and whether leadership adopted it already.
const GUIDELINES: [(&str, &str, &str, bool); 5] = [
    (
        "Der Mensch steht im Mittelpunkt",
        "Digitale Angebote richten sich nach den Bedürfnissen der Bürgerinnen, \
Bürger und Unternehmen. Wer nicht online gehen kann oder will, wird weiterhin \
persönlich beraten.",
        "Digitalisierung ist kein Selbstzweck; sie wird angenommen, wenn sie den \
Alltag erleichtert.",
        true,
    ),
    (
        "Prozesse vor Technik",
        "Bevor ein Verfahren digitalisiert wird, betrachten wir den Prozess von \
Anfang bis Ende und vereinfachen ihn. Wir digitalisieren keine Papierformulare.",
        "Ein schlechter Prozess wird durch Software nicht besser, nur schneller \
schlecht.",
        true,
    ),
    (
        "Informationssicherheit und Datenschutz von Anfang an",
        "Jede Lösung wird vor der Einführung auf Informationssicherheit und \
Datenschutz geprüft. Der Betrieb bleibt auch bei Störungen handlungsfähig.",
        "Die Verwaltung trägt Verantwortung für die Daten der Bürgerinnen und \
Bürger; Ausfälle treffen die ganze Stadt.",
        true,
    ),
    (
        "Gemeinsam über Fachbereichsgrenzen hinweg",
        "Die Fachbereiche bringen ihre Sicht in die Digitale Agenda ein und \
entscheiden gemeinsam über Prioritäten. Gute Lösungen werden geteilt – im \
Haus und mit anderen Kommunen.",
        "Nur wenn sich alle Fachbereiche in der Strategie wiederfinden, ziehen \
in der Umsetzung alle an einem Strang.",
        false,
    ),
    (
        "Digitale Kompetenzen stärken",
        "Beschäftigte erhalten Zeit und Angebote, um digitale Kompetenzen \
aufzubauen. Führungskräfte gehen mit gutem Beispiel voran.",
        "Der Wandel gelingt nur mit Menschen, die ihn verstehen und mittragen.",
        false,
    ),
];

/// Builds the demo agenda through the reducer, so it obeys every invariant.
/// Returns an error only if the demo text itself broke a limit.
pub fn musterstadt() -> Result<Agenda, crate::AgendaError> {
    let mut agenda = Agenda::new();
    agenda.apply(Action::SetMunicipality {
        name: MUNICIPALITY.into(),
    })?;
    agenda.apply(Action::SetVision {
        text: VISION.into(),
    })?;
    for (n, (title, description, rationale, adopted)) in (1_u128..).zip(GUIDELINES) {
        let id = GuidelineId::from_u128(0xdea0_0000_0000_0000_0000_0000_0000_0000 + n);
        agenda.apply(Action::AddGuideline {
            id,
            draft: GuidelineDraft {
                title: title.into(),
                description: description.into(),
                rationale: rationale.into(),
            },
        })?;
        if adopted {
            agenda.apply(Action::SetGuidelineStatus {
                id,
                status: GuidelineStatus::Adopted,
            })?;
        }
    }
    Ok(agenda)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_is_valid_and_realistic() {
        let agenda = musterstadt().unwrap();
        assert_eq!(agenda.municipality(), "Stadt Musterstadt");
        assert!(!agenda.vision().text().is_empty());
        assert_eq!(agenda.guidelines().len(), 5);
        assert!(agenda.validate().is_ok());
        let adopted = agenda
            .guidelines()
            .iter()
            .filter(|g| g.status() == GuidelineStatus::Adopted)
            .count();
        assert_eq!(adopted, 3);
    }
}
