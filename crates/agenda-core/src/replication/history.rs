//! Who changed what: for every part of the agenda that the live sync keeps
//! as one CouchDB document (an item, a list's order, a setting), the last
//! changes with the person's name and the time.
//!
//! A [`Change`] is written by [`Agenda::apply_signed`](crate::Agenda::apply_signed)
//! for each document whose registers the action changed, with the stamp
//! the action wrote. Connected to a CouchDB, the name is the login's and
//! the server's validation function refuses a new checked change in
//! another's name; without a connection it is the name the person gave,
//! marked unchecked.
//!
//! Invariants:
//! - A document's changes are *normalised*: newest stamp first, one change
//!   per stamp, one per [`bucket`] (the same person in the same browser
//!   within [`WINDOW`] seconds: an afternoon's edits of a Steckbrief are
//!   one line), at most [`MAX_CHANGES`].
//! - Joining two histories is the normalised union, so it is commutative,
//!   associative and idempotent like the merge of the registers; every
//!   copy that has seen the same changes shows the same history.

use std::sync::Arc;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::replication::versions::{Replica, Stamp};

/// Changes kept per document.
pub const MAX_CHANGES: usize = 12;

/// Seconds within which one person's changes of one document in one
/// browser are kept as one (the newest).
pub const WINDOW: u64 = 30 * 60;

/// Longest name kept, in characters (CouchDB user names are shorter).
pub const MAX_NAME_CHARS: usize = 100;

/// Largest time accepted, in seconds since 1970: JavaScript reads integers
/// exactly only up to 2^53.
const MAX_TIME: u64 = (1 << 53) - 1;

/// Who writes: a name, and whether a server checks it (the CouchDB login)
/// or the person gave it themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Author {
    /// The login or the given name; empty when nobody gave one.
    pub name: String,
    /// True for the CouchDB login the server checks.
    pub checked: bool,
}

impl Author {
    /// A name the person gave, unchecked; trimmed and cut to
    /// [`MAX_NAME_CHARS`].
    pub fn given(name: &str) -> Self {
        Self {
            name: clean_name(name),
            checked: false,
        }
    }

    /// The CouchDB login, which the server checks.
    pub fn login(name: &str) -> Self {
        Self {
            name: clean_name(name),
            checked: true,
        }
    }
}

fn clean_name(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect()
}

/// One change of one document.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// The stamp the action wrote.
    pub stamp: Stamp,
    /// Who.
    pub by: String,
    /// When, in seconds since 1970 (UTC), as the writer's clock said.
    pub at: u64,
    /// Whether `by` is a login a server checked.
    pub checked: bool,
}

impl Change {
    /// One person's changes in one browser within [`WINDOW`] seconds.
    fn bucket(&self) -> (&str, Replica, bool, u64) {
        (&self.by, self.stamp.1, self.checked, self.at / WINDOW)
    }

    fn is_valid(&self) -> bool {
        self.at <= MAX_TIME
            && self.by.chars().count() <= MAX_NAME_CHARS
            && !self.by.chars().any(char::is_control)
    }
}

/// A document's lines as stored and sent: `[[counter, replica, by, at,
/// checked], …]`, newest first. Written and read through `Value` (whose
/// (de)serialiser the bundle has anyway) rather than serde impls of its
/// own, which cost the download kilobytes.
pub(crate) fn lines_to_value(changes: &[Change]) -> Value {
    let line = |c: &Change| {
        Value::Array(vec![
            c.stamp.0.into(),
            c.stamp.1.0.into(),
            c.by.as_str().into(),
            c.at.into(),
            c.checked.into(),
        ])
    };
    Value::Array(changes.iter().map(line).collect())
}

/// Reads what [`lines_to_value`] wrote, normalised; `None` for anything
/// else (more than [`MAX_CHANGES`] lines, a name too long or with control
/// characters, a number out of range).
pub(crate) fn lines_from_value(value: &Value) -> Option<Vec<Change>> {
    let lines = value.as_array().filter(|l| l.len() <= MAX_CHANGES)?;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let [counter, replica, by, at, checked] = line.as_array()?.as_slice() else {
            return None;
        };
        let change = Change {
            stamp: Stamp(
                counter.as_u64().filter(|c| *c <= MAX_TIME)?,
                Replica(u32::try_from(replica.as_u64()?).ok()?),
            ),
            by: by.as_str()?.to_owned(),
            at: at.as_u64()?,
            checked: checked.as_bool()?,
        };
        if !change.is_valid() {
            return None;
        }
        out.push(change);
    }
    Some(normalise(out))
}

/// The changes of one document, normalised (see the module's invariants).
pub(crate) fn normalise(mut changes: Vec<Change>) -> Vec<Change> {
    crate::sorting::sort_by(&mut changes, |a, b| b.cmp(a));
    changes.dedup_by(|later, earlier| later.stamp == earlier.stamp);
    let mut out: Vec<Change> = Vec::with_capacity(changes.len().min(MAX_CHANGES));
    for change in changes {
        if out.len() == MAX_CHANGES {
            break;
        }
        if !out.iter().any(|kept| kept.bucket() == change.bucket()) {
            out.push(change);
        }
    }
    out
}

/// Every document's changes, by document id (`guidelines/<id>`, `vision`).
/// A list sorted by id, not a map: the download has no map of this type
/// otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    docs: Vec<(String, Arc<[Change]>)>,
}

impl History {
    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.docs.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    /// The changes of a document, newest first.
    pub fn of(&self, id: &str) -> &[Change] {
        self.find(id)
            .ok()
            .and_then(|i| self.docs.get(i))
            .map_or(&[], |(_, c)| c)
    }

    /// The changes of a Leitplanke.
    pub fn guideline(&self, id: crate::GuidelineId) -> &[Change] {
        self.of(&format!("guidelines/{id}"))
    }

    /// The changes of a perspective.
    pub fn perspective(&self, id: crate::PerspectiveId) -> &[Change] {
        self.of(&format!("perspectives/{id}"))
    }

    /// The changes of a project (its Steckbrief).
    pub fn project(&self, id: crate::ProjectId) -> &[Change] {
        self.of(&format!("projects/{id}"))
    }

    /// Documents and their changes, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &[Change])> {
        self.docs.iter().map(|(id, c)| (id, &**c))
    }

    /// Sets the (normalised) changes of document `id`; none removes it.
    fn set(&mut self, id: &str, changes: Vec<Change>) {
        match (self.find(id), changes.is_empty()) {
            (Ok(i), true) => {
                self.docs.remove(i);
            }
            (Ok(i), false) => {
                if let Some(slot) = self.docs.get_mut(i) {
                    slot.1 = changes.into();
                }
            }
            (Err(_), true) => {}
            (Err(i), false) => self.docs.insert(i, (id.to_owned(), changes.into())),
        }
    }

    /// The documents whose id `keep` accepts, with their changes.
    pub(crate) fn part(&self, keep: impl Fn(&str) -> bool) -> Self {
        let mut docs = Vec::new();
        for (id, changes) in &self.docs {
            if keep(id) {
                docs.push((id.clone(), Arc::clone(changes)));
            }
        }
        Self { docs }
    }

    /// Records `change` for each of the documents `ids`.
    pub(crate) fn record(&mut self, ids: impl IntoIterator<Item = String>, change: &Change) {
        for id in ids {
            let mut changes = self.of(&id).to_vec();
            changes.push(change.clone());
            self.set(&id, normalise(changes));
        }
    }

    /// Joins the changes `other` has of document `id` into this history.
    pub(crate) fn join_doc(&mut self, id: &str, other: &[Change]) {
        let mine = self.of(id);
        if other.is_empty() || mine == other {
            return;
        }
        let joined = normalise(mine.iter().chain(other).cloned().collect());
        self.set(id, joined);
    }

    /// This history joined with `other`: the normalised union per document.
    pub(crate) fn join(&self, other: &Self) -> Self {
        let mut out = self.clone();
        for (id, changes) in &other.docs {
            out.join_doc(id, changes);
        }
        out
    }

    /// The changes of document `id` become `changes` (what the server has).
    pub(crate) fn replace(&mut self, id: &str, changes: Vec<Change>) {
        self.set(id, normalise(changes));
    }
}

impl Serialize for History {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = Map::new();
        for (id, changes) in &self.docs {
            map.insert(id.clone(), lines_to_value(changes));
        }
        Value::Object(map).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for History {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Value::Object(map) = Value::deserialize(deserializer)? else {
            return Err(D::Error::custom("history is not a map"));
        };
        let mut history = Self::default();
        for (id, lines) in &map {
            let changes =
                lines_from_value(lines).ok_or_else(|| D::Error::custom("a change out of range"))?;
            history.set(id, changes);
        }
        Ok(history)
    }
}
