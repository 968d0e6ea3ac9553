//! "Kompetenzen": the Kompetenzrad, assessments and surveys.

use agenda_core::Date;

pub const COMP_HEADING: &str = "Digitale Kompetenzen der Verwaltung";

pub const COMP_INTRO: &str = "Wo steht die Verwaltung bei den digitalen Kompetenzen, und welche \
Projekte schließen die Lücken? Das Kompetenzrad für Digitallotsen ordnet Fach-, Methoden-, Sozial- \
und Personalkompetenz. Das Team schätzt sich selbst ein, die Fachbereiche tragen die \
zusammengefassten Antworten ihrer Befragung ein – nie einzelne Personen.";

pub const COMP_EMPTY: &str = "Noch keine Kompetenzen im Kompetenzrad.";

pub const COMP_SET_UP_BY: &str = "Der Digital-Navigator oder die Verwaltungsspitze legt die \
Kompetenzen an; danach tragen die Fachbereiche hier ihre Befragung ein.";

pub const COMP_TAKE_PRESET: &str = "Vorschlag übernehmen (17 Kompetenzen)";

pub const COMP_SCALE_HEADING: &str = "Skala";

pub const COMP_WHEEL_HEADING: &str = "Das Rad";

pub const COMP_SHOW_LABEL: &str = "Linien im Rad";

pub const COMP_SHOW_OVERVIEW: &str = "Überblick: Team und Befragung";

pub const COMP_TARGET: &str = "Ziel der Verwaltung";

pub const COMP_TEAM: &str = "Team (Mittelwert)";

pub const COMP_STAFF: &str = "Befragung (alle Fachbereiche)";

pub const COMP_CURRENT: &str = "Ist";

pub const COMP_PERSONAL_TARGET: &str = "Soll";

pub const COMP_CHART_TITLE: &str = "Kompetenzrad";

pub const COMP_CHART_DESC: &str = "Netzdiagramm: eine Achse je Kompetenz, von 0 in der Mitte bis 4 \
am Rand. Die Werte stehen in der Tabelle darunter.";

pub const COMP_TABLE_CAPTION: &str = "Werte des Rads (Mittelwerte der Stufen 0 bis 4)";

pub const COMP_COL_AREA: &str = "Bereich";

pub const COMP_COL_NAME: &str = "Kompetenz";

pub const COMP_GAPS_HEADING: &str = "Lücken, die größte zuerst";

pub const COMP_GAPS_EMPTY: &str = "Noch keine Einschätzung und keine Befragung: Lücken zeigen sich, \
sobald das Team sich eingeschätzt oder ein Fachbereich Zahlen eingetragen hat.";

pub const COMP_NO_PROJECT_YET: &str = "noch keins";

pub const COMP_COL_GAP: &str = "Lücke (Stufen)";

pub const COMP_AT_TARGET: &str = "Am Ziel oder darüber:";

pub const COMP_UNRATED: &str = "Noch nicht eingeschätzt:";

pub const COMP_GAP_CHOICE: &str = "Lücke ohne Projekt";

/// One sentence over all gaps.
pub fn gaps_summary(below: usize, open: usize, total: usize) -> String {
    let head = match below {
        1 => format!("1 von {total} Kompetenzen liegt unter dem Ziel"),
        b => format!("{b} von {total} Kompetenzen liegen unter dem Ziel"),
    };
    match (below, open) {
        (0, _) => "Keine eingeschätzte Kompetenz liegt unter dem Ziel.".to_owned(),
        (1, 0) => format!("{head}; ein Projekt greift sie auf."),
        (1, _) => format!("{head}; für sie gibt es noch kein Projekt."),
        (_, 0) => format!("{head}; für jede gibt es ein Projekt."),
        (_, 1) => format!("{head}; für eine davon gibt es noch kein Projekt."),
        (_, o) => format!("{head}; für {o} davon gibt es noch kein Projekt."),
    }
}

pub const COMP_TO_PROJECT: &str = "Schulungsprojekt anlegen";

pub const COMP_MANAGE_HEADING: &str = "Kompetenzen verwalten";

pub const COMP_NAME_LABEL: &str = "Name der Kompetenz";

pub const COMP_AREA_LABEL: &str = "Bereich";

pub const COMP_TARGET_LABEL: &str = "Ziel (Stufe)";

pub const COMP_ADD: &str = "Kompetenz hinzufügen";

pub const COMP_TEAM_HEADING: &str = "Selbsteinschätzung des Teams";

pub const COMP_TEAM_HINT: &str = "Digitallotsen und Digital-Navigator schätzen sich je Kompetenz \
ein: wo sie stehen (Ist) und wohin sie wollen (Soll). Eine zweite Runde mit neuem Datum zeigt die \
Veränderung.";

pub const COMP_TEAM_EMPTY: &str = "Noch keine Selbsteinschätzung.";

pub const COMP_NEW_ASSESSMENT: &str = "Neue Selbsteinschätzung";

pub const COMP_PERSON_LABEL: &str = "Name (freiwillig)";

pub const COMP_DATE_LABEL: &str = "Datum";

pub const COMP_NOT_RATED: &str = "–";

pub const COMP_UNNAMED: &str = "ohne Namen";

pub const COMP_SURVEY_HEADING: &str = "Befragung der Mitarbeitenden";

pub const COMP_SURVEY_HINT: &str = "Ein Fachbereich trägt ein, wie viele Personen je Kompetenz \
welche Stufe angegeben haben, oder liest die CSV-Datei seines Umfragewerkzeugs ein (eine Zeile je \
Antwort, eine Spalte je Kompetenz, Semikolon als Trennzeichen). Nur die Anzahlen werden \
gespeichert. Haben weniger als 5 Personen geantwortet, zeigt die App keine Zahlen dieses \
Fachbereichs.";

pub const COMP_SURVEY_EMPTY: &str = "Noch keine Befragung eingetragen.";

pub const COMP_NEW_SURVEY: &str = "Befragung eintragen";

pub const COMP_SURVEY_DEPARTMENT: &str = "Fachbereich";

pub const COMP_RESPONDENTS_LABEL: &str = "Teilnehmende";

pub const COMP_SURVEY_CSV: &str = "Aus CSV-Datei der Umfrage übernehmen";

pub const COMP_ANSWERS_LEGEND: &str = "Anzahl der Antworten je Stufe";

/// A level with its short name: "3 – selbstständig".
pub fn level_option(level: usize) -> String {
    let name = agenda_core::vocabulary::COMPETENCE_LEVEL
        .get(level)
        .map_or("", |(name, _)| *name);
    format!("{level} – {name}")
}

/// Why a department's figures are not shown.
pub fn survey_too_few(respondents: u32) -> String {
    format!(
        "{respondents} Antworten – weniger als {}: zum Schutz der Befragten werden keine Zahlen \
         gezeigt.",
        agenda_core::competence::MIN_GROUP
    )
}

/// A shown survey: "14 Antworten, 30.09.2026".
pub fn survey_summary(respondents: u32, date: Date) -> String {
    format!("{respondents} Antworten, {}", date.to_german())
}

/// Competences answered by too few, withheld.
pub fn survey_withheld(count: usize) -> String {
    format!(
        "{count} Kompetenzen mit weniger als {} Antworten werden nicht gezeigt.",
        agenda_core::competence::MIN_GROUP
    )
}

/// The title of a training project made from a gap.
pub fn training_title(competence: &str) -> String {
    format!("Schulung: {competence}")
}

/// What a survey file gave.
pub fn survey_read(respondents: u32, ignored: &[String]) -> String {
    let mut out =
        format!("Aus der Datei übernommen: {respondents} Antworten. Bitte prüfen und speichern.");
    if !ignored.is_empty() {
        out.push_str(&format!(" Nicht gelesene Spalten: {}.", ignored.join(", ")));
    }
    out
}

/// "Team 2,50 / 3,00" etc. for a mean in hundredths, or a dash.
pub fn level_or_dash(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), agenda_core::competence::level_text)
}

pub const DOC_COMPETENCES: &str = "Kompetenzrad";

pub const DOC_COMP_CHANGE: &str = "Kompetenzen: Veränderung seit der letzten Runde";

pub const DOC_COMP_NO_CHANGE: &str =
    "Noch keine zweite Runde von Selbsteinschätzung oder Befragung.";

pub const COMP_NO_PROJECT_HEADING: &str = "Lücken, die kein Projekt aufgreift:";

pub const COMP_PROJECTS: &str = "Projekte";

#[cfg(test)]
mod tests {
    use super::gaps_summary;

    #[test]
    fn the_gap_summary_agrees_in_number() {
        assert_eq!(
            gaps_summary(15, 14, 17),
            "15 von 17 Kompetenzen liegen unter dem Ziel; für 14 davon gibt es noch kein Projekt."
        );
        assert_eq!(
            gaps_summary(2, 1, 17),
            "2 von 17 Kompetenzen liegen unter dem Ziel; für eine davon gibt es noch kein Projekt."
        );
        assert_eq!(
            gaps_summary(2, 0, 17),
            "2 von 17 Kompetenzen liegen unter dem Ziel; für jede gibt es ein Projekt."
        );
        assert_eq!(
            gaps_summary(1, 1, 17),
            "1 von 17 Kompetenzen liegt unter dem Ziel; für sie gibt es noch kein Projekt."
        );
        assert_eq!(
            gaps_summary(1, 0, 17),
            "1 von 17 Kompetenzen liegt unter dem Ziel; ein Projekt greift sie auf."
        );
        assert_eq!(
            gaps_summary(0, 0, 17),
            "Keine eingeschätzte Kompetenz liegt unter dem Ziel."
        );
    }
}
