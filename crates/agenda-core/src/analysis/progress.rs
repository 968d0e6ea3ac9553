//! Progress of projects and its roll-up to Leitplanken, Handlungsfelder and
//! the whole agenda.
//!
//! - A completed project ("abgeschlossen") is at 100 %, whatever its
//!   milestones or a manual value say: the status is the decision that it
//!   is done, and the board, lists and documents must not contradict it.
//! - Otherwise progress comes from the milestones (reached ÷ all). A manual
//!   value overrides it and is marked as such. Without milestones it is 0 %.
//! - Roll-ups are the weighted mean (project weight, default 1) over the
//!   projects that count: every project except discarded ones ("verworfen").

use std::sync::Arc;

use crate::model::Agenda;
use crate::model::{FieldId, GuidelineId};
use crate::model::{Project, ProjectStatus};

/// Where a progress value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressSource {
    /// Reached milestones out of all.
    Milestones {
        /// Reached.
        done: usize,
        /// All.
        total: usize,
    },
    /// Set by hand.
    Manual,
    /// From the status: 100 % when completed, else 0 % (no milestones).
    Status,
}

/// Progress in percent with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// 0 to 100.
    pub percent: f64,
    /// How it was determined.
    pub source: ProgressSource,
}

impl Project {
    /// The project's progress.
    pub fn progress(&self) -> Progress {
        if self.status == ProjectStatus::Completed {
            return Progress {
                percent: 100.0,
                source: ProgressSource::Status,
            };
        }
        if let Some(manual) = self.progress_override {
            return Progress {
                percent: f64::from(manual),
                source: ProgressSource::Manual,
            };
        }
        let total = self.milestones.len();
        if total == 0 {
            return Progress {
                percent: 0.0,
                source: ProgressSource::Status,
            };
        }
        let done = self.milestones.iter().filter(|m| m.done).count();
        Progress {
            percent: 100.0 * done as f64 / total as f64,
            source: ProgressSource::Milestones { done, total },
        }
    }

    /// Whether the project counts in roll-ups.
    pub fn counts(&self) -> bool {
        self.status != ProjectStatus::Discarded
    }
}

/// A rolled-up progress value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RollUp {
    /// Weighted mean progress in percent (0 if no project counts).
    pub percent: f64,
    /// Projects that count.
    pub projects: usize,
}

fn roll_up<'a>(projects: impl Iterator<Item = &'a Project>) -> RollUp {
    let (mut sum, mut weights, mut count) = (0.0, 0.0, 0);
    for p in projects.filter(|p| p.counts()) {
        let w = f64::from(p.sheet.weight);
        sum += w * p.progress().percent;
        weights += w;
        count += 1;
    }
    RollUp {
        percent: if weights > 0.0 { sum / weights } else { 0.0 },
        projects: count,
    }
}

impl Agenda {
    /// Progress of the whole agenda.
    pub fn overall_progress(&self) -> RollUp {
        roll_up(self.projects.iter().map(Arc::as_ref))
    }

    /// Progress of the projects serving a Leitplanke.
    pub fn guideline_progress(&self, id: GuidelineId) -> RollUp {
        roll_up(
            self.projects
                .iter()
                .filter(|p| p.sheet.guidelines.contains(&id))
                .map(Arc::as_ref),
        )
    }

    /// Progress of the projects in a Handlungsfeld.
    pub fn field_progress(&self, id: FieldId) -> RollUp {
        roll_up(
            self.projects
                .iter()
                .filter(|p| p.sheet.field == Some(id))
                .map(Arc::as_ref),
        )
    }

    /// Number of projects per status, in [`ProjectStatus::ALL`] order.
    pub fn status_counts(&self) -> Vec<(ProjectStatus, usize)> {
        ProjectStatus::ALL
            .iter()
            .map(|s| (*s, self.projects.iter().filter(|p| p.status == *s).count()))
            .collect()
    }
}
