//! The app offline and up to date: registers the service worker (`sw.js`,
//! which keeps the app's files, never the agenda) and notices when a newer
//! version of the app has been deployed and is waiting. The new version
//! takes over only when the user says so ([`AppUpdate::apply`]), and the page
//! then reloads; the agenda is saved on the way out as on every page hide.

use yew::prelude::*;

use crate::platform::service_worker::{self, Registration};

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
    let registration = use_mut_ref(|| None::<Registration>);
    {
        let (ready, registration) = (ready.clone(), registration.clone());
        use_effect_with(worker, move |worker| {
            if let Some(url) = worker.clone() {
                service_worker::register(
                    url.to_string(),
                    move || ready.set(true),
                    move |found| *registration.borrow_mut() = Some(found),
                );
            }
        });
    }
    let apply = Callback::from(move |()| {
        if let Some(registration) = registration.borrow().as_ref() {
            service_worker::take_over(registration);
        }
    });
    AppUpdate {
        ready: *ready,
        apply,
    }
}
