//! Merging two copies of an agenda (a department's contribution file, a
//! second tab) by stable id, deterministically.
//!
//! Both agendas are read as versioned registers (see [`crate::replication::versions`]).
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

mod assemble;
mod join;
mod repair;

use assemble::*;
use join::*;
pub(crate) use join::{doc, join};

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use thiserror::Error;

use crate::formats::stored::json_text;
use crate::model::Agenda;
use crate::model::DepartmentId;
use crate::reducer::error::AgendaError;
use std::sync::Arc;

use uuid::Uuid;

use crate::replication::scopes::{
    Keyed, Scope, all_scopes, changed_scopes, prioritisation_scopes, registers_in, scope_of, shows,
};
use crate::replication::versions::{ORDER, Stamp, entity_of};

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
pub(crate) struct Entry {
    pub(crate) value: Value,
    pub(crate) stamp: Stamp,
    pub(crate) base: Stamp,
}

/// Whether a copy shows a register (see [`shown`]).
type Shows<'a> = &'a dyn Fn(&str) -> bool;

/// Registers with their versions, by key.
pub(crate) type Doc = BTreeMap<String, Entry>;

/// Merges `incoming` into `local`. Symmetric: `merge(a, b)` and
/// `merge(b, a)` give the same agenda and conflicts.
///
/// Only the scopes (items, lists, settings) in which the copies differ go
/// through the register join; the rest is taken over shared, so merging two
/// large copies that differ in one field costs about one comparison of them.
/// [`crate::replication::oracle::merge_full`] joins every register; property tests hold
/// both to the same results.
pub fn merge(local: &Agenda, incoming: &Agenda) -> Result<MergeOutcome, MergeError> {
    let diverging = diverging_scopes(local, incoming);
    let b = doc(incoming, &diverging);
    let mut outcome = merge_doc(local, b, diverging, &|key| shown(incoming, key))?;
    outcome.agenda.history = local.history.join(&incoming.history);
    Ok(outcome)
}

/// Whether the agenda shows the register `key` (a merged value it hides,
/// such as a dropped item, is not shown).
fn shown(agenda: &Agenda, key: &str) -> bool {
    registers_in(agenda, [&scope_of(key)]).contains_key(key)
}

/// Merges the registers `b` of the `diverging` scopes into `local`;
/// `b_shows` tells which of them the other copy shows. [`merge`] and the
/// CouchDB sync ([`crate::replication::sync`]) both end here.
pub(crate) fn merge_doc(
    local: &Agenda,
    b: Doc,
    diverging: BTreeSet<Scope>,
    b_shows: &dyn Fn(&str) -> bool,
) -> Result<MergeOutcome, MergeError> {
    let diverging = whole_prioritisation(diverging, local, &b);
    let a = doc(local, &diverging);
    let (joined, conflicts) = join(&a, &b);
    settle(local, a, b, joined, conflicts, diverging, b_shows)
}

/// `local` with the registers of `scope` replaced by `b` (what the
/// server has of it; empty when it has no such document): a change the
/// server refused is taken back. Nothing is joined, so nothing of the
/// refused change stays.
pub(crate) fn replace_doc(
    local: &Agenda,
    b: Doc,
    scope: Scope,
) -> Result<MergeOutcome, MergeError> {
    let mut replaced = BTreeSet::from([scope.clone()]);
    if let Scope::Item(name, _) = scope {
        replaced.insert(Scope::Order(name));
    }
    let diverging = whole_prioritisation(replaced, local, &b);
    let a = doc(local, &diverging);
    let mut joined: Doc = a
        .iter()
        .filter(|(k, _)| scope_of(k) != scope)
        .map(|(k, e)| (k.clone(), e.clone()))
        .collect();
    joined.extend(b.clone());
    let b_shows = |key: &str| b.get(key).is_some_and(|e| !e.value.is_null());
    settle(local, a, b.clone(), joined, Vec::new(), diverging, &b_shows)
}

/// Builds the agenda from the `joined` registers of the `diverging`
/// scopes and `local`'s others, repairs it, and sets its versions.
fn settle(
    local: &Agenda,
    mut a: Doc,
    mut b: Doc,
    mut joined: Doc,
    mut conflicts: Vec<Conflict>,
    diverging: BTreeSet<Scope>,
    b_shows: &dyn Fn(&str) -> bool,
) -> Result<MergeOutcome, MergeError> {
    let changed = changed_count(&a, &joined);
    let partial = from_registers(&joined)?;
    let mut agenda = local.without_versions();
    take_over(&mut agenda, partial, &joined, local, &diverging);
    let before_repair = agenda.without_versions();
    let dropped = repair::repair(&mut agenda);
    // Items the repair changed outside the diverging scopes: their registers
    // are the same in both copies, and the versions must say what the
    // repair hid.
    let mut scopes = diverging;
    let repaired: BTreeSet<Scope> = changed_scopes(&before_repair, &agenda)
        .into_iter()
        .filter(|s| !scopes.contains(s))
        .collect();
    let same = doc(local, &repaired);
    a.extend(same.clone());
    b.extend(same.clone());
    joined.extend(same);
    scopes.extend(repaired);
    let a_shows = |key: &str| shown(local, key);
    conflicts.extend(dropped_news(&dropped, [(&a, &a_shows), (&b, b_shows)]));
    agenda.versions = versions_of(&joined, &agenda, local, &scopes);
    agenda.history = local.history.clone();
    finish(agenda, conflicts, changed)
}

/// The prioritisation is one value in an agenda but several scopes (its
/// settings, each department's ballots): when one of them diverges, all of
/// them are merged, so that the assembled prioritisation is whole.
fn whole_prioritisation(mut scopes: BTreeSet<Scope>, local: &Agenda, b: &Doc) -> BTreeSet<Scope> {
    let of_prioritisation = |s: &Scope| matches!(s, Scope::Prioritisation | Scope::Ballots(_));
    if scopes.iter().any(of_prioritisation) {
        scopes.extend(prioritisation_scopes(local));
        scopes.extend(b.keys().map(|k| scope_of(k)).filter(of_prioritisation));
    }
    scopes
}

/// A file (an agenda or a department's Beitrag) merged into an agenda.
#[derive(Clone, Debug, PartialEq)]
pub struct FileMerge {
    /// The merged agenda and what to tell the user.
    pub outcome: MergeOutcome,
    /// For a Beitrag: the department that sent it.
    pub contribution: Option<DepartmentId>,
}

impl FileMerge {
    /// The name of the department that sent the Beitrag, as the merged
    /// agenda knows it.
    pub fn source_name(&self) -> Option<&str> {
        let department = self.outcome.agenda.department(self.contribution?)?;
        Some(department.name())
    }
}

/// Why a file could not be merged. The local agenda is unchanged.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum FileMergeError {
    /// The file is not a readable agenda.
    #[error(transparent)]
    Load(#[from] crate::formats::stored::LoadError),
    /// The copies do not merge into a valid agenda.
    #[error(transparent)]
    Merge(#[from] MergeError),
}

/// Reads a file (checked and size-limited like every import) and merges it
/// into `local`.
pub fn merge_file(local: &Agenda, json: &str) -> Result<FileMerge, FileMergeError> {
    let file = crate::formats::stored::load_file(json)?;
    let outcome = merge(local, &file.agenda)?;
    Ok(FileMerge {
        outcome,
        contribution: file.contribution.map(|c| c.department),
    })
}

/// The merged agenda, checked, with its conflicts sorted.
fn finish(
    agenda: Agenda,
    mut conflicts: Vec<Conflict>,
    changed: usize,
) -> Result<MergeOutcome, MergeError> {
    agenda.validate()?;
    crate::sorting::sort(&mut conflicts);
    conflicts.dedup();
    Ok(MergeOutcome {
        agenda,
        conflicts,
        changed,
    })
}

/// The number of items and settings the join changed against `a`.
fn changed_count(a: &Doc, joined: &Doc) -> usize {
    let changed: BTreeSet<&str> = joined
        .iter()
        .filter(|(k, e)| !k.ends_with(ORDER) && a.get(*k).is_none_or(|old| old.value != e.value))
        .map(|(k, _)| item_or_setting(k))
        .collect();
    changed.len()
}

/// The agenda the merged registers describe (without versions, unrepaired).
fn from_registers(joined: &Doc) -> Result<Agenda, MergeError> {
    crate::formats::stored::decode(&json_text(&crate::formats::stored::envelope(assemble(
        joined,
    ))))
    .map(|file| file.agenda)
    .map_err(|e| MergeError::Shape(e.to_string()))
}

/// The scopes that must go through the join: where the copies differ in
/// content or versions, and where a copy's versions hold something its
/// content does not show (merged values, fields of deleted items, unknown
/// registers).
pub(crate) fn diverging_scopes(a: &Agenda, b: &Agenda) -> BTreeSet<Scope> {
    let mut out = changed_scopes(a, b);
    let (va, vb) = (a.versions.map(), b.versions.map());
    for (key, version) in va {
        if version.raw.is_some() || vb.get(key) != Some(version) {
            out.insert(scope_of(key));
        }
    }
    for (key, version) in vb {
        if version.raw.is_some() || !va.contains_key(key) {
            out.insert(scope_of(key));
        }
    }
    for (agenda, versions) in [(a, va), (b, vb)] {
        // Fields sort right after their item's existence register.
        let keys: Vec<&String> = versions.keys().collect();
        for pair in keys.windows(2) {
            let [item, next] = pair else { continue };
            let is_field = next
                .strip_prefix(item.as_str())
                .is_some_and(|rest| rest.starts_with('/'));
            if is_field && entity_of(item).is_some() {
                let scope = scope_of(item);
                if !out.contains(&scope) && !shows(agenda, &scope) {
                    out.insert(scope);
                }
            }
        }
    }
    out
}

/// Puts the merged scopes into `agenda` (a copy of `local`'s content):
/// settings and items from `partial`, list orders as the join says.
fn take_over(
    agenda: &mut Agenda,
    partial: Agenda,
    joined: &Doc,
    local: &Agenda,
    scopes: &BTreeSet<Scope>,
) {
    if scopes.contains(&Scope::Municipality) {
        agenda.municipality = partial.municipality;
    }
    if scopes.contains(&Scope::Vision) {
        agenda.vision = partial.vision;
    }
    if scopes.contains(&Scope::Finance) {
        agenda.finance = partial.finance;
    }
    if scopes.contains(&Scope::Prioritisation) {
        agenda.prioritisation = partial.prioritisation;
    }
    let order = Order {
        joined,
        local,
        scopes,
    };
    order.list("guidelines", &mut agenda.guidelines, partial.guidelines);
    order.list("fields", &mut agenda.fields, partial.fields);
    order.list("departments", &mut agenda.departments, partial.departments);
    order.list(
        "perspectives",
        &mut agenda.perspectives,
        partial.perspectives,
    );
    order.list("workshop", &mut agenda.workshop, partial.workshop);
    order.list("ideas", &mut agenda.ideas, partial.ideas);
    order.list("projects", &mut agenda.projects, partial.projects);
    order.list("competences", &mut agenda.competences, partial.competences);
    order.list("assessments", &mut agenda.assessments, partial.assessments);
    order.list("surveys", &mut agenda.surveys, partial.surveys);
}

/// Puts a list together from the items both copies agree on and the merged
/// ones, in the merged order (as [`items`] orders them).
struct Order<'a> {
    joined: &'a Doc,
    local: &'a Agenda,
    scopes: &'a BTreeSet<Scope>,
}

impl Order<'_> {
    fn list<T: Keyed>(&self, name: &'static str, list: &mut Vec<Arc<T>>, merged: Vec<Arc<T>>) {
        let before = list.len();
        let kept: Vec<Arc<T>> = std::mem::take(list)
            .into_iter()
            .filter(|i| !self.scopes.contains(&Scope::Item(name, i.uuid())))
            .collect();
        if kept.len() == before && merged.is_empty() && !self.scopes.contains(&Scope::Order(name)) {
            *list = kept;
            return;
        }
        let items: Vec<Arc<T>> = kept.into_iter().chain(merged).collect();
        let ids: Vec<Uuid> = items.iter().map(|i| i.uuid()).collect();
        let order = self.arrange(name, &ids);
        let mut slots: Vec<Option<Arc<T>>> = items.into_iter().map(Some).collect();
        *list = order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take))
            .collect();
    }

    /// Positions of the items `ids` in the merged order: the order register
    /// first, then the others by creation stamp (as [`items`] orders them).
    /// Not generic, so the bundle holds it once, not once per list type.
    fn arrange(&self, name: &'static str, ids: &[Uuid]) -> Vec<usize> {
        // Ids as text, by position (a plain list: one more map type would be
        // another few KB of generic wasm; lists are at most a few hundred).
        let alive: Vec<String> = ids.iter().map(|id| id.hyphenated().to_string()).collect();
        let position = |id: &str| alive.iter().position(|known| known == id);
        let order_scope = Scope::Order(name);
        let order_value = if self.scopes.contains(&order_scope) {
            self.joined
                .get(&format!("{name}/{ORDER}"))
                .map(|e| e.value.clone())
        } else {
            registers_in(self.local, [&order_scope])
                .into_values()
                .next()
        };
        let mut order: Vec<&str> = Vec::new();
        if let Some(Value::Array(listed)) = &order_value {
            for id in listed.iter().filter_map(Value::as_str) {
                if position(id).is_some() && !order.contains(&id) {
                    order.push(id);
                }
            }
        }
        let mut rest: Vec<(Stamp, &str)> = alive
            .iter()
            .filter(|id| !order.contains(&id.as_str()))
            .map(|id| {
                let key = format!("{name}/{id}");
                let stamp = self
                    .joined
                    .get(&key)
                    .map_or_else(|| self.local.versions.stamp(&key), |e| e.stamp);
                (stamp, id.as_str())
            })
            .collect();
        crate::sorting::sort(&mut rest);
        order.extend(rest.into_iter().map(|(_, id)| id));
        order.iter().filter_map(|id| position(id)).collect()
    }
}

/// The registers of the given scopes of an agenda with their versions,
/// merged values restored.
/// [`merge`] without the shortcut: every register of both copies goes
/// through the join and the agenda is assembled from all of them. Kept as
/// the property-test oracle ([`crate::replication::oracle::merge_full`]).
pub(crate) fn merge_full(local: &Agenda, incoming: &Agenda) -> Result<MergeOutcome, MergeError> {
    let mut scopes = all_scopes(local);
    scopes.extend(all_scopes(incoming));
    for agenda in [local, incoming] {
        scopes.extend(agenda.versions.map().keys().map(|k| scope_of(k)));
    }
    let (a, b) = (doc(local, &scopes), doc(incoming, &scopes));
    let (joined, mut conflicts) = join(&a, &b);
    let changed = changed_count(&a, &joined);
    let mut agenda = from_registers(&joined)?;
    let dropped = repair::repair(&mut agenda);
    let (a_shows, b_shows) = (
        |key: &str| shown(local, key),
        |key: &str| shown(incoming, key),
    );
    conflicts.extend(dropped_news(&dropped, [(&a, &a_shows), (&b, &b_shows)]));
    agenda.versions = versions_of(&joined, &agenda, &Agenda::new(), &scopes);
    agenda.history = local.history.join(&incoming.history);
    finish(agenda, conflicts, changed)
}
