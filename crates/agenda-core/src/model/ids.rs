//! Newtype ids. An id is a UUID given when the item is created (by the
//! caller, so the core stays free of randomness) and never changed by edits,
//! exports or merges: files from different departments are merged by id.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! define_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps 16 random bytes as a version-4 UUID.
            pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }

            /// An id from a fixed number, for demo data and tests.
            pub const fn from_u128(value: u128) -> Self {
                Self(Uuid::from_u128(value))
            }

            /// The underlying UUID.
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

define_id!(
    /// Identifies a [`Guideline`](crate::Guideline) (Leitplanke).
    GuidelineId
);
define_id!(
    /// Identifies a [`FieldOfAction`](crate::FieldOfAction) (Handlungsfeld).
    FieldId
);
define_id!(
    /// Identifies a [`Department`](crate::Department) (Fachbereich).
    DepartmentId
);
define_id!(
    /// Identifies a [`Perspective`](crate::Perspective) (Beitrag eines Fachbereichs).
    PerspectiveId
);
define_id!(
    /// Identifies a workshop [`Card`](crate::Card).
    CardId
);
define_id!(
    /// Identifies a [`ProjectIdea`](crate::ProjectIdea) (Projektidee).
    IdeaId
);
define_id!(
    /// Identifies a [`Project`](crate::Project) (Maßnahme).
    ProjectId
);
define_id!(
    /// Identifies a [`Milestone`](crate::Milestone) within its project.
    MilestoneId
);
define_id!(
    /// Identifies an [`Indicator`](crate::Indicator) (Kennzahl) within its project.
    IndicatorId
);

define_id!(
    /// Identifies a [`Competence`](crate::competence::Competence) of the Kompetenzrad.
    CompetenceId
);
define_id!(
    /// Identifies a [`SelfAssessment`](crate::competence::SelfAssessment).
    AssessmentId
);
define_id!(
    /// Identifies a [`StaffSurvey`](crate::competence::StaffSurvey).
    SurveyId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_parse_round_trip() {
        let id = GuidelineId::from_random_bytes([7; 16]);
        let text = id.to_string();
        assert_eq!(text.len(), 36);
        assert_eq!(text.parse::<GuidelineId>().unwrap(), id);
    }

    #[test]
    fn random_bytes_give_a_version_4_uuid() {
        let id = GuidelineId::from_random_bytes([0xff; 16]);
        assert_eq!(id.as_uuid().get_version_num(), 4);
    }

    #[test]
    fn serialises_as_a_plain_string() {
        let id = GuidelineId::from_u128(1);
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            "\"00000000-0000-0000-0000-000000000001\""
        );
    }
}
