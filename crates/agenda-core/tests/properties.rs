//! Property tests: random sequences of actions (valid and invalid) keep the
//! agenda's invariants, refused actions change nothing, and every reachable
//! agenda survives save → load unchanged.

mod common;

use std::collections::HashSet;

use agenda_core::{Action, Agenda, GuidelineId, formats::stored};
use common::{any_action, seed, texts};
use proptest::prelude::*;

/// Applies the actions; now and then a successful action is undone with
/// `Restore`, as the undo button does, which must give back the agenda
/// exactly (including links and ballots a deletion cascaded to).
fn run(seeded: bool, actions: Vec<(Action, bool)>) -> Result<(), TestCaseError> {
    let mut agenda = if seeded { seed()? } else { Agenda::new() };
    for (action, undo_afterwards) in actions {
        let before = agenda.clone();
        let expected_order = expected_move(&agenda, &action);
        match agenda.apply(action) {
            Ok(()) => {
                if let Some(order) = expected_order {
                    let ids: Vec<_> = agenda.guidelines().iter().map(|g| g.id()).collect();
                    prop_assert_eq!(ids, order);
                }
                check_invariants(&agenda)?;
                if undo_afterwards {
                    agenda
                        .apply(Action::Restore {
                            agenda: Box::new(before.clone()),
                        })
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert_eq!(&agenda, &before);
                }
            }
            Err(_) => prop_assert_eq!(&agenda, &before),
        }
        check_invariants(&agenda)?;
    }
    Ok(())
}

/// The id order a successful `MoveGuideline` must produce.
fn expected_move(agenda: &Agenda, action: &Action) -> Option<Vec<GuidelineId>> {
    let Action::MoveGuideline { id, to } = action else {
        return None;
    };
    let mut ids: Vec<_> = agenda.guidelines().iter().map(|g| g.id()).collect();
    let from = ids.iter().position(|x| x == id)?;
    if *to >= ids.len() {
        return None;
    }
    let moved = ids.remove(from);
    ids.insert(*to, moved);
    Some(ids)
}

fn check_invariants(agenda: &Agenda) -> Result<(), TestCaseError> {
    let ids: HashSet<_> = agenda.guidelines().iter().map(|g| g.id()).collect();
    prop_assert_eq!(ids.len(), agenda.guidelines().len(), "ids are unique");
    for guideline in agenda.guidelines() {
        prop_assert!(!guideline.title().trim().is_empty());
        prop_assert_eq!(guideline.title().trim(), guideline.title());
    }
    prop_assert_eq!(agenda.validate(), Ok(()));
    for project in agenda.projects() {
        prop_assert!(
            agenda.department(project.lead()).is_some(),
            "a project keeps its lead"
        );
        for g in &project.sheet().guidelines {
            prop_assert!(
                agenda.guideline(*g).is_some(),
                "a project never points at a deleted guideline"
            );
        }
    }
    let reloaded = stored::to_json(agenda)
        .map_err(|e| TestCaseError::fail(e.to_string()))
        .and_then(|json| stored::load(&json).map_err(|e| TestCaseError::fail(e.to_string())))?;
    prop_assert_eq!(&reloaded, agenda, "save → load gives an equal agenda");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_action_sequences_keep_the_invariants(
        seeded in any::<bool>(),
        actions in prop::collection::vec((any_action(), any::<bool>()), 0..80)
    ) {
        run(seeded, actions)?;
    }

    #[test]
    fn load_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = stored::load(&text);
    }

    /// Stored data of every schema version, edited (a slice deleted,
    /// replaced or duplicated, a number or key changed, cut off, nested
    /// deeper): loading never panics, and whatever loads is valid and
    /// saves and loads back equal.
    #[test]
    fn edited_stored_data_loads_valid_or_is_refused(text in texts::edited(texts::stored_json())) {
        let loaded = stored::load(&text);
        let file = stored::load_file(&text).map(|file| file.agenda);
        prop_assert_eq!(file.as_ref(), loaded.as_ref());
        let _ = stored::needs_migration(&text);
        if let Ok(agenda) = loaded {
            prop_assert_eq!(agenda.validate(), Ok(()));
            let json = stored::to_json(&agenda).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(stored::load(&json), Ok(agenda), "save → load identity");
        }
    }
}
