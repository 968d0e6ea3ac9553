//! Where the user is, in one place: the views of the workspace
//! ([`Section`]), their names in the navigation, their keys in the address
//! and in element ids, and the [`Place`] the address fragment names:
//! `#projekte`, `#projekte/<project id>`, `#projekte?suche=…&status=…`.
//! A reload keeps the place, back and forward move between views, and a
//! link opens a Steckbrief. Share links (`#teilen=…`, `platform::share`)
//! use the same fragment and are told apart by their prefix; the fragment
//! never reaches a server. The browser side (reading and writing the
//! fragment, following the history) is `platform::history`; the workspace
//! keeps its place through `hooks::place`.

mod query;

use agenda_core::analysis::project_filter::{ProjectFilter, ProjectSort};
use agenda_core::{PriorityBand, ProjectId, ProjectStatus};

use crate::platform::history;
use crate::text;
pub use query::is_new_filter;
use query::{filter_of, query_of};

/// The views of the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Leitbild & Leitplanken.
    Strategy,
    /// Handlungsfelder.
    Fields,
    /// Fachbereiche and their perspectives.
    Departments,
    /// The workshop capture board.
    Workshop,
    /// Giving points or ranking.
    Priorities,
    /// The joint result.
    Results,
    /// Projects and their Steckbriefe.
    Projects,
    /// The Kompetenzrad: competences, gaps, self-assessment and surveys.
    Competences,
    /// Progress and what needs attention.
    Dashboard,
    /// Projects by status.
    Board,
    /// Timeline by quarter.
    Roadmap,
    /// Haushaltsplanung: the town's rates, costs by year and group.
    Budget,
    /// The document for the council, printable.
    Document,
    /// Export and import.
    Files,
}

impl Section {
    /// All sections in navigation order.
    pub const ALL: [Self; 14] = [
        Self::Strategy,
        Self::Fields,
        Self::Departments,
        Self::Workshop,
        Self::Priorities,
        Self::Results,
        Self::Projects,
        Self::Competences,
        Self::Dashboard,
        Self::Board,
        Self::Roadmap,
        Self::Budget,
        Self::Document,
        Self::Files,
    ];

    /// The view's name in the address (`#projekte`) and in element ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Strategy => "leitplanken",
            Self::Fields => "handlungsfelder",
            Self::Departments => "fachbereiche",
            Self::Workshop => "workshop",
            Self::Priorities => "priorisierung",
            Self::Results => "ergebnis",
            Self::Projects => "projekte",
            Self::Competences => "kompetenzen",
            Self::Dashboard => "fortschritt",
            Self::Board => "board",
            Self::Roadmap => "roadmap",
            Self::Budget => "haushalt",
            Self::Document => "dokument",
            Self::Files => "dateien",
        }
    }

    /// Whether the view lists projects (and so has the project filter).
    pub fn lists_projects(self) -> bool {
        matches!(self, Self::Projects | Self::Board | Self::Roadmap)
    }

    /// The view of an address key, if there is one.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl Section {
    /// The phase of the town's work the view belongs to (its group in the
    /// navigation).
    pub fn phase(self) -> Phase {
        match self {
            Self::Strategy | Self::Fields => Phase::Strategy,
            Self::Departments | Self::Workshop | Self::Priorities | Self::Results => {
                Phase::Participation
            }
            Self::Projects | Self::Competences | Self::Dashboard | Self::Board | Self::Roadmap => {
                Phase::Implementation
            }
            Self::Budget | Self::Document => Phase::Reports,
            Self::Files => Phase::Data,
        }
    }

    /// Whether the view is wide (boards, timelines, tables, heat maps) and
    /// uses the screen's width; reading text keeps a readable measure.
    pub fn is_wide(self) -> bool {
        match self {
            Self::Workshop
            | Self::Priorities
            | Self::Results
            | Self::Projects
            | Self::Competences
            | Self::Dashboard
            | Self::Board
            | Self::Roadmap
            | Self::Budget => true,
            Self::Strategy | Self::Fields | Self::Departments | Self::Document | Self::Files => {
                false
            }
        }
    }

    /// The view's name in the navigation and as the page's heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Strategy => text::NAV_STRATEGY,
            Self::Fields => text::NAV_FIELDS,
            Self::Departments => text::NAV_DEPARTMENTS,
            Self::Workshop => text::NAV_WORKSHOP,
            Self::Priorities => text::NAV_PRIORITIES,
            Self::Results => text::NAV_RESULTS,
            Self::Projects => text::NAV_PROJECTS,
            Self::Competences => text::NAV_COMPETENCES,
            Self::Dashboard => text::NAV_DASHBOARD,
            Self::Board => text::NAV_BOARD,
            Self::Roadmap => text::NAV_ROADMAP,
            Self::Budget => text::NAV_BUDGET,
            Self::Document => text::NAV_DOCUMENT,
            Self::Files => text::NAV_FILES,
        }
    }
}

/// The phases of the town's work, the groups of the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Leitbild, Leitplanken, Handlungsfelder.
    Strategy,
    /// Fachbereiche contribute, vote, see the result.
    Participation,
    /// Projects and their progress.
    Implementation,
    /// For the Kämmerei and the council.
    Reports,
    /// Export, import, live sync.
    Data,
}

impl Phase {
    /// All phases in navigation order.
    pub const ALL: [Self; 5] = [
        Self::Strategy,
        Self::Participation,
        Self::Implementation,
        Self::Reports,
        Self::Data,
    ];

    /// The group's heading in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Self::Strategy => text::PHASE_STRATEGY,
            Self::Participation => text::PHASE_PARTICIPATION,
            Self::Implementation => text::PHASE_IMPLEMENTATION,
            Self::Reports => text::PHASE_REPORTS,
            Self::Data => text::PHASE_DATA,
        }
    }

    /// Its key in element ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Strategy => "strategie",
            Self::Participation => "beteiligung",
            Self::Implementation => "umsetzung",
            Self::Reports => "berichte",
            Self::Data => "daten",
        }
    }

    /// The views of this phase, in navigation order.
    pub fn sections(self) -> impl Iterator<Item = Section> {
        Section::ALL.into_iter().filter(move |s| s.phase() == self)
    }
}

/// Where a link inside the app leads: a view, an element to focus, a
/// project to open.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub section: Section,
    pub element: Option<String>,
    pub project: Option<ProjectId>,
}

/// A project status in the address and in CSS classes.
pub fn status_key(status: ProjectStatus) -> &'static str {
    match status {
        ProjectStatus::Idea => "idee",
        ProjectStatus::Planned => "geplant",
        ProjectStatus::InProgress => "in-umsetzung",
        ProjectStatus::Completed => "abgeschlossen",
        ProjectStatus::Paused => "pausiert",
        ProjectStatus::Discarded => "verworfen",
    }
}

/// The status of a `status_key`, if it is one.
pub fn status_of_key(key: &str) -> Option<ProjectStatus> {
    ProjectStatus::ALL
        .into_iter()
        .find(|s| status_key(*s) == key)
}

/// Stable key of a perspective kind (form values, CSS classes).
pub fn kind_key(kind: agenda_core::PerspectiveKind) -> &'static str {
    match kind {
        agenda_core::PerspectiveKind::Challenge => "herausforderung",
        agenda_core::PerspectiveKind::Need => "bedarf",
        agenda_core::PerspectiveKind::Idea => "idee",
        agenda_core::PerspectiveKind::BestPractice => "best-practice",
        agenda_core::PerspectiveKind::Risk => "risiko",
    }
}

/// Where the user is: a view, in "Projekte" the Steckbrief shown, and the
/// filter of the project lists (`?suche=…&status=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The view.
    pub section: Section,
    /// The Steckbrief opened by the address (only in "Projekte").
    pub project: Option<ProjectId>,
    /// How the project lists are filtered and sorted.
    pub filter: ProjectFilter,
}

impl Place {
    /// A view without a particular Steckbrief or filter.
    pub fn view(section: Section) -> Self {
        Self {
            section,
            project: None,
            filter: ProjectFilter::default(),
        }
    }

    /// Reads a fragment (with or without `#`); `None` for anything that is
    /// not a place (empty, a share link, `#main`, a garbled id). Unknown
    /// or garbled filter parts are left out, never an error.
    pub fn parse(fragment: &str) -> Option<Self> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let (key, project) = match path.split_once('/') {
            Some((key, id)) => (key, Some(id.parse::<ProjectId>().ok()?)),
            None => (path, None),
        };
        let section = Section::from_key(key)?;
        // A project in "Projekte" opens its Steckbrief, in "Dokument" its
        // argument sheet for the Kämmerei.
        if project.is_some() && !matches!(section, Section::Projects | Section::Document) {
            return None;
        }
        Some(Self {
            section,
            project,
            filter: filter_of(query),
        })
    }

    /// The fragment of this place, with `#`; the filter only where project
    /// lists are shown.
    pub fn fragment(&self) -> String {
        let mut fragment = format!("#{}", self.section.key());
        if let Some(id) = self.project {
            fragment.push('/');
            fragment.push_str(&id.to_string());
        }
        if self.section.lists_projects() {
            let query = query_of(&self.filter);
            if !query.is_empty() {
                fragment.push('?');
                fragment.push_str(&query);
            }
        }
        fragment
    }
}

/// The address form of each order (the listed order has none).
pub const SORT_KEYS: [(ProjectSort, &str); 6] = [
    (ProjectSort::Listed, ""),
    (ProjectSort::Title, "titel"),
    (ProjectSort::Status, "status"),
    (ProjectSort::Progress, "fortschritt"),
    (ProjectSort::NextMilestone, "meilenstein"),
    (ProjectSort::LastUpdate, "aktualisierung"),
];

/// The address form of each priority band.
pub const BAND_KEYS: [(PriorityBand, &str); 3] = [
    (PriorityBand::High, "hoch"),
    (PriorityBand::Medium, "mittel"),
    (PriorityBand::Low, "niedrig"),
];

/// The address form of a priority band.
pub fn band_key(band: PriorityBand) -> &'static str {
    BAND_KEYS
        .iter()
        .find(|(b, _)| *b == band)
        .map_or("", |(_, k)| *k)
}

/// The priority band of an address form, if it is one.
pub fn band_of(key: &str) -> Option<PriorityBand> {
    BAND_KEYS.iter().find(|(_, k)| *k == key).map(|(b, _)| *b)
}

/// The address form of an order ("" for the listed order).
pub fn sort_key(sort: ProjectSort) -> &'static str {
    SORT_KEYS
        .iter()
        .find(|(s, _)| *s == sort)
        .map_or("", |(_, k)| *k)
}

/// The order of an address form; the listed order for anything else.
pub fn sort_of(key: &str) -> ProjectSort {
    SORT_KEYS
        .iter()
        .find(|(_, k)| *k == key)
        .map_or(ProjectSort::Listed, |(s, _)| *s)
}

/// The place in the page's address now, if it names one.
pub fn current() -> Option<Place> {
    Place::parse(&history::fragment()?)
}

/// Puts `place` into the address: as a new history entry (`push`, so the
/// back button returns), or in place of the current one.
pub fn show(place: &Place, push: bool) {
    history::show(&place.fragment(), push);
}

/// After a Steckbrief was opened (`open`) or closed in "Projekte": the
/// address names it, or no longer does, without a new history entry.
pub fn show_steckbrief(project: ProjectId, open: bool) {
    let named = current().is_some_and(|place| place.project == Some(project));
    if open || named {
        let filter = current().map(|place| place.filter).unwrap_or_default();
        let place = Place {
            section: Section::Projects,
            project: open.then_some(project),
            filter,
        };
        show(&place, false);
    }
}

/// Calls `on_place` whenever the user moves through the history (back,
/// forward) or edits the fragment, with the place the address now names.
pub fn watch(on_place: impl Fn(Place) + 'static) -> Option<history::Watch> {
    history::watch(move || {
        if let Some(place) = current() {
            on_place(place);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use agenda_core::ProjectStatus;

    #[test]
    fn the_phases_group_every_view_once_in_navigation_order() {
        let grouped: Vec<Section> = Phase::ALL.into_iter().flat_map(Phase::sections).collect();
        assert_eq!(grouped, Section::ALL);
        assert!(Phase::ALL.into_iter().all(|p| p.sections().count() > 0));
    }

    #[test]
    fn every_view_and_a_steckbrief_round_trip_through_the_fragment() {
        for section in Section::ALL {
            let place = Place::view(section);
            assert_eq!(Place::parse(&place.fragment()), Some(place));
        }
        let id = ProjectId::from_u128(7);
        let steckbrief = Place {
            section: Section::Projects,
            project: Some(id),
            filter: ProjectFilter::default(),
        };
        assert_eq!(
            steckbrief.fragment(),
            "#projekte/00000000-0000-0000-0000-000000000007"
        );
        assert_eq!(Place::parse(&steckbrief.fragment()), Some(steckbrief));
        let arguments = Place {
            section: Section::Document,
            project: Some(id),
            filter: ProjectFilter::default(),
        };
        assert_eq!(
            arguments.fragment(),
            "#dokument/00000000-0000-0000-0000-000000000007"
        );
        assert_eq!(Place::parse(&arguments.fragment()), Some(arguments));
    }

    #[test]
    fn what_is_not_a_place_is_left_alone() {
        for fragment in [
            "",
            "#",
            "#main",
            "#teilen=abc",
            "#projekte/kein-id",
            "#roadmap/00000000-0000-0000-0000-000000000007",
            "#Projekte",
        ] {
            assert_eq!(Place::parse(fragment), None, "{fragment}");
        }
        assert_eq!(
            Place::parse("projekte"),
            Some(Place::view(Section::Projects))
        );
    }

    #[test]
    fn a_changed_filter_gets_a_history_entry_but_each_typed_letter_does_not() {
        let none = ProjectFilter::default();
        let typed = |text: &str| ProjectFilter {
            text: text.into(),
            ..ProjectFilter::default()
        };
        assert!(is_new_filter(&none, &typed("B")));
        assert!(!is_new_filter(&typed("B"), &typed("Ba")));
        assert!(!is_new_filter(&typed("Ba"), &typed("B")));
        assert!(!is_new_filter(&typed("B"), &none));
        assert!(!is_new_filter(&none, &none));
        let overdue = ProjectFilter {
            overdue: true,
            ..typed("Ba")
        };
        assert!(is_new_filter(&typed("Ba"), &overdue));
        assert!(is_new_filter(&overdue, &typed("Ba")));
        let sorted = ProjectFilter {
            sort: ProjectSort::Title,
            ..ProjectFilter::default()
        };
        assert!(is_new_filter(&none, &sorted));
    }

    #[test]
    fn a_filter_round_trips_through_the_address() {
        let filter = ProjectFilter {
            text: "Straße & Co = 100 % ü+".into(),
            status: Some(ProjectStatus::InProgress),
            lead: Some(agenda_core::DepartmentId::from_u128(1)),
            participant: Some(agenda_core::DepartmentId::from_u128(2)),
            guideline: Some(agenda_core::GuidelineId::from_u128(3)),
            field: Some(agenda_core::FieldId::from_u128(4)),
            band: Some(PriorityBand::High),
            overdue: true,
            stale_days: Some(90),
            without_guideline: true,
            sort: ProjectSort::NextMilestone,
        };
        for section in [Section::Projects, Section::Board, Section::Roadmap] {
            let place = Place {
                section,
                project: None,
                filter: filter.clone(),
            };
            let fragment = place.fragment();
            assert!(fragment.is_ascii(), "{fragment}");
            assert_eq!(Place::parse(&fragment), Some(place));
        }
        // Other views carry no filter.
        let place = Place {
            section: Section::Strategy,
            project: None,
            filter,
        };
        assert_eq!(place.fragment(), "#leitplanken");
        // Garbled parts are left out.
        let parsed =
            Place::parse("#projekte?status=unsinn&suche=a%ZZb&leitplanke=x&ueberfaellig=ja")
                .unwrap();
        assert_eq!(parsed.filter.status, None);
        assert_eq!(parsed.filter.text, "a%ZZb");
        assert_eq!(parsed.filter.guideline, None);
        assert!(parsed.filter.overdue);
    }
}
