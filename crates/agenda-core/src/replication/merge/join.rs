//! The per-register join of two copies' registers, and the conflicts it
//! reports: the larger stamp wins, equal stamps are ordered by their JSON
//! text, deletion wins over edits it had seen.

use super::*;
use crate::formats::stored::json_text;
use crate::model::Agenda;
use crate::replication::scopes::{Scope, registers_in, versions_in};
use crate::replication::versions::{COLLECTIONS, ORDER, Stamp, Version, entity_of, item_of_field};
use serde_json::Value;
use std::collections::BTreeSet;

pub(crate) fn doc(agenda: &Agenda, scopes: &BTreeSet<Scope>) -> Doc {
    let current = registers_in(agenda, scopes);
    let mut doc = Doc::new();
    for (key, value) in &current {
        let version = agenda.versions.get(key).cloned().unwrap_or_default();
        doc.insert(key.clone(), entry(value.clone(), &version));
    }
    let versions = scopes
        .iter()
        .flat_map(|scope| versions_in(agenda.versions.map(), scope));
    for (key, version) in versions {
        let value = match &version.raw {
            Some(raw) => {
                serde_json::from_str(raw).map_or(Value::Null, crate::replication::scopes::canonical)
            }
            None => current.get(key).cloned().unwrap_or(Value::Null),
        };
        doc.insert(key.clone(), entry(value, version));
    }
    doc
}

pub(super) fn entry(value: Value, version: &Version) -> Entry {
    Entry {
        value,
        stamp: version.stamp,
        base: version.base,
    }
}

/// Orders two versions of a register: larger stamp, then larger JSON text.
pub(super) fn newer<'e>(a: &'e Entry, b: &'e Entry) -> (&'e Entry, &'e Entry) {
    let a_first = match a.stamp.cmp(&b.stamp) {
        std::cmp::Ordering::Equal => {
            let (a_text, b_text) = (json_text(&a.value), json_text(&b.value));
            a_text >= b_text
        }
        order => order.is_gt(),
    };
    if a_first { (a, b) } else { (b, a) }
}

pub(crate) fn join(a: &Doc, b: &Doc) -> (Doc, Vec<Conflict>) {
    let mut out = Doc::new();
    let mut conflicts = Vec::new();
    let keys: BTreeSet<&str> = a.keys().chain(b.keys()).map(String::as_str).collect();
    for key in keys {
        let merged = match (a.get(key), b.get(key)) {
            (Some(x), Some(y)) => {
                let (winner, loser) = newer(x, y);
                let same = winner.stamp == loser.stamp && winner.value == loser.value;
                let mut base = x.base.max(y.base);
                // A deletion's base says which fields its writer had seen;
                // another deletion's stamp is not a field it saw.
                let both_deletions = entity_of(key).is_some()
                    && winner.value != Value::Bool(true)
                    && loser.value != Value::Bool(true);
                if !same && !both_deletions {
                    base = base.max(loser.stamp);
                }
                if !same {
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
            (Some(x), None) => only_here(key, x, b),
            (None, Some(x)) => only_here(key, x, a),
            (None, None) => continue,
        };
        out.insert(key.to_owned(), merged);
    }
    forget_seen_fields_of_deleted(&mut out);
    let deleted = deleted_while_edited(a, b, &out);
    conflicts.extend(deleted);
    (out, conflicts)
}

/// A register only one copy has. If it is a field of an item the other
/// copy deleted, that deletion had seen the fields it forgot: the base takes
/// in what the deletion saw, so the result does not depend on whether the
/// deletion was merged before or after the item came back (associativity;
/// found by the proptest: a deletion, a re-creation under the same id as an
/// undo makes, and an edit in three copies).
pub(super) fn only_here(key: &str, x: &Entry, other: &Doc) -> Entry {
    let deletion_saw = item_of_field(key)
        .and_then(|item| other.get(item))
        .filter(|e| e.value != Value::Bool(true))
        .map_or(Stamp::ZERO, |e| e.base);
    Entry {
        base: x.base.max(deletion_saw),
        ..x.clone()
    }
}

/// Drops the field registers of deleted items that the deletion had seen,
/// as [`Versions::record`] does for a local deletion. Fields changed after
/// the deleter's view stay, so a later merge still knows about them.
pub(super) fn forget_seen_fields_of_deleted(doc: &mut Doc) {
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
pub(super) fn item_or_setting(key: &str) -> &str {
    let mut slashes = key.match_indices('/').map(|(i, _)| i);
    let collection = key.split('/').next().unwrap_or_default();
    let is_item = COLLECTIONS.iter().any(|(c, _)| *c == collection);
    match (is_item, slashes.nth(1)) {
        (true, Some(end)) => key.get(..end).unwrap_or(key),
        _ => key,
    }
}

/// Orders and item existence are decided without asking the user.
pub(super) fn reportable(key: &str) -> bool {
    !key.ends_with(ORDER) && entity_of(key).is_none()
}

/// Items deleted in one copy whose other copy has changes the deleter never
/// saw (and that this side does not know yet).
pub(super) fn deleted_while_edited(a: &Doc, b: &Doc, joined: &Doc) -> Vec<Conflict> {
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

pub(super) fn fields<'d>(
    doc: &'d Doc,
    prefix: &'d str,
) -> impl Iterator<Item = (&'d String, &'d Entry)> {
    doc.range(prefix.to_owned()..)
        .take_while(move |(k, _)| k.starts_with(prefix))
}

/// Items [`repair`] dropped that some copy still showed and that no copy had
/// already dropped before.
pub(super) fn dropped_news(dropped: &[String], inputs: [(&Doc, Shows<'_>); 2]) -> Vec<Conflict> {
    dropped
        .iter()
        .filter(|key| {
            let known_dropped = inputs.iter().any(|(doc, shows)| {
                doc.get(*key).is_some_and(|e| e.value != Value::Null) && !shows(key)
            });
            inputs.iter().any(|(_, shows)| shows(key)) && !known_dropped
        })
        .map(|key| {
            let docs = [inputs[0].0, inputs[1].0, inputs[0].0];
            conflict(ConflictKind::Dropped, key, docs, &Value::Null, &Value::Null)
        })
        .collect()
}

pub(super) fn conflict(
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
pub(super) fn title_of(item: &str, docs: [&Doc; 3]) -> String {
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

pub(super) fn display(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => json_text(other),
    }
}
