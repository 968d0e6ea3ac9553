//! Scopes: the parts of an agenda whose registers (see [`crate::replication::versions`])
//! are built together, so that an edit or a merge reads only the parts it
//! touches instead of the whole agenda.
//!
//! Invariants:
//! - Every register key belongs to exactly one scope ([`scope_of`]), and
//!   [`registers_in`] of a scope yields exactly the registers of the full
//!   [`registers`](crate::replication::versions::registers) whose keys belong to it
//!   (unit-tested on the demo, property-tested on random agendas).
//! - [`changed_scopes`] finds every scope whose registers differ between two
//!   agendas. Items are shared ([`Arc`]) between an agenda and the states it
//!   came from, so an unchanged item is recognised by its pointer and only
//!   changed items are compared and serialised.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::competence::{Competence, SelfAssessment, StaffSurvey};
use crate::model::Project;
use crate::model::{Agenda, Card, Department, FieldOfAction, Guideline, Perspective, ProjectIdea};
use crate::replication::versions::{
    COLLECTIONS, ORDER, Registers, Version, item_to_registers, prioritisation_to_registers,
};

/// A part of the agenda whose registers are built together.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Scope {
    /// The municipality's name.
    Municipality,
    /// The Leitbild.
    Vision,
    /// The town's finance settings.
    Finance,
    /// The settings of the prioritisation (what, how, the budget).
    Prioritisation,
    /// One department's ballots: its points and rankings (its own
    /// document, so that each department writes only its own).
    Ballots(Uuid),
    /// The order of a list.
    Order(&'static str),
    /// One item of a list: its existence and its fields.
    Item(&'static str, Uuid),
    /// A versioned register no agenda shows (kept as it is).
    Other(String),
}

/// Something with a stable id in one of the agenda's lists.
pub(crate) trait Keyed: Clone + PartialEq + Serialize {
    /// The item's id.
    fn uuid(&self) -> Uuid;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn uuid(&self) -> Uuid {
                self.id.as_uuid()
            }
        }
    )*};
}
keyed!(
    Guideline,
    FieldOfAction,
    Department,
    Perspective,
    Card,
    ProjectIdea,
    Project,
    Competence,
    SelfAssessment,
    StaffSurvey
);

/// Runs `$body` with `$items` bound to the list called `$name`, for each
/// list type; `$default` where no list has that name.
macro_rules! with_list {
    ($agenda:expr, $name:expr, $default:expr, |$items:ident| $body:expr) => {
        match $name {
            "guidelines" => {
                let $items = &$agenda.guidelines;
                $body
            }
            "fields" => {
                let $items = &$agenda.fields;
                $body
            }
            "departments" => {
                let $items = &$agenda.departments;
                $body
            }
            "perspectives" => {
                let $items = &$agenda.perspectives;
                $body
            }
            "workshop" => {
                let $items = &$agenda.workshop;
                $body
            }
            "ideas" => {
                let $items = &$agenda.ideas;
                $body
            }
            "projects" => {
                let $items = &$agenda.projects;
                $body
            }
            "competences" => {
                let $items = &$agenda.competences;
                $body
            }
            "assessments" => {
                let $items = &$agenda.assessments;
                $body
            }
            "surveys" => {
                let $items = &$agenda.surveys;
                $body
            }
            _ => $default,
        }
    };
}
pub(crate) use with_list;

/// The list name as the `'static` name in [`COLLECTIONS`].
fn collection(name: &str) -> Option<(&'static str, Option<&'static str>)> {
    COLLECTIONS.iter().copied().find(|(c, _)| *c == name)
}

/// The scope a register key belongs to.
pub(crate) fn scope_of(key: &str) -> Scope {
    match key {
        "municipality" => return Scope::Municipality,
        "vision" => return Scope::Vision,
        "finance" => return Scope::Finance,
        _ => {}
    }
    let mut parts = key.splitn(3, '/');
    let (first, second) = (parts.next().unwrap_or_default(), parts.next());
    if first == "prioritisation" && second.is_some() {
        return ballots_of(key).map_or(Scope::Prioritisation, Scope::Ballots);
    }
    match (collection(first), second) {
        (Some((name, _)), Some(ORDER)) if parts.next().is_none() => Scope::Order(name),
        (Some((name, _)), Some(id)) => match Uuid::try_parse(id) {
            // Only the form ids are written in (lower-case, hyphenated).
            Ok(uuid) if id.len() == 36 && !id.bytes().any(|b| b.is_ascii_uppercase()) => {
                Scope::Item(name, uuid)
            }
            _ => Scope::Other(key.to_owned()),
        },
        _ => Scope::Other(key.to_owned()),
    }
}

/// The department whose ballot a register `prioritisation/points/<id>/…`
/// or `prioritisation/rankings/<id>/…` holds.
fn ballots_of(key: &str) -> Option<Uuid> {
    let rest = key
        .strip_prefix("prioritisation/points/")
        .or_else(|| key.strip_prefix("prioritisation/rankings/"))?;
    let (id, _) = rest.split_once('/')?;
    let lower = id.len() == 36 && !id.bytes().any(|b| b.is_ascii_uppercase());
    Uuid::try_parse(id).ok().filter(|_| lower)
}

/// The prioritisation's scopes that `agenda` has registers or versions
/// in: the settings and every department's ballots.
pub(crate) fn prioritisation_scopes(agenda: &Agenda) -> BTreeSet<Scope> {
    let mut out = BTreeSet::from([Scope::Prioritisation]);
    let ballots = agenda
        .prioritisation
        .allocations()
        .iter()
        .map(|a| a.department())
        .chain(
            agenda
                .prioritisation
                .rankings()
                .iter()
                .map(|r| r.department()),
        );
    out.extend(ballots.map(|d| Scope::Ballots(d.as_uuid())));
    let versions = agenda
        .versions
        .map()
        .range::<str, _>((
            std::ops::Bound::Included("prioritisation/"),
            std::ops::Bound::Unbounded,
        ))
        .take_while(|(k, _)| k.starts_with("prioritisation/"));
    out.extend(versions.map(|(k, _)| scope_of(k)));
    out
}

/// Whether the agenda shows the item of an item scope.
pub(crate) fn shows(agenda: &Agenda, scope: &Scope) -> bool {
    match scope {
        Scope::Item(name, id) => {
            with_list!(agenda, *name, false, |items| items
                .iter()
                .any(|i| i.uuid() == *id))
        }
        _ => true,
    }
}

/// The versions of the registers of one scope, by key.
pub(crate) fn versions_in<'v>(
    versions: &'v BTreeMap<String, Version>,
    scope: &Scope,
) -> Box<dyn Iterator<Item = (&'v String, &'v Version)> + 'v> {
    let single = |key: String| Box::new(versions.get_key_value(&key).into_iter()) as Box<_>;
    match scope {
        Scope::Municipality => single("municipality".into()),
        Scope::Vision => single("vision".into()),
        Scope::Finance => single("finance".into()),
        Scope::Order(name) => single(format!("{name}/{ORDER}")),
        Scope::Other(key) => single(key.clone()),
        Scope::Prioritisation | Scope::Ballots(_) => Box::new(
            versions
                .range::<str, _>((
                    std::ops::Bound::Included("prioritisation/"),
                    std::ops::Bound::Unbounded,
                ))
                .take_while(|(k, _)| k.starts_with("prioritisation/"))
                .filter({
                    let scope = scope.clone();
                    move |(k, _)| scope_of(k) == scope
                }),
        ),
        Scope::Item(name, id) => {
            let item = format!("{name}/{}", id.hyphenated());
            Box::new(versions.range(item.clone()..).take_while(move |(k, _)| {
                k.strip_prefix(item.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            }))
        }
    }
}

/// Every scope the agenda shows registers in.
pub(crate) fn all_scopes(agenda: &Agenda) -> BTreeSet<Scope> {
    let mut out = BTreeSet::from([Scope::Municipality, Scope::Vision, Scope::Finance]);
    out.extend(prioritisation_scopes(agenda));
    for (name, _) in COLLECTIONS {
        out.insert(Scope::Order(name));
        with_list!(agenda, name, (), |items| out
            .extend(items.iter().map(|i| Scope::Item(name, i.uuid()))));
    }
    out
}

/// The registers of the given scopes.
pub(crate) fn registers_in<'s>(
    agenda: &Agenda,
    scopes: impl IntoIterator<Item = &'s Scope>,
) -> Registers {
    let mut out = Registers::new();
    for scope in scopes {
        add_registers(agenda, scope, &mut out);
    }
    out
}

/// Adds the registers of one scope; not generic, so the bundle holds it
/// once for every kind of scope collection.
fn add_registers(agenda: &Agenda, scope: &Scope, out: &mut Registers) {
    match scope {
        Scope::Municipality => {
            out.insert("municipality".into(), agenda.municipality.clone().into());
        }
        Scope::Vision => {
            out.insert("vision".into(), agenda.vision.text.clone().into());
        }
        Scope::Finance => {
            if let Some(finance) = to_value(&agenda.finance) {
                out.insert("finance".into(), finance);
            }
        }
        Scope::Prioritisation | Scope::Ballots(_) => {
            let mut all = Registers::new();
            if let Some(Value::Object(p)) = to_value(&agenda.prioritisation) {
                prioritisation_to_registers(&mut all, p);
            }
            out.extend(all.into_iter().filter(|(k, _)| scope_of(k) == *scope));
        }
        Scope::Order(name) => {
            let ids = with_list!(agenda, *name, Vec::new(), |items| items
                .iter()
                .map(|i| Value::String(i.uuid().hyphenated().to_string()))
                .collect());
            out.insert(format!("{name}/{ORDER}"), Value::Array(ids));
        }
        Scope::Item(name, id) => {
            let split = collection(name).and_then(|(_, split)| split);
            let item = with_list!(agenda, *name, None, |items| items
                .iter()
                .find(|i| i.uuid() == *id)
                .and_then(|i| to_value(&**i)));
            if let Some(item) = item {
                item_to_registers(out, name, split, item);
            }
        }
        Scope::Other(_) => {}
    }
}

/// Through the JSON text, not `serde_json::to_value`: the text serialisers
/// are in the bundle anyway for saving; `to_value` would add a second copy of
/// every `Serialize` impl.
pub(crate) fn to_value<T: Serialize>(value: &T) -> Option<Value> {
    serde_json::to_string(value)
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .map(canonical)
}

/// A register value in the one form every copy agrees on: an integral
/// float as an integer (`35.0` as `35`), as JavaScript writes it. A value
/// that went through a JavaScript or Erlang server (CouchDB, PouchDB) comes
/// back that way, and `Value` holds `35` and `35.0` as different numbers;
/// without this, a synced register would differ from the one it was read
/// from and be written back and forth. Deserialising into `f64` takes
/// either form, so the agenda is the same.
pub(crate) fn canonical(value: Value) -> Value {
    match value {
        Value::Number(n) if n.is_f64() => match n.as_f64() {
            // Exactly representable in both (below 2^53).
            Some(f) if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => {
                // `as` is exact here: integral and in range.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let int = if f >= 0.0 {
                    Value::from(f as u64)
                } else {
                    Value::from(f as i64)
                };
                int
            }
            _ => Value::Number(n),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, canonical(v))).collect())
        }
        other => other,
    }
}

/// The scopes whose registers differ between `before` and `after` (and,
/// when the prioritisation differs, all of its scopes).
pub(crate) fn changed_scopes(before: &Agenda, after: &Agenda) -> BTreeSet<Scope> {
    let mut out = BTreeSet::new();
    if before.municipality != after.municipality {
        out.insert(Scope::Municipality);
    }
    if before.vision != after.vision {
        out.insert(Scope::Vision);
    }
    if before.prioritisation != after.prioritisation {
        // Its few small documents; the unchanged ones are not written
        // (their content is what the server has).
        out.extend(prioritisation_scopes(before));
        out.extend(prioritisation_scopes(after));
    }
    if before.finance != after.finance {
        out.insert(Scope::Finance);
    }
    diff_list(
        "guidelines",
        &before.guidelines,
        &after.guidelines,
        &mut out,
    );
    diff_list("fields", &before.fields, &after.fields, &mut out);
    diff_list(
        "departments",
        &before.departments,
        &after.departments,
        &mut out,
    );
    diff_list(
        "perspectives",
        &before.perspectives,
        &after.perspectives,
        &mut out,
    );
    diff_list("workshop", &before.workshop, &after.workshop, &mut out);
    diff_list("ideas", &before.ideas, &after.ideas, &mut out);
    diff_list("projects", &before.projects, &after.projects, &mut out);
    diff_list(
        "competences",
        &before.competences,
        &after.competences,
        &mut out,
    );
    diff_list(
        "assessments",
        &before.assessments,
        &after.assessments,
        &mut out,
    );
    diff_list("surveys", &before.surveys, &after.surveys, &mut out);
    out
}

fn same<T: PartialEq>(a: &Arc<T>, b: &Arc<T>) -> bool {
    Arc::ptr_eq(a, b) || **a == **b
}

fn diff_list<T: Keyed>(
    name: &'static str,
    before: &[Arc<T>],
    after: &[Arc<T>],
    out: &mut BTreeSet<Scope>,
) {
    let ids = |items: &[Arc<T>]| items.iter().map(|i| i.uuid()).collect::<Vec<_>>();
    let same_item = |b: usize, a: usize| match (before.get(b), after.get(a)) {
        (Some(b), Some(a)) => same(b, a),
        _ => false,
    };
    diff_ids(name, &ids(before), &ids(after), &same_item, out);
}

/// The item and order scopes that differ between two lists, given their
/// ids and whether the items at two positions are the same. Not generic,
/// so the bundle holds it once, not once per list type.
fn diff_ids(
    name: &'static str,
    before: &[Uuid],
    after: &[Uuid],
    same_item: &dyn Fn(usize, usize) -> bool,
    out: &mut BTreeSet<Scope>,
) {
    if before == after {
        for (i, id) in after.iter().enumerate() {
            if !same_item(i, i) {
                out.insert(Scope::Item(name, *id));
            }
        }
        return;
    }
    out.insert(Scope::Order(name));
    let old: HashMap<Uuid, usize> = before.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let now: HashSet<Uuid> = after.iter().copied().collect();
    for (a, id) in after.iter().enumerate() {
        if !old.get(id).is_some_and(|b| same_item(*b, a)) {
            out.insert(Scope::Item(name, *id));
        }
    }
    for id in before.iter().filter(|id| !now.contains(*id)) {
        out.insert(Scope::Item(name, *id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::replication::versions::registers;

    #[test]
    fn scopes_partition_the_registers_of_the_demo() {
        let agenda = crate::content::demo::musterstadt().unwrap();
        let full = registers(&agenda);
        let scoped = registers_in(&agenda, &all_scopes(&agenda));
        assert_eq!(scoped, full);
        for key in full.keys() {
            let scope = scope_of(key);
            assert!(!matches!(scope, Scope::Other(_)), "{key}");
            assert!(
                registers_in(&agenda, [&scope]).contains_key(key),
                "{key} in {scope:?}"
            );
        }
    }

    #[test]
    fn a_changed_item_is_its_only_changed_scope() {
        let before = crate::content::demo::musterstadt().unwrap();
        let mut after = before.clone();
        let id = after.projects[0].id;
        after
            .apply(crate::Action::SetProgressOverride {
                id,
                percent: Some(42),
            })
            .unwrap();
        assert_eq!(
            changed_scopes(&before, &after),
            BTreeSet::from([Scope::Item("projects", id.as_uuid())])
        );
        assert!(Arc::ptr_eq(&before.projects[1], &after.projects[1]));
    }
}
