//! Merging two copies of an agenda (a department's contribution file, a
//! second tab) by stable id, deterministically.
//!
//! Both agendas are read as versioned registers (see [`crate::versions`]).
//! For every register the version with the larger [`Stamp`] wins; equal
//! stamps with different values are ordered by their JSON text. This join is
//! commutative, associative and idempotent. The winning registers are then
//! put back together into an agenda and [`repair`]ed: references to deleted
//! items are cleared and items that cannot exist without a deleted one are
//! dropped. Nothing is silently lost: concurrent edits of the same register,
//! items deleted in one copy but edited in the other, and dropped items are
//! returned as [`Conflict`]s for the user to see.
//!
//! Deletions win: an item deleted in either copy stays deleted, however
//! often an older copy is merged again.

mod repair;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};
use thiserror::Error;

use crate::error::AgendaError;
use crate::model::Agenda;
use crate::versions::{
    COLLECTIONS, ORDER, Registers, Stamp, Version, Versions, entity_of, item_from_key, registers,
};

/// Why two agendas could not be merged. The local agenda is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MergeError {
    /// The merged registers do not form an agenda (damaged file).
    #[error("merged data does not match the schema: {0}")]
    Shape(String),
    /// The merged agenda breaks an invariant, e.g. a count limit.
    #[error("merged agenda is invalid: {0}")]
    Invalid(#[from] AgendaError),
}

/// What kind of conflict the user should look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictKind {
    /// Both copies changed the same field; the newer change was kept.
    Concurrent,
    /// One copy deleted the item, the other changed it; it stays deleted.
    DeletedWhileEdited,
    /// The item needed something the other copy deleted; it was dropped.
    Dropped,
}

/// One thing the merge decided that the user should know about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Conflict {
    /// What happened.
    pub kind: ConflictKind,
    /// The list the item belongs to (`projects`, `perspectives`, …) or
    /// `agenda` for the agenda's own settings.
    pub collection: String,
    /// Title, name or text of the item, for display.
    pub item: String,
    /// The field (`title`, `sheet.budget`, …); empty for whole items.
    pub field: String,
    /// The value now in the agenda, as text.
    pub kept: String,
    /// The value that lost, as text.
    pub other: String,
}

/// The merged agenda and what the user should be told about it.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeOutcome {
    /// The merged agenda, valid.
    pub agenda: Agenda,
    /// Conflicts, sorted.
    pub conflicts: Vec<Conflict>,
    /// Number of items and settings the incoming copy changed here.
    pub changed: usize,
}

/// One register in a merge: its value and version.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    value: Value,
    stamp: Stamp,
    base: Stamp,
}

type Doc = BTreeMap<String, Entry>;

/// Merges `incoming` into `local`. Symmetric: `merge(a, b)` and
/// `merge(b, a)` give the same agenda and conflicts.
pub fn merge(local: &Agenda, incoming: &Agenda) -> Result<MergeOutcome, MergeError> {
    let (a, b) = (doc(local), doc(incoming));
    let (joined, mut conflicts) = join(&a, &b);
    let changed: BTreeSet<&str> = joined
        .iter()
        .filter(|(k, e)| !k.ends_with(ORDER) && a.get(*k).is_none_or(|old| old.value != e.value))
        .map(|(k, _)| item_or_setting(k))
        .collect();
    let changed = changed.len();
    let mut agenda: Agenda = crate::stored::decode(crate::stored::envelope(assemble(&joined)))
        .map(|file| file.agenda)
        .map_err(|e| MergeError::Shape(e.to_string()))?;
    let dropped = repair::repair(&mut agenda);
    conflicts.extend(dropped_news(&dropped, [(&a, local), (&b, incoming)]));
    agenda.versions = versions_of(&joined, &agenda);
    agenda.validate()?;
    conflicts.sort();
    conflicts.dedup();
    Ok(MergeOutcome {
        agenda,
        conflicts,
        changed,
    })
}

/// The registers of an agenda with their versions, merged values restored.
fn doc(agenda: &Agenda) -> Doc {
    let current = registers(agenda);
    let mut doc = Doc::new();
    for (key, value) in &current {
        let version = agenda.versions.get(key).cloned().unwrap_or_default();
        doc.insert(key.clone(), entry(value.clone(), &version));
    }
    for (key, version) in &agenda.versions.0 {
        let value = match &version.raw {
            Some(raw) => serde_json::from_str(raw).unwrap_or(Value::Null),
            None => current.get(key).cloned().unwrap_or(Value::Null),
        };
        doc.insert(key.clone(), entry(value, version));
    }
    doc
}

fn entry(value: Value, version: &Version) -> Entry {
    Entry {
        value,
        stamp: version.stamp,
        base: version.base,
    }
}

/// Orders two versions of a register: larger stamp, then larger JSON text.
fn newer<'e>(a: &'e Entry, b: &'e Entry) -> (&'e Entry, &'e Entry) {
    let key = |e: &Entry| (e.stamp, e.value.to_string());
    if key(a) >= key(b) { (a, b) } else { (b, a) }
}

fn join(a: &Doc, b: &Doc) -> (Doc, Vec<Conflict>) {
    let mut out = Doc::new();
    let mut conflicts = Vec::new();
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    for key in keys {
        let merged = match (a.get(key), b.get(key)) {
            (Some(x), Some(y)) => {
                let (winner, loser) = newer(x, y);
                let same = winner.stamp == loser.stamp && winner.value == loser.value;
                let mut base = x.base.max(y.base);
                if !same {
                    base = base.max(loser.stamp);
                    let unseen = loser.stamp > winner.base;
                    if unseen && winner.value != loser.value && reportable(key) {
                        conflicts.push(conflict(
                            ConflictKind::Concurrent,
                            key,
                            [a, b, &out],
                            &winner.value,
                            &loser.value,
                        ));
                    }
                }
                Entry {
                    base,
                    ..winner.clone()
                }
            }
            (Some(x), None) | (None, Some(x)) => x.clone(),
            (None, None) => continue,
        };
        out.insert(key.clone(), merged);
    }
    forget_seen_fields_of_deleted(&mut out);
    let deleted = deleted_while_edited(a, b, &out);
    conflicts.extend(deleted);
    (out, conflicts)
}

/// Drops the field registers of deleted items that the deletion had seen,
/// as [`Versions::record`] does for a local deletion. Fields changed after
/// the deleter's view stay, so a later merge still knows about them.
fn forget_seen_fields_of_deleted(doc: &mut Doc) {
    let seen: Vec<(String, Stamp)> = doc
        .iter()
        .filter(|(k, e)| entity_of(k).is_some() && e.value != Value::Bool(true))
        .map(|(k, e)| (format!("{k}/"), e.base))
        .collect();
    for (prefix, base) in seen {
        let stale: Vec<String> = fields(doc, &prefix)
            .filter(|(_, e)| e.stamp <= base)
            .map(|(k, _)| k.clone())
            .collect();
        for key in stale {
            doc.remove(&key);
        }
        // What stays was seen up to the deletion's view too. Without this,
        // a field dropped in one merge order would still raise the base in
        // another (found by the associativity proptest).
        let kept: Vec<String> = fields(doc, &prefix).map(|(k, _)| k.clone()).collect();
        for key in kept {
            if let Some(e) = doc.get_mut(&key) {
                e.base = e.base.max(base);
            }
        }
    }
}

/// `projects/<id>` for any register of that project; the key itself for
/// settings and ballots.
fn item_or_setting(key: &str) -> &str {
    let mut slashes = key.match_indices('/').map(|(i, _)| i);
    let collection = key.split('/').next().unwrap_or_default();
    let is_item = COLLECTIONS.iter().any(|(c, _)| *c == collection);
    match (is_item, slashes.nth(1)) {
        (true, Some(end)) => key.get(..end).unwrap_or(key),
        _ => key,
    }
}

/// Orders and item existence are decided without asking the user.
fn reportable(key: &str) -> bool {
    !key.ends_with(ORDER) && entity_of(key).is_none()
}

/// Items deleted in one copy whose other copy has changes the deleter never
/// saw (and that this side does not know yet).
fn deleted_while_edited(a: &Doc, b: &Doc, joined: &Doc) -> Vec<Conflict> {
    let mut found = Vec::new();
    for (key, merged) in joined {
        if entity_of(key).is_none() || merged.value == Value::Bool(true) {
            continue;
        }
        for (alive, dead) in [(a, b), (b, a)] {
            let (Some(was), Some(deletion)) = (alive.get(key), dead.get(key)) else {
                continue;
            };
            if was.value != Value::Bool(true) || deletion.value == Value::Bool(true) {
                continue;
            }
            let prefix = format!("{key}/");
            let unseen = fields(alive, &prefix).any(|(k, e)| {
                e.stamp > deletion.base && dead.get(k).is_none_or(|d| e.stamp > d.stamp)
            });
            if unseen {
                found.push(conflict(
                    ConflictKind::DeletedWhileEdited,
                    key,
                    [a, b, joined],
                    &Value::Null,
                    &Value::Null,
                ));
            }
        }
    }
    found
}

fn fields<'d>(doc: &'d Doc, prefix: &'d str) -> impl Iterator<Item = (&'d String, &'d Entry)> {
    doc.range(prefix.to_owned()..)
        .take_while(move |(k, _)| k.starts_with(prefix))
}

/// Items [`repair`] dropped that some copy still showed and that no copy had
/// already dropped before.
fn dropped_news(dropped: &[String], inputs: [(&Doc, &Agenda); 2]) -> Vec<Conflict> {
    let [(doc_a, agenda_a), (doc_b, agenda_b)] = inputs;
    let shown = [(doc_a, registers(agenda_a)), (doc_b, registers(agenda_b))];
    dropped
        .iter()
        .filter(|key| {
            let known_dropped = shown.iter().any(|(doc, regs)| {
                doc.get(*key).is_some_and(|e| e.value != Value::Null) && !regs.contains_key(*key)
            });
            shown.iter().any(|(_, regs)| regs.contains_key(*key)) && !known_dropped
        })
        .map(|key| {
            let docs = [doc_a, doc_b, doc_a];
            conflict(ConflictKind::Dropped, key, docs, &Value::Null, &Value::Null)
        })
        .collect()
}

fn conflict(
    kind: ConflictKind,
    key: &str,
    docs: [&Doc; 3],
    kept: &Value,
    other: &Value,
) -> Conflict {
    let (collection, rest) = key.split_once('/').unwrap_or(("agenda", key));
    let (item, field) = match entity_of(key) {
        Some((_, _)) => (title_of(key, docs), String::new()),
        None => match rest.split_once('/') {
            Some((id, field)) if COLLECTIONS.iter().any(|(c, _)| *c == collection) => (
                title_of(&format!("{collection}/{id}"), docs),
                field.to_owned(),
            ),
            _ => (String::new(), key.to_owned()),
        },
    };
    let collection = if COLLECTIONS.iter().any(|(c, _)| *c == collection) {
        collection
    } else {
        "agenda"
    };
    Conflict {
        kind,
        collection: collection.to_owned(),
        item,
        field,
        kept: display(kept),
        other: display(other),
    }
}

/// The title, name or text of an item: the newest either copy knows.
fn title_of(item: &str, docs: [&Doc; 3]) -> String {
    ["sheet.title", "title", "name", "text"]
        .iter()
        .find_map(|field| {
            let key = format!("{item}/{field}");
            docs.iter()
                .filter_map(|d| d.get(&key))
                .reduce(|x, y| newer(x, y).0)
                .and_then(|e| e.value.as_str())
        })
        .unwrap_or_default()
        .to_owned()
}

fn display(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The JSON of an agenda (without versions) from merged registers.
fn assemble(doc: &Doc) -> Value {
    let value = |key: &str| {
        doc.get(key)
            .map(|e| e.value.clone())
            .filter(|v| !v.is_null())
    };
    let mut top = Map::new();
    top.insert(
        "municipality".into(),
        value("municipality").unwrap_or_else(|| Value::String(String::new())),
    );
    let mut vision = Map::new();
    vision.insert(
        "text".into(),
        value("vision").unwrap_or_else(|| Value::String(String::new())),
    );
    top.insert("vision".into(), Value::Object(vision));
    for (collection, split) in COLLECTIONS {
        top.insert(
            collection.into(),
            Value::Array(items(doc, collection, split)),
        );
    }
    top.insert("prioritisation".into(), prioritisation(doc));
    top.insert("versions".into(), Value::Object(Map::new()));
    Value::Object(top)
}

fn items(doc: &Doc, collection: &str, split: Option<&str>) -> Vec<Value> {
    let prefix = format!("{collection}/");
    let mut alive: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for (key, e) in fields(doc, &prefix) {
        if let Some((_, id)) = entity_of(key)
            && e.value == Value::Bool(true)
        {
            let mut item = Map::new();
            item.insert("id".into(), Value::String(id.to_owned()));
            alive.insert(id, item);
        }
    }
    for (key, e) in fields(doc, &prefix) {
        let Some((id, field)) = key.get(prefix.len()..).and_then(|r| r.split_once('/')) else {
            continue;
        };
        let Some(item) = alive.get_mut(id) else {
            continue;
        };
        match field.split_once('.') {
            Some((outer, inner)) if Some(outer) == split => {
                if let Value::Object(nested) = item
                    .entry(outer.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()))
                {
                    nested.insert(inner.to_owned(), e.value.clone());
                }
            }
            _ => {
                item.insert(field.to_owned(), e.value.clone());
            }
        }
    }
    let mut order: Vec<&str> = Vec::new();
    if let Some(Value::Array(ids)) = doc.get(&format!("{collection}/{ORDER}")).map(|e| &e.value) {
        for id in ids.iter().filter_map(Value::as_str) {
            if alive.contains_key(id) && !order.contains(&id) {
                order.push(id);
            }
        }
    }
    let mut rest: Vec<(Stamp, &str)> = alive
        .keys()
        .filter(|id| !order.contains(id))
        .map(|id| {
            let stamp = doc
                .get(&format!("{collection}/{id}"))
                .map_or(Stamp::ZERO, |e| e.stamp);
            (stamp, *id)
        })
        .collect();
    rest.sort();
    order.extend(rest.into_iter().map(|(_, id)| id));
    order
        .into_iter()
        .filter_map(|id| alive.remove(id).map(Value::Object))
        .collect()
}

fn prioritisation(doc: &Doc) -> Value {
    let defaults = serde_json::to_value(crate::prioritisation::Prioritisation::default())
        .unwrap_or(Value::Null);
    let mut p = Map::new();
    for setting in ["subject", "method", "budget", "max_per_item"] {
        let stored = doc
            .get(&format!("prioritisation/{setting}"))
            .map(|e| e.value.clone())
            .filter(|v| !v.is_null());
        let fallback = defaults.get(setting).cloned().unwrap_or(Value::Null);
        p.insert(setting.into(), stored.unwrap_or(fallback));
    }
    let mut allocations = Vec::new();
    for (key, e) in fields(doc, "prioritisation/points/") {
        let rest = key
            .get("prioritisation/points/".len()..)
            .unwrap_or_default();
        let Some((department, item)) = rest.split_once('/') else {
            continue;
        };
        if let (Some(item), false) = (item_from_key(item), e.value.is_null()) {
            let mut a = Map::new();
            a.insert("department".into(), Value::String(department.to_owned()));
            a.insert("item".into(), item);
            a.insert("points".into(), e.value.clone());
            allocations.push(Value::Object(a));
        }
    }
    let mut rankings = Vec::new();
    for (key, e) in fields(doc, "prioritisation/rankings/") {
        let rest = key
            .get("prioritisation/rankings/".len()..)
            .unwrap_or_default();
        let Some((department, _)) = rest.split_once('/') else {
            continue;
        };
        if !e.value.is_null() {
            let mut r = Map::new();
            r.insert("department".into(), Value::String(department.to_owned()));
            r.insert("order".into(), e.value.clone());
            rankings.push(Value::Object(r));
        }
    }
    p.insert("allocations".into(), Value::Array(allocations));
    p.insert("rankings".into(), Value::Array(rankings));
    Value::Object(p)
}

/// Versions of the merged agenda: every non-trivial version of the merged
/// registers, with the merged value kept where the agenda shows another.
fn versions_of(joined: &Doc, agenda: &Agenda) -> Versions {
    let shown: Registers = registers(agenda);
    let mut out = BTreeMap::new();
    for (key, e) in joined {
        let raw = match shown.get(key) {
            Some(v) if *v == e.value => None,
            None if e.value.is_null() => None,
            _ => Some(e.value.to_string()),
        };
        if e.stamp == Stamp::ZERO && e.base == Stamp::ZERO && raw.is_none() {
            continue;
        }
        out.insert(
            key.clone(),
            Version {
                stamp: e.stamp,
                base: e.base,
                raw,
            },
        );
    }
    Versions(out)
}
