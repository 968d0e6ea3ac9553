//! The role a person works in. Without a connection it is a view switch:
//! every person runs the app in their own browser and may choose any role.
//! Connected to a CouchDB database, the roles are those of the person's
//! login, and the database refuses what a role may not write. Either way a
//! role offers exactly what the rights matrix (`agenda_core::rights`) gives
//! it, so the app never offers what the server would refuse.

use agenda_core::rights::{Actor, Part};
use agenda_core::{Agenda, DepartmentId};

use crate::route::Section;

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

impl Role {
    /// The view this role needs first.
    pub fn landing(self) -> Section {
        match self {
            Self::Leadership => Section::Strategy,
            Self::Department(_) => Section::Departments,
            Self::Navigator => Section::Dashboard,
        }
    }

    /// The role as the rights matrix names it.
    pub fn actor(self) -> Actor {
        match self {
            Self::Leadership => Actor::Leadership,
            Self::Navigator => Actor::Navigator,
            Self::Department(id) => Actor::Department(id),
        }
    }

    /// The role of an actor of the matrix.
    pub fn of(actor: Actor) -> Self {
        match actor {
            Actor::Leadership => Self::Leadership,
            Actor::Navigator => Self::Navigator,
            Actor::Department(id) => Self::Department(id),
        }
    }

    /// Whether this role may change `part` (belonging to `owner`).
    pub fn may(self, part: Part, owner: Option<DepartmentId>) -> bool {
        self.actor().may(part, owner)
    }

    /// Drafting Leitplanken (leadership and navigator).
    pub fn drafts_guidelines(self) -> bool {
        self.may(Part::DraftGuideline, None)
    }

    /// Adopting, taking back, deleting, rewording or moving an adopted
    /// Leitplanke: what the Verwaltungsspitze decides.
    pub fn decides_strategy(self) -> bool {
        self.may(Part::AdoptedGuideline, None)
    }

    /// What is prioritised and how (the Verwaltungsspitze).
    pub fn sets_priorities(self) -> bool {
        self.may(Part::PrioritySettings, None)
    }

    /// Perspectives, points and staff surveys of this Fachbereich: the
    /// Fachbereich itself and the navigator as moderator.
    pub fn edits_department(self, department: DepartmentId) -> bool {
        self.may(Part::Perspective, Some(department))
    }

    /// A project's Steckbrief, status and plan: its lead Fachbereich and
    /// the navigator.
    pub fn edits_project(self, lead: DepartmentId) -> bool {
        self.may(Part::Project, Some(lead))
    }

    /// Sorting cards off the workshop board (moderation).
    pub fn sorts_cards(self) -> bool {
        self.may(Part::Card, None)
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
        assert!(!role.drafts_guidelines());
        assert!(!role.sets_priorities());
        assert!(Role::Leadership.sets_priorities());
        assert!(!Role::Navigator.sets_priorities());
        assert!(Role::Leadership.decides_strategy());
        assert!(!Role::Navigator.decides_strategy() && !role.decides_strategy());
        // The matrix: the leadership does not write a Fachbereich's
        // perspectives or a project; the navigator moderates both.
        assert!(!Role::Leadership.edits_department(own));
        assert!(!Role::Leadership.edits_project(own));
        assert!(Role::Navigator.edits_department(own) && Role::Navigator.edits_project(own));
        assert!(role.edits_project(own) && !role.edits_project(other));
        assert!(Role::Navigator.sorts_cards() && !Role::Leadership.sorts_cards());
    }
}
