//! Who changed what: a signed change is recorded for exactly the documents
//! it changed, one person's afternoon is one line, the history travels in
//! the sync documents and a change the server refused takes its line back.

#![allow(clippy::disallowed_methods)] // tests write JSON by hand with `json!`
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failing unwrap is a failing test

use agenda_core::replication::history::{MAX_CHANGES, WINDOW};
use agenda_core::replication::sync::{Received, SyncMemo};
use agenda_core::{Action, Agenda, Author, GuidelineDraft, ItemRef, Replica, merge};

/// 2026-12-05 10:00 UTC, in seconds since 1970.
const MORNING: u64 = 1_764_928_800;

fn demo() -> Agenda {
    agenda_core::content::demo::musterstadt().unwrap()
}

fn retitle(agenda: &mut Agenda, title: &str, author: &Author, at: u64) {
    let id = agenda.guidelines()[0].id();
    let draft = GuidelineDraft {
        title: title.into(),
        ..GuidelineDraft::default()
    };
    agenda
        .apply_signed(Action::EditGuideline { id, draft }, Replica(7), author, at)
        .unwrap();
}

/// `(by, at, checked)` of a document's changes, newest first.
fn lines(agenda: &Agenda, id: &str) -> Vec<(String, u64, bool)> {
    agenda
        .history()
        .of(id)
        .iter()
        .map(|c| (c.by.clone(), c.at, c.checked))
        .collect()
}

fn guideline_doc(agenda: &Agenda) -> String {
    format!("guidelines/{}", agenda.guidelines()[0].id())
}

#[test]
fn a_signed_change_is_recorded_for_the_documents_it_changed_only() {
    let mut agenda = demo();
    assert!(agenda.history().is_empty(), "the demo has no history");
    retitle(&mut agenda, "Neu", &Author::login("m.mueller"), MORNING);
    let doc = guideline_doc(&agenda);
    assert_eq!(lines(&agenda, &doc), [("m.mueller".into(), MORNING, true)]);
    assert_eq!(agenda.history().iter().count(), 1, "nothing else changed");
    let stamp = agenda.history().of(&doc)[0].stamp;
    let title_key = format!("{doc}/title");
    assert_eq!(agenda.versions().stamp(&title_key), stamp, "the same stamp");

    // Unsigned actions (tests, the demo) record nothing.
    agenda
        .apply_by(Action::SetVision { text: "X".into() }, Replica(7))
        .unwrap();
    assert!(agenda.history().of("vision").is_empty());

    // A department's vote is its own ballot document's change.
    let department = agenda.departments()[0].id();
    let field = agenda.fields()[0].id();
    agenda
        .apply_signed(
            Action::SetBudget { budget: 50 },
            Replica(7),
            &Author::login("spitze"),
            MORNING,
        )
        .unwrap();
    let before: Vec<String> = agenda.history().iter().map(|(id, _)| id.clone()).collect();
    let voted = Action::SetPoints {
        department,
        item: ItemRef::Field(field),
        points: 1,
    };
    agenda
        .apply_signed(
            voted,
            Replica(7),
            &Author::given("Frau Weber"),
            MORNING + 60,
        )
        .unwrap();
    let after: Vec<String> = agenda.history().iter().map(|(id, _)| id.clone()).collect();
    let new: Vec<&String> = after.iter().filter(|id| !before.contains(id)).collect();
    assert_eq!(new, [&format!("prioritisation/{department}")]);
    assert_eq!(
        lines(&agenda, &format!("prioritisation/{department}")),
        [("Frau Weber".into(), MORNING + 60, false)]
    );
}

#[test]
fn one_persons_changes_within_half_an_hour_are_one_line() {
    let mut agenda = demo();
    let anna = Author::given("  Anna Schmidt\u{7} ");
    assert_eq!(anna.name, "Anna Schmidt", "trimmed, no control characters");
    let bernd = Author::login("bernd");
    retitle(&mut agenda, "Eins", &anna, MORNING);
    retitle(&mut agenda, "Zwei", &anna, MORNING + 600);
    retitle(&mut agenda, "Drei", &bernd, MORNING + 700);
    retitle(&mut agenda, "Vier", &anna, MORNING + 900);
    retitle(&mut agenda, "Fünf", &anna, MORNING + WINDOW + 60);
    let doc = guideline_doc(&agenda);
    assert_eq!(
        lines(&agenda, &doc),
        [
            ("Anna Schmidt".into(), MORNING + WINDOW + 60, false),
            ("Anna Schmidt".into(), MORNING + 900, false),
            ("bernd".into(), MORNING + 700, true),
        ],
        "newest first; Anna's three in the first half hour are one line, her newest"
    );
}

#[test]
fn a_document_keeps_its_last_changes() {
    let mut agenda = demo();
    for n in 0..(MAX_CHANGES as u64 + 5) {
        let at = MORNING + n * WINDOW;
        retitle(
            &mut agenda,
            &format!("Titel {n}"),
            &Author::login("navi"),
            at,
        );
    }
    let kept = lines(&agenda, &guideline_doc(&agenda));
    assert_eq!(kept.len(), MAX_CHANGES);
    assert_eq!(kept[0].1, MORNING + (MAX_CHANGES as u64 + 4) * WINDOW);
    assert_eq!(kept[MAX_CHANGES - 1].1, MORNING + 5 * WINDOW);
}

#[test]
fn merging_copies_joins_their_histories() {
    let base = demo();
    let (mut a, mut b) = (base.clone(), base.clone());
    retitle(&mut a, "Von Anna", &Author::given("Anna"), MORNING);
    b.apply_signed(
        Action::SetVision {
            text: "Von Bernd".into(),
        },
        Replica(8),
        &Author::login("bernd"),
        MORNING + 60,
    )
    .unwrap();
    let merged = merge(&a, &b).unwrap().agenda;
    assert_eq!(lines(&merged, &guideline_doc(&merged)).len(), 1);
    assert_eq!(
        lines(&merged, "vision"),
        [("bernd".into(), MORNING + 60, true)]
    );
    assert_eq!(merged, merge(&b, &a).unwrap().agenda);
}

#[test]
fn the_history_travels_in_the_documents_and_a_refused_change_takes_its_line_back() {
    let agenda = demo();
    let mut memo = SyncMemo::new();
    let server: Vec<Received> = memo
        .outgoing(&agenda, None)
        .iter()
        .map(|w| {
            memo.written(w, "1-a");
            Received {
                id: w.id.clone(),
                leaves: vec![w.to_json().replacen('{', "{\"_rev\":\"1-a\",", 1)],
            }
        })
        .collect();
    let vision = server.iter().find(|r| r.id == "vision").unwrap();

    let mut edited = agenda.clone();
    edited
        .apply_signed(
            Action::SetVision {
                text: "Meins".into(),
            },
            Replica(3),
            &Author::login("fb.bau"),
            MORNING,
        )
        .unwrap();
    let writes = memo.clone().outgoing(&edited, Some(&agenda));
    assert_eq!(writes.len(), 1);
    let json = writes[0].signed_json(Some("fb.bau"));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["author"], "fb.bau", "the login that writes");
    assert_eq!(
        doc["history"],
        serde_json::json!([[edited.versions().newest(), 3, "fb.bau", MORNING, true]])
    );

    // Another browser receives it with the change.
    let mut other = SyncMemo::new();
    let received = Received {
        id: "vision".into(),
        leaves: vec![json.replacen('{', "{\"_rev\":\"2-b\",", 1)],
    };
    let there = other.receive(&agenda, &[received]).outcome.unwrap().agenda;
    assert_eq!(lines(&there, "vision"), lines(&edited, "vision"));

    // The server refused it: the Leitbild and its line go back.
    let back = memo
        .take_back(&edited, "vision", vision.leaves.first().map(String::as_str))
        .unwrap();
    assert_eq!(back.vision(), agenda.vision());
    assert!(back.history().of("vision").is_empty());
}

#[test]
fn a_document_with_a_malformed_history_is_refused() {
    let agenda = demo();
    for history in [
        "\"gestern\"",
        "[[1, 2, \"a\", 3]]",
        "[[1, 2, \"a\", -3, true]]",
        "[[1, 2, 5, 3, true]]",
        "[[1, 2, \"a\\u0007\", 3, true]]",
    ] {
        let text = format!(
            "{{\"_id\":\"vision\",\"_rev\":\"2-x\",\"digitale_agenda\":1,\"schema_version\":8,\
             \"registers\":{{\"vision\":{{\"v\":\"X\",\"s\":[99,1],\"b\":[0,0]}}}},\"history\":{history}}}"
        );
        let reception = SyncMemo::new().receive(
            &agenda,
            &[Received {
                id: "vision".into(),
                leaves: vec![text],
            }],
        );
        assert_eq!(reception.refused.len(), 1, "{history}");
        assert!(reception.outcome.is_none(), "{history}");
    }
}

#[test]
fn the_council_document_names_who_contributed_for_each_department() {
    use agenda_core::PerspectiveDraft;
    use agenda_core::analysis::contributors::contributors;
    let mut agenda = demo();
    let [own, other] = [agenda.departments()[0].id(), agenda.departments()[1].id()];
    let p = agenda.perspectives_of(own).next().unwrap();
    let edit = Action::EditPerspective {
        id: p.id(),
        draft: PerspectiveDraft {
            department: p.department(),
            kind: p.kind(),
            text: "Neu gesehen".into(),
            field: p.field(),
            guidelines: p.guidelines().to_vec(),
        },
    };
    agenda
        .apply_signed(edit, Replica(2), &Author::login("fb.bau"), MORNING)
        .unwrap();
    agenda
        .apply_signed(
            Action::SetBudget { budget: 40 },
            Replica(2),
            &Author::login("spitze"),
            MORNING,
        )
        .unwrap();
    let field = agenda
        .fields()
        .iter()
        .map(|f| f.id())
        .find(|f| agenda.prioritisation().points(own, ItemRef::Field(*f)) == 0)
        .unwrap();
    let vote = Action::SetPoints {
        department: own,
        item: ItemRef::Field(field),
        points: 1,
    };
    agenda
        .apply_signed(vote, Replica(3), &Author::given("Karin"), MORNING + 60)
        .unwrap();
    let names: Vec<(String, bool)> = contributors(&agenda, own)
        .into_iter()
        .map(|c| (c.name, c.checked))
        .collect();
    assert_eq!(names, [("Karin".into(), false), ("fb.bau".into(), true)]);
    assert!(
        contributors(&agenda, other).is_empty(),
        "the leadership's budget is no department's"
    );
}
