//! Strg+Z / Strg+Y / Strg+Umschalt+Z (also with ⌘) undo and redo outside
//! text fields; inside them the browser's own text undo stays.

use yew::prelude::*;

use crate::platform::browser;
use crate::state::{AppAction, AppState};

/// Listens for the undo/redo keys while the workspace is shown.
#[hook]
pub fn use_history_keys(state: &UseReducerHandle<AppState>) {
    let state = state.clone();
    use_effect_with((), move |()| {
        let listener = browser::on_history_keys(move |back| {
            state.dispatch(if back {
                AppAction::Undo
            } else {
                AppAction::Redo
            });
        });
        move || drop(listener)
    });
}
