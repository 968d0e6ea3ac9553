//! Reducer arms for projects. A project always has an existing lead
//! department and points only at existing Leitplanken, perspectives,
//! departments and a Handlungsfeld; a Leitplanke that projects serve cannot
//! be deleted (the user re-links the projects first).

use std::sync::Arc;

use crate::kaemmerei::finance::{FinanceSettings, Grant};
use crate::model::date::Date;
use crate::model::limits;
use crate::model::normalize::{Lines, TextRule};
use crate::model::{Agenda, edit_where};
use crate::model::{
    DepartmentId, GuidelineId, IdeaId, IndicatorId, MilestoneId, PerspectiveId, ProjectId,
};
use crate::model::{
    Indicator, Measurement, Milestone, Project, ProjectDraft, ProjectStatus, StatusUpdate,
};
use crate::reducer::error::{AgendaError, Kind, TextField};

use super::contributions::{ensure_new, position};

const TITLE: TextRule = TextRule {
    field: TextField::ProjectTitle,
    max_chars: limits::PROJECT_TITLE_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
const TEXT: TextRule = TextRule {
    field: TextField::ProjectText,
    max_chars: limits::PROJECT_TEXT_MAX_CHARS,
    required: false,
    lines: Lines::Multi,
};
/// The reason of a qualitative benefit: one line, as its form field is and
/// as the CSV's one-benefit-per-line cell needs.
const REASON: TextRule = TextRule {
    lines: Lines::Single,
    ..TEXT
};
/// Where a rate in the finance settings comes from.
const SOURCE: TextRule = TextRule {
    field: TextField::ProjectName,
    max_chars: 300,
    required: false,
    lines: Lines::Single,
};
const NAME: TextRule = TextRule {
    field: TextField::ProjectName,
    max_chars: limits::PROJECT_NAME_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};
const MILESTONE: TextRule = TextRule {
    field: TextField::MilestoneTitle,
    max_chars: limits::PROJECT_TITLE_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
const INDICATOR: TextRule = TextRule {
    field: TextField::IndicatorName,
    max_chars: limits::PROJECT_NAME_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
const UNIT: TextRule = TextRule {
    field: TextField::IndicatorName,
    max_chars: limits::UNIT_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};

pub(crate) fn no_twice<T: PartialEq + std::fmt::Display + Copy>(
    items: &[T],
    kind: Kind,
) -> Result<(), AgendaError> {
    for (n, item) in items.iter().enumerate() {
        if items.iter().take(n).any(|other| other == item) {
            return Err(AgendaError::ListedTwice {
                kind,
                id: item.to_string(),
            });
        }
    }
    Ok(())
}

fn check_number(value: f64) -> Result<(), AgendaError> {
    if !value.is_finite() || value.abs() > limits::MAX_INDICATOR_VALUE {
        // Beyond the float formatter's reach only on purpose: `fixed` caps
        // at 9·10^15, which is still far outside the limit it reports.
        let value = if value.is_nan() {
            "NaN".to_owned()
        } else if value.is_infinite() {
            "∞".to_owned()
        } else {
            crate::numbers::fixed(value, 0)
        };
        return Err(AgendaError::BadNumber { value });
    }
    Ok(())
}

impl Agenda {
    /// Checks a Steckbrief against the agenda and normalises its text.
    pub(crate) fn clean_project(&self, draft: &ProjectDraft) -> Result<ProjectDraft, AgendaError> {
        self.ensure_department(draft.lead)?;
        for d in &draft.participants {
            self.ensure_department(*d)?;
        }
        no_twice(&draft.participants, Kind::Department)?;
        if draft.participants.contains(&draft.lead) {
            return Err(AgendaError::ListedTwice {
                kind: Kind::Department,
                id: draft.lead.to_string(),
            });
        }
        for g in &draft.guidelines {
            if self.guideline(*g).is_none() {
                return Err(AgendaError::UnknownGuideline(*g));
            }
        }
        no_twice(&draft.guidelines, Kind::Guideline)?;
        for p in &draft.perspectives {
            if self.perspective(*p).is_none() {
                return Err(AgendaError::unknown(Kind::Perspective, p));
            }
        }
        no_twice(&draft.perspectives, Kind::Perspective)?;
        self.ensure_field(draft.field)?;
        for c in &draft.competences {
            if self.competence(*c).is_none() {
                return Err(AgendaError::unknown(Kind::Competence, c));
            }
        }
        no_twice(&draft.competences, Kind::Competence)?;
        if let (Some(start), Some(end)) = (draft.start, draft.end)
            && end < start
        {
            return Err(AgendaError::EndBeforeStart);
        }
        if !(1..=limits::MAX_PROJECT_WEIGHT).contains(&draft.weight) {
            return Err(AgendaError::WeightOutOfRange {
                weight: draft.weight,
                max: limits::MAX_PROJECT_WEIGHT,
            });
        }
        crate::kaemmerei::finance::check_sheet(draft)?;
        let mut benefits = draft.benefits.clone();
        for q in &mut benefits.qualitative {
            q.reason = REASON.clean(&q.reason)?;
        }
        let grants = draft
            .grants
            .iter()
            .map(|g| {
                Ok(Grant {
                    name: NAME.clean(&g.name)?,
                    body: NAME.clean(&g.body)?,
                    ..g.clone()
                })
            })
            .collect::<Result<_, AgendaError>>()?;
        Ok(ProjectDraft {
            title: TITLE.clean(&draft.title)?,
            description: TEXT.clean(&draft.description)?,
            effect: TEXT.clean(&draft.effect)?,
            responsible: NAME.clean(&draft.responsible)?,
            benefits,
            grants,
            ..draft.clone()
        })
    }

    /// The finance settings with their sources cleaned, numbers checked.
    pub(crate) fn clean_finance(
        &self,
        settings: &FinanceSettings,
    ) -> Result<FinanceSettings, AgendaError> {
        crate::kaemmerei::finance::check_settings(settings)?;
        Ok(FinanceSettings {
            rate_source: SOURCE.clean(&settings.rate_source)?,
            discount_source: SOURCE.clean(&settings.discount_source)?,
            ..settings.clone()
        })
    }

    fn project_mut(&mut self, id: ProjectId) -> Result<&mut Project, AgendaError> {
        self.projects
            .iter_mut()
            .find(|p| p.id == id)
            .map(Arc::make_mut)
            .ok_or_else(|| AgendaError::unknown(Kind::Project, id))
    }

    /// Whether any project serves this Leitplanke.
    pub fn guideline_in_use(&self, id: GuidelineId) -> bool {
        self.projects
            .iter()
            .any(|p| p.sheet.guidelines.contains(&id))
    }

    /// Whether any project has this department as lead or participant.
    pub(crate) fn department_in_projects(&self, id: DepartmentId) -> bool {
        self.projects
            .iter()
            .any(|p| p.sheet.lead == id || p.sheet.participants.contains(&id))
    }

    pub(crate) fn add_project(
        &mut self,
        id: ProjectId,
        draft: &ProjectDraft,
    ) -> Result<(), AgendaError> {
        let sheet = self.clean_project(draft)?;
        ensure_new(
            self.project(id).is_some(),
            id,
            self.projects.len(),
            limits::MAX_PROJECTS,
        )?;
        self.projects.push(Arc::new(Project {
            id,
            sheet,
            milestones: Vec::new(),
            indicators: Vec::new(),
            status: ProjectStatus::default(),
            updates: Vec::new(),
            progress_override: None,
        }));
        Ok(())
    }

    pub(crate) fn edit_project(
        &mut self,
        id: ProjectId,
        draft: &ProjectDraft,
    ) -> Result<(), AgendaError> {
        let sheet = self.clean_project(draft)?;
        self.project_mut(id)?.sheet = sheet;
        Ok(())
    }

    pub(crate) fn remove_project(&mut self, id: ProjectId) -> Result<(), AgendaError> {
        let index = position(&self.projects, id, |p| p.id)?;
        self.projects.remove(index);
        Ok(())
    }

    pub(crate) fn project_from_idea(
        &mut self,
        idea: IdeaId,
        id: ProjectId,
        lead: DepartmentId,
        guidelines: Vec<GuidelineId>,
    ) -> Result<(), AgendaError> {
        let source = self
            .idea(idea)
            .cloned()
            .ok_or_else(|| AgendaError::unknown(Kind::Idea, idea))?;
        let mut draft = ProjectDraft::new(source.title.clone(), source.department.unwrap_or(lead));
        draft.guidelines = guidelines;
        let mut next = self.clone();
        next.add_project(id, &draft)?;
        next.remove_idea(idea)?;
        *self = next;
        Ok(())
    }

    pub(crate) fn project_from_perspective(
        &mut self,
        perspective: PerspectiveId,
        id: ProjectId,
        title: &str,
    ) -> Result<(), AgendaError> {
        let source = self
            .perspective(perspective)
            .cloned()
            .ok_or_else(|| AgendaError::unknown(Kind::Perspective, perspective))?;
        let mut draft = ProjectDraft::new(title, source.department);
        draft.description = source.text.clone();
        draft.field = source.field;
        draft.guidelines = source.guidelines.clone();
        draft.perspectives = vec![perspective];
        self.add_project(id, &draft)
    }

    pub(crate) fn guideline_to_project(
        &mut self,
        guideline: GuidelineId,
        id: ProjectId,
        lead: DepartmentId,
        serves: GuidelineId,
    ) -> Result<(), AgendaError> {
        let source = self
            .guideline(guideline)
            .cloned()
            .ok_or(AgendaError::UnknownGuideline(guideline))?;
        if serves == guideline {
            return Err(AgendaError::ListedTwice {
                kind: Kind::Guideline,
                id: guideline.to_string(),
            });
        }
        if self.guideline_in_use(guideline) {
            return Err(AgendaError::GuidelineInUse(guideline));
        }
        let mut draft = ProjectDraft::new(source.title.clone(), lead);
        draft.description = [source.description.as_str(), source.rationale.as_str()]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n\n");
        draft.field = source.field;
        draft.guidelines = vec![serves];
        let mut next = self.clone();
        next.add_project(id, &draft)?;
        next.apply(crate::Action::RemoveGuideline { id: guideline })?;
        *self = next;
        Ok(())
    }

    pub(crate) fn set_project_status(
        &mut self,
        id: ProjectId,
        status: ProjectStatus,
        date: Date,
        note: &str,
    ) -> Result<(), AgendaError> {
        let note = TEXT.clean(note)?;
        let project = self.project_mut(id)?;
        if project.updates.len() >= limits::MAX_UPDATES {
            return Err(AgendaError::TooMany {
                kind: Kind::Project,
                max: limits::MAX_UPDATES,
            });
        }
        project.status = status;
        project.updates.push(StatusUpdate { date, status, note });
        Ok(())
    }

    pub(crate) fn set_progress_override(
        &mut self,
        id: ProjectId,
        percent: Option<u8>,
    ) -> Result<(), AgendaError> {
        if let Some(p) = percent.filter(|p| *p > 100) {
            return Err(AgendaError::BadNumber {
                value: p.to_string(),
            });
        }
        self.project_mut(id)?.progress_override = percent;
        Ok(())
    }

    pub(crate) fn add_milestone(
        &mut self,
        project: ProjectId,
        id: MilestoneId,
        title: &str,
        due: Date,
    ) -> Result<(), AgendaError> {
        let title = MILESTONE.clean(title)?;
        let p = self.project_mut(project)?;
        ensure_new(
            p.milestones.iter().any(|m| m.id == id),
            id,
            p.milestones.len(),
            limits::MAX_MILESTONES,
        )?;
        p.milestones.push(Milestone {
            id,
            title,
            due,
            done: false,
        });
        crate::sorting::sort_by_key(&mut p.milestones, |m| m.due);
        Ok(())
    }

    pub(crate) fn set_milestone_done(
        &mut self,
        project: ProjectId,
        id: MilestoneId,
        done: bool,
    ) -> Result<(), AgendaError> {
        let p = self.project_mut(project)?;
        let index = position(&p.milestones, id, |m| m.id)?;
        if let Some(m) = p.milestones.get_mut(index) {
            m.done = done;
        }
        Ok(())
    }

    pub(crate) fn remove_milestone(
        &mut self,
        project: ProjectId,
        id: MilestoneId,
    ) -> Result<(), AgendaError> {
        let p = self.project_mut(project)?;
        let index = position(&p.milestones, id, |m| m.id)?;
        p.milestones.remove(index);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn add_indicator(
        &mut self,
        project: ProjectId,
        id: IndicatorId,
        name: &str,
        unit: &str,
        baseline: f64,
        target: f64,
    ) -> Result<(), AgendaError> {
        let name = INDICATOR.clean(name)?;
        let unit = UNIT.clean(unit)?;
        check_number(baseline)?;
        check_number(target)?;
        let p = self.project_mut(project)?;
        ensure_new(
            p.indicators.iter().any(|i| i.id == id),
            id,
            p.indicators.len(),
            limits::MAX_INDICATORS,
        )?;
        p.indicators.push(Indicator {
            id,
            name,
            unit,
            baseline,
            target,
            current: None,
        });
        Ok(())
    }

    pub(crate) fn measure_indicator(
        &mut self,
        project: ProjectId,
        id: IndicatorId,
        value: f64,
        date: Date,
    ) -> Result<(), AgendaError> {
        check_number(value)?;
        let p = self.project_mut(project)?;
        let index = position(&p.indicators, id, |i| i.id)?;
        if let Some(i) = p.indicators.get_mut(index) {
            i.current = Some(Measurement { value, date });
        }
        Ok(())
    }

    pub(crate) fn remove_indicator(
        &mut self,
        project: ProjectId,
        id: IndicatorId,
    ) -> Result<(), AgendaError> {
        let p = self.project_mut(project)?;
        let index = position(&p.indicators, id, |i| i.id)?;
        p.indicators.remove(index);
        Ok(())
    }

    /// Drops a deleted perspective from the projects addressing it.
    pub(crate) fn unlink_perspective(&mut self, id: PerspectiveId) {
        edit_where(
            &mut self.projects,
            |p| p.sheet.perspectives.contains(&id),
            |p| p.sheet.perspectives.retain(|x| *x != id),
        );
    }

    /// Checks every project (stored data).
    pub(crate) fn validate_projects(&self) -> Result<(), AgendaError> {
        let ids: Vec<ProjectId> = self.projects.iter().map(|p| p.id).collect();
        no_twice(&ids, Kind::Project)?;
        if self.projects.len() > limits::MAX_PROJECTS {
            return Err(AgendaError::TooMany {
                kind: Kind::Project,
                max: limits::MAX_PROJECTS,
            });
        }
        for p in &self.projects {
            if self.clean_project(&p.sheet)? != p.sheet {
                return Err(AgendaError::ControlCharacters {
                    field: TextField::ProjectText,
                });
            }
            let milestones: Vec<MilestoneId> = p.milestones.iter().map(|m| m.id).collect();
            no_twice(&milestones, Kind::Milestone)?;
            for m in &p.milestones {
                MILESTONE.check(&m.title)?;
            }
            let indicators: Vec<IndicatorId> = p.indicators.iter().map(|i| i.id).collect();
            no_twice(&indicators, Kind::Indicator)?;
            for i in &p.indicators {
                INDICATOR.check(&i.name)?;
                UNIT.check(&i.unit)?;
                check_number(i.baseline)?;
                check_number(i.target)?;
                if let Some(m) = i.current {
                    check_number(m.value)?;
                }
            }
            for u in &p.updates {
                TEXT.check(&u.note)?;
            }
            if p.milestones.len() > limits::MAX_MILESTONES
                || p.indicators.len() > limits::MAX_INDICATORS
                || p.updates.len() > limits::MAX_UPDATES
            {
                return Err(AgendaError::TooMany {
                    kind: Kind::Project,
                    max: limits::MAX_UPDATES,
                });
            }
            if p.progress_override.is_some_and(|x| x > 100) {
                return Err(AgendaError::BadNumber {
                    value: "progress".into(),
                });
            }
        }
        Ok(())
    }
}
