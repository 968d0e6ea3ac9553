//! What an agenda is: the [`Agenda`] aggregate and its items (Leitbild,
//! Leitplanken, Handlungsfelder, Fachbereiche, perspectives, workshop cards,
//! project ideas, the prioritisation's ballots, projects), their ids, dates,
//! size limits and the normalisation of typed text. Plain data: changes go
//! through [`crate::reducer`], reading through [`crate::analysis`].

mod agenda;
pub mod date;
mod ids;
pub mod limits;
pub(crate) mod normalize;
pub mod prioritisation;
mod project;

pub use agenda::*;
pub use ids::*;
pub use project::*;
