//! The rights matrix: every action by every role is allowed exactly when
//! the matrix says (an oracle per action, written from the table in
//! docs/sync.md), and the documents that keep it are the code's: the table
//! in docs/sync.md and CouchDB's validation function in docs/deploy.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // a failing unwrap is a failing test

mod common;

use agenda_core::rights::{Actor, Part, RULES, Writer, check_change, couch};
use agenda_core::{Action, Agenda, DepartmentId, GuidelineStatus, ItemRef, SortTarget};
use common::{any_action, rich_seed, seed};
use proptest::prelude::*;

/// What the matrix allows `actor` when `action` is applied to `before`
/// (and succeeds), stated per action from the table.
fn oracle(actor: Actor, action: &Action, before: &Agenda) -> bool {
    use Action::*;
    let lead = actor == Actor::Leadership;
    let nav = actor == Actor::Navigator;
    let is = |d: DepartmentId| actor == Actor::Department(d);
    let adopted = |id| {
        before
            .guideline(id)
            .is_some_and(|g| g.status() == GuidelineStatus::Adopted)
    };
    let project_lead = |id| before.project(id).map(|p| p.lead());
    // Ballots of other Fachbereiche that name an item: a Fachbereich may
    // not take them out (only who may change the item's kind without an
    // owner may).
    let others_ballots_name = |item: ItemRef, own: Option<DepartmentId>| {
        let p = before.prioritisation();
        p.allocations()
            .iter()
            .any(|a| a.item() == item && Some(a.department()) != own)
            || p.rankings()
                .iter()
                .any(|r| r.order().contains(&item) && Some(r.department()) != own)
    };
    match action {
        SetMunicipality { .. } | SetVision { .. } => lead,
        SetFinance { .. } => lead || nav,
        AddGuideline { .. } | MoveGuideline { .. } => lead || nav,
        EditGuideline { id, .. } | SetGuidelineField { id, .. } | RemoveGuideline { id } => {
            lead || (nav && !adopted(*id))
        }
        SetGuidelineStatus { .. } => lead,
        AddField { .. } | RenameField { .. } | RemoveField { .. } => lead,
        AddDepartment { .. } | EditDepartment { .. } => lead || nav,
        SetDepartmentWeight { .. } => lead,
        RemoveDepartment { id } => {
            // Its ballots go too: the Verwaltungsspitze may take out only
            // points on what it may change itself (not project ideas).
            let p = before.prioritisation();
            let idea_ballots = p
                .allocations()
                .iter()
                .any(|a| a.department() == *id && matches!(a.item(), ItemRef::Idea(_)))
                || p.rankings().iter().any(|r| {
                    r.department() == *id && r.order().iter().any(|i| matches!(i, ItemRef::Idea(_)))
                });
            nav || (lead && !idea_ballots)
        }
        AddPerspective { draft, .. } => nav || is(draft.department),
        EditPerspective { id, draft } => {
            let old = before.perspective(*id).map(|p| p.department());
            nav || (old.is_some_and(is) && is(draft.department))
        }
        RemovePerspective { id } => {
            let owner = before.perspective(*id).map(|p| p.department());
            // Projects of other leads that address it keep it.
            let named_elsewhere = before
                .projects()
                .iter()
                .any(|p| Some(p.lead()) != owner && p.sheet().perspectives.contains(id));
            nav || (owner.is_some_and(is) && !named_elsewhere)
        }
        AddCard { department, .. } => nav || department.is_some_and(is),
        SortCard { id, target } => {
            let owner = before.card(*id).and_then(|c| c.department());
            nav || match target {
                SortTarget::Guideline { .. } => false,
                SortTarget::Perspective { department, .. } => {
                    owner.is_some_and(is) && is(*department)
                }
                SortTarget::ProjectIdea { .. } | SortTarget::Discard => owner.is_some_and(is),
            }
        }
        RemoveIdea { id } => {
            let owner = before.idea(*id).and_then(|i| i.department());
            nav || (owner.is_some_and(is) && !others_ballots_name(ItemRef::Idea(*id), owner))
        }
        ProjectFromIdea {
            idea, lead: given, ..
        } => {
            let owner = before.idea(*idea).and_then(|i| i.department());
            let project_lead = owner.unwrap_or(*given);
            nav || (owner.is_some_and(is)
                && is(project_lead)
                && !others_ballots_name(ItemRef::Idea(*idea), owner))
        }
        ProjectFromPerspective { perspective, .. } => {
            nav || before
                .perspective(*perspective)
                .is_some_and(|p| is(p.department()))
        }
        GuidelineToProject { guideline, .. } => nav && !adopted(*guideline),
        SetPrioritySubject { .. }
        | SetPriorityMethod { .. }
        | SetBudget { .. }
        | SetMaxPerItem { .. } => lead,
        SetPoints { department, .. } | SetRanking { department, .. } => nav || is(*department),
        AddProject { draft, .. } => nav || is(draft.lead),
        EditProject { id, draft } => nav || (project_lead(*id).is_some_and(is) && is(draft.lead)),
        RemoveProject { id } | SetProjectStatus { id, .. } | SetProgressOverride { id, .. } => {
            nav || project_lead(*id).is_some_and(is)
        }
        AddMilestone { project, .. }
        | SetMilestoneDone { project, .. }
        | RemoveMilestone { project, .. }
        | AddIndicator { project, .. }
        | MeasureIndicator { project, .. }
        | RemoveIndicator { project, .. } => nav || project_lead(*project).is_some_and(is),
        AddCompetence { .. } | EditCompetence { .. } | RemoveCompetence { .. } => nav,
        AddAssessment { .. } | EditAssessment { .. } | RemoveAssessment { .. } => nav,
        AddSurvey { draft, .. } => nav || is(draft.department),
        EditSurvey { id, draft } => {
            let old = before.survey(*id).map(|s| s.department());
            nav || (old.is_some_and(is) && is(draft.department))
        }
        RemoveSurvey { id } => nav || before.survey(*id).is_some_and(|s| is(s.department())),
        // Whole agendas (undo, a file): judged document by document.
        Restore { .. } | Revert { .. } => true,
    }
}

fn actors(agenda: &Agenda) -> Vec<Actor> {
    let mut out = vec![Actor::Leadership, Actor::Navigator];
    out.extend(
        agenda
            .departments()
            .iter()
            .map(|d| Actor::Department(d.id())),
    );
    out.push(Actor::Department(DepartmentId::from_u128(99)));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(512)))]

    #[test]
    fn every_action_by_every_role_is_allowed_exactly_when_the_matrix_says(
        rich in any::<bool>(),
        setup in prop::collection::vec(any_action(), 0..30),
        action in any_action(),
    ) {
        let mut before = if rich { rich_seed()? } else { seed()? };
        for step in setup {
            let _ = before.apply(step);
        }
        let mut after = before.clone();
        if after.apply(action.clone()).is_err() || after == before {
            // Refused or changing nothing: nothing is written.
            return Ok(());
        }
        for actor in actors(&before) {
            let checked = check_change(&[actor], &before, &after);
            prop_assert_eq!(
                checked.is_ok(),
                oracle(actor, &action, &before),
                "{:?} by {:?}: {:?}",
                action,
                actor,
                checked
            );
        }
    }
}

#[test]
fn a_person_with_two_roles_may_what_either_may() {
    let mut before = agenda_core::content::demo::musterstadt().unwrap();
    before.apply(Action::SetBudget { budget: 30 }).unwrap();
    let department = before.departments()[0].id();
    let mut after = before.clone();
    after
        .apply(Action::SetPoints {
            department,
            item: ItemRef::Field(before.fields()[0].id()),
            points: 1,
        })
        .unwrap();
    after
        .apply(Action::SetVision { text: "Neu".into() })
        .unwrap();
    let own = Actor::Department(department);
    assert!(check_change(&[own], &before, &after).is_err());
    assert!(check_change(&[Actor::Leadership], &before, &after).is_err());
    assert!(check_change(&[own, Actor::Leadership], &before, &after).is_ok());
}

/// The repository's file, or written anew with `UPDATE_EXPECT=1`.
fn check_file(path: &str, expected: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is not what the code generates; run UPDATE_EXPECT=1 cargo test -p agenda-core --test rights",
        path.display()
    );
}

#[test]
fn the_validation_function_in_the_docs_is_generated_from_the_matrix() {
    check_file(
        "docs/deploy/couchdb/validate_doc_update.js",
        &couch::validation_function(),
    );
}

/// The table in docs/sync.md between the markers, as the code has it.
fn matrix_table() -> String {
    let writer = |w: &Writer| match w {
        Writer::Leadership => "Verwaltungsspitze",
        Writer::Navigator => "Digital-Navigator",
        Writer::OwnDepartment => "der eigene Fachbereich",
        Writer::AnyDepartment => "jeder Fachbereich",
    };
    let mut out = String::from("| Teil | im Code | wer ändern darf |\n|---|---|---|\n");
    for (part, writers) in RULES {
        let names: Vec<&str> = writers.iter().map(writer).collect();
        let names = if names.is_empty() {
            "nur die Administration des Servers".to_owned()
        } else {
            names.join(", ")
        };
        let german = agenda_core::vocabulary::part(*part);
        out.push_str(&format!("| {german} | `{}` | {names} |\n", part.name()));
    }
    out
}

#[test]
fn the_table_in_the_docs_is_the_matrix() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/sync.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        "<!-- rights matrix: start -->\n",
        "<!-- rights matrix: end -->",
    );
    let from = text.find(start).expect("start marker") + start.len();
    let to = text.find(end).expect("end marker");
    let table = matrix_table();
    if std::env::var_os("UPDATE_EXPECT").is_some() && text[from..to] != table {
        let updated = format!("{}{table}{}", &text[..from], &text[to..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        text[from..to],
        table,
        "docs/sync.md's rights matrix differs; run UPDATE_EXPECT=1 cargo test -p agenda-core --test rights"
    );
    assert!(RULES.iter().any(|(p, _)| *p == Part::Unknown));
}
