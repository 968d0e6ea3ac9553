//! What the agenda says, computed and never stored: the joint ranking of
//! the departments' ballots ([`ranking`]), progress and its roll-up
//! ([`progress`]), what needs attention ([`diagnostics`]), the
//! Strategie-Check ([`strategy_check`]) and finding projects
//! ([`project_filter`]), and who contributed for a department
//! ([`contributors`]). Functions of an agenda (and `today`), nothing more.

pub mod contributors;
pub mod diagnostics;
pub mod progress;
pub mod project_filter;
pub mod ranking;
pub mod strategy_check;
