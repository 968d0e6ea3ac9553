//! Finding projects: known answers on the demo agenda, and properties of
//! every filter on agendas built by random actions.

#![allow(clippy::unwrap_used)] // test helpers: a failing unwrap is a failing test

mod common;

use std::collections::HashSet;

use agenda_core::analysis::project_filter::{ProjectFilter, ProjectSort, SearchIndex, last_update};
use agenda_core::{
    Action, Agenda, Date, DepartmentId, FieldId, GuidelineId, PriorityBand, ProjectDraft,
    ProjectId, ProjectStatus, content::demo, content::sample,
};
use common::{any_date, any_name, any_project_action, cases, seed, small};
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

/// Project actions of the shared pools, and Steckbriefe filled in with
/// what the filter looks at (Handlungsfeld, band, end, description,
/// responsible person), with references that exist, so agendas have
/// projects that differ in every criterion.
fn project_action() -> impl Strategy<Value = Action> {
    let department = || (0_u128..3).prop_map(DepartmentId::from_u128);
    let sheet = (
        (
            small(ProjectId::from_u128),
            any::<bool>(),
            any_name(),
            department(),
            prop::collection::vec(department(), 0..3),
            prop::collection::vec((0_u128..3).prop_map(GuidelineId::from_u128), 0..3),
        ),
        (
            prop::option::of((0_u128..3).prop_map(FieldId::from_u128)),
            prop::sample::select(vec![
                PriorityBand::High,
                PriorityBand::Medium,
                PriorityBand::Low,
            ]),
            prop::option::of(any_date()),
            prop::sample::select(vec!["", "Frau Müller", "Herr Weiß", "Ömer Yılmaz"]),
            prop::sample::select(vec![
                "",
                "Straßenbeleuchtung erneuern",
                "Bürgerbüro digital, Öffnungszeiten länger",
            ]),
        ),
    )
        .prop_map(
            |(
                (id, edit, title, lead, participants, guidelines),
                (field, band, end, responsible, description),
            )| {
                let mut draft = ProjectDraft::new(title, lead);
                for d in participants {
                    if d != lead && !draft.participants.contains(&d) {
                        draft.participants.push(d);
                    }
                }
                for g in guidelines {
                    if !draft.guidelines.contains(&g) {
                        draft.guidelines.push(g);
                    }
                }
                draft.field = field;
                draft.band = band;
                draft.end = end;
                draft.responsible = responsible.into();
                draft.description = description.into();
                if edit {
                    Action::EditProject { id, draft }
                } else {
                    Action::AddProject { id, draft }
                }
            },
        );
    prop_oneof![2 => any_project_action(), 1 => sheet]
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

/// How a generated filter sets one criterion.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pick {
    /// Not at all.
    Off,
    /// To the value of one project of the agenda (the anchor), so that
    /// project still matches.
    Anchor,
    /// To a value of the pools (`any_filter`), which may match nothing.
    Random,
}

/// A filter to be made from the agenda the actions built: each criterion
/// off, taken from one of its projects, or random. Most plans take no
/// random value, so the filter finds at least that project.
#[derive(Clone, Debug)]
struct FilterPlan {
    /// The project whose values the criteria take.
    anchor: prop::sample::Index,
    /// One per criterion, in the order of the fields of [`ProjectFilter`].
    picks: [Pick; 10],
    /// The values of the criteria picked [`Pick::Random`], and the sort.
    random: ProjectFilter,
    /// Which word of the anchor's title the search starts at, which of its
    /// Fachbereiche and Leitplanken is taken, how many days back.
    word: prop::sample::Index,
    department: prop::sample::Index,
    guideline: prop::sample::Index,
    days: prop::sample::Index,
    /// Two words of the title instead of one.
    two_words: bool,
    /// The words typed in capitals with "ae", "oe", "ue" and "ss".
    spelled: bool,
}

fn any_plan() -> impl Strategy<Value = FilterPlan> {
    let pick = prop_oneof![5 => Just(Pick::Off), 4 => Just(Pick::Anchor), 1 => Just(Pick::Random)];
    (
        prop::bool::weighted(0.3),
        prop::array::uniform10(pick),
        any_filter(),
        any::<[prop::sample::Index; 5]>(),
        any::<[bool; 2]>(),
    )
        .prop_map(
            |(
                mixed,
                picks,
                random,
                [anchor, word, department, guideline, days],
                [two_words, spelled],
            )| {
                FilterPlan {
                    anchor,
                    picks: picks.map(|p| match p {
                        Pick::Random if !mixed => Pick::Anchor,
                        p => p,
                    }),
                    random,
                    word,
                    department,
                    guideline,
                    days,
                    two_words,
                    spelled,
                }
            },
        )
}

/// A word as someone might type it: capitals, umlauts as "ae", "oe", "ue",
/// ß as "ss" (the text search folds them alike).
fn typed(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ä' | 'Ä' => "AE".to_owned(),
            'ö' | 'Ö' => "OE".to_owned(),
            'ü' | 'Ü' => "UE".to_owned(),
            'ß' => "SS".to_owned(),
            c => c.to_ascii_uppercase().to_string(),
        })
        .collect()
}

/// The filter `plan` describes on `agenda`, and the anchor project when
/// every criterion is off or taken from it (the filter must find it then).
fn filter_for(
    plan: &FilterPlan,
    agenda: &Agenda,
    today: Date,
) -> (ProjectFilter, Option<ProjectId>) {
    let anchor = (!agenda.projects().is_empty()).then(|| plan.anchor.get(agenda.projects()));
    let pick = |n: usize| match (plan.picks.get(n), anchor) {
        (Some(Pick::Anchor), Some(p)) => Some(Some(p)),
        (Some(Pick::Random), _) => Some(None),
        _ => None,
    };
    // Each criterion: `None` off, `Some(Some(p))` from the anchor,
    // `Some(None)` random.
    let mut filter = ProjectFilter {
        sort: plan.random.sort,
        ..ProjectFilter::default()
    };
    match pick(0) {
        Some(Some(p)) => {
            let words: Vec<&str> = p.title().split_whitespace().collect();
            if !words.is_empty() {
                let at = plan.word.index(words.len());
                let end = (at + 1 + usize::from(plan.two_words)).min(words.len());
                let text = words.get(at..end).unwrap_or_default().join(" ");
                filter.text = if plan.spelled { typed(&text) } else { text };
            }
        }
        Some(None) => filter.text = plan.random.text.clone(),
        None => {}
    }
    match pick(1) {
        Some(Some(p)) => filter.status = Some(p.status()),
        Some(None) => filter.status = plan.random.status,
        None => {}
    }
    match pick(2) {
        Some(Some(p)) => filter.lead = Some(p.sheet().lead),
        Some(None) => filter.lead = plan.random.lead,
        None => {}
    }
    match pick(3) {
        Some(Some(p)) => {
            let sheet = p.sheet();
            let taking: Vec<_> = std::iter::once(sheet.lead)
                .chain(sheet.participants.iter().copied())
                .collect();
            filter.participant = Some(*plan.department.get(&taking));
        }
        Some(None) => filter.participant = plan.random.participant,
        None => {}
    }
    match pick(4) {
        Some(Some(p)) => {
            let serves = &p.sheet().guidelines;
            filter.guideline = (!serves.is_empty()).then(|| *plan.guideline.get(serves));
        }
        Some(None) => filter.guideline = plan.random.guideline,
        None => {}
    }
    match pick(5) {
        Some(Some(p)) => filter.field = p.sheet().field,
        Some(None) => filter.field = plan.random.field,
        None => {}
    }
    match pick(6) {
        Some(Some(p)) => filter.band = Some(p.sheet().band),
        Some(None) => filter.band = plan.random.band,
        None => {}
    }
    match pick(7) {
        Some(Some(p)) => {
            filter.overdue = p.status().is_open()
                && (p.milestones().iter().any(|m| !m.done() && m.due() < today)
                    || p.sheet().end.is_some_and(|end| end < today));
        }
        Some(None) => filter.overdue = plan.random.overdue,
        None => {}
    }
    match pick(8) {
        Some(Some(p)) if p.status().is_open() => {
            filter.stale_days = match last_update(p) {
                None => Some(u32::try_from(plan.days.index(400)).unwrap()),
                Some(last) => {
                    let ago = usize::try_from(last.days_until(today)).unwrap_or(0);
                    (ago > 0).then(|| u32::try_from(plan.days.index(ago)).unwrap())
                }
            };
        }
        Some(Some(_)) | None => {}
        Some(None) => filter.stale_days = plan.random.stale_days,
    }
    match pick(9) {
        Some(Some(p)) => filter.without_guideline = p.sheet().guidelines.is_empty(),
        Some(None) => filter.without_guideline = plan.random.without_guideline,
        None => {}
    }
    let anchored = !plan.picks.contains(&Pick::Random);
    (filter, anchor.filter(|_| anchored).map(|p| p.id()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    /// Whatever the agenda and the filter: the result holds projects of the
    /// agenda, each once; without criteria it is every project in the
    /// agenda's order; dropping a criterion never finds fewer. A filter
    /// made of one project's own values finds that project (most generated
    /// filters are, so the checks run on non-empty results).
    #[test]
    fn a_filter_finds_a_subset_and_each_criterion_only_narrows(
        actions in prop::collection::vec(project_action(), 1..40),
        plan in any_plan(),
    ) {
        let mut agenda = seed()?;
        for action in actions {
            let _ = agenda.apply(action);
        }
        let today = date("2026-11-27");
        let (filter, anchor) = filter_for(&plan, &agenda, today);
        let found = filter.apply(&agenda, today);
        let ids: Vec<_> = found.iter().map(|p| p.id()).collect();
        if let Some(anchor) = anchor {
            prop_assert!(ids.contains(&anchor), "{:?} misses {}", filter, anchor);
        }
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
        // "Filter (n aktiv)" counts the criteria besides the search text:
        // exactly those whose dropping changes the filter.
        let changed = looser[1..].iter().filter(|wider| **wider != filter).count();
        prop_assert_eq!(filter.criteria(), changed);
        prop_assert_eq!(filter.narrows(), filter.criteria() > 0 || !filter.text.is_empty());
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
