//! Typed errors of the reducer. The web layer turns them into German text.

use std::fmt;

use thiserror::Error;

use crate::model::prioritisation::ItemRef;
use crate::model::{CardId, DepartmentId, FieldId, GuidelineId, IdeaId, PerspectiveId};

/// The kinds of item that have ids, named in errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Leitplanke.
    Guideline,
    /// Handlungsfeld.
    Field,
    /// Fachbereich.
    Department,
    /// Perspektive.
    Perspective,
    /// Workshop card.
    Card,
    /// Projektidee.
    Idea,
    /// Projekt.
    Project,
    /// Meilenstein.
    Milestone,
    /// Kennzahl.
    Indicator,
    /// Kompetenz of the Kompetenzrad.
    Competence,
    /// Selbsteinschätzung.
    Assessment,
    /// Mitarbeitendenbefragung.
    Survey,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Guideline => "guideline",
            Self::Field => "field of action",
            Self::Department => "department",
            Self::Perspective => "perspective",
            Self::Card => "card",
            Self::Idea => "project idea",
            Self::Project => "project",
            Self::Milestone => "milestone",
            Self::Indicator => "indicator",
            Self::Competence => "competence",
            Self::Assessment => "self-assessment",
            Self::Survey => "staff survey",
        })
    }
}

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
    /// Name of a Handlungsfeld.
    FieldName,
    /// Name of a Fachbereich.
    DepartmentName,
    /// Short name of a Fachbereich.
    DepartmentShortName,
    /// Head of a Fachbereich.
    DepartmentHead,
    /// Text of a perspective.
    PerspectiveText,
    /// Text of a workshop card.
    CardText,
    /// Title of a project.
    ProjectTitle,
    /// Description, effect or a status note of a project.
    ProjectText,
    /// Responsible person or funding programme.
    ProjectName,
    /// Title of a milestone.
    MilestoneTitle,
    /// Name or unit of a Kennzahl.
    IndicatorName,
    /// Title of a project idea.
    IdeaTitle,
    /// Name of a competence.
    CompetenceName,
    /// Name of a person in a self-assessment.
    PersonName,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Municipality => "municipality",
            Self::Vision => "vision",
            Self::GuidelineTitle => "guideline title",
            Self::GuidelineDescription => "guideline description",
            Self::GuidelineRationale => "guideline rationale",
            Self::FieldName => "field of action name",
            Self::DepartmentName => "department name",
            Self::DepartmentShortName => "department short name",
            Self::DepartmentHead => "department head",
            Self::PerspectiveText => "perspective text",
            Self::CardText => "card text",
            Self::ProjectTitle => "project title",
            Self::ProjectText => "project text",
            Self::ProjectName => "project name field",
            Self::MilestoneTitle => "milestone title",
            Self::IndicatorName => "indicator name",
            Self::IdeaTitle => "project idea title",
            Self::CompetenceName => "competence name",
            Self::PersonName => "person name",
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
    /// The agenda holds the maximum number of items of this kind.
    #[error("at most {max} items of kind {kind} are allowed")]
    TooMany {
        /// Which kind.
        kind: Kind,
        /// The limit.
        max: usize,
    },
    /// No item of this kind has this id.
    #[error("no {kind} with id {id}")]
    Unknown {
        /// Which kind.
        kind: Kind,
        /// The id, as text.
        id: String,
    },
    /// An item of this kind with this id exists already.
    #[error("a {kind} with id {id} exists already")]
    Duplicate {
        /// Which kind.
        kind: Kind,
        /// The id, as text.
        id: String,
    },
    /// A Fachbereich still has perspectives, cards or ideas.
    #[error("department {0} still has contributions")]
    DepartmentInUse(DepartmentId),
    /// A weight outside 0..=max.
    #[error("weight {weight} is outside 0..={max}")]
    WeightOutOfRange {
        /// Given weight.
        weight: u32,
        /// Largest weight.
        max: u32,
    },
    /// Budget or per-item cap outside its range.
    #[error("{value} is outside {min}..={max}")]
    SettingOutOfRange {
        /// Given value.
        value: u32,
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
    },
    /// A Fachbereich has given more points than a new budget or cap allows.
    #[error("department {department} has given {given} points, more than {limit}")]
    AlreadyAllocated {
        /// Which Fachbereich.
        department: DepartmentId,
        /// Points given (in total or to one item).
        given: u32,
        /// The new limit.
        limit: u32,
    },
    /// Points over the cap per item.
    #[error("at most {max} points per item")]
    OverItemCap {
        /// The cap.
        max: u32,
    },
    /// Points over the department's remaining budget.
    #[error("only {remaining} points are left of the budget")]
    OverBudget {
        /// Points still free.
        remaining: u32,
    },
    /// The item is not of the kind currently prioritised.
    #[error("{0:?} is not being prioritised now")]
    NotPrioritised(ItemRef),
    /// A stored ballot is malformed (empty, or given twice).
    #[error("a ballot of department {0} is malformed")]
    InvalidBallot(DepartmentId),
    /// A Leitplanke still has projects serving it.
    #[error("guideline {0} is served by projects")]
    GuidelineInUse(GuidelineId),
    /// The end of a project lies before its start.
    #[error("the end lies before the start")]
    EndBeforeStart,
    /// A number outside its range or not finite.
    #[error("{value} is not allowed here")]
    BadNumber {
        /// The number, as text.
        value: String,
    },
    /// A list names the same item twice, or the lead also as participant.
    #[error("{kind} {id} is listed twice")]
    ListedTwice {
        /// Which kind.
        kind: Kind,
        /// The id, as text.
        id: String,
    },
    /// A level outside the scale of the Kompetenzrad.
    #[error("level {0} is outside 0..=4")]
    LevelOutOfRange(u8),
    /// More answers for a competence than people took part in the survey.
    #[error("{answered} answers for a competence, but only {respondents} respondents")]
    MoreAnswersThanRespondents {
        /// Answers counted for one competence.
        answered: u32,
        /// People who took part.
        respondents: u32,
    },
    /// A competence that self-assessments or surveys have rated.
    #[error("competence {0} has been rated")]
    CompetenceInUse(crate::model::CompetenceId),
    /// A ranking names an item twice.
    #[error("{0:?} appears twice in the ranking")]
    RankedTwice(ItemRef),
}

impl AgendaError {
    pub(crate) fn unknown(kind: Kind, id: impl fmt::Display) -> Self {
        Self::Unknown {
            kind,
            id: id.to_string(),
        }
    }

    pub(crate) fn duplicate(kind: Kind, id: impl fmt::Display) -> Self {
        Self::Duplicate {
            kind,
            id: id.to_string(),
        }
    }
}

/// Ids that name their kind in errors.
pub(crate) trait Identified: Copy + fmt::Display {
    const KIND: Kind;
}

impl Identified for FieldId {
    const KIND: Kind = Kind::Field;
}
impl Identified for DepartmentId {
    const KIND: Kind = Kind::Department;
}
impl Identified for PerspectiveId {
    const KIND: Kind = Kind::Perspective;
}
impl Identified for CardId {
    const KIND: Kind = Kind::Card;
}
impl Identified for IdeaId {
    const KIND: Kind = Kind::Idea;
}
impl Identified for crate::model::ProjectId {
    const KIND: Kind = Kind::Project;
}
impl Identified for crate::model::MilestoneId {
    const KIND: Kind = Kind::Milestone;
}
impl Identified for crate::model::IndicatorId {
    const KIND: Kind = Kind::Indicator;
}
impl Identified for crate::model::CompetenceId {
    const KIND: Kind = Kind::Competence;
}
impl Identified for crate::model::AssessmentId {
    const KIND: Kind = Kind::Assessment;
}
impl Identified for crate::model::SurveyId {
    const KIND: Kind = Kind::Survey;
}
