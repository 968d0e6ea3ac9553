//! Snapshots before risky steps: the agenda is copied beside itself before
//! an import, a merge or a restore replaces it, and stored data of an older
//! schema is kept before it is first saved in the current one.

use std::rc::Rc;

use agenda_core::{Agenda, formats::stored};
use yew::prelude::*;

use crate::platform::browser;
use crate::platform::storage::{SnapshotReason, Store};

/// Takes a snapshot of an agenda for a reason.
pub type TakeSnapshot = Rc<dyn Fn(&Agenda, SnapshotReason)>;

/// Keeps older-schema data once, at start, and returns a function that
/// takes a snapshot. A snapshot that does not fit is skipped; the agenda
/// itself is saved as always.
#[hook]
pub fn use_snapshots(store: &Store) -> TakeSnapshot {
    {
        let store = store.clone();
        use_effect_with((), move |()| {
            if let Some(raw) = store.raw().filter(|raw| stored::needs_migration(raw)) {
                let _ = store.take_snapshot(
                    &raw,
                    SnapshotReason::Migration,
                    &browser::precise_timestamp(),
                );
            }
        });
    }
    let store = store.clone();
    Rc::new(move |agenda: &Agenda, reason: SnapshotReason| {
        if let Ok(json) = stored::to_json(agenda) {
            let _ = store.take_snapshot(&json, reason, &browser::precise_timestamp());
        }
    })
}
