//! Per-register versions: what makes merging copies of an agenda
//! deterministic.
//!
//! An agenda is seen as a flat map of *registers* (see [`registers`]): one per
//! field of every item (`projects/<id>/sheet.title`), one per item saying it
//! exists (`projects/<id>`), one per list order (`guidelines/_order`), one per
//! department's points for an item, and the few settings. Every successful
//! [`Agenda::apply_by`] stamps the registers it changed with a Lamport
//! [`Stamp`]: one more than the largest counter in the agenda, and the
//! browser copy ([`Replica`]) that wrote it.
//!
//! Invariants:
//! - A register's stamp only grows; its `base` is the newest stamp of that
//!   register the writer had seen (so a merge can tell an overwrite from a
//!   concurrent edit).
//! - Deleting an item stamps its existence register and forgets its field
//!   registers; the existence stamp's `base` remembers the newest field
//!   stamp the deleter had seen.
//! - `raw` holds a register's merged value where the agenda shows another one
//!   (an item dropped or a reference cleared because of a deletion elsewhere),
//!   so later merges start from the true merged state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Agenda;

/// Identifies one copy of an agenda (one browser), chosen at random by the
/// caller. Only the quality of conflict reports depends on it being unique;
/// merge results are deterministic for any replica ids.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Replica(pub u32);

impl Replica {
    /// The replica of code that does not care (tests, demo data).
    pub const ANONYMOUS: Self = Self(0);
}

/// A Lamport timestamp: counter first, replica as tie-breaker.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Stamp(pub u64, pub Replica);

impl Stamp {
    /// The stamp of data that was never edited through a stamped action.
    pub const ZERO: Self = Self(0, Replica::ANONYMOUS);
}

/// Version of one register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// When it was last written.
    #[serde(rename = "s")]
    pub stamp: Stamp,
    /// The newest stamp of this register known when it was written or merged.
    #[serde(rename = "b")]
    pub base: Stamp,
    /// The merged value as JSON text, where it differs from what the agenda
    /// shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}

/// The versions of all registers that were ever stamped.
///
/// Stored as a plain map from register key to version; the newest counter
/// is derived from it when reading and kept up to date on every write, so
/// the next stamp is known without scanning.
#[derive(Clone, Debug, Default)]
pub struct Versions {
    map: BTreeMap<String, Version>,
    /// The largest counter of any stamp in `map`.
    newest: u64,
}

impl PartialEq for Versions {
    fn eq(&self, other: &Self) -> bool {
        self.map == other.map
    }
}

impl Eq for Versions {}

impl Serialize for Versions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.map.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Versions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::deserialize(deserializer).map(Self::from_map)
    }
}

impl Versions {
    /// Versions from a map, with the newest counter read off it.
    pub(crate) fn from_map(map: BTreeMap<String, Version>) -> Self {
        let newest = map.values().map(|v| v.stamp.0).max().unwrap_or(0);
        Self { map, newest }
    }

    /// The map of register key to version.
    pub(crate) fn map(&self) -> &BTreeMap<String, Version> {
        &self.map
    }

    /// The largest counter stamped so far.
    pub fn newest(&self) -> u64 {
        self.newest
    }

    /// Number of versioned registers.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when nothing was stamped yet.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Registers and their versions, by key.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Version)> {
        self.map.iter()
    }

    /// The version of a register.
    pub fn get(&self, key: &str) -> Option<&Version> {
        self.map.get(key)
    }

    /// The stamp of a register, [`Stamp::ZERO`] if never stamped.
    pub fn stamp(&self, key: &str) -> Stamp {
        self.map.get(key).map_or(Stamp::ZERO, |v| v.stamp)
    }

    fn next_stamp(&self, replica: Replica) -> Stamp {
        Stamp(self.newest.saturating_add(1), replica)
    }

    /// Stamps every register that differs between `before` and `after`.
    pub(crate) fn record(&mut self, before: &Registers, after: &Registers, replica: Replica) {
        let stamp = self.next_stamp(replica);
        let mut deleted = Vec::new();
        for (key, old) in before {
            match after.get(key) {
                Some(new) if new == old => {}
                Some(_) => self.write(key, stamp),
                None => {
                    if entity_of(key).is_some() {
                        deleted.push(key.clone());
                    } else if !is_field_key(key) {
                        self.write(key, stamp);
                    }
                }
            }
        }
        // Fields sort after their item, so in reverse the fields of a
        // re-created item still see the old deletion and inherit what it had
        // seen.
        for key in after.keys().rev().filter(|k| !before.contains_key(*k)) {
            let seen_by_deletion = item_of_field(key)
                .filter(|item| !before.contains_key(*item))
                .and_then(|item| self.map.get(item))
                .map_or(Stamp::ZERO, |v| v.base);
            self.write(key, stamp);
            if let Some(v) = self.map.get_mut(key) {
                v.base = v.base.max(seen_by_deletion);
            }
        }
        for key in deleted {
            let prefix = format!("{key}/");
            let seen = self
                .map
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .map(|(_, v)| v.stamp)
                .chain([self.stamp(&key)])
                .max()
                .unwrap_or(Stamp::ZERO);
            let fields: Vec<String> = self
                .map
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .map(|(k, _)| k.clone())
                .collect();
            for field in fields {
                self.map.remove(&field);
            }
            self.map.insert(
                key,
                Version {
                    stamp,
                    base: seen,
                    raw: None,
                },
            );
            self.newest = self.newest.max(stamp.0);
        }
    }

    fn write(&mut self, key: &str, stamp: Stamp) {
        let base = self.stamp(key);
        self.map.insert(
            key.to_owned(),
            Version {
                stamp,
                base,
                raw: None,
            },
        );
        self.newest = self.newest.max(stamp.0);
    }
}

/// Register name → current value.
pub(crate) type Registers = BTreeMap<String, Value>;

/// The lists of items, by the name used in register keys, and the field of
/// an item that is split into one register per inner field.
pub(crate) const COLLECTIONS: [(&str, Option<&str>); 10] = [
    ("guidelines", None),
    ("fields", None),
    ("departments", None),
    ("perspectives", None),
    ("workshop", None),
    ("ideas", None),
    ("projects", Some("sheet")),
    ("competences", None),
    ("assessments", None),
    ("surveys", None),
];

/// Key of the register holding the order of a list.
pub(crate) const ORDER: &str = "_order";

/// `(collection, id)` when `key` is an item's existence register.
pub(crate) fn entity_of(key: &str) -> Option<(&str, &str)> {
    let (collection, id) = key.split_once('/')?;
    let known = COLLECTIONS.iter().any(|(c, _)| *c == collection);
    (known && !id.contains('/') && id != ORDER).then_some((collection, id))
}

/// The existence register of the item a field register belongs to.
pub(crate) fn item_of_field(key: &str) -> Option<&str> {
    if !is_field_key(key) {
        return None;
    }
    let first = key.find('/')?;
    let second = key.get(first + 1..)?.find('/')? + first + 1;
    key.get(..second)
}

/// True for a register holding a field of an item.
fn is_field_key(key: &str) -> bool {
    let mut parts = key.splitn(3, '/');
    let collection = parts.next().unwrap_or_default();
    let id = parts.next();
    let field = parts.next();
    COLLECTIONS.iter().any(|(c, _)| *c == collection) && id.is_some() && field.is_some()
}

/// The agenda as registers, without versions.
pub(crate) fn registers(agenda: &Agenda) -> Registers {
    let mut out = Registers::new();
    // Through the JSON text, not `to_value`: the text (de)serialisers are
    // in the bundle anyway for saving and loading; `to_value` would add a
    // second copy of every Serialize impl (measured: tens of KB of wasm).
    let Ok(Value::Object(mut top)) = serde_json::to_string(agenda)
        .map_err(|_| ())
        .and_then(|json| serde_json::from_str(&json).map_err(|_| ()))
        .map(crate::replication::scopes::canonical)
    else {
        return out;
    };
    top.remove("versions");
    top.remove("history");
    if let Some(name) = top.remove("municipality") {
        out.insert("municipality".into(), name);
    }
    if let Some(text) = top.remove("vision").and_then(|v| v.get("text").cloned()) {
        out.insert("vision".into(), text);
    }
    if let Some(finance) = top.remove("finance") {
        out.insert("finance".into(), finance);
    }
    for (collection, split) in COLLECTIONS {
        if let Some(Value::Array(items)) = top.remove(collection) {
            items_to_registers(&mut out, collection, split, items);
        }
    }
    if let Some(Value::Object(p)) = top.remove("prioritisation") {
        prioritisation_to_registers(&mut out, p);
    }
    out
}

fn items_to_registers(
    out: &mut Registers,
    collection: &str,
    split: Option<&str>,
    items: Vec<Value>,
) {
    let order = items
        .into_iter()
        .filter_map(|item| item_to_registers(out, collection, split, item))
        .map(Value::String)
        .collect();
    out.insert(format!("{collection}/{ORDER}"), Value::Array(order));
}

/// The registers of one item (its existence and its fields); returns its id.
pub(crate) fn item_to_registers(
    out: &mut Registers,
    collection: &str,
    split: Option<&str>,
    item: Value,
) -> Option<String> {
    let Value::Object(mut fields) = item else {
        return None;
    };
    let Some(Value::String(id)) = fields.remove("id") else {
        return None;
    };
    out.insert(format!("{collection}/{id}"), Value::Bool(true));
    for (name, value) in fields {
        match value {
            Value::Object(inner) if Some(name.as_str()) == split => {
                for (inner_name, v) in inner {
                    out.insert(format!("{collection}/{id}/{name}.{inner_name}"), v);
                }
            }
            value => {
                out.insert(format!("{collection}/{id}/{name}"), value);
            }
        }
    }
    Some(id)
}

pub(crate) fn prioritisation_to_registers(out: &mut Registers, mut p: Map<String, Value>) {
    for setting in ["subject", "method", "budget", "max_per_item"] {
        if let Some(value) = p.remove(setting) {
            out.insert(format!("prioritisation/{setting}"), value);
        }
    }
    if let Some(Value::Array(allocations)) = p.remove("allocations") {
        for a in allocations {
            let (Some(department), Some(item), Some(points)) = (
                a.get("department").and_then(Value::as_str),
                a.get("item").and_then(item_key),
                a.get("points"),
            ) else {
                continue;
            };
            out.insert(
                format!("prioritisation/points/{department}/{item}"),
                points.clone(),
            );
        }
    }
    if let Some(Value::Array(rankings)) = p.remove("rankings") {
        for r in rankings {
            let (Some(department), Some(order)) = (
                r.get("department").and_then(Value::as_str),
                r.get("order").and_then(Value::as_array),
            ) else {
                continue;
            };
            let Some(subject) = order.first().and_then(item_key).map(|k| subject_of(&k)) else {
                continue;
            };
            out.insert(
                format!("prioritisation/rankings/{department}/{subject}"),
                Value::Array(order.clone()),
            );
        }
    }
}

/// `field:<id>` for the JSON `{"field": "<id>"}` of an item reference.
pub(crate) fn item_key(item: &Value) -> Option<String> {
    let (kind, id) = item.as_object()?.iter().next()?;
    Some(format!("{kind}:{}", id.as_str()?))
}

/// The JSON of an item reference from its key.
pub(crate) fn item_from_key(key: &str) -> Option<Value> {
    let (kind, id) = key.split_once(':')?;
    let mut map = Map::new();
    map.insert(kind.to_owned(), Value::String(id.to_owned()));
    Some(Value::Object(map))
}

fn subject_of(item_key: &str) -> String {
    item_key.split(':').next().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_name_items_fields_and_orders() {
        let agenda = crate::content::demo::musterstadt().unwrap();
        let r = registers(&agenda);
        let project = &agenda.projects()[0];
        let id = project.id();
        assert_eq!(r[&format!("projects/{id}")], Value::Bool(true));
        assert_eq!(
            r[&format!("projects/{id}/sheet.title")],
            Value::String(project.title().into())
        );
        assert_eq!(
            r["guidelines/_order"].as_array().unwrap().len(),
            agenda.guidelines().len()
        );
        assert!(r.keys().any(|k| k.starts_with("prioritisation/points/")));
        assert_eq!(
            entity_of(&format!("projects/{id}")),
            Some(("projects", &*id.to_string()))
        );
        assert_eq!(entity_of("projects/_order"), None);
        assert_eq!(entity_of("prioritisation/budget"), None);
    }
}
