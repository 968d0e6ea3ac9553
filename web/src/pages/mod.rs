//! One folder per entry of the navigation ([`crate::route::Section`]).
//! A page receives the agenda and `Callback<Action>`s from the workspace,
//! uses widgets, hooks, state and platform, and never imports another
//! page (Architecture invariant, checked by `tests/tidy.rs`).

pub mod board;
pub mod budget;
pub mod competences;
pub mod dashboard;
pub mod departments;
pub mod document;
pub mod fields;
pub mod files;
pub mod priorities;
pub mod projects;
pub mod results;
pub mod roadmap;
pub mod strategy;
pub mod workshop;

use agenda_core::{Action, Agenda};
use yew::{Callback, Properties};

use crate::role::Role;
use crate::shared::Shared;

/// Props of a page that edits the agenda as far as the active role may.
#[derive(Properties, PartialEq)]
pub struct RoleProps {
    pub agenda: Shared<Agenda>,
    /// Receives every change as a core action.
    pub on_action: Callback<Action>,
    pub role: Role,
}

/// Props of a page whose editing the role switches on or off.
#[derive(Properties, PartialEq)]
pub struct EditProps {
    pub agenda: Shared<Agenda>,
    /// Receives every change as a core action.
    pub on_action: Callback<Action>,
    /// False for roles that only read.
    #[prop_or(true)]
    pub editable: bool,
}
