//! The page's address fragment and the session history: read it, write it
//! (a new entry or in place of the current one) and follow the user's
//! moves. What a fragment means is `crate::route`'s business.

use wasm_bindgen::JsValue;

/// The fragment in the page's address now, with `#` (empty without one).
pub fn fragment() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}

/// Puts `fragment` into the address: as a new history entry (`push`, so the
/// back button returns), or in place of the current one. Nothing happens
/// when the address already says so.
pub fn show(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(fragment) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
        };
    }
}

/// Calls `on_move` whenever the user moves through the history (back,
/// forward: `popstate`) or edits the fragment (`hashchange`; both lead to
/// the same place, so handling both is harmless). The listeners go when
/// the returned guard is dropped.
pub fn watch(on_move: impl Fn() + 'static) -> Option<Watch> {
    super::browser::on_window_events(["popstate", "hashchange"], on_move)
}

/// Keeps the address listeners of `watch` alive; removes them when dropped.
pub type Watch = [super::browser::Listener; 2];
