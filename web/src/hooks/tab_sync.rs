//! Another tab saved the agenda: its state is merged into this one at once
//! (the same merge as for contribution files), never overwritten.

use yew::prelude::*;

use crate::platform::browser;
use crate::platform::storage::{Loaded, Store};
use crate::state::{AppAction, AppState, Source};

/// Merges every save another tab makes to `store` while the workspace is
/// shown. Unreadable data from another tab is left to the save check.
#[hook]
pub fn use_tab_sync(state: &UseReducerHandle<AppState>, store: &Store) {
    let (state, store) = (state.clone(), store.clone());
    use_effect_with((), move |()| {
        // The manifest changes last, when every part of a save is written.
        let listener = browser::on_storage_change(&store.manifest_key(), move |new_value| {
            if new_value.is_none() {
                return;
            }
            if let Loaded::Ready(theirs) = store.load() {
                state.dispatch(AppAction::Incoming {
                    agenda: Box::new(std::rc::Rc::unwrap_or_clone(theirs)),
                    conflicts: Vec::new(),
                    source: Source::Tab,
                });
            }
        });
        move || drop(listener)
    });
}
