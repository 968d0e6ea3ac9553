//! Everything that can change an agenda.

use serde::{Deserialize, Serialize};

use crate::ids::GuidelineId;
use crate::model::{Guideline, GuidelineStatus};

/// The editable text of a Leitplanke, as typed by the user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuidelineDraft {
    /// Short title (required).
    pub title: String,
    /// What it means.
    pub description: String,
    /// Why it is set.
    pub rationale: String,
}

/// A change to an [`Agenda`](crate::Agenda), applied by
/// [`Agenda::apply`](crate::Agenda::apply).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Set the municipality's name (may be empty).
    SetMunicipality {
        /// New name.
        name: String,
    },
    /// Replace the Leitbild text (may be empty).
    SetVision {
        /// New text.
        text: String,
    },
    /// Append a new Leitplanke as a draft.
    AddGuideline {
        /// Fresh id, chosen by the caller.
        id: GuidelineId,
        /// Its text.
        draft: GuidelineDraft,
    },
    /// Replace the text of a Leitplanke; its id, status and position stay.
    EditGuideline {
        /// Which one.
        id: GuidelineId,
        /// New text.
        draft: GuidelineDraft,
    },
    /// Adopt a Leitplanke or set it back to draft.
    SetGuidelineStatus {
        /// Which one.
        id: GuidelineId,
        /// New status.
        status: GuidelineStatus,
    },
    /// Move a Leitplanke to position `to` (0-based) in the list.
    MoveGuideline {
        /// Which one.
        id: GuidelineId,
        /// Target position, at most `len - 1`.
        to: usize,
    },
    /// Delete a Leitplanke.
    RemoveGuideline {
        /// Which one.
        id: GuidelineId,
    },
    /// Put a deleted Leitplanke back at `index` (undo of a deletion).
    RestoreGuideline {
        /// The deleted Leitplanke, as it was.
        guideline: Guideline,
        /// Where it stood, at most `len`.
        index: usize,
    },
}
