//! Finding projects: free-text search that reads German the way people
//! type it ("Strasse" finds "Straße", "Mueller" and "muller" find
//! "Müller"), filters by status, Fachbereich, Leitplanke, Handlungsfeld and
//! priority band, the questions a navigator is asked in meetings
//! ("überfällig", "seit N Tagen ohne Aktualisierung", "ohne strategischen
//! Bezug"), and sorting. Pure: `today` is a parameter.
//!
//! Invariants (tested): the result is a subset of the agenda's projects in
//! a stable order, each at most once; the empty filter keeps every project
//! in the agenda's order; adding a criterion never adds projects.

use std::cmp::Ordering;
use std::sync::Arc;

use crate::model::Agenda;
use crate::model::date::Date;
use crate::model::{DepartmentId, FieldId, GuidelineId};
use crate::model::{PriorityBand, Project, ProjectStatus};
use crate::sorting;

/// How the found projects are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ProjectSort {
    /// As the agenda lists them.
    #[default]
    Listed,
    /// By title, A to Z (German-aware, see [`fold`]).
    Title,
    /// By status, in the order of [`ProjectStatus::ALL`].
    Status,
    /// Most progress first.
    Progress,
    /// Soonest open milestone first; projects without one last.
    NextMilestone,
    /// Longest without a status update first (never updated first of all).
    LastUpdate,
}

impl ProjectSort {
    /// Every order, as offered to the user.
    pub const ALL: [Self; 6] = [
        Self::Listed,
        Self::Title,
        Self::Status,
        Self::Progress,
        Self::NextMilestone,
        Self::LastUpdate,
    ];
}

/// What to look for. The default finds every project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ProjectFilter {
    /// Words that must all occur in the title, description, effect,
    /// responsible person or a Kennzahl's name (German-aware, see [`fold`]).
    pub text: String,
    /// Only this status.
    pub status: Option<ProjectStatus>,
    /// Only projects this Fachbereich leads.
    pub lead: Option<DepartmentId>,
    /// Only projects this Fachbereich takes part in (leading or not).
    pub participant: Option<DepartmentId>,
    /// Only projects that serve this Leitplanke.
    pub guideline: Option<GuidelineId>,
    /// Only projects in this Handlungsfeld.
    pub field: Option<FieldId>,
    /// Only this priority band.
    pub band: Option<PriorityBand>,
    /// Only open projects with a milestone past its date or past their end.
    pub overdue: bool,
    /// Only open projects whose last status update is more than this many
    /// days ago (or that never had one).
    pub stale_days: Option<u32>,
    /// Only projects that serve no Leitplanke.
    pub without_guideline: bool,
    /// The order of the result.
    pub sort: ProjectSort,
}

impl ProjectFilter {
    /// Whether any criterion narrows the list (sorting does not).
    pub fn narrows(&self) -> bool {
        Self {
            sort: self.sort,
            ..Self::default()
        } != *self
    }

    /// How many criteria besides the search text narrow the list (what
    /// "Filter (n aktiv)" counts).
    pub fn criteria(&self) -> usize {
        [
            self.status.is_some(),
            self.lead.is_some(),
            self.participant.is_some(),
            self.guideline.is_some(),
            self.field.is_some(),
            self.band.is_some(),
            self.overdue,
            self.stale_days.is_some(),
            self.without_guideline,
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    }

    /// The projects of `agenda` this filter finds, in its order.
    pub fn apply<'a>(&self, agenda: &'a Agenda, today: Date) -> Vec<&'a Arc<Project>> {
        self.apply_indexed(agenda, today, None)
    }

    /// Like [`ProjectFilter::apply`], reading the folded text of each
    /// project from `index`, which must have been built from this same
    /// agenda (the app keeps one per agenda value and reuses it for every
    /// keystroke). A project the index does not have at its position is
    /// folded on the spot.
    pub fn apply_indexed<'a>(
        &self,
        agenda: &'a Agenda,
        today: Date,
        index: Option<&SearchIndex>,
    ) -> Vec<&'a Arc<Project>> {
        let words: Vec<String> = fold(&self.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let indexed = |at: usize, p: &Project| {
            index
                .and_then(|i| i.texts.get(at))
                .filter(|(id, _)| *id == p.id())
                .map(|(_, text)| text)
        };
        let mut found: Vec<&Arc<Project>> = agenda
            .projects()
            .iter()
            .enumerate()
            .filter(|(at, p)| self.admits(p, &words, today, indexed(*at, p)))
            .map(|(_, p)| p)
            .collect();
        match self.sort {
            ProjectSort::Listed => {}
            ProjectSort::Title => sorting::sort_by_key(&mut found, |p| fold(p.title())),
            ProjectSort::Status => sorting::sort_by_key(&mut found, |p| {
                ProjectStatus::ALL.iter().position(|s| *s == p.status())
            }),
            ProjectSort::Progress => sorting::sort_by(&mut found, |a, b| {
                b.progress().percent.total_cmp(&a.progress().percent)
            }),
            ProjectSort::NextMilestone => sorting::sort_by(&mut found, |a, b| {
                match (next_milestone(a), next_milestone(b)) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                }
            }),
            ProjectSort::LastUpdate => sorting::sort_by_key(&mut found, |p| last_update(p)),
        }
        found
    }

    fn admits(&self, p: &Project, words: &[String], today: Date, folded: Option<&String>) -> bool {
        let sheet = p.sheet();
        let open = p.status().is_open();
        self.status.is_none_or(|s| p.status() == s)
            && self.lead.is_none_or(|d| sheet.lead == d)
            && self
                .participant
                .is_none_or(|d| sheet.lead == d || sheet.participants.contains(&d))
            && self.guideline.is_none_or(|g| sheet.guidelines.contains(&g))
            && self.field.is_none_or(|f| sheet.field == Some(f))
            && self.band.is_none_or(|b| sheet.band == b)
            && (!self.overdue || (open && is_overdue(p, today)))
            && self.stale_days.is_none_or(|days| {
                open && last_update(p).is_none_or(|d| d.days_until(today) > i64::from(days))
            })
            && (!self.without_guideline || sheet.guidelines.is_empty())
            && (words.is_empty() || {
                let own;
                let haystack = match folded {
                    Some(text) => text,
                    None => {
                        own = searchable(p);
                        &own
                    }
                };
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
    }
}

/// The folded search text of every project of one agenda, in its order:
/// what the text search reads, prepared once instead of per keystroke.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    texts: Vec<(crate::model::ProjectId, String)>,
}

impl SearchIndex {
    /// Folds the searchable text of every project of `agenda`.
    pub fn new(agenda: &Agenda) -> Self {
        Self {
            texts: agenda
                .projects()
                .iter()
                .map(|p| (p.id(), searchable(p)))
                .collect(),
        }
    }
}

/// A milestone not reached by its date, or the end date passed.
fn is_overdue(p: &Project, today: Date) -> bool {
    p.milestones().iter().any(|m| m.is_overdue(today))
        || p.sheet().end.is_some_and(|end| end < today)
}

/// The date of the next milestone not yet reached.
pub fn next_milestone(p: &Project) -> Option<Date> {
    p.milestones()
        .iter()
        .filter(|m| !m.done())
        .map(|m| m.due())
        .min()
}

/// The date of the latest status update.
pub fn last_update(p: &Project) -> Option<Date> {
    p.updates().iter().map(|u| u.date()).max()
}

/// Everything the text search looks in, folded.
fn searchable(p: &Project) -> String {
    let sheet = p.sheet();
    let mut text = String::new();
    for part in [
        sheet.title.as_str(),
        sheet.description.as_str(),
        sheet.effect.as_str(),
        sheet.responsible.as_str(),
    ]
    .into_iter()
    .chain(p.indicators().iter().map(|i| i.name()))
    {
        text.push_str(part);
        text.push('\n');
    }
    fold(&text)
}

/// Text as the search compares it: lower case, ß as ss, umlauts and their
/// spellings "ae", "oe", "ue" as the plain vowel. Folding both the text and
/// the query the same way makes "Strasse" find "Straße" and "Mueller" or
/// "Muller" find "Müller".
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' => folded.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' => folded.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => folded.push('u'),
            'é' | 'è' | 'ê' => folded.push('e'),
            'ß' => folded.push_str("ss"),
            'e' if folded.ends_with(['a', 'o', 'u']) => {}
            other => folded.push(other),
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_spellings_fold_together() {
        for (a, b) in [
            ("Straße", "STRASSE"),
            ("Müller", "Mueller"),
            ("Müller", "muller"),
            ("Bürgerbüro", "buergerbuero"),
            ("Ölheizung", "oelheizung"),
            ("Ämter", "aemter"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} / {b}");
        }
        assert_ne!(fold("Bauamt"), fold("Bauantrag"));
    }
}
