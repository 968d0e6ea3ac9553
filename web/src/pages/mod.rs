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
