//! Roles are a view switch, not security: every person runs the app in their
//! own browser. A role decides which view opens first and which controls are
//! offered, so that a department works on its own contributions.

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

    /// Drafting Leitplanken, the list of Fachbereiche, moderating the
    /// workshop (leadership and navigator).
    pub fn edits_strategy(self) -> bool {
        !matches!(self, Self::Department(_))
    }

    /// Leitbild, Handlungsfelder, and adopting, taking back, deleting,
    /// rewording or moving an adopted Leitplanke: what the
    /// Verwaltungsspitze decides.
    pub fn decides_strategy(self) -> bool {
        self == Self::Leadership
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
        assert!(Role::Leadership.decides_strategy());
        assert!(!Role::Navigator.decides_strategy() && !role.decides_strategy());
    }
}
