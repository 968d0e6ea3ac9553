//! CouchDB's validation function (generated from the rights matrix) and
//! the app's own check agree: every document that random actions on random
//! agendas write, and forged variants of them, judged for every role by
//! `validate_doc_update` in node and by `agenda_core::rights::check_document`.

#[path = "../../crates/agenda-core/tests/common/mod.rs"]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod common;

use std::io::Write as _;
use std::process::{Command, Stdio};

use agenda_core::rights::{Actor, changed_documents, check_document, couch};
use agenda_core::{Agenda, DepartmentId};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value, json};

const DB: &str = "agenda-stadt";

struct Case {
    id: String,
    old: Option<Map<String, Value>>,
    new: Option<Map<String, Value>>,
    actor: Actor,
}

fn actors(agenda: &Agenda) -> Vec<Actor> {
    let mut out = vec![Actor::Leadership, Actor::Navigator];
    out.extend(
        agenda
            .departments()
            .iter()
            .map(|d| Actor::Department(d.id())),
    );
    out
}

/// Forged variants of a write: the owner changed to someone else, a
/// register of another document slipped in, the item deleted.
fn forgeries(id: &str, new: &Map<String, Value>) -> Vec<Map<String, Value>> {
    let mut out = Vec::new();
    for owner in ["department", "sheet.lead"] {
        let key = format!("{id}/{owner}");
        if let Some(Value::Object(entry)) = new.get(&key) {
            let mut forged = new.clone();
            let mut entry = entry.clone();
            entry.insert("v".into(), json!(DepartmentId::from_u128(2).to_string()));
            forged.insert(key, Value::Object(entry));
            out.push(forged);
        }
    }
    let mut stray = new.clone();
    stray.insert(
        "vision".into(),
        json!({"v": "Fremd", "s": [9, 1], "b": [0, 0]}),
    );
    out.push(stray);
    if new.contains_key(id) {
        let mut deleted = Map::new();
        deleted.insert(
            id.to_owned(),
            json!({"v": null, "s": [99, 1], "b": [98, 1]}),
        );
        out.push(deleted);
    }
    out
}

fn cases() -> Vec<Case> {
    let mut runner = TestRunner::deterministic();
    let setup = proptest::collection::vec(common::any_action(), 0..30);
    let mut out = Vec::new();
    for n in 0..300 {
        let mut before = if n % 2 == 0 {
            common::rich_seed().expect("seed")
        } else {
            common::seed().expect("seed")
        };
        for step in setup.new_tree(&mut runner).expect("tree").current() {
            let _ = before.apply(step);
        }
        let action = common::any_action()
            .new_tree(&mut runner)
            .expect("tree")
            .current();
        let mut after = before.clone();
        if after.apply(action).is_err() {
            continue;
        }
        for (id, old, new) in changed_documents(&before, &after) {
            let mut writes = vec![new.clone()];
            if let Some(new) = &new {
                writes.extend(forgeries(&id, new).into_iter().map(Some));
            }
            for write in writes {
                for actor in actors(&before) {
                    out.push(Case {
                        id: id.clone(),
                        old: old.clone(),
                        new: write.clone(),
                        actor,
                    });
                }
            }
        }
    }
    out
}

/// Each case through `validate_doc_update` in node: `None` where it took
/// the document, else the `forbidden` reason.
fn in_node(cases: &[Case]) -> Vec<Option<String>> {
    let docs: Vec<Value> = cases
        .iter()
        .map(|c| {
            let doc = |registers: &Option<Map<String, Value>>, deleted: bool| {
                let mut doc =
                    json!({"_id": c.id, "digitale_agenda": 1, "schema_version": 8, "author": "x"});
                match registers {
                    Some(r) if !deleted => doc["registers"] = Value::Object(r.clone()),
                    _ => doc["_deleted"] = json!(true),
                }
                doc
            };
            json!({
                "old": c.old.as_ref().map(|_| doc(&c.old, false)),
                "new": doc(&c.new, c.new.is_none()),
                "user": {"name": "x", "roles": [couch::role_name(DB, c.actor)]},
            })
        })
        .collect();
    judge(docs)
}

/// Each `{"new", "old", "user"}` through `validate_doc_update` in node:
/// `None` where it took the document, else the `forbidden` reason.
fn judge(docs: Vec<Value>) -> Vec<Option<String>> {
    let function = couch::validation_function().replace("'DATENBANK'", &format!("'{DB}'"));
    let script = format!(
        "const validate = ({function});\n\
         let input = '';\n\
         process.stdin.on('data', d => input += d);\n\
         process.stdin.on('end', () => {{\n\
           const out = JSON.parse(input).map(c => {{\n\
             try {{ validate(c.new, c.old, c.user, {{}}); return null; }}\n\
             catch (e) {{ return e.forbidden || String(e); }}\n\
           }});\n\
           process.stdout.write(JSON.stringify(out));\n\
         }});"
    );
    let mut child = Command::new("node")
        .arg("-e")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node (installed with npm, which scripts/setup.sh needs)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(Value::Array(docs).to_string().as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("node");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("node's answer")
}

#[test]
fn the_validation_function_judges_every_write_as_the_app_does() {
    let cases = cases();
    assert!(cases.len() > 1_000, "{} cases", cases.len());
    let judged = in_node(&cases);
    let (mut refused, mut rights) = (0, 0);
    for (case, node) in cases.iter().zip(&judged) {
        let app = check_document(
            &case.id,
            &[case.actor],
            case.old.as_ref(),
            case.new.as_ref(),
        );
        let shape = node
            .as_deref()
            .is_some_and(|r| r.starts_with("Kein Dokument"));
        if shape {
            // Not an agenda document at all (a register of another
            // document): refused before any right is asked.
            assert!(
                case.new.as_ref().is_some_and(|n| n.contains_key("vision")) && case.id != "vision"
            );
            refused += 1;
            continue;
        }
        assert_eq!(
            node.is_none(),
            app.is_ok(),
            "{} by {:?}: node {node:?}, app {app:?}\nold {:?}\nnew {:?}",
            case.id,
            case.actor,
            case.old,
            case.new
        );
        if let (Some(reason), Err(forbidden)) = (node, &app) {
            // The reason names the part, as the app does.
            assert!(
                reason.starts_with(&format!("Recht fehlt: {} ", forbidden.part.name())),
                "{reason} / {forbidden}"
            );
            rights += 1;
        }
    }
    eprintln!(
        "{} writes judged: {rights} refused for rights, {refused} as malformed",
        cases.len()
    );
    assert!(
        rights > 100 && refused > 100,
        "{rights} refused for rights, {refused} as malformed"
    );
}

/// A line of a document's history: `[counter, replica, by, at, checked]`.
fn line(counter: u64, by: &str, at: u64, checked: bool) -> Value {
    json!([counter, 7, by, at, checked])
}

/// The Leitbild's document as written by `author` with `history`.
fn vision(author: Option<&str>, history: &[Value], rev: bool) -> Value {
    let mut doc = json!({
        "_id": "vision", "digitale_agenda": 1, "schema_version": 8,
        "registers": {"vision": {"v": "Gemeinsam", "s": [3, 7], "b": [0, 0]}},
        "history": history,
    });
    if let Some(author) = author {
        doc["author"] = json!(author);
    }
    if rev {
        doc["_rev"] = json!("1-a");
    }
    doc
}

#[test]
fn no_one_writes_in_another_s_name() {
    const T: u64 = 1_764_928_800; // a half hour's start
    let spitze = json!({"name": "m.mueller", "roles": [format!("{DB}.spitze")]});
    let admin = json!({"name": "admin", "roles": ["_admin"]});
    let old = [line(5, "k.weber", T - 7_200, true)];
    let kept = |new: &[Value]| [new, &old[..]].concat();
    let twelve: Vec<Value> = (0..12)
        .map(|n| line(10 + n, "m.mueller", T + 1_800 * n, true))
        .collect();
    // (what, new, old, user, expected refusal)
    type Case<'a> = (&'a str, Value, Option<Value>, &'a Value, Option<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "own line",
            vision(
                Some("m.mueller"),
                &kept(&[line(6, "m.mueller", T, true)]),
                true,
            ),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            None,
        ),
        (
            "no author",
            vision(None, &kept(&[line(6, "m.mueller", T, true)]), true),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            Some("Autor: geschrieben von m.mueller"),
        ),
        (
            "another author",
            vision(Some("k.weber"), &old, true),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            Some("Autor: geschrieben von m.mueller"),
        ),
        (
            "a checked line in another's name",
            vision(
                Some("m.mueller"),
                &kept(&[line(6, "a.schulz", T, true)]),
                true,
            ),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            Some("Autor: Verlauf im Namen von a.schulz"),
        ),
        (
            "an unchecked line with a given name",
            vision(Some("m.mueller"), &kept(&[line(6, "Anna", T, false)]), true),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            None,
        ),
        (
            "an old line changed",
            vision(
                Some("m.mueller"),
                &[line(5, "m.mueller", T - 7_200, true)],
                true,
            ),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            Some("Autor: Verlauf geändert"),
        ),
        (
            "an old line dropped",
            vision(Some("m.mueller"), &[line(6, "m.mueller", T, true)], true),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            Some("Autor: Verlauf gekürzt"),
        ),
        (
            "own line of the same half hour replaced",
            vision(
                Some("m.mueller"),
                &[line(9, "m.mueller", T + 900, true)],
                true,
            ),
            Some(vision(
                Some("m.mueller"),
                &[line(6, "m.mueller", T, true)],
                false,
            )),
            &spitze,
            None,
        ),
        (
            "the oldest cut after twelve newer",
            vision(Some("m.mueller"), &twelve, true),
            Some(vision(Some("k.weber"), &old, false)),
            &spitze,
            None,
        ),
        (
            "a thirteenth line",
            vision(Some("m.mueller"), &kept(&twelve), true),
            None,
            &spitze,
            Some("Kein Dokument der Digitalen Agenda: history"),
        ),
        (
            "the administration replicates",
            vision(
                Some("k.weber"),
                &kept(&[line(6, "a.schulz", T, true)]),
                true,
            ),
            Some(vision(Some("k.weber"), &old, false)),
            &admin,
            None,
        ),
    ];
    let docs = cases
        .iter()
        .map(|(_, new, old, user, _)| json!({"new": new, "old": old, "user": user}))
        .collect();
    for ((what, _, _, _, expected), judged) in cases.iter().zip(judge(docs)) {
        match (expected, judged) {
            (None, None) => {}
            (Some(prefix), Some(reason)) if reason.starts_with(prefix) => {}
            (expected, judged) => panic!("{what}: expected {expected:?}, judged {judged:?}"),
        }
    }
}
