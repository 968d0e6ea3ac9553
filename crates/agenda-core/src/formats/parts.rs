//! The agenda in parts, as the browser stores it (schema 9): so that an
//! edit writes what it changed, not the whole agenda.
//!
//! A stored agenda is a small **manifest** and one **part** per item of a
//! list (`projects/<id>`, the same ids as the live sync's documents) plus
//! one part for everything else (`rahmen`: the name, the Leitbild, the
//! prioritisation, the finance settings and the lists' order registers).
//! The manifest names every part with the suffix of the key it is stored
//! under, in the agenda's order (so the order of a list is the order of its
//! items there):
//!
//! ```text
//! {"schema_version":9,"parts":[["rahmen","k1"],["projects/<id>","k2"],…]}
//! ```
//!
//! A part is three lines of compact JSON (which never holds a raw line
//! break): the item (`null` for a deleted item whose versions are kept),
//! the versions of its registers, its history.
//!
//! Invariants:
//! - [`load`] of the parts [`plan`] wrote gives back exactly the agenda
//!   (property-tested over random actions, saved one change at a time).
//! - A save is a [`Plan`]: new parts under new keys, then the manifest;
//!   until the manifest is written the previous one and all its parts are
//!   untouched, so a save cut off anywhere leaves the last complete agenda.
//! - Loading goes through [`stored::load`]: the parts are joined into the
//!   stored JSON text and read, migrated and validated like a file.
//! - No I/O: the caller reads and writes the keys.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use serde::Serialize;

use super::stored::{self, EncodeError, LoadError, SCHEMA_VERSION};
use crate::model::Agenda;
use crate::model::limits::MAX_STORED_BYTES;
use crate::replication::history::History;
use crate::replication::scopes::{Scope, all_scopes, changed_scopes, scope_of, with_list};
use crate::replication::versions::{COLLECTIONS, Versions};

/// The part holding everything that is not an item of a list.
pub const FRAME: &str = "rahmen";

/// The first schema version stored in parts.
pub const FIRST_VERSION: u32 = 9;

/// Most parts a manifest may name (every list at its limit stays far
/// below).
const MAX_PARTS: usize = 100_000;

/// Longest key suffix accepted.
const MAX_SUFFIX: usize = 32;

/// The list of parts and the suffixes of the keys they are stored under.
///
/// Stored as plain lines, `digitale-agenda <schema version>` and then
/// `<part id> <suffix>` per part (ids and suffixes hold no space): this is
/// all the format there is, and it costs the download no deserialiser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    version: u32,
    parts: Vec<(String, String)>,
}

/// The first word of a manifest.
const MAGIC: &str = "digitale-agenda";

impl Manifest {
    /// Reads a manifest. Refuses one of a newer version (as a file of a
    /// newer version is refused), and any text that is not a manifest.
    pub fn read(text: &str) -> Result<Self, LoadError> {
        let mut lines = text.lines();
        let version = lines
            .next()
            .and_then(|head| head.strip_prefix(MAGIC)?.strip_prefix(' '))
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or(LoadError::MissingVersion)?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(LoadError::NewerVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < u64::from(FIRST_VERSION) {
            return Err(LoadError::UnknownOldVersion { found: version });
        }
        let mut parts = Vec::new();
        let mut seen = BTreeSet::new();
        for line in lines {
            let bad = || LoadError::Shape(format!("part {line}"));
            let (id, suffix) = line.split_once(' ').ok_or_else(bad)?;
            let suffix_ok = !suffix.is_empty()
                && suffix.len() <= MAX_SUFFIX
                && suffix
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !suffix_ok
                || !is_part_id(id)
                || parts.len() >= MAX_PARTS
                || !seen.insert(id.to_owned())
            {
                return Err(bad());
            }
            parts.push((id.to_owned(), suffix.to_owned()));
        }
        Ok(Self {
            version: u32::try_from(version).unwrap_or(SCHEMA_VERSION),
            parts,
        })
    }

    /// The manifest as stored.
    pub fn to_text(&self) -> String {
        let mut out = format!("{MAGIC} {}", self.version);
        for (id, suffix) in &self.parts {
            out.push('\n');
            out.push_str(id);
            out.push(' ');
            out.push_str(suffix);
        }
        out
    }

    /// Every part as `(id, key suffix)`, in the agenda's order.
    pub fn parts(&self) -> &[(String, String)] {
        &self.parts
    }
}

/// Whether `id` names a part: [`FRAME`] or an item, `<list>/<uuid>`.
fn is_part_id(id: &str) -> bool {
    id == FRAME || matches!(scope_of(id), Scope::Item(..))
}

/// The part a register key or history document belongs to: `(list, id)`
/// of an item's part for the item and its fields (as [`scope_of`] says,
/// read with byte checks: this runs for every register of a save),
/// `None` for [`FRAME`].
fn part_of(key: &str) -> Option<(&'static str, &str)> {
    let (list, rest) = key.split_once('/')?;
    let id = rest.get(..36)?;
    let item = rest.len() == 36 || rest.as_bytes().get(36) == Some(&b'/');
    if !item || !is_written_uuid(id) {
        return None;
    }
    COLLECTIONS
        .iter()
        .find(|(name, _)| *name == list)
        .map(|(name, _)| (*name, id))
}

/// Whether `id` is a UUID in the form ids are written in: hyphenated,
/// lower-case hex.
fn is_written_uuid(id: &str) -> bool {
    id.len() == 36
        && id.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
}

fn part_id_of(key: &str) -> String {
    part_of(key).map_or_else(|| FRAME.to_owned(), |(list, id)| format!("{list}/{id}"))
}

/// What a save writes: the parts that changed under keys with the new
/// suffix, then the new manifest; afterwards the retired keys are garbage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The manifest to write last.
    pub manifest: Manifest,
    /// `(part id, text)` to write under the new suffix before the manifest.
    pub writes: Vec<(String, String)>,
    /// `(part id, suffix)` the new manifest no longer names.
    pub retired: Vec<(String, String)>,
}

/// Plans saving `after` over what `before`'s manifest describes (`None`:
/// nothing stored in parts yet, every part is written). New parts get
/// `suffix`, which must differ from every suffix in use.
pub fn plan(
    before: Option<(&Agenda, &Manifest)>,
    after: &Agenda,
    suffix: &str,
) -> Result<Plan, EncodeError> {
    let old: &[(String, String)] = before.map_or(&[], |(_, m)| &m.parts);
    // Parts to write; what is left in it after the lists are placed are
    // deleted items whose versions are kept.
    let mut todo = match before {
        Some((agenda, _)) => changed_parts(agenda, after),
        None => all_parts(after),
    };
    let mut planner = Planner {
        after,
        suffix,
        old,
        used: old.iter().map(|_| false).collect(),
        cursor: 0,
        plan: Plan {
            manifest: Manifest {
                version: SCHEMA_VERSION,
                parts: Vec::new(),
            },
            writes: Vec::new(),
            retired: Vec::new(),
        },
    };
    let pos = planner.find(FRAME);
    let write = todo.remove(FRAME) || pos.is_none();
    let frame = write.then(|| frame_json(after)).transpose()?;
    planner.place(FRAME.to_owned(), pos, write, frame)?;
    for (list, _) in COLLECTIONS {
        let mut items = Vec::new();
        with_list!(after, list, (), |list_items| {
            for item in list_items.iter() {
                let id = format!("{list}/{}", item.id.as_uuid().hyphenated());
                let pos = planner.find(&id);
                let write = todo.remove(&id) || pos.is_none();
                let json = match write {
                    true => Some(serde_json::to_string(&**item).map_err(encode_error)?),
                    false => None,
                };
                items.push((id, pos, write, json));
            }
        });
        for (id, pos, write, json) in items {
            planner.place(id, pos, write, json)?;
        }
    }
    // Deleted items: as they were stored, or rewritten.
    for i in 0..old.len() {
        if !planner.used.get(i).copied().unwrap_or(true)
            && let Some((id, _)) = old.get(i)
        {
            let write = todo.remove(id);
            planner.place(id.clone(), Some(i), write, None)?;
        }
    }
    for id in todo {
        planner.place(id, None, true, None)?;
    }
    Ok(planner.plan)
}

fn encode_error(e: serde_json::Error) -> EncodeError {
    EncodeError(e.to_string())
}

/// The new manifest as it is built, in the agenda's order.
struct Planner<'a> {
    after: &'a Agenda,
    suffix: &'a str,
    old: &'a [(String, String)],
    /// Which entries of the old manifest were placed.
    used: Vec<bool>,
    /// Where the next part is looked for in the old manifest (mostly in
    /// the same order).
    cursor: usize,
    plan: Plan,
}

impl Planner<'_> {
    /// Places part `id`, found at `pos` in the old manifest: written anew
    /// when `write` (with `content`, the item's JSON, `None` for a deleted
    /// item), else as it was stored.
    fn place(
        &mut self,
        id: String,
        pos: Option<usize>,
        write: bool,
        content: Option<String>,
    ) -> Result<(), EncodeError> {
        let old = pos.and_then(|i| self.old.get(i));
        if let (Some(entry), false) = (old, write) {
            self.plan.manifest.parts.push(entry.clone());
            return Ok(());
        }
        if let Some(entry) = old {
            self.plan.retired.push(entry.clone());
        }
        if let Some(text) = part_text(self.after, &id, content)? {
            self.plan
                .manifest
                .parts
                .push((id.clone(), self.suffix.to_owned()));
            self.plan.writes.push((id, text));
        }
        Ok(())
    }

    /// The position of `id` in the old manifest, marked as used.
    fn find(&mut self, id: &str) -> Option<usize> {
        let n = self.old.len();
        let found = (0..n)
            .map(|k| (self.cursor + k) % n)
            .find(|&i| self.old.get(i).is_some_and(|(old, _)| old == id))?;
        self.cursor = found + 1;
        if let Some(used) = self.used.get_mut(found) {
            *used = true;
        }
        Some(found)
    }
}

/// Every part an agenda has: the frame, each item, and each deleted item
/// whose versions or history are kept.
fn all_parts(agenda: &Agenda) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.insert(FRAME.to_owned());
    for (key, _) in agenda.versions.iter() {
        out.insert(part_id_of(key));
    }
    for (doc, _) in agenda.history.iter() {
        out.insert(part_id_of(doc));
    }
    for scope in all_scopes(agenda) {
        if let Scope::Item(list, id) = scope {
            out.insert(format!("{list}/{}", id.hyphenated()));
        }
    }
    out
}

/// The parts whose text differs between the two agendas: items whose
/// content changed (unchanged items are the same `Arc`), the frame's
/// settings, and every part whose versions or history differ (both maps
/// are sorted: walked side by side, without lookups).
fn changed_parts(before: &Agenda, after: &Agenda) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for scope in changed_scopes(before, after) {
        out.insert(match scope {
            Scope::Item(list, id) => format!("{list}/{}", id.hyphenated()),
            _ => FRAME.to_owned(),
        });
    }
    side_by_side(before.versions.iter(), after.versions.iter(), &mut out);
    side_by_side(before.history.iter(), after.history.iter(), &mut out);
    out
}

/// Adds the part of every key that is in one sorted sequence only or has
/// another value there.
fn side_by_side<'a, V: PartialEq + ?Sized + 'a>(
    a: impl Iterator<Item = (&'a String, &'a V)>,
    b: impl Iterator<Item = (&'a String, &'a V)>,
    out: &mut BTreeSet<String>,
) {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    loop {
        let key = match (a.peek().copied(), b.peek().copied()) {
            (None, None) => break,
            (Some((ka, _)), None) => a.next().map(|_| ka),
            (None, Some((kb, _))) => b.next().map(|_| kb),
            (Some((ka, va)), Some((kb, vb))) => match ka.cmp(kb) {
                std::cmp::Ordering::Less => a.next().map(|_| ka),
                std::cmp::Ordering::Greater => b.next().map(|_| kb),
                std::cmp::Ordering::Equal => {
                    a.next();
                    b.next();
                    (va != vb).then_some(ka)
                }
            },
        };
        if let Some(key) = key {
            out.insert(part_id_of(key));
        }
    }
}

/// The frame's content: the agenda without its lists.
fn frame_json(agenda: &Agenda) -> Result<String, EncodeError> {
    #[derive(Serialize)]
    struct Frame<'a> {
        municipality: &'a str,
        vision: &'a crate::model::Vision,
        prioritisation: &'a crate::model::prioritisation::Prioritisation,
        finance: &'a crate::kaemmerei::finance::FinanceSettings,
    }
    let frame = Frame {
        municipality: &agenda.municipality,
        vision: &agenda.vision,
        prioritisation: &agenda.prioritisation,
        finance: &agenda.finance,
    };
    serde_json::to_string(&frame).map_err(encode_error)
}

/// A part's text, `None` when it holds nothing (a deleted item without
/// versions or history).
fn part_text(
    agenda: &Agenda,
    id: &str,
    content: Option<String>,
) -> Result<Option<String>, EncodeError> {
    let (versions, history) = own(agenda, id);
    if content.is_none() && versions.is_empty() && history.is_empty() {
        return Ok(None);
    }
    let mut text = content.unwrap_or_else(|| "null".into());
    text.push('\n');
    text.push_str(&serde_json::to_string(&versions).map_err(encode_error)?);
    text.push('\n');
    text.push_str(&serde_json::to_string(&history).map_err(encode_error)?);
    Ok(Some(text))
}

/// The versions and history belonging to part `id`.
fn own(agenda: &Agenda, id: &str) -> (Versions, History) {
    let map = agenda.versions.map();
    let mut versions = BTreeMap::new();
    if id == FRAME {
        // Keys are sorted: an item's fields follow its existence register,
        // so one check per item, not per register.
        let mut item: Option<&str> = None;
        for (key, version) in map {
            let same_item = item.is_some_and(|prefix| {
                key.starts_with(prefix) && key.as_bytes().get(prefix.len()) == Some(&b'/')
            });
            if same_item {
                continue;
            }
            item = part_of(key).and_then(|(list, _)| key.get(..list.len() + 37));
            if item.is_none() {
                versions.insert(key.clone(), version.clone());
            }
        }
    } else {
        for (key, version) in map.range::<str, _>((Bound::Included(id), Bound::Unbounded)) {
            if !key.starts_with(id) {
                break;
            }
            if part_of(key).is_some() {
                versions.insert(key.clone(), version.clone());
            }
        }
    }
    let history = agenda.history.part(|doc| part_id_of(doc) == id);
    (Versions::from_map(versions), history)
}

/// Reads the agenda from its parts: `texts[i]` is the text stored for
/// `manifest.parts()[i]`. Checked like any stored data.
pub fn load(manifest: &Manifest, texts: &[String]) -> Result<Agenda, LoadError> {
    if texts.len() != manifest.parts.len() {
        return Err(LoadError::Shape("parts missing".into()));
    }
    let total: usize = texts.iter().map(|t| t.len() + 1).sum();
    if total > MAX_STORED_BYTES {
        return Err(LoadError::TooLarge {
            actual: total,
            max: MAX_STORED_BYTES,
        });
    }
    let mut frame = "";
    let mut lists: Vec<String> = COLLECTIONS.iter().map(|_| String::new()).collect();
    let (mut versions, mut history) = (String::new(), String::new());
    for ((id, _), text) in manifest.parts.iter().zip(texts) {
        let bad = || LoadError::Shape(format!("part {id}"));
        let mut lines = text.splitn(3, '\n');
        let (Some(content), Some(v), Some(h)) = (lines.next(), lines.next(), lines.next()) else {
            return Err(bad());
        };
        append_members(&mut versions, v).ok_or_else(bad)?;
        append_members(&mut history, h).ok_or_else(bad)?;
        if id == FRAME {
            frame = members(content).ok_or_else(bad)?;
            continue;
        }
        if content == "null" {
            continue;
        }
        let (list, uuid) = id.split_once('/').ok_or_else(bad)?;
        let starts = content
            .strip_prefix("{\"id\":\"")
            .is_some_and(|rest| rest.starts_with(uuid) && rest.get(36..37) == Some("\""));
        let slot = COLLECTIONS
            .iter()
            .position(|(name, _)| *name == list)
            .and_then(|i| lists.get_mut(i));
        match slot {
            Some(out) if starts && content.ends_with('}') => {
                if !out.is_empty() {
                    out.push(',');
                }
                out.push_str(content);
            }
            _ => return Err(bad()),
        }
    }
    let mut json = String::with_capacity(total + 512);
    json.push_str("{\"schema_version\":");
    json.push_str(&manifest.version.to_string());
    json.push_str(",\"agenda\":{");
    json.push_str(frame);
    for ((name, _), items) in COLLECTIONS.iter().zip(&lists) {
        json.push_str(if frame.is_empty() && json.ends_with('{') {
            "\""
        } else {
            ",\""
        });
        json.push_str(name);
        json.push_str("\":[");
        json.push_str(items);
        json.push(']');
    }
    json.push_str(",\"versions\":{");
    json.push_str(&versions);
    json.push_str("},\"history\":{");
    json.push_str(&history);
    json.push_str("}}}");
    stored::load(&json)
}

/// The members of a JSON object's text, without its braces.
fn members(object: &str) -> Option<&str> {
    object.strip_prefix('{')?.strip_suffix('}')
}

fn append_members(out: &mut String, object: &str) -> Option<()> {
    let inner = members(object)?;
    if !inner.is_empty() {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(inner);
    }
    Some(())
}
