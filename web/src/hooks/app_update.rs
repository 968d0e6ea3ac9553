//! The app offline and up to date: registers the service worker (`sw.js`,
//! which keeps the app's files, never the agenda) and notices when a newer
//! version of the app has been deployed and is waiting. The new version
//! takes over only when the user says so ([`AppUpdate::apply`]), and the page
//! then reloads; the agenda is saved on the way out as on every page hide.

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

/// What the page knows about a newer version of the app.
#[derive(Clone, PartialEq)]
pub struct AppUpdate {
    /// A newer version is installed and waits for the user's word.
    pub ready: bool,
    /// Lets the waiting version take over and reloads the page.
    pub apply: Callback<()>,
}

/// Registers the service worker at `worker` (none in tests) and watches for
/// a waiting newer version. Without service workers (an old browser, a
/// page not served over HTTPS or from localhost) the app works as before,
/// only not offline.
#[hook]
pub fn use_app_update(worker: Option<AttrValue>) -> AppUpdate {
    let ready = use_state_eq(|| false);
    let registration = use_mut_ref(|| None::<ServiceWorkerRegistration>);
    {
        let (ready, registration) = (ready.clone(), registration.clone());
        use_effect_with(worker, move |worker| {
            if let (Some(url), Some(container)) = (worker.clone(), container()) {
                wasm_bindgen_futures::spawn_local(async move {
                    let promise: Promise = container.register(&url);
                    let Ok(found) = JsFuture::from(promise).await else {
                        return;
                    };
                    let found: ServiceWorkerRegistration = found.unchecked_into();
                    watch(&found, &container, move || ready.set(true));
                    check_hourly(&found);
                    *registration.borrow_mut() = Some(found);
                });
            }
        });
    }
    let apply = Callback::from(move |()| {
        let Some(container) = container() else { return };
        let waiting = registration.borrow().as_ref().and_then(|r| r.waiting());
        let Some(waiting) = waiting else { return };
        // Reload once the new version controls the page, not before.
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget(); // lives until the page reloads
        let _ = waiting.post_message(&"skip-waiting".into());
    });
    AppUpdate {
        ready: *ready,
        apply,
    }
}

/// Asks the server for a newer version once an hour, for a page that stays
/// open for days (browsers ask on every page load anyway).
fn check_hourly(registration: &ServiceWorkerRegistration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let registration = registration.clone();
    let check = Closure::<dyn Fn()>::new(move || {
        let _ = registration.update();
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        check.as_ref().unchecked_ref(),
        60 * 60 * 1000,
    );
    check.forget(); // the interval runs as long as the page
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
