//! Merge properties over random edits of three copies of one agenda: the
//! result does not depend on the order of merges, merging the same copy
//! again changes nothing, a copy that only moved ahead is taken as is, and
//! deleted items stay deleted.

mod common;

use agenda_core::replication::versions::Stamp;
use agenda_core::{Action, Agenda, Author, MergeOutcome, Replica, merge};
use common::{any_action, seed};
use proptest::prelude::*;

/// The seed agenda edited by `actions` in copy `replica` (refused actions
/// are skipped, as in the app), signed by one person per copy ten minutes
/// apart, so that histories are joined, merged into one line per half
/// hour and cut at their length too.
fn edited(base: &Agenda, replica: u32, actions: Vec<Action>) -> Agenda {
    let mut agenda = base.clone();
    let author = Author::given(&format!("Person {replica}"));
    for (step, action) in actions.into_iter().enumerate() {
        let at = 1_764_900_000 + 600 * step as u64;
        let _ = agenda.apply_signed(action, Replica(replica), &author, at);
    }
    agenda
}

fn merged(a: &Agenda, b: &Agenda) -> Result<MergeOutcome, TestCaseError> {
    merge(a, b).map_err(|e| TestCaseError::fail(format!("merge refused: {e}")))
}

fn edits() -> impl Strategy<Value = Vec<Action>> {
    prop::collection::vec(any_action(), 0..25)
}

/// Whether the item of an existence register (`projects/<id>`) is there.
fn exists(agenda: &Agenda, key: &str) -> Option<bool> {
    let (collection, id) = key.split_once('/')?;
    Some(match collection {
        "guidelines" => agenda.guideline(id.parse().ok()?).is_some(),
        "fields" => agenda.field(id.parse().ok()?).is_some(),
        "departments" => agenda.department(id.parse().ok()?).is_some(),
        "perspectives" => agenda.perspective(id.parse().ok()?).is_some(),
        "workshop" => agenda.card(id.parse().ok()?).is_some(),
        "ideas" => agenda.idea(id.parse().ok()?).is_some(),
        "projects" => agenda.project(id.parse().ok()?).is_some(),
        _ => return None,
    })
}

/// Every item an agenda deleted: its existence register and stamp.
fn deleted(agenda: &Agenda) -> Vec<(String, Stamp)> {
    agenda
        .versions()
        .iter()
        .filter(|(key, v)| exists(agenda, key) == Some(false) && v.raw.is_none())
        .map(|(key, v)| (key.clone(), v.stamp))
        .collect()
}

/// The agenda's content: its stored JSON without the versions and the
/// history (an undo is a change of its own, and the history says so).
fn content(agenda: &Agenda) -> serde_json::Value {
    let json = agenda_core::formats::stored::to_json(agenda).unwrap_or_default();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    if let Some(agenda) = value.get_mut("agenda").and_then(|a| a.as_object_mut()) {
        agenda.remove("versions");
        agenda.remove("history");
    }
    value
}

/// 128 cases from a fixed seed unless `PROPTEST_RNG_SEED` or
/// `PROPTEST_CASES` say otherwise, so CI never passes or fails by chance.
/// Random seeds found two associativity bugs (now known-answer tests in
/// `tests/merge.rs`) that 128 cases hit only now and then; run longer with
/// `PROPTEST_RNG_SEED=$RANDOM PROPTEST_CASES=3000 cargo test --release`
/// after touching the merge (9,000 random cases passed on 2026-11-23).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::with_cases(common::cases(128));
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(20_261_123);
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn merging_is_commutative_associative_and_idempotent(
        a in edits(), b in edits(), c in edits()
    ) {
        let base = seed()?;
        let (a, b, c) = (edited(&base, 1, a), edited(&base, 2, b), edited(&base, 3, c));

        let ab = merged(&a, &b)?;
        let ba = merged(&b, &a)?;
        for (x, y, m) in [(&a, &b, &ab), (&b, &c, &merged(&b, &c)?), (&ab.agenda, &c, &merged(&ab.agenda, &c)?)] {
            let full = agenda_core::replication::oracle::merge_full(x, y)
                .map_err(|e| TestCaseError::fail(format!("full merge refused: {e}")))?;
            prop_assert_eq!(m, &full, "the scoped merge equals the merge of every register");
        }
        prop_assert_eq!(&ab.agenda, &ba.agenda, "a+b = b+a");
        prop_assert_eq!(&ab.conflicts, &ba.conflicts, "same conflicts either way");

        let ab_c = merged(&ab.agenda, &c)?.agenda;
        let a_bc = merged(&a, &merged(&b, &c)?.agenda)?.agenda;
        prop_assert_eq!(&ab_c, &a_bc, "(a+b)+c = a+(b+c)");

        for again in [&a, &b, &ab.agenda] {
            let twice = merged(&ab.agenda, again)?;
            prop_assert_eq!(&twice.agenda, &ab.agenda, "merging a copy again changes nothing");
            prop_assert_eq!(twice.changed, 0);
        }
    }

    #[test]
    fn a_copy_that_only_moved_ahead_is_taken_as_is(a in edits(), more in edits()) {
        let base = seed()?;
        let older = edited(&base, 1, a);
        let newer = edited(&older, 2, more);
        let forward = merged(&older, &newer)?;
        prop_assert_eq!(&forward.agenda, &newer);
        prop_assert!(forward.conflicts.is_empty(), "{:?}", forward.conflicts);
        prop_assert_eq!(&merged(&newer, &older)?.agenda, &newer);
    }

    #[test]
    fn an_undo_wins_over_a_copy_that_still_has_the_undone_change(
        a in edits(), b in edits()
    ) {
        let base = seed()?;
        let earlier = edited(&base, 1, a);
        let changed = edited(&earlier, 1, b);
        let mut undone = changed.clone();
        undone
            .apply_by(Action::Revert { agenda: Box::new(earlier.clone()) }, Replica(1))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(content(&undone), content(&earlier));
        // Another tab still holds `changed`; merging keeps the undo.
        prop_assert_eq!(content(&merged(&undone, &changed)?.agenda), content(&earlier));
        prop_assert_eq!(content(&merged(&changed, &undone)?.agenda), content(&earlier));
    }

    #[test]
    fn deleted_items_do_not_come_back(a in edits(), b in edits()) {
        let base = seed()?;
        let (a, b) = (edited(&base, 1, a), edited(&base, 2, b));
        let m = merged(&a, &b)?.agenda;
        for (key, stamp) in deleted(&a) {
            // Unless the other copy re-created the id later (test ids are
            // reused; real ids are random).
            if b.versions().stamp(&key) > stamp {
                continue;
            }
            prop_assert_eq!(exists(&m, &key), Some(false), "{} came back", key);
        }
    }
}
