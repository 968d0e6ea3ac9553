//! The role this browser works in, kept across visits (a view switch, not
//! security: see `crate::role`). A department role whose department was
//! deleted falls back to the Verwaltungsspitze.

use agenda_core::Agenda;
use yew::prelude::*;

use crate::platform::storage;
use crate::role::Role;

/// The role in use and how to change it.
#[derive(Clone, PartialEq)]
pub struct RoleHandle {
    chosen: UseStateHandle<Role>,
}

impl RoleHandle {
    /// The role in use for `agenda`.
    pub fn current(&self, agenda: &Agenda) -> Role {
        match *self.chosen {
            Role::Department(id) if agenda.department(id).is_none() => Role::Leadership,
            other => other,
        }
    }

    /// The stored role (the Verwaltungsspitze before the first choice).
    pub fn initial(&self) -> Role {
        *self.chosen
    }

    /// Changes the role and remembers it for the next visit.
    pub fn choose(&self, role: Role) {
        storage::save_pref(storage::ROLE_KEY, &role.to_key());
        self.chosen.set(role);
    }
}

/// The role remembered in this browser for `agenda`.
#[hook]
pub fn use_role(agenda: &Agenda) -> RoleHandle {
    let chosen = use_state(|| {
        storage::load_pref(storage::ROLE_KEY)
            .map_or(Role::Leadership, |key| Role::from_key(&key, agenda))
    });
    RoleHandle { chosen }
}
