//! Roles are a view switch, not security: every person runs the app in their
//! own browser. A role decides which view opens first and which controls are
//! offered, so that a department works on its own contributions.

use agenda_core::{Agenda, DepartmentId};

/// Who is using the app right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Verwaltungsspitze: mayor and leadership.
    Leadership,
    /// A Fachbereich (department head).
    Department(DepartmentId),
    /// The Digital-Navigator.
    Navigator,
}

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

impl Role {
    /// The view this role needs first.
    pub fn landing(self) -> Section {
        match self {
            Self::Leadership => Section::Strategy,
            Self::Department(_) => Section::Departments,
            Self::Navigator => Section::Dashboard,
        }
    }

    /// Leitbild, Leitplanken, Handlungsfelder and the list of Fachbereiche.
    pub fn edits_strategy(self) -> bool {
        !matches!(self, Self::Department(_))
    }

    /// Weights, budget and what is prioritised.
    pub fn sets_priorities(self) -> bool {
        self == Self::Leadership
    }

    /// Perspectives and points of this Fachbereich.
    pub fn edits_department(self, department: DepartmentId) -> bool {
        match self {
            Self::Department(own) => own == department,
            Self::Leadership | Self::Navigator => true,
        }
    }

    /// A project's Steckbrief, status and plan: its lead Fachbereich, the
    /// leadership and the navigator.
    pub fn edits_project(self, lead: DepartmentId) -> bool {
        self.edits_department(lead)
    }

    /// Sorting cards off the workshop board (moderation).
    pub fn sorts_cards(self) -> bool {
        self.edits_strategy()
    }

    /// Stored form, e.g. `spitze`, `navigator`, `fb:<uuid>`.
    pub fn to_key(self) -> String {
        match self {
            Self::Leadership => "spitze".into(),
            Self::Navigator => "navigator".into(),
            Self::Department(id) => format!("fb:{id}"),
        }
    }

    /// Reads the stored form; a department that no longer exists falls back
    /// to leadership.
    pub fn from_key(key: &str, agenda: &Agenda) -> Self {
        match key {
            "navigator" => Self::Navigator,
            other => other
                .strip_prefix("fb:")
                .and_then(|id| id.parse().ok())
                .filter(|id| agenda.department(*id).is_some())
                .map_or(Self::Leadership, Self::Department),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_fall_back() {
        let agenda = agenda_core::content::demo::musterstadt().unwrap();
        let first = agenda.departments()[0].id();
        for role in [Role::Leadership, Role::Navigator, Role::Department(first)] {
            assert_eq!(Role::from_key(&role.to_key(), &agenda), role);
        }
        let gone = Role::Department(DepartmentId::from_u128(42));
        assert_eq!(Role::from_key(&gone.to_key(), &agenda), Role::Leadership);
        assert_eq!(Role::from_key("unsinn", &agenda), Role::Leadership);
    }

    #[test]
    fn a_department_edits_only_its_own_contributions() {
        let own = DepartmentId::from_u128(1);
        let other = DepartmentId::from_u128(2);
        let role = Role::Department(own);
        assert!(role.edits_department(own));
        assert!(!role.edits_department(other));
        assert!(!role.edits_strategy());
        assert!(!role.sets_priorities());
        assert!(Role::Leadership.sets_priorities());
        assert!(!Role::Navigator.sets_priorities());
    }
}
