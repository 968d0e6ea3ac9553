//! Every action and every error of the reducer, driven through one `check`
//! helper: start from an agenda, apply an action, compare with the expected
//! result. A refused action must leave the agenda exactly as it was.

#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test
use agenda_core::model::limits::{GUIDELINE_TITLE_MAX_CHARS, MAX_GUIDELINES, VISION_MAX_CHARS};
use agenda_core::{
    Action, Agenda, AgendaError, GuidelineDraft, GuidelineId, GuidelineStatus, TextField,
};

fn id(n: u128) -> GuidelineId {
    GuidelineId::from_u128(n)
}

fn draft(title: &str) -> GuidelineDraft {
    GuidelineDraft {
        title: title.into(),
        description: format!("Beschreibung {title}"),
        rationale: format!("Begründung {title}"),
    }
}

/// An agenda with Leitplanken titled "A", "B", … with ids 1, 2, ….
fn with_guidelines(titles: &[&str]) -> Agenda {
    let mut agenda = Agenda::new();
    for (n, title) in (1..).zip(titles) {
        agenda
            .apply(Action::AddGuideline {
                id: id(n),
                draft: draft(title),
            })
            .unwrap();
    }
    agenda
}

fn titles(agenda: &Agenda) -> Vec<&str> {
    agenda.guidelines().iter().map(|g| g.title()).collect()
}

/// Applies `action` to `start`; on success returns the new agenda, on error
/// asserts that the agenda is unchanged and returns the error.
fn check(start: &Agenda, action: Action) -> Result<Agenda, AgendaError> {
    let mut agenda = start.clone();
    match agenda.apply(action) {
        Ok(()) => Ok(agenda),
        Err(error) => {
            assert_eq!(&agenda, start, "a refused action changed the agenda");
            Err(error)
        }
    }
}

#[test]
fn set_municipality_trims_and_may_be_empty() {
    let agenda = check(
        &Agenda::new(),
        Action::SetMunicipality {
            name: "  Stadt Taucha ".into(),
        },
    )
    .unwrap();
    assert_eq!(agenda.municipality(), "Stadt Taucha");
    let cleared = check(&agenda, Action::SetMunicipality { name: "".into() }).unwrap();
    assert_eq!(cleared.municipality(), "");
}

#[test]
fn set_vision_keeps_paragraphs() {
    let agenda = check(
        &Agenda::new(),
        Action::SetVision {
            text: "Bürgernah.\r\n\r\nDigital.".into(),
        },
    )
    .unwrap();
    assert_eq!(agenda.vision().text(), "Bürgernah.\n\nDigital.");
}

#[test]
fn overlong_vision_is_refused() {
    let text = "ü".repeat(VISION_MAX_CHARS + 1);
    assert_eq!(
        check(&Agenda::new(), Action::SetVision { text }),
        Err(AgendaError::TooLong {
            field: TextField::Vision,
            max: VISION_MAX_CHARS,
            actual: VISION_MAX_CHARS + 1
        })
    );
}

#[test]
fn add_guideline_appends_a_draft() {
    let agenda = check(
        &with_guidelines(&["A"]),
        Action::AddGuideline {
            id: id(9),
            draft: draft("  Öffentliche Daten öffnen "),
        },
    )
    .unwrap();
    assert_eq!(titles(&agenda), ["A", "Öffentliche Daten öffnen"]);
    let added = agenda.guideline(id(9)).unwrap();
    assert_eq!(added.status(), GuidelineStatus::Draft);
    assert_eq!(
        added.description(),
        "Beschreibung   Öffentliche Daten öffnen"
    );
}

#[test]
fn add_guideline_refuses_empty_and_overlong_titles() {
    let start = with_guidelines(&["A"]);
    assert_eq!(
        check(
            &start,
            Action::AddGuideline {
                id: id(9),
                draft: draft("   ")
            }
        ),
        Err(AgendaError::Empty {
            field: TextField::GuidelineTitle
        })
    );
    let long = "x".repeat(GUIDELINE_TITLE_MAX_CHARS + 1);
    assert!(matches!(
        check(
            &start,
            Action::AddGuideline {
                id: id(9),
                draft: draft(&long)
            }
        ),
        Err(AgendaError::TooLong {
            field: TextField::GuidelineTitle,
            ..
        })
    ));
}

#[test]
fn add_guideline_refuses_a_taken_id() {
    assert_eq!(
        check(
            &with_guidelines(&["A"]),
            Action::AddGuideline {
                id: id(1),
                draft: draft("B")
            }
        ),
        Err(AgendaError::DuplicateGuideline(id(1)))
    );
}

#[test]
fn add_guideline_stops_at_the_limit() {
    let names: Vec<String> = (0..MAX_GUIDELINES).map(|n| n.to_string()).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let full = with_guidelines(&refs);
    assert_eq!(
        check(
            &full,
            Action::AddGuideline {
                id: id(100_000),
                draft: draft("zu viel")
            }
        ),
        Err(AgendaError::TooManyGuidelines {
            max: MAX_GUIDELINES
        })
    );
}

#[test]
fn edit_guideline_keeps_id_status_and_position() {
    let mut start = with_guidelines(&["A", "B"]);
    start
        .apply(Action::SetGuidelineStatus {
            id: id(2),
            status: GuidelineStatus::Adopted,
        })
        .unwrap();
    let agenda = check(
        &start,
        Action::EditGuideline {
            id: id(2),
            draft: draft("Neu"),
        },
    )
    .unwrap();
    assert_eq!(titles(&agenda), ["A", "Neu"]);
    let edited = agenda.guideline(id(2)).unwrap();
    assert_eq!(edited.status(), GuidelineStatus::Adopted);
    assert_eq!(edited.rationale(), "Begründung Neu");
}

#[test]
fn edit_guideline_refuses_unknown_id_and_empty_title() {
    let start = with_guidelines(&["A"]);
    assert_eq!(
        check(
            &start,
            Action::EditGuideline {
                id: id(7),
                draft: draft("B")
            }
        ),
        Err(AgendaError::UnknownGuideline(id(7)))
    );
    assert!(matches!(
        check(
            &start,
            Action::EditGuideline {
                id: id(1),
                draft: draft("")
            }
        ),
        Err(AgendaError::Empty { .. })
    ));
}

#[test]
fn set_guideline_status_adopts_and_reverts() {
    let adopted = check(
        &with_guidelines(&["A"]),
        Action::SetGuidelineStatus {
            id: id(1),
            status: GuidelineStatus::Adopted,
        },
    )
    .unwrap();
    assert_eq!(
        adopted.guideline(id(1)).unwrap().status(),
        GuidelineStatus::Adopted
    );
    let draft_again = check(
        &adopted,
        Action::SetGuidelineStatus {
            id: id(1),
            status: GuidelineStatus::Draft,
        },
    )
    .unwrap();
    assert_eq!(
        draft_again.guideline(id(1)).unwrap().status(),
        GuidelineStatus::Draft
    );
    assert_eq!(
        check(
            &adopted,
            Action::SetGuidelineStatus {
                id: id(5),
                status: GuidelineStatus::Draft
            }
        ),
        Err(AgendaError::UnknownGuideline(id(5)))
    );
}

#[test]
fn move_guideline_to_every_position() {
    let start = with_guidelines(&["A", "B", "C", "D"]);
    let cases: [(u128, usize, [&str; 4]); 5] = [
        (1, 0, ["A", "B", "C", "D"]),
        (1, 3, ["B", "C", "D", "A"]),
        (4, 0, ["D", "A", "B", "C"]),
        (2, 2, ["A", "C", "B", "D"]),
        (3, 1, ["A", "C", "B", "D"]),
    ];
    for (which, to, expected) in cases {
        let moved = check(&start, Action::MoveGuideline { id: id(which), to }).unwrap();
        assert_eq!(titles(&moved), expected, "move {which} to {to}");
    }
}

#[test]
fn move_guideline_refuses_bad_positions_and_ids() {
    let start = with_guidelines(&["A", "B"]);
    assert_eq!(
        check(&start, Action::MoveGuideline { id: id(1), to: 2 }),
        Err(AgendaError::PositionOutOfRange { index: 2, max: 1 })
    );
    assert_eq!(
        check(&start, Action::MoveGuideline { id: id(3), to: 0 }),
        Err(AgendaError::UnknownGuideline(id(3)))
    );
}

#[test]
fn remove_and_restore_give_back_the_same_agenda() {
    let start = with_guidelines(&["A", "B", "C"]);
    let removed = check(&start, Action::RemoveGuideline { id: id(2) }).unwrap();
    assert_eq!(titles(&removed), ["A", "C"]);
    let restored = check(
        &removed,
        Action::Restore {
            agenda: Box::new(start.clone()),
        },
    )
    .unwrap();
    assert_eq!(restored, start);
}

#[test]
fn remove_refuses_unknown_id() {
    assert_eq!(
        check(
            &with_guidelines(&["A"]),
            Action::RemoveGuideline { id: id(2) }
        ),
        Err(AgendaError::UnknownGuideline(id(2)))
    );
}

#[test]
fn restore_refuses_an_agenda_that_breaks_an_invariant() {
    // Deserialising bypasses the reducer, so build a broken agenda that way.
    let json = r#"{"municipality":"","vision":{"text":""},"guidelines":[
        {"id":"00000000-0000-0000-0000-000000000001","title":"A","description":"","rationale":"","status":"draft","field":null},
        {"id":"00000000-0000-0000-0000-000000000001","title":"B","description":"","rationale":"","status":"draft","field":null}],
        "fields":[],"departments":[],"perspectives":[],"workshop":[],"ideas":[],
        "prioritisation":{"subject":"fields","method":"points","budget":10,"max_per_item":3,"allocations":[],"rankings":[]},
        "projects":[],"competences":[],"assessments":[],"surveys":[],"versions":{}}"#;
    let broken: Agenda = serde_json::from_str(json).unwrap();
    assert_eq!(
        check(
            &with_guidelines(&["X"]),
            Action::Restore {
                agenda: Box::new(broken)
            }
        ),
        Err(AgendaError::DuplicateGuideline(id(1)))
    );
}

#[test]
fn user_text_is_stored_literally() {
    let payload = "<img src=x onerror=alert(1)> & \"Zitat\"";
    let agenda = check(
        &Agenda::new(),
        Action::AddGuideline {
            id: id(1),
            draft: draft(payload),
        },
    )
    .unwrap();
    assert_eq!(agenda.guideline(id(1)).unwrap().title(), payload);
}

#[test]
fn strategy_only_keeps_the_strategy_and_nothing_else() {
    let demo = agenda_core::content::demo::musterstadt().unwrap();
    let strategy = demo.strategy_only();
    assert_eq!(strategy.municipality(), demo.municipality());
    assert_eq!(strategy.vision(), demo.vision());
    assert_eq!(strategy.guidelines(), demo.guidelines());
    assert_eq!(strategy.fields(), demo.fields());
    assert!(strategy.departments().is_empty() && strategy.perspectives().is_empty());
    assert!(strategy.projects().is_empty() && strategy.ideas().is_empty());
    assert!(strategy.versions().is_empty());
    assert_eq!(strategy.validate(), Ok(()), "references stay valid");
}
