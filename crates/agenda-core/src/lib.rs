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
pub mod budget;
pub mod competence;
pub mod csv_projects;
mod csv_text;
pub mod date;
pub mod demo;
pub mod diagnostics;
pub mod economics;
mod error;
pub mod finance;
mod ids;
mod json_path;
pub mod limits;
pub mod markdown;
pub mod merge;
mod model;
pub mod money;
pub mod numbers;
#[doc(hidden)]
pub mod oracle;
pub mod presets;
pub mod prioritisation;
pub mod priority;
pub mod progress;
mod project;
pub mod project_filter;
mod reducer;
pub mod sample;
mod scopes;
pub mod sorting;
pub mod stored;
pub mod strategy_check;
pub mod survey_csv;
pub mod sync;
pub mod template;
mod text;
pub mod versions;

pub use action::{Action, DepartmentDraft, GuidelineDraft, PerspectiveDraft, SortTarget};
pub use date::Date;
pub use error::{AgendaError, Kind, TextField};
pub use ids::{
    AssessmentId, CardId, CompetenceId, DepartmentId, FieldId, GuidelineId, IdeaId, IndicatorId,
    MilestoneId, PerspectiveId, ProjectId, SurveyId,
};
pub use merge::{
    Conflict, ConflictKind, FileMerge, FileMergeError, MergeError, MergeOutcome, merge, merge_file,
};
pub use model::{
    Agenda, Card, Department, FieldOfAction, Guideline, GuidelineStatus, Perspective,
    PerspectiveKind, ProjectIdea, Vision,
};
pub use prioritisation::{ItemRef, PriorityMethod, PrioritySubject};
pub use project::{
    Funding, Indicator, Measurement, Milestone, PriorityBand, Project, ProjectDraft, ProjectStatus,
    StatusUpdate,
};
pub use stored::{LoadError, SCHEMA_VERSION};
pub use versions::Replica;
