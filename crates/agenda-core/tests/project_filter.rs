//! Finding projects: known answers on the demo agenda, and properties of
//! every filter on agendas built by random actions.

#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test

mod common;

use std::collections::HashSet;

use agenda_core::analysis::project_filter::{ProjectFilter, ProjectSort, SearchIndex};
use agenda_core::{
    Agenda, Date, DepartmentId, FieldId, GuidelineId, PriorityBand, ProjectStatus, content::demo,
    content::sample,
};
use common::{any_project_action, cases, seed};
use proptest::prelude::*;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn titles(agenda: &Agenda, filter: &ProjectFilter, today: &str) -> Vec<String> {
    filter
        .apply(agenda, date(today))
        .into_iter()
        .map(|p| p.title().to_owned())
        .collect()
}

fn department(agenda: &Agenda, name: &str) -> DepartmentId {
    agenda
        .departments()
        .iter()
        .find(|d| d.name() == name)
        .unwrap()
        .id()
}

#[test]
fn which_projects_of_the_bauamt_are_overdue() {
    let agenda = demo::musterstadt().unwrap();
    let bauamt = ProjectFilter {
        lead: Some(department(&agenda, "Bauamt")),
        ..ProjectFilter::default()
    };
    assert_eq!(
        titles(&agenda, &bauamt, "2026-11-27"),
        ["E-Akte im Bauamt einführen"]
    );
    let overdue = ProjectFilter {
        overdue: true,
        ..bauamt
    };
    // The pilot milestone was due on 31.10.2026.
    assert_eq!(
        titles(&agenda, &overdue, "2026-10-31"),
        Vec::<String>::new()
    );
    assert_eq!(
        titles(&agenda, &overdue, "2026-11-01"),
        ["E-Akte im Bauamt einführen"]
    );
}

#[test]
fn what_serves_a_leitplanke_and_what_serves_none() {
    let agenda = demo::musterstadt().unwrap();
    for g in agenda.guidelines() {
        let serving = ProjectFilter {
            guideline: Some(g.id()),
            ..ProjectFilter::default()
        };
        let expected: Vec<String> = agenda
            .projects()
            .iter()
            .filter(|p| p.sheet().guidelines.contains(&g.id()))
            .map(|p| p.title().to_owned())
            .collect();
        assert_eq!(titles(&agenda, &serving, "2026-11-27"), expected);
    }
    let none = ProjectFilter {
        without_guideline: true,
        ..ProjectFilter::default()
    };
    assert!(titles(&agenda, &none, "2026-11-27").is_empty());
}

#[test]
fn text_search_reads_german_as_typed() {
    let agenda = demo::musterstadt().unwrap();
    let find = |text: &str| {
        let filter = ProjectFilter {
            text: text.into(),
            ..ProjectFilter::default()
        };
        titles(&agenda, &filter, "2026-11-27")
    };
    assert_eq!(find("e-akte"), ["E-Akte im Bauamt einführen"]);
    // "ü" typed as "ue", in the description, and all words must occur.
    assert_eq!(find("einfuehren"), ["E-Akte im Bauamt einführen"]);
    assert_eq!(
        find("BAUAKTEN elektronisch"),
        ["E-Akte im Bauamt einführen"]
    );
    assert!(find("Bauakten Notfallübung").is_empty());
    // The responsible person.
    assert_eq!(find("ziegler"), ["E-Akte im Bauamt einführen"]);
}

#[test]
fn stale_projects_and_sorting() {
    let agenda = sample::demo_with(40).unwrap();
    let today = date("2027-06-30");
    let all = ProjectFilter::default().apply(&agenda, today);
    assert_eq!(all.len(), agenda.projects().len());
    let stale = ProjectFilter {
        stale_days: Some(90),
        ..ProjectFilter::default()
    }
    .apply(&agenda, today);
    for p in &stale {
        assert!(p.status().is_open());
        let last = p.updates().iter().map(|u| u.date()).max();
        assert!(
            last.is_none_or(|d| d.days_until(today) > 90),
            "{}",
            p.title()
        );
    }
    let by_title = ProjectFilter {
        sort: ProjectSort::Title,
        ..ProjectFilter::default()
    }
    .apply(&agenda, today);
    let folded: Vec<String> = by_title
        .iter()
        .map(|p| agenda_core::analysis::project_filter::fold(p.title()))
        .collect();
    assert!(folded.windows(2).all(|w| w[0] <= w[1]));
    let by_progress = ProjectFilter {
        sort: ProjectSort::Progress,
        ..ProjectFilter::default()
    }
    .apply(&agenda, today);
    assert!(
        by_progress
            .windows(2)
            .all(|w| w[0].progress().percent >= w[1].progress().percent)
    );
}

fn any_filter() -> impl Strategy<Value = ProjectFilter> {
    (
        prop::sample::select(vec!["", "a", "Projekt", "strasse", "ü"]),
        prop::option::of(prop::sample::select(ProjectStatus::ALL.to_vec())),
        prop::option::of((0_u128..3).prop_map(DepartmentId::from_u128)),
        prop::option::of((0_u128..3).prop_map(DepartmentId::from_u128)),
        prop::option::of((0_u128..3).prop_map(GuidelineId::from_u128)),
        prop::option::of((0_u128..3).prop_map(FieldId::from_u128)),
        prop::option::of(prop::sample::select(vec![
            PriorityBand::High,
            PriorityBand::Medium,
            PriorityBand::Low,
        ])),
        any::<bool>(),
        prop::option::of(0_u32..400),
        any::<bool>(),
        prop::sample::select(ProjectSort::ALL.to_vec()),
    )
        .prop_map(
            |(
                text,
                status,
                lead,
                participant,
                guideline,
                field,
                band,
                overdue,
                stale_days,
                without_guideline,
                sort,
            )| {
                ProjectFilter {
                    text: text.into(),
                    status,
                    lead,
                    participant,
                    guideline,
                    field,
                    band,
                    overdue,
                    stale_days,
                    without_guideline,
                    sort,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    /// Whatever the agenda and the filter: the result holds projects of the
    /// agenda, each once; without criteria it is every project in the
    /// agenda's order; dropping a criterion never finds fewer.
    #[test]
    fn a_filter_finds_a_subset_and_each_criterion_only_narrows(
        actions in prop::collection::vec(any_project_action(), 1..40),
        filter in any_filter(),
    ) {
        let mut agenda = seed()?;
        for action in actions {
            let _ = agenda.apply(action);
        }
        let today = date("2026-11-27");
        let found = filter.apply(&agenda, today);
        let ids: Vec<_> = found.iter().map(|p| p.id()).collect();
        let unique: HashSet<_> = ids.iter().collect();
        prop_assert_eq!(unique.len(), ids.len());
        prop_assert!(ids.iter().all(|id| agenda.project(*id).is_some()));

        let everything = ProjectFilter { sort: ProjectSort::Listed, ..ProjectFilter::default() };
        let all: Vec<_> = everything.apply(&agenda, today).iter().map(|p| p.id()).collect();
        let listed: Vec<_> = agenda.projects().iter().map(|p| p.id()).collect();
        prop_assert_eq!(&all, &listed);
        prop_assert_eq!(filter.narrows(), filter != ProjectFilter { sort: filter.sort, ..ProjectFilter::default() });

        // Each criterion dropped in turn: at least as many found.
        let looser = [
            ProjectFilter { text: String::new(), ..filter.clone() },
            ProjectFilter { status: None, ..filter.clone() },
            ProjectFilter { lead: None, ..filter.clone() },
            ProjectFilter { participant: None, ..filter.clone() },
            ProjectFilter { guideline: None, ..filter.clone() },
            ProjectFilter { field: None, ..filter.clone() },
            ProjectFilter { band: None, ..filter.clone() },
            ProjectFilter { overdue: false, ..filter.clone() },
            ProjectFilter { stale_days: None, ..filter.clone() },
            ProjectFilter { without_guideline: false, ..filter.clone() },
        ];
        let found: HashSet<_> = ids.into_iter().collect();
        for wider in looser {
            let more: HashSet<_> = wider.apply(&agenda, today).iter().map(|p| p.id()).collect();
            prop_assert!(found.is_subset(&more), "{:?}", wider);
        }
        // The prepared index gives the same result.
        let index = SearchIndex::new(&agenda);
        let indexed: Vec<_> = filter
            .apply_indexed(&agenda, today, Some(&index))
            .iter()
            .map(|p| p.id())
            .collect();
        let plain: Vec<_> = filter.apply(&agenda, today).iter().map(|p| p.id()).collect();
        prop_assert_eq!(&indexed, &plain);
        // Sorting changes the order only.
        let unsorted: HashSet<_> = ProjectFilter { sort: ProjectSort::Listed, ..filter.clone() }
            .apply(&agenda, today).iter().map(|p| p.id()).collect();
        prop_assert_eq!(found, unsorted);
    }
}
