//! Handlungsfelder, Fachbereiche, perspectives, the workshop board and the
//! prioritisation settings and ballots: every action and error.

#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test

use agenda_core::{
    Action, Agenda, AgendaError, CardId, DepartmentDraft, DepartmentId, FieldId, GuidelineDraft,
    GuidelineId, IdeaId, ItemRef, Kind, PerspectiveDraft, PerspectiveId, PerspectiveKind,
    PriorityMethod, PrioritySubject, SortTarget,
};

fn apply(agenda: &mut Agenda, action: Action) {
    agenda.apply(action).unwrap();
}

/// Applies an action that must be refused and checks nothing changed.
fn refused(agenda: &Agenda, action: Action) -> AgendaError {
    let mut copy = agenda.clone();
    let error = copy.apply(action).unwrap_err();
    assert_eq!(&copy, agenda, "a refused action changed the agenda");
    error
}

const BAUAMT: DepartmentId = DepartmentId::from_u128(1);
const KAEMMEREI: DepartmentId = DepartmentId::from_u128(2);
const CYBER: FieldId = FieldId::from_u128(10);
const PROZESSE: FieldId = FieldId::from_u128(11);
const LEITPLANKE: GuidelineId = GuidelineId::from_u128(20);

fn department(name: &str) -> DepartmentDraft {
    DepartmentDraft {
        name: name.into(),
        short_name: String::new(),
        head: String::new(),
    }
}

/// Two departments, two fields, one guideline.
fn base() -> Agenda {
    let mut agenda = Agenda::new();
    apply(
        &mut agenda,
        Action::AddDepartment {
            id: BAUAMT,
            draft: department("Bauamt"),
        },
    );
    apply(
        &mut agenda,
        Action::AddDepartment {
            id: KAEMMEREI,
            draft: department("Kämmerei"),
        },
    );
    apply(
        &mut agenda,
        Action::AddField {
            id: CYBER,
            name: "Cybersicherheit".into(),
        },
    );
    apply(
        &mut agenda,
        Action::AddField {
            id: PROZESSE,
            name: "Prozesse".into(),
        },
    );
    apply(
        &mut agenda,
        Action::AddGuideline {
            id: LEITPLANKE,
            draft: GuidelineDraft {
                title: "Prozesse vor Technik".into(),
                ..Default::default()
            },
        },
    );
    agenda
}

fn perspective(department: DepartmentId, text: &str) -> PerspectiveDraft {
    PerspectiveDraft {
        department,
        kind: PerspectiveKind::Need,
        text: text.into(),
        field: Some(PROZESSE),
        guidelines: vec![LEITPLANKE],
    }
}

#[test]
fn fields_are_added_renamed_and_removed_with_their_assignments() {
    let mut agenda = base();
    apply(
        &mut agenda,
        Action::RenameField {
            id: CYBER,
            name: " IT-Sicherheit ".into(),
        },
    );
    assert_eq!(agenda.field(CYBER).unwrap().name(), "IT-Sicherheit");
    apply(
        &mut agenda,
        Action::SetGuidelineField {
            id: LEITPLANKE,
            field: Some(PROZESSE),
        },
    );
    apply(
        &mut agenda,
        Action::AddPerspective {
            id: PerspectiveId::from_u128(1),
            draft: perspective(BAUAMT, "Bauanträge digital"),
        },
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: BAUAMT,
            item: ItemRef::Field(PROZESSE),
            points: 2,
        },
    );
    apply(&mut agenda, Action::RemoveField { id: PROZESSE });
    assert_eq!(agenda.fields().len(), 1);
    assert_eq!(agenda.guideline(LEITPLANKE).unwrap().field(), None);
    assert_eq!(agenda.perspectives()[0].field(), None);
    assert!(agenda.prioritisation().allocations().is_empty());
}

#[test]
fn field_errors() {
    let agenda = base();
    assert_eq!(
        refused(
            &agenda,
            Action::AddField {
                id: CYBER,
                name: "Doppelt".into()
            }
        ),
        AgendaError::Duplicate {
            kind: Kind::Field,
            id: CYBER.to_string()
        }
    );
    assert!(matches!(
        refused(
            &agenda,
            Action::AddField {
                id: FieldId::from_u128(99),
                name: " ".into()
            }
        ),
        AgendaError::Empty { .. }
    ));
    assert!(matches!(
        refused(
            &agenda,
            Action::RenameField {
                id: FieldId::from_u128(99),
                name: "x".into()
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Field,
            ..
        }
    ));
    assert!(matches!(
        refused(
            &agenda,
            Action::SetGuidelineField {
                id: LEITPLANKE,
                field: Some(FieldId::from_u128(99))
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Field,
            ..
        }
    ));
}

#[test]
fn departments_have_weights_and_cannot_be_removed_while_in_use() {
    let mut agenda = base();
    apply(
        &mut agenda,
        Action::EditDepartment {
            id: BAUAMT,
            draft: DepartmentDraft {
                name: "Bauamt".into(),
                short_name: "FB 3".into(),
                head: "Frau Ziegler".into(),
            },
        },
    );
    let bauamt = agenda.department(BAUAMT).unwrap();
    assert_eq!(
        (bauamt.label(), bauamt.head(), bauamt.weight()),
        ("FB 3", "Frau Ziegler", 1)
    );
    apply(
        &mut agenda,
        Action::SetDepartmentWeight {
            id: BAUAMT,
            weight: 3,
        },
    );
    assert_eq!(agenda.department(BAUAMT).unwrap().weight(), 3);
    assert_eq!(
        refused(
            &agenda,
            Action::SetDepartmentWeight {
                id: BAUAMT,
                weight: 11
            }
        ),
        AgendaError::WeightOutOfRange {
            weight: 11,
            max: 10
        }
    );
    apply(
        &mut agenda,
        Action::AddPerspective {
            id: PerspectiveId::from_u128(1),
            draft: perspective(BAUAMT, "Bauanträge digital"),
        },
    );
    assert_eq!(
        refused(&agenda, Action::RemoveDepartment { id: BAUAMT }),
        AgendaError::DepartmentInUse(BAUAMT)
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: KAEMMEREI,
            item: ItemRef::Field(CYBER),
            points: 1,
        },
    );
    apply(&mut agenda, Action::RemoveDepartment { id: KAEMMEREI });
    assert!(agenda.department(KAEMMEREI).is_none());
    assert!(
        agenda.prioritisation().allocations().is_empty(),
        "its points went with it"
    );
}

#[test]
fn perspectives_check_their_references() {
    let mut agenda = base();
    let id = PerspectiveId::from_u128(1);
    apply(
        &mut agenda,
        Action::AddPerspective {
            id,
            draft: perspective(BAUAMT, "Bauanträge digital"),
        },
    );
    let mut changed = perspective(BAUAMT, "Bauanträge vollständig digital");
    changed.kind = PerspectiveKind::Risk;
    apply(&mut agenda, Action::EditPerspective { id, draft: changed });
    assert_eq!(
        agenda.perspective(id).unwrap().kind(),
        PerspectiveKind::Risk
    );
    assert_eq!(agenda.perspectives_of(BAUAMT).count(), 1);

    let mut bad = perspective(DepartmentId::from_u128(99), "x");
    assert!(matches!(
        refused(
            &agenda,
            Action::AddPerspective {
                id: PerspectiveId::from_u128(2),
                draft: bad.clone()
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Department,
            ..
        }
    ));
    bad.department = BAUAMT;
    bad.guidelines = vec![LEITPLANKE, LEITPLANKE];
    assert_eq!(
        refused(
            &agenda,
            Action::AddPerspective {
                id: PerspectiveId::from_u128(2),
                draft: bad
            }
        ),
        AgendaError::DuplicateGuideline(LEITPLANKE)
    );
    // Deleting the Leitplanke unlinks it.
    apply(&mut agenda, Action::RemoveGuideline { id: LEITPLANKE });
    assert!(agenda.perspective(id).unwrap().guidelines().is_empty());
    apply(&mut agenda, Action::RemovePerspective { id });
    assert!(agenda.perspectives().is_empty());
}

#[test]
fn workshop_cards_are_sorted_into_all_four_destinations() {
    let mut agenda = base();
    let cards: Vec<CardId> = (1..=4).map(CardId::from_u128).collect();
    let texts = [
        "Papierlos arbeiten",
        "Zu viele Medienbrüche",
        "E-Akte im Bauamt",
        "Kaffeemaschine",
    ];
    for (id, text) in cards.iter().zip(texts) {
        apply(
            &mut agenda,
            Action::AddCard {
                id: *id,
                text: text.into(),
                department: Some(BAUAMT),
            },
        );
    }
    assert_eq!(agenda.workshop().len(), 4);

    let new_guideline = GuidelineId::from_u128(30);
    apply(
        &mut agenda,
        Action::SortCard {
            id: cards[0],
            target: SortTarget::Guideline { id: new_guideline },
        },
    );
    let new_perspective = PerspectiveId::from_u128(31);
    apply(
        &mut agenda,
        Action::SortCard {
            id: cards[1],
            target: SortTarget::Perspective {
                id: new_perspective,
                department: BAUAMT,
                kind: PerspectiveKind::Challenge,
            },
        },
    );
    let new_idea = IdeaId::from_u128(32);
    apply(
        &mut agenda,
        Action::SortCard {
            id: cards[2],
            target: SortTarget::ProjectIdea { id: new_idea },
        },
    );
    apply(
        &mut agenda,
        Action::SortCard {
            id: cards[3],
            target: SortTarget::Discard,
        },
    );

    assert!(agenda.workshop().is_empty());
    assert_eq!(
        agenda.guideline(new_guideline).unwrap().title(),
        "Papierlos arbeiten"
    );
    let p = agenda.perspective(new_perspective).unwrap();
    assert_eq!(
        (p.text(), p.department(), p.kind()),
        ("Zu viele Medienbrüche", BAUAMT, PerspectiveKind::Challenge)
    );
    let idea = agenda.idea(new_idea).unwrap();
    assert_eq!(
        (idea.title(), idea.department()),
        ("E-Akte im Bauamt", Some(BAUAMT))
    );
    assert!(!agenda.ideas().iter().any(|i| i.title() == "Kaffeemaschine"));
}

#[test]
fn sorting_refuses_bad_targets_and_keeps_the_card() {
    let mut agenda = base();
    let card = CardId::from_u128(1);
    apply(
        &mut agenda,
        Action::AddCard {
            id: card,
            text: "x".repeat(250),
            department: None,
        },
    );
    // Too long for a Leitplanke title (200), fine as an idea (300).
    assert!(matches!(
        refused(
            &agenda,
            Action::SortCard {
                id: card,
                target: SortTarget::Guideline {
                    id: GuidelineId::from_u128(5)
                }
            }
        ),
        AgendaError::TooLong { .. }
    ));
    let short = CardId::from_u128(2);
    apply(
        &mut agenda,
        Action::AddCard {
            id: short,
            text: "kurz".into(),
            department: None,
        },
    );
    assert_eq!(
        refused(
            &agenda,
            Action::SortCard {
                id: short,
                target: SortTarget::Guideline { id: LEITPLANKE }
            }
        ),
        AgendaError::DuplicateGuideline(LEITPLANKE)
    );
    assert!(matches!(
        refused(
            &agenda,
            Action::SortCard {
                id: card,
                target: SortTarget::Perspective {
                    id: PerspectiveId::from_u128(1),
                    department: DepartmentId::from_u128(99),
                    kind: PerspectiveKind::Idea
                }
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Department,
            ..
        }
    ));
    assert!(matches!(
        refused(
            &agenda,
            Action::SortCard {
                id: CardId::from_u128(9),
                target: SortTarget::Discard
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Card,
            ..
        }
    ));
    assert!(matches!(
        refused(
            &agenda,
            Action::AddCard {
                id: CardId::from_u128(2),
                text: "a".into(),
                department: Some(DepartmentId::from_u128(99))
            }
        ),
        AgendaError::Unknown {
            kind: Kind::Department,
            ..
        }
    ));
}

#[test]
fn points_respect_cap_and_budget() {
    let mut agenda = base();
    let cyber = ItemRef::Field(CYBER);
    let prozesse = ItemRef::Field(PROZESSE);
    apply(&mut agenda, Action::SetBudget { budget: 5 });
    apply(
        &mut agenda,
        Action::SetPoints {
            department: BAUAMT,
            item: cyber,
            points: 3,
        },
    );
    assert_eq!(
        refused(
            &agenda,
            Action::SetPoints {
                department: BAUAMT,
                item: prozesse,
                points: 3
            }
        ),
        AgendaError::OverBudget { remaining: 2 }
    );
    assert_eq!(
        refused(
            &agenda,
            Action::SetPoints {
                department: BAUAMT,
                item: cyber,
                points: 4
            }
        ),
        AgendaError::OverItemCap { max: 3 }
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: BAUAMT,
            item: prozesse,
            points: 2,
        },
    );
    assert_eq!(
        agenda
            .prioritisation()
            .spent(BAUAMT, PrioritySubject::Fields),
        5
    );
    // Lowering budget or cap below what was given is refused.
    assert!(matches!(
        refused(&agenda, Action::SetBudget { budget: 4 }),
        AgendaError::AlreadyAllocated { given: 5, .. }
    ));
    assert!(matches!(
        refused(&agenda, Action::SetMaxPerItem { max: 2 }),
        AgendaError::AlreadyAllocated { given: 3, .. }
    ));
    assert!(matches!(
        refused(&agenda, Action::SetMaxPerItem { max: 6 }),
        AgendaError::SettingOutOfRange { .. }
    ));
    // Taking points back frees the budget.
    apply(
        &mut agenda,
        Action::SetPoints {
            department: BAUAMT,
            item: cyber,
            points: 0,
        },
    );
    assert_eq!(agenda.prioritisation().points(BAUAMT, cyber), 0);
    assert_eq!(
        agenda
            .prioritisation()
            .spent(BAUAMT, PrioritySubject::Fields),
        2
    );
    // Items of another subject are not being prioritised.
    assert_eq!(
        refused(
            &agenda,
            Action::SetPoints {
                department: BAUAMT,
                item: ItemRef::Guideline(LEITPLANKE),
                points: 1
            }
        ),
        AgendaError::NotPrioritised(ItemRef::Guideline(LEITPLANKE))
    );
}

#[test]
fn rankings_are_per_subject_and_unique() {
    let mut agenda = base();
    let order = vec![ItemRef::Field(PROZESSE), ItemRef::Field(CYBER)];
    apply(
        &mut agenda,
        Action::SetRanking {
            department: BAUAMT,
            order: order.clone(),
        },
    );
    assert_eq!(
        agenda
            .prioritisation()
            .ranking(BAUAMT, PrioritySubject::Fields)
            .unwrap()
            .order(),
        order.as_slice()
    );
    assert_eq!(
        refused(
            &agenda,
            Action::SetRanking {
                department: BAUAMT,
                order: vec![ItemRef::Field(CYBER), ItemRef::Field(CYBER)]
            }
        ),
        AgendaError::RankedTwice(ItemRef::Field(CYBER))
    );
    apply(
        &mut agenda,
        Action::SetPrioritySubject {
            subject: PrioritySubject::Guidelines,
        },
    );
    apply(
        &mut agenda,
        Action::SetPriorityMethod {
            method: PriorityMethod::Ranking,
        },
    );
    apply(
        &mut agenda,
        Action::SetRanking {
            department: BAUAMT,
            order: vec![ItemRef::Guideline(LEITPLANKE)],
        },
    );
    assert_eq!(
        agenda.prioritisation().rankings().len(),
        2,
        "one per subject"
    );
    apply(
        &mut agenda,
        Action::SetRanking {
            department: BAUAMT,
            order: vec![],
        },
    );
    assert_eq!(agenda.prioritisation().rankings().len(), 1);
    assert!(agenda.validate().is_ok());
}

#[test]
fn opposing_points_make_an_item_contested() {
    let mut agenda = base();
    apply(
        &mut agenda,
        Action::AddDepartment {
            id: DepartmentId::from_u128(3),
            draft: department("IT"),
        },
    );
    let cyber = ItemRef::Field(CYBER);
    let prozesse = ItemRef::Field(PROZESSE);
    // Bauamt and IT want Cybersicherheit, the Kämmerei wants Prozesse only.
    apply(
        &mut agenda,
        Action::SetPoints {
            department: BAUAMT,
            item: cyber,
            points: 3,
        },
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: DepartmentId::from_u128(3),
            item: cyber,
            points: 3,
        },
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: DepartmentId::from_u128(3),
            item: prozesse,
            points: 2,
        },
    );
    apply(
        &mut agenda,
        Action::SetPoints {
            department: KAEMMEREI,
            item: prozesse,
            points: 3,
        },
    );
    let result = agenda.priority_result();
    assert_eq!(result.departments.len(), 3);
    let first = &result.items[0];
    assert_eq!(
        (first.item, first.weighted_points, first.place),
        (cyber, Some(6), 1)
    );
    assert_eq!(
        first.agreement,
        agenda_core::analysis::ranking::Agreement::Contested
    );
    let second = &result.items[1];
    assert_eq!((second.item, second.weighted_points), (prozesse, Some(5)));
    // Bauamt gave Prozesse nothing, the others 2 and 3: contested as well.
    assert_eq!(
        second.agreement,
        agenda_core::analysis::ranking::Agreement::Contested
    );
    // Weighting the Kämmerei ×3 turns the order round.
    apply(
        &mut agenda,
        Action::SetDepartmentWeight {
            id: KAEMMEREI,
            weight: 3,
        },
    );
    let result = agenda.priority_result();
    assert_eq!(result.items[0].item, prozesse);
    assert_eq!(result.items[0].weighted_points, Some(11));
}
