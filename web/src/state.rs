//! The app's state: the core [`Agenda`] plus what the UI needs around it
//! (the last refused action, a message for screen readers, the undo offer
//! for a deletion). Every agenda change is a core [`Action`] applied by the
//! core reducer; this wrapper only records its outcome.

use std::rc::Rc;

use agenda_core::{Action, Agenda, AgendaError, Conflict, Replica, merge};
use yew::Reducible;

use crate::text;

/// A deletion or import that can still be taken back: the agenda as it was
/// before, so everything the change touched comes back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// What happened, e.g. "Leitplanke „X“ gelöscht."
    pub message: String,
    /// The agenda before the deletion.
    pub previous: Rc<Agenda>,
}

/// What the workspace renders.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The agenda; shared, replaced on every change.
    pub agenda: Rc<Agenda>,
    /// Counts applied changes; saving follows it.
    pub revision: u64,
    /// Why the last action was refused, if it was.
    pub error: Option<AgendaError>,
    /// A short message for the polite live region.
    pub announcement: String,
    /// The most recent deletion, offered for undo.
    pub undo: Option<Undo>,
    /// This browser's copy, stamped on every change for merging.
    pub replica: Replica,
    /// Conflicts of the last merge with another tab, until dismissed.
    pub tab_conflicts: Vec<Conflict>,
}

impl AppState {
    /// State around an agenda loaded or chosen at start.
    pub fn new(agenda: Rc<Agenda>, replica: Replica) -> Self {
        Self {
            agenda,
            revision: 0,
            error: None,
            announcement: String::new(),
            undo: None,
            replica,
            tab_conflicts: Vec::new(),
        }
    }
}

/// What the UI can ask of the state.
// Transient messages, created one at a time: their size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// Apply a core action.
    Apply(Action),
    /// Take back the last deletion or import.
    Undo,
    /// Replace the agenda with an imported one; undo brings the old back.
    Import(Box<Agenda>),
    /// Take the result of merging a contribution; undo brings the old back.
    Merge(Box<Agenda>),
    /// Apply several actions as one change (a CSV or template import): all
    /// or none; undo brings the old agenda back.
    ApplyAll {
        /// The actions, in order.
        actions: Vec<Action>,
        /// What the user is told, also on the undo offer.
        message: &'static str,
    },
    /// Another tab saved this agenda: merge its state into ours. Conflicts
    /// already found while merging it (on save) come along.
    FromOtherTab {
        /// The other tab's agenda, or the merge of it with ours.
        agenda: Box<Agenda>,
        /// Conflicts found so far.
        conflicts: Vec<Conflict>,
    },
    /// Hide the conflicts of the last merge with another tab.
    DismissTabConflicts,
    /// Hide the error message.
    DismissError,
    /// Hide the undo offer.
    DismissUndo,
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        match action {
            AppAction::Apply(action) => Rc::new(self.apply(action)),
            AppAction::Undo => match self.undo.clone() {
                Some(Undo { previous, .. }) => {
                    let mut next = self.apply(Action::Revert {
                        agenda: Box::new((*previous).clone()),
                    });
                    if next.error.is_none() {
                        next.announcement = text::UNDONE.into();
                    }
                    Rc::new(next)
                }
                None => self,
            },
            AppAction::Import(agenda) => Rc::new(self.replace(agenda, text::IMPORTED)),
            AppAction::Merge(agenda) => Rc::new(self.replace(agenda, text::MERGED)),
            AppAction::ApplyAll { actions, message } => {
                let mut next = (*self.agenda).clone();
                match actions
                    .into_iter()
                    .try_for_each(|a| next.apply_by(a, self.replica))
                {
                    Ok(()) => Rc::new(self.replace(Box::new(next), message)),
                    Err(error) => Rc::new(Self {
                        error: Some(error),
                        ..(*self).clone()
                    }),
                }
            }
            AppAction::FromOtherTab { agenda, conflicts } => {
                match merge(&self.agenda, &agenda) {
                    Ok(outcome) if outcome.agenda != *self.agenda => {
                        let mut found = conflicts;
                        found.extend(outcome.conflicts);
                        found.sort();
                        found.dedup();
                        Rc::new(Self {
                            agenda: Rc::new(outcome.agenda),
                            revision: self.revision + 1,
                            announcement: text::FROM_OTHER_TAB.into(),
                            tab_conflicts: if found.is_empty() {
                                self.tab_conflicts.clone()
                            } else {
                                found
                            },
                            // An undo now would also take back the other
                            // tab's work.
                            undo: None,
                            ..(*self).clone()
                        })
                    }
                    // Nothing new, or not mergeable: the save check reports it.
                    _ => self,
                }
            }
            AppAction::DismissTabConflicts => Rc::new(Self {
                tab_conflicts: Vec::new(),
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
        }
    }
}

impl AppState {
    /// Replaces the whole agenda, keeping the old one for undo.
    fn replace(&self, agenda: Box<Agenda>, message: &str) -> Self {
        let previous = self.agenda.clone();
        let mut next = self.apply(Action::Restore { agenda });
        if next.error.is_none() {
            next.announcement = message.into();
            next.undo = Some(Undo {
                message: message.into(),
                previous,
            });
        }
        next
    }

    fn apply(&self, action: Action) -> Self {
        let mut agenda = (*self.agenda).clone();
        let undo = deletion_undo(&agenda, &action);
        match agenda.apply_by(action.clone(), self.replica) {
            Ok(()) => Self {
                announcement: announce(&self.agenda, &agenda, &action),
                agenda: Rc::new(agenda),
                revision: self.revision + 1,
                error: None,
                undo,
                ..self.clone()
            },
            Err(error) => Self {
                error: Some(error),
                ..self.clone()
            },
        }
    }
}

/// The undo offer a deletion creates.
fn deletion_undo(agenda: &Agenda, action: &Action) -> Option<Undo> {
    let Action::RemoveGuideline { id } = action else {
        return None;
    };
    Some(Undo {
        message: text::deleted(agenda.guideline(*id)?.title()),
        previous: Rc::new(agenda.clone()),
    })
}

/// What a screen reader hears after `action` turned `before` into `after`.
fn announce(before: &Agenda, after: &Agenda, action: &Action) -> String {
    let title = |agenda: &Agenda, id| agenda.guideline(id).map(|g| g.title().to_owned());
    match action {
        Action::AddGuideline { id, .. } => title(after, *id).map(|t| text::added(&t)),
        Action::MoveGuideline { id, .. } => title(after, *id)
            .zip(after.guideline_position(*id))
            .map(|(t, i)| text::moved(&t, i + 1, after.guidelines().len())),
        Action::RemoveGuideline { id } => title(before, *id).map(|t| text::deleted(&t)),
        Action::SetVision { .. } => Some(text::VISION_SAVED.into()),
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
            add(AppState::new(Rc::new(Agenda::new()), Replica(1)), 1, "A"),
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
    fn refused_action_keeps_agenda_and_revision_and_reports() {
        let state = add(AppState::new(Rc::new(Agenda::new()), Replica(1)), 1, "A");
        let refused = add(state.clone(), 2, "   ");
        assert_eq!(refused.agenda, state.agenda);
        assert_eq!(refused.revision, state.revision);
        assert!(refused.error.is_some());
    }

    #[test]
    fn move_announces_the_new_position() {
        let state = add(
            add(AppState::new(Rc::new(Agenda::new()), Replica(1)), 1, "A"),
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
}
