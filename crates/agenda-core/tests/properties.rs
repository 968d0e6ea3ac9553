//! Property tests: random sequences of actions (valid and invalid) keep the
//! agenda's invariants, refused actions change nothing, and every reachable
//! agenda survives save → load unchanged.

use std::collections::HashSet;

use agenda_core::{Action, Agenda, GuidelineDraft, GuidelineId, GuidelineStatus, stored};
use proptest::prelude::*;

fn any_id() -> impl Strategy<Value = GuidelineId> {
    // A small pool, so actions often hit existing and duplicate ids.
    (0_u128..6).prop_map(GuidelineId::from_u128)
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[ \t\r\n]{0,3}",
        "[a-zA-ZäöüÄÖÜß <>&\"'\\n\\r\\t\u{0}]{1,40}",
        ".{0,60}",
        Just("x".repeat(250)),
    ]
}

fn any_draft() -> impl Strategy<Value = GuidelineDraft> {
    (any_text(), any_text(), any_text()).prop_map(|(title, description, rationale)| {
        GuidelineDraft {
            title,
            description,
            rationale,
        }
    })
}

fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        any_text().prop_map(|name| Action::SetMunicipality { name }),
        any_text().prop_map(|text| Action::SetVision { text }),
        (any_id(), any_draft()).prop_map(|(id, draft)| Action::AddGuideline { id, draft }),
        (any_id(), any_draft()).prop_map(|(id, draft)| Action::EditGuideline { id, draft }),
        (any_id(), any::<bool>()).prop_map(|(id, adopted)| Action::SetGuidelineStatus {
            id,
            status: if adopted {
                GuidelineStatus::Adopted
            } else {
                GuidelineStatus::Draft
            },
        }),
        (any_id(), 0_usize..8).prop_map(|(id, to)| Action::MoveGuideline { id, to }),
        any_id().prop_map(|id| Action::RemoveGuideline { id }),
    ]
}

/// Applies the actions; deleted Leitplanken are put back with
/// `RestoreGuideline` now and then, as the undo button does.
fn run(actions: Vec<(Action, bool)>) -> Result<(), TestCaseError> {
    let mut agenda = Agenda::new();
    for (action, restore_afterwards) in actions {
        let before = agenda.clone();
        let removed = match &action {
            Action::RemoveGuideline { id } => agenda
                .guideline_position(*id)
                .and_then(|i| agenda.guideline(*id).map(|g| (g.clone(), i))),
            _ => None,
        };
        let expected_order = expected_move(&agenda, &action);
        match agenda.apply(action) {
            Ok(()) => {
                if let Some(order) = expected_order {
                    let ids: Vec<_> = agenda.guidelines().iter().map(|g| g.id()).collect();
                    prop_assert_eq!(ids, order);
                }
                if let (Some((guideline, index)), true) = (removed, restore_afterwards) {
                    agenda
                        .apply(Action::RestoreGuideline { guideline, index })
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
        actions in prop::collection::vec((any_action(), any::<bool>()), 0..40)
    ) {
        run(actions)?;
    }

    #[test]
    fn load_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = stored::load(&text);
    }
}
