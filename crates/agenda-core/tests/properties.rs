//! Property tests: random sequences of actions (valid and invalid) keep the
//! agenda's invariants, refused actions change nothing, and every reachable
//! agenda survives save → load unchanged.

use std::collections::HashSet;

use agenda_core::{
    Action, Agenda, CardId, Date, DepartmentDraft, DepartmentId, FieldId, GuidelineDraft,
    GuidelineId, GuidelineStatus, IdeaId, ItemRef, MilestoneId, PerspectiveDraft, PerspectiveId,
    PerspectiveKind, PriorityMethod, PrioritySubject, ProjectDraft, ProjectId, ProjectStatus,
    SortTarget, stored,
};
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

/// Mostly valid names, sometimes anything.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß <>&]{0,20}",
        1 => any_text(),
    ]
}

fn small<T: std::fmt::Debug>(make: fn(u128) -> T) -> impl Strategy<Value = T> {
    (0_u128..4).prop_map(make)
}

fn any_kind() -> impl Strategy<Value = PerspectiveKind> {
    prop::sample::select(PerspectiveKind::ALL.to_vec())
}

fn any_item() -> impl Strategy<Value = ItemRef> {
    prop_oneof![
        small(FieldId::from_u128).prop_map(ItemRef::Field),
        any_id().prop_map(ItemRef::Guideline),
        small(IdeaId::from_u128).prop_map(ItemRef::Idea),
    ]
}

/// Actions on Handlungsfelder, Fachbereiche, perspectives, cards, ideas and
/// ballots, with ids from small pools so references often dangle.
fn any_contribution_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (small(FieldId::from_u128), any_name())
            .prop_map(|(id, name)| Action::AddField { id, name }),
        small(FieldId::from_u128).prop_map(|id| Action::RemoveField { id }),
        (any_id(), prop::option::of(small(FieldId::from_u128)))
            .prop_map(|(id, field)| Action::SetGuidelineField { id, field }),
        (small(DepartmentId::from_u128), any_name()).prop_map(|(id, name)| Action::AddDepartment {
            id,
            draft: DepartmentDraft {
                name,
                ..Default::default()
            },
        }),
        (small(DepartmentId::from_u128), 0_u32..12)
            .prop_map(|(id, weight)| Action::SetDepartmentWeight { id, weight }),
        small(DepartmentId::from_u128).prop_map(|id| Action::RemoveDepartment { id }),
        (
            small(PerspectiveId::from_u128),
            small(DepartmentId::from_u128),
            any_kind(),
            any_name(),
            prop::option::of(small(FieldId::from_u128)),
            prop::collection::vec(any_id(), 0..3),
        )
            .prop_map(|(id, department, kind, text, field, guidelines)| {
                Action::AddPerspective {
                    id,
                    draft: PerspectiveDraft {
                        department,
                        kind,
                        text,
                        field,
                        guidelines,
                    },
                }
            }),
        small(PerspectiveId::from_u128).prop_map(|id| Action::RemovePerspective { id }),
        (
            small(CardId::from_u128),
            any_name(),
            prop::option::of(small(DepartmentId::from_u128))
        )
            .prop_map(|(id, text, department)| Action::AddCard {
                id,
                text,
                department
            }),
        (
            small(CardId::from_u128),
            0_u8..4,
            any_id(),
            small(PerspectiveId::from_u128),
            small(DepartmentId::from_u128),
            small(IdeaId::from_u128)
        )
            .prop_map(|(id, to, guideline, perspective, department, idea)| {
                Action::SortCard {
                    id,
                    target: match to {
                        0 => SortTarget::Guideline { id: guideline },
                        1 => SortTarget::Perspective {
                            id: perspective,
                            department,
                            kind: PerspectiveKind::Idea,
                        },
                        2 => SortTarget::ProjectIdea { id: idea },
                        _ => SortTarget::Discard,
                    },
                }
            }),
        small(IdeaId::from_u128).prop_map(|id| Action::RemoveIdea { id }),
        prop::sample::select(vec![
            PrioritySubject::Fields,
            PrioritySubject::Guidelines,
            PrioritySubject::Ideas
        ])
        .prop_map(|subject| Action::SetPrioritySubject { subject }),
        any::<bool>().prop_map(|ranking| Action::SetPriorityMethod {
            method: if ranking {
                PriorityMethod::Ranking
            } else {
                PriorityMethod::Points
            },
        }),
        (0_u32..15).prop_map(|budget| Action::SetBudget { budget }),
        (0_u32..6).prop_map(|max| Action::SetMaxPerItem { max }),
        (small(DepartmentId::from_u128), any_item(), 0_u32..5).prop_map(
            |(department, item, points)| Action::SetPoints {
                department,
                item,
                points
            }
        ),
        (
            small(DepartmentId::from_u128),
            prop::collection::vec(any_item(), 0..4)
        )
            .prop_map(|(department, order)| Action::SetRanking { department, order }),
    ]
}

/// Actions on projects, with ids from small pools.
fn any_project_action() -> impl Strategy<Value = Action> {
    let date = (2025_i32..2028, 1_u8..13, 1_u8..29)
        .prop_filter_map("valid date", |(y, m, d)| Date::new(y, m, d).ok());
    prop_oneof![
        (
            small(ProjectId::from_u128),
            any_name(),
            small(DepartmentId::from_u128),
            prop::collection::vec(any_id(), 0..3),
            prop::collection::vec(small(DepartmentId::from_u128), 0..2)
        )
            .prop_map(|(id, title, lead, guidelines, participants)| {
                let mut draft = ProjectDraft::new(title, lead);
                draft.guidelines = guidelines;
                draft.participants = participants;
                Action::AddProject { id, draft }
            }),
        small(ProjectId::from_u128).prop_map(|id| Action::RemoveProject { id }),
        (
            small(ProjectId::from_u128),
            prop::sample::select(ProjectStatus::ALL.to_vec()),
            date.clone()
        )
            .prop_map(|(id, status, date)| Action::SetProjectStatus {
                id,
                status,
                date,
                note: String::new()
            }),
        (
            small(ProjectId::from_u128),
            small(MilestoneId::from_u128),
            date
        )
            .prop_map(|(project, id, due)| Action::AddMilestone {
                project,
                id,
                title: "Schritt".into(),
                due
            }),
        (
            small(ProjectId::from_u128),
            small(MilestoneId::from_u128),
            any::<bool>()
        )
            .prop_map(|(project, id, done)| Action::SetMilestoneDone { project, id, done }),
        (
            any_id(),
            small(ProjectId::from_u128),
            small(DepartmentId::from_u128),
            any_id()
        )
            .prop_map(|(guideline, id, lead, serves)| Action::GuidelineToProject {
                guideline,
                id,
                lead,
                serves
            }),
        (
            small(IdeaId::from_u128),
            small(ProjectId::from_u128),
            small(DepartmentId::from_u128)
        )
            .prop_map(|(idea, id, lead)| Action::ProjectFromIdea {
                idea,
                id,
                lead,
                guidelines: vec![]
            }),
        (small(PerspectiveId::from_u128), small(ProjectId::from_u128)).prop_map(
            |(perspective, id)| Action::ProjectFromPerspective {
                perspective,
                id,
                title: "Aus Beitrag".into()
            }
        ),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => any_contribution_action(),
        2 => any_project_action(),
        1 => any_text().prop_map(|name| Action::SetMunicipality { name }),
        1 => any_text().prop_map(|text| Action::SetVision { text }),
        1 => (any_id(), any_draft()).prop_map(|(id, draft)| Action::AddGuideline { id, draft }),
        1 => (any_id(), any_draft()).prop_map(|(id, draft)| Action::EditGuideline { id, draft }),
        1 => (any_id(), any::<bool>()).prop_map(|(id, adopted)| Action::SetGuidelineStatus {
            id,
            status: if adopted {
                GuidelineStatus::Adopted
            } else {
                GuidelineStatus::Draft
            },
        }),
        1 => (any_id(), 0_usize..8).prop_map(|(id, to)| Action::MoveGuideline { id, to }),
        1 => any_id().prop_map(|id| Action::RemoveGuideline { id }),
    ]
}

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

/// An agenda whose items use the ids of the small pools, so random actions
/// hit existing items often.
fn seed() -> Result<Agenda, TestCaseError> {
    let mut agenda = Agenda::new();
    let mut apply = |action| {
        agenda
            .apply(action)
            .map_err(|e: agenda_core::AgendaError| TestCaseError::fail(e.to_string()))
    };
    for n in 0..3 {
        apply(Action::AddField {
            id: FieldId::from_u128(n),
            name: format!("Feld {n}"),
        })?;
        apply(Action::AddDepartment {
            id: DepartmentId::from_u128(n),
            draft: DepartmentDraft {
                name: format!("Amt {n}"),
                ..Default::default()
            },
        })?;
        apply(Action::AddGuideline {
            id: GuidelineId::from_u128(n),
            draft: GuidelineDraft {
                title: format!("Leitplanke {n}"),
                ..Default::default()
            },
        })?;
    }
    Ok(agenda)
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
}
