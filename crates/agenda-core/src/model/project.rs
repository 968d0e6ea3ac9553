//! Projects (Maßnahmen): the operational side, kept apart from the
//! strategy. A project always points to the strategy (the Leitplanken it
//! serves), never the other way round, and always has a lead department.

use serde::{Deserialize, Serialize};

use crate::kaemmerei::finance::{Benefits, Costs, Grant};
use crate::model::date::Date;
use crate::model::{
    CompetenceId, DepartmentId, FieldId, GuidelineId, IndicatorId, MilestoneId, PerspectiveId,
    ProjectId,
};

/// When a project should start.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PriorityBand {
    /// hoch: start now.
    High,
    /// mittel: within two years.
    #[default]
    Medium,
    /// niedrig: within four years.
    Low,
}

/// The state of a project.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    /// Idee.
    #[default]
    Idea,
    /// geplant.
    Planned,
    /// in Umsetzung.
    InProgress,
    /// abgeschlossen.
    Completed,
    /// pausiert.
    Paused,
    /// verworfen.
    Discarded,
}

impl ProjectStatus {
    /// All states in board order.
    pub const ALL: [Self; 6] = [
        Self::Idea,
        Self::Planned,
        Self::InProgress,
        Self::Paused,
        Self::Completed,
        Self::Discarded,
    ];

    /// Whether the project still needs attention (not finished or dropped).
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Completed | Self::Discarded)
    }
}

/// A dated step of a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub(crate) id: MilestoneId,
    pub(crate) title: String,
    pub(crate) due: Date,
    pub(crate) done: bool,
}

impl Milestone {
    /// Stable id.
    pub fn id(&self) -> MilestoneId {
        self.id
    }
    /// What is reached.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// When it is due.
    pub fn due(&self) -> Date {
        self.due
    }
    /// Whether it is reached.
    pub fn done(&self) -> bool {
        self.done
    }
    /// Not reached and its date has passed (marked "überfällig" in the
    /// Steckbrief, the roadmap and the council document).
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.done && self.due < today
    }
}

/// A measured value of a Kennzahl.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    pub(crate) value: f64,
    pub(crate) date: Date,
}

impl Measurement {
    /// The value.
    pub fn value(&self) -> f64 {
        self.value
    }
    /// When it was measured.
    pub fn date(&self) -> Date {
        self.date
    }
}

/// A Kennzahl: baseline, target and the current value with its date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub(crate) id: IndicatorId,
    pub(crate) name: String,
    pub(crate) unit: String,
    pub(crate) baseline: f64,
    pub(crate) target: f64,
    pub(crate) current: Option<Measurement>,
}

impl Indicator {
    /// Stable id.
    pub fn id(&self) -> IndicatorId {
        self.id
    }
    /// Name, e.g. "Online-Anträge".
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Unit, e.g. "%".
    pub fn unit(&self) -> &str {
        &self.unit
    }
    /// Value at the start.
    pub fn baseline(&self) -> f64 {
        self.baseline
    }
    /// Value aimed for.
    pub fn target(&self) -> f64 {
        self.target
    }
    /// The latest measurement, if any.
    pub fn current(&self) -> Option<Measurement> {
        self.current
    }
}

/// An entry of the status log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusUpdate {
    pub(crate) date: Date,
    pub(crate) status: ProjectStatus,
    pub(crate) note: String,
}

impl StatusUpdate {
    /// When.
    pub fn date(&self) -> Date {
        self.date
    }
    /// The status from then on.
    pub fn status(&self) -> ProjectStatus {
        self.status
    }
    /// What happened.
    pub fn note(&self) -> &str {
        &self.note
    }
}

/// The editable parts of a project's Steckbrief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectDraft {
    /// Title (required).
    pub title: String,
    /// What is done.
    pub description: String,
    /// Intended effect (Wirkung).
    pub effect: String,
    /// Lead department (required).
    pub lead: DepartmentId,
    /// Participating departments.
    pub participants: Vec<DepartmentId>,
    /// Leitplanken it serves.
    pub guidelines: Vec<GuidelineId>,
    /// Perspectives it addresses.
    pub perspectives: Vec<PerspectiveId>,
    /// Its Handlungsfeld.
    pub field: Option<FieldId>,
    /// hoch / mittel / niedrig.
    pub band: PriorityBand,
    /// Planned start.
    pub start: Option<Date>,
    /// Planned end, not before the start.
    pub end: Option<Date>,
    /// Responsible person.
    pub responsible: String,
    /// Weight in roll-ups, 1 to 10.
    pub weight: u32,
    /// Competences of the Kompetenzrad the project raises (schema 5).
    pub competences: Vec<CompetenceId>,
    /// One-off and recurring costs (schema 6): the project's only cost
    /// figures; schema 7 folded the former estimate in.
    pub costs: Costs,
    /// Hours and money saved, qualitative benefits (schema 6).
    pub benefits: Benefits,
    /// Förderprogramme applied for or received (schema 6).
    pub grants: Vec<Grant>,
}

impl ProjectDraft {
    /// A draft with only title and lead set.
    pub fn new(title: impl Into<String>, lead: DepartmentId) -> Self {
        Self {
            title: title.into(),
            description: String::new(),
            effect: String::new(),
            lead,
            participants: Vec::new(),
            guidelines: Vec::new(),
            perspectives: Vec::new(),
            field: None,
            band: PriorityBand::default(),
            start: None,
            end: None,
            responsible: String::new(),
            weight: 1,
            competences: Vec::new(),
            costs: Costs::default(),
            benefits: Benefits::default(),
            grants: Vec::new(),
        }
    }
}

/// A project (Maßnahme) with its Steckbrief, milestones, indicators and
/// status log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub(crate) id: ProjectId,
    pub(crate) sheet: ProjectDraft,
    pub(crate) milestones: Vec<Milestone>,
    pub(crate) indicators: Vec<Indicator>,
    pub(crate) status: ProjectStatus,
    pub(crate) updates: Vec<StatusUpdate>,
    pub(crate) progress_override: Option<u8>,
}

impl Project {
    /// Stable id.
    pub fn id(&self) -> ProjectId {
        self.id
    }
    /// The Steckbrief.
    pub fn sheet(&self) -> &ProjectDraft {
        &self.sheet
    }
    /// Title.
    pub fn title(&self) -> &str {
        &self.sheet.title
    }
    /// Lead department.
    pub fn lead(&self) -> DepartmentId {
        self.sheet.lead
    }
    /// Milestones by due date.
    pub fn milestones(&self) -> &[Milestone] {
        &self.milestones
    }
    /// Kennzahlen.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }
    /// Current status.
    pub fn status(&self) -> ProjectStatus {
        self.status
    }
    /// Status log, oldest first.
    pub fn updates(&self) -> &[StatusUpdate] {
        &self.updates
    }
    /// Manual progress in percent, if set.
    pub fn progress_override(&self) -> Option<u8> {
        self.progress_override
    }
}
