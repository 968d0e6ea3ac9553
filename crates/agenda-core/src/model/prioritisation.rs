//! The data of the joint prioritisation: what is prioritised, how, and the
//! departments' ballots (points or rankings). The aggregation lives in
//! [`crate::analysis::ranking`].
//!
//! Invariants (kept by the reducer, checked on load):
//! - Every allocation has 1..=`max_per_item` points, at most one allocation
//!   per department and item, and per department and kind of item the points
//!   add up to at most `budget`.
//! - A ranking lists items of one kind, each at most once.
//! - Every item and department referred to exists.

use serde::{Deserialize, Serialize};

use crate::model::{DepartmentId, FieldId, GuidelineId, IdeaId};

/// What kind of item is being prioritised.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PrioritySubject {
    /// Handlungsfelder.
    #[default]
    Fields,
    /// Leitplanken.
    Guidelines,
    /// Projektideen.
    Ideas,
}

/// How departments express priorities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityMethod {
    /// Distribute a points budget ("Punkte kleben").
    #[default]
    Points,
    /// Put the items in order.
    Ranking,
}

/// An item that can be prioritised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemRef {
    /// A Handlungsfeld.
    Field(FieldId),
    /// A Leitplanke.
    Guideline(GuidelineId),
    /// A Projektidee.
    Idea(IdeaId),
}

impl ItemRef {
    /// The subject this item belongs to.
    pub fn subject(self) -> PrioritySubject {
        match self {
            Self::Field(_) => PrioritySubject::Fields,
            Self::Guideline(_) => PrioritySubject::Guidelines,
            Self::Idea(_) => PrioritySubject::Ideas,
        }
    }
}

/// Points a department gave one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    pub(crate) department: DepartmentId,
    pub(crate) item: ItemRef,
    pub(crate) points: u32,
}

impl Allocation {
    /// The giving department.
    pub fn department(&self) -> DepartmentId {
        self.department
    }

    /// The item.
    pub fn item(&self) -> ItemRef {
        self.item
    }

    /// Points, at least 1.
    pub fn points(&self) -> u32 {
        self.points
    }
}

/// A department's order of items, best first. Items not listed share the
/// places after the listed ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ranking {
    pub(crate) department: DepartmentId,
    pub(crate) order: Vec<ItemRef>,
}

impl Ranking {
    /// The ranking department.
    pub fn department(&self) -> DepartmentId {
        self.department
    }

    /// Items, best first.
    pub fn order(&self) -> &[ItemRef] {
        &self.order
    }
}

/// Settings and ballots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prioritisation {
    pub(crate) subject: PrioritySubject,
    pub(crate) method: PriorityMethod,
    pub(crate) budget: u32,
    pub(crate) max_per_item: u32,
    pub(crate) allocations: Vec<Allocation>,
    pub(crate) rankings: Vec<Ranking>,
}

/// Default points budget per department.
pub const DEFAULT_BUDGET: u32 = 10;
/// Default cap of points per item.
pub const DEFAULT_MAX_PER_ITEM: u32 = 3;

impl Default for Prioritisation {
    fn default() -> Self {
        Self {
            subject: PrioritySubject::default(),
            method: PriorityMethod::default(),
            budget: DEFAULT_BUDGET,
            max_per_item: DEFAULT_MAX_PER_ITEM,
            allocations: Vec::new(),
            rankings: Vec::new(),
        }
    }
}

impl Prioritisation {
    /// What is being prioritised.
    pub fn subject(&self) -> PrioritySubject {
        self.subject
    }

    /// Points or ranking.
    pub fn method(&self) -> PriorityMethod {
        self.method
    }

    /// Points each department may give.
    pub fn budget(&self) -> u32 {
        self.budget
    }

    /// Most points one department may give one item.
    pub fn max_per_item(&self) -> u32 {
        self.max_per_item
    }

    /// All allocations (of every subject).
    pub fn allocations(&self) -> &[Allocation] {
        &self.allocations
    }

    /// All rankings (of every subject).
    pub fn rankings(&self) -> &[Ranking] {
        &self.rankings
    }

    /// Points `department` gave `item`.
    pub fn points(&self, department: DepartmentId, item: ItemRef) -> u32 {
        self.allocations
            .iter()
            .find(|a| a.department == department && a.item == item)
            .map_or(0, |a| a.points)
    }

    /// Points `department` gave to items of `subject`.
    pub fn spent(&self, department: DepartmentId, subject: PrioritySubject) -> u32 {
        self.allocations
            .iter()
            .filter(|a| a.department == department && a.item.subject() == subject)
            .map(|a| a.points)
            .sum()
    }

    /// The ranking of `department` for `subject`, if it made one.
    pub fn ranking(&self, department: DepartmentId, subject: PrioritySubject) -> Option<&Ranking> {
        self.rankings.iter().find(|r| {
            r.department == department && r.order.first().is_some_and(|i| i.subject() == subject)
        })
    }

    /// Drops every ballot entry that mentions `item`.
    pub(crate) fn forget_item(&mut self, item: ItemRef) {
        self.allocations.retain(|a| a.item != item);
        for ranking in &mut self.rankings {
            ranking.order.retain(|i| *i != item);
        }
        self.rankings.retain(|r| !r.order.is_empty());
    }

    /// Puts ballots in their canonical order (department, then item or
    /// subject), the order a merge rebuilds them in.
    pub(crate) fn sort_ballots(&mut self) {
        crate::sorting::sort_by_key(&mut self.allocations, |a| (a.department, a.item));
        crate::sorting::sort_by_key(&mut self.rankings, |r| {
            (r.department, r.order.first().map(|i| i.subject()))
        });
    }

    /// Drops every ballot of `department`.
    pub(crate) fn forget_department(&mut self, department: DepartmentId) {
        self.allocations.retain(|a| a.department != department);
        self.rankings.retain(|r| r.department != department);
    }
}
