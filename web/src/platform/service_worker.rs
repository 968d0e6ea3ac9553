//! The service worker (`sw.js`) that keeps the app's files offline, never
//! the agenda: registering it, noticing a newer version that waits, and
//! letting that version take over.

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The page's registration of its service worker.
#[derive(Clone)]
pub struct Registration(ServiceWorkerRegistration);

/// Registers the worker at `url` and calls `on_ready` when a newer version
/// waits, now or later; `on_registered` gets the registration. Without
/// service workers (an old browser, a page not served over HTTPS or from
/// localhost) nothing happens.
pub fn register(
    url: String,
    on_ready: impl Fn() + 'static,
    on_registered: impl FnOnce(Registration) + 'static,
) {
    let Some(container) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let promise: Promise = container.register(&url);
        let Ok(found) = JsFuture::from(promise).await else {
            return;
        };
        let found: ServiceWorkerRegistration = found.unchecked_into();
        watch(&found, &container, on_ready);
        check_hourly(&found);
        on_registered(Registration(found));
    });
}

/// Lets the waiting version take over; the page reloads once it controls
/// the page, not before.
pub fn take_over(registration: &Registration) {
    let Some(container) = container() else { return };
    let Some(waiting) = registration.0.waiting() else {
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget(); // lives until the page reloads
    let _ = waiting.post_message(&"skip-waiting".into());
}

/// Asks the server for a newer version once an hour, for a page that stays
/// open for days (browsers ask on every page load anyway).
fn check_hourly(registration: &ServiceWorkerRegistration) {
    let registration = registration.clone();
    // The interval runs as long as the page.
    gloo_timers::callback::Interval::new(60 * 60 * 1000, move || {
        let _ = registration.update();
    })
    .forget();
}

/// `navigator.serviceWorker`, where the browser offers it to this page.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has = Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Calls `on_ready` when a newer worker is waiting, now or later. The first
/// worker a page ever installs is no update (nothing controlled the page).
fn watch(
    registration: &ServiceWorkerRegistration,
    container: &ServiceWorkerContainer,
    on_ready: impl Fn() + 'static,
) {
    let is_update = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && is_update() {
        on_ready();
        return;
    }
    let on_ready = std::rc::Rc::new(on_ready);
    let found = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = found.installing() else {
            return;
        };
        let (worker, on_ready, is_update) =
            (installing.clone(), on_ready.clone(), is_update.clone());
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && is_update() {
                on_ready();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget(); // as long as that worker lives: the page's lifetime at most
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget(); // the registration lives as long as the page
}
