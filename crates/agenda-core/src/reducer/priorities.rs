//! Reducer arms of the prioritisation. They keep the budget invariants of
//! [`crate::model::prioritisation`]: no sequence of actions makes a department give
//! more than the budget, or an item more than the cap.

use crate::model::Agenda;
use crate::model::DepartmentId;
use crate::model::limits::MAX_BUDGET;
use crate::model::prioritisation::{
    Allocation, ItemRef, Prioritisation, PriorityMethod, PrioritySubject, Ranking,
};
use crate::reducer::error::AgendaError;

impl Agenda {
    /// True if the item exists in the agenda.
    pub fn has_item(&self, item: ItemRef) -> bool {
        match item {
            ItemRef::Field(id) => self.field(id).is_some(),
            ItemRef::Guideline(id) => self.guideline(id).is_some(),
            ItemRef::Idea(id) => self.idea(id).is_some(),
        }
    }

    /// The items of the subject being prioritised, in agenda order.
    pub fn priority_items(&self) -> Vec<ItemRef> {
        match self.prioritisation.subject {
            PrioritySubject::Fields => self.fields.iter().map(|f| ItemRef::Field(f.id)).collect(),
            PrioritySubject::Guidelines => self
                .guidelines
                .iter()
                .map(|g| ItemRef::Guideline(g.id))
                .collect(),
            PrioritySubject::Ideas => self.ideas.iter().map(|i| ItemRef::Idea(i.id)).collect(),
        }
    }

    /// A department's ranking of the current subject as it is offered for
    /// editing: its saved order, then the items it has not ranked yet in
    /// agenda order (so a new Handlungsfeld appears at the end).
    pub fn completed_ranking(&self, department: DepartmentId) -> Vec<ItemRef> {
        let p = &self.prioritisation;
        let mut order = p
            .ranking(department, p.subject)
            .map(|r| r.order().to_vec())
            .unwrap_or_default();
        for item in self.priority_items() {
            if !order.contains(&item) {
                order.push(item);
            }
        }
        order
    }

    /// Display name of an item.
    pub fn item_name(&self, item: ItemRef) -> Option<&str> {
        match item {
            ItemRef::Field(id) => self.field(id).map(|f| f.name()),
            ItemRef::Guideline(id) => self.guideline(id).map(|g| g.title()),
            ItemRef::Idea(id) => self.idea(id).map(|i| i.title()),
        }
    }

    fn ensure_prioritised(&self, item: ItemRef) -> Result<(), AgendaError> {
        if item.subject() != self.prioritisation.subject || !self.has_item(item) {
            return Err(AgendaError::NotPrioritised(item));
        }
        Ok(())
    }

    pub(crate) fn set_subject(&mut self, subject: PrioritySubject) {
        self.prioritisation.subject = subject;
    }

    pub(crate) fn set_method(&mut self, method: PriorityMethod) {
        self.prioritisation.method = method;
    }

    pub(crate) fn set_budget(&mut self, budget: u32) -> Result<(), AgendaError> {
        let p = &self.prioritisation;
        if !(p.max_per_item..=MAX_BUDGET).contains(&budget) {
            return Err(AgendaError::SettingOutOfRange {
                value: budget,
                min: p.max_per_item,
                max: MAX_BUDGET,
            });
        }
        check_budget(p, budget)?;
        self.prioritisation.budget = budget;
        Ok(())
    }

    pub(crate) fn set_max_per_item(&mut self, max: u32) -> Result<(), AgendaError> {
        let p = &self.prioritisation;
        if !(1..=p.budget).contains(&max) {
            return Err(AgendaError::SettingOutOfRange {
                value: max,
                min: 1,
                max: p.budget,
            });
        }
        if let Some(a) = p.allocations.iter().find(|a| a.points > max) {
            return Err(AgendaError::AlreadyAllocated {
                department: a.department,
                given: a.points,
                limit: max,
            });
        }
        self.prioritisation.max_per_item = max;
        Ok(())
    }

    pub(crate) fn set_points(
        &mut self,
        department: DepartmentId,
        item: ItemRef,
        points: u32,
    ) -> Result<(), AgendaError> {
        self.ensure_department(department)?;
        self.ensure_prioritised(item)?;
        let p = &self.prioritisation;
        if points > p.max_per_item {
            return Err(AgendaError::OverItemCap {
                max: p.max_per_item,
            });
        }
        let others = p
            .spent(department, item.subject())
            .saturating_sub(p.points(department, item));
        let remaining = p.budget.saturating_sub(others);
        if points > remaining {
            return Err(AgendaError::OverBudget { remaining });
        }
        let allocations = &mut self.prioritisation.allocations;
        allocations.retain(|a| !(a.department == department && a.item == item));
        if points > 0 {
            allocations.push(Allocation {
                department,
                item,
                points,
            });
        }
        self.prioritisation.sort_ballots();
        Ok(())
    }

    pub(crate) fn set_ranking(
        &mut self,
        department: DepartmentId,
        order: Vec<ItemRef>,
    ) -> Result<(), AgendaError> {
        self.ensure_department(department)?;
        for (n, item) in order.iter().enumerate() {
            self.ensure_prioritised(*item)?;
            if order.iter().take(n).any(|other| other == item) {
                return Err(AgendaError::RankedTwice(*item));
            }
        }
        let subject = self.prioritisation.subject;
        let rankings = &mut self.prioritisation.rankings;
        rankings.retain(|r| {
            !(r.department == department && r.order.first().is_some_and(|i| i.subject() == subject))
        });
        if !order.is_empty() {
            rankings.push(Ranking { department, order });
        }
        self.prioritisation.sort_ballots();
        Ok(())
    }

    /// Checks the prioritisation invariants (stored data).
    pub(crate) fn validate_prioritisation(&self) -> Result<(), AgendaError> {
        let p = &self.prioritisation;
        if !(1..=MAX_BUDGET).contains(&p.budget) {
            return Err(AgendaError::SettingOutOfRange {
                value: p.budget,
                min: 1,
                max: MAX_BUDGET,
            });
        }
        if !(1..=p.budget).contains(&p.max_per_item) {
            return Err(AgendaError::SettingOutOfRange {
                value: p.max_per_item,
                min: 1,
                max: p.budget,
            });
        }
        for (n, a) in p.allocations.iter().enumerate() {
            self.ensure_department(a.department)?;
            if !self.has_item(a.item) {
                return Err(AgendaError::NotPrioritised(a.item));
            }
            if a.points == 0 || a.points > p.max_per_item {
                return Err(AgendaError::OverItemCap {
                    max: p.max_per_item,
                });
            }
            let twice = p
                .allocations
                .iter()
                .take(n)
                .any(|b| b.department == a.department && b.item == a.item);
            if twice {
                return Err(AgendaError::InvalidBallot(a.department));
            }
        }
        check_budget(p, p.budget)?;
        for (n, r) in p.rankings.iter().enumerate() {
            self.ensure_department(r.department)?;
            let subject = r.order.first().map(|i| i.subject());
            for (k, item) in r.order.iter().enumerate() {
                if !self.has_item(*item) || Some(item.subject()) != subject {
                    return Err(AgendaError::NotPrioritised(*item));
                }
                if r.order.iter().take(k).any(|other| other == item) {
                    return Err(AgendaError::RankedTwice(*item));
                }
            }
            let twice = p.rankings.iter().take(n).any(|other| {
                other.department == r.department
                    && other.order.first().map(|i| i.subject()) == subject
            });
            if twice || subject.is_none() {
                return Err(AgendaError::InvalidBallot(r.department));
            }
        }
        Ok(())
    }
}

/// Refuses a budget below what some department has given to one subject.
fn check_budget(p: &Prioritisation, budget: u32) -> Result<(), AgendaError> {
    for a in &p.allocations {
        let given = p.spent(a.department, a.item.subject());
        if given > budget {
            return Err(AgendaError::AlreadyAllocated {
                department: a.department,
                given,
                limit: budget,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{Action, Agenda, DepartmentDraft, DepartmentId, FieldId, ItemRef, PrioritySubject};

    #[test]
    fn a_partial_ranking_is_completed_in_agenda_order() {
        let mut agenda = Agenda::new();
        let field = |n| FieldId::from_u128(n);
        for n in 1..=3 {
            agenda
                .apply(Action::AddField {
                    id: field(n),
                    name: format!("Feld {n}"),
                })
                .unwrap();
        }
        let d = DepartmentId::from_u128(9);
        agenda
            .apply(Action::AddDepartment {
                id: d,
                draft: DepartmentDraft {
                    name: "Bauamt".into(),
                    ..Default::default()
                },
            })
            .unwrap();
        agenda
            .apply(Action::SetPrioritySubject {
                subject: PrioritySubject::Fields,
            })
            .unwrap();
        let all = [1, 2, 3].map(|n| ItemRef::Field(field(n))).to_vec();
        assert_eq!(agenda.completed_ranking(d), all, "nothing ranked yet");
        agenda
            .apply(Action::SetRanking {
                department: d,
                order: vec![ItemRef::Field(field(3))],
            })
            .unwrap();
        assert_eq!(
            agenda.completed_ranking(d),
            [3, 1, 2].map(|n| ItemRef::Field(field(n))).to_vec()
        );
    }
}
