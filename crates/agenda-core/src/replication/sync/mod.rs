//! Live sync through CouchDB: CouchDB moves documents and keeps their
//! revisions, the app merges them.
//!
//! The agenda is stored as **one CouchDB document per scope** (see
//! `scopes.rs`): the Leitbild, the municipality's name, the finance
//! settings, the prioritisation, each list's order and each item
//! (`projects/<id>`). A document holds exactly the registers of its scope
//! with their versions (`{"v": value, "s": stamp, "b": base}`), so its text
//! is a function of the agenda and an edit rewrites only the documents of
//! the scopes it changed.
//!
//! Invariants:
//! - Receiving never copies a document over local data: documents are
//!   joined into the local agenda by the merge (commutative, associative,
//!   idempotent; [`crate::replication::merge`]), so every replica that has received the
//!   same documents shows the same agenda, whatever the order.
//! - Conflicting leaves of a document (edits that met on different CouchDB
//!   nodes) are joined into one; the merged document is written on the
//!   winning revision and the losing leaves are deleted.
//! - A document that is too large, not well-formed, of a newer format, holds
//!   registers of another scope, or whose merge would make the agenda
//!   invalid is refused and reported; nothing else changes. A document that
//!   is no agenda document at all is overwritten with this replica's
//!   content of its part.
//! - No I/O: [`SyncMemo`] says what to write and takes in what was read;
//!   the web layer does the HTTP.

mod document;

use document::*;
pub(crate) use document::{doc_of, read_stamp, wire};
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use thiserror::Error;

use crate::formats::stored::json_text;
use crate::model::Agenda;
use crate::replication::merge::{
    Doc, MergeError, MergeOutcome, diverging_scopes, doc, join, merge_doc, replace_doc,
};
use crate::replication::scopes::{Scope, all_scopes, scope_of};

/// The version of the document format, written as `"digitale_agenda"`.
pub const FORMAT: u32 = 1;

/// Largest document accepted from the server, in bytes (a project with
/// every list at its limit stays far below).
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// Largest stamp counter accepted: JavaScript (CouchDB's validation
/// function) reads numbers exactly only up to 2^53.
const MAX_COUNTER: u64 = (1 << 53) - 1;

/// Why a document from the server was refused. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SyncError {
    /// More bytes than [`MAX_DOCUMENT_BYTES`].
    #[error("document has {0} bytes, too many")]
    TooLarge(usize),
    /// Not a document of this app (unreadable JSON, wrong shape).
    #[error("not a document of the Digitale Agenda: {0}")]
    Shape(String),
    /// Written by a newer version of the app.
    #[error("document format {format}, schema {schema}: newer than this app")]
    Newer {
        /// Its document format.
        format: u32,
        /// Its schema version.
        schema: u32,
    },
    /// Its id names no part of an agenda, or a register belongs elsewhere.
    #[error("register {0} does not belong to this document")]
    Misplaced(String),
    /// Merging it would make the agenda invalid.
    #[error(transparent)]
    Merge(#[from] MergeError),
}

/// A document refused on receipt, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The document's id.
    pub id: String,
    /// Why.
    pub error: SyncError,
}

/// One write of a `_bulk_docs` request: a document's new content on a
/// revision, or the deletion of a losing leaf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The document's id (its scope's key).
    pub id: String,
    /// The revision written on; `None` for a document the server does not
    /// have yet.
    pub rev: Option<String>,
    /// The content; `None` deletes the leaf `rev`.
    body: Option<String>,
    digest: u64,
}

impl Write {
    /// The document as `_bulk_docs` takes it, without an author.
    pub fn to_json(&self) -> String {
        self.signed_json(None)
    }

    /// The document as `_bulk_docs` takes it, with `"author"`: the login
    /// that writes it, which the server's validation function checks.
    pub fn signed_json(&self, author: Option<&str>) -> String {
        let mut out = String::from("{\"_id\":");
        out.push_str(&json_text(&Value::from(self.id.as_str())));
        if let Some(rev) = &self.rev {
            out.push_str(",\"_rev\":");
            out.push_str(&json_text(&Value::from(rev.as_str())));
        }
        if let Some(author) = author {
            out.push_str(",\"author\":");
            out.push_str(&json_text(&Value::from(author)));
        }
        match &self.body {
            Some(body) => {
                out.push(',');
                out.push_str(body.get(1..).unwrap_or("}"));
            }
            None => out.push_str(",\"_deleted\":true}"),
        }
        out
    }

    /// Whether this write deletes a losing leaf.
    pub fn is_deletion(&self) -> bool {
        self.body.is_none()
    }

    /// Bytes of the document as sent.
    pub fn len(&self) -> usize {
        self.body.as_ref().map_or(0, String::len)
    }

    /// Whether the write carries no content (a deletion).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A document as read from the server: every leaf revision's JSON, the
/// winning one first (`_changes` with `conflicts=true` gives the winner and
/// names the others in `_conflicts`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// The document's id.
    pub id: String,
    /// The leaves' JSON texts, winner first.
    pub leaves: Vec<String>,
}

/// What [`SyncMemo::receive`] made of the received documents.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Reception {
    /// The local agenda with the documents merged in, and the conflicts;
    /// `None` when nothing arrived that the agenda did not have.
    pub outcome: Option<MergeOutcome>,
    /// Losing leaves to delete (their content is in the merged documents).
    pub deletions: Vec<Write>,
    /// Documents refused, with the reason.
    pub refused: Vec<Refusal>,
}

/// What a replica remembers between sync rounds: where in the server's
/// `_changes` feed it is, and for each document the revision it last saw
/// and a digest of that revision's content. Stored beside the agenda; holds
/// no password and no content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncMemo {
    /// The `since` parameter for the next `_changes` request.
    pub since: String,
    known: BTreeMap<String, Known>,
    /// Documents whose last write did not succeed (offline, conflict):
    /// written again in the next round. Not stored: after a reload every
    /// document is compared once anyway.
    pending: BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Known {
    rev: String,
    digest: u64,
}

impl SyncMemo {
    /// A memo for a database never synced with.
    pub fn new() -> Self {
        Self {
            since: "0".into(),
            ..Self::default()
        }
    }

    /// The memo as lines of text, for storage beside the agenda: `since
    /// <seq>`, then `<id> <rev> <digest>` per document (ids, revisions and
    /// sequences hold no spaces). Plain lines rather than serde: this is
    /// all the format there is, and it costs the bundle no deserialiser.
    pub fn to_text(&self) -> String {
        let mut out = format!("since {}\n", self.since);
        for (id, known) in &self.known {
            out.push_str(&format!("{id} {} {}\n", known.rev, known.digest));
        }
        out
    }

    /// Reads what [`Self::to_text`] wrote; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Self> {
        let mut lines = text.lines();
        let since = lines.next()?.strip_prefix("since ")?.to_owned();
        let mut known = BTreeMap::new();
        for line in lines {
            let mut parts = line.split(' ');
            let (id, rev, digest) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some() || id.is_empty() || rev.is_empty() {
                return None;
            }
            let known_doc = Known {
                rev: rev.to_owned(),
                digest: digest.parse().ok()?,
            };
            known.insert(id.to_owned(), known_doc);
        }
        Some(Self {
            since,
            known,
            pending: BTreeSet::new(),
        })
    }

    /// The number of documents this replica knows on the server.
    pub fn documents(&self) -> usize {
        self.known.len()
    }

    /// The revision of a document this replica last saw or wrote.
    pub fn rev(&self, id: &str) -> Option<&str> {
        self.known.get(id).map(|k| k.rev.as_str())
    }

    /// The documents whose content differs from what the server last had:
    /// of the scopes that changed since `before` (every scope when `None`),
    /// and those whose last write failed.
    pub fn outgoing(&mut self, agenda: &Agenda, before: Option<&Agenda>) -> Vec<Write> {
        let mut scopes = match before {
            Some(before) => diverging_scopes(before, agenda),
            None => {
                let mut all = all_scopes(agenda);
                all.extend(agenda.versions.map().keys().map(|k| scope_of(k)));
                all
            }
        };
        scopes.extend(self.pending.iter().map(|id| scope_of_id(id)));
        let mut writes = Vec::new();
        for scope in scopes {
            let Some(id) = id_of(&scope) else { continue };
            let registers = doc(agenda, &BTreeSet::from([scope]));
            let hidden = |key: &str| agenda.versions.get(key).is_some_and(|v| v.raw.is_some());
            let body = body(&registers, &hidden, agenda.history.of(&id));
            let digest = digest(&body);
            let known = self.known.get(&id);
            if known.is_some_and(|k| k.digest == digest)
                || (known.is_none() && registers.is_empty())
            {
                self.pending.remove(&id);
                continue;
            }
            self.pending.insert(id.clone());
            writes.push(Write {
                rev: known.map(|k| k.rev.clone()),
                id,
                body: Some(body),
                digest,
            });
        }
        writes
    }

    /// The server took `write` as revision `rev`.
    pub fn written(&mut self, write: &Write, rev: &str) {
        if write.is_deletion() {
            return;
        }
        self.pending.remove(&write.id);
        self.known.insert(
            write.id.clone(),
            Known {
                rev: rev.to_owned(),
                digest: write.digest,
            },
        );
    }

    /// Merges documents read from the server into `local`. Documents that
    /// cannot be merged are refused one by one; the others still arrive.
    pub fn receive(&mut self, local: &Agenda, received: &[Received]) -> Reception {
        let mut reception = Reception::default();
        let mut arrived = Vec::new();
        for document in received {
            match read(document) {
                Ok(Some(d)) => arrived.push(d),
                Ok(None) => {}
                Err(error) => {
                    self.heal(document, &error);
                    reception.refused.push(Refusal {
                        id: document.id.clone(),
                        error,
                    });
                }
            }
        }
        // Our own writes coming back: already merged.
        arrived.retain(|d| {
            let echo = d.leaves.len() == 1
                && d.leaves
                    .first()
                    .is_some_and(|l| self.rev(&d.id) == Some(&l.rev));
            !echo
        });
        if arrived.is_empty() {
            return reception;
        }
        let merged = match merge_in(local, &arrived) {
            Ok(outcome) => Some(outcome),
            Err(_) => {
                // Find the documents at fault: each on its own.
                let mut current: Option<MergeOutcome> = None;
                let mut kept = Vec::new();
                for d in arrived {
                    let base = current.as_ref().map_or(local, |o| &o.agenda);
                    match merge_in(base, std::slice::from_ref(&d)) {
                        Ok(mut outcome) => {
                            if let Some(before) = current.take() {
                                outcome.changed += before.changed;
                                let mut conflicts = before.conflicts;
                                conflicts.append(&mut outcome.conflicts);
                                outcome.conflicts = conflicts;
                            }
                            current = Some(outcome);
                            kept.push(d);
                        }
                        Err(error) => reception.refused.push(Refusal {
                            id: d.id.clone(),
                            error: error.into(),
                        }),
                    }
                }
                arrived = kept;
                current
            }
        };
        for d in &arrived {
            // Written again if the merge has more than the winner shows
            // (the local agenda may not have changed at all).
            self.pending.insert(d.id.clone());
            let winner = d.leaves.first();

            if let Some(winner) = winner {
                self.known.insert(
                    d.id.clone(),
                    Known {
                        rev: winner.rev.clone(),
                        digest: winner.digest,
                    },
                );
            }
            for loser in d.leaves.iter().skip(1) {
                reception.deletions.push(Write {
                    id: d.id.clone(),
                    rev: Some(loser.rev.clone()),
                    body: None,
                    digest: 0,
                });
            }
        }
        reception.outcome =
            merged.filter(|o| o.changed > 0 || !o.conflicts.is_empty() || o.agenda != *local);
        reception
    }
}

impl SyncMemo {
    /// Takes back a change the server refused (the writer lacks the role):
    /// the part of document `id` in `local` becomes what the server has,
    /// `server` being the JSON of its winning revision (`None`: the server
    /// has no such document). The returned agenda has nothing of the
    /// refused change there, so it is not written again; everything else
    /// stays as it was.
    pub fn take_back(
        &mut self,
        local: &Agenda,
        id: &str,
        server: Option<&str>,
    ) -> Result<Agenda, SyncError> {
        let scope = scope_of_id(id);
        if id_of(&scope).as_deref() != Some(id) {
            return Err(SyncError::Misplaced(id.to_owned()));
        }
        let (registers, history) = match server {
            Some(text) => {
                let leaf = read_leaf(id, &scope, text)?;
                self.known.insert(
                    id.to_owned(),
                    Known {
                        rev: leaf.rev,
                        digest: leaf.digest,
                    },
                );
                (leaf.registers, leaf.history)
            }
            None => {
                self.known.remove(id);
                (Doc::new(), Vec::new())
            }
        };
        self.pending.remove(id);
        let mut agenda = replace_doc(local, registers, scope)?.agenda;
        agenda.history.replace(id, history);
        Ok(agenda)
    }

    /// A document that is not an agenda document at all (malformed, or
    /// holding another part's data) is overwritten with this replica's
    /// content of its part in the next round, so the database does not keep
    /// garbage and this replica can write that part again. Never for a
    /// document of a newer version (its data would be lost) or one whose
    /// merge was refused (it may be another replica's valid work).
    fn heal(&mut self, document: &Received, error: &SyncError) {
        if !matches!(error, SyncError::Shape(_) | SyncError::Misplaced(_)) {
            return;
        }
        let scope = scope_of_id(&document.id);
        if id_of(&scope).as_deref() != Some(document.id.as_str()) {
            return;
        }
        let winner = document
            .leaves
            .first()
            .filter(|text| text.len() <= MAX_DOCUMENT_BYTES)
            .and_then(|text| serde_json::from_str::<Value>(text).ok());
        if let Some(Value::String(rev)) = winner.as_ref().and_then(|w| w.get("_rev")) {
            self.known.insert(
                document.id.clone(),
                Known {
                    rev: rev.clone(),
                    digest: 0,
                },
            );
            self.pending.insert(document.id.clone());
        }
    }
}

/// Joins the documents' registers into `local`.
fn merge_in(local: &Agenda, arrived: &[Arrived]) -> Result<MergeOutcome, MergeError> {
    let mut registers = Doc::new();
    let mut scopes = BTreeSet::new();
    let mut extra = Vec::new();
    for d in arrived {
        let mut leaves = d.leaves.iter();
        let Some(first) = leaves.next() else { continue };
        let mut joined = first.registers.clone();
        for leaf in leaves {
            let (next, mut conflicts) = join(&joined, &leaf.registers);
            joined = next;
            extra.append(&mut conflicts);
        }
        registers.extend(joined);
        // An item that arrives deleted or new changes what its list shows,
        // so the list's order register goes through the join too (the
        // merge of whole copies always sees both; here the order document
        // may arrive later or not at all).
        if let Scope::Item(name, _) = d.scope {
            scopes.insert(Scope::Order(name));
        }
        scopes.insert(d.scope.clone());
    }
    let shows = |key: &str| {
        arrived.iter().any(|d| {
            d.leaves.iter().any(|l| {
                !l.hidden.contains(key) && l.registers.get(key).is_some_and(|e| !e.value.is_null())
            })
        })
    };
    let mut outcome = merge_doc(local, registers, scopes, &shows)?;
    for d in arrived {
        for leaf in &d.leaves {
            outcome.agenda.history.join_doc(&d.id, &leaf.history);
        }
    }
    if !extra.is_empty() {
        outcome.conflicts.append(&mut extra);
        crate::sorting::sort(&mut outcome.conflicts);
        outcome.conflicts.dedup();
    }
    Ok(outcome)
}
