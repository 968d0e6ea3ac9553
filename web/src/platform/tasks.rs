//! Futures, pauses and cancelled requests: the few pieces of the browser's
//! event loop the app's asynchronous work (the live sync, saving after a
//! frame, reading a share link) needs.

use std::future::Future;

use wasm_bindgen::JsValue;

/// Runs `task` on the browser's event loop.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
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
