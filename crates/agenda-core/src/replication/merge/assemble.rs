//! The agenda rebuilt from joined registers (items in their list's order,
//! the prioritisation, the versions to keep), before the repair.

use super::*;
use crate::formats::stored::json_text;
use crate::model::Agenda;
use crate::replication::scopes::{Scope, registers_in, versions_in};
use crate::replication::versions::{
    COLLECTIONS, ORDER, Registers, Stamp, Version, Versions, entity_of, item_from_key,
};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The JSON of an agenda (without versions) from merged registers.
pub(super) fn assemble(doc: &Doc) -> Value {
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
    if let Some(finance) = value("finance") {
        top.insert("finance".into(), finance);
    }
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

pub(super) fn items(doc: &Doc, collection: &str, split: Option<&str>) -> Vec<Value> {
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
    crate::sorting::sort(&mut rest);
    order.extend(rest.into_iter().map(|(_, id)| id));
    order
        .into_iter()
        .filter_map(|id| alive.remove(id).map(Value::Object))
        .collect()
}

pub(super) fn prioritisation(doc: &Doc) -> Value {
    let defaults = crate::replication::scopes::to_value(
        &crate::model::prioritisation::Prioritisation::default(),
    )
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

/// Versions of the merged agenda: `local`'s versions outside the merged
/// `scopes` (the same in both copies), and every non-trivial version of the
/// merged registers, with the merged value kept where the agenda shows
/// another.
pub(super) fn versions_of(
    joined: &Doc,
    agenda: &Agenda,
    local: &Agenda,
    scopes: &BTreeSet<Scope>,
) -> Versions {
    let shown: Registers = registers_in(agenda, scopes);
    let mut out = local.versions.map().clone();
    for scope in scopes {
        let keys: Vec<String> = versions_in(&out, scope).map(|(k, _)| k.clone()).collect();
        for key in keys {
            out.remove(&key);
        }
    }
    out.retain(|_, v| !trivial(v));
    for (key, e) in joined {
        let raw = match shown.get(key) {
            Some(v) if *v == e.value => None,
            None if e.value.is_null() => None,
            _ => Some(json_text(&e.value)),
        };
        let version = Version {
            stamp: e.stamp,
            base: e.base,
            raw,
        };
        if !trivial(&version) {
            out.insert(key.clone(), version);
        }
    }
    Versions::from_map(out)
}

/// A version that says nothing (never stamped, nothing merged).
pub(super) fn trivial(v: &Version) -> bool {
    v.stamp == Stamp::ZERO && v.base == Stamp::ZERO && v.raw.is_none()
}
