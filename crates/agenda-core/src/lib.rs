//! The domain of the *Digitale Agenda*: the [`Agenda`] aggregate, the
//! [`Action`]s that change it, their validation, and the versioned stored
//! format.
//!
//! Invariants (see `ARCHITECTURE.md`):
//! - An [`Agenda`] changes only through [`Agenda::apply`]. A failed action
//!   returns an [`AgendaError`] and leaves the agenda exactly as it was.
//! - Ids are unique within their kind and never change once given.
//! - Nothing in this crate does I/O, reads the clock or panics on any input.

mod action;
pub mod demo;
mod error;
mod ids;
pub mod limits;
mod model;
mod reducer;
pub mod stored;
mod text;

pub use action::{Action, GuidelineDraft};
pub use error::{AgendaError, TextField};
pub use ids::GuidelineId;
pub use model::{Agenda, Guideline, GuidelineStatus, Vision};
pub use stored::{LoadError, SCHEMA_VERSION};
