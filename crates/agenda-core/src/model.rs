//! The agenda aggregate and its parts. Fields are private: the only way to
//! change an [`Agenda`] is [`Agenda::apply`](crate::Agenda::apply), so the
//! invariants checked there hold for every agenda in the program.

use serde::{Deserialize, Serialize};

use crate::ids::GuidelineId;

/// A municipality's *Digitale Agenda*.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub(crate) municipality: String,
    pub(crate) vision: Vision,
    pub(crate) guidelines: Vec<Guideline>,
}

/// The Leitbild: where the town wants to be.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    pub(crate) text: String,
}

/// A Leitplanke: a strategic guardrail set by leadership. Strategy, never a
/// task: it has no dates, budget or owner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    pub(crate) id: GuidelineId,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) rationale: String,
    pub(crate) status: GuidelineStatus,
}

/// Whether a Leitplanke is still being worked on or adopted by leadership.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuidelineStatus {
    /// Entwurf.
    #[default]
    Draft,
    /// Beschlossen.
    Adopted,
}

impl Agenda {
    /// An empty agenda.
    pub fn new() -> Self {
        Self::default()
    }

    /// Name of the municipality (may be empty).
    pub fn municipality(&self) -> &str {
        &self.municipality
    }

    /// The Leitbild.
    pub fn vision(&self) -> &Vision {
        &self.vision
    }

    /// The Leitplanken in their agreed order.
    pub fn guidelines(&self) -> &[Guideline] {
        &self.guidelines
    }

    /// The Leitplanke with this id.
    pub fn guideline(&self, id: GuidelineId) -> Option<&Guideline> {
        self.guidelines.iter().find(|g| g.id == id)
    }

    /// Position of the Leitplanke with this id.
    pub fn guideline_position(&self, id: GuidelineId) -> Option<usize> {
        self.guidelines.iter().position(|g| g.id == id)
    }

    /// True when nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.municipality.is_empty() && self.vision.text.is_empty() && self.guidelines.is_empty()
    }
}

impl Vision {
    /// The text of the Leitbild (may be empty).
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl Guideline {
    /// Stable id.
    pub fn id(&self) -> GuidelineId {
        self.id
    }

    /// Short title, never empty.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// What the guardrail means.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Why leadership sets it.
    pub fn rationale(&self) -> &str {
        &self.rationale
    }

    /// Draft or adopted.
    pub fn status(&self) -> GuidelineStatus {
        self.status
    }
}
