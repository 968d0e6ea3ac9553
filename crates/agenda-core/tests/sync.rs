//! Live sync through CouchDB: what a replica writes, what it does with what
//! it reads, and what it refuses.

#![allow(clippy::disallowed_methods)] // tests write JSON by hand with `json!`
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failing unwrap is a failing test

use agenda_core::replication::sync::{MAX_DOCUMENT_BYTES, Received, SyncError, SyncMemo};
use agenda_core::{Action, Agenda, ConflictKind, GuidelineDraft, GuidelineId, ItemRef, Replica};

fn demo() -> Agenda {
    agenda_core::content::demo::musterstadt().unwrap()
}

/// The documents a replica writes, as the server would store them on
/// revision `1-<n>`.
fn stored(memo: &mut SyncMemo, agenda: &Agenda) -> Vec<Received> {
    let writes = memo.outgoing(agenda, None);
    writes
        .iter()
        .enumerate()
        .map(|(n, w)| {
            let rev = format!("1-{n:032x}");
            memo.written(w, &rev);
            let json = w
                .to_json()
                .replacen("{", &format!("{{\"_rev\":\"{rev}\","), 1);
            Received {
                id: w.id.clone(),
                leaves: vec![json],
            }
        })
        .collect()
}

fn leaf(id: &str, body: &str) -> Received {
    Received {
        id: id.into(),
        leaves: vec![format!("{{\"_id\":\"{id}\",\"_rev\":\"2-x\",{body}}}")],
    }
}

#[test]
fn an_agenda_is_one_document_per_item_list_and_setting() {
    let agenda = demo();
    let writes = SyncMemo::new().outgoing(&agenda, None);
    let ids: Vec<&str> = writes.iter().map(|w| w.id.as_str()).collect();
    for id in [
        "municipality",
        "vision",
        "finance",
        "prioritisation",
        "projects/_order",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let project = format!("projects/{}", agenda.projects()[0].id());
    assert!(ids.contains(&project.as_str()));
    assert!(writes.iter().all(|w| w.rev.is_none() && !w.is_deletion()));
    let items = agenda.guidelines().len() + agenda.projects().len() + agenda.departments().len();
    assert!(writes.len() > items, "{} documents", writes.len());
}

#[test]
fn an_edit_rewrites_only_its_document_on_the_known_revision() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    stored(&mut memo, &agenda);
    assert!(memo.outgoing(&agenda, None).is_empty(), "nothing new");
    let mut edited = agenda.clone();
    edited
        .apply_by(
            Action::SetVision {
                text: "Digital und nah".into(),
            },
            Replica(7),
        )
        .unwrap();
    let writes = memo.outgoing(&edited, Some(&agenda));
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].id, "vision");
    assert_eq!(writes[0].rev.as_deref(), memo.rev("vision"));
    assert!(writes[0].to_json().contains("Digital und nah"));
}

#[test]
fn each_department_votes_in_its_own_document_and_both_votes_arrive() {
    let mut agenda = demo();
    agenda.apply(Action::SetBudget { budget: 30 }).unwrap();
    let mut memo = SyncMemo::new();
    let server = stored(&mut memo, &agenda);
    let [first, second] = [agenda.departments()[0].id(), agenda.departments()[1].id()];
    // An item neither has given points yet.
    let field = agenda
        .fields()
        .iter()
        .map(|f| f.id())
        .find(|f| {
            let p = agenda.prioritisation();
            p.points(first, ItemRef::Field(*f)) + p.points(second, ItemRef::Field(*f)) == 0
        })
        .unwrap();
    let vote = |department, points, replica| {
        let mut voted = agenda.clone();
        voted
            .apply_by(
                Action::SetPoints {
                    department,
                    item: ItemRef::Field(field),
                    points,
                },
                Replica(replica),
            )
            .unwrap();
        voted
    };
    let (a, b) = (vote(first, 1, 1), vote(second, 1, 2));
    let writes = memo.clone().outgoing(&a, Some(&agenda));
    let ids: Vec<&str> = writes.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids, [format!("prioritisation/{first}")]);
    assert!(!writes[0].to_json().contains(&second.to_string()));

    // B receives A's ballot document: both votes stand, no conflict.
    let mut memo_b = SyncMemo::new();
    let local_b = memo_b
        .receive(&Agenda::new(), &server)
        .outcome
        .unwrap()
        .agenda;
    assert_eq!(local_b, agenda);
    let old_rev = writes[0].rev.clone().unwrap();
    let from_a = writes[0].to_json().replace(&old_rev, "2-a");
    let reception = memo_b.receive(
        &b,
        &[Received {
            id: writes[0].id.clone(),
            leaves: vec![from_a],
        }],
    );
    assert!(reception.refused.is_empty(), "{:?}", reception.refused);
    let outcome = reception.outcome.unwrap();
    assert!(outcome.conflicts.is_empty(), "{:?}", outcome.conflicts);
    let merged = outcome.agenda.prioritisation();
    assert_eq!(merged.points(first, ItemRef::Field(field)), 1);
    assert_eq!(merged.points(second, ItemRef::Field(field)), 1);
}

#[test]
fn a_refused_change_is_taken_back_and_not_written_again() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    let server = stored(&mut memo, &agenda);
    let vision = server.iter().find(|r| r.id == "vision").unwrap();
    // Two edits: the Leitbild (the server refuses it) and a new Leitplanke.
    let mut edited = agenda.clone();
    edited
        .apply_by(
            Action::SetVision {
                text: "Meins".into(),
            },
            Replica(3),
        )
        .unwrap();
    let id = GuidelineId::from_u128(4242);
    let draft = GuidelineDraft {
        title: "Neu".into(),
        ..Default::default()
    };
    edited
        .apply_by(Action::AddGuideline { id, draft }, Replica(3))
        .unwrap();
    let writes = memo.outgoing(&edited, Some(&agenda));
    assert!(writes.iter().any(|w| w.id == "vision"));

    let back = memo
        .take_back(&edited, "vision", vision.leaves.first().map(String::as_str))
        .unwrap();
    assert_eq!(
        back.vision(),
        agenda.vision(),
        "the server's Leitbild again"
    );
    assert!(back.guideline(id).is_some(), "the rest of the work stays");
    let again = memo.outgoing(&back, None);
    assert!(
        again.iter().all(|w| w.id != "vision"),
        "{:?}",
        again.iter().map(|w| &w.id).collect::<Vec<_>>()
    );

    // An item the server does not have is taken out.
    let item = format!("guidelines/{id}");
    let without = memo.take_back(&back, &item, None).unwrap();
    assert!(without.guideline(id).is_none());
    assert!(memo.outgoing(&without, None).iter().all(|w| w.id != item));
}

#[test]
fn a_second_replica_receives_everything_and_a_concurrent_leitbild_is_a_conflict() {
    let first = demo();
    let mut first_memo = SyncMemo::new();
    let server = stored(&mut first_memo, &first);

    let mut second = Agenda::new();
    let mut memo = SyncMemo::new();
    let reception = memo.receive(&second, &server);
    assert!(reception.refused.is_empty(), "{:?}", reception.refused);
    second = reception.outcome.unwrap().agenda;
    assert_eq!(second, first, "the whole agenda arrived");

    // Both change the Leitbild without seeing the other.
    let mut a = first.clone();
    a.apply_by(Action::SetVision { text: "A".into() }, Replica(1))
        .unwrap();
    let mut b = second.clone();
    b.apply_by(Action::SetVision { text: "B".into() }, Replica(2))
        .unwrap();
    let from_a = first_memo.outgoing(&a, Some(&first));
    let old_rev = from_a[0].rev.clone().unwrap();
    let json = from_a[0].to_json().replace(&old_rev, "2-a");
    let reception = memo.receive(
        &b,
        &[Received {
            id: "vision".into(),
            leaves: vec![json],
        }],
    );
    assert!(reception.refused.is_empty(), "{:?}", reception.refused);
    let outcome = reception.outcome.unwrap();
    assert_eq!(outcome.conflicts.len(), 1);
    assert_eq!(outcome.conflicts[0].kind, ConflictKind::Concurrent);
    assert_eq!(outcome.conflicts[0].field, "vision");
}

#[test]
fn conflicting_leaves_are_joined_and_the_losers_deleted() {
    let base = demo();
    let mut memo = SyncMemo::new();
    stored(&mut memo, &base);
    let id = GuidelineId::from_u128(77);
    let mut a = base.clone();
    a.apply_by(
        Action::AddGuideline {
            id,
            draft: GuidelineDraft {
                title: "Aus Knoten A".into(),
                ..Default::default()
            },
        },
        Replica(1),
    )
    .unwrap();
    let mut b = base.clone();
    b.apply_by(
        Action::SetMunicipality {
            name: "Stadt B".into(),
        },
        Replica(2),
    )
    .unwrap();
    // The guidelines' order changed in a; b wrote the same order document
    // unchanged on another node: two leaves.
    let order_a = SyncMemo::new()
        .outgoing(&a, None)
        .into_iter()
        .find(|w| w.id == "guidelines/_order")
        .unwrap();
    let order_b = SyncMemo::new()
        .outgoing(&b, None)
        .into_iter()
        .find(|w| w.id == "guidelines/_order")
        .unwrap();
    let leaves = vec![
        order_b
            .to_json()
            .replacen('{', "{\"_rev\":\"2-b\",\"_conflicts\":[\"2-a\"],", 1),
        order_a.to_json().replacen('{', "{\"_rev\":\"2-a\",", 1),
    ];
    let reception = memo.receive(
        &base,
        &[Received {
            id: "guidelines/_order".into(),
            leaves,
        }],
    );
    assert!(reception.refused.is_empty());
    assert_eq!(reception.deletions.len(), 1);
    assert_eq!(reception.deletions[0].rev.as_deref(), Some("2-a"));
    assert!(
        reception.deletions[0]
            .to_json()
            .contains("\"_deleted\":true")
    );
    assert_eq!(
        memo.rev("guidelines/_order"),
        Some("2-b"),
        "written on the winner"
    );
}

#[test]
fn hostile_documents_are_refused_and_the_rest_still_arrives() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    let good = leaf(
        "municipality",
        r#""digitale_agenda":1,"schema_version":6,"registers":{"municipality":{"v":"Neustadt","s":[900,5],"b":[0,0]}}"#,
    );
    let too_long = "x".repeat(5_000);
    let cases = [
        (
            leaf(
                "vision",
                &format!(
                    r#""digitale_agenda":1,"schema_version":6,"registers":{{"vision":{{"v":"{too_long}","s":[900,5],"b":[0,0]}}}}"#
                ),
            ),
            "merge",
        ),
        (
            leaf(
                "vision",
                r#""digitale_agenda":1,"schema_version":6,"registers":{"municipality":{"v":"X","s":[901,5],"b":[0,0]}}"#,
            ),
            "misplaced",
        ),
        (
            leaf(
                "finance",
                r#""digitale_agenda":1,"schema_version":99,"registers":{}"#,
            ),
            "newer",
        ),
        (
            leaf(
                "prioritisation",
                r#""digitale_agenda":1,"schema_version":6,"registers":{},"script":"<x>""#,
            ),
            "shape",
        ),
        (
            leaf(
                "../etc",
                r#""digitale_agenda":1,"schema_version":6,"registers":{}"#,
            ),
            "misplaced",
        ),
        (
            leaf(
                "vision",
                &format!(r#""pad":"{}""#, "y".repeat(MAX_DOCUMENT_BYTES)),
            ),
            "size",
        ),
    ];
    for (bad, why) in cases {
        let reception = memo.receive(&agenda, &[bad.clone(), good.clone()]);
        assert_eq!(reception.refused.len(), 1, "{why}");
        let error = &reception.refused[0].error;
        let expected = match why {
            "merge" => matches!(error, SyncError::Merge(_)),
            "misplaced" => matches!(error, SyncError::Misplaced(_)),
            "newer" => matches!(error, SyncError::Newer { schema: 99, .. }),
            "shape" => matches!(error, SyncError::Shape(_)),
            _ => matches!(error, SyncError::TooLarge(_)),
        };
        assert!(expected, "{why}: {error:?}");
        let outcome = reception.outcome.expect("the good document arrived");
        assert_eq!(outcome.agenda.municipality(), "Neustadt", "{why}");
        assert_eq!(
            outcome.agenda.vision(),
            agenda.vision(),
            "{why}: Leitbild untouched"
        );
        memo = SyncMemo::new();
    }
}

#[test]
fn a_document_that_is_no_agenda_document_is_overwritten_with_good_content() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    stored(&mut memo, &agenda);
    let garbage = Received {
        id: "vision".into(),
        leaves: vec![r#"{"_id":"vision","_rev":"7-bad","werbung":"<b>Klick</b>"}"#.into()],
    };
    let reception = memo.receive(&agenda, &[garbage]);
    assert!(matches!(reception.refused[0].error, SyncError::Shape(_)));
    assert!(reception.outcome.is_none(), "nothing changed");
    let writes = memo.outgoing(&agenda, Some(&agenda));
    assert_eq!(writes.len(), 1);
    assert_eq!(
        writes[0].rev.as_deref(),
        Some("7-bad"),
        "written over the garbage"
    );
    assert!(writes[0].to_json().contains(agenda.vision().text()));

    // A newer version's document is left alone.
    let mut memo = SyncMemo::new();
    stored(&mut memo, &agenda);
    let newer = leaf(
        "vision",
        r#""digitale_agenda":2,"schema_version":99,"registers":{}"#,
    );
    memo.receive(&agenda, &[newer]);
    assert!(memo.outgoing(&agenda, Some(&agenda)).is_empty());
}

#[test]
fn the_memo_is_stored_as_lines_and_read_back() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    stored(&mut memo, &agenda);
    memo.since = "17-g1AAAAB".into();
    let text = memo.to_text();
    assert!(text.starts_with("since 17-g1AAAAB\nassessments/_order 1-"));
    let mut back = SyncMemo::from_text(&text).unwrap();
    assert_eq!(back, memo);
    assert!(
        back.outgoing(&agenda, None).is_empty(),
        "nothing to send after a reload"
    );
    for broken in [
        "",
        "seit 0\n",
        "since 0\nvision\n",
        "since 0\nvision 1-a zwölf\n",
    ] {
        assert_eq!(SyncMemo::from_text(broken), None, "{broken:?}");
    }
}

/// A project document written by a version-6 app (estimate and funding as
/// registers of their own, costs without a konsumtive part) arrives folded
/// as loading folds a stored agenda: the estimate becomes the costs, with
/// the estimate's stamp, and the old registers are gone.
#[test]
fn a_version_6_project_document_arrives_with_its_estimate_folded_into_the_costs() {
    use agenda_core::kaemmerei::money::Cents;
    let mut agenda = demo();
    let project = agenda.projects()[2].clone();
    let mut draft = project.sheet().clone();
    draft.costs = Default::default();
    agenda
        .apply(Action::EditProject {
            id: project.id(),
            draft,
        })
        .unwrap();
    let id = format!("projects/{}", project.id());
    let write = SyncMemo::new()
        .outgoing(&agenda, None)
        .into_iter()
        .find(|w| w.id == id)
        .unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&write.to_json()).unwrap();
    doc["schema_version"] = 6.into();
    let registers = doc["registers"].as_object_mut().unwrap();
    let costs = format!("{id}/sheet.costs");
    registers[&costs]["v"]
        .as_object_mut()
        .unwrap()
        .remove("consumptive");
    registers.insert(
        format!("{id}/sheet.budget"),
        serde_json::json!({"v": 12_000, "s": [5_000, 9], "b": [0, 0]}),
    );
    registers.insert(
        format!("{id}/sheet.funding"),
        serde_json::json!({"v": "own", "s": [5_000, 9], "b": [0, 0]}),
    );
    doc["_rev"] = "2-old".into();
    let received = Received {
        id: id.clone(),
        leaves: vec![doc.to_string()],
    };
    let reception = SyncMemo::new().receive(&agenda, &[received]);
    assert!(reception.refused.is_empty(), "{:?}", reception.refused);
    let arrived = reception.outcome.unwrap().agenda;
    let sheet = arrived.project(project.id()).unwrap().sheet();
    assert_eq!(sheet.costs.investment, Cents::euros(12_000));
    let stamp = arrived.versions().stamp(&costs);
    assert_eq!((stamp.0, stamp.1.0), (5_000, 9));
    assert!(
        arrived
            .versions()
            .get(&format!("{id}/sheet.budget"))
            .is_none()
    );
}
