//! The versioned stored format, used for localStorage and files.
//!
//! A stored agenda is a JSON object `{"schema_version": N, "agenda": {...}}`.
//! Loading reads the version first: a newer version is refused (an older app
//! must never misread or overwrite a newer app's data), an older one is
//! migrated step by step to [`SCHEMA_VERSION`], then the result is checked
//! with [`Agenda::validate`]. Every schema version ever released keeps a
//! golden fixture under `tests/fixtures/` that must stay loadable.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::model::Agenda;
use crate::model::DepartmentId;
use crate::model::limits::MAX_STORED_BYTES;
use crate::reducer::error::AgendaError;

/// The schema version this build writes.
///
/// - 1: Leitbild and Leitplanken.
/// - 2: Handlungsfelder, Fachbereiche, perspectives, workshop board,
///   project ideas, prioritisation; Leitplanken gain a Handlungsfeld.
/// - 3: projects with milestones, Kennzahlen and status log.
/// - 4: per-register versions for merging copies.
/// - 5: the Kompetenzrad (competences, self-assessments, staff surveys) and
///   the competences a project raises.
/// - 6: a project's costs, benefits and Förderprogramme; the town's hourly
///   rate and discount rate.
/// - 7: costs exist once: the Steckbrief's estimate and funding folded into
///   the Kämmerei's costs (now investive and konsumtive) and Förderprogramme.
/// - 8: who changed what: the `history` of each part (optional, so a
///   version-7 agenda reads as one without history).
/// - 9: the browser stores the agenda in parts under their own keys
///   ([`crate::formats::parts`]); a file's content is that of version 8.
pub const SCHEMA_VERSION: u32 = 9;

/// The oldest schema version this build can read.
pub const OLDEST_SUPPORTED_VERSION: u32 = 1;

/// A migration turns the JSON of `agenda` from version `n` into `n + 1`.
type Migration = fn(Value) -> Result<Value, LoadError>;

/// `MIGRATIONS[i]` upgrades from `OLDEST_SUPPORTED_VERSION + i`. Each schema
/// change adds its step here and keeps a fixture of the old version.
const MIGRATIONS: &[Migration] = &[
    v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8, v8_to_v9,
];

/// Version 9 stores the agenda in parts in the browser; a file's content
/// is unchanged. An app of version 8 must not read (and then overwrite)
/// the list of parts, so the version counts up.
fn v8_to_v9(value: Value) -> Result<Value, LoadError> {
    Ok(value)
}

/// Version 8 adds the history, empty until someone changes something:
/// nothing to do, but an app of version 7 must not read (and then drop) it.
fn v7_to_v8(value: Value) -> Result<Value, LoadError> {
    Ok(value)
}

/// Version 7 folds every Steckbrief's estimate and funding into its costs
/// and Förderprogramme ([`crate::formats::estimate`]) and stamps what
/// changed as the live sync does with a version-6 document.
fn v6_to_v7(mut value: Value) -> Result<Value, LoadError> {
    use crate::formats::estimate;
    use crate::replication::versions::Stamp;
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| LoadError::Shape("agenda is missing".into()))?;
    let mut versions = match agenda.remove("versions") {
        Some(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    if let Some(projects) = agenda.get_mut("projects").and_then(Value::as_array_mut) {
        for project in projects.iter_mut().filter_map(Value::as_object_mut) {
            let id = project
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let Some(sheet) = project.get_mut("sheet").and_then(Value::as_object_mut) else {
                continue;
            };
            let key = |field: &str| format!("projects/{id}/sheet.{field}");
            // `[counter, replica]`, read as the live sync reads it (not by
            // `from_value`, a second deserialiser in the bundle).
            let stamp = |v: Option<&Value>| {
                crate::replication::sync::read_stamp(v.cloned()).unwrap_or_default()
            };
            let stamps = estimate::REMOVED
                .iter()
                .chain(estimate::CHANGED.iter())
                .filter_map(|f| {
                    let v = versions.get(&key(f))?;
                    Some(((*f).to_owned(), (stamp(v.get("s")), stamp(v.get("b")))))
                })
                .collect();
            for (field, (s, b)) in estimate::fold_stamped(sheet, &stamps) {
                if (s, b) != (Stamp::ZERO, Stamp::ZERO) {
                    let version = crate::replication::versions::Version {
                        stamp: s,
                        base: b,
                        raw: None,
                    };
                    versions.extend(
                        crate::replication::scopes::to_value(&version).map(|v| (key(&field), v)),
                    );
                }
            }
            for field in estimate::REMOVED {
                versions.remove(&key(field));
            }
        }
    }
    agenda.insert("versions".into(), Value::Object(versions));
    // The app's own default source asked to be replaced; the request is
    // said by the views now, never printed as a source.
    if let Some(source) = agenda
        .get_mut("finance")
        .and_then(|f| f.get_mut("rate_source"))
        .filter(|s| s.as_str() == Some(crate::kaemmerei::finance::OLD_DEFAULT_RATE_SOURCE))
    {
        *source = Value::String(crate::kaemmerei::finance::DEFAULT_RATE_SOURCE.into());
    }
    Ok(value)
}

/// Version 6 adds to every Steckbrief empty costs, benefits and
/// Förderprogramme, and the default finance settings.
fn v5_to_v6(mut value: Value) -> Result<Value, LoadError> {
    let shape = |what: &str| LoadError::Shape(what.into());
    let costs = crate::replication::scopes::to_value(&crate::kaemmerei::finance::Costs::default())
        .ok_or_else(|| shape("costs"))?;
    let benefits =
        crate::replication::scopes::to_value(&crate::kaemmerei::finance::Benefits::default())
            .ok_or_else(|| shape("benefits"))?;
    let finance = crate::replication::scopes::to_value(
        &crate::kaemmerei::finance::FinanceSettings::default(),
    )
    .ok_or_else(|| shape("finance"))?;
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| shape("agenda is missing"))?;
    if let Some(projects) = agenda.get_mut("projects").and_then(Value::as_array_mut) {
        for sheet in projects
            .iter_mut()
            .filter_map(|p| p.get_mut("sheet").and_then(Value::as_object_mut))
        {
            sheet.insert("costs".into(), costs.clone());
            sheet.insert("benefits".into(), benefits.clone());
            sheet.insert("grants".into(), Value::Array(Vec::new()));
        }
    }
    agenda.insert("finance".into(), finance);
    Ok(value)
}

/// Version 5 adds the Kompetenzrad, empty, and to every project's
/// Steckbrief the competences it raises (none).
fn v4_to_v5(mut value: Value) -> Result<Value, LoadError> {
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| LoadError::Shape("agenda is missing".into()))?;
    if let Some(projects) = agenda.get_mut("projects").and_then(Value::as_array_mut) {
        for sheet in projects
            .iter_mut()
            .filter_map(|p| p.get_mut("sheet").and_then(Value::as_object_mut))
        {
            sheet.insert("competences".into(), Value::Array(Vec::new()));
        }
    }
    for key in ["competences", "assessments", "surveys"] {
        agenda.insert(key.into(), Value::Array(Vec::new()));
    }
    Ok(value)
}

/// Version 4 adds the register versions: nothing stamped yet.
fn v3_to_v4(mut value: Value) -> Result<Value, LoadError> {
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| LoadError::Shape("agenda is missing".into()))?;
    agenda.insert("versions".into(), Value::Object(serde_json::Map::new()));
    Ok(value)
}

/// Version 3 adds the projects, none yet.
fn v2_to_v3(mut value: Value) -> Result<Value, LoadError> {
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| LoadError::Shape("agenda is missing".into()))?;
    agenda.insert("projects".into(), Value::Array(Vec::new()));
    Ok(value)
}

/// Version 2 adds the contributions and the prioritisation, all empty, and a
/// Handlungsfeld (none) to every Leitplanke.
fn v1_to_v2(mut value: Value) -> Result<Value, LoadError> {
    let agenda = value
        .get_mut("agenda")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| LoadError::Shape("agenda is missing".into()))?;
    if let Some(guidelines) = agenda.get_mut("guidelines").and_then(Value::as_array_mut) {
        for guideline in guidelines.iter_mut().filter_map(Value::as_object_mut) {
            guideline.insert("field".into(), Value::Null);
        }
    }
    for key in ["fields", "departments", "perspectives", "workshop", "ideas"] {
        agenda.insert(key.into(), Value::Array(Vec::new()));
    }
    let prioritisation = crate::replication::scopes::to_value(
        &crate::model::prioritisation::Prioritisation::default(),
    )
    .ok_or_else(|| LoadError::Shape("prioritisation".into()))?;
    agenda.insert("prioritisation".into(), prioritisation);
    Ok(value)
}

/// The compact JSON text of a value, as `Value`'s `Display` writes it,
/// through the serialiser the bundle has anyway for saving (`Display`
/// would add a second copy of it, ~3 KB of wasm).
pub fn json_text(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Why stored data could not be loaded. The data itself is never changed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoadError {
    /// More bytes than the loader accepts.
    #[error("stored data has {actual} bytes, at most {max} are accepted")]
    TooLarge {
        /// Size of the data.
        actual: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON at all, or truncated.
    #[error("stored data is not valid JSON: {0}")]
    Syntax(String),
    /// JSON, but without a usable `schema_version`.
    #[error("stored data has no schema_version")]
    MissingVersion,
    /// Written by a newer version of the app.
    #[error("stored data has schema version {found}, this app reads up to {supported}")]
    NewerVersion {
        /// Version in the data.
        found: u64,
        /// Newest version this build reads.
        supported: u32,
    },
    /// Older than anything this app ever wrote.
    #[error("stored data has unknown schema version {found}")]
    UnknownOldVersion {
        /// Version in the data.
        found: u64,
    },
    /// The JSON does not have the shape of an agenda.
    #[error("stored data does not match the schema: {0}")]
    Shape(String),
    /// One field does not fit the schema: unknown, missing, or of the wrong
    /// type. `path` names it, e.g. `agenda.projects[2].sheet.title`.
    #[error("field {path} does not match the schema: {problem}")]
    Field {
        /// Where in the file.
        path: String,
        /// What is wrong (serde's words).
        problem: String,
    },
    /// The shape is right but an invariant does not hold.
    #[error("stored agenda is invalid: {0}")]
    Invalid(#[from] AgendaError),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    contribution: Option<Contribution>,
    agenda: &'a Agenda,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    #[allow(dead_code)]
    schema_version: u32,
    #[serde(default)]
    contribution: Option<Contribution>,
    agenda: Agenda,
}

/// Marks a file as a department's contribution (Beitrag): the department's
/// copy of the agenda, to be merged rather than to replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The contributing Fachbereich.
    pub department: DepartmentId,
}

/// A file read in: the agenda and, for a Beitrag, who sent it.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The agenda in the file, valid.
    pub agenda: Agenda,
    /// Set for a department's contribution file.
    pub contribution: Option<Contribution>,
}

/// Serialising failed. Plain structs of strings and enums do not fail in
/// serde_json; the error exists so that no caller ever writes a half result.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("could not serialise the agenda: {0}")]
pub struct EncodeError(pub(crate) String);

/// Serialises an agenda in the current schema version.
pub fn to_json(agenda: &Agenda) -> Result<String, EncodeError> {
    encode(agenda, None)
}

/// Serialises a department's copy as its contribution file (Beitrag).
pub fn to_contribution_json(
    agenda: &Agenda,
    department: DepartmentId,
) -> Result<String, EncodeError> {
    encode(agenda, Some(Contribution { department }))
}

fn encode(agenda: &Agenda, contribution: Option<Contribution>) -> Result<String, EncodeError> {
    let envelope = EnvelopeOut {
        schema_version: SCHEMA_VERSION,
        contribution,
        agenda,
    };
    serde_json::to_string(&envelope).map_err(|e| EncodeError(e.to_string()))
}

/// Reads stored data of any supported schema version.
pub fn load(json: &str) -> Result<Agenda, LoadError> {
    load_file(json).map(|file| file.agenda)
}

/// Reads a file of any supported schema version, telling a contribution
/// (Beitrag) from a plain agenda.
pub fn load_file(json: &str) -> Result<File, LoadError> {
    if json.len() > MAX_STORED_BYTES {
        return Err(LoadError::TooLarge {
            actual: json.len(),
            max: MAX_STORED_BYTES,
        });
    }
    // Data in the current schema (what localStorage holds) is read straight
    // into the agenda; only older data goes through a JSON tree to migrate.
    let head: Option<Head> = serde_json::from_str(json).ok();
    let current = head.and_then(|h| h.schema_version.as_ref().and_then(Value::as_u64));
    let file = if current == Some(u64::from(SCHEMA_VERSION)) {
        decode(json)?
    } else {
        let value: Value =
            serde_json::from_str(json).map_err(|e| LoadError::Syntax(e.to_string()))?;
        let version = schema_version(&value)?;
        decode(&json_text(&migrate(value, version)?))?
    };
    file.agenda.validate()?;
    Ok(file)
}

/// Only the version of a file; everything else is skipped, not built.
#[derive(Deserialize)]
struct Head {
    schema_version: Option<Value>,
}

/// The envelope of an agenda's JSON in the current schema.
pub(crate) fn envelope(agenda: Value) -> Value {
    let mut map = serde_json::Map::new();
    map.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    map.insert("agenda".into(), agenda);
    Value::Object(map)
}

/// Turns JSON text of an envelope in the current schema into its agenda,
/// without validating, naming the path of a field that does not fit. The
/// one place JSON becomes an [`Agenda`] (so the bundle holds one
/// deserialiser, the one from text).
pub(crate) fn decode(json: &str) -> Result<File, LoadError> {
    let envelope: EnvelopeIn = serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => LoadError::Field {
            path: crate::formats::json_path::path_at(json, e.line(), e.column()),
            problem: without_position(&e.to_string()),
        },
        _ => LoadError::Syntax(e.to_string()),
    })?;
    Ok(File {
        agenda: envelope.agenda,
        contribution: envelope.contribution,
    })
}

/// serde's message without " at line 1 column 83": the path names the place.
fn without_position(message: &str) -> String {
    message
        .rfind(" at line ")
        .and_then(|at| message.get(..at))
        .unwrap_or(message)
        .to_owned()
}

/// Whether `json` is stored data of an older schema version that loading
/// would migrate (so a copy of the original is worth keeping first).
pub fn needs_migration(json: &str) -> bool {
    // Only the version is read; the rest of the text is skipped, not built.
    serde_json::from_str::<Head>(json)
        .ok()
        .and_then(|h| h.schema_version.as_ref().and_then(Value::as_u64))
        .is_some_and(|v| v < u64::from(SCHEMA_VERSION))
}

/// Reads only the schema version, e.g. to tell the user which app wrote it.
pub fn schema_version(value: &Value) -> Result<u64, LoadError> {
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::MissingVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < u64::from(OLDEST_SUPPORTED_VERSION) {
        return Err(LoadError::UnknownOldVersion { found: version });
    }
    Ok(version)
}

/// Runs the migration steps from `from` up to [`SCHEMA_VERSION`].
fn migrate(mut value: Value, from: u64) -> Result<Value, LoadError> {
    let first = usize::try_from(from.saturating_sub(u64::from(OLDEST_SUPPORTED_VERSION)))
        .map_err(|_| LoadError::UnknownOldVersion { found: from })?;
    for step in MIGRATIONS.iter().skip(first) {
        value = step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Action, GuidelineDraft, GuidelineId};

    fn sample() -> Agenda {
        let mut agenda = Agenda::new();
        agenda
            .apply(Action::SetVision {
                text: "Bürgernah & digital".into(),
            })
            .unwrap();
        agenda
            .apply(Action::AddGuideline {
                id: GuidelineId::from_u128(1),
                draft: GuidelineDraft {
                    title: "Daten schützen".into(),
                    ..Default::default()
                },
            })
            .unwrap();
        agenda
    }

    #[test]
    fn round_trip_gives_an_equal_agenda() {
        let agenda = sample();
        assert_eq!(load(&to_json(&agenda).unwrap()).unwrap(), agenda);
    }

    #[test]
    fn a_contribution_file_says_whose_it_is() {
        let department = crate::DepartmentId::from_u128(3);
        let json = to_contribution_json(&sample(), department).unwrap();
        let file = load_file(&json).unwrap();
        assert_eq!(file.agenda, sample());
        assert_eq!(file.contribution, Some(Contribution { department }));
        assert_eq!(
            load_file(&to_json(&sample()).unwrap())
                .unwrap()
                .contribution,
            None
        );
    }

    #[test]
    fn writes_the_current_schema_version() {
        let value: Value = serde_json::from_str(&to_json(&sample()).unwrap()).unwrap();
        assert_eq!(value["schema_version"], SCHEMA_VERSION);
    }

    #[test]
    fn refuses_a_newer_schema_version() {
        let json = r#"{"schema_version": 99, "agenda": {"whatever": true}}"#;
        assert_eq!(
            load(json),
            Err(LoadError::NewerVersion {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn refuses_version_zero_and_missing_versions() {
        assert_eq!(
            load(r#"{"schema_version": 0, "agenda": {}}"#),
            Err(LoadError::UnknownOldVersion { found: 0 })
        );
        assert_eq!(load(r#"{"agenda": {}}"#), Err(LoadError::MissingVersion));
        assert_eq!(
            load(r#"{"schema_version": "1"}"#),
            Err(LoadError::MissingVersion)
        );
        assert_eq!(load("[1, 2]"), Err(LoadError::MissingVersion));
    }

    #[test]
    fn tells_data_that_will_be_migrated() {
        let v1 = include_str!("../../tests/fixtures/schema-v1.json");
        assert!(needs_migration(v1));
        assert!(!needs_migration(&to_json(&sample()).unwrap()));
        assert!(!needs_migration("kein JSON"));
    }

    #[test]
    fn refuses_broken_json() {
        let json = to_json(&sample()).unwrap();
        let truncated = &json[..json.len() / 2];
        assert!(matches!(load(truncated), Err(LoadError::Syntax(_))));
    }

    #[test]
    fn refuses_unknown_fields_instead_of_dropping_them() {
        let json = to_json(&sample()).unwrap().replace(
            "\"municipality\"",
            "\"mayor\":\"Frau Beispiel\",\"municipality\"",
        );
        assert_eq!(
            load(&json),
            Err(LoadError::Field {
                path: "agenda.mayor".into(),
                problem: "unknown field `mayor`, expected one of `municipality`, `vision`, \
                          `guidelines`, `fields`, `departments`, `perspectives`, `workshop`, \
                          `ideas`, `prioritisation`, `projects`, `competences`, `assessments`, \
                          `surveys`, `finance`, `versions`, `history`"
                    .into()
            })
        );
    }

    #[test]
    fn a_bad_field_is_named_by_its_path() {
        let mut demo = crate::content::demo::musterstadt().unwrap();
        demo.apply(crate::Action::SetMunicipality { name: "X".into() })
            .unwrap();
        let json = to_json(&demo).unwrap();
        let mut value: Value = serde_json::from_str(&json).unwrap();
        value["agenda"]["projects"][1]["sheet"]["weight"] = Value::from("viel");
        value["agenda"]["guidelines"][0]["status"] = Value::from("verworfen");
        let err = load(&value.to_string()).unwrap_err();
        let LoadError::Field { path, .. } = err else {
            panic!("expected a field error, got {err:?}");
        };
        assert_eq!(path, "agenda.guidelines[0].status");
        value["agenda"]["guidelines"][0]["status"] = Value::from("adopted");
        let LoadError::Field { path, problem } = load(&value.to_string()).unwrap_err() else {
            panic!("expected a field error");
        };
        assert_eq!(path, "agenda.projects[1].sheet.weight");
        assert!(problem.contains("invalid type"), "{problem}");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = format!(
            "{{\"schema_version\": 4, \"agenda\": {}{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert!(matches!(
            load(&deep),
            Err(LoadError::Syntax(_) | LoadError::Field { .. })
        ));
        let deep_text = format!(
            "{{\"schema_version\": 4, \"agenda\": {{\"municipality\": {}{}}}}}",
            "{\"a\":".repeat(10_000),
            "1}".repeat(10_000)
        );
        assert!(load(&deep_text).is_err());
    }

    #[test]
    fn refuses_duplicate_ids() {
        let agenda = sample();
        let mut value: Value = serde_json::from_str(&to_json(&agenda).unwrap()).unwrap();
        let first = value["agenda"]["guidelines"][0].clone();
        value["agenda"]["guidelines"]
            .as_array_mut()
            .unwrap()
            .push(first);
        assert_eq!(
            load(&value.to_string()),
            Err(LoadError::Invalid(AgendaError::DuplicateGuideline(
                GuidelineId::from_u128(1)
            )))
        );
    }

    #[test]
    fn refuses_an_empty_stored_title() {
        let json = to_json(&sample()).unwrap().replace("Daten schützen", "");
        assert!(matches!(
            load(&json),
            Err(LoadError::Invalid(AgendaError::Empty { .. }))
        ));
    }

    #[test]
    fn refuses_oversized_input_before_parsing() {
        let json = " ".repeat(MAX_STORED_BYTES + 1);
        assert!(matches!(load(&json), Err(LoadError::TooLarge { .. })));
    }
}
