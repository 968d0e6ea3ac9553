//! Reducer arms for Handlungsfelder, Fachbereiche, perspectives, the
//! workshop board and project ideas. Same rule as everywhere: validate
//! first, mutate last.

use std::sync::Arc;

use crate::model::limits;
use crate::model::normalize::{Lines, TextRule};
use crate::model::prioritisation::ItemRef;
use crate::model::{
    Agenda, Card, Department, FieldOfAction, Guideline, Perspective, ProjectIdea, edit_where,
};
use crate::model::{CardId, DepartmentId, FieldId, GuidelineId, IdeaId, PerspectiveId};
use crate::reducer::action::{DepartmentDraft, PerspectiveDraft, SortTarget};
use crate::reducer::error::{AgendaError, Identified, Kind, TextField};

pub(crate) const FIELD_NAME: TextRule = TextRule {
    field: TextField::FieldName,
    max_chars: limits::FIELD_NAME_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
pub(crate) const DEPARTMENT_NAME: TextRule = TextRule {
    field: TextField::DepartmentName,
    max_chars: limits::DEPARTMENT_NAME_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
pub(crate) const DEPARTMENT_SHORT: TextRule = TextRule {
    field: TextField::DepartmentShortName,
    max_chars: limits::DEPARTMENT_SHORT_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};
pub(crate) const DEPARTMENT_HEAD: TextRule = TextRule {
    field: TextField::DepartmentHead,
    max_chars: limits::DEPARTMENT_NAME_MAX_CHARS,
    required: false,
    lines: Lines::Single,
};
pub(crate) const PERSPECTIVE_TEXT: TextRule = TextRule {
    field: TextField::PerspectiveText,
    max_chars: limits::PERSPECTIVE_TEXT_MAX_CHARS,
    required: true,
    lines: Lines::Multi,
};
pub(crate) const CARD_TEXT: TextRule = TextRule {
    field: TextField::CardText,
    max_chars: limits::CARD_TEXT_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};
pub(crate) const IDEA_TITLE: TextRule = TextRule {
    field: TextField::IdeaTitle,
    max_chars: limits::IDEA_TITLE_MAX_CHARS,
    required: true,
    lines: Lines::Single,
};

/// Refuses a taken id or a full collection.
pub(crate) fn ensure_new<I: Identified>(
    taken: bool,
    id: I,
    len: usize,
    max: usize,
) -> Result<(), AgendaError> {
    if taken {
        return Err(AgendaError::duplicate(I::KIND, id));
    }
    if len >= max {
        return Err(AgendaError::TooMany { kind: I::KIND, max });
    }
    Ok(())
}

/// Position of the item with `id`, or an `Unknown` error.
pub(crate) fn position<T, I: Identified + PartialEq>(
    items: &[T],
    id: I,
    id_of: impl Fn(&T) -> I,
) -> Result<usize, AgendaError> {
    items
        .iter()
        .position(|item| id_of(item) == id)
        .ok_or_else(|| AgendaError::unknown(I::KIND, id))
}

impl DepartmentDraft {
    fn clean(&self) -> Result<Self, AgendaError> {
        Ok(Self {
            name: DEPARTMENT_NAME.clean(&self.name)?,
            short_name: DEPARTMENT_SHORT.clean(&self.short_name)?,
            head: DEPARTMENT_HEAD.clean(&self.head)?,
        })
    }
}

impl Agenda {
    pub(crate) fn ensure_field(&self, id: Option<FieldId>) -> Result<(), AgendaError> {
        match id {
            Some(id) if self.field(id).is_none() => Err(AgendaError::unknown(Kind::Field, id)),
            _ => Ok(()),
        }
    }

    pub(crate) fn ensure_department(&self, id: DepartmentId) -> Result<(), AgendaError> {
        if self.department(id).is_none() {
            return Err(AgendaError::unknown(Kind::Department, id));
        }
        Ok(())
    }

    fn ensure_guidelines(&self, ids: &[GuidelineId]) -> Result<(), AgendaError> {
        for (n, id) in ids.iter().enumerate() {
            if self.guideline(*id).is_none() {
                return Err(AgendaError::UnknownGuideline(*id));
            }
            if ids.iter().take(n).any(|other| other == id) {
                return Err(AgendaError::DuplicateGuideline(*id));
            }
        }
        Ok(())
    }

    /// Checks a perspective's content against the agenda and normalises it.
    pub(crate) fn clean_perspective(
        &self,
        draft: &PerspectiveDraft,
    ) -> Result<PerspectiveDraft, AgendaError> {
        self.ensure_department(draft.department)?;
        self.ensure_field(draft.field)?;
        self.ensure_guidelines(&draft.guidelines)?;
        Ok(PerspectiveDraft {
            text: PERSPECTIVE_TEXT.clean(&draft.text)?,
            ..draft.clone()
        })
    }

    pub(crate) fn set_guideline_field(
        &mut self,
        id: GuidelineId,
        field: Option<FieldId>,
    ) -> Result<(), AgendaError> {
        self.ensure_field(field)?;
        let guideline = self
            .guidelines
            .iter_mut()
            .find(|g| g.id == id)
            .map(Arc::make_mut)
            .ok_or(AgendaError::UnknownGuideline(id))?;
        guideline.field = field;
        Ok(())
    }

    pub(crate) fn add_field(&mut self, id: FieldId, name: &str) -> Result<(), AgendaError> {
        let name = FIELD_NAME.clean(name)?;
        ensure_new(
            self.field(id).is_some(),
            id,
            self.fields.len(),
            limits::MAX_FIELDS,
        )?;
        self.fields.push(Arc::new(FieldOfAction { id, name }));
        Ok(())
    }

    pub(crate) fn rename_field(&mut self, id: FieldId, name: &str) -> Result<(), AgendaError> {
        let name = FIELD_NAME.clean(name)?;
        let index = position(&self.fields, id, |f| f.id)?;
        if let Some(field) = self.fields.get_mut(index).map(Arc::make_mut) {
            field.name = name;
        }
        Ok(())
    }

    pub(crate) fn remove_field(&mut self, id: FieldId) -> Result<(), AgendaError> {
        let index = position(&self.fields, id, |f| f.id)?;
        self.fields.remove(index);
        let unassign = |field: &mut Option<FieldId>| {
            if *field == Some(id) {
                *field = None;
            }
        };
        let here = Some(id);
        edit_where(
            &mut self.guidelines,
            |g| g.field == here,
            |g| unassign(&mut g.field),
        );
        edit_where(
            &mut self.perspectives,
            |p| p.field == here,
            |p| unassign(&mut p.field),
        );
        edit_where(
            &mut self.projects,
            |p| p.sheet.field == here,
            |p| unassign(&mut p.sheet.field),
        );
        self.prioritisation.forget_item(ItemRef::Field(id));
        Ok(())
    }

    pub(crate) fn add_department(
        &mut self,
        id: DepartmentId,
        draft: &DepartmentDraft,
    ) -> Result<(), AgendaError> {
        let draft = draft.clean()?;
        ensure_new(
            self.department(id).is_some(),
            id,
            self.departments.len(),
            limits::MAX_DEPARTMENTS,
        )?;
        self.departments.push(Arc::new(Department {
            id,
            name: draft.name,
            short_name: draft.short_name,
            head: draft.head,
            weight: 1,
        }));
        Ok(())
    }

    pub(crate) fn edit_department(
        &mut self,
        id: DepartmentId,
        draft: &DepartmentDraft,
    ) -> Result<(), AgendaError> {
        let draft = draft.clean()?;
        let index = position(&self.departments, id, |d| d.id)?;
        if let Some(department) = self.departments.get_mut(index).map(Arc::make_mut) {
            department.name = draft.name;
            department.short_name = draft.short_name;
            department.head = draft.head;
        }
        Ok(())
    }

    pub(crate) fn set_department_weight(
        &mut self,
        id: DepartmentId,
        weight: u32,
    ) -> Result<(), AgendaError> {
        if weight > limits::MAX_DEPARTMENT_WEIGHT {
            return Err(AgendaError::WeightOutOfRange {
                weight,
                max: limits::MAX_DEPARTMENT_WEIGHT,
            });
        }
        let index = position(&self.departments, id, |d| d.id)?;
        if let Some(department) = self.departments.get_mut(index).map(Arc::make_mut) {
            department.weight = weight;
        }
        Ok(())
    }

    pub(crate) fn remove_department(&mut self, id: DepartmentId) -> Result<(), AgendaError> {
        let index = position(&self.departments, id, |d| d.id)?;
        let in_use = self.perspectives.iter().any(|p| p.department == id)
            || self.department_in_projects(id)
            || self.workshop.iter().any(|c| c.department == Some(id))
            || self.ideas.iter().any(|i| i.department == Some(id))
            || self.surveys.iter().any(|s| s.department == id);
        if in_use {
            return Err(AgendaError::DepartmentInUse(id));
        }
        self.departments.remove(index);
        self.prioritisation.forget_department(id);
        Ok(())
    }

    pub(crate) fn add_perspective(
        &mut self,
        id: PerspectiveId,
        draft: &PerspectiveDraft,
    ) -> Result<(), AgendaError> {
        let draft = self.clean_perspective(draft)?;
        ensure_new(
            self.perspective(id).is_some(),
            id,
            self.perspectives.len(),
            limits::MAX_PERSPECTIVES,
        )?;
        self.perspectives.push(Arc::new(Perspective {
            id,
            department: draft.department,
            kind: draft.kind,
            text: draft.text,
            field: draft.field,
            guidelines: draft.guidelines,
        }));
        Ok(())
    }

    pub(crate) fn edit_perspective(
        &mut self,
        id: PerspectiveId,
        draft: &PerspectiveDraft,
    ) -> Result<(), AgendaError> {
        let draft = self.clean_perspective(draft)?;
        let index = position(&self.perspectives, id, |p| p.id)?;
        if let Some(perspective) = self.perspectives.get_mut(index).map(Arc::make_mut) {
            perspective.department = draft.department;
            perspective.kind = draft.kind;
            perspective.text = draft.text;
            perspective.field = draft.field;
            perspective.guidelines = draft.guidelines;
        }
        Ok(())
    }

    pub(crate) fn remove_perspective(&mut self, id: PerspectiveId) -> Result<(), AgendaError> {
        let index = position(&self.perspectives, id, |p| p.id)?;
        self.perspectives.remove(index);
        self.unlink_perspective(id);
        Ok(())
    }

    pub(crate) fn add_card(
        &mut self,
        id: CardId,
        text: &str,
        department: Option<DepartmentId>,
    ) -> Result<(), AgendaError> {
        let text = CARD_TEXT.clean(text)?;
        if let Some(department) = department {
            self.ensure_department(department)?;
        }
        ensure_new(
            self.card(id).is_some(),
            id,
            self.workshop.len(),
            limits::MAX_CARDS,
        )?;
        self.workshop.push(Arc::new(Card {
            id,
            text,
            department,
        }));
        Ok(())
    }

    /// Turns a card into its target and takes it off the board, atomically.
    pub(crate) fn sort_card(&mut self, id: CardId, target: SortTarget) -> Result<(), AgendaError> {
        let index = position(&self.workshop, id, |c| c.id)?;
        let card = self
            .workshop
            .get(index)
            .cloned()
            .ok_or_else(|| AgendaError::unknown(Kind::Card, id))?;
        match target {
            SortTarget::Guideline { id: new_id } => {
                let title = crate::reducer::GUIDELINE_TITLE.clean(&card.text)?;
                self.ensure_room_for_guideline(new_id)?;
                self.guidelines.push(Arc::new(Guideline {
                    id: new_id,
                    title,
                    description: String::new(),
                    rationale: String::new(),
                    status: Default::default(),
                    field: None,
                }));
            }
            SortTarget::Perspective {
                id: new_id,
                department,
                kind,
            } => {
                self.add_perspective(
                    new_id,
                    &PerspectiveDraft {
                        department,
                        kind,
                        text: card.text.clone(),
                        field: None,
                        guidelines: Vec::new(),
                    },
                )?;
            }
            SortTarget::ProjectIdea { id: new_id } => {
                let title = IDEA_TITLE.clean(&card.text)?;
                ensure_new(
                    self.idea(new_id).is_some(),
                    new_id,
                    self.ideas.len(),
                    limits::MAX_IDEAS,
                )?;
                self.ideas.push(Arc::new(ProjectIdea {
                    id: new_id,
                    title,
                    department: card.department,
                }));
            }
            SortTarget::Discard => {}
        }
        self.workshop.remove(index);
        Ok(())
    }

    pub(crate) fn remove_idea(&mut self, id: IdeaId) -> Result<(), AgendaError> {
        let index = position(&self.ideas, id, |i| i.id)?;
        self.ideas.remove(index);
        self.prioritisation.forget_item(ItemRef::Idea(id));
        Ok(())
    }

    /// Checks every reference and text of the contributions (stored data).
    pub(crate) fn validate_contributions(&self) -> Result<(), AgendaError> {
        check_unique(&self.fields, |f| f.id, limits::MAX_FIELDS)?;
        check_unique(&self.departments, |d| d.id, limits::MAX_DEPARTMENTS)?;
        check_unique(&self.perspectives, |p| p.id, limits::MAX_PERSPECTIVES)?;
        check_unique(&self.workshop, |c| c.id, limits::MAX_CARDS)?;
        check_unique(&self.ideas, |i| i.id, limits::MAX_IDEAS)?;
        for guideline in &self.guidelines {
            self.ensure_field(guideline.field)?;
        }
        for field in &self.fields {
            FIELD_NAME.check(&field.name)?;
        }
        for department in &self.departments {
            DEPARTMENT_NAME.check(&department.name)?;
            DEPARTMENT_SHORT.check(&department.short_name)?;
            DEPARTMENT_HEAD.check(&department.head)?;
            if department.weight > limits::MAX_DEPARTMENT_WEIGHT {
                return Err(AgendaError::WeightOutOfRange {
                    weight: department.weight,
                    max: limits::MAX_DEPARTMENT_WEIGHT,
                });
            }
        }
        for perspective in &self.perspectives {
            PERSPECTIVE_TEXT.check(&perspective.text)?;
            self.ensure_department(perspective.department)?;
            self.ensure_field(perspective.field)?;
            self.ensure_guidelines(&perspective.guidelines)?;
        }
        for card in &self.workshop {
            CARD_TEXT.check(&card.text)?;
            if let Some(department) = card.department {
                self.ensure_department(department)?;
            }
        }
        for idea in &self.ideas {
            IDEA_TITLE.check(&idea.title)?;
            if let Some(department) = idea.department {
                self.ensure_department(department)?;
            }
        }
        Ok(())
    }
}

pub(crate) fn check_unique<T, I: Identified + Ord>(
    items: &[T],
    id_of: impl Fn(&T) -> I,
    max: usize,
) -> Result<(), AgendaError> {
    if items.len() > max {
        return Err(AgendaError::TooMany { kind: I::KIND, max });
    }
    let mut ids: Vec<I> = items.iter().map(id_of).collect();
    crate::sorting::sort(&mut ids);
    for pair in ids.windows(2) {
        if let [a, b] = pair
            && a == b
        {
            return Err(AgendaError::duplicate(I::KIND, *a));
        }
    }
    Ok(())
}
