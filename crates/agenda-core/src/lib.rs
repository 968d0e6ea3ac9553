//! The domain of the *Digitale Agenda*: the [`Agenda`] aggregate, the
//! [`Action`]s that change it, their validation, and the versioned stored
//! format.
//!
//! The crate in folders by concern (ARCHITECTURE.md has the code map):
//! [`model`] what an agenda is, `reducer` the one way to change it,
//! [`replication`] versions, merge and sync, [`formats`] files and text,
//! [`analysis`] what is computed from it, [`kaemmerei`] money,
//! [`competence`] the Kompetenzrad, [`rights`] who may change what,
//! [`vocabulary`] the German words of its enums, [`content`] demo and presets.
//!
//! Invariants (see `ARCHITECTURE.md`):
//! - An [`Agenda`] changes only through [`Agenda::apply`]. A failed action
//!   returns an [`AgendaError`] and leaves the agenda exactly as it was.
//! - Ids are unique within their kind and never change once given.
//! - Nothing in this crate does I/O, reads the clock or panics on any input.

pub mod analysis;
pub mod competence;
pub mod content;
pub mod formats;
pub mod kaemmerei;
pub mod model;
pub mod numbers;
mod reducer;
pub mod replication;
pub mod rights;
pub mod sorting;
pub mod vocabulary;

pub use formats::stored::{LoadError, SCHEMA_VERSION};
pub use model::date::Date;
pub use model::prioritisation::{ItemRef, PriorityMethod, PrioritySubject};
pub use model::{
    Agenda, AssessmentId, Card, CardId, CompetenceId, Department, DepartmentId, FieldId,
    FieldOfAction, Guideline, GuidelineId, GuidelineStatus, IdeaId, Indicator, IndicatorId,
    Measurement, Milestone, MilestoneId, Perspective, PerspectiveId, PerspectiveKind, PriorityBand,
    Project, ProjectDraft, ProjectId, ProjectIdea, ProjectStatus, StatusUpdate, SurveyId, Vision,
};
pub use reducer::action::{Action, DepartmentDraft, GuidelineDraft, PerspectiveDraft, SortTarget};
pub use reducer::error::{AgendaError, Kind, TextField};
pub use replication::history::{Author, Change, History};
pub use replication::merge::{
    Conflict, ConflictKind, FileMerge, FileMergeError, MergeError, MergeOutcome, merge, merge_file,
};
pub use replication::versions::Replica;
