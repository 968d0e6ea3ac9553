//! The checks: of one document write (what CouchDB's validation function
//! does, in Rust) and of a change to an agenda (every document it would
//! write).

use serde_json::{Map, Value};
use thiserror::Error;

use super::Actor;
use super::Part;
use super::registers::target;
use crate::model::{Agenda, DepartmentId};
use crate::replication::scopes::changed_scopes;
use crate::replication::sync::{doc_of, wire};

/// A change outside the writer's roles: the first register refused, the
/// part it belongs to and whose it is.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{key}: {} may not be changed in this role", part.name())]
pub struct Forbidden {
    /// The register.
    pub key: String,
    /// Its part in the rights matrix.
    pub part: Part,
    /// The Fachbereich it belongs to, for owned parts.
    pub owner: Option<DepartmentId>,
}

/// Whether someone acting in `actors` may write document `id`, whose
/// `registers` are `old` on the server (`None`: no such document, or
/// deleted) and `new` after the write (`None`: deleted). Every register
/// whose entry differs is judged on both sides.
pub fn check_document(
    id: &str,
    actors: &[Actor],
    old: Option<&Map<String, Value>>,
    new: Option<&Map<String, Value>>,
) -> Result<(), Forbidden> {
    let empty = Map::new();
    let (before, after) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let exists =
        |doc: &Map<String, Value>| doc.get(id).and_then(|e| e.get("v")) == Some(&Value::Bool(true));
    let whole_item = exists(before) != exists(after);
    let changed = before
        .keys()
        .chain(after.keys().filter(|k| !before.contains_key(*k)))
        // Registers of another part left in an old document (before the
        // prioritisation was split) go without a right.
        .filter(|k| doc_of(k).as_deref() == Some(id))
        .filter(|k| before.get(*k) != after.get(*k));
    for key in changed {
        for (side, other, present) in [
            (before, after, old.is_some()),
            (after, before, new.is_some()),
        ] {
            if !present {
                continue;
            }
            // A field is read on this side, else on the other (an item
            // deleted keeps only its existence).
            let value = |name: &str| {
                [side, other]
                    .into_iter()
                    .find_map(|doc| {
                        doc.get(name)
                            .and_then(|e| e.get("v"))
                            .filter(|v| !v.is_null())
                    })
                    .cloned()
            };
            let t = target(key, &value, whole_item);
            let may = |part, owner| actors.iter().any(|a: &Actor| a.may(part, owner));
            let takes_out = || {
                let entry =
                    |doc: &Map<String, Value>| doc.get(key).and_then(|e| e.get("v")).cloned();
                only_takes_out(entry(before).as_ref(), entry(after).as_ref())
            };
            let by_reference = t.refers_to.is_some_and(|r| may(r, None)) && takes_out();
            if !may(t.part, t.owner) && !by_reference {
                return Err(Forbidden {
                    key: key.clone(),
                    part: t.part,
                    owner: t.owner,
                });
            }
        }
    }
    Ok(())
}

/// Whether a register of references goes from `old` to `new` only by
/// losing ids: an id to none, a list to a shorter list of ids it held.
fn only_takes_out(old: Option<&Value>, new: Option<&Value>) -> bool {
    match (old, new) {
        (Some(old), None | Some(Value::Null)) => !old.is_null(),
        (Some(Value::Array(old)), Some(Value::Array(new))) => {
            new.len() < old.len() && new.iter().all(|v| old.contains(v))
        }
        _ => false,
    }
}

/// Whether the change from `before` to `after` (one applied action, a
/// merge) stays within `actors`: [`check_document`] for every document it
/// would write.
pub fn check_change(actors: &[Actor], before: &Agenda, after: &Agenda) -> Result<(), Forbidden> {
    for (id, old, new) in changed_documents(before, after) {
        check_document(&id, actors, old.as_ref(), new.as_ref())?;
    }
    Ok(())
}

/// The documents a change rewrites: their ids and `registers` before and
/// after (`None` where there is no document).
pub fn changed_documents(before: &Agenda, after: &Agenda) -> Vec<Document> {
    let present = |doc: Map<String, Value>| (!doc.is_empty()).then_some(doc);
    changed_scopes(before, after)
        .iter()
        .filter_map(|scope| {
            let (id, old) = wire(before, scope)?;
            let (_, new) = wire(after, scope)?;
            Some((id, present(old), present(new)))
        })
        .collect()
}

/// A document's id and its `registers` before and after a change.
pub type Document = (
    String,
    Option<Map<String, Value>>,
    Option<Map<String, Value>>,
);
