//! Typed errors of the reducer. The web layer turns them into German text.

use std::fmt;

use thiserror::Error;

use crate::ids::GuidelineId;

/// The text fields of an agenda, named in errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// Name of the municipality.
    Municipality,
    /// The Leitbild.
    Vision,
    /// Title of a Leitplanke.
    GuidelineTitle,
    /// Description of a Leitplanke.
    GuidelineDescription,
    /// Rationale of a Leitplanke.
    GuidelineRationale,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Municipality => "municipality",
            Self::Vision => "vision",
            Self::GuidelineTitle => "guideline title",
            Self::GuidelineDescription => "guideline description",
            Self::GuidelineRationale => "guideline rationale",
        })
    }
}

/// Why an action was refused, or why stored data is not a valid agenda.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum AgendaError {
    /// A required text is empty (after trimming).
    #[error("{field} must not be empty")]
    Empty {
        /// Which field.
        field: TextField,
    },
    /// A text is longer than its limit.
    #[error("{field} has {actual} characters, at most {max} are allowed")]
    TooLong {
        /// Which field.
        field: TextField,
        /// The limit.
        max: usize,
        /// The length given.
        actual: usize,
    },
    /// Stored text holds control characters the editor never produces.
    #[error("{field} contains control characters")]
    ControlCharacters {
        /// Which field.
        field: TextField,
    },
    /// No Leitplanke has this id.
    #[error("no guideline with id {0}")]
    UnknownGuideline(GuidelineId),
    /// A Leitplanke with this id exists already.
    #[error("a guideline with id {0} exists already")]
    DuplicateGuideline(GuidelineId),
    /// A position outside the list.
    #[error("position {index} is outside the list (at most {max})")]
    PositionOutOfRange {
        /// The position given.
        index: usize,
        /// The largest valid position.
        max: usize,
    },
    /// The agenda holds the maximum number of Leitplanken.
    #[error("at most {max} guidelines are allowed")]
    TooManyGuidelines {
        /// The limit.
        max: usize,
    },
}
