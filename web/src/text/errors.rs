//! Every error a user can meet, in German: the core's `AgendaError`,
//! loading, merging, the live sync, CSV and templates, numbers typed into
//! forms. `tests` walks every variant so no English text reaches the screen.

use agenda_core::numbers::NumberError;
use agenda_core::{AgendaError, Kind, LoadError, MergeError, TextField};

use super::*;
use crate::format::*;

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

pub(crate) fn field_name(field: TextField) -> &'static str {
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

pub(crate) fn item_kind_name(kind: Kind) -> &'static str {
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

pub fn fin_number_error(label: &str, error: NumberError) -> String {
    let what = match error {
        NumberError::Empty => "fehlt",
        NumberError::NotWhole => "hat mehr als zwei Nachkommastellen",
        NumberError::OutOfRange => "ist zu groß oder negativ",
        _ => "ist keine Zahl",
    };
    format!("„{label}“ {what}.")
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
