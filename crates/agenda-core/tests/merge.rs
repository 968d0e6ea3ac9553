//! Known cases of merging department contributions into the navigator's
//! agenda: what is taken over, what is listed as a conflict.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failing unwrap is a failing test

use agenda_core::{
    Action, Agenda, ConflictKind, DepartmentId, GuidelineDraft, GuidelineId, GuidelineStatus,
    MergeOutcome, PerspectiveDraft, PerspectiveId, PerspectiveKind, ProjectDraft, Replica,
    content::demo, merge,
};

const NAVIGATOR: Replica = Replica(1);
const BAUAMT: Replica = Replica(2);
const SCHULAMT: Replica = Replica(3);

fn base() -> Agenda {
    demo::musterstadt().unwrap()
}

fn edit(agenda: &Agenda, by: Replica, actions: Vec<Action>) -> Agenda {
    let mut copy = agenda.clone();
    for action in actions {
        copy.apply_by(action, by).unwrap();
    }
    copy
}

fn perspective(agenda: &Agenda, n: u128, department: usize, text: &str) -> Action {
    Action::AddPerspective {
        id: PerspectiveId::from_u128(1000 + n),
        draft: PerspectiveDraft {
            department: agenda.departments()[department].id(),
            kind: PerspectiveKind::Need,
            text: text.into(),
            field: None,
            guidelines: vec![agenda.guidelines()[0].id()],
        },
    }
}

fn rename_project(agenda: &Agenda, title: &str) -> Action {
    let project = &agenda.projects()[0];
    let mut draft: ProjectDraft = project.sheet().clone();
    draft.title = title.into();
    Action::EditProject {
        id: project.id(),
        draft,
    }
}

fn both_orders(a: &Agenda, b: &Agenda) -> MergeOutcome {
    let ab = merge(a, b).unwrap();
    let ba = merge(b, a).unwrap();
    assert!(
        ab.agenda == ba.agenda,
        "the order of import does not matter"
    );
    assert_eq!(ab.conflicts, ba.conflicts);
    ab
}

#[test]
fn contributions_of_two_departments_are_both_taken_over() {
    let base = base();
    let bau = edit(
        &base,
        BAUAMT,
        vec![perspective(&base, 1, 0, "Bauanträge digital")],
    );
    let schule = edit(
        &base,
        SCHULAMT,
        vec![perspective(&base, 2, 1, "WLAN in Schulen")],
    );
    let once = merge(&merge(&base, &bau).unwrap().agenda, &schule).unwrap();
    let other_way = merge(&merge(&base, &schule).unwrap().agenda, &bau).unwrap();
    assert!(once.agenda == other_way.agenda);
    assert!(once.conflicts.is_empty());
    let texts: Vec<&str> = once
        .agenda
        .perspectives()
        .iter()
        .map(|p| p.text())
        .collect();
    assert!(texts.contains(&"Bauanträge digital") && texts.contains(&"WLAN in Schulen"));
    assert_eq!(
        merge(&base, &bau).unwrap().changed,
        1,
        "one new perspective"
    );
    assert_eq!(
        once.agenda.perspectives().len(),
        base.perspectives().len() + 2
    );
    // Importing the same file again changes nothing.
    let again = merge(&once.agenda, &bau).unwrap();
    assert!(again.agenda == once.agenda);
    assert_eq!(again.changed, 0);
    assert!(again.conflicts.is_empty());
}

#[test]
fn the_same_field_changed_in_two_copies_is_a_listed_conflict() {
    let base = base();
    let original = base.projects()[0].title().to_owned();
    let navigator = edit(
        &base,
        NAVIGATOR,
        vec![rename_project(&base, "Titel der Navigatorin")],
    );
    let bau = edit(
        &base,
        BAUAMT,
        vec![rename_project(&base, "Titel des Bauamts")],
    );
    let outcome = both_orders(&navigator, &bau);
    // Same counter, so the replica id decides: Bauamt (2) is "newer".
    assert_eq!(outcome.agenda.projects()[0].title(), "Titel des Bauamts");
    assert_eq!(outcome.conflicts.len(), 1, "{:?}", outcome.conflicts);
    let conflict = &outcome.conflicts[0];
    assert_eq!(conflict.kind, ConflictKind::Concurrent);
    assert_eq!(conflict.collection, "projects");
    assert_eq!(conflict.field, "sheet.title");
    assert_eq!(conflict.kept, "Titel des Bauamts");
    assert_eq!(conflict.other, "Titel der Navigatorin");
    assert_ne!(conflict.item, original);
    // Once merged, the conflict is known: merging again lists nothing.
    assert!(
        merge(&outcome.agenda, &navigator)
            .unwrap()
            .conflicts
            .is_empty()
    );
    // An edit made after seeing the other value is no conflict.
    let later = edit(
        &outcome.agenda,
        NAVIGATOR,
        vec![rename_project(&outcome.agenda, "Einigung")],
    );
    let settled = both_orders(&later, &bau);
    assert_eq!(settled.agenda.projects()[0].title(), "Einigung");
    assert!(settled.conflicts.is_empty());
}

#[test]
fn a_deleted_project_stays_deleted_and_the_lost_edit_is_listed() {
    let base = base();
    let project = base.projects()[0].id();
    let navigator = edit(
        &base,
        NAVIGATOR,
        vec![Action::RemoveProject { id: project }],
    );
    let bau = edit(&base, BAUAMT, vec![rename_project(&base, "Noch gebraucht")]);
    let outcome = both_orders(&navigator, &bau);
    assert!(outcome.agenda.project(project).is_none());
    assert_eq!(outcome.conflicts.len(), 1, "{:?}", outcome.conflicts);
    assert_eq!(outcome.conflicts[0].kind, ConflictKind::DeletedWhileEdited);
    assert_eq!(outcome.conflicts[0].item, "Noch gebraucht");
    // An old copy without the edit brings nothing back and reports nothing.
    let again = merge(&outcome.agenda, &base).unwrap();
    assert!(again.agenda.project(project).is_none());
    assert!(again.conflicts.is_empty());
    assert!(merge(&outcome.agenda, &bau).unwrap().conflicts.is_empty());
}

#[test]
fn a_perspective_of_a_deleted_department_is_dropped_and_listed() {
    let mut base = Agenda::new();
    let department = DepartmentId::from_u128(7);
    base.apply(Action::AddDepartment {
        id: department,
        draft: agenda_core::DepartmentDraft {
            name: "Ordnungsamt".into(),
            ..Default::default()
        },
    })
    .unwrap();
    let navigator = edit(
        &base,
        NAVIGATOR,
        vec![Action::RemoveDepartment { id: department }],
    );
    let amt = edit(
        &base,
        BAUAMT,
        vec![Action::AddPerspective {
            id: PerspectiveId::from_u128(1),
            draft: PerspectiveDraft {
                department,
                kind: PerspectiveKind::Risk,
                text: "Personal fehlt".into(),
                field: None,
                guidelines: vec![],
            },
        }],
    );
    let outcome = both_orders(&navigator, &amt);
    assert!(outcome.agenda.departments().is_empty());
    assert!(outcome.agenda.perspectives().is_empty());
    assert_eq!(outcome.conflicts.len(), 1, "{:?}", outcome.conflicts);
    assert_eq!(outcome.conflicts[0].kind, ConflictKind::Dropped);
    assert_eq!(outcome.conflicts[0].item, "Personal fehlt");
    // Merging the same contribution again neither revives nor re-reports it.
    let again = merge(&outcome.agenda, &amt).unwrap();
    assert!(again.agenda == outcome.agenda);
    assert!(again.conflicts.is_empty(), "{:?}", again.conflicts);
}

#[test]
fn points_beyond_a_lowered_budget_raise_the_budget_instead_of_being_cut() {
    let mut base = base();
    let budget = base.prioritisation().budget();
    base.apply(Action::SetBudget { budget: budget + 2 })
        .unwrap();
    let p = base.prioritisation();
    let (department, item) = base
        .departments()
        .iter()
        .flat_map(|d| base.priority_items().into_iter().map(move |i| (d.id(), i)))
        .find(|(d, i)| p.points(*d, *i) < p.max_per_item() && p.spent(*d, i.subject()) < p.budget())
        .unwrap();
    // The navigator lowers the budget to what the department has spent …
    let navigator = edit(&base, NAVIGATOR, vec![Action::SetBudget { budget }]);
    // … while the department, not knowing, gives one more point.
    let amt = edit(
        &base,
        BAUAMT,
        vec![Action::SetPoints {
            department,
            item,
            points: p.points(department, item) + 1,
        }],
    );
    assert!(
        amt.prioritisation().spent(department, item.subject()) > budget,
        "the case needs points beyond the lowered budget"
    );
    let outcome = both_orders(&navigator, &amt);
    let p = outcome.agenda.prioritisation();
    assert_eq!(
        p.points(department, item),
        amt.prioritisation().points(department, item)
    );
    assert!(p.budget() >= p.spent(department, item.subject()));
}

#[test]
fn a_beitrag_file_is_read_merged_and_names_its_department() {
    let base = base();
    let bauamt = base.departments()[0].id();
    let copy = edit(
        &base,
        BAUAMT,
        vec![perspective(&base, 7, 0, "Bauanträge digital")],
    );
    let file = agenda_core::formats::stored::to_contribution_json(&copy, bauamt).unwrap();
    let merged = agenda_core::merge_file(&base, &file).unwrap();
    assert_eq!(merged.contribution, Some(bauamt));
    assert_eq!(merged.source_name(), Some(base.departments()[0].name()));
    assert_eq!(merged.outcome.changed, 1);
    assert!(
        merged
            .outcome
            .agenda
            .perspective(PerspectiveId::from_u128(1007))
            .is_some()
    );

    let broken = &file[..file.len() / 2];
    assert!(matches!(
        agenda_core::merge_file(&base, broken),
        Err(agenda_core::FileMergeError::Load(_))
    ));
}

fn title(t: &str) -> GuidelineDraft {
    GuidelineDraft {
        title: t.into(),
        ..Default::default()
    }
}

/// An agenda with one Leitplanke, and its id.
fn one_guideline(n: u128) -> (GuidelineId, Agenda) {
    let g = GuidelineId::from_u128(n);
    let add = Action::AddGuideline {
        id: g,
        draft: title("L"),
    };
    (g, edit(&Agenda::new(), Replica::ANONYMOUS, vec![add]))
}

/// `(a+b)+c`, checked to equal `a+(b+c)`.
fn associative(a: &Agenda, b: &Agenda, c: &Agenda) -> Agenda {
    let ab_c = merge(&merge(a, b).unwrap().agenda, c).unwrap().agenda;
    let a_bc = merge(a, &merge(b, c).unwrap().agenda).unwrap().agenda;
    assert_eq!(ab_c, a_bc);
    ab_c
}

/// Found by the merge proptest with 1,500 cases (present since the first
/// merge): one copy edits a Leitplanke, a second deletes it, a third deletes
/// and re-creates it under the same id (as an undo of the deletion does).
/// `(a+b)+c` and `a+(b+c)` gave the same content but different version
/// bases, which changes later conflict reports.
#[test]
fn delete_and_recreate_under_the_same_id_is_associative() {
    let (g, start) = one_guideline(1);
    let a = edit(
        &start,
        Replica(1),
        vec![Action::EditGuideline {
            id: g,
            draft: title("A"),
        }],
    );
    let b = edit(
        &start,
        Replica(2),
        vec![
            Action::SetGuidelineStatus {
                id: g,
                status: GuidelineStatus::Adopted,
            },
            Action::RemoveGuideline { id: g },
        ],
    );
    let c = edit(
        &start,
        Replica(3),
        vec![
            Action::RemoveGuideline { id: g },
            Action::AddGuideline {
                id: g,
                draft: title("C"),
            },
        ],
    );
    associative(&a, &b, &c);
}

/// The second case the proptest found while the first was being fixed: a
/// copy that deleted and re-created a Leitplanke, two copies that only
/// deleted it. Merging two deletions must not count one deletion's stamp as
/// a field the other had seen.
#[test]
fn two_deletions_and_a_recreation_are_associative() {
    let (g, start) = one_guideline(2);
    let a = edit(
        &start,
        Replica(1),
        vec![
            Action::RemoveGuideline { id: g },
            Action::AddGuideline {
                id: g,
                draft: title("ö"),
            },
        ],
    );
    let b = edit(&start, Replica(2), vec![Action::RemoveGuideline { id: g }]);
    let c = edit(&start, Replica(3), vec![Action::RemoveGuideline { id: g }]);
    let ab_c = associative(&a, &b, &c);
    assert_eq!(
        ab_c.guidelines()[0].title(),
        "ö",
        "the re-created item stays"
    );
}
