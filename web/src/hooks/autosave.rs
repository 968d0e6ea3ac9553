//! Saving every change, so nothing is ever lost and nothing is overwritten.
//!
//! - A change is saved right after the frame that shows it is painted (the
//!   click answers at once; writing megabytes to localStorage waits those
//!   few milliseconds). Several changes within one frame are saved once.
//! - Whatever is still pending is written at once when the page is hidden
//!   or left (`visibilitychange`, `pagehide`).
//! - Only the parts that changed are written ([`Store::save`]); if another
//!   tab saved in between, its state is merged in before writing. Every
//!   write is read back and compared. Parts no longer used are removed
//!   within a minute or two ([`Store::collect_garbage`]).
//! - Every 10 minutes of editing an automatic snapshot is taken, when it
//!   fits beside the agenda; after the first save the browser is asked to
//!   keep the data (`persist()`).

use std::cell::RefCell;
use std::rc::Rc;

use agenda_core::Agenda;
use yew::prelude::*;

use crate::platform::browser;
use crate::platform::storage::{self, SaveError, SnapshotReason, Store, Usage};
use crate::shared::Shared;
use crate::state::{AppAction, AppState, Source};

/// Whether the latest state is in storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Saved at this time of day.
    Saved {
        /// `HH:MM`.
        at: String,
    },
    /// Nothing saved yet in this session.
    Unsaved,
    /// Nothing saved yet in this session, and nothing to save: the agenda
    /// is the one read from storage.
    AsLoaded,
    /// The last save failed; the agenda is still in memory.
    Failed(SaveError),
}

/// What the header shows about saving and storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Autosave {
    /// The last save's outcome.
    pub status: SaveStatus,
    /// How full localStorage is.
    pub usage: Option<Usage>,
    /// The browser's answer to `persist()`, once asked.
    pub persisted: Option<bool>,
}

/// Everything a save needs; cheap to clone into the callbacks that run it.
#[derive(Clone)]
struct Saver {
    store: Store,
    state: UseReducerHandle<AppState>,
    status: UseStateHandle<SaveStatus>,
    usage: UseStateHandle<Option<Usage>>,
    persisted: UseStateHandle<Option<bool>>,
    /// The pending removal of parts no longer used, and when it is due.
    garbage: Rc<RefCell<Option<(crate::platform::tasks::Later, f64)>>>,
    /// The newest agenda not yet saved.
    pending: Rc<RefCell<Option<Shared<Agenda>>>>,
    last_auto_snapshot: Rc<RefCell<f64>>,
    asked_persistence: Rc<RefCell<bool>>,
}

impl Saver {
    /// Saves `agenda` after the next paint (once, however many changes
    /// come before it).
    fn schedule(&self, agenda: Shared<Agenda>) {
        let first = self.pending.borrow_mut().replace(agenda).is_none();
        if first {
            let saver = self.clone();
            browser::after_next_paint(move || saver.flush());
        }
    }

    /// Saves what is pending now.
    fn flush(&self) {
        let Some(agenda) = self.pending.borrow_mut().take() else {
            return;
        };
        let status = match self.store.save(agenda.rc()) {
            Ok(written) => {
                let usage = storage::usage();
                let now = browser::now_ms();
                if now - *self.last_auto_snapshot.borrow() >= storage::AUTO_SNAPSHOT_MS {
                    *self.last_auto_snapshot.borrow_mut() = now;
                    // A copy fits only while the agenda uses less than half.
                    if usage.is_some_and(|u| u.used * 2 < u.budget)
                        && let Ok(json) = agenda_core::formats::stored::to_json(&agenda)
                    {
                        let _ = self.store.take_snapshot(
                            &json,
                            SnapshotReason::Auto,
                            &browser::precise_timestamp(),
                        );
                    }
                }
                self.usage.set(usage);
                self.collect_garbage_later();
                if !std::mem::replace(&mut *self.asked_persistence.borrow_mut(), true) {
                    let persisted = self.persisted.clone();
                    crate::platform::tasks::spawn(async move {
                        persisted.set(storage::request_persistence().await);
                    });
                }
                if let Some(outcome) = written.merged {
                    // Another tab saved in between: show its state too.
                    self.state.dispatch(AppAction::Incoming {
                        agenda: Box::new(outcome.agenda),
                        conflicts: outcome.conflicts,
                        source: Source::Tab,
                    });
                }
                SaveStatus::Saved {
                    at: browser::time_of_day(),
                }
            }
            Err(error) => SaveStatus::Failed(error),
        };
        self.status.set(status);
    }
}

impl Saver {
    /// Removes unused parts a while after a save. A timer already running
    /// is kept, so however often the tab saves, garbage is collected at
    /// least once a [`storage::parts::GRACE_MS`] and never piles up.
    fn collect_garbage_later(&self) {
        let mut slot = self.garbage.borrow_mut();
        if slot
            .as_ref()
            .is_some_and(|(_, due)| *due > browser::now_ms())
        {
            return;
        }
        let store = self.store.clone();
        let timeout = crate::platform::tasks::after(storage::parts::GRACE_MS, move || {
            store.collect_garbage();
        });
        *slot = Some((timeout, browser::now_ms() + storage::parts::GRACE_MS));
    }
}

/// Saves every change of `state` to `store` (the first state too when
/// `save_at_once`, e.g. a new demo agenda) and reports how it went.
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<AppState>,
    store: &Store,
    save_at_once: bool,
) -> Autosave {
    let status = use_state(|| {
        if save_at_once {
            SaveStatus::Unsaved
        } else {
            SaveStatus::AsLoaded
        }
    });
    let usage = use_state(storage::usage);
    let persisted = use_state(|| None::<bool>);
    let garbage = use_mut_ref(|| None);
    let pending = use_mut_ref(|| None::<Shared<Agenda>>);
    let last_auto_snapshot = use_mut_ref(browser::now_ms);
    let asked_persistence = use_mut_ref(|| false);
    let saver = Saver {
        store: store.clone(),
        state: state.clone(),
        status: status.clone(),
        usage: usage.clone(),
        persisted: persisted.clone(),
        garbage,
        pending,
        last_auto_snapshot,
        asked_persistence,
    };
    {
        let (saver, agenda) = (saver.clone(), state.agenda.clone());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 || save_at_once {
                saver.schedule(agenda);
            }
        });
    }
    use_effect_with((), move |()| {
        let listener = browser::on_page_hidden(move || saver.flush());
        move || drop(listener)
    });
    Autosave {
        status: (*status).clone(),
        usage: *usage,
        persisted: *persisted,
    }
}
