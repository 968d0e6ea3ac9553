//! The page's address fragment and the session history: read it, write it
//! (a new entry or in place of the current one) and follow the user's
//! moves. What a fragment means is `crate::route`'s business.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

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
/// forward) or edits the fragment. The listeners go when the returned
/// guard is dropped.
pub fn watch(on_move: impl Fn() + 'static) -> Watch {
    let listener = Closure::<dyn Fn()>::new(on_move);
    if let Some(window) = web_sys::window() {
        for event in EVENTS {
            let _ =
                window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
    Watch { listener }
}

/// Back/forward fire `popstate`; a fragment typed or linked fires
/// `hashchange`. Both lead to the same place, so handling both is harmless.
const EVENTS: [&str; 2] = ["popstate", "hashchange"];

/// Keeps the address listeners of `watch` alive; removes them when dropped.
pub struct Watch {
    listener: Closure<dyn Fn()>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            for event in EVENTS {
                let _ = window.remove_event_listener_with_callback(
                    event,
                    self.listener.as_ref().unchecked_ref(),
                );
            }
        }
    }
}
