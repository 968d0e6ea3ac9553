//! The app's state: the core [`Agenda`] plus what the UI needs around it
//! (the last refused action, a message for screen readers, the undo offer
//! for a deletion, the undo/redo history). Every agenda change is a core
//! [`Action`] applied by the core reducer; this wrapper only records its
//! outcome.
//!
//! History: every change the user makes pushes the agenda before it (its
//! content, sharing the items, see [`ForHistory`]) onto
//! `past` (at most [`HISTORY_LIMIT`]) and clears `future`. Undo and redo
//! apply [`Action::Revert`], a new stamped change, so they also hold against
//! other tabs. Merging another tab's changes clears the history, so an undo
//! never takes back someone else's work.

use std::rc::Rc;

use agenda_core::rights::{Actor, check_change};
use agenda_core::{Action, Agenda, AgendaError, Author, Conflict, ProjectId, Replica, merge};
use yew::Reducible;

use crate::platform::browser;
use crate::shared::Shared;
use crate::text;

/// How many changes can be undone.
pub const HISTORY_LIMIT: usize = 50;

/// The offer shown after a deletion or import: one key press takes it back
/// (through the history).
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// What happened, e.g. "Leitplanke „X“ gelöscht."
    pub message: String,
}

/// Where an incoming copy of the agenda came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Another tab of this browser (through localStorage).
    Tab,
    /// The live sync's CouchDB database.
    Server,
}

/// What the workspace renders.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The agenda; shared, replaced on every change.
    pub agenda: Shared<Agenda>,
    /// Counts applied changes; saving follows it.
    pub revision: u64,
    /// Why the last action was refused, if it was, in German.
    pub error: Option<String>,
    /// The roles of the person's login while a CouchDB database is
    /// connected: an action outside them is refused here, as the server
    /// would refuse it. `None` without a connection (roles are a view
    /// switch then).
    pub rights: Option<Vec<Actor>>,
    /// Who changes the agenda in this browser, recorded with every change:
    /// the login while connected, else the name the person gave.
    pub author: Author,
    /// A short message for the polite live region.
    pub announcement: String,
    /// The most recent deletion, offered for undo.
    pub undo: Option<Undo>,
    /// This browser's copy, stamped on every change for merging.
    pub replica: Replica,
    /// Conflicts of the last merge with another tab or the sync server,
    /// until dismissed.
    pub incoming_conflicts: Vec<Conflict>,
    /// Where those came from: another tab or the live sync.
    pub conflicts_from: Source,
    /// The project the last change created (new, from a contribution or
    /// from a Leitplanke): the workspace opens its Steckbrief and the card
    /// says so, until the next change.
    pub created: Option<ProjectId>,
    /// Earlier agendas, newest last, for undo.
    pub past: Vec<Shared<Agenda>>,
    /// Undone agendas, newest last, for redo.
    pub future: Vec<Shared<Agenda>>,
}

impl AppState {
    /// State around an agenda loaded or chosen at start.
    pub fn new(agenda: Shared<Agenda>, replica: Replica) -> Self {
        Self {
            agenda,
            revision: 0,
            error: None,
            rights: None,
            author: Author::default(),
            announcement: String::new(),
            undo: None,
            replica,
            incoming_conflicts: Vec::new(),
            conflicts_from: Source::Tab,
            created: None,
            past: Vec::new(),
            future: Vec::new(),
        }
    }
}

/// The author of changes without a connection: the name the person gave
/// in this browser (kept beside the agenda), unchecked.
pub fn given_author() -> Author {
    use crate::platform::storage::{NAME_KEY, load_pref};
    Author::given(&load_pref(NAME_KEY).unwrap_or_default())
}

/// What the UI can ask of the state.
// Transient messages, created one at a time: their size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// Apply a core action.
    Apply(Action),
    /// Take back the last change.
    Undo,
    /// Make the last undone change again.
    Redo,
    /// Replace the agenda with an imported one; undo brings the old back.
    Import(Box<Agenda>),
    /// Take the result of merging a contribution; undo brings the old back.
    Merge(Box<Agenda>),
    /// Bring back a stored snapshot; undo brings the current agenda back.
    RestoreSnapshot {
        /// The snapshot's agenda.
        agenda: Box<Agenda>,
        /// What the user is told.
        message: String,
    },
    /// Apply several actions as one change (a CSV or template import): all
    /// or none; undo brings the old agenda back.
    ApplyAll {
        /// The actions, in order.
        actions: Vec<Action>,
        /// What the user is told, also on the undo offer.
        message: String,
    },
    /// Another tab saved this agenda, or the live sync received it: merge
    /// its state into ours. Conflicts already found while merging it (on
    /// save) come along.
    Incoming {
        /// The other copy, or the merge of it with ours.
        agenda: Box<Agenda>,
        /// Conflicts found so far.
        conflicts: Vec<Conflict>,
        /// Where it came from.
        source: Source,
    },
    /// Hide the conflicts of the last incoming merge.
    DismissIncomingConflicts,
    /// Hide the error message.
    DismissError,
    /// Hide the undo offer.
    DismissUndo,
    /// The roles of the connected login, or `None` (not connected).
    SetRights(Option<Vec<Actor>>),
    /// Who changes the agenda from now on.
    SetAuthor(Author),
    /// The server refused changes (the login lacks the role); the live
    /// sync took them back in `from`, giving `agenda`. Taken only if the
    /// agenda is still `from` (else the next round tries again).
    TakenBack {
        /// The agenda the changes were taken back in.
        from: Shared<Agenda>,
        /// The agenda without them.
        agenda: Box<Agenda>,
        /// What the user is told.
        message: String,
    },
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        match action {
            AppAction::Apply(action) => Rc::new(self.apply(action)),
            AppAction::Undo => Rc::new(self.step(true)),
            AppAction::Redo => Rc::new(self.step(false)),
            AppAction::Import(agenda) => Rc::new(self.replace(agenda, text::IMPORTED)),
            AppAction::Merge(agenda) => Rc::new(self.replace(agenda, text::MERGED)),
            AppAction::RestoreSnapshot { agenda, message } => {
                Rc::new(self.replace(agenda, &message))
            }
            AppAction::ApplyAll { actions, message } => {
                let mut next = (*self.agenda).clone();
                match actions
                    .into_iter()
                    .try_for_each(|a| self.apply_to(&mut next, a))
                {
                    Ok(()) => match self.forbidden(&next) {
                        Some(refused) => Rc::new(refused),
                        None => Rc::new(self.replace(Box::new(next), &message)),
                    },
                    Err(error) => Rc::new(self.refused(&error)),
                }
            }
            AppAction::Incoming {
                agenda,
                conflicts,
                source,
            } => {
                match merge(&self.agenda, &agenda) {
                    Ok(outcome) if outcome.agenda != *self.agenda => {
                        let mut found = conflicts;
                        found.extend(outcome.conflicts);
                        agenda_core::sorting::sort(&mut found);
                        found.dedup();
                        Rc::new(Self {
                            agenda: Shared::new(outcome.agenda),
                            revision: self.revision + 1,
                            announcement: match source {
                                Source::Server => text::SYNC_RECEIVED.into(),
                                Source::Tab => text::FROM_OTHER_TAB.into(),
                            },
                            conflicts_from: if found.is_empty() {
                                self.conflicts_from
                            } else {
                                source
                            },
                            incoming_conflicts: if found.is_empty() {
                                self.incoming_conflicts.clone()
                            } else {
                                found
                            },
                            // An undo now would also take back the other
                            // tab's work.
                            undo: None,
                            past: Vec::new(),
                            future: Vec::new(),
                            ..(*self).clone()
                        })
                    }
                    // Nothing new, or not mergeable: the save check reports it.
                    _ => self,
                }
            }
            AppAction::DismissIncomingConflicts => Rc::new(Self {
                incoming_conflicts: Vec::new(),
                ..(*self).clone()
            }),
            AppAction::DismissError => Rc::new(Self {
                error: None,
                ..(*self).clone()
            }),
            AppAction::DismissUndo => Rc::new(Self {
                undo: None,
                ..(*self).clone()
            }),
            AppAction::SetRights(rights) => Rc::new(Self {
                rights,
                ..(*self).clone()
            }),
            AppAction::SetAuthor(author) => Rc::new(Self {
                author,
                ..(*self).clone()
            }),
            AppAction::TakenBack {
                from,
                agenda,
                message,
            } if from == self.agenda => Rc::new(Self {
                agenda: Shared::new(*agenda),
                revision: self.revision + 1,
                error: Some(message),
                undo: None,
                past: Vec::new(),
                future: Vec::new(),
                ..(*self).clone()
            }),
            AppAction::TakenBack { .. } => self,
        }
    }
}

impl AppState {
    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Replaces the whole agenda (import, merge), undoably.
    fn replace(&self, agenda: Box<Agenda>, message: &str) -> Self {
        let mut next = (*self.agenda).clone();
        match next.apply_by(Action::Restore { agenda }, self.replica) {
            Ok(()) => self.changed(
                next,
                message.into(),
                Some(Undo {
                    message: message.into(),
                }),
            ),
            Err(error) => self.refused(&error),
        }
    }

    /// Applies `action` to `agenda` as this browser's copy, signed by the
    /// author at the browser's time.
    fn apply_to(&self, agenda: &mut Agenda, action: Action) -> Result<(), AgendaError> {
        agenda.apply_signed(action, self.replica, &self.author, browser::now_seconds())
    }

    fn apply(&self, action: Action) -> Self {
        let mut agenda = (*self.agenda).clone();
        let offer = deletion_undo(&agenda, &action);
        match self.apply_to(&mut agenda, action.clone()) {
            Ok(()) if let Some(refused) = self.forbidden(&agenda) => refused,
            Ok(()) => {
                let announcement = announce(&self.agenda, &agenda, &action);
                Self {
                    created: created_by(&action),
                    ..self.changed(agenda, announcement, offer)
                }
            }
            Err(error) => self.refused(&error),
        }
    }

    /// The state after a change by the user: the agenda before it goes onto
    /// the history, redo is no longer possible.
    fn changed(&self, agenda: Agenda, announcement: String, undo: Option<Undo>) -> Self {
        let mut past = self.past.clone();
        past.push(self.agenda.for_history());
        if past.len() > HISTORY_LIMIT {
            past.remove(0);
        }
        Self {
            agenda: Shared::new(agenda),
            revision: self.revision + 1,
            error: None,
            announcement,
            undo,
            past,
            future: Vec::new(),
            ..self.clone()
        }
    }

    /// Undo (`back`) or redo: brings back the content of the neighbouring
    /// state as a new change.
    fn step(&self, back: bool) -> Self {
        let (mut from, mut to) = if back {
            (self.past.clone(), self.future.clone())
        } else {
            (self.future.clone(), self.past.clone())
        };
        let Some(target) = from.pop() else {
            return self.clone();
        };
        let mut agenda = (*self.agenda).clone();
        let revert = Action::Revert {
            agenda: Box::new((*target).clone()),
        };
        if let Err(error) = self.apply_to(&mut agenda, revert) {
            return self.refused(&error);
        }
        to.push(self.agenda.for_history());
        let (past, future) = if back { (from, to) } else { (to, from) };
        Self {
            agenda: Shared::new(agenda),
            revision: self.revision + 1,
            error: None,
            announcement: if back { text::UNDONE } else { text::REDONE }.into(),
            undo: None,
            created: None,
            past,
            future,
            ..self.clone()
        }
    }

    fn refused(&self, error: &AgendaError) -> Self {
        Self {
            error: Some(text::agenda_error(error)),
            ..self.clone()
        }
    }

    /// The state that refuses `next` when the connected login's roles do
    /// not allow the change to it; `None` when they do, or without a
    /// connection.
    fn forbidden(&self, next: &Agenda) -> Option<Self> {
        let actors = self.rights.as_ref()?;
        let refusal = check_change(actors, &self.agenda, next).err()?;
        Some(Self {
            error: Some(text::forbidden(&refusal, &self.agenda)),
            ..self.clone()
        })
    }
}

/// What the history keeps of an agenda: its content, sharing every item
/// with the agenda itself (undo reverts content; the versions stay the
/// current ones), so 50 steps cost 50 lists of pointers, not 50 copies.
trait ForHistory {
    fn for_history(&self) -> Shared<Agenda>;
}

impl ForHistory for Shared<Agenda> {
    fn for_history(&self) -> Shared<Agenda> {
        Shared::new(self.without_versions())
    }
}

/// The undo offer a deletion creates.
fn deletion_undo(agenda: &Agenda, action: &Action) -> Option<Undo> {
    let Action::RemoveGuideline { id } = action else {
        return None;
    };
    Some(Undo {
        message: text::deleted(agenda.guideline(*id)?.title()),
    })
}

/// The project an action creates, if it creates one.
fn created_by(action: &Action) -> Option<ProjectId> {
    match action {
        Action::AddProject { id, .. }
        | Action::ProjectFromIdea { id, .. }
        | Action::ProjectFromPerspective { id, .. }
        | Action::GuidelineToProject { id, .. } => Some(*id),
        _ => None,
    }
}

/// What a screen reader hears after `action` turned `before` into `after`.
fn announce(before: &Agenda, after: &Agenda, action: &Action) -> String {
    let title = |agenda: &Agenda, id| agenda.guideline(id).map(|g| g.title().to_owned());
    let project = |agenda: &Agenda, id| agenda.project(id).map(|p| p.title().to_owned());
    match action {
        Action::AddGuideline { id, .. } => title(after, *id).map(|t| text::added(&t)),
        Action::MoveGuideline { id, .. } => title(after, *id)
            .zip(after.guideline_position(*id))
            .map(|(t, i)| text::moved(&t, i + 1, after.guidelines().len())),
        Action::RemoveGuideline { id } => title(before, *id).map(|t| text::deleted(&t)),
        Action::SetVision { .. } => Some(text::VISION_SAVED.into()),
        Action::AddProject { id, .. }
        | Action::ProjectFromIdea { id, .. }
        | Action::ProjectFromPerspective { id, .. }
        | Action::GuidelineToProject { id, .. } => {
            project(after, *id).map(|t| text::project_added(&t))
        }
        Action::EditProject { id, .. } => project(after, *id).map(|t| text::sheet_saved(&t)),
        Action::RemoveProject { id } => project(before, *id).map(|t| text::project_deleted(&t)),
        Action::SetProjectStatus { id, status, .. } => {
            project(after, *id).map(|t| text::status_set(&t, *status))
        }
        Action::SetMilestoneDone { project, id, done } => after
            .project(*project)
            .and_then(|p| p.milestones().iter().find(|m| m.id() == *id))
            .map(|m| text::milestone_done(m.title(), *done)),
        Action::AddPerspective { .. } | Action::EditPerspective { .. } => {
            Some(text::PERSPECTIVE_SAVED.into())
        }
        _ => None,
    }
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use agenda_core::{GuidelineDraft, GuidelineId};

    fn reduce(state: AppState, action: AppAction) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn add(state: AppState, n: u128, title: &str) -> AppState {
        reduce(
            state,
            AppAction::Apply(Action::AddGuideline {
                id: GuidelineId::from_u128(n),
                draft: GuidelineDraft {
                    title: title.into(),
                    ..Default::default()
                },
            }),
        )
    }

    #[test]
    fn delete_then_undo_restores_order_and_content() {
        let state = add(
            add(
                AppState::new(Shared::new(Agenda::new()), Replica(1)),
                1,
                "A",
            ),
            2,
            "B",
        );
        let before = state.agenda.clone();
        let deleted = reduce(
            state,
            AppAction::Apply(Action::RemoveGuideline {
                id: GuidelineId::from_u128(1),
            }),
        );
        assert_eq!(deleted.announcement, "Leitplanke „A“ gelöscht.");
        assert!(deleted.undo.is_some());
        let undone = reduce(deleted, AppAction::Undo);
        assert_eq!(undone.agenda.strategy_only(), before.strategy_only());
        let key = format!("guidelines/{}", GuidelineId::from_u128(1));
        assert!(
            undone.agenda.versions().stamp(&key) > before.versions().stamp(&key),
            "the undo is a new change, so it wins in a merge"
        );
        assert_eq!(undone.undo, None);
        assert_eq!(undone.revision, 4);
    }

    #[test]
    fn undo_and_redo_walk_the_history_and_a_new_change_ends_redo() {
        let empty = AppState::new(Shared::new(Agenda::new()), Replica(1));
        let one = add(empty, 1, "A");
        let two = add(one, 2, "B");
        let titles = |s: &AppState| {
            s.agenda
                .guidelines()
                .iter()
                .map(|g| g.title().to_owned())
                .collect::<Vec<_>>()
        };
        let undone = reduce(two.clone(), AppAction::Undo);
        assert_eq!(titles(&undone), ["A"]);
        let undone = reduce(undone, AppAction::Undo);
        assert!(titles(&undone).is_empty());
        assert!(!undone.can_undo());
        assert_eq!(
            reduce(undone.clone(), AppAction::Undo),
            undone,
            "nothing left"
        );
        let redone = reduce(undone, AppAction::Redo);
        assert_eq!(titles(&redone), ["A"]);
        assert!(redone.can_redo());
        let branched = add(redone, 3, "C");
        assert!(!branched.can_redo(), "a new change ends redo");
        assert_eq!(titles(&branched), ["A", "C"]);
        assert_eq!(branched.revision, two.revision + 4);
    }

    #[test]
    fn the_history_is_bounded_and_an_import_can_be_undone() {
        let mut state = AppState::new(Shared::new(Agenda::new()), Replica(1));
        for n in 0..(HISTORY_LIMIT as u128 + 10) {
            state = add(state, n, &format!("L{n}"));
        }
        assert_eq!(state.past.len(), HISTORY_LIMIT);
        let before = state.agenda.clone();
        let imported = reduce(state, AppAction::Import(Box::new(Agenda::new())));
        assert!(imported.agenda.guidelines().is_empty());
        assert_eq!(imported.past.len(), HISTORY_LIMIT);
        let back = reduce(imported, AppAction::Undo);
        assert_eq!(back.agenda.strategy_only(), before.strategy_only());
    }

    #[test]
    fn refused_action_keeps_agenda_and_revision_and_reports() {
        let state = add(
            AppState::new(Shared::new(Agenda::new()), Replica(1)),
            1,
            "A",
        );
        let refused = add(state.clone(), 2, "   ");
        assert_eq!(refused.agenda, state.agenda);
        assert_eq!(refused.revision, state.revision);
        assert!(refused.error.is_some());
    }

    #[test]
    fn move_announces_the_new_position() {
        let state = add(
            add(
                AppState::new(Shared::new(Agenda::new()), Replica(1)),
                1,
                "A",
            ),
            2,
            "B",
        );
        let moved = reduce(
            state,
            AppAction::Apply(Action::MoveGuideline {
                id: GuidelineId::from_u128(2),
                to: 0,
            }),
        );
        assert_eq!(moved.announcement, "„B“ steht jetzt an Position 1 von 2.");
    }

    #[test]
    fn status_changes_and_reached_milestones_are_announced() {
        let demo = agenda_core::content::demo::musterstadt().unwrap();
        let project = demo
            .projects()
            .iter()
            .find(|p| !p.milestones().is_empty())
            .unwrap();
        let (id, title) = (project.id(), project.title().to_owned());
        let milestone = &project.milestones()[0];
        let (milestone_id, milestone_title) = (milestone.id(), milestone.title().to_owned());
        let state = AppState::new(Shared::new(demo.clone()), Replica(1));
        let state = reduce(
            state,
            AppAction::Apply(Action::SetProjectStatus {
                id,
                status: agenda_core::ProjectStatus::Paused,
                date: agenda_core::Date::new(2026, 11, 27).unwrap(),
                note: String::new(),
            }),
        );
        assert_eq!(
            state.announcement,
            format!("Status von „{title}“: pausiert.")
        );
        for done in [true, false] {
            let state = reduce(
                state.clone(),
                AppAction::Apply(Action::SetMilestoneDone {
                    project: id,
                    id: milestone_id,
                    done,
                }),
            );
            let expected = if done { "erreicht" } else { "wieder offen" };
            assert_eq!(
                state.announcement,
                format!("Meilenstein „{milestone_title}“ {expected}.")
            );
        }
    }
}
