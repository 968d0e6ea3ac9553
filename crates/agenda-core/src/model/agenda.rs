//! The agenda aggregate and its parts. Fields are private: the only way to
//! change an [`Agenda`] is [`Agenda::apply`](crate::Agenda::apply), so the
//! invariants checked there hold for every agenda in the program.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::competence::{Competence, SelfAssessment, StaffSurvey};
use crate::kaemmerei::finance::FinanceSettings;
use crate::model::Project;
use crate::model::prioritisation::Prioritisation;
use crate::model::{AssessmentId, CompetenceId, ProjectId, SurveyId};
use crate::model::{CardId, DepartmentId, FieldId, GuidelineId, IdeaId, PerspectiveId};
use crate::replication::history::History;
use crate::replication::versions::Versions;

/// A municipality's *Digitale Agenda*.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub(crate) municipality: String,
    pub(crate) vision: Vision,
    pub(crate) guidelines: Vec<Arc<Guideline>>,
    pub(crate) fields: Vec<Arc<FieldOfAction>>,
    pub(crate) departments: Vec<Arc<Department>>,
    pub(crate) perspectives: Vec<Arc<Perspective>>,
    pub(crate) workshop: Vec<Arc<Card>>,
    pub(crate) ideas: Vec<Arc<ProjectIdea>>,
    pub(crate) prioritisation: Prioritisation,
    pub(crate) projects: Vec<Arc<Project>>,
    /// The Kompetenzrad's competences (schema 5).
    pub(crate) competences: Vec<Arc<Competence>>,
    /// Self-assessments of the team (schema 5).
    pub(crate) assessments: Vec<Arc<SelfAssessment>>,
    /// Departments' staff surveys, aggregated (schema 5).
    pub(crate) surveys: Vec<Arc<StaffSurvey>>,
    /// Hourly rate and discount rate (schema 6); absent in the registers
    /// of a merge that did not touch it.
    #[serde(default)]
    pub(crate) finance: FinanceSettings,
    /// Versions of the registers, for merging copies (schema 4).
    pub(crate) versions: Versions,
    /// Who changed which part when (schema 8).
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub(crate) history: History,
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
    pub(crate) field: Option<FieldId>,
}

/// A Handlungsfeld: a theme area such as Cybersicherheit or Beteiligung.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldOfAction {
    pub(crate) id: FieldId,
    pub(crate) name: String,
}

/// A Fachbereich (department or office).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub(crate) id: DepartmentId,
    pub(crate) name: String,
    pub(crate) short_name: String,
    pub(crate) head: String,
    pub(crate) weight: u32,
}

/// What kind of contribution a perspective is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PerspectiveKind {
    /// Herausforderung.
    #[default]
    Challenge,
    /// Bedarf.
    Need,
    /// Idee.
    Idea,
    /// Best Practice.
    BestPractice,
    /// Risiko.
    Risk,
}

impl PerspectiveKind {
    /// All kinds in display order.
    pub const ALL: [Self; 5] = [
        Self::Challenge,
        Self::Need,
        Self::Idea,
        Self::BestPractice,
        Self::Risk,
    ];
}

/// A department's contribution to the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub(crate) id: PerspectiveId,
    pub(crate) department: DepartmentId,
    pub(crate) kind: PerspectiveKind,
    pub(crate) text: String,
    pub(crate) field: Option<FieldId>,
    pub(crate) guidelines: Vec<GuidelineId>,
}

/// A post-it on the workshop board, waiting to be sorted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub(crate) id: CardId,
    pub(crate) text: String,
    pub(crate) department: Option<DepartmentId>,
}

/// An idea for an operational project, kept apart from the strategy until
/// the Digital-Navigator turns it into a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectIdea {
    pub(crate) id: IdeaId,
    pub(crate) title: String,
    pub(crate) department: Option<DepartmentId>,
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

/// Changes the items for which `needs` holds. Items are shared with earlier
/// states of the agenda (undo history, the state before an action), so only
/// the items that really change are copied.
pub(crate) fn edit_where<T: Clone>(
    items: &mut [Arc<T>],
    needs: impl Fn(&T) -> bool,
    mut change: impl FnMut(&mut T),
) {
    for item in items.iter_mut().filter(|item| needs(item)) {
        change(Arc::make_mut(item));
    }
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
    pub fn guidelines(&self) -> &[Arc<Guideline>] {
        &self.guidelines
    }

    /// The Leitplanke with this id.
    pub fn guideline(&self, id: GuidelineId) -> Option<&Guideline> {
        self.guidelines.iter().find(|g| g.id == id).map(Arc::as_ref)
    }

    /// Position of the Leitplanke with this id.
    pub fn guideline_position(&self, id: GuidelineId) -> Option<usize> {
        self.guidelines.iter().position(|g| g.id == id)
    }

    /// True when nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.without_versions() == Self::default()
    }

    /// Only the strategy: name, Leitbild, Leitplanken and Handlungsfelder,
    /// without departments, contributions, ballots, projects or versions.
    /// What a "strategy only" share link carries.
    pub fn strategy_only(&self) -> Self {
        Self {
            municipality: self.municipality.clone(),
            vision: self.vision.clone(),
            guidelines: self.guidelines.clone(),
            fields: self.fields.clone(),
            ..Self::default()
        }
    }

    /// The same content without the register versions and the history. Cheap: the items are
    /// shared, not copied. What an undo history needs to keep.
    pub fn without_versions(&self) -> Self {
        Self {
            municipality: self.municipality.clone(),
            vision: self.vision.clone(),
            guidelines: self.guidelines.clone(),
            fields: self.fields.clone(),
            departments: self.departments.clone(),
            perspectives: self.perspectives.clone(),
            workshop: self.workshop.clone(),
            ideas: self.ideas.clone(),
            prioritisation: self.prioritisation.clone(),
            projects: self.projects.clone(),
            competences: self.competences.clone(),
            assessments: self.assessments.clone(),
            surveys: self.surveys.clone(),
            finance: self.finance.clone(),
            versions: Versions::default(),
            history: History::default(),
        }
    }

    /// The versions of its registers (see [`crate::replication::versions`]).
    pub fn versions(&self) -> &Versions {
        &self.versions
    }

    /// Who changed which part when (see [`crate::replication::history`]).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The Handlungsfelder in their order.
    pub fn fields(&self) -> &[Arc<FieldOfAction>] {
        &self.fields
    }

    /// The Handlungsfeld with this id.
    pub fn field(&self, id: FieldId) -> Option<&FieldOfAction> {
        self.fields.iter().find(|f| f.id == id).map(Arc::as_ref)
    }

    /// The Fachbereiche in their order.
    pub fn departments(&self) -> &[Arc<Department>] {
        &self.departments
    }

    /// The Fachbereich with this id.
    pub fn department(&self, id: DepartmentId) -> Option<&Department> {
        self.departments
            .iter()
            .find(|d| d.id == id)
            .map(Arc::as_ref)
    }

    /// All perspectives, oldest first.
    pub fn perspectives(&self) -> &[Arc<Perspective>] {
        &self.perspectives
    }

    /// The perspective with this id.
    pub fn perspective(&self, id: PerspectiveId) -> Option<&Perspective> {
        self.perspectives
            .iter()
            .find(|p| p.id == id)
            .map(Arc::as_ref)
    }

    /// The perspectives of one Fachbereich.
    pub fn perspectives_of(&self, department: DepartmentId) -> impl Iterator<Item = &Perspective> {
        self.perspectives
            .iter()
            .filter(move |p| p.department == department)
            .map(Arc::as_ref)
    }

    /// Cards on the workshop board, in the order they were written.
    pub fn workshop(&self) -> &[Arc<Card>] {
        &self.workshop
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.workshop.iter().find(|c| c.id == id).map(Arc::as_ref)
    }

    /// Project ideas, oldest first.
    pub fn ideas(&self) -> &[Arc<ProjectIdea>] {
        &self.ideas
    }

    /// The project idea with this id.
    pub fn idea(&self, id: IdeaId) -> Option<&ProjectIdea> {
        self.ideas.iter().find(|i| i.id == id).map(Arc::as_ref)
    }

    /// The projects, in the order they were created.
    pub fn projects(&self) -> &[Arc<Project>] {
        &self.projects
    }

    /// The competences of the Kompetenzrad, in the order of the wheel.
    pub fn competences(&self) -> &[Arc<Competence>] {
        &self.competences
    }

    /// The competence with this id.
    pub fn competence(&self, id: CompetenceId) -> Option<&Competence> {
        self.competences
            .iter()
            .find(|c| c.id == id)
            .map(Arc::as_ref)
    }

    /// The team's self-assessments, in the order they were entered.
    pub fn assessments(&self) -> &[Arc<SelfAssessment>] {
        &self.assessments
    }

    /// The self-assessment with this id.
    pub fn assessment(&self, id: AssessmentId) -> Option<&SelfAssessment> {
        self.assessments
            .iter()
            .find(|a| a.id == id)
            .map(Arc::as_ref)
    }

    /// The staff surveys, in the order they were entered.
    pub fn surveys(&self) -> &[Arc<StaffSurvey>] {
        &self.surveys
    }

    /// The staff survey with this id.
    pub fn survey(&self, id: SurveyId) -> Option<&StaffSurvey> {
        self.surveys.iter().find(|s| s.id == id).map(Arc::as_ref)
    }

    /// The project with this id.
    pub fn project(&self, id: ProjectId) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id).map(Arc::as_ref)
    }

    /// The town's hourly rate and discount rate.
    pub fn finance(&self) -> &FinanceSettings {
        &self.finance
    }

    /// The prioritisation.
    pub fn prioritisation(&self) -> &Prioritisation {
        &self.prioritisation
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

    /// The Handlungsfeld it belongs to, if assigned.
    pub fn field(&self) -> Option<FieldId> {
        self.field
    }
}

impl FieldOfAction {
    /// Stable id.
    pub fn id(&self) -> FieldId {
        self.id
    }

    /// Name, never empty.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Department {
    /// Stable id.
    pub fn id(&self) -> DepartmentId {
        self.id
    }

    /// Full name, never empty.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Short name (may be empty).
    pub fn short_name(&self) -> &str {
        &self.short_name
    }

    /// The short name, or the full name where none is set.
    pub fn label(&self) -> &str {
        if self.short_name.is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }

    /// Head of the department (may be empty).
    pub fn head(&self) -> &str {
        &self.head
    }

    /// Weight in the prioritisation, 0 to [`MAX_DEPARTMENT_WEIGHT`](crate::model::limits::MAX_DEPARTMENT_WEIGHT).
    pub fn weight(&self) -> u32 {
        self.weight
    }
}

impl Perspective {
    /// Stable id; later projects refer to it.
    pub fn id(&self) -> PerspectiveId {
        self.id
    }

    /// The contributing Fachbereich.
    pub fn department(&self) -> DepartmentId {
        self.department
    }

    /// Herausforderung, Bedarf, Idee, Best Practice or Risiko.
    pub fn kind(&self) -> PerspectiveKind {
        self.kind
    }

    /// The contribution, never empty.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its Handlungsfeld, if assigned.
    pub fn field(&self) -> Option<FieldId> {
        self.field
    }

    /// The Leitplanken it relates to.
    pub fn guidelines(&self) -> &[GuidelineId] {
        &self.guidelines
    }
}

impl Card {
    /// Stable id.
    pub fn id(&self) -> CardId {
        self.id
    }

    /// What was written on it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The Fachbereich it was tagged with.
    pub fn department(&self) -> Option<DepartmentId> {
        self.department
    }
}

impl ProjectIdea {
    /// Stable id.
    pub fn id(&self) -> IdeaId {
        self.id
    }

    /// Short description.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The Fachbereich it came from.
    pub fn department(&self) -> Option<DepartmentId> {
        self.department
    }
}
