//! Everything that can change an agenda.

use serde::{Deserialize, Serialize};

use crate::competence::{AssessmentDraft, CompetenceArea, SurveyDraft};
use crate::model::date::Date;
use crate::model::prioritisation::{ItemRef, PriorityMethod, PrioritySubject};
use crate::model::{
    AssessmentId, CardId, CompetenceId, DepartmentId, FieldId, GuidelineId, IdeaId, IndicatorId,
    MilestoneId, PerspectiveId, ProjectId, SurveyId,
};
use crate::model::{GuidelineStatus, PerspectiveKind};
use crate::model::{ProjectDraft, ProjectStatus};

/// The editable text of a Fachbereich.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentDraft {
    /// Full name (required), e.g. "Bauamt".
    pub name: String,
    /// Short name, e.g. "FB 3".
    pub short_name: String,
    /// Head of the department.
    pub head: String,
}

/// The editable content of a perspective.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerspectiveDraft {
    /// Contributing Fachbereich.
    pub department: DepartmentId,
    /// Kind of contribution.
    pub kind: PerspectiveKind,
    /// The contribution (required).
    pub text: String,
    /// Its Handlungsfeld.
    pub field: Option<FieldId>,
    /// Leitplanken it relates to.
    pub guidelines: Vec<GuidelineId>,
}

/// Where a workshop card is sorted to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortTarget {
    /// Becomes a new Leitplanke (draft) with the card's text as title.
    Guideline {
        /// Id of the new Leitplanke.
        id: GuidelineId,
    },
    /// Becomes a perspective of a Fachbereich.
    Perspective {
        /// Id of the new perspective.
        id: PerspectiveId,
        /// Its Fachbereich (the card's, unless changed while sorting).
        department: DepartmentId,
        /// Its kind.
        kind: PerspectiveKind,
    },
    /// Becomes a project idea.
    ProjectIdea {
        /// Id of the new idea.
        id: IdeaId,
    },
    /// Is thrown away.
    Discard,
}

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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Set the municipality's name (may be empty).
    SetMunicipality {
        /// New name.
        name: String,
    },
    /// Set the town's hourly rate and discount rate, with their sources.
    SetFinance {
        /// The new settings.
        settings: crate::kaemmerei::finance::FinanceSettings,
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
    /// Replace the agenda as a whole, versions included (an imported file,
    /// a merge result). The state is checked like stored data.
    Restore {
        /// The new state.
        agenda: Box<crate::Agenda>,
    },
    /// Bring back the content of an earlier state as a new change (undo):
    /// every register that differs is stamped anew, so the earlier content
    /// also wins when this copy is merged with one that still has the
    /// undone change (another tab). Checked like stored data.
    Revert {
        /// The earlier state; its versions are not used.
        agenda: Box<crate::Agenda>,
    },
    /// Assign a Leitplanke to a Handlungsfeld, or none.
    SetGuidelineField {
        /// Which Leitplanke.
        id: GuidelineId,
        /// The Handlungsfeld.
        field: Option<FieldId>,
    },
    /// Add a Handlungsfeld at the end.
    AddField {
        /// Fresh id.
        id: FieldId,
        /// Its name.
        name: String,
    },
    /// Rename a Handlungsfeld.
    RenameField {
        /// Which one.
        id: FieldId,
        /// New name.
        name: String,
    },
    /// Remove a Handlungsfeld; Leitplanken and perspectives lose the
    /// assignment, ballots lose the item.
    RemoveField {
        /// Which one.
        id: FieldId,
    },
    /// Add a Fachbereich with weight 1.
    AddDepartment {
        /// Fresh id.
        id: DepartmentId,
        /// Its text.
        draft: DepartmentDraft,
    },
    /// Change name, short name and head of a Fachbereich.
    EditDepartment {
        /// Which one.
        id: DepartmentId,
        /// New text.
        draft: DepartmentDraft,
    },
    /// Set how much a Fachbereich's ballot counts (0 = not at all).
    SetDepartmentWeight {
        /// Which one.
        id: DepartmentId,
        /// 0 to `MAX_DEPARTMENT_WEIGHT`.
        weight: u32,
    },
    /// Remove a Fachbereich that has no perspectives, cards or ideas; its
    /// ballots go with it.
    RemoveDepartment {
        /// Which one.
        id: DepartmentId,
    },
    /// Add a perspective of a Fachbereich.
    AddPerspective {
        /// Fresh id.
        id: PerspectiveId,
        /// Its content.
        draft: PerspectiveDraft,
    },
    /// Change a perspective.
    EditPerspective {
        /// Which one.
        id: PerspectiveId,
        /// New content.
        draft: PerspectiveDraft,
    },
    /// Remove a perspective.
    RemovePerspective {
        /// Which one.
        id: PerspectiveId,
    },
    /// Put a card on the workshop board.
    AddCard {
        /// Fresh id.
        id: CardId,
        /// What is written on it.
        text: String,
        /// The Fachbereich it comes from, if any.
        department: Option<DepartmentId>,
    },
    /// Sort a card: it becomes a Leitplanke, perspective or project idea
    /// (keeping its text and Fachbereich) or is discarded, and leaves the
    /// board in the same step.
    SortCard {
        /// Which card.
        id: CardId,
        /// Where it goes.
        target: SortTarget,
    },
    /// Remove a project idea.
    RemoveIdea {
        /// Which one.
        id: IdeaId,
    },
    /// Choose what is prioritised.
    SetPrioritySubject {
        /// Handlungsfelder, Leitplanken or Projektideen.
        subject: PrioritySubject,
    },
    /// Choose points or ranking.
    SetPriorityMethod {
        /// The method.
        method: PriorityMethod,
    },
    /// Set the points budget per Fachbereich.
    SetBudget {
        /// 1 to `MAX_BUDGET`, not below what any Fachbereich has given.
        budget: u32,
    },
    /// Set the most points per item.
    SetMaxPerItem {
        /// 1 to budget, not below any given allocation.
        max: u32,
    },
    /// Set the points a Fachbereich gives an item (0 takes them back).
    SetPoints {
        /// The giving Fachbereich.
        department: DepartmentId,
        /// An item of the current subject.
        item: ItemRef,
        /// 0 to `max_per_item`, within the budget.
        points: u32,
    },
    /// Set a Fachbereich's ranking of items of the current subject (empty
    /// removes it).
    SetRanking {
        /// The ranking Fachbereich.
        department: DepartmentId,
        /// Items, best first, each once.
        order: Vec<ItemRef>,
    },
    /// Create a project (status Idee).
    AddProject {
        /// Fresh id.
        id: ProjectId,
        /// Its Steckbrief.
        draft: ProjectDraft,
    },
    /// Replace a project's Steckbrief.
    EditProject {
        /// Which one.
        id: ProjectId,
        /// New Steckbrief.
        draft: ProjectDraft,
    },
    /// Delete a project.
    RemoveProject {
        /// Which one.
        id: ProjectId,
    },
    /// Turn a project idea into a project; the idea leaves the idea list.
    ProjectFromIdea {
        /// The idea.
        idea: IdeaId,
        /// Fresh project id.
        id: ProjectId,
        /// Lead department (the idea's department if it has one).
        lead: DepartmentId,
        /// Leitplanken the project serves.
        guidelines: Vec<GuidelineId>,
    },
    /// Turn a perspective into a project that addresses it; the
    /// perspective stays.
    ProjectFromPerspective {
        /// The perspective.
        perspective: PerspectiveId,
        /// Fresh project id.
        id: ProjectId,
        /// Title of the project.
        title: String,
    },
    /// Turn a Leitplanke that reads like a project (Strategie-Check) into a
    /// project serving another Leitplanke; the source Leitplanke is removed.
    GuidelineToProject {
        /// The Leitplanke to turn into a project.
        guideline: GuidelineId,
        /// Fresh project id.
        id: ProjectId,
        /// Lead department.
        lead: DepartmentId,
        /// The Leitplanke the new project serves.
        serves: GuidelineId,
    },
    /// Record a status update (also a note with the same status).
    SetProjectStatus {
        /// Which project.
        id: ProjectId,
        /// New status.
        status: ProjectStatus,
        /// Date of the update.
        date: Date,
        /// What happened (may be empty).
        note: String,
    },
    /// Set progress by hand (`None` returns to progress from milestones).
    SetProgressOverride {
        /// Which project.
        id: ProjectId,
        /// Percent, 0 to 100.
        percent: Option<u8>,
    },
    /// Add a milestone.
    AddMilestone {
        /// Which project.
        project: ProjectId,
        /// Fresh id.
        id: MilestoneId,
        /// What is reached.
        title: String,
        /// When.
        due: Date,
    },
    /// Mark a milestone reached or not.
    SetMilestoneDone {
        /// Which project.
        project: ProjectId,
        /// Which milestone.
        id: MilestoneId,
        /// Reached?
        done: bool,
    },
    /// Delete a milestone.
    RemoveMilestone {
        /// Which project.
        project: ProjectId,
        /// Which milestone.
        id: MilestoneId,
    },
    /// Add a Kennzahl.
    AddIndicator {
        /// Which project.
        project: ProjectId,
        /// Fresh id.
        id: IndicatorId,
        /// Name.
        name: String,
        /// Unit.
        unit: String,
        /// Value at the start.
        baseline: f64,
        /// Value aimed for.
        target: f64,
    },
    /// Record the current value of a Kennzahl.
    MeasureIndicator {
        /// Which project.
        project: ProjectId,
        /// Which Kennzahl.
        id: IndicatorId,
        /// Measured value.
        value: f64,
        /// Date of measurement.
        date: Date,
    },
    /// Delete a Kennzahl.
    RemoveIndicator {
        /// Which project.
        project: ProjectId,
        /// Which Kennzahl.
        id: IndicatorId,
    },
    /// Add a competence to the Kompetenzrad.
    AddCompetence {
        /// New id (a preset competence has its fixed one).
        id: CompetenceId,
        /// Its area.
        area: CompetenceArea,
        /// Its name.
        name: String,
        /// The level the administration aims for.
        target: u8,
    },
    /// Change a competence's area, name and target.
    EditCompetence {
        /// Which competence.
        id: CompetenceId,
        /// Its area.
        area: CompetenceArea,
        /// Its name.
        name: String,
        /// The level the administration aims for.
        target: u8,
    },
    /// Remove a competence no one has rated; projects forget it.
    RemoveCompetence {
        /// Which competence.
        id: CompetenceId,
    },
    /// Record a team member's self-assessment.
    AddAssessment {
        /// New id.
        id: AssessmentId,
        /// Its content.
        draft: AssessmentDraft,
    },
    /// Change a self-assessment.
    EditAssessment {
        /// Which one.
        id: AssessmentId,
        /// Its new content.
        draft: AssessmentDraft,
    },
    /// Delete a self-assessment.
    RemoveAssessment {
        /// Which one.
        id: AssessmentId,
    },
    /// Record a department's staff survey (counts only).
    AddSurvey {
        /// New id.
        id: SurveyId,
        /// Its content.
        draft: SurveyDraft,
    },
    /// Change a staff survey.
    EditSurvey {
        /// Which one.
        id: SurveyId,
        /// Its new content.
        draft: SurveyDraft,
    },
    /// Delete a staff survey.
    RemoveSurvey {
        /// Which one.
        id: SurveyId,
    },
}
