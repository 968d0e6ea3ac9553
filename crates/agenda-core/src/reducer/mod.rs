//! The one reducer: every change to an [`Agenda`] goes through
//! [`Agenda::apply`]. Each arm validates first and mutates last, so a refused
//! action leaves the agenda untouched.

pub(crate) mod action;
mod competences;
mod contributions;
pub(crate) mod error;
mod priorities;
mod projects;

use std::sync::Arc;

use std::collections::HashSet;

use crate::model::GuidelineId;
use crate::model::limits;
use crate::model::normalize::{Lines, TextRule};
use crate::model::{Agenda, Guideline};
use crate::reducer::action::{Action, GuidelineDraft};
use crate::reducer::error::{AgendaError, TextField};
use crate::replication::history::{Author, Change};
use crate::replication::scopes::{changed_scopes, registers_in};
use crate::replication::sync::doc_of;
use crate::replication::versions::{Replica, Stamp};

const MUNICIPALITY: TextRule = TextRule {
    field: TextField::Municipality,
    max_chars: limits::MUNICIPALITY_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};
const VISION: TextRule = TextRule {
    field: TextField::Vision,
    max_chars: limits::VISION_MAX_CHARS,
    required: false,
    lines: Lines::Multi,
};
pub(crate) const GUIDELINE_TITLE: TextRule = TextRule {
    field: TextField::GuidelineTitle,
    max_chars: limits::GUIDELINE_TITLE_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
const GUIDELINE_DESCRIPTION: TextRule = TextRule {
    field: TextField::GuidelineDescription,
    max_chars: limits::GUIDELINE_TEXT_MAX_CHARS,
    required: false,
    lines: Lines::Multi,
};
const GUIDELINE_RATIONALE: TextRule = TextRule {
    field: TextField::GuidelineRationale,
    max_chars: limits::GUIDELINE_TEXT_MAX_CHARS,
    required: false,
    lines: Lines::Multi,
};

impl GuidelineDraft {
    /// Normalises and checks the typed text.
    fn clean(&self) -> Result<Self, AgendaError> {
        Ok(Self {
            title: GUIDELINE_TITLE.clean(&self.title)?,
            description: GUIDELINE_DESCRIPTION.clean(&self.description)?,
            rationale: GUIDELINE_RATIONALE.clean(&self.rationale)?,
        })
    }
}

impl Guideline {
    /// Checks the stored text of a Leitplanke.
    fn check(&self) -> Result<(), AgendaError> {
        GUIDELINE_TITLE.check(&self.title)?;
        GUIDELINE_DESCRIPTION.check(&self.description)?;
        GUIDELINE_RATIONALE.check(&self.rationale)
    }
}

impl Agenda {
    /// Applies one action as [`Replica::ANONYMOUS`]. On error the agenda is
    /// unchanged.
    pub fn apply(&mut self, action: Action) -> Result<(), AgendaError> {
        self.apply_by(action, Replica::ANONYMOUS)
    }

    /// Applies one action written in the copy `replica` and stamps the
    /// registers it changed (see [`crate::replication::versions`]). A [`Action::Restore`]
    /// brings back the restored agenda's versions with it. On error the
    /// agenda is unchanged. Records no history: see [`Self::apply_signed`].
    pub fn apply_by(&mut self, action: Action, replica: Replica) -> Result<(), AgendaError> {
        self.apply_stamped(action, replica, None)
    }

    /// [`Self::apply_by`], and records in the [`crate::History`] of every document
    /// whose registers changed that `author` changed it at `at` (seconds
    /// since 1970, UTC).
    pub fn apply_signed(
        &mut self,
        action: Action,
        replica: Replica,
        author: &Author,
        at: u64,
    ) -> Result<(), AgendaError> {
        self.apply_stamped(action, replica, Some((author, at)))
    }

    fn apply_stamped(
        &mut self,
        action: Action,
        replica: Replica,
        author: Option<(&Author, u64)>,
    ) -> Result<(), AgendaError> {
        if matches!(action, Action::Restore { .. }) {
            return self.change(action);
        }
        // Items are shared, so this copy costs a pointer per item.
        let before = self.without_versions();
        if let Action::Revert { agenda } = action {
            agenda.validate()?;
            let versions = std::mem::take(&mut self.versions);
            let history = std::mem::take(&mut self.history);
            *self = Self {
                versions,
                history,
                ..*agenda
            };
        } else {
            self.change(action)?;
        }
        self.stamp_changes(&before, replica, author);
        Ok(())
    }

    /// Stamps the registers that differ from `before`, building registers
    /// only for the scopes (items, lists, settings) that changed, and
    /// records who changed their documents.
    fn stamp_changes(&mut self, before: &Agenda, replica: Replica, author: Option<(&Author, u64)>) {
        let scopes = changed_scopes(before, self);
        if scopes.is_empty() {
            return;
        }
        let old = registers_in(before, &scopes);
        let new = registers_in(self, &scopes);
        self.versions.record(&old, &new, replica);
        let Some((author, at)) = author else { return };
        let mut documents: Vec<String> = old
            .iter()
            .filter(|(key, value)| new.get(*key) != Some(*value))
            .map(|(key, _)| key)
            .chain(new.keys().filter(|key| !old.contains_key(*key)))
            .filter_map(|key| doc_of(key))
            .collect();
        crate::sorting::sort(&mut documents);
        documents.dedup();
        let change = Change {
            stamp: Stamp(self.versions.newest(), replica),
            by: author.name.clone(),
            at,
            checked: author.checked,
        };
        self.history.record(documents, &change);
    }

    pub(crate) fn change(&mut self, action: Action) -> Result<(), AgendaError> {
        match action {
            Action::SetMunicipality { name } => {
                self.municipality = MUNICIPALITY.clean(&name)?;
            }
            Action::SetFinance { settings } => self.finance = self.clean_finance(&settings)?,
            Action::SetVision { text } => {
                self.vision.text = VISION.clean(&text)?;
            }
            Action::AddGuideline { id, draft } => {
                let draft = draft.clean()?;
                self.ensure_room_for_guideline(id)?;
                self.guidelines.push(Arc::new(Guideline {
                    id,
                    title: draft.title,
                    description: draft.description,
                    rationale: draft.rationale,
                    status: Default::default(),
                    field: None,
                }));
            }
            Action::EditGuideline { id, draft } => {
                let draft = draft.clean()?;
                let guideline = self.guideline_mut(id)?;
                guideline.title = draft.title;
                guideline.description = draft.description;
                guideline.rationale = draft.rationale;
            }
            Action::SetGuidelineStatus { id, status } => {
                self.guideline_mut(id)?.status = status;
            }
            Action::MoveGuideline { id, to } => {
                let from = self.position_of(id)?;
                let max = self.guidelines.len().saturating_sub(1);
                if to > max {
                    return Err(AgendaError::PositionOutOfRange { index: to, max });
                }
                let moved = self.guidelines.remove(from);
                self.guidelines.insert(to, moved);
            }
            Action::RemoveGuideline { id } => {
                let index = self.position_of(id)?;
                if self.guideline_in_use(id) {
                    return Err(AgendaError::GuidelineInUse(id));
                }
                self.guidelines.remove(index);
                crate::model::edit_where(
                    &mut self.perspectives,
                    |p| p.guidelines.contains(&id),
                    |p| p.guidelines.retain(|g| *g != id),
                );
                self.prioritisation
                    .forget_item(crate::model::prioritisation::ItemRef::Guideline(id));
            }
            Action::Restore { agenda } => {
                agenda.validate()?;
                *self = *agenda;
            }
            // Handled in `apply_by`, which stamps it.
            Action::Revert { .. } => {}
            Action::SetGuidelineField { id, field } => self.set_guideline_field(id, field)?,
            Action::AddField { id, name } => self.add_field(id, &name)?,
            Action::RenameField { id, name } => self.rename_field(id, &name)?,
            Action::RemoveField { id } => self.remove_field(id)?,
            Action::AddDepartment { id, draft } => self.add_department(id, &draft)?,
            Action::EditDepartment { id, draft } => self.edit_department(id, &draft)?,
            Action::SetDepartmentWeight { id, weight } => self.set_department_weight(id, weight)?,
            Action::RemoveDepartment { id } => self.remove_department(id)?,
            Action::AddPerspective { id, draft } => self.add_perspective(id, &draft)?,
            Action::EditPerspective { id, draft } => self.edit_perspective(id, &draft)?,
            Action::RemovePerspective { id } => self.remove_perspective(id)?,
            Action::AddCard {
                id,
                text,
                department,
            } => self.add_card(id, &text, department)?,
            Action::SortCard { id, target } => self.sort_card(id, target)?,
            Action::RemoveIdea { id } => self.remove_idea(id)?,
            Action::SetPrioritySubject { subject } => self.set_subject(subject),
            Action::SetPriorityMethod { method } => self.set_method(method),
            Action::SetBudget { budget } => self.set_budget(budget)?,
            Action::SetMaxPerItem { max } => self.set_max_per_item(max)?,
            Action::SetPoints {
                department,
                item,
                points,
            } => self.set_points(department, item, points)?,
            Action::SetRanking { department, order } => self.set_ranking(department, order)?,
            Action::AddProject { id, draft } => self.add_project(id, &draft)?,
            Action::EditProject { id, draft } => self.edit_project(id, &draft)?,
            Action::RemoveProject { id } => self.remove_project(id)?,
            Action::ProjectFromIdea {
                idea,
                id,
                lead,
                guidelines,
            } => self.project_from_idea(idea, id, lead, guidelines)?,
            Action::ProjectFromPerspective {
                perspective,
                id,
                title,
            } => self.project_from_perspective(perspective, id, &title)?,
            Action::GuidelineToProject {
                guideline,
                id,
                lead,
                serves,
            } => self.guideline_to_project(guideline, id, lead, serves)?,
            Action::SetProjectStatus {
                id,
                status,
                date,
                note,
            } => self.set_project_status(id, status, date, &note)?,
            Action::SetProgressOverride { id, percent } => {
                self.set_progress_override(id, percent)?
            }
            Action::AddMilestone {
                project,
                id,
                title,
                due,
            } => self.add_milestone(project, id, &title, due)?,
            Action::SetMilestoneDone { project, id, done } => {
                self.set_milestone_done(project, id, done)?
            }
            Action::RemoveMilestone { project, id } => self.remove_milestone(project, id)?,
            Action::AddIndicator {
                project,
                id,
                name,
                unit,
                baseline,
                target,
            } => self.add_indicator(project, id, &name, &unit, baseline, target)?,
            Action::MeasureIndicator {
                project,
                id,
                value,
                date,
            } => self.measure_indicator(project, id, value, date)?,
            Action::RemoveIndicator { project, id } => self.remove_indicator(project, id)?,
            Action::AddCompetence {
                id,
                area,
                name,
                target,
            } => self.put_competence(id, area, &name, target, true)?,
            Action::EditCompetence {
                id,
                area,
                name,
                target,
            } => self.put_competence(id, area, &name, target, false)?,
            Action::RemoveCompetence { id } => self.remove_competence(id)?,
            Action::AddAssessment { id, draft } => self.add_assessment(id, &draft)?,
            Action::EditAssessment { id, draft } => self.edit_assessment(id, &draft)?,
            Action::RemoveAssessment { id } => self.remove_assessment(id)?,
            Action::AddSurvey { id, draft } => self.add_survey(id, &draft)?,
            Action::EditSurvey { id, draft } => self.edit_survey(id, &draft)?,
            Action::RemoveSurvey { id } => self.remove_survey(id)?,
        }
        Ok(())
    }

    /// Checks every invariant; used for data that did not come through
    /// [`Agenda::apply`] (stored or imported data).
    pub fn validate(&self) -> Result<(), AgendaError> {
        MUNICIPALITY.check(&self.municipality)?;
        VISION.check(&self.vision.text)?;
        if self.clean_finance(&self.finance)? != self.finance {
            return Err(AgendaError::ControlCharacters {
                field: TextField::ProjectName,
            });
        }
        if self.guidelines.len() > limits::MAX_GUIDELINES {
            return Err(AgendaError::TooManyGuidelines {
                max: limits::MAX_GUIDELINES,
            });
        }
        let mut seen = HashSet::new();
        for guideline in &self.guidelines {
            if !seen.insert(guideline.id) {
                return Err(AgendaError::DuplicateGuideline(guideline.id));
            }
            guideline.check()?;
        }
        self.validate_contributions()?;
        self.validate_prioritisation()?;
        self.validate_projects()?;
        self.validate_competences()
    }

    pub(crate) fn ensure_room_for_guideline(&self, id: GuidelineId) -> Result<(), AgendaError> {
        if self.guideline(id).is_some() {
            return Err(AgendaError::DuplicateGuideline(id));
        }
        if self.guidelines.len() >= limits::MAX_GUIDELINES {
            return Err(AgendaError::TooManyGuidelines {
                max: limits::MAX_GUIDELINES,
            });
        }
        Ok(())
    }

    fn position_of(&self, id: GuidelineId) -> Result<usize, AgendaError> {
        self.guideline_position(id)
            .ok_or(AgendaError::UnknownGuideline(id))
    }

    fn guideline_mut(&mut self, id: GuidelineId) -> Result<&mut Guideline, AgendaError> {
        self.guidelines
            .iter_mut()
            .find(|g| g.id == id)
            .map(Arc::make_mut)
            .ok_or(AgendaError::UnknownGuideline(id))
    }
}
