//! Futures, pauses and cancelled requests: the few pieces of the browser's
//! event loop the app's asynchronous work (the live sync, saving after a
//! frame, reading a share link) needs.

use std::future::Future;

use wasm_bindgen::JsValue;

/// Runs `task` on the browser's event loop.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}

/// A call waiting for its time; dropped, it is called off.
pub struct Later(#[allow(dead_code)] gloo_timers::callback::Timeout);

/// Calls `run` after `ms` milliseconds unless the returned [`Later`] is
/// dropped first.
pub fn after(ms: f64, run: impl FnOnce() + 'static) -> Later {
    // Whole milliseconds, at most about 50 days: a timer's range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let millis = ms.clamp(0.0, f64::from(u32::MAX)) as u32;
    Later(gloo_timers::callback::Timeout::new(millis, run))
}

/// Calls off a running `fetch` (an `AbortController`).
#[derive(Clone)]
pub struct Cancel(web_sys::AbortController);

/// What a request listens to for its cancellation.
pub type CancelSignal = web_sys::AbortSignal;

impl Cancel {
    /// A new handle, if the browser offers `AbortController`.
    pub fn new() -> Option<Self> {
        web_sys::AbortController::new().ok().map(Self)
    }

    /// The signal to hand to the request.
    pub fn signal(&self) -> CancelSignal {
        self.0.signal()
    }

    /// Calls the request off; it ends with an `AbortError`.
    pub fn cancel(&self) {
        self.0.abort();
    }
}

/// Ends a running [`pause`] early.
pub struct Wake(js_sys::Function);

impl Wake {
    /// The pause ends now.
    pub fn wake(self) {
        let _ = self.0.call0(&JsValue::NULL);
    }
}

/// Waits `ms` milliseconds, or until the [`Wake`] handed to `keep` is used.
pub async fn pause(ms: i32, keep: impl FnOnce(Wake)) {
    let mut keep = Some(keep);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
        if let Some(keep) = keep.take() {
            keep(Wake(resolve));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
