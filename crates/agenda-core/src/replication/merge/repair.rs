//! Makes merged registers a valid agenda again, deterministically: the
//! result depends only on the merged agenda, never on which copy came first.
//!
//! - An optional reference to a deleted item is cleared (Handlungsfeld of a
//!   Leitplanke, Fachbereich of a card).
//! - A list of references loses deleted and repeated entries.
//! - An item that cannot exist without a deleted one is dropped: a
//!   perspective of a deleted Fachbereich, a project whose lead was deleted.
//! - Points beyond the caps raise the caps (nobody's points are cut); only
//!   points beyond the largest possible budget are dropped.
//! - A planned end before the start (both changed in different copies)
//!   loses the end.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use crate::model::Agenda;
use crate::model::limits::MAX_BUDGET;
use crate::model::prioritisation::{ItemRef, PrioritySubject};
use crate::model::{CompetenceId, DepartmentId, FieldId, GuidelineId, PerspectiveId};

/// Repairs `agenda` in place; returns the registers of what was dropped.
pub(super) fn repair(agenda: &mut Agenda) -> Vec<String> {
    let mut dropped = Vec::new();
    let departments: HashSet<DepartmentId> = agenda.departments.iter().map(|d| d.id).collect();
    let fields: HashSet<FieldId> = agenda.fields.iter().map(|f| f.id).collect();
    let guidelines: HashSet<GuidelineId> = agenda.guidelines.iter().map(|g| g.id).collect();
    let clear = |field: &mut Option<FieldId>| {
        if field.is_some_and(|f| !fields.contains(&f)) {
            *field = None;
        }
    };

    repaired(&mut agenda.guidelines, |g| clear(&mut g.field));
    agenda.perspectives.retain(|p| {
        let keep = departments.contains(&p.department);
        if !keep {
            dropped.push(format!("perspectives/{}", p.id));
        }
        keep
    });
    repaired(&mut agenda.perspectives, |p| {
        clear(&mut p.field);
        keep_known(&mut p.guidelines, &guidelines);
    });
    repaired(&mut agenda.workshop, |card| {
        card.department = card.department.filter(|d| departments.contains(d));
    });
    repaired(&mut agenda.ideas, |idea| {
        idea.department = idea.department.filter(|d| departments.contains(d));
    });

    let competences: HashSet<CompetenceId> = agenda.competences.iter().map(|c| c.id).collect();
    let perspectives: HashSet<PerspectiveId> = agenda.perspectives.iter().map(|p| p.id).collect();
    agenda.projects.retain(|p| {
        let keep = departments.contains(&p.sheet.lead);
        if !keep {
            dropped.push(format!("projects/{}", p.id));
        }
        keep
    });
    repaired(&mut agenda.projects, |project| {
        let sheet = &mut project.sheet;
        let lead = sheet.lead;
        sheet.participants.retain(|d| *d != lead);
        keep_known(&mut sheet.participants, &departments);
        keep_known(&mut sheet.guidelines, &guidelines);
        keep_known(&mut sheet.perspectives, &perspectives);
        keep_known(&mut sheet.competences, &competences);
        clear(&mut sheet.field);
        if let (Some(start), Some(end)) = (sheet.start, sheet.end)
            && end < start
        {
            sheet.end = None;
        }
    });

    repair_competences(agenda, &departments, &competences, &mut dropped);
    repair_prioritisation(agenda, &departments, &mut dropped);
    dropped
}

/// A survey of a deleted department is dropped; ratings and counts of a
/// deleted competence are dropped from their assessment or survey, which
/// is reported on its `ratings` / `answers` register.
fn repair_competences(
    agenda: &mut Agenda,
    departments: &HashSet<DepartmentId>,
    competences: &HashSet<CompetenceId>,
    dropped: &mut Vec<String>,
) {
    agenda.surveys.retain(|s| {
        let keep = departments.contains(&s.department);
        if !keep {
            dropped.push(format!("surveys/{}", s.id));
        }
        keep
    });
    for a in &mut agenda.assessments {
        let mut seen = HashSet::new();
        if a.ratings
            .iter()
            .any(|r| !competences.contains(&r.competence) || !seen.insert(r.competence))
        {
            let mut seen = HashSet::new();
            Arc::make_mut(a)
                .ratings
                .retain(|r| competences.contains(&r.competence) && seen.insert(r.competence));
            dropped.push(format!("assessments/{}/ratings", a.id));
        }
    }
    for s in &mut agenda.surveys {
        let mut seen = HashSet::new();
        if s.answers
            .iter()
            .any(|x| !competences.contains(&x.competence) || !seen.insert(x.competence))
        {
            let mut seen = HashSet::new();
            Arc::make_mut(s)
                .answers
                .retain(|x| competences.contains(&x.competence) && seen.insert(x.competence));
            dropped.push(format!("surveys/{}/answers", s.id));
        }
    }
}

fn repair_prioritisation(
    agenda: &mut Agenda,
    departments: &HashSet<DepartmentId>,
    dropped: &mut Vec<String>,
) {
    let mut allocations = std::mem::take(&mut agenda.prioritisation.allocations);
    let mut rankings = std::mem::take(&mut agenda.prioritisation.rankings);
    let exists = |item: ItemRef| agenda.has_item(item);
    allocations.retain(|a| departments.contains(&a.department) && exists(a.item) && a.points > 0);
    rankings.retain(|r| departments.contains(&r.department));
    for r in &mut rankings {
        let subject = r.order.first().map(|i| i.subject());
        let mut seen = HashSet::new();
        r.order
            .retain(|i| exists(*i) && Some(i.subject()) == subject && seen.insert(*i));
    }
    rankings.retain(|r| !r.order.is_empty());

    let mut totals: HashMap<(DepartmentId, PrioritySubject), u32> = HashMap::new();
    for a in &allocations {
        let total = totals.entry((a.department, a.item.subject())).or_default();
        *total = total.saturating_add(a.points);
    }
    allocations.retain(|a| {
        let within = totals
            .get(&(a.department, a.item.subject()))
            .is_some_and(|t| *t <= MAX_BUDGET);
        if !within {
            dropped.push(format!(
                "prioritisation/points/{}/{}",
                a.department,
                item_key(a.item)
            ));
        }
        within
    });
    let p = &mut agenda.prioritisation;
    let needed_cap = allocations.iter().map(|a| a.points).max().unwrap_or(0);
    let needed_budget = totals.values().copied().filter(|t| *t <= MAX_BUDGET).max();
    p.max_per_item = p.max_per_item.max(needed_cap).min(MAX_BUDGET);
    p.budget = p
        .budget
        .max(needed_budget.unwrap_or(0))
        .max(p.max_per_item)
        .min(MAX_BUDGET);
    p.allocations = allocations;
    p.rankings = rankings;
    p.sort_ballots();
}

fn item_key(item: ItemRef) -> String {
    match item {
        ItemRef::Field(id) => format!("field:{id}"),
        ItemRef::Guideline(id) => format!("guideline:{id}"),
        ItemRef::Idea(id) => format!("idea:{id}"),
    }
}

/// Applies `fix` to a copy of every item and keeps the copy only where it
/// differs, so unchanged items stay shared (and are seen as unchanged).
fn repaired<T: Clone + PartialEq>(items: &mut [Arc<T>], mut fix: impl FnMut(&mut T)) {
    for item in items.iter_mut() {
        let mut copy = T::clone(item);
        fix(&mut copy);
        if copy != **item {
            *item = Arc::new(copy);
        }
    }
}

/// Keeps the first mention of every known id.
fn keep_known<T: Copy + Eq + Hash>(list: &mut Vec<T>, known: &HashSet<T>) {
    let mut seen = HashSet::new();
    list.retain(|x| known.contains(x) && seen.insert(*x));
}
