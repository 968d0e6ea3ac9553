//! Every error a user can meet, in German: the core's `AgendaError`,
//! loading, saving, merging, the live sync, share links, chosen files, CSV
//! and templates, numbers typed into forms. The core's English `Display`
//! texts are for developers and never shown. `tests` walks every variant so
//! no English text reaches the screen.
//!
//! Long on purpose: that walk (one sample of every variant of every error
//! enum) sits beside the texts it checks.

use agenda_core::formats::stored::EncodeError;
use agenda_core::numbers::NumberError;
use agenda_core::{AgendaError, FileMergeError, Kind, LoadError, MergeError, TextField};

use super::*;
use crate::format::*;
use crate::platform::browser::FileReadError;
use crate::platform::storage::SaveError;

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
        Problem::UnknownProject(id) => format!(
            "Ein Projekt mit der Kennung „{id}“ gibt es in dieser Agenda nicht (gelöscht oder aus \
             einer anderen Agenda). Leeren Sie die Zelle, um es als neues Projekt anzulegen."
        ),
        Problem::RepeatedProject(id) => {
            format!("Das Projekt mit der Kennung „{id}“ steht schon in einer Zeile darüber.")
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

pub fn recovery_backup_failed(error: &SaveError) -> String {
    let reason = match error {
        SaveError::QuotaExceeded => "der Speicher des Browsers ist voll".to_owned(),
        SaveError::Unavailable => "der Browser erlaubt keinen lokalen Speicher".to_owned(),
        SaveError::NotVerified => "die Kopie ließ sich nicht unverändert zurücklesen".to_owned(),
        SaveError::Blocked => "die gespeicherten Daten kann diese Version nicht lesen".to_owned(),
        SaveError::Merge(error) => merge_error(error),
        SaveError::Encode => ENCODE_FAILED.to_owned(),
        SaveError::Other(detail) if detail.is_empty() => UNKNOWN_BROWSER_ERROR.to_owned(),
        SaveError::Other(detail) => detail.clone(),
    };
    format!(
        "Die Sicherungskopie konnte nicht angelegt werden ({reason}). Bitte laden Sie die Rohdaten herunter."
    )
}

/// Why the agenda was not saved in the browser (the notice after a failed
/// autosave).
pub fn save_failed(error: &SaveError) -> String {
    match error {
        SaveError::QuotaExceeded => SAVE_QUOTA.into(),
        SaveError::Unavailable => SAVE_UNAVAILABLE.into(),
        SaveError::Blocked => SAVE_BLOCKED.into(),
        SaveError::NotVerified => SAVE_NOT_VERIFIED.into(),
        SaveError::Merge(error) => save_merge_failed(error),
        SaveError::Encode => save_other(ENCODE_FAILED),
        SaveError::Other(detail) => save_other(detail),
    }
}

/// The agenda could not be turned into JSON text (a programming error that
/// no agenda the core accepts should cause). A clause for the parentheses
/// of [`save_other`]; the encoder's own (English) words are left out.
pub const ENCODE_FAILED: &str = "die App konnte die Agenda nicht in das Dateiformat umwandeln; \
bitte melden Sie diesen Programmfehler";

/// Why the agenda could not be written as JSON, in German (see
/// [`ENCODE_FAILED`]).
pub fn encode_error(_error: &EncodeError) -> String {
    ENCODE_FAILED.to_owned()
}

/// Why a chosen file could not be read, in German.
pub fn file_read_error(error: &FileReadError) -> String {
    match error {
        FileReadError::TooLarge(size) => file_too_large(*size),
        FileReadError::Unreadable => FILE_UNREADABLE.to_owned(),
    }
}

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

/// Why a file could not be merged into this agenda, in German.
pub fn file_merge_error(error: &FileMergeError) -> String {
    match error {
        FileMergeError::Load(error) => load_error(error),
        FileMergeError::Merge(error) => merge_error(error),
    }
}

/// Explains in German why stored data could not be loaded.
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

/// The technical details of a [`LoadError`] for the recovery screen, in
/// German: sizes, format numbers, the field. Where the JSON reader's own
/// (English) message helps support, it is quoted and called that.
pub fn load_error_detail(error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { actual, max } => format!(
            "Größe der Daten: {} Byte; die App liest höchstens {} Byte.",
            thousands(*actual),
            thousands(*max)
        ),
        LoadError::Syntax(message) => format!(
            "Die Daten sind kein vollständiges JSON. Meldung des JSON-Lesers (technisch, \
             englisch): {message}"
        ),
        LoadError::MissingVersion => {
            "Die Angabe des Datenformats („schema_version“) fehlt oder ist keine Zahl.".into()
        }
        LoadError::NewerVersion { found, supported } => format!(
            "Datenformat („schema_version“) {found}; diese Version liest die Formate bis \
             {supported}."
        ),
        LoadError::UnknownOldVersion { found } => {
            format!("Datenformat („schema_version“) {found}: älter als jede Version dieser App.")
        }
        LoadError::Shape(_) => "Beim Umstellen auf das aktuelle Datenformat fehlte ein nötiger \
            Teil der Agenda."
            .into(),
        LoadError::Field { path, problem } => {
            format!("Feld „{path}“. Meldung des JSON-Lesers (technisch, englisch): {problem}")
        }
        LoadError::Invalid(inner) => format!(
            "Die Daten verletzen eine Regel der Agenda: {}",
            agenda_error(inner)
        ),
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

#[cfg(test)]
mod tests {
    //! Walks every variant of every error a user can meet. Each `index`
    //! function matches without a wildcard, so a new variant does not
    //! compile until it has an index here; `covers` then fails until it
    //! has a sample. Every sample's German text must be non-empty, must not
    //! contain the error's English `Display` text and no English word.

    use agenda_core::competence::survey_csv::SurveyCsvError;
    use agenda_core::formats::csv_projects::{Problem, RowError};
    use agenda_core::formats::template::TemplateError;
    use agenda_core::replication::sync::SyncError;
    use agenda_core::{CompetenceId, DepartmentId, FieldId, GuidelineId, IdeaId, ItemRef};

    use super::*;
    use crate::platform::share::ShareError;

    /// Words of the core's English messages (and of serde's) that German
    /// text never holds. Compared in lower case with a space around the
    /// text, so `Musterstadt` is not `must`.
    const ENGLISH: &[&str] = &[
        " the ", " is ", " are ", " has ", " not ", " no ", " of ", " must ", " could ", " does ",
        " at most", "error", "invalid", "expected", "allowed", "outside", "too many", "serialis",
        "missing", "unknown",
    ];

    /// Checks one German text. `english` is the error's `Display`, if it
    /// has one; `quoted` are parts of the error the text may show as they
    /// are (names the user typed, the JSON reader's own message, the
    /// browser's words), left out of the word check.
    fn assert_german(what: &str, german: &str, english: Option<String>, quoted: &[&str]) {
        assert!(!german.trim().is_empty(), "{what}: no German text");
        if let Some(english) = english {
            assert!(
                !german.contains(&english),
                "{what}: shows the English message {english:?}: {german}"
            );
        }
        let mut rest = german.to_owned();
        for part in quoted {
            rest = rest.replace(part, "…");
        }
        let rest = format!(" {} ", rest.to_lowercase());
        for word in ENGLISH {
            assert!(
                !rest.contains(word),
                "{what}: English word {word:?} in {german:?}"
            );
        }
    }

    /// Every index below `variants` has a sample.
    fn covers<E>(name: &str, samples: &[E], index: fn(&E) -> usize, variants: usize) {
        let mut seen = vec![false; variants];
        for sample in samples {
            let i = index(sample);
            assert!(i < variants, "{name}: index {i}, raise the variant count");
            seen[i] = true;
        }
        let missing: Vec<usize> = (0..variants).filter(|i| !seen[*i]).collect();
        assert!(
            missing.is_empty(),
            "{name}: no sample of variant(s) {missing:?}"
        );
    }

    const SERDE_SYNTAX: &str = "EOF while parsing a string at line 1 column 57";
    const SERDE_FIELD: &str = "invalid type: integer `3`, expected a string";

    fn text_field_index(f: &TextField) -> usize {
        match f {
            TextField::Municipality => 0,
            TextField::Vision => 1,
            TextField::GuidelineTitle => 2,
            TextField::GuidelineDescription => 3,
            TextField::GuidelineRationale => 4,
            TextField::FieldName => 5,
            TextField::DepartmentName => 6,
            TextField::DepartmentShortName => 7,
            TextField::DepartmentHead => 8,
            TextField::PerspectiveText => 9,
            TextField::CardText => 10,
            TextField::ProjectTitle => 11,
            TextField::ProjectText => 12,
            TextField::ProjectName => 13,
            TextField::MilestoneTitle => 14,
            TextField::IndicatorName => 15,
            TextField::IdeaTitle => 16,
            TextField::CompetenceName => 17,
            TextField::PersonName => 18,
        }
    }

    const TEXT_FIELDS: [TextField; 19] = [
        TextField::Municipality,
        TextField::Vision,
        TextField::GuidelineTitle,
        TextField::GuidelineDescription,
        TextField::GuidelineRationale,
        TextField::FieldName,
        TextField::DepartmentName,
        TextField::DepartmentShortName,
        TextField::DepartmentHead,
        TextField::PerspectiveText,
        TextField::CardText,
        TextField::ProjectTitle,
        TextField::ProjectText,
        TextField::ProjectName,
        TextField::MilestoneTitle,
        TextField::IndicatorName,
        TextField::IdeaTitle,
        TextField::CompetenceName,
        TextField::PersonName,
    ];

    fn kind_index(k: &Kind) -> usize {
        match k {
            Kind::Guideline => 0,
            Kind::Field => 1,
            Kind::Department => 2,
            Kind::Perspective => 3,
            Kind::Card => 4,
            Kind::Idea => 5,
            Kind::Project => 6,
            Kind::Milestone => 7,
            Kind::Indicator => 8,
            Kind::Competence => 9,
            Kind::Assessment => 10,
            Kind::Survey => 11,
        }
    }

    const KINDS: [Kind; 12] = [
        Kind::Guideline,
        Kind::Field,
        Kind::Department,
        Kind::Perspective,
        Kind::Card,
        Kind::Idea,
        Kind::Project,
        Kind::Milestone,
        Kind::Indicator,
        Kind::Competence,
        Kind::Assessment,
        Kind::Survey,
    ];

    fn agenda_error_index(e: &AgendaError) -> usize {
        match e {
            AgendaError::Empty { .. } => 0,
            AgendaError::TooLong { .. } => 1,
            AgendaError::ControlCharacters { .. } => 2,
            AgendaError::UnknownGuideline(_) => 3,
            AgendaError::DuplicateGuideline(_) => 4,
            AgendaError::PositionOutOfRange { .. } => 5,
            AgendaError::TooManyGuidelines { .. } => 6,
            AgendaError::TooMany { .. } => 7,
            AgendaError::Unknown { .. } => 8,
            AgendaError::Duplicate { .. } => 9,
            AgendaError::DepartmentInUse(_) => 10,
            AgendaError::WeightOutOfRange { .. } => 11,
            AgendaError::SettingOutOfRange { .. } => 12,
            AgendaError::AlreadyAllocated { .. } => 13,
            AgendaError::OverItemCap { .. } => 14,
            AgendaError::OverBudget { .. } => 15,
            AgendaError::NotPrioritised(_) => 16,
            AgendaError::InvalidBallot(_) => 17,
            AgendaError::GuidelineInUse(_) => 18,
            AgendaError::EndBeforeStart => 19,
            AgendaError::BadNumber { .. } => 20,
            AgendaError::ListedTwice { .. } => 21,
            AgendaError::LevelOutOfRange(_) => 22,
            AgendaError::MoreAnswersThanRespondents { .. } => 23,
            AgendaError::CompetenceInUse(_) => 24,
            AgendaError::RankedTwice(_) => 25,
        }
    }

    /// One sample of every variant, and of every field and kind they name.
    fn agenda_errors() -> Vec<AgendaError> {
        let guideline = GuidelineId::from_u128(1);
        let department = DepartmentId::from_u128(2);
        let id = "6f1c2a9e-0000-4000-8000-000000000003".to_owned();
        let mut samples = vec![
            AgendaError::UnknownGuideline(guideline),
            AgendaError::DuplicateGuideline(guideline),
            AgendaError::PositionOutOfRange { index: 7, max: 3 },
            AgendaError::TooManyGuidelines { max: 12 },
            AgendaError::DepartmentInUse(department),
            AgendaError::WeightOutOfRange {
                weight: 11,
                max: 10,
            },
            AgendaError::SettingOutOfRange {
                value: 0,
                min: 1,
                max: 100,
            },
            AgendaError::AlreadyAllocated {
                department,
                given: 12,
                limit: 10,
            },
            AgendaError::OverItemCap { max: 5 },
            AgendaError::OverBudget { remaining: 1 },
            AgendaError::OverBudget { remaining: 4 },
            AgendaError::NotPrioritised(ItemRef::Field(FieldId::from_u128(4))),
            AgendaError::InvalidBallot(department),
            AgendaError::GuidelineInUse(guideline),
            AgendaError::EndBeforeStart,
            AgendaError::BadNumber {
                value: "NaN".into(),
            },
            AgendaError::LevelOutOfRange(7),
            AgendaError::MoreAnswersThanRespondents {
                answered: 12,
                respondents: 10,
            },
            AgendaError::CompetenceInUse(CompetenceId::from_u128(5)),
            AgendaError::RankedTwice(ItemRef::Idea(IdeaId::from_u128(6))),
        ];
        for field in TEXT_FIELDS {
            samples.extend([
                AgendaError::Empty { field },
                AgendaError::TooLong {
                    field,
                    max: 200,
                    actual: 201,
                },
                AgendaError::ControlCharacters { field },
            ]);
        }
        for kind in KINDS {
            samples.extend([
                AgendaError::TooMany { kind, max: 500 },
                AgendaError::Unknown {
                    kind,
                    id: id.clone(),
                },
                AgendaError::Duplicate {
                    kind,
                    id: id.clone(),
                },
                AgendaError::ListedTwice {
                    kind,
                    id: id.clone(),
                },
            ]);
        }
        samples
    }

    #[test]
    fn every_agenda_error_is_german() {
        let samples = agenda_errors();
        covers("AgendaError", &samples, agenda_error_index, 26);
        covers("TextField", &TEXT_FIELDS, text_field_index, 19);
        covers("Kind", &KINDS, kind_index, 12);
        for e in &samples {
            assert_german(
                &format!("{e:?}"),
                &agenda_error(e),
                Some(e.to_string()),
                &[],
            );
        }
        // The core's English names of fields and kinds never show.
        for e in &samples {
            let german = agenda_error(e);
            if let AgendaError::Empty { field } = e {
                assert!(!german.contains(&field.to_string()), "{german}");
            }
            if let AgendaError::TooMany { kind, .. } = e {
                assert!(!german.contains(&format!(" {kind} ")), "{german}");
            }
        }
    }

    fn load_error_index(e: &LoadError) -> usize {
        match e {
            LoadError::TooLarge { .. } => 0,
            LoadError::Syntax(_) => 1,
            LoadError::MissingVersion => 2,
            LoadError::NewerVersion { .. } => 3,
            LoadError::UnknownOldVersion { .. } => 4,
            LoadError::Shape(_) => 5,
            LoadError::Field { .. } => 6,
            LoadError::Invalid(_) => 7,
        }
    }

    fn load_errors() -> Vec<LoadError> {
        vec![
            LoadError::TooLarge {
                actual: 12_000_000,
                max: 10_485_760,
            },
            LoadError::Syntax(SERDE_SYNTAX.into()),
            LoadError::MissingVersion,
            LoadError::NewerVersion {
                found: 99,
                supported: 6,
            },
            LoadError::UnknownOldVersion { found: 0 },
            LoadError::Shape("agenda is missing".into()),
            LoadError::Field {
                path: "agenda.projects[2].sheet.title".into(),
                problem: SERDE_FIELD.into(),
            },
            LoadError::Invalid(AgendaError::TooManyGuidelines { max: 12 }),
        ]
    }

    #[test]
    fn every_load_error_is_german() {
        let samples = load_errors();
        covers("LoadError", &samples, load_error_index, 8);
        // Only the JSON reader's own message may be quoted, and only
        // where the text says it is that.
        let quoted = [SERDE_SYNTAX, SERDE_FIELD];
        for e in &samples {
            let what = format!("{e:?}");
            let english = Some(e.to_string());
            assert_german(&what, &load_error(e), english.clone(), &quoted);
            assert_german(&what, &load_error_detail(e), english, &quoted);
        }
        for quoting in [&samples[1], &samples[6]] {
            assert!(load_error_detail(quoting).contains("Meldung des JSON-Lesers"));
        }
    }

    fn merge_error_index(e: &MergeError) -> usize {
        match e {
            MergeError::Shape(_) => 0,
            MergeError::Invalid(_) => 1,
        }
    }

    fn merge_errors() -> Vec<MergeError> {
        vec![
            MergeError::Shape("invalid type: null, expected a string".into()),
            MergeError::Invalid(AgendaError::TooMany {
                kind: Kind::Project,
                max: 500,
            }),
        ]
    }

    #[test]
    fn every_merge_error_is_german() {
        let samples = merge_errors();
        covers("MergeError", &samples, merge_error_index, 2);
        for e in &samples {
            let what = format!("{e:?}");
            assert_german(&what, &merge_error(e), Some(e.to_string()), &[]);
            assert_german(&what, &save_merge_failed(e), Some(e.to_string()), &[]);
        }
    }

    fn file_merge_error_index(e: &FileMergeError) -> usize {
        match e {
            FileMergeError::Load(_) => 0,
            FileMergeError::Merge(_) => 1,
        }
    }

    #[test]
    fn every_file_merge_error_is_german() {
        let mut samples: Vec<FileMergeError> = load_errors()
            .into_iter()
            .map(FileMergeError::Load)
            .collect();
        samples.extend(merge_errors().into_iter().map(FileMergeError::Merge));
        covers("FileMergeError", &samples, file_merge_error_index, 2);
        for e in &samples {
            let german = file_merge_error(e);
            assert_german(
                &format!("{e:?}"),
                &german,
                Some(e.to_string()),
                &[SERDE_FIELD],
            );
            assert_german(
                "import_failed",
                &import_failed(&german),
                None,
                &[SERDE_FIELD],
            );
        }
    }

    fn sync_error_index(e: &SyncError) -> usize {
        match e {
            SyncError::TooLarge(_) => 0,
            SyncError::Shape(_) => 1,
            SyncError::Newer { .. } => 2,
            SyncError::Misplaced(_) => 3,
            SyncError::Merge(_) => 4,
        }
    }

    #[test]
    fn every_sync_error_is_german() {
        let mut samples = vec![
            SyncError::TooLarge(20_000_000),
            SyncError::Shape("missing field `digitale_agenda`".into()),
            SyncError::Newer {
                format: 2,
                schema: 9,
            },
            SyncError::Misplaced("projects/3f2a".into()),
        ];
        samples.extend(merge_errors().into_iter().map(SyncError::Merge));
        covers("SyncError", &samples, sync_error_index, 5);
        for e in &samples {
            let german = sync_refused("agenda-projekte", e);
            assert_german(&format!("{e:?}"), &german, Some(e.to_string()), &[]);
        }
    }

    fn problem_index(p: &Problem) -> usize {
        match p {
            Problem::MissingColumn => 0,
            Problem::Empty => 1,
            Problem::UnknownDepartment(_) => 2,
            Problem::UnknownGuideline(_) => 3,
            Problem::UnknownField(_) => 4,
            Problem::UnknownCompetence(_) => 5,
            Problem::BadDate(_) => 6,
            Problem::BadNumber(_) => 7,
            Problem::BadChoice(_) => 8,
            Problem::Syntax(_) => 9,
            Problem::TooLarge => 10,
            Problem::Invalid(_) => 11,
            Problem::UnknownProject(_) => 12,
            Problem::RepeatedProject(_) => 13,
        }
    }

    #[test]
    fn every_csv_problem_is_german() {
        // The cell values are the user's own words, shown as typed.
        let problems = vec![
            Problem::MissingColumn,
            Problem::Empty,
            Problem::UnknownDepartment("Bauamt".into()),
            Problem::UnknownGuideline("Verwaltung digital".into()),
            Problem::UnknownField("Bildung".into()),
            Problem::UnknownCompetence("Datenkompetenz".into()),
            Problem::BadDate("31.02.2026".into()),
            Problem::BadNumber("zwölf".into()),
            Problem::BadChoice("vielleicht".into()),
            Problem::Syntax("unclosed quote".into()),
            Problem::TooLarge,
            Problem::Invalid(AgendaError::EndBeforeStart),
            Problem::UnknownProject("dea70000-0000-0000-0000-000000000000".into()),
            Problem::RepeatedProject("dea70000-0000-0000-0000-000000000000".into()),
        ];
        covers("csv_projects::Problem", &problems, problem_index, 14);
        for problem in problems {
            for column in ["", "Federführung"] {
                let e = RowError {
                    row: 3,
                    column: column.into(),
                    problem: problem.clone(),
                };
                assert_german(&format!("{e:?}"), &csv_problem(&e), None, &[]);
            }
        }
    }

    fn template_error_index(e: &TemplateError) -> usize {
        match e {
            TemplateError::TooLarge { .. } => 0,
            TemplateError::Shape(_) => 1,
            TemplateError::TooMany => 2,
        }
    }

    #[test]
    fn every_template_error_is_german() {
        let samples = [
            TemplateError::TooLarge {
                actual: 2_000_000,
                max: 1_048_576,
            },
            TemplateError::Shape("missing field `projektvorlage` at line 1 column 2".into()),
            TemplateError::TooMany,
        ];
        covers("TemplateError", &samples, template_error_index, 3);
        for e in &samples {
            assert_german(
                &format!("{e:?}"),
                &template_error(e),
                Some(e.to_string()),
                &[],
            );
        }
    }

    fn survey_csv_error_index(e: &SurveyCsvError) -> usize {
        match e {
            SurveyCsvError::TooLarge => 0,
            SurveyCsvError::NoCompetenceColumn => 1,
            SurveyCsvError::Unclosed { .. } => 2,
            SurveyCsvError::BadLevel { .. } => 3,
        }
    }

    #[test]
    fn every_survey_csv_error_is_german() {
        let samples = [
            SurveyCsvError::TooLarge,
            SurveyCsvError::NoCompetenceColumn,
            SurveyCsvError::Unclosed { row: 4 },
            SurveyCsvError::BadLevel {
                row: 5,
                column: "Datenkompetenz".into(),
                value: "hoch".into(),
            },
        ];
        covers("SurveyCsvError", &samples, survey_csv_error_index, 4);
        for e in &samples {
            assert_german(&format!("{e:?}"), &survey_csv_problem(e), None, &[]);
        }
    }

    fn number_error_index(e: &NumberError) -> usize {
        match e {
            NumberError::Empty => 0,
            NumberError::NotANumber => 1,
            NumberError::NotWhole => 2,
            NumberError::OutOfRange => 3,
        }
    }

    #[test]
    fn every_number_error_is_german() {
        let samples = [
            NumberError::Empty,
            NumberError::NotANumber,
            NumberError::NotWhole,
            NumberError::OutOfRange,
        ];
        covers("NumberError", &samples, number_error_index, 4);
        for e in samples {
            let what = format!("{e:?}");
            let english = Some(e.to_string());
            assert_german(&what, number_error(e), english.clone(), &[]);
            assert_german(&what, percent_error(e), english.clone(), &[]);
            assert_german(&what, &fin_number_error("Investition", e), english, &[]);
        }
    }

    #[test]
    fn an_encode_error_is_german() {
        // `EncodeError` has a private field and no constructor outside the
        // core, and no agenda makes the encoder fail: its German text does
        // not depend on it and is checked as it is.
        assert_german(
            "EncodeError",
            ENCODE_FAILED,
            Some("could not serialise the agenda".into()),
            &[],
        );
        assert_german("EncodeError", &save_other(ENCODE_FAILED), None, &[]);
    }

    fn save_error_index(e: &SaveError) -> usize {
        match e {
            SaveError::Unavailable => 0,
            SaveError::QuotaExceeded => 1,
            SaveError::Blocked => 2,
            SaveError::NotVerified => 3,
            SaveError::Merge(_) => 4,
            SaveError::Other(_) => 5,
            SaveError::Encode => 6,
        }
    }

    #[test]
    fn every_save_error_is_german() {
        // `Other` holds the browser's own name of its exception, or
        // nothing when it gave none.
        let browser = "SecurityError";
        let mut samples = vec![
            SaveError::Unavailable,
            SaveError::QuotaExceeded,
            SaveError::Blocked,
            SaveError::NotVerified,
            SaveError::Other(browser.into()),
            SaveError::Other(String::new()),
            SaveError::Encode,
        ];
        samples.extend(merge_errors().into_iter().map(SaveError::Merge));
        covers("SaveError", &samples, save_error_index, 7);
        for e in &samples {
            let what = format!("{e:?}");
            assert_german(&what, &save_failed(e), None, &[browser]);
            assert_german(&what, &recovery_backup_failed(e), None, &[browser]);
        }
    }

    fn share_error_index(e: &ShareError) -> usize {
        match e {
            ShareError::TooLong(_) => 0,
            ShareError::Damaged => 1,
            ShareError::Load(_) => 2,
        }
    }

    #[test]
    fn every_share_error_is_german() {
        let mut samples = vec![ShareError::TooLong(40_000), ShareError::Damaged];
        samples.extend(load_errors().into_iter().map(ShareError::Load));
        covers("ShareError", &samples, share_error_index, 3);
        for e in &samples {
            assert_german(&format!("{e:?}"), &share_error(e), None, &[SERDE_FIELD]);
        }
    }

    fn file_read_error_index(e: &FileReadError) -> usize {
        match e {
            FileReadError::TooLarge(_) => 0,
            FileReadError::Unreadable => 1,
        }
    }

    #[test]
    fn every_file_read_error_is_german() {
        let samples = [
            FileReadError::TooLarge(12_000_000.0),
            FileReadError::Unreadable,
        ];
        covers("FileReadError", &samples, file_read_error_index, 2);
        for e in &samples {
            assert_german(&format!("{e:?}"), &file_read_error(e), None, &[]);
        }
    }
}
