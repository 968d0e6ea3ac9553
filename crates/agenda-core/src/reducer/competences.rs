//! Reducer arms for the Kompetenzrad: competences, the team's
//! self-assessments and the departments' staff surveys. Same rule as
//! everywhere: validate first, mutate last.

use std::sync::Arc;

use super::contributions::{check_unique, ensure_new, position};
use super::projects::no_twice;
use crate::competence::{
    AssessmentDraft, Competence, CompetenceArea, LevelCounts, Rating, SelfAssessment, StaffSurvey,
    SurveyDraft, TOP_LEVEL,
};
use crate::model::limits;
use crate::model::normalize::{Lines, TextRule};
use crate::model::{Agenda, edit_where};
use crate::model::{AssessmentId, CompetenceId, SurveyId};
use crate::reducer::error::{AgendaError, Identified, Kind, TextField};

const COMPETENCE_NAME: TextRule = TextRule {
    field: TextField::CompetenceName,
    max_chars: limits::COMPETENCE_NAME_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
const PERSON_NAME: TextRule = TextRule {
    field: TextField::PersonName,
    max_chars: limits::PROJECT_NAME_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};

/// The typed name, normalised, and a target on the scale.
fn clean_competence(name: &str, target: u8) -> Result<String, AgendaError> {
    check_level(target)?;
    COMPETENCE_NAME.clean(name)
}

fn check_level(level: u8) -> Result<(), AgendaError> {
    if level > TOP_LEVEL {
        return Err(AgendaError::LevelOutOfRange(level));
    }
    Ok(())
}

impl Agenda {
    fn ensure_competence(&self, id: CompetenceId) -> Result<(), AgendaError> {
        match self.competence(id) {
            Some(_) => Ok(()),
            None => Err(AgendaError::unknown(Kind::Competence, id)),
        }
    }

    /// Each rated competence exists, once; every level is on the scale.
    fn check_ratings(&self, ratings: &[Rating]) -> Result<(), AgendaError> {
        for r in ratings {
            self.ensure_competence(r.competence)?;
            check_level(r.current)?;
            check_level(r.target)?;
        }
        let rated: Vec<CompetenceId> = ratings.iter().map(|r| r.competence).collect();
        no_twice(&rated, Kind::Competence)
    }

    /// The department exists, the counts fit the respondents, each
    /// competence exists and is counted once.
    fn check_survey(&self, draft: &SurveyDraft) -> Result<(), AgendaError> {
        self.ensure_department(draft.department)?;
        if draft.respondents > limits::MAX_RESPONDENTS {
            return Err(AgendaError::BadNumber {
                value: draft.respondents.to_string(),
            });
        }
        for (n, a) in draft.answers.iter().enumerate() {
            self.ensure_competence(a.competence)?;
            let answered = a.answered();
            if answered > draft.respondents {
                return Err(AgendaError::MoreAnswersThanRespondents {
                    answered,
                    respondents: draft.respondents,
                });
            }
            if draft
                .answers
                .iter()
                .take(n)
                .any(|o| o.competence == a.competence)
            {
                return Err(AgendaError::ListedTwice {
                    kind: Kind::Competence,
                    id: a.competence.to_string(),
                });
            }
        }
        Ok(())
    }

    /// Adds (`adding`) or edits the competence `id`.
    pub(crate) fn put_competence(
        &mut self,
        id: CompetenceId,
        area: CompetenceArea,
        name: &str,
        target: u8,
        adding: bool,
    ) -> Result<(), AgendaError> {
        let competence = Competence {
            id,
            area,
            name: clean_competence(name, target)?,
            target,
        };
        if !adding {
            return replace(&mut self.competences, id, |c| c.id, competence);
        }
        ensure_new(
            self.competence(id).is_some(),
            id,
            self.competences.len(),
            limits::MAX_COMPETENCES,
        )?;
        self.competences.push(Arc::new(competence));
        Ok(())
    }

    /// Whether a self-assessment or a survey has rated this competence.
    pub fn competence_in_use(&self, id: CompetenceId) -> bool {
        self.assessments
            .iter()
            .any(|a| a.ratings.iter().any(|r| r.competence == id))
            || self
                .surveys
                .iter()
                .any(|s| s.answers.iter().any(|a| a.competence == id))
    }

    pub(crate) fn remove_competence(&mut self, id: CompetenceId) -> Result<(), AgendaError> {
        let index = position(&self.competences, id, |c| c.id)?;
        if self.competence_in_use(id) {
            return Err(AgendaError::CompetenceInUse(id));
        }
        self.competences.remove(index);
        edit_where(
            &mut self.projects,
            |p| p.sheet.competences.contains(&id),
            |p| p.sheet.competences.retain(|c| *c != id),
        );
        Ok(())
    }

    /// A self-assessment from its draft: the name normalised, the ratings
    /// checked.
    fn clean_assessment(
        &self,
        id: AssessmentId,
        draft: &AssessmentDraft,
    ) -> Result<SelfAssessment, AgendaError> {
        let person = PERSON_NAME.clean(&draft.person)?;
        self.check_ratings(&draft.ratings)?;
        Ok(SelfAssessment {
            id,
            person,
            date: draft.date,
            ratings: draft.ratings.clone(),
        })
    }

    pub(crate) fn add_assessment(
        &mut self,
        id: AssessmentId,
        draft: &AssessmentDraft,
    ) -> Result<(), AgendaError> {
        let assessment = self.clean_assessment(id, draft)?;
        ensure_new(
            self.assessment(id).is_some(),
            id,
            self.assessments.len(),
            limits::MAX_ASSESSMENTS,
        )?;
        self.assessments.push(Arc::new(assessment));
        Ok(())
    }

    pub(crate) fn edit_assessment(
        &mut self,
        id: AssessmentId,
        draft: &AssessmentDraft,
    ) -> Result<(), AgendaError> {
        let assessment = self.clean_assessment(id, draft)?;
        replace(&mut self.assessments, id, |a| a.id, assessment)
    }

    pub(crate) fn remove_assessment(&mut self, id: AssessmentId) -> Result<(), AgendaError> {
        remove(&mut self.assessments, id, |a| a.id)
    }

    pub(crate) fn add_survey(
        &mut self,
        id: SurveyId,
        draft: &SurveyDraft,
    ) -> Result<(), AgendaError> {
        self.check_survey(draft)?;
        ensure_new(
            self.survey(id).is_some(),
            id,
            self.surveys.len(),
            limits::MAX_SURVEYS,
        )?;
        self.surveys.push(Arc::new(survey(id, draft)));
        Ok(())
    }

    pub(crate) fn edit_survey(
        &mut self,
        id: SurveyId,
        draft: &SurveyDraft,
    ) -> Result<(), AgendaError> {
        self.check_survey(draft)?;
        replace(&mut self.surveys, id, |s| s.id, survey(id, draft))
    }

    pub(crate) fn remove_survey(&mut self, id: SurveyId) -> Result<(), AgendaError> {
        remove(&mut self.surveys, id, |s| s.id)
    }

    /// Checks stored Kompetenzrad data.
    pub(crate) fn validate_competences(&self) -> Result<(), AgendaError> {
        check_unique(&self.competences, |c| c.id, limits::MAX_COMPETENCES)?;
        check_unique(&self.assessments, |a| a.id, limits::MAX_ASSESSMENTS)?;
        check_unique(&self.surveys, |s| s.id, limits::MAX_SURVEYS)?;
        for c in &self.competences {
            COMPETENCE_NAME.check(&c.name)?;
            check_level(c.target)?;
        }
        for a in &self.assessments {
            PERSON_NAME.check(&a.person)?;
            self.check_ratings(&a.ratings)?;
        }
        // The competences a project names are checked with its Steckbrief
        // (`clean_project` in `validate_projects`).
        for s in &self.surveys {
            self.check_survey(&s.draft())?;
        }
        Ok(())
    }
}

/// A survey item from its draft: answers without anybody listed as
/// answering, in the order of the draft.
fn survey(id: SurveyId, draft: &SurveyDraft) -> StaffSurvey {
    StaffSurvey {
        id,
        department: draft.department,
        date: draft.date,
        respondents: draft.respondents,
        answers: draft
            .answers
            .iter()
            .filter(|a| a.answered() > 0)
            .copied()
            .collect::<Vec<LevelCounts>>(),
    }
}

/// Puts `item` in place of the item with `id` in `list`.
fn replace<T, I: Identified + PartialEq>(
    list: &mut [Arc<T>],
    id: I,
    id_of: impl Fn(&T) -> I,
    item: T,
) -> Result<(), AgendaError> {
    let index = position(list, id, |t| id_of(t))?;
    if let Some(slot) = list.get_mut(index) {
        *slot = Arc::new(item);
    }
    Ok(())
}

/// Removes the item with `id` from `list`.
fn remove<T, I: Identified + PartialEq>(
    list: &mut Vec<Arc<T>>,
    id: I,
    id_of: impl Fn(&T) -> I,
) -> Result<(), AgendaError> {
    let index = position(list, id, |t| id_of(t))?;
    list.remove(index);
    Ok(())
}
