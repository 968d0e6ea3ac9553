//! A CouchDB document of the agenda: its id from a scope and back, its body
//! (the scope's registers with their versions), and reading and checking a
//! received one.

use super::*;
use crate::formats::stored::{SCHEMA_VERSION, json_text};
use crate::replication::history::{Change, lines_from_value, lines_to_value};
use crate::replication::merge::{Doc, Entry};
use crate::replication::scopes::{Scope, scope_of};
use crate::replication::versions::{ORDER, Stamp};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// A received document, read and checked.
pub(super) struct Arrived {
    pub(super) id: String,
    pub(super) scope: Scope,
    pub(super) leaves: Vec<Leaf>,
}

pub(super) struct Leaf {
    pub(super) rev: String,
    pub(super) registers: Doc,
    pub(super) hidden: BTreeSet<String>,
    pub(super) history: Vec<Change>,
    pub(super) digest: u64,
}

/// A document's content (without `_id` and `_rev`) as JSON text: built as
/// a `Value` and written by its serialiser (in the bundle anyway), not
/// through structs of its own.
pub(super) fn body(registers: &Doc, hidden: &dyn Fn(&str) -> bool, history: &[Change]) -> String {
    let mut doc = Map::new();
    doc.insert("digitale_agenda".into(), FORMAT.into());
    doc.insert("schema_version".into(), SCHEMA_VERSION.into());
    doc.insert(
        "registers".into(),
        Value::Object(entries(registers, hidden)),
    );
    if !history.is_empty() {
        doc.insert("history".into(), lines_to_value(history));
    }
    json_text(&Value::Object(doc))
}

/// Reads a document's `history`; `None` when it is not one.
fn read_history(value: Option<Value>) -> Option<Vec<Change>> {
    value.map_or_else(|| Some(Vec::new()), |v| lines_from_value(&v))
}

/// A document's `registers` as written: `{"v": value, "s": stamp, "b":
/// base}`, `"h": true` where the agenda shows another value.
fn entries(registers: &Doc, hidden: &dyn Fn(&str) -> bool) -> Map<String, Value> {
    let stamp = |s: Stamp| Value::Array(vec![s.0.into(), s.1.0.into()]);
    let mut entries = Map::new();
    for (key, e) in registers {
        let mut entry = Map::new();
        entry.insert("v".into(), e.value.clone());
        entry.insert("s".into(), stamp(e.stamp));
        entry.insert("b".into(), stamp(e.base));
        if hidden(key) {
            entry.insert("h".into(), Value::Bool(true));
        }
        entries.insert(key.clone(), Value::Object(entry));
    }
    entries
}

/// The id and `registers` of the document of `scope` as this agenda would
/// write it; no registers when it would write none.
pub(crate) fn wire(
    agenda: &crate::model::Agenda,
    scope: &Scope,
) -> Option<(String, Map<String, Value>)> {
    let id = id_of(scope)?;
    let registers = crate::replication::merge::doc(agenda, &BTreeSet::from([scope.clone()]));
    let hidden = |key: &str| agenda.versions.get(key).is_some_and(|v| v.raw.is_some());
    Some((id, entries(&registers, &hidden)))
}

/// Reads every leaf of a document; `None` for design documents and the
/// like, which are not the agenda's.
pub(super) fn read(received: &Received) -> Result<Option<Arrived>, SyncError> {
    if received.id.starts_with('_') {
        return Ok(None);
    }
    let scope = scope_of_id(&received.id);
    if id_of(&scope).as_deref() != Some(received.id.as_str()) {
        return Err(SyncError::Misplaced(received.id.clone()));
    }
    let mut leaves = Vec::new();
    for text in &received.leaves {
        leaves.push(read_leaf(&received.id, &scope, text)?);
    }
    Ok(Some(Arrived {
        id: received.id.clone(),
        scope,
        leaves,
    }))
}

pub(super) fn read_leaf(id: &str, scope: &Scope, text: &str) -> Result<Leaf, SyncError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(SyncError::TooLarge(text.len()));
    }
    let shape = |why: &str| SyncError::Shape(why.to_owned());
    let Ok(Value::Object(mut doc)) = serde_json::from_str::<Value>(text) else {
        return Err(shape("not a JSON object"));
    };
    let mut text_field = |name: &str| match doc.remove(name) {
        Some(Value::String(s)) => Ok(s),
        _ => Err(shape(name)),
    };
    let (doc_id, rev) = (text_field("_id")?, text_field("_rev")?);
    if doc_id != id {
        return Err(SyncError::Misplaced(doc_id));
    }
    let deleted = doc.remove("_deleted") == Some(Value::Bool(true));
    doc.remove("_conflicts");
    let number = |v: Option<Value>| {
        v.and_then(|v| v.as_u64())
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    };
    let format = number(doc.remove("digitale_agenda"));
    let schema = number(doc.remove("schema_version"));
    // Who wrote this revision: the server checked it; the history says
    // more.
    if !matches!(doc.remove("author"), None | Some(Value::String(_))) {
        return Err(shape("author"));
    }
    let history = read_history(doc.remove("history")).ok_or_else(|| shape("history"))?;
    let wire = match doc.remove("registers") {
        Some(Value::Object(map)) => map,
        None => Map::new(),
        Some(_) => return Err(shape("registers")),
    };
    if let Some(unknown) = doc.keys().next() {
        return Err(shape(unknown));
    }
    if !deleted {
        if format > FORMAT || schema > SCHEMA_VERSION {
            return Err(SyncError::Newer { format, schema });
        }
        if format != FORMAT || !(FOLDED_SCHEMA..=SCHEMA_VERSION).contains(&schema) {
            return Err(shape("format"));
        }
    }
    let mut registers = Doc::new();
    let mut hidden = BTreeSet::new();
    for (key, entry) in wire {
        if scope_of(&key) != *scope {
            return Err(SyncError::Misplaced(key));
        }
        let Value::Object(mut entry) = entry else {
            return Err(shape(&key));
        };
        let (value, stamp, base) = (
            entry.remove("v"),
            read_stamp(entry.remove("s")),
            read_stamp(entry.remove("b")),
        );
        let is_hidden = match entry.remove("h") {
            None => false,
            Some(Value::Bool(h)) => h,
            Some(_) => return Err(shape(&key)),
        };
        let (Some(value), Some(stamp), Some(base), true) = (value, stamp, base, entry.is_empty())
        else {
            return Err(shape(&key));
        };
        if is_hidden {
            hidden.insert(key.clone());
        }
        let entry = Entry {
            value: crate::replication::scopes::canonical(value),
            stamp,
            base,
        };
        registers.insert(key, entry);
    }
    if schema == FOLDED_SCHEMA
        && let Scope::Item("projects", id) = scope
    {
        fold_estimate(&id.to_string(), &mut registers, &mut hidden);
    }
    let digest = if deleted {
        0
    } else {
        digest(&body(&registers, &|k| hidden.contains(k), &history))
    };
    Ok(Leaf {
        rev,
        registers,
        hidden,
        history,
        digest,
    })
}

/// The schema before the estimate was folded into the costs: its documents
/// are read and folded as loading folds a stored agenda.
const FOLDED_SCHEMA: u32 = 6;

/// Folds a version-6 project document's Steckbrief registers
/// ([`crate::formats::estimate::fold_stamped`]).
fn fold_estimate(id: &str, registers: &mut Doc, hidden: &mut BTreeSet<String>) {
    use crate::formats::estimate;
    let key = |field: &str| format!("projects/{id}/sheet.{field}");
    let mut sheet = Map::new();
    let mut stamps = std::collections::BTreeMap::new();
    for field in estimate::REMOVED.iter().chain(estimate::CHANGED.iter()) {
        if let Some(entry) = registers.get(&key(field)) {
            sheet.insert((*field).to_owned(), entry.value.clone());
            stamps.insert((*field).to_owned(), (entry.stamp, entry.base));
        }
    }
    for (field, (stamp, base)) in estimate::fold_stamped(&mut sheet, &stamps) {
        if let Some(value) = sheet.remove(&field) {
            registers.insert(
                key(&field),
                Entry {
                    value: crate::replication::scopes::canonical(value),
                    stamp,
                    base,
                },
            );
        }
    }
    for field in estimate::REMOVED {
        registers.remove(&key(field));
        hidden.remove(&key(field));
    }
}

/// A stamp `[counter, replica]`, counter at most 2^53 − 1.
pub(crate) fn read_stamp(value: Option<Value>) -> Option<Stamp> {
    let Some(Value::Array(parts)) = value else {
        return None;
    };
    let [counter, replica] = parts.as_slice() else {
        return None;
    };
    let counter = counter.as_u64().filter(|c| *c <= MAX_COUNTER)?;
    let replica = u32::try_from(replica.as_u64()?).ok()?;
    Some(Stamp(
        counter,
        crate::replication::versions::Replica(replica),
    ))
}

/// The document id of a scope; `None` for registers no agenda shows, which
/// are not synced.
pub(crate) fn id_of(scope: &Scope) -> Option<String> {
    Some(match scope {
        Scope::Municipality => "municipality".into(),
        Scope::Vision => "vision".into(),
        Scope::Finance => "finance".into(),
        Scope::Prioritisation => "prioritisation".into(),
        Scope::Ballots(department) => format!("prioritisation/{}", department.hyphenated()),
        Scope::Order(name) => format!("{name}/{ORDER}"),
        Scope::Item(name, id) => format!("{name}/{}", id.hyphenated()),
        Scope::Other(_) => return None,
    })
}

/// The document a register belongs in.
#[inline(never)]
pub(crate) fn doc_of(key: &str) -> Option<String> {
    id_of(&scope_of(key))
}

pub(super) fn scope_of_id(id: &str) -> Scope {
    match id.strip_prefix("prioritisation") {
        Some("") => Scope::Prioritisation,
        Some(department) => department
            .strip_prefix('/')
            .and_then(|d| uuid::Uuid::try_parse(d).ok())
            .map_or_else(|| scope_of(id), Scope::Ballots),
        None => scope_of(id),
    }
}

/// FNV-1a, 64 bits: tells whether a document's content changed without
/// keeping the content.
pub(super) fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
