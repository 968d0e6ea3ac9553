//! Every word the user reads, in German, in one place. An English
//! translation follows by adding a sibling module with the same items.

use agenda_core::analysis::diagnostics::Diagnostic;
use agenda_core::analysis::progress::{Progress, ProgressSource};
use agenda_core::analysis::ranking::Agreement;
use agenda_core::analysis::strategy_check::Rule;
use agenda_core::numbers::NumberError;
use agenda_core::{Agenda, Date, PriorityBand, ProjectStatus};
use agenda_core::{
    AgendaError, Kind, LoadError, MergeError, PerspectiveKind, PriorityMethod, PrioritySubject,
    TextField,
};

pub const APP_TITLE: &str = "Digitale Agenda";
pub const SKIP_TO_CONTENT: &str = "Zum Inhalt springen";
pub const NAV_LABEL: &str = "Bereiche";
pub const NAV_STRATEGY: &str = "Leitbild & Leitplanken";

// Start screen
pub const START_HEADING: &str = "Willkommen bei der Digitalen Agenda";
pub const START_INTRO: &str = "Hier entsteht die Digitalisierungsstrategie Ihrer Kommune: \
Die Verwaltungsspitze formuliert Leitbild und Leitplanken, die Fachbereiche bringen ihre \
Sicht ein, und der Digital-Navigator setzt die Strategie in Projekte um. Alle Daten bleiben \
in diesem Browser.";
pub const START_DEMO: &str = "Beispiel „Musterstadt“ ansehen";
pub const START_DEMO_HINT: &str =
    "Eine ausgefüllte Beispiel-Agenda zum Ausprobieren. Sie können alles ändern.";
pub const START_EMPTY: &str = "Mit leerer Agenda beginnen";
pub const START_EMPTY_HINT: &str = "Für Ihre eigene Kommune.";

// Leitbild
pub const VISION_HEADING: &str = "Leitbild";
pub const VISION_INTRO: &str =
    "Ein bis zwei Sätze: Wo will die Kommune mit der Digitalisierung hin?";
pub const MUNICIPALITY_LABEL: &str = "Name der Kommune";
pub const MUNICIPALITY_PLACEHOLDER: &str = "z. B. Stadt Musterstadt";
pub const VISION_LABEL: &str = "Leitbild";
pub const VISION_SAVE: &str = "Leitbild speichern";
pub const VISION_SAVED: &str = "Leitbild gespeichert.";
pub const VISION_EMPTY: &str = "Noch kein Leitbild formuliert.";

// Leitplanken
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
pub const CANCEL: &str = "Abbrechen";
/// Beside a form with unsaved changes, which are kept until saved or discarded.
pub const DRAFT_NOTICE: &str =
    "Entwurf, noch nicht gespeichert. Er bleibt erhalten, bis Sie ihn speichern oder verwerfen.";
/// On a project card whose Steckbrief has unsaved changes.
pub const DRAFT_BADGE: &str = "Entwurf nicht gespeichert";
/// Throws a form's unsaved changes away.
pub const DRAFT_DISCARD: &str = "Entwurf verwerfen";
pub const EDIT: &str = "Bearbeiten";
pub const DELETE: &str = "Löschen";
pub const MOVE_UP: &str = "Nach oben";
pub const MOVE_DOWN: &str = "Nach unten";
pub const ADOPT: &str = "Beschließen";
pub const UNADOPT: &str = "Zurück auf Entwurf";
pub const STATUS_DRAFT: &str = "Entwurf";
pub const STATUS_ADOPTED: &str = "Beschlossen";
pub const RATIONALE_PREFIX: &str = "Begründung: ";
pub const TITLE_REQUIRED: &str = "Bitte geben Sie einen Titel ein.";
pub const UNDO: &str = "Rückgängig";
pub const DISMISS: &str = "Schließen";

pub fn guideline_count(n: usize) -> String {
    match n {
        1 => "1 Leitplanke".into(),
        n => format!("{n} Leitplanken"),
    }
}

pub fn position_label(position: usize, total: usize) -> String {
    format!("Position {position} von {total}")
}

pub fn move_up_label(title: &str) -> String {
    format!("„{title}“ nach oben verschieben")
}

pub fn move_down_label(title: &str) -> String {
    format!("„{title}“ nach unten verschieben")
}

pub fn edit_label(title: &str) -> String {
    format!("„{title}“ bearbeiten")
}

pub fn delete_label(title: &str) -> String {
    format!("„{title}“ löschen")
}

pub fn adopt_label(title: &str) -> String {
    format!("„{title}“ beschließen")
}

pub fn unadopt_label(title: &str) -> String {
    format!("„{title}“ zurück auf Entwurf setzen")
}

pub fn moved(title: &str, position: usize, total: usize) -> String {
    format!("„{title}“ steht jetzt an Position {position} von {total}.")
}

pub fn added(title: &str) -> String {
    format!("Leitplanke „{title}“ hinzugefügt.")
}

pub fn deleted(title: &str) -> String {
    format!("Leitplanke „{title}“ gelöscht.")
}

pub const UNDONE: &str = "Rückgängig gemacht.";

// Announced to screen readers (the polite live region `#announcer`).
pub fn project_added(title: &str) -> String {
    format!("Projekt „{title}“ angelegt.")
}
pub fn project_deleted(title: &str) -> String {
    format!("Projekt „{title}“ gelöscht.")
}
pub fn sheet_saved(title: &str) -> String {
    format!("Steckbrief „{title}“ gespeichert.")
}
pub fn status_set(title: &str, to: ProjectStatus) -> String {
    format!("Status von „{title}“: {}.", status(to))
}
pub fn milestone_done(title: &str, done: bool) -> String {
    if done {
        format!("Meilenstein „{title}“ erreicht.")
    } else {
        format!("Meilenstein „{title}“ wieder offen.")
    }
}
pub const PERSPECTIVE_SAVED: &str = "Beitrag gespeichert.";
pub const REDONE: &str = "Wiederhergestellt.";
pub const HISTORY_UNDO: &str = "Rückgängig";
pub const HISTORY_REDO: &str = "Wiederholen";
pub const HISTORY_UNDO_HINT: &str = "Letzte Änderung rückgängig machen (Strg+Z)";
pub const HISTORY_REDO_HINT: &str =
    "Rückgängig gemachte Änderung wiederholen (Strg+Y oder Strg+Umschalt+Z)";
pub const FROM_OTHER_TAB: &str = "Änderungen aus einem anderen Tab übernommen.";
pub const TAB_CONFLICTS_INTRO: &str = "In einem anderen Tab wurde gleichzeitig an denselben Stellen \
gearbeitet. Die neuere Änderung gilt; beide Werte stehen hier:";
pub const SAVE_NOT_VERIFIED: &str = "Die Agenda wurde gespeichert, aber beim Nachlesen stand etwas \
anderes im Speicher. Laden Sie die Agenda zur Sicherheit als Datei herunter.";
pub const MERGED: &str =
    "Datei mit der Agenda zusammengeführt. Der vorherige Stand kann zurückgeholt werden.";
pub const IMPORTED: &str =
    "Agenda aus der Datei übernommen. Der vorherige Stand kann zurückgeholt werden.";

pub fn chars_left(left: usize) -> String {
    format!("noch {left} Zeichen")
}

// Common
pub const ADD: &str = "Hinzufügen";
pub const SAVE: &str = "Speichern";
pub const RENAME: &str = "Umbenennen";
pub const NONE_CHOSEN: &str = "– keine Angabe –";
pub const TEXT_REQUIRED: &str = "Bitte geben Sie einen Text ein.";
pub const NAME_REQUIRED: &str = "Bitte geben Sie einen Namen ein.";
pub const PRESETS_LABEL: &str = "Vorschläge zum Übernehmen:";

pub fn rename_label(name: &str) -> String {
    format!("„{name}“ umbenennen")
}

pub fn take_preset_label(name: &str) -> String {
    format!("Vorschlag „{name}“ übernehmen")
}

/// A number with a decimal comma and `digits` decimals.
pub fn decimal(value: f64, digits: usize) -> String {
    agenda_core::numbers::fixed(value, u32::try_from(digits).unwrap_or(6)).replace('.', ",")
}

// Roles and navigation
pub const ROLE_LABEL: &str = "Rolle";
pub const ROLE_LEADERSHIP: &str = "Verwaltungsspitze";
pub const ROLE_NAVIGATOR: &str = "Digital-Navigator";
pub fn role_department(name: &str) -> String {
    format!("Fachbereich: {name}")
}
pub const ROLE_HELP_SUMMARY: &str = "Was bedeuten die Rollen?";
pub const ROLE_HELP: &str = "Die Rolle bestimmt, welche Ansicht zuerst erscheint und welche \
Bedienelemente angeboten werden: Die Verwaltungsspitze formuliert Leitbild, Leitplanken und \
Handlungsfelder und legt Gewichte und Punktebudget fest; ein Fachbereich bearbeitet seine eigenen \
Beiträge und Punkte; der Digital-Navigator moderiert den Workshop. Die Rolle ist eine Ansicht, \
kein Zugriffsschutz: Jede Person arbeitet in ihrem eigenen Browser.";
pub const NAV_FIELDS: &str = "Handlungsfelder";
pub const NAV_DEPARTMENTS: &str = "Fachbereiche";
pub const NAV_WORKSHOP: &str = "Workshop";
pub const NAV_PRIORITIES: &str = "Priorisierung";
pub const NAV_RESULTS: &str = "Ergebnis";

// Handlungsfelder
pub const FIELDS_HEADING: &str = "Handlungsfelder";
pub const FIELDS_INTRO: &str = "Themenfelder, denen Leitplanken, Beiträge und Projekte zugeordnet \
werden, z. B. Cybersicherheit oder Beteiligung.";
pub const FIELDS_EMPTY: &str =
    "Noch keine Handlungsfelder. Übernehmen Sie Vorschläge oder legen Sie eigene an.";
pub const FIELD_ADD_LABEL: &str = "Neues Handlungsfeld";
pub const FIELD_NAME_LABEL: &str = "Name des Handlungsfelds";
pub const FIELD_OF_ACTION_LABEL: &str = "Handlungsfeld";

pub const NO_FIELD: &str = "– ohne Handlungsfeld –";

pub fn field_select_label(title: &str) -> String {
    format!("Handlungsfeld von „{title}“")
}

pub fn field_usage(guidelines: usize, perspectives: usize) -> String {
    let g = match guidelines {
        1 => "1 Leitplanke".to_owned(),
        n => format!("{n} Leitplanken"),
    };
    let p = match perspectives {
        1 => "1 Beitrag".to_owned(),
        n => format!("{n} Beiträge"),
    };
    format!("{g} · {p}")
}

pub fn field_value(name: &str) -> String {
    format!("Handlungsfeld: {name}. ")
}

pub fn guidelines_value(titles: &str) -> String {
    format!("Leitplanken: {titles}")
}

// Fachbereiche and perspectives
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
pub const DEPARTMENT_LABEL: &str = "Fachbereich";
pub const DEPARTMENT_OPTIONAL_LABEL: &str = "Fachbereich (optional)";
pub const WEIGHT_LABEL: &str = "Gewichtung";
pub const PERSPECTIVES_EMPTY: &str = "Noch keine Beiträge dieses Fachbereichs.";
pub const PERSPECTIVE_ADD_HEADING: &str = "Beitrag hinzufügen";
pub const PERSPECTIVE_ADD: &str = "Beitrag hinzufügen";
pub const PERSPECTIVE_KIND_LABEL: &str = "Art";
pub const PERSPECTIVE_TEXT_LABEL: &str = "Beitrag";
pub const RELATED_GUIDELINES: &str = "Bezug zu Leitplanken";

pub fn head_label(head: &str) -> String {
    format!("Leitung: {head}")
}

pub fn weight_value(weight: u32) -> String {
    format!("Gewichtung: {weight}")
}

/// Stable key of a perspective kind (form values, CSS classes).
pub fn kind_key(kind: PerspectiveKind) -> &'static str {
    match kind {
        PerspectiveKind::Challenge => "herausforderung",
        PerspectiveKind::Need => "bedarf",
        PerspectiveKind::Idea => "idee",
        PerspectiveKind::BestPractice => "best-practice",
        PerspectiveKind::Risk => "risiko",
    }
}

pub fn kind_name(kind: PerspectiveKind) -> &'static str {
    match kind {
        PerspectiveKind::Challenge => "Herausforderung",
        PerspectiveKind::Need => "Bedarf",
        PerspectiveKind::Idea => "Idee",
        PerspectiveKind::BestPractice => "Best Practice",
        PerspectiveKind::Risk => "Risiko",
    }
}

// Workshop
pub const WORKSHOP_HEADING: &str = "Workshop: Karten sammeln und einsortieren";
pub const WORKSHOP_INTRO: &str = "Wie Post-its auf dem Flipchart: Schreiben Sie kurze Karten, \
Enter legt die nächste an. Danach wird jede Karte einsortiert – als Leitplanke (Strategie), als \
Beitrag eines Fachbereichs, als Projektidee (Umsetzung) oder verworfen.";
pub const WORKSHOP_EMPTY: &str = "Keine Karten auf der Tafel.";
pub const CARD_TEXT_LABEL: &str = "Neue Karte";
pub const CARD_TEXT_HINT: &str = "Kurz halten. Enter legt die Karte an.";
pub const CARD_ADD: &str = "Karte anlegen";
pub const SORT_AS_LABEL: &str = "Einsortieren als";
pub const SORT_TO_GUIDELINE: &str = "Leitplanke";
pub const SORT_TO_PERSPECTIVE: &str = "Beitrag eines Fachbereichs";
pub const SORT_TO_IDEA: &str = "Projektidee";
pub const SORT_DISCARD: &str = "Verwerfen";
pub const SORT: &str = "Einsortieren";
pub const CHOOSE_DEPARTMENT: &str = "Bitte einen Fachbereich wählen.";
pub const IDEAS_HEADING: &str = "Projektideen";
pub const IDEAS_EMPTY: &str = "Noch keine Projektideen.";

pub fn cards_on_board(n: usize) -> String {
    match n {
        1 => "1 Karte auf der Tafel".into(),
        n => format!("{n} Karten auf der Tafel"),
    }
}

pub fn sort_card_label(card: &str) -> String {
    format!("Karte „{card}“ einsortieren")
}

// Prioritisation
pub const PRIORITIES_HEADING: &str = "Punkte und Rangfolgen der Fachbereiche";
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
pub const NO_DEPARTMENTS_YET: &str = "Legen Sie zuerst Fachbereiche an.";
pub const NO_ITEMS_YET: &str = "Es gibt noch nichts zu priorisieren.";
pub const RANKING_NOT_SET: &str = "Noch keine Rangfolge abgegeben. Ordnen Sie die Einträge mit \
den Pfeilen oder übernehmen Sie die angezeigte Reihenfolge.";
pub const RANKING_ACCEPT: &str = "Diese Reihenfolge übernehmen";

fn subject_name(subject: PrioritySubject) -> &'static str {
    match subject {
        PrioritySubject::Fields => "die Handlungsfelder",
        PrioritySubject::Guidelines => "die Leitplanken",
        PrioritySubject::Ideas => "die Projektideen",
    }
}

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

// Results
pub const RESULTS_HEADING: &str = "Ergebnis der Priorisierung";
pub const RESULTS_EMPTY: &str = "Noch keine Stimmen abgegeben.";
pub const RESULT_TABLE_CAPTION: &str = "Gemeinsame Rangfolge";
pub const COL_PLACE: &str = "Platz";
pub const COL_ITEM: &str = "Eintrag";
pub const COL_POINTS: &str = "Punkte (gewichtet)";
pub const COL_BORDA: &str = "Borda-Punkte";
pub const COL_SCHULZE: &str = "Schulze-Platz";
pub const COL_AGREEMENT: &str = "Einschätzung";
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

pub fn agreement(agreement: Agreement) -> &'static str {
    match agreement {
        Agreement::Consensus => "Konsens",
        Agreement::Contested => "umstritten",
        Agreement::SideNote => "Randnotiz",
        Agreement::LowPriority => "nachrangig",
        Agreement::Open => "offen",
    }
}

/// Kendall's W with a German reading of it.
pub fn concordance(w: Option<f64>, departments: usize) -> String {
    match w {
        None if departments < 2 => {
            "Übereinstimmung: erst ab zwei Fachbereichen mit Stimmen messbar.".into()
        }
        None => "Übereinstimmung: nicht messbar (alle Einträge gleich bewertet).".into(),
        Some(w) => {
            let reading = if w >= 0.7 {
                "hohe Übereinstimmung"
            } else if w >= 0.3 {
                "mittlere Übereinstimmung"
            } else {
                "geringe Übereinstimmung"
            };
            format!(
                "Übereinstimmung der {departments} Fachbereiche (Kendalls W): {} – {reading}",
                decimal(w, 2)
            )
        }
    }
}

pub fn waiting_for(names: &str) -> String {
    format!("Noch keine Stimmen von: {names}")
}

// Projects
pub const NAV_PROJECTS: &str = "Projekte";
pub const NAV_DASHBOARD: &str = "Fortschritt";
pub const NAV_BOARD: &str = "Projektboard";
pub const NAV_ROADMAP: &str = "Roadmap";
pub const PROJECTS_HEADING: &str = "Projekte (Maßnahmen)";

// Finding projects (the filter bar of the project lists)
pub const FILTER_LABEL: &str = "Projekte finden";
pub const FILTER_SEARCH: &str = "Suchen (Titel, Beschreibung, Verantwortliche, Kennzahlen)";
pub const FILTER_ALL: &str = "alle";
pub const FILTER_STATUS: &str = "Status";
pub const FILTER_LEAD: &str = "Federführung";
pub const FILTER_PARTICIPANT: &str = "Beteiligter Fachbereich";
pub const FILTER_GUIDELINE: &str = "Leitplanke";
pub const FILTER_STALE: &str = "Ohne Aktualisierung seit";
pub const FILTER_SORT: &str = "Reihenfolge";
pub const FILTER_OVERDUE: &str = "überfällig";
pub const FILTER_RESET: &str = "Filter zurücksetzen";
pub const SORT_LISTED: &str = "wie angelegt";
/// The project list's two layouts.
pub const LAYOUT_LABEL: &str = "Darstellung";
pub const LAYOUT_CARDS: &str = "Karten";
pub const LAYOUT_TABLE: &str = "Tabelle";
pub const PROJECT_TABLE_CAPTION: &str = "Projekte als Tabelle. Ein Spaltenkopf sortiert danach, \
erneut gedrückt gilt wieder die angelegte Reihenfolge; ein Titel öffnet den Steckbrief.";
pub const COLUMN_TITLE: &str = "Titel";
pub const COLUMN_LEAD: &str = "Federführung";
pub const COLUMN_STATUS: &str = "Status";
pub const COLUMN_PROGRESS: &str = "Fortschritt";
pub const COLUMN_NEXT_MILESTONE: &str = "Nächster Meilenstein";
pub const COLUMN_LAST_UPDATE: &str = "Letzte Statusmeldung";
/// A table cell without a date.
pub const NO_DATE: &str = "–";
pub const NEVER_UPDATED: &str = "noch keine";
pub fn filter_stale_days(days: u32) -> String {
    format!("mehr als {days} Tagen")
}
pub fn sort_name(sort: agenda_core::analysis::project_filter::ProjectSort) -> &'static str {
    use agenda_core::analysis::project_filter::ProjectSort;
    match sort {
        ProjectSort::Listed => SORT_LISTED,
        ProjectSort::Title => "Titel (A–Z)",
        ProjectSort::Status => "Status",
        ProjectSort::Progress => "Fortschritt (höchster zuerst)",
        ProjectSort::NextMilestone => "nächster Meilenstein",
        ProjectSort::LastUpdate => "letzte Aktualisierung (älteste zuerst)",
    }
}
/// "37 von 483 Projekten".
pub fn projects_found(found: usize, total: usize) -> String {
    if total == 1 {
        format!("{found} von 1 Projekt")
    } else {
        format!("{found} von {total} Projekten")
    }
}
pub const PROJECTS_INTRO: &str = "Projekte setzen die Strategie um: Jedes Projekt hat einen \
federführenden Fachbereich und verfolgt mindestens eine Leitplanke. Die Strategie verweist nie \
auf Projekte – Projekte verweisen auf die Strategie.";
pub const PROJECTS_EMPTY: &str = "Noch keine Projekte.";
pub const PROJECT_NEW: &str = "Neues Projekt";
pub const PROJECT_ADD: &str = "Projekt anlegen";
pub const PROJECT_DELETE: &str = "Projekt löschen";
pub const PROJECT_TITLE: &str = "Titel";
pub const PROJECT_DESCRIPTION: &str = "Beschreibung";
pub const PROJECT_EFFECT: &str = "Beabsichtigte Wirkung";
pub const PROJECT_LEAD: &str = "Federführung";
pub const PROJECT_PARTICIPANTS: &str = "Beteiligte Fachbereiche";
pub const PROJECT_GUIDELINES: &str = "Verfolgte Leitplanken";
pub const PROJECT_PERSPECTIVES: &str = "Aufgegriffene Beiträge der Fachbereiche";
pub const PROJECT_BAND: &str = "Priorität";
pub const PROJECT_WEIGHT: &str = "Gewicht im Fortschritt";
pub const PROJECT_START: &str = "Beginn";
pub const PROJECT_END: &str = "Ende";
pub const PROJECT_BUDGET: &str = "Kostenschätzung (Euro)";
pub const PROJECT_FUNDING: &str = "Finanzierung";
pub const PROJECT_RESPONSIBLE: &str = "Verantwortliche Person";
pub const FUNDING_OPEN: &str = "noch offen";
pub const FUNDING_OWN: &str = "Eigenmittel";
pub const FUNDING_GRANT: &str = "Fördermittel";
pub const FUNDING_OTHER: &str = "Sonstige";
pub const FUNDING_PROGRAMME: &str = "Förderprogramm";
pub const SHEET_SAVE: &str = "Steckbrief speichern";
pub const SHEET_OPEN: &str = "Steckbrief öffnen";
pub const SHEET_CLOSE: &str = "Steckbrief schließen";
pub const NO_STRATEGIC_LINK: &str = "Ohne Leitplanke zählt das Projekt nicht zur Agenda.";
pub const NO_STRATEGIC_LINK_BADGE: &str = "ohne strategischen Bezug";
pub const MILESTONES: &str = "Meilensteine";
pub const MILESTONES_EMPTY: &str = "Noch keine Meilensteine.";
pub const MILESTONE_NEW: &str = "Neuer Meilenstein";
pub const MILESTONE_DUE: &str = "fällig am";
pub const OVERDUE: &str = "überfällig";
pub const INDICATORS: &str = "Kennzahlen";
pub const INDICATORS_EMPTY: &str = "Noch keine Kennzahlen.";
pub const INDICATOR_NAME: &str = "Kennzahl";
pub const INDICATOR_UNIT: &str = "Einheit";
pub const INDICATOR_BASELINE: &str = "Ausgangswert";
pub const INDICATOR_TARGET: &str = "Zielwert";
pub const INDICATOR_CURRENT: &str = "Aktueller Wert";
pub const NO_VALUE: &str = "noch kein Messwert";
pub const MEASURE: &str = "Messwert speichern";
pub const STATUS_LOG: &str = "Status und Verlauf";
pub const STATUS_LABEL: &str = "Status";
pub const STATUS_NOTE: &str = "Notiz";
pub const STATUS_REPORT: &str = "Status melden";
pub const PROGRESS_MANUAL: &str = "Fortschritt von Hand setzen (statt aus Meilensteinen)";
pub const PROGRESS_PERCENT: &str = "Fortschritt in Prozent";
pub const TO_PROJECT: &str = "Als Projekt anlegen";
pub const DASHBOARD_HEADING: &str = "Wo steht die Agenda?";
pub const BY_GUIDELINE: &str = "Fortschritt je Leitplanke";
pub const BY_FIELD: &str = "Fortschritt je Handlungsfeld";
pub const BY_STATUS: &str = "Projekte nach Status";
pub const DIAGNOSTICS_EMPTY: &str = "Nichts offen – alles im Blick.";
pub const BOARD_HEADING: &str = "Projekte nach Status";
pub const BOARD_INTRO: &str = "Mit ◀ und ▶ wandert ein Projekt in die vorige oder nächste \
Spalte; das wird als Statusmeldung mit Datum festgehalten.";
pub const ROADMAP_HEADING: &str = "Roadmap nach Quartalen";
pub const ROADMAP_TITLE: &str = "Zeitplan der Projekte mit Meilensteinen";
pub const ROADMAP_EMPTY: &str = "Noch keine Projekte mit Terminen.";
pub const ROADMAP_CAPTION: &str = "Balken: Laufzeit; Raute: Meilenstein (gefüllt = erreicht); \
Quadrat: Frist eines Förderprogramms; gestrichelte Linie: heute.";
/// Shows the roadmap as a table per year instead of the chart.
pub const ROADMAP_AS_TABLES: &str = "Als Tabelle je Jahr";
/// Column of the project names in the roadmap by year.
pub const ROADMAP_PROJECT: &str = "Projekt";
pub const ROADMAP_BY_YEAR_CAPTION: &str = "Balken: Laufzeit; Kreis: Meilenstein (gefüllt = erreicht); \
Quadrat: Frist eines Förderprogramms; gestrichelte Linie: heute.";
pub const TODAY: &str = "heute";
pub const CHECK_HEADING: &str = "Strategie-Check: Klingt nach Projekt.";
pub const CONVERT_TO_PROJECT: &str = "In Projekt umwandeln";
pub const CONVERT: &str = "Umwandeln";
pub const CONVERT_SERVES: &str = "verfolgt Leitplanke";
pub const CONVERT_NEEDS: &str =
    "Zum Umwandeln braucht es einen Fachbereich und eine weitere Leitplanke.";

pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!(
            "{}…",
            text.chars().take(max.saturating_sub(1)).collect::<String>()
        )
    }
}

pub fn status(status: ProjectStatus) -> &'static str {
    match status {
        ProjectStatus::Idea => "Idee",
        ProjectStatus::Planned => "geplant",
        ProjectStatus::InProgress => "in Umsetzung",
        ProjectStatus::Completed => "abgeschlossen",
        ProjectStatus::Paused => "pausiert",
        ProjectStatus::Discarded => "verworfen",
    }
}

pub fn band(band: PriorityBand) -> &'static str {
    match band {
        PriorityBand::High => "hoch: sofort beginnen",
        PriorityBand::Medium => "mittel: innerhalb von 2 Jahren",
        PriorityBand::Low => "niedrig: innerhalb von 4 Jahren",
    }
}

/// A number as Germans write it: "35,5", "100".
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        agenda_core::numbers::fixed(value, 0)
    } else {
        decimal(value, 2).trim_end_matches('0').to_owned()
    }
}

fn percent(value: f64) -> String {
    format!("{} %", decimal(value, 0))
}

pub fn progress_label(progress: &Progress) -> String {
    match progress.source {
        ProgressSource::Milestones { done, total } => format!(
            "{} ({done} von {total} Meilensteinen)",
            percent(progress.percent)
        ),
        ProgressSource::Manual => format!("{} (von Hand gesetzt)", percent(progress.percent)),
        ProgressSource::Status => format!("{} (ohne Meilensteine)", percent(progress.percent)),
    }
}

pub fn progress_explained(progress: &Progress) -> String {
    match progress.source {
        ProgressSource::Milestones { .. } => {
            "Der Fortschritt ergibt sich aus den erreichten Meilensteinen.".into()
        }
        ProgressSource::Manual => {
            "Der Fortschritt ist von Hand gesetzt und überschreibt die Meilensteine.".into()
        }
        ProgressSource::Status => "Ohne Meilensteine zählt nur „abgeschlossen“ als 100 %.".into(),
    }
}

pub fn overall_label(value: f64, projects: usize) -> String {
    format!(
        "Gesamtfortschritt: {} über {}",
        percent(value),
        project_count(projects)
    )
}

pub fn rollup_label(value: f64, projects: usize) -> String {
    format!("{} ({})", percent(value), project_count(projects))
}

fn project_count(n: usize) -> String {
    match n {
        1 => "1 Projekt".into(),
        n => format!("{n} Projekte"),
    }
}

pub fn lead_label(name: &str) -> String {
    format!("Federführung: {name}")
}

pub fn sheet_label(title: &str) -> String {
    format!("Steckbrief „{title}“")
}

pub fn measure_label(name: &str) -> String {
    format!("Neuer Messwert für „{name}“")
}

pub fn idea_to_project_label(title: &str) -> String {
    format!("Projektidee „{title}“ als Projekt anlegen")
}

/// Starts with the button's visible text, as WCAG 2.5.3 (label in name) asks.
pub fn perspective_to_project_label(text: &str) -> String {
    format!("{TO_PROJECT}: Beitrag „{}“", truncate(text, 60))
}

/// Starts with the button's visible text, as WCAG 2.5.3 (label in name) asks.
pub fn convert_label(title: &str) -> String {
    format!("{CONVERT_TO_PROJECT}: Leitplanke „{title}“")
}

pub fn move_status_label(title: &str, to: ProjectStatus) -> String {
    format!("„{title}“ nach „{}“ verschieben", status(to))
}

pub fn moved_status(from: ProjectStatus, to: ProjectStatus) -> String {
    format!(
        "Auf dem Projektboard von „{}“ nach „{}“ verschoben.",
        status(from),
        status(to)
    )
}

/// The caption of the roadmap table of one year.
pub fn roadmap_year(year: i32) -> String {
    format!("Roadmap {year}")
}

pub fn period(start: Date, end: Date) -> String {
    format!("{} bis {}", start.to_german(), end.to_german())
}

pub fn grant_tooltip(g: &agenda_core::kaemmerei::finance::Grant, due: Date) -> String {
    format!(
        "Förderfrist {}: {} ({})",
        due.to_german(),
        g.name,
        grant_status(g.status)
    )
}

pub fn milestone_tooltip(title: &str, due: Date, done: bool) -> String {
    let state = if done { "erreicht" } else { "offen" };
    format!("{title}: {} ({state})", due.to_german())
}

pub fn undated_projects(n: usize) -> String {
    match n {
        1 => "1 Projekt ohne Termine ist nicht eingezeichnet.".into(),
        n => format!("{n} Projekte ohne Termine sind nicht eingezeichnet."),
    }
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
            };
            format!("{what} „{word}“")
        })
        .collect();
    format!(
        "Enthält {}. Leitplanken beschreiben Richtung, Projekte die Umsetzung.",
        parts.join(", ")
    )
}

pub fn show_all_diagnostics(n: usize) -> String {
    format!("Alle {n} Hinweise anzeigen")
}

pub fn diagnostics_heading(n: usize) -> String {
    match n {
        0 => "Was Aufmerksamkeit braucht".into(),
        n => format!("Was Aufmerksamkeit braucht ({n})"),
    }
}

/// A finding as a German sentence naming its item.
pub fn diagnostic(agenda: &Agenda, d: &Diagnostic) -> String {
    let guideline = |id| {
        agenda
            .guideline(id)
            .map(|g| g.title().to_owned())
            .unwrap_or_default()
    };
    let department = |id| {
        agenda
            .department(id)
            .map(|g| g.name().to_owned())
            .unwrap_or_default()
    };
    let project = |id| {
        agenda
            .project(id)
            .map(|p| p.title().to_owned())
            .unwrap_or_default()
    };
    match *d {
        Diagnostic::GuidelineWithoutProject(id) => {
            format!("Leitplanke „{}“ hat noch kein Projekt.", guideline(id))
        }
        Diagnostic::DepartmentWithoutPerspective(id) => {
            format!("Fachbereich „{}“ hat noch keinen Beitrag.", department(id))
        }
        Diagnostic::PerspectiveNotAddressed(id) => {
            let text = agenda
                .perspective(id)
                .map(|p| truncate(p.text(), 60))
                .unwrap_or_default();
            format!("Beitrag „{text}“ wird von keinem Projekt aufgegriffen.")
        }
        Diagnostic::ProjectWithoutGuideline(id) => {
            format!(
                "Projekt „{}“ hat keinen strategischen Bezug (keine Leitplanke).",
                project(id)
            )
        }
        Diagnostic::ProjectWithoutMilestones(id) => {
            format!("Projekt „{}“ hat keine Meilensteine.", project(id))
        }
        Diagnostic::OverdueMilestone(id, milestone) => {
            let m = agenda
                .project(id)
                .and_then(|p| p.milestones().iter().find(|m| m.id() == milestone))
                .map(|m| format!("„{}“ (fällig {})", m.title(), m.due().to_german()))
                .unwrap_or_default();
            format!(
                "Meilenstein {m} im Projekt „{}“ ist überfällig.",
                project(id)
            )
        }
        Diagnostic::StaleProject(id) => format!(
            "Projekt „{}“ hat seit über 90 Tagen keine Statusmeldung.",
            project(id)
        ),
        Diagnostic::CompetenceGapWithoutProject(id) => {
            let name = agenda
                .competence(id)
                .map(|c| c.name().to_owned())
                .unwrap_or_default();
            format!("Die Kompetenzlücke bei „{name}“ greift kein Projekt auf.")
        }
        Diagnostic::GrantDeadline(id, n) => {
            let grant = agenda
                .project(id)
                .and_then(|p| p.sheet().grants.get(n))
                .map(|g| {
                    let due = g.deadline.map(Date::to_german).unwrap_or_default();
                    format!("„{}“ (Frist {due})", g.name)
                })
                .unwrap_or_default();
            format!(
                "Förderprogramm {grant} im Projekt „{}“: Frist läuft ab oder ist abgelaufen.",
                project(id)
            )
        }
        Diagnostic::CostsWithoutYear(id) => format!(
            "Projekt „{}“ hat Kosten, aber kein Haushaltsjahr und keinen Start.",
            project(id)
        ),
        Diagnostic::IndicatorWithoutValue(id, indicator) => {
            let name = agenda
                .project(id)
                .and_then(|p| p.indicators().iter().find(|i| i.id() == indicator))
                .map(|i| i.name().to_owned())
                .unwrap_or_default();
            format!(
                "Kennzahl „{name}“ im Projekt „{}“ hat keinen aktuellen Wert.",
                project(id)
            )
        }
    }
}

// The council document
pub const NAV_DOCUMENT: &str = "Ratsdokument";
pub const DOC_HEADING: &str = "Dokument für den Rat";
pub const DOC_INTRO: &str = "Die ganze Digitale Agenda als Dokument für Stadtrat oder Kreistag: \
Titelblatt, Leitbild, Leitplanken, Handlungsfelder, die Sicht der Fachbereiche, das Ergebnis der \
Priorisierung, der Fortschritt mit Roadmap und jedes Projekt als Steckbrief auf einer eigenen Seite.";
pub const DOC_VARIANT_LEGEND: &str = "Welches Dokument?";
pub fn doc_variant(variant: crate::widgets::document::Variant) -> &'static str {
    use crate::widgets::document::Variant;
    match variant {
        Variant::Full => "Gesamte Agenda",
        Variant::Report => "Fortschrittsbericht",
        Variant::Sheets => "Nur die Projektsteckbriefe",
        Variant::Arguments => "Argumente für die Kämmerei (ein Projekt)",
    }
}
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

// Project templates (Projektvorlagen)
pub const TEMPLATE_HEADING: &str = "Projektvorlagen aus anderen Kommunen";
pub const TEMPLATE_INTRO: &str = "Eine Projektvorlage ist ein Steckbrief ohne Namen von Personen \
und ohne interne Kennungen: Titel, Beschreibung, Wirkung, Kosten, Finanzierung, Meilensteine und \
Kennzahlen. Kommunen im Netzwerk der Digital-Navigatoren teilen so ihre Lösungen. Eine \
eingelesene Vorlage wird ein neues Projekt im Status „Idee“.";
pub const TEMPLATE_FILE_LABEL: &str = "Projektvorlage einlesen";
pub const TEMPLATE_HINT: &str = "Die Meilensteine werden ab heute im Rhythmus der Vorlage geplant. \
Rückgängig machen ist möglich.";
pub const TEMPLATE_NEEDS_DEPARTMENT: &str = "Legen Sie zuerst einen Fachbereich an: Jedes Projekt \
braucht eine Federführung.";
pub const TEMPLATE_IMPORTED: &str = "Projektvorlage als neue Projektidee übernommen.";
pub const TEMPLATE_EXPORT: &str = "Als Projektvorlage für andere Kommunen herunterladen";
pub fn template_error(error: &agenda_core::formats::template::TemplateError) -> String {
    use agenda_core::formats::template::TemplateError;
    match error {
        TemplateError::TooLarge { actual, max } => format!(
            "Die Datei ist mit {} zu groß für eine Projektvorlage (höchstens {}).",
            bytes(*actual),
            bytes(*max)
        ),
        TemplateError::Shape(_) => "Die Datei ist keine Projektvorlage dieser App.".to_owned(),
        TemplateError::TooMany => "Die Vorlage hat mehr Meilensteine oder Kennzahlen, als ein \
            Projekt haben kann."
            .to_owned(),
    }
}
pub const CSV_IMPORTED: &str = "Projekte aus der CSV-Datei übernommen.";

// Snapshots (Sicherungsstände)
pub const SNAPSHOTS_HEADING: &str = "Sicherungsstände";
pub const SNAPSHOTS_INTRO: &str = "Die App legt selbst Sicherungsstände an: alle zehn Minuten, in \
denen gearbeitet wird, und immer vor dem Einlesen, Zusammenführen oder Wiederherstellen und vor \
einer Umstellung auf ein neues Datenformat. Die neuesten 20 bleiben erhalten; wird der Speicher \
knapp, fallen die ältesten zuerst weg – nie die aktuelle Agenda. Wiederherstellen lässt sich \
rückgängig machen.";
pub const SNAPSHOTS_EMPTY: &str = "Noch kein Sicherungsstand.";
pub fn snapshot_reason(reason: crate::platform::storage::SnapshotReason) -> &'static str {
    use crate::platform::storage::SnapshotReason::*;
    match reason {
        Auto => "automatisch",
        Import => "vor dem Einlesen einer Datei",
        Merge => "vor dem Zusammenführen",
        Restore => "vor dem Wiederherstellen",
        Migration => "vor der Umstellung auf das neue Datenformat",
    }
}
/// `2026-11-22T19-34-50` (UTC) as "22.11.2026, 19:34 Uhr (UTC)".
pub fn snapshot_time(taken: &str) -> String {
    let part = |from: usize, to: usize| taken.get(from..to).unwrap_or("");
    format!(
        "{}.{}.{}, {}:{} Uhr (UTC)",
        part(8, 10),
        part(5, 7),
        part(0, 4),
        part(11, 13),
        part(14, 16)
    )
}
pub fn snapshot_restore_label(time: &str) -> String {
    format!("Stand vom {time} wiederherstellen")
}
pub fn snapshot_restored(time: &str) -> String {
    format!("Stand vom {time} wiederhergestellt. Rückgängig machen ist möglich.")
}
pub const SNAPSHOT_COL_TIME: &str = "Zeitpunkt";
pub const SNAPSHOT_COL_REASON: &str = "Anlass";
pub const SNAPSHOT_COL_SIZE: &str = "Größe";
pub const SNAPSHOT_RESTORE: &str = "Wiederherstellen";
pub const SNAPSHOT_VIEW: &str = "Ansehen";
pub fn snapshot_view_label(time: &str) -> String {
    format!("Stand vom {time} ansehen")
}
pub fn snapshot_viewing(time: &str) -> String {
    format!("Stand vom {time} (nur lesen):")
}

// Storage meter
pub const STORAGE_METER_LABEL: &str = "Speicher im Browser";
pub fn storage_usage(used: usize, budget: usize, percent: f64) -> String {
    format!(
        "{} % belegt ({} von etwa {} Zeichen). Ab 80 % warnt die App; sichern Sie die Agenda \
         dann als Datei und entfernen Sie alte Sicherungen.",
        decimal(percent, 1),
        thousands(used),
        thousands(budget)
    )
}
pub fn storage_warning(percent: f64) -> String {
    format!(
        "Speicher zu {} % belegt – bitte die Agenda als Datei sichern.",
        decimal(percent, 0)
    )
}
pub fn persisted(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => "Der Browser hat zugesagt, diese Daten dauerhaft aufzubewahren.",
        Some(false) => {
            "Der Browser hat nicht zugesagt, diese Daten dauerhaft aufzubewahren; er \
            könnte sie bei Speichermangel löschen. Sichern Sie die Agenda regelmäßig als Datei."
        }
        None => {
            "Ob der Browser die Daten dauerhaft aufbewahrt, ist noch nicht bekannt \
            (gefragt wird nach dem ersten Speichern)."
        }
    }
}

// Share links
pub const SHARE_HEADING: &str = "Link teilen";
pub const SHARE_INTRO: &str = "Die Agenda steckt vollständig im Link (hinter dem #), kein Server \
sieht sie. Wer den Link öffnet, sieht die Agenda nur lesend und kann sie in den eigenen Browser \
übernehmen – etwa eine Nachbarkommune, die von Ihrer Strategie lernen möchte.";
pub const SHARE_ALL: &str = "Link für die ganze Agenda erzeugen";
pub const SHARE_STRATEGY: &str = "Link nur für die Strategie erzeugen";
pub const SHARE_LINK_LABEL: &str = "Link zum Weitergeben";
pub const SHARE_LINK_HINT: &str = "Markieren und kopieren Sie den Link, z. B. für eine E-Mail.";
pub fn share_error(error: &crate::platform::share::ShareError) -> String {
    use crate::platform::share::{MAX_LINK_CHARS, ShareError};
    match error {
        ShareError::TooLong(n) => format!(
            "Der Link wäre {} Zeichen lang; mehr als {} Zeichen kürzen viele E-Mail-Programme und \
             Chat-Dienste. Bitte geben Sie die Agenda als Datei weiter („Agenda als JSON \
             herunterladen“) oder teilen Sie nur die Strategie.",
            thousands(*n),
            thousands(MAX_LINK_CHARS)
        ),
        ShareError::Damaged => "Der Link ist unvollständig oder beschädigt. Bitten Sie um einen \
            neuen Link oder um die Datei."
            .to_owned(),
        ShareError::Load(error) => format!(
            "Der Link enthält keine lesbare Agenda: {}",
            load_error(error)
        ),
    }
}
fn thousands(n: usize) -> String {
    agenda_core::formats::markdown::euros(n as u64)
        .trim_end_matches(" €")
        .to_owned()
}
pub const SHARED_HEADING: &str = "Geteilte Digitale Agenda – nur lesen";
pub const SHARED_INTRO: &str = "Diese Agenda kommt vollständig aus dem Link, den Sie geöffnet \
haben. Sie ist noch nicht in diesem Browser gespeichert.";
pub const SHARED_TAKE: &str = "In diesen Browser übernehmen";
pub const SHARED_TAKE_HINT: &str = "Ersetzt die Agenda in diesem Browser. Ein bisheriger Stand \
lässt sich danach mit „Rückgängig“ zurückholen.";
pub const SHARED_LEAVE: &str = "Zur eigenen Agenda";
pub const SHARED_READING: &str = "Die Agenda wird aus dem Link gelesen …";

// Files
pub const NAV_FILES: &str = "Dateien";
pub const FILES_HEADING: &str = "Agenda als Datei";
pub const FILES_INTRO: &str = "Die Agenda verlässt den Browser nur als Datei, die Sie selbst \
weitergeben. JSON enthält alles und lässt sich wieder einlesen; Markdown eignet sich für \
E-Mail, Wiki und Ratsvorlage.";
pub const EXPORT_JSON: &str = "Agenda als JSON herunterladen";
pub const EXPORT_MARKDOWN: &str = "Agenda als Markdown herunterladen";
pub const IMPORT_LABEL: &str = "Agenda aus JSON-Datei einlesen";
pub const IMPORT_HINT: &str = "Ersetzt die Agenda in diesem Browser. Der bisherige Stand bleibt \
erhalten und lässt sich mit „Rückgängig“ zurückholen.";
pub fn import_failed(reason: &str) -> String {
    format!("Die Datei wurde nicht übernommen: {reason} Ihre Agenda ist unverändert.")
}
pub fn file_too_large(size: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let size = size as usize;
    format!(
        "Die Datei ist mit {} zu groß (höchstens {}).",
        bytes(size),
        bytes(agenda_core::model::limits::MAX_STORED_BYTES)
    )
}
pub const FILE_UNREADABLE: &str = "Die Datei konnte nicht gelesen werden.";
pub const EXPORT_CSV: &str = "Projekte als CSV für Excel herunterladen";
pub const IMPORT_CSV_LABEL: &str = "Projekte aus CSV-Datei einlesen";
pub const IMPORT_CSV_HINT: &str = "Spalten wie beim Herunterladen; Pflicht sind „Titel“ und \
„Federführung“. Fachbereiche, Leitplanken und Handlungsfelder werden über ihren Namen gefunden. \
Enthält eine Zeile einen Fehler, wird nichts übernommen.";
pub const CSV_ERRORS_HEADING: &str = "Die CSV-Datei wurde nicht übernommen:";

// Contributions (Beiträge) and merging
pub const CONTRIBUTION_HEADING: &str = "Beiträge der Fachbereiche";
pub const CONTRIBUTION_INTRO: &str = "Ein Fachbereich arbeitet in seinem Browser an einer Kopie der \
Agenda (als JSON eingelesen), trägt Perspektiven, Punkte und Projektvorschläge ein und gibt dann \
seinen Beitrag als Datei weiter. Das Digital-Navigator-Team führt alle Beiträge zusammen – in \
beliebiger Reihenfolge, auch mehrfach: Das Ergebnis ist immer dasselbe, Gelöschtes bleibt gelöscht.";
pub fn export_contribution(department: &str) -> String {
    format!("Beitrag von {department} herunterladen")
}
pub const CONTRIBUTION_NEEDS_ROLE: &str = "Einen Beitrag exportieren Fachbereiche: Wählen Sie oben \
die Rolle Ihres Fachbereichs.";
pub const MERGE_LABEL: &str = "Beitrag oder Kopie zusammenführen";
pub const MERGE_HINT: &str = "Übernimmt neuere Änderungen aus der Datei, ohne Ihre eigenen zu \
überschreiben. Wurde dasselbe Feld an beiden Stellen geändert, gilt die neuere Änderung; beide \
Werte werden unten aufgelistet. Der vorherige Stand lässt sich mit „Rückgängig“ zurückholen.";
pub fn merged_summary(source: Option<&str>, changed: usize) -> String {
    let from = source.map_or_else(
        || "Die Datei".to_owned(),
        |d| format!("Der Beitrag von {d}"),
    );
    match changed {
        0 => format!("{from} enthielt nichts Neues."),
        1 => format!("{from} wurde zusammengeführt: 1 Angabe übernommen."),
        n => format!("{from} wurde zusammengeführt: {n} Angaben übernommen."),
    }
}
pub fn conflicts_heading(count: usize) -> String {
    match count {
        1 => "1 Konflikt – bitte prüfen:".to_owned(),
        n => format!("{n} Konflikte – bitte prüfen:"),
    }
}
pub const CONFLICT_WHAT: &str = "Was";
pub const CONFLICT_ITEM: &str = "Eintrag";
pub const CONFLICT_FIELD: &str = "Feld";
pub const CONFLICT_KEPT: &str = "Gilt jetzt";
pub const CONFLICT_OTHER: &str = "Anderer Wert";

/// What a merge conflict means, in a few words.
pub fn conflict_kind(kind: agenda_core::ConflictKind) -> &'static str {
    use agenda_core::ConflictKind::*;
    match kind {
        Concurrent => "An beiden Stellen geändert",
        DeletedWhileEdited => "Gelöscht, anderswo aber geändert – bleibt gelöscht",
        Dropped => "Entfällt, weil sein Bezug gelöscht wurde",
    }
}

/// The kind of item a merge register belongs to.
pub fn conflict_collection(collection: &str) -> &str {
    match collection {
        "guidelines" => "Leitplanke",
        "fields" => "Handlungsfeld",
        "departments" => "Fachbereich",
        "perspectives" => "Perspektive",
        "workshop" => "Karte",
        "ideas" => "Projektidee",
        "projects" => "Projekt",
        _ => "Agenda",
    }
}

/// The German name of a field in a merge conflict.
pub fn conflict_field(field: &str) -> String {
    let field_name = field.strip_prefix("sheet.").unwrap_or(field);
    let known = match field_name {
        "" => "",
        "title" => "Titel",
        "description" => "Beschreibung",
        "rationale" => "Begründung",
        "status" => "Status",
        "field" => "Handlungsfeld",
        "name" => "Name",
        "short_name" => "Kurzname",
        "head" => "Leitung",
        "weight" => "Gewicht",
        "text" => "Text",
        "kind" => "Art",
        "guidelines" => "Leitplanken",
        "department" => "Fachbereich",
        "effect" => "Wirkung",
        "lead" => "Federführung",
        "participants" => "Beteiligte",
        "perspectives" => "Perspektiven",
        "band" => "Priorität",
        "start" => "Beginn",
        "end" => "Ende",
        "budget" => "Budget",
        "funding" => "Finanzierung",
        "costs" => "Kosten",
        "benefits" => "Nutzen",
        "grants" => "Förderprogramme",
        "finance" => "Stundensatz und Kalkulationszins",
        "responsible" => "Verantwortlich",
        "milestones" => "Meilensteine",
        "indicators" => "Kennzahlen",
        "updates" => "Statusverlauf",
        "progress_override" => "Fortschritt (manuell)",
        "municipality" => "Name der Kommune",
        "vision" => "Leitbild",
        "prioritisation/subject" => "Priorisierung: Gegenstand",
        "prioritisation/method" => "Priorisierung: Verfahren",
        "prioritisation/budget" => "Priorisierung: Punktebudget",
        "prioritisation/max_per_item" => "Priorisierung: Punkte je Eintrag",
        other if other.starts_with("prioritisation/points/") => "Punkte",
        other if other.starts_with("prioritisation/rankings/") => "Rangfolge",
        other => other,
    };
    known.to_owned()
}

/// One CSV problem as a German sentence with row and column.
pub fn csv_problem(e: &agenda_core::formats::csv_projects::RowError) -> String {
    use agenda_core::formats::csv_projects::Problem;
    let what = match &e.problem {
        Problem::MissingColumn => "Die Spalte fehlt.".to_owned(),
        Problem::Empty => "Der Wert fehlt.".to_owned(),
        Problem::UnknownDepartment(n) => format!("Einen Fachbereich „{n}“ gibt es nicht."),
        Problem::UnknownGuideline(n) => format!("Eine Leitplanke „{n}“ gibt es nicht."),
        Problem::UnknownField(n) => format!("Ein Handlungsfeld „{n}“ gibt es nicht."),
        Problem::UnknownCompetence(n) => {
            format!("Eine Kompetenz „{n}“ gibt es im Kompetenzrad nicht.")
        }
        Problem::BadDate(v) => format!("„{v}“ ist kein Datum (TT.MM.JJJJ)."),
        Problem::BadNumber(v) => format!("„{v}“ ist keine gültige Zahl."),
        Problem::BadChoice(v) => format!("„{v}“ ist hier nicht vorgesehen."),
        Problem::Syntax(_) => "Die Zeile ist kein gültiges CSV.".to_owned(),
        Problem::TooLarge => "Die Datei ist zu groß (höchstens 5 MB).".to_owned(),
        Problem::Invalid(error) => agenda_error(error),
    };
    if e.column.is_empty() {
        format!("Zeile {}: {what}", e.row)
    } else {
        format!("Zeile {}, Spalte „{}“: {what}", e.row, e.column)
    }
}

// A newer version of the app (service worker)
pub const UPDATE_READY: &str = "Eine neue Version der Digitalen Agenda ist bereit. Ihre Agenda \
bleibt dabei erhalten.";
pub const UPDATE_RELOAD: &str = "Jetzt neu laden";
pub const UPDATE_LATER: &str = "Später";

// Saving
pub const SAVE_OK: &str = "Gespeichert";
pub const SAVE_PENDING: &str = "Noch nicht gespeichert";
pub const SAVE_FAILED_HEADING: &str = "Speichern fehlgeschlagen";
pub const SAVE_QUOTA: &str = "Der Speicher dieses Browsers ist voll. Ihre letzten Änderungen \
sind nur in diesem Fenster vorhanden und gehen beim Schließen verloren. Laden Sie die Agenda \
jetzt als Datei herunter und geben Sie Speicher frei.";
pub const SAVE_UNAVAILABLE: &str = "Dieser Browser erlaubt keinen lokalen Speicher (z. B. im \
privaten Modus oder durch eine Einstellung). Ihre Änderungen sind nur in diesem Fenster \
vorhanden. Laden Sie die Agenda als Datei herunter, bevor Sie das Fenster schließen.";
pub const SAVE_BLOCKED: &str = "Im Speicher liegen inzwischen Daten, die diese Version nicht \
lesen kann (z. B. aus einer neueren Version in einem anderen Tab). Damit nichts verloren geht, \
speichert dieses Fenster nicht mehr. Laden Sie Ihre Agenda als Datei herunter und laden Sie \
die Seite neu.";
pub fn save_other(detail: &str) -> String {
    format!(
        "Der Browser hat das Speichern abgelehnt ({detail}). Ihre Änderungen sind nur in diesem Fenster vorhanden."
    )
}
pub const DOWNLOAD_AGENDA: &str = "Agenda als Datei herunterladen";

// Recovery
pub const RECOVERY_HEADING: &str = "Die gespeicherte Agenda kann nicht geöffnet werden";
pub const RECOVERY_KEPT: &str = "Die gespeicherten Daten bleiben unverändert im Browser. \
Nichts wird überschrieben, solange Sie es nicht ausdrücklich wählen.";
pub const RECOVERY_DOWNLOAD: &str = "Gespeicherte Rohdaten herunterladen";
pub const RECOVERY_BACKUP_AND_START: &str = "Rohdaten sichern und neu beginnen";
pub const RECOVERY_BACKUP_HINT: &str = "Legt eine Kopie der Rohdaten unter einem eigenen \
Schlüssel im Browser ab und öffnet danach den Start. Die Kopie bleibt erhalten.";
pub const RECOVERY_DETAILS: &str = "Technische Einzelheiten";
pub fn recovery_backup_failed(error: &crate::platform::storage::SaveError) -> String {
    use crate::platform::storage::SaveError;
    let reason = match error {
        SaveError::QuotaExceeded => "der Speicher des Browsers ist voll",
        SaveError::Unavailable => "der Browser erlaubt keinen lokalen Speicher",
        SaveError::NotVerified => "die Kopie ließ sich nicht unverändert zurücklesen",
        SaveError::Other(detail) => detail.as_str(),
        SaveError::Blocked | SaveError::Merge(_) => UNKNOWN_BROWSER_ERROR,
    };
    format!(
        "Die Sicherungskopie konnte nicht angelegt werden ({reason}). Bitte laden Sie die Rohdaten herunter."
    )
}
/// Stands in for the reason when the browser gave none.
pub const UNKNOWN_BROWSER_ERROR: &str = "ohne Angabe eines Grundes";

/// Explains in German why stored data could not be loaded.
/// Why typed text is not the number asked for.
pub fn number_error(error: NumberError) -> &'static str {
    match error {
        NumberError::Empty => "Bitte eine Zahl eingeben.",
        NumberError::NotANumber => {
            "Das ist keine Zahl. Bitte so schreiben: 1.250 oder 12,5 (Punkt für Tausender, Komma vor den Nachkommastellen)."
        }
        NumberError::NotWhole => "Bitte ganze Euro ohne Cent eingeben.",
        NumberError::OutOfRange => "Der Wert liegt außerhalb des erlaubten Bereichs.",
    }
}

/// Why a typed percentage is refused.
pub fn percent_error(error: NumberError) -> &'static str {
    match error {
        NumberError::OutOfRange => "Bitte einen Wert von 0 bis 100 eingeben.",
        other => number_error(other),
    }
}

/// Why two copies could not be merged, in German.
pub fn merge_error(error: &MergeError) -> String {
    match error {
        MergeError::Shape(_) => {
            "Die Datei lässt sich nicht mit dieser Agenda zusammenführen: ihre Angaben passen \
             nicht zum Aufbau einer Agenda."
                .into()
        }
        MergeError::Invalid(inner) => format!(
            "Zusammengeführt wäre die Agenda ungültig: {}",
            agenda_error(inner)
        ),
    }
}

/// Another tab's save could not be merged before writing.
pub fn save_merge_failed(error: &MergeError) -> String {
    format!(
        "Die Änderungen aus einem anderen Tab konnten nicht übernommen werden, darum wurde \
         nichts gespeichert. {}",
        merge_error(error)
    )
}

pub fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::NewerVersion { found, supported } => format!(
            "Die Daten stammen aus einer neueren Version der Digitalen Agenda (Datenformat {found}); \
diese Version kennt nur bis Format {supported}. Bitte öffnen Sie die Agenda mit der neueren Version."
        ),
        LoadError::TooLarge { actual, max } => format!(
            "Die Daten sind mit {} zu groß (höchstens {}).",
            bytes(*actual),
            bytes(*max)
        ),
        LoadError::Syntax(_) => "Die Daten sind beschädigt oder unvollständig.".into(),
        LoadError::MissingVersion | LoadError::UnknownOldVersion { .. } => {
            "Die Daten haben kein bekanntes Datenformat.".into()
        }
        LoadError::Shape(_) => "Die Daten enthalten unbekannte oder fehlende Felder.".into(),
        LoadError::Field { path, problem } => format!(
            "Das Feld „{path}“ passt nicht zum Aufbau einer Agenda (unbekannt, fehlend oder mit \
             falschem Wert; technisch: {problem})."
        ),
        LoadError::Invalid(inner) => format!("Die Daten sind ungültig: {}", agenda_error(inner)),
    }
}

fn field_name(field: TextField) -> &'static str {
    match field {
        TextField::Municipality => "Name der Kommune",
        TextField::Vision => "Leitbild",
        TextField::GuidelineTitle => "Titel der Leitplanke",
        TextField::GuidelineDescription => "Beschreibung der Leitplanke",
        TextField::GuidelineRationale => "Begründung der Leitplanke",
        TextField::FieldName => "Name des Handlungsfelds",
        TextField::DepartmentName => "Name des Fachbereichs",
        TextField::DepartmentShortName => "Kurzname des Fachbereichs",
        TextField::DepartmentHead => "Leitung des Fachbereichs",
        TextField::PerspectiveText => "Text des Beitrags",
        TextField::CardText => "Text der Karte",
        TextField::IdeaTitle => "Titel der Projektidee",
        TextField::ProjectTitle => "Titel des Projekts",
        TextField::ProjectText => "Text des Projekts",
        TextField::ProjectName => "Name (Verantwortliche Person oder Förderprogramm)",
        TextField::MilestoneTitle => "Titel des Meilensteins",
        TextField::IndicatorName => "Name oder Einheit der Kennzahl",
        TextField::CompetenceName => "Name der Kompetenz",
        TextField::PersonName => "Name der Person",
    }
}

fn item_kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Guideline => "Leitplanke",
        Kind::Field => "Handlungsfeld",
        Kind::Department => "Fachbereich",
        Kind::Perspective => "Beitrag",
        Kind::Card => "Karte",
        Kind::Idea => "Projektidee",
        Kind::Project => "Projekt",
        Kind::Milestone => "Meilenstein",
        Kind::Indicator => "Kennzahl",
        Kind::Competence => "Kompetenz",
        Kind::Assessment => "Selbsteinschätzung",
        Kind::Survey => "Befragung",
    }
}

/// Explains in German why an action was refused.
pub fn agenda_error(error: &AgendaError) -> String {
    match error {
        AgendaError::Empty { field } => format!("„{}“ darf nicht leer sein.", field_name(*field)),
        AgendaError::TooLong { field, max, actual } => format!(
            "„{}“ ist mit {actual} Zeichen zu lang (höchstens {max}).",
            field_name(*field)
        ),
        AgendaError::ControlCharacters { field } => {
            format!(
                "„{}“ enthält unzulässige Steuerzeichen.",
                field_name(*field)
            )
        }
        AgendaError::UnknownGuideline(_) => {
            "Diese Leitplanke gibt es nicht mehr (vielleicht wurde sie gerade gelöscht).".into()
        }
        AgendaError::DuplicateGuideline(_) => "Diese Leitplanke gibt es bereits.".into(),
        AgendaError::PositionOutOfRange { .. } => {
            "Die Leitplanke kann nicht weiter verschoben werden.".into()
        }
        AgendaError::TooManyGuidelines { max } => {
            format!("Eine Agenda kann höchstens {max} Leitplanken enthalten.")
        }
        AgendaError::TooMany { kind, max } => {
            format!(
                "Höchstens {max} Einträge der Art „{}“ sind möglich.",
                item_kind_name(*kind)
            )
        }
        AgendaError::Unknown { kind, .. } => format!(
            "Diesen Eintrag ({}) gibt es nicht mehr (vielleicht wurde er gerade gelöscht).",
            item_kind_name(*kind)
        ),
        AgendaError::Duplicate { kind, .. } => {
            format!(
                "Diesen Eintrag ({}) gibt es bereits.",
                item_kind_name(*kind)
            )
        }
        AgendaError::DepartmentInUse(_) => "Der Fachbereich hat noch Beiträge, Karten oder \
Projektideen. Verschieben oder löschen Sie diese zuerst."
            .into(),
        AgendaError::WeightOutOfRange { max, .. } => {
            format!("Die Gewichtung muss zwischen 0 und {max} liegen.")
        }
        AgendaError::SettingOutOfRange { min, max, .. } => {
            format!("Bitte einen Wert von {min} bis {max} wählen.")
        }
        AgendaError::AlreadyAllocated { given, limit, .. } => format!(
            "Ein Fachbereich hat bereits {given} Punkte vergeben; {limit} wäre zu wenig. \
Nehmen Sie zuerst Punkte zurück."
        ),
        AgendaError::OverItemCap { max } => format!("Höchstens {max} Punkte pro Eintrag."),
        AgendaError::OverBudget { remaining } => match remaining {
            1 => "Es ist nur noch 1 Punkt übrig.".into(),
            n => format!("Es sind nur noch {n} Punkte übrig."),
        },
        AgendaError::NotPrioritised(_) => "Dieser Eintrag wird gerade nicht priorisiert.".into(),
        AgendaError::RankedTwice(_) => "Ein Eintrag steht doppelt in der Reihenfolge.".into(),
        AgendaError::InvalidBallot(_) => "Eine gespeicherte Stimmabgabe ist fehlerhaft.".into(),
        AgendaError::GuidelineInUse(_) => "Diese Leitplanke wird von Projekten verfolgt. Ordnen \
Sie die Projekte zuerst einer anderen Leitplanke zu."
            .into(),
        AgendaError::EndBeforeStart => "Das Ende liegt vor dem Beginn.".into(),
        AgendaError::LevelOutOfRange(_) => "Die Stufe muss zwischen 0 und 4 liegen.".into(),
        AgendaError::MoreAnswersThanRespondents {
            answered,
            respondents,
        } => format!(
            "Für eine Kompetenz sind {answered} Antworten eingetragen, aber nur {respondents} \
             Personen haben teilgenommen."
        ),
        AgendaError::CompetenceInUse(_) => "Diese Kompetenz ist schon eingeschätzt oder befragt \
            worden und bleibt deshalb im Kompetenzrad. Umbenennen geht jederzeit."
            .into(),
        AgendaError::BadNumber { value } => format!("Der Wert {value} ist hier nicht zulässig."),
        AgendaError::ListedTwice { kind, .. } => format!(
            "Ein Eintrag ({}) ist doppelt angegeben, oder die Federführung ist auch als Beteiligte genannt.",
            item_kind_name(*kind)
        ),
    }
}

/// A byte count the way German users read it: "1,5 MB".
pub fn bytes(count: usize) -> String {
    #[allow(clippy::cast_precision_loss)] // sizes far below 2^52
    let n = count as f64;
    let (value, unit) = if n >= 1_000_000.0 {
        (n / 1_000_000.0, "MB")
    } else if n >= 1_000.0 {
        (n / 1_000.0, "kB")
    } else {
        return format!("{count} Byte");
    };
    format!("{} {unit}", agenda_core::numbers::fixed(value, 1)).replace('.', ",")
}

// The Kompetenzrad
pub const NAV_COMPETENCES: &str = "Kompetenzrad";
pub const COMP_HEADING: &str = "Digitale Kompetenzen der Verwaltung";
pub const COMP_INTRO: &str = "Wo steht die Verwaltung bei den digitalen Kompetenzen, und welche \
Projekte schließen die Lücken? Das Kompetenzrad für Digitallotsen ordnet Fach-, Methoden-, Sozial- \
und Personalkompetenz. Das Team schätzt sich selbst ein, die Fachbereiche tragen die \
zusammengefassten Antworten ihrer Befragung ein – nie einzelne Personen.";
pub const COMP_EMPTY: &str = "Noch keine Kompetenzen im Kompetenzrad.";
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
pub const COMP_NO_PROJECT: &str = "Kein Projekt greift diese Lücke auf.";
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
    let name = agenda_core::competence::LEVELS
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

/// One line of the gap list.
pub fn gap_size(size: i64) -> String {
    format!("Lücke {}", agenda_core::competence::change_text(size))
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

/// A problem of a survey file as a German sentence.
pub fn survey_csv_problem(e: &agenda_core::competence::survey_csv::SurveyCsvError) -> String {
    use agenda_core::competence::survey_csv::SurveyCsvError;
    match e {
        SurveyCsvError::TooLarge => "Die Datei ist zu groß (höchstens 5 MB).".into(),
        SurveyCsvError::NoCompetenceColumn => "Keine Spalte trägt den Namen einer Kompetenz des \
            Kompetenzrads."
            .into(),
        SurveyCsvError::Unclosed { row } => {
            format!("Zeile {row}: ein Anführungszeichen wird nicht geschlossen.")
        }
        SurveyCsvError::BadLevel { row, column, value } => {
            format!("Zeile {row}, Spalte „{column}“: „{value}“ ist keine Stufe von 0 bis 4.")
        }
    }
}

/// "Team 2,50 / 3,00" etc. for a mean in hundredths, or a dash.
pub fn level_or_dash(value: Option<u32>) -> String {
    value.map_or_else(|| "–".to_owned(), agenda_core::competence::level_text)
}

// Kompetenzrad in the documents
pub const DOC_COMPETENCES: &str = "Kompetenzrad";
pub const DOC_COMP_CHANGE: &str = "Kompetenzen: Veränderung seit der letzten Runde";
pub const DOC_COMP_NO_CHANGE: &str =
    "Noch keine zweite Runde von Selbsteinschätzung oder Befragung.";
pub const COMP_NO_PROJECT_HEADING: &str = "Lücken, die kein Projekt aufgreift:";
pub const COMP_PROJECTS: &str = "Projekte";
pub const PROJECT_COMPETENCES: &str = "Kompetenzen, die das Projekt stärkt";

// Kämmerei: costs, benefits, funding, Haushaltsplanung, argument sheet
pub const NAV_BUDGET: &str = "Haushalt";
pub const FIN_HEADING: &str = "Kosten, Nutzen und Förderung";
pub const FIN_COSTS: &str = "Kosten";
pub const FIN_YEAR: &str = "Haushaltsjahr der einmaligen Kosten (leer: Startjahr)";
pub const FIN_INVESTMENT: &str = "Einmalige Sachkosten (€)";
pub const FIN_INVESTMENT_HOURS: &str = "Einmalige Personalstunden";
pub const FIN_RECURRING: &str = "Laufende Sachkosten pro Jahr (€)";
pub const FIN_RECURRING_HOURS: &str = "Laufende Personalstunden pro Jahr";
pub const FIN_LIFE: &str = "Nutzungsdauer (Jahre)";
pub const FIN_BENEFITS: &str = "Nutzen in Geld";
pub const FIN_CASES: &str = "Fälle pro Jahr";
pub const FIN_MINUTES: &str = "Minuten gespart je Fall";
pub const FIN_SAVINGS: &str = "Sonstige Einsparungen pro Jahr (€)";
pub const FIN_QUALITATIVE: &str = "Nutzen, der sich nicht in Geld rechnet";
pub const FIN_RATING: &str = "Gewicht";
pub const FIN_REASON: &str = "Begründung";
pub const FIN_RATINGS: [&str; 4] = ["—", "gering", "mittel", "hoch"];
pub const FIN_GRANTS: &str = "Förderprogramme";
pub const FIN_GRANT_NAME: &str = "Programm";
pub const FIN_GRANT_BODY: &str = "Fördergeber";
pub const FIN_GRANT_SHARE: &str = "Förderquote (%) oder Betrag (€)";
pub const FIN_GRANT_STATUS: &str = "Stand";
pub const FIN_GRANT_DEADLINE: &str = "Frist";
pub const FIN_GRANT_ADD: &str = "Förderprogramm hinzufügen";
pub const FIN_GRANT_REMOVE: &str = "Förderprogramm entfernen";
pub const FIN_SAVE: &str = "Kosten und Nutzen speichern";
pub const FIN_ARGUMENTS_LINK: &str = "Argumente für die Kämmerei (Druckseite)";
pub const FIN_EMPTY: &str = "Noch keine Kosten erfasst.";
pub const FIN_HOURS_HINT: &str = "Personalstunden und gesparte Minuten rechnet die App mit dem Stundensatz der Kommune (Ansicht „Haushalt“).";

/// The name of a qualitative benefit.
pub fn benefit_kind(kind: agenda_core::kaemmerei::finance::BenefitKind) -> &'static str {
    use agenda_core::kaemmerei::finance::BenefitKind;
    match kind {
        BenefitKind::LegalDuty => "Rechtspflicht (z. B. OZG, E-Government-Gesetz)",
        BenefitKind::Security => "Informationssicherheit, Risikominderung",
        BenefitKind::CitizenService => "Bürgerservice",
        BenefitKind::StaffSatisfaction => "Mitarbeiterzufriedenheit",
    }
}

/// The state of a funding application.
pub fn grant_status(status: agenda_core::kaemmerei::finance::GrantStatus) -> &'static str {
    use agenda_core::kaemmerei::finance::GrantStatus;
    match status {
        GrantStatus::Planned => "geplant",
        GrantStatus::Applied => "beantragt",
        GrantStatus::Approved => "bewilligt",
        GrantStatus::Rejected => "abgelehnt",
    }
}

/// A rate in basis points as German percent: `80 %`, `0,9 %`.
pub fn basis_points(bp: u32) -> String {
    let whole = bp / 100;
    match bp % 100 {
        0 => format!("{whole} %"),
        rest if rest % 10 == 0 => format!("{whole},{} %", rest / 10),
        rest => format!("{whole},{rest:02} %"),
    }
}

/// What a programme pays, as typed back into the form.
pub fn grant_share(share: agenda_core::kaemmerei::finance::GrantShare) -> String {
    match share {
        agenda_core::kaemmerei::finance::GrantShare::Rate(bp) => basis_points(bp),
        agenda_core::kaemmerei::finance::GrantShare::Amount(c) => c.german(),
    }
}

pub const FIN_ONE_OFF: &str = "Einmalige Kosten";
pub const FIN_YEARLY_COSTS: &str = "Laufende Kosten pro Jahr";
pub const FIN_YEARLY_SAVINGS: &str = "Einsparung pro Jahr";
pub const FIN_APPROVED: &str = "Förderung bewilligt";
pub const FIN_PENDING: &str = "Förderung geplant oder beantragt";
pub const FIN_OWN_SHARE: &str = "Eigenanteil";
pub const FIN_PAYBACK: &str = "Amortisation";
pub const FIN_NPV: &str = "Kapitalwert";

pub fn hours(h: u64) -> String {
    format!(
        "{} Stunden",
        thousands(usize::try_from(h).unwrap_or(usize::MAX))
    )
}

pub fn with_hours(money: agenda_core::kaemmerei::money::Cents, h: u64) -> String {
    if h == 0 {
        money.german()
    } else {
        format!("{} (darin {})", money.german(), hours(h))
    }
}

pub fn payback(year: Option<u32>, life: u32) -> String {
    match year {
        Some(0) => "sofort (die Förderung deckt die einmaligen Kosten)".into(),
        Some(1) => "im 1. Jahr nach der Einführung".into(),
        Some(n) => format!("im {n}. Jahr nach der Einführung"),
        None => format!("nicht innerhalb der Nutzungsdauer von {life} Jahren"),
    }
}

pub fn npv_at(bp: u32) -> String {
    format!("{FIN_NPV} bei {} Kalkulationszins", basis_points(bp))
}

pub const FIN_NO_LIFE: &str =
    "Ohne Nutzungsdauer keine Wirtschaftlichkeitsrechnung: bitte die Nutzungsdauer eintragen.";

/// The plain verdict: does it pay back in money, and if not, what it rests on.
pub fn verdict(
    pays_back: bool,
    qualitative: &[agenda_core::kaemmerei::finance::QualitativeBenefit],
) -> String {
    if pays_back {
        return "Das Projekt trägt sich in Geld: die Einsparungen decken die Kosten innerhalb der Nutzungsdauer.".into();
    }
    if qualitative.is_empty() {
        return "Das Projekt rechnet sich in Geld nicht, und es ist kein anderer Nutzen genannt: so ist es schwer zu begründen.".into();
    }
    let reasons: Vec<String> = qualitative
        .iter()
        .map(|q| {
            let weight = FIN_RATINGS
                .get(usize::from(q.rating))
                .copied()
                .unwrap_or_default();
            format!("{} ({weight})", benefit_kind(q.kind))
        })
        .collect();
    format!(
        "Das Projekt rechnet sich in Geld nicht. Es stützt sich auf: {}.",
        reasons.join(", ")
    )
}

pub fn fin_number_error(label: &str, error: NumberError) -> String {
    let what = match error {
        NumberError::Empty => "fehlt",
        NumberError::NotWhole => "hat mehr als zwei Nachkommastellen",
        NumberError::OutOfRange => "ist zu groß oder negativ",
        _ => "ist keine Zahl",
    };
    format!("„{label}“ {what}.")
}

// Haushaltsplanung
pub const BUDGET_HEADING: &str = "Haushaltsplanung";
pub const BUDGET_INTRO: &str = "Was alle Projekte in welchem Haushaltsjahr kosten, was Förderung deckt und was die Kommune selbst trägt. Einmalige Kosten fallen im Haushaltsjahr des Projekts an, laufende Kosten in den Jahren danach (ohne Nutzungsdauer: die drei Jahre der mittelfristigen Finanzplanung). Nur bewilligte Förderung senkt den Eigenanteil.";
pub const BUDGET_SETTINGS: &str = "Sätze der Kommune";
pub const BUDGET_RATE: &str = "Stundensatz Personal (€)";
pub const BUDGET_RATE_SOURCE: &str = "Quelle des Stundensatzes";
pub const BUDGET_DISCOUNT: &str = "Kalkulationszinssatz (%)";
pub const BUDGET_DISCOUNT_SOURCE: &str = "Quelle des Zinssatzes";
pub const BUDGET_SAVE: &str = "Sätze speichern";
pub const BUDGET_BY_YEAR: &str = "Nach Haushaltsjahr";
pub const BUDGET_BY_GROUP: &str = "Summen über alle Jahre";
pub const BUDGET_PROJECTS_IN_YEAR: &str = "Projekte eines Haushaltsjahres";
pub const BUDGET_GROUPING: &str = "Gruppieren nach";
pub const BUDGET_GROUPINGS: [&str; 3] =
    ["Leitplanke", "Handlungsfeld", "Fachbereich (federführend)"];
pub const BUDGET_GUIDELINE_NOTE: &str = "Ein Projekt, das mehreren Leitplanken dient, zählt bei jeder mit; die Summe der Zeilen kann daher über der Gesamtsumme liegen.";
pub const BUDGET_NONE: &str = "ohne Zuordnung";
pub const BUDGET_TOTAL: &str = "Summe";
pub const BUDGET_YEAR: &str = "Haushaltsjahr";
pub const BUDGET_INVESTMENT: &str = "Investition";
pub const BUDGET_RECURRING: &str = "Laufend";
pub const BUDGET_EMPTY: &str = "Noch kein Projekt mit Kosten und Haushaltsjahr.";
pub const BUDGET_WITHOUT_YEAR: &str = "Ohne Haushaltsjahr und Start (nicht im Plan):";
pub const BUDGET_CSV: &str = "Haushaltsplan als CSV (Excel)";

// The argument sheet
pub const ARG_TITLE: &str = "Argumente für die Kämmerei";
pub const ARG_WHAT: &str = "Worum es geht";
pub const ARG_COSTS: &str = "Was es kostet, wann, und was es spart";
pub const ARG_WHY: &str = "Welche Pflicht oder welches Risiko es beantwortet";
pub const ARG_FUNDING: &str = "Förderung";
pub const ARG_DECISION: &str = "Beschlussvorschlag";
pub const ARG_NO_FUNDING: &str = "Kein Förderprogramm eingetragen.";
pub const ARG_NO_REASON: &str = "Kein qualitativer Nutzen eingetragen.";
pub const ARG_CHOOSE: &str = "Projekt";
pub const ARG_APPENDIX: &str = "Argumente für die Kämmerei als Anhang (Projekte mit Kosten)";

/// "Einmalige Kosten (2026)".
pub fn once(year: Option<i32>) -> String {
    year.map_or_else(|| FIN_ONE_OFF.into(), |y| format!("{FIN_ONE_OFF} ({y})"))
}

/// "Laufende Kosten pro Jahr (2027–2034)".
pub fn yearly(first: Option<i32>, years: u32) -> String {
    match first {
        Some(y) => format!(
            "{FIN_YEARLY_COSTS} ({}–{})",
            y + 1,
            y.saturating_add_unsigned(years)
        ),
        None => format!("{FIN_YEARLY_COSTS} ({years} Jahre)"),
    }
}

pub fn arg_priority(place: usize, of: usize, title: &str) -> String {
    format!("Leitplanke „{title}“: Platz {place} von {of} in der Priorisierung der Fachbereiche")
}

pub fn arg_field_priority(place: usize, of: usize, name: &str) -> String {
    format!("Handlungsfeld „{name}“: Platz {place} von {of} in der Priorisierung der Fachbereiche")
}

pub fn arg_decision(
    year: Option<i32>,
    own: agenda_core::kaemmerei::money::Cents,
    yearly: agenda_core::kaemmerei::money::Cents,
) -> String {
    let when = year.map_or_else(
        || "im Haushaltsjahr des Projekts".into(),
        |y| format!("im Haushalt {y}"),
    );
    if yearly.0 == 0 {
        format!(
            "Die Kämmerei wird gebeten, {when} Mittel von {} (Eigenanteil) vorzusehen.",
            own.german()
        )
    } else {
        format!(
            "Die Kämmerei wird gebeten, {when} Mittel von {} (Eigenanteil) und in den Folgejahren jährlich {} vorzusehen.",
            own.german(),
            yearly.german()
        )
    }
}

// ---------------------------------------------------------------------------
// Live-Abgleich: optional sync with a CouchDB database (hooks/live_sync.rs)

pub const SYNC_HEADING: &str = "Live-Abgleich über CouchDB (optional)";
pub const SYNC_INTRO: &str = "Ohne Server arbeitet jede Kopie für sich; Beiträge kommen als Dateien. \
Betreibt die IT der Kommune oder des Landkreises eine CouchDB-Datenbank für diese Agenda, \
kommen die Änderungen aller verbundenen Browser von selbst an. Diese Kopie bleibt die \
Arbeitskopie: ohne Verbindung wird weitergearbeitet, und die Änderungen gehen hinaus, \
sobald der Server wieder erreichbar ist. Gleichzeitige Änderungen an derselben Stelle \
werden wie beim Zusammenführen aufgelistet.";
pub const SYNC_URL_LABEL: &str = "Adresse der Datenbank";
pub const SYNC_URL_HINT: &str = "z. B. /couchdb/agenda-musterstadt (über den Server dieser Seite) \
oder https://couch.landkreis.de/agenda-musterstadt";
pub const SYNC_USER_LABEL: &str = "Benutzername (CouchDB)";
pub const SYNC_PASSWORD_LABEL: &str = "Passwort";
pub const SYNC_PASSWORD_HINT: &str = "Wird nur zur Anmeldung gesendet und nicht gespeichert; \
die Sitzung hält ein Cookie der Datenbank.";
pub const SYNC_CONNECT: &str = "Verbinden";
pub const SYNC_LOG_IN_AGAIN: &str = "Erneut anmelden";
pub const SYNC_DISCONNECT: &str = "Verbindung trennen";
pub const SYNC_OFF: &str = "Nicht verbunden. Es verlässt nichts diese Seite.";
pub const SYNC_CONNECTING: &str = "Verbindung wird hergestellt …";
pub const SYNC_RECEIVED: &str = "Änderungen vom Server übernommen.";
pub const SYNC_CONFLICTS_INTRO: &str = "Über den Live-Abgleich kamen gleichzeitige Änderungen an \
denselben Stellen. Die neuere Änderung gilt; beide Werte stehen hier:";
pub const SYNC_BAD_URL: &str = "Die Adresse passt nicht: erlaubt sind ein Pfad auf diesem Server \
(beginnt mit /) oder eine https-Adresse; der letzte Teil ist der Name der Datenbank \
(Kleinbuchstaben, Ziffern, _ $ ( ) + -).";
pub const SYNC_NO_DATABASE: &str = "Diese Datenbank gibt es auf dem Server nicht. Die IT richtet \
sie ein (docs/sync.md).";
pub const SYNC_LOGIN_NEEDED: &str = "Anmeldung nötig: die Sitzung ist abgelaufen oder Name und \
Passwort passen nicht. Bis zur neuen Anmeldung bleiben die Änderungen hier.";
pub const SYNC_BAD_ANSWER: &str = "Der Server hat unverständlich geantwortet.";
pub const SYNC_NAVIGATOR_ONLY: &str = "Die Verbindung richtet der Digital-Navigator ein \
(Rolle oben wählen).";
pub const SYNC_REFUSED_HEADING: &str =
    "Vom Server abgelehnte Dokumente (die Agenda blieb unverändert):";

/// The status line while connected (a live region: it changes only when
/// the state does, so a screen reader is not told the time every round).
pub fn sync_connected(url: &str, user: &str) -> String {
    if user.is_empty() {
        format!("Verbunden mit {url}.")
    } else {
        format!("Verbunden mit {url} als {user}.")
    }
}

/// When data last went to or came from the server.
pub fn sync_last(at: &str) -> String {
    format!("Letzter Abgleich: {at} Uhr.")
}

/// The status line while the server cannot be reached.
pub fn sync_offline(detail: &str) -> String {
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(" ({detail})")
    };
    format!(
        "Offline: der Server ist nicht erreichbar{detail}. Die Änderungen bleiben hier gespeichert \
und gehen hinaus, sobald die Verbindung zurück ist."
    )
}

/// A server's refusal.
pub fn sync_server_error(status: u16, reason: &str) -> String {
    if reason.is_empty() {
        format!("Fehler: der Server antwortete mit Status {status}.")
    } else {
        format!("Fehler: der Server antwortete mit Status {status} ({reason}).")
    }
}

/// Why a document from the server was refused.
pub fn sync_refused(id: &str, error: &agenda_core::replication::sync::SyncError) -> String {
    use agenda_core::replication::sync::SyncError;
    let why = match error {
        SyncError::TooLarge(size) => format!("zu groß ({})", bytes(*size)),
        SyncError::Shape(_) => "kein Dokument der Digitalen Agenda".to_owned(),
        SyncError::Newer { .. } => {
            "von einer neueren Version der App geschrieben; bitte die App aktualisieren".to_owned()
        }
        SyncError::Misplaced(_) => "enthält Daten, die nicht zu diesem Dokument gehören".to_owned(),
        SyncError::Merge(_) => {
            "würde die Agenda ungültig machen (Grenzen oder Verweise)".to_owned()
        }
    };
    format!("{id}: {why}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_use_a_decimal_comma() {
        assert_eq!(bytes(512), "512 Byte");
        assert_eq!(bytes(1_500), "1,5 kB");
        assert_eq!(bytes(10_485_760), "10,5 MB");
    }

    #[test]
    fn plural_of_guidelines() {
        assert_eq!(guideline_count(1), "1 Leitplanke");
        assert_eq!(guideline_count(0), "0 Leitplanken");
        assert_eq!(guideline_count(3), "3 Leitplanken");
    }
}
