//! Live sync through CouchDB, against a simulated CouchDB: any interleaving
//! of edits, sync rounds and replication between two CouchDB nodes ends,
//! once everyone has synced, with three replicas showing the same agenda,
//! the agenda the direct merge of their copies gives (no change lost), and
//! one revision per document on both nodes (conflicting leaves resolved).
//!
//! The simulation keeps what matters of CouchDB: documents as revision
//! trees (each leaf with its path of revisions), `_bulk_docs` that refuses
//! a write on a revision that is not a leaf (409), a winner chosen as
//! CouchDB does (not deleted, longest path, then the larger revision), the
//! `_changes` feed by sequence with `_conflicts`, and replication that
//! merges revision trees, so concurrent writes on two nodes become
//! conflicting leaves. A sync round can break off after some writes (the
//! server stopped, the network went away). Numbers come back as a
//! JavaScript server writes them (`35.0` as `35`).

#![allow(clippy::disallowed_methods)] // tests are not in the bundle: std's sort is fine here
mod common;

use std::collections::BTreeMap;

use agenda_core::replication::sync::{Received, SyncMemo};
use agenda_core::{Action, Agenda, Author, Replica, merge};
use common::{any_action, seed};
use proptest::prelude::*;
use serde_json::{Map, Value};

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Clone, Debug, PartialEq)]
struct Leaf {
    /// Revisions from the root to this leaf.
    path: Vec<String>,
    /// The content without `_id`, `_rev`; `None` when deleted.
    body: Option<Map<String, Value>>,
}

impl Leaf {
    fn rev(&self) -> &str {
        self.path.last().map_or("", String::as_str)
    }
    /// CouchDB's order of leaves: not deleted first, then longest path,
    /// then the larger revision text.
    fn rank(&self) -> (bool, usize, String) {
        (self.body.is_some(), self.path.len(), self.rev().to_owned())
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Tree {
    leaves: Vec<Leaf>,
    seq: u64,
}

impl Tree {
    fn winner(&self) -> Option<&Leaf> {
        self.leaves.iter().max_by_key(|l| l.rank())
    }
}

/// One CouchDB node holding one database.
#[derive(Clone, Debug, Default, PartialEq)]
struct Node {
    docs: BTreeMap<String, Tree>,
    seq: u64,
}

/// What a JavaScript server (PouchDB) or Erlang's number handling makes of
/// a number on its way through: an integral float comes back as an integer
/// (`35.0` as `35`), as `JSON.stringify` writes it.
fn as_javascript_writes(value: Value) -> Value {
    match value {
        Value::Number(n) if n.is_f64() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                // Integral and exact: written without a fraction.
                serde_json::from_str(&format!("{f:.0}")).unwrap_or(Value::Number(n))
            }
            _ => Value::Number(n),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(as_javascript_writes).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, as_javascript_writes(v)))
                .collect(),
        ),
        other => other,
    }
}

fn next_rev(parent: Option<&Leaf>, body: &Option<Map<String, Value>>) -> String {
    let n = parent.map_or(0, |p| p.path.len()) + 1;
    let text = format!(
        "{}{}",
        parent.map_or("", Leaf::rev),
        body.as_ref()
            .map_or("deleted".into(), |b| Value::Object(b.clone()).to_string())
    );
    format!("{n}-{:016x}", fnv(&text))
}

impl Node {
    /// Every document's leaves, in a fixed order (sequences differ by node).
    fn content(&self) -> BTreeMap<&String, Vec<&Leaf>> {
        self.docs
            .iter()
            .map(|(id, tree)| {
                let mut leaves: Vec<&Leaf> = tree.leaves.iter().collect();
                leaves.sort_by_key(|l| l.rank());
                (id, leaves)
            })
            .collect()
    }

    /// `_bulk_docs`: each write's new revision, or `Err` for a conflict.
    fn bulk_docs(&mut self, docs: &[String]) -> Vec<Result<String, String>> {
        docs.iter().map(|doc| self.write(doc)).collect()
    }

    fn write(&mut self, doc: &str) -> Result<String, String> {
        let Ok(Value::Object(mut body)) =
            serde_json::from_str::<Value>(doc).map(as_javascript_writes)
        else {
            return Err("bad_request".into());
        };
        let id = body
            .remove("_id")
            .and_then(|v| v.as_str().map(str::to_owned));
        let rev = body
            .remove("_rev")
            .and_then(|v| v.as_str().map(str::to_owned));
        let deleted = body.remove("_deleted") == Some(Value::Bool(true));
        let id = id.ok_or("bad_request")?;
        let body = (!deleted).then_some(body);
        let tree = self.docs.entry(id).or_default();
        let index = match &rev {
            Some(rev) => Some(
                tree.leaves
                    .iter()
                    .position(|l| l.rev() == rev)
                    .ok_or("conflict")?,
            ),
            None => match tree.winner() {
                Some(w) if w.body.is_some() => return Err("conflict".into()),
                Some(_) => tree
                    .leaves
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, l)| l.rank())
                    .map(|(i, _)| i),
                None => None,
            },
        };
        let parent = index.and_then(|i| tree.leaves.get(i));
        let new_rev = next_rev(parent, &body);
        let mut path = parent.map(|p| p.path.clone()).unwrap_or_default();
        path.push(new_rev.clone());
        let leaf = Leaf { path, body };
        match index {
            Some(i) => {
                if let Some(slot) = tree.leaves.get_mut(i) {
                    *slot = leaf;
                }
            }
            None => tree.leaves.push(leaf),
        }
        self.seq += 1;
        tree.seq = self.seq;
        Ok(new_rev)
    }

    /// `_changes?since=…&include_docs=true&conflicts=true&style=all_docs`,
    /// with the conflicting leaves fetched (as the app does with `?rev=`).
    fn changes(&self, since: u64) -> (Vec<Received>, u64) {
        let mut changed: Vec<(&u64, &String, &Tree)> = self
            .docs
            .iter()
            .filter(|(_, t)| t.seq > since)
            .map(|(id, t)| (&t.seq, id, t))
            .collect();
        changed.sort_by_key(|(seq, _, _)| **seq);
        let received = changed
            .into_iter()
            .filter_map(|(_, id, tree)| {
                let winner = tree.winner()?;
                let others: Vec<&Leaf> = tree
                    .leaves
                    .iter()
                    .filter(|l| l.rev() != winner.rev() && l.body.is_some())
                    .collect();
                let mut leaves = vec![leaf_json(id, winner, &others)];
                leaves.extend(others.iter().map(|l| leaf_json(id, l, &[])));
                Some(Received {
                    id: id.clone(),
                    leaves,
                })
            })
            .collect();
        (received, self.seq)
    }

    /// Replication from `other`: revision trees are merged, so leaves
    /// written on both nodes on the same revision become conflicts.
    fn replicate_from(&mut self, other: &Node) -> bool {
        let mut changed = false;
        for (id, theirs) in &other.docs {
            let tree = self.docs.entry(id.clone()).or_default();
            let mut leaves = tree.leaves.clone();
            for leaf in &theirs.leaves {
                if !leaves.iter().any(|l| l.path.starts_with(&leaf.path)) {
                    leaves.retain(|l| !leaf.path.starts_with(&l.path));
                    leaves.push(leaf.clone());
                }
            }
            if leaves != tree.leaves {
                tree.leaves = leaves;
                self.seq += 1;
                tree.seq = self.seq;
                changed = true;
            }
        }
        changed
    }
}

fn leaf_json(id: &str, leaf: &Leaf, conflicts: &[&Leaf]) -> String {
    let mut doc = Map::new();
    doc.insert("_id".into(), id.into());
    doc.insert("_rev".into(), leaf.rev().into());
    match &leaf.body {
        Some(body) => doc.extend(body.clone()),
        None => {
            doc.insert("_deleted".into(), true.into());
        }
    }
    if !conflicts.is_empty() {
        let revs = conflicts.iter().map(|l| Value::from(l.rev())).collect();
        doc.insert("_conflicts".into(), Value::Array(revs));
    }
    Value::Object(doc).to_string()
}

/// A browser with the app: its agenda in localStorage and its sync memo.
struct Client {
    agenda: Agenda,
    memo: SyncMemo,
    before: Option<Agenda>,
    node: usize,
    replica: u32,
}

impl Client {
    /// One sync round as the web layer runs it: pull, merge, push.
    /// Returns the number of documents written.
    fn sync(&mut self, node: &mut Node) -> Result<usize, TestCaseError> {
        self.sync_cut(node, usize::MAX)
    }

    /// A sync round whose connection breaks after `reach` writes: the
    /// server stored those, the rest never arrived.
    fn sync_cut(&mut self, node: &mut Node, reach: usize) -> Result<usize, TestCaseError> {
        let since = self.memo.since.parse().unwrap_or(0);
        let (received, last) = node.changes(since);
        let reception = self.memo.receive(&self.agenda, &received);
        prop_assert!(reception.refused.is_empty(), "{:?}", reception.refused);
        if let Some(outcome) = reception.outcome {
            // As the web app's reducer does: the outcome merged into the
            // state (which may have moved on; here it has not).
            self.agenda = merge(&self.agenda, &outcome.agenda)
                .map_err(|e| TestCaseError::fail(e.to_string()))?
                .agenda;
        }
        self.memo.since = last.to_string();
        let mut writes = reception.deletions;
        writes.extend(self.memo.outgoing(&self.agenda, self.before.as_ref()));
        let json: Vec<String> = writes.iter().take(reach).map(|w| w.to_json()).collect();
        for (write, result) in writes.iter().zip(node.bulk_docs(&json)) {
            if let Ok(rev) = result {
                self.memo.written(write, &rev);
            }
        }
        self.before = Some(self.agenda.clone());
        Ok(writes.len())
    }
}

#[derive(Clone, Debug)]
enum Op {
    Edit(usize, Box<Action>),
    Sync(usize),
    /// The connection broke after that many writes.
    Cut(usize, usize),
    Replicate,
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0_usize..3, any_action()).prop_map(|(c, a)| Op::Edit(c, Box::new(a))),
        3 => (0_usize..3).prop_map(Op::Sync),
        1 => (0_usize..3, 0_usize..4).prop_map(|(c, reach)| Op::Cut(c, reach)),
        1 => Just(Op::Replicate),
    ]
}

fn config() -> ProptestConfig {
    let mut config = ProptestConfig::with_cases(common::cases(64));
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(20_261_128);
    }
    config
}

fn merged(a: &Agenda, b: &Agenda) -> Result<Agenda, TestCaseError> {
    merge(a, b)
        .map(|o| o.agenda)
        .map_err(|e| TestCaseError::fail(format!("merge refused: {e}")))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn three_replicas_converge_through_two_couchdb_nodes(
        ops in prop::collection::vec(any_op(), 0..50)
    ) {
        let base = seed()?;
        let mut nodes = [Node::default(), Node::default()];
        // Two browsers on the town's server, one on the Landkreis's.
        let mut clients: Vec<Client> = [(0, 1), (0, 2), (1, 3)]
            .into_iter()
            .map(|(node, replica)| Client {
                agenda: base.clone(),
                memo: SyncMemo::new(),
                before: None,
                node,
                replica,
            })
            .collect();
        for (step, op) in ops.into_iter().enumerate() {
            match op {
                Op::Edit(c, action) => {
                    // Signed, so the history travels in the documents too.
                    let client = &mut clients[c];
                    let author = Author::login(&format!("person{}", client.replica));
                    let at = 1_764_900_000 + 600 * step as u64;
                    let _ = client.agenda.apply_signed(*action, Replica(client.replica), &author, at);
                }
                Op::Sync(c) => {
                    let client = &mut clients[c];
                    client.sync(&mut nodes[client.node])?;
                }
                Op::Cut(c, reach) => {
                    let client = &mut clients[c];
                    client.sync_cut(&mut nodes[client.node], reach)?;
                }
                Op::Replicate => {
                    let [a, b] = &mut nodes;
                    a.replicate_from(b);
                    b.replicate_from(a);
                }
            }
        }
        let expected = merged(&merged(&clients[0].agenda, &clients[1].agenda)?, &clients[2].agenda)?;

        let mut quiet = false;
        for _ in 0..8 {
            let mut written = 0;
            for client in &mut clients {
                written += client.sync(&mut nodes[client.node])?;
            }
            let [a, b] = &mut nodes;
            let replicated = a.replicate_from(b) | b.replicate_from(a);
            if written == 0 && !replicated {
                quiet = true;
                break;
            }
        }
        prop_assert!(quiet, "sync rounds did not come to rest");
        prop_assert_eq!(nodes[0].content(), nodes[1].content(), "both nodes hold the same revisions");
        for client in &clients {
            prop_assert_eq!(&client.agenda, &expected, "replica {} converged on the merge", client.replica);
        }
        for node in &nodes {
            for (id, tree) in &node.docs {
                let alive = tree.leaves.iter().filter(|l| l.body.is_some()).count();
                prop_assert_eq!(alive, 1, "one revision of {} left", id);
            }
        }
    }
}

/// A browser with the demo and one that started empty, on one server: they
/// exchange everything and then stop writing.
#[test]
fn a_demo_and_an_empty_agenda_come_to_rest() -> Result<(), TestCaseError> {
    let mut node = Node::default();
    let demo = agenda_core::content::demo::musterstadt()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut clients = [(demo, 1), (Agenda::new(), 2)].map(|(agenda, replica)| Client {
        agenda,
        memo: SyncMemo::new(),
        before: None,
        node: 0,
        replica,
    });
    let mut rounds = Vec::new();
    for _ in 0..6 {
        let mut written = Vec::new();
        for client in &mut clients {
            written.push(client.sync(&mut node)?);
        }
        rounds.push(written);
    }
    let last = rounds.last().cloned().unwrap_or_default();
    prop_assert_eq!(last, vec![0, 0], "writes per round: {:?}", rounds);
    prop_assert_eq!(&clients[0].agenda, &clients[1].agenda);
    Ok(())
}
