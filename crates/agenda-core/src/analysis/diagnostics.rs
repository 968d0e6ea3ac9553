//! What needs attention: gaps between strategy, departments and projects,
//! and projects that are late or quiet. Each finding names the item it is
//! about, so the UI can link to it. `today` comes from the caller; the core
//! reads no clock.

use crate::model::Agenda;
use crate::model::date::Date;
use crate::model::{
    CompetenceId, DepartmentId, GuidelineId, IndicatorId, MilestoneId, PerspectiveId, ProjectId,
};

/// Days without a status update after which an open project is flagged.
pub const STALE_AFTER_DAYS: i64 = 90;

/// One finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Diagnostic {
    /// One of the [`TOP_PLACES`] first items of the departments' joint
    /// prioritisation, supported by at least one department, that no
    /// project takes up: what leadership asks first.
    /// The item and its place.
    PriorityWithoutProject(crate::model::prioritisation::ItemRef, usize),
    /// A Leitplanke no project serves.
    GuidelineWithoutProject(GuidelineId),
    /// A Fachbereich without any perspective.
    DepartmentWithoutPerspective(DepartmentId),
    /// A perspective no project addresses.
    PerspectiveNotAddressed(PerspectiveId),
    /// A project serving no Leitplanke ("ohne strategischen Bezug").
    ProjectWithoutGuideline(ProjectId),
    /// An open project without milestones.
    ProjectWithoutMilestones(ProjectId),
    /// A milestone past its due date and not reached (open projects).
    OverdueMilestone(ProjectId, MilestoneId),
    /// An open project (geplant, in Umsetzung, pausiert) without a status
    /// update for more than [`STALE_AFTER_DAYS`] days, or never updated.
    StaleProject(ProjectId),
    /// A Kennzahl without a current value.
    IndicatorWithoutValue(ProjectId, IndicatorId),
    /// Competences below their target that no project raises, summed up
    /// in one finding: the largest such gap and how many there are.
    CompetenceGapsWithoutProject(CompetenceId, usize),
    /// A Förderprogramm not yet decided (geplant, beantragt) whose deadline
    /// is past or within [`GRANT_WARN_DAYS`] days: the project and the
    /// programme's position in its Steckbrief.
    GrantDeadline(ProjectId, usize),
    /// A project with costs but neither a budget year nor a start: it is
    /// missing from the Haushaltsplanung.
    CostsWithoutYear(ProjectId),
}

/// Days before a Förderprogramm's deadline from which it is flagged.
pub const GRANT_WARN_DAYS: i64 = 60;

/// The joint places whose items should have a project.
pub const TOP_PLACES: usize = 3;

/// How much a finding weighs, first first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// The strategy is not being carried out where it matters most, or a
    /// date or deadline is already missed.
    Urgent,
    /// Strategy and projects do not meet, or money is unplanned.
    Important,
    /// Housekeeping: a missing value, milestone or contribution.
    Note,
}

impl Diagnostic {
    /// Its place in the ranking: the weight, then the kind, in the order
    /// documented in `docs/design.md` ("What needs attention").
    pub fn rank(&self) -> (Weight, u8) {
        match self {
            Self::PriorityWithoutProject(..) => (Weight::Urgent, 0),
            Self::OverdueMilestone(..) => (Weight::Urgent, 1),
            Self::GrantDeadline(..) => (Weight::Urgent, 2),
            Self::ProjectWithoutGuideline(_) => (Weight::Important, 3),
            Self::GuidelineWithoutProject(_) => (Weight::Important, 4),
            Self::StaleProject(_) => (Weight::Important, 5),
            Self::CostsWithoutYear(_) => (Weight::Important, 6),
            Self::PerspectiveNotAddressed(_) => (Weight::Note, 7),
            Self::CompetenceGapsWithoutProject(..) => (Weight::Note, 8),
            Self::ProjectWithoutMilestones(_) => (Weight::Note, 9),
            Self::IndicatorWithoutValue(..) => (Weight::Note, 10),
            Self::DepartmentWithoutPerspective(_) => (Weight::Note, 11),
        }
    }
}

impl Agenda {
    /// All findings as of `today`, grouped by kind.
    ///
    /// A project without a lead department cannot exist (the reducer
    /// requires one), so there is no finding for it.
    pub fn diagnostics(&self, today: Date) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        for item in self
            .priority_result()
            .items
            .iter()
            // Only what some department supports is a priority: with
            // one department's single point, the other items share a
            // place without being wanted.
            .filter(|r| r.place <= TOP_PLACES && r.mean_support > 0.0 && !self.taken_up(r.item))
        {
            found.push(Diagnostic::PriorityWithoutProject(item.item, item.place));
        }
        for g in &self.guidelines {
            if !self.guideline_in_use(g.id) {
                found.push(Diagnostic::GuidelineWithoutProject(g.id));
            }
        }
        for d in &self.departments {
            if self.perspectives_of(d.id).next().is_none() {
                found.push(Diagnostic::DepartmentWithoutPerspective(d.id));
            }
        }
        for p in &self.perspectives {
            let addressed = self
                .projects
                .iter()
                .any(|project| project.counts() && project.sheet.perspectives.contains(&p.id));
            if !addressed {
                found.push(Diagnostic::PerspectiveNotAddressed(p.id));
            }
        }
        for project in &self.projects {
            let id = project.id;
            let open = project.status.is_open();
            if project.sheet.guidelines.is_empty() && project.counts() {
                found.push(Diagnostic::ProjectWithoutGuideline(id));
            }
            if open && project.milestones.is_empty() {
                found.push(Diagnostic::ProjectWithoutMilestones(id));
            }
            if open {
                for m in project.milestones.iter().filter(|m| m.is_overdue(today)) {
                    found.push(Diagnostic::OverdueMilestone(id, m.id));
                }
            }
            let watched = matches!(
                project.status,
                crate::ProjectStatus::Planned
                    | crate::ProjectStatus::InProgress
                    | crate::ProjectStatus::Paused
            );
            let last = project.updates.iter().map(|u| u.date).max();
            if watched && last.is_none_or(|d| d.days_until(today) > STALE_AFTER_DAYS) {
                found.push(Diagnostic::StaleProject(id));
            }
            for i in project.indicators.iter().filter(|i| i.current.is_none()) {
                found.push(Diagnostic::IndicatorWithoutValue(id, i.id));
            }
            if project.counts() {
                for (n, grant) in project.sheet.grants.iter().enumerate() {
                    let undecided = matches!(
                        grant.status,
                        crate::kaemmerei::finance::GrantStatus::Planned
                            | crate::kaemmerei::finance::GrantStatus::Applied
                    );
                    if undecided
                        && grant
                            .deadline
                            .is_some_and(|d| today.days_until(d) <= GRANT_WARN_DAYS)
                    {
                        found.push(Diagnostic::GrantDeadline(id, n));
                    }
                }
                if !project.sheet.costs.is_empty()
                    && crate::kaemmerei::budget::budget_year(project).is_none()
                {
                    found.push(Diagnostic::CostsWithoutYear(id));
                }
            }
        }
        let open: Vec<CompetenceId> = crate::competence::gaps(self)
            .into_iter()
            .filter(crate::competence::Gap::is_open)
            .map(|g| g.competence)
            .collect();
        if let Some(largest) = open.first() {
            found.push(Diagnostic::CompetenceGapsWithoutProject(
                *largest,
                open.len(),
            ));
        }
        found
    }

    /// The findings ranked by weight ([`Diagnostic::rank`]), in the order of
    /// [`Agenda::diagnostics`] within a rank.
    pub fn ranked_diagnostics(&self, today: Date) -> Vec<Diagnostic> {
        let mut found = self.diagnostics(today);
        crate::sorting::sort_by_key(&mut found, Diagnostic::rank);
        found
    }

    /// Whether a prioritised item is taken up by a project that counts: a
    /// Handlungsfeld or Leitplanke served by one; a Projektidee becomes a
    /// project when taken up, so an idea still listed is not.
    fn taken_up(&self, item: crate::model::prioritisation::ItemRef) -> bool {
        use crate::model::prioritisation::ItemRef;
        let counting = || self.projects.iter().filter(|p| p.counts());
        match item {
            ItemRef::Field(f) => counting().any(|p| p.sheet.field == Some(f)),
            ItemRef::Guideline(g) => counting().any(|p| p.sheet.guidelines.contains(&g)),
            ItemRef::Idea(_) => false,
        }
    }
}
