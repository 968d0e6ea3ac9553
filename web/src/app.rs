//! The root component: decides between the start screen, the recovery of
//! unreadable data, a share link and the workspace, and offers a newer
//! version of the app when one waits.

use agenda_core::{Agenda, LoadError};
use yew::prelude::*;

use crate::hooks::app_update::use_app_update;
use crate::platform::share;
use crate::platform::storage::{Loaded, Store};
use crate::screens::recovery::Recovery;
use crate::screens::shared::SharedView;
use crate::screens::start::StartScreen;
use crate::shared::Shared;
use crate::text;
use crate::workspace::Workspace;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where the agenda is stored; the real key unless a test says otherwise.
    #[prop_or_default]
    pub store: Store,
    /// Address of the service worker that keeps the app offline (`sw.js`);
    /// none in tests.
    #[prop_or_default]
    pub service_worker: Option<AttrValue>,
}

/// Which screen the app shows.
#[derive(Clone, Debug, PartialEq)]
enum Screen {
    Start,
    Recovery {
        raw: AttrValue,
        error: LoadError,
    },
    Work {
        agenda: Shared<Agenda>,
        save_at_once: bool,
        /// An agenda to take over at once (from a share link), undoably.
        import: Option<Shared<Agenda>>,
    },
    /// A share link: its agenda shown read-only.
    Shared {
        payload: AttrValue,
    },
}

/// The screen for what is in storage.
fn stored_screen(store: &Store) -> Screen {
    match store.load() {
        Loaded::Empty | Loaded::Unavailable => Screen::Start,
        Loaded::Ready(agenda) => Screen::Work {
            agenda: Shared::from(agenda),
            // Stored the old way: moved into parts right after the first
            // paint, not at the first edit.
            save_at_once: store.holds_old_text(),
            import: None,
        },
        Loaded::Unreadable { raw, error } => Screen::Recovery {
            raw: raw.into(),
            error,
        },
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let screen = use_state(|| match share::payload_in_address() {
        Some(payload) => Screen::Shared {
            payload: payload.into(),
        },
        None => stored_screen(&props.store),
    });
    let update = use_app_update(props.service_worker.clone());
    let content = match (*screen).clone() {
        Screen::Start => {
            let screen = screen.clone();
            let on_start = Callback::from(move |agenda| {
                screen.set(Screen::Work {
                    agenda: Shared::new(agenda),
                    save_at_once: true,
                    import: None,
                });
            });
            html! { <StartScreen {on_start} /> }
        }
        Screen::Shared { payload } => {
            let on_take = {
                let (screen, store) = (screen.clone(), props.store.clone());
                Callback::from(move |shared: Agenda| {
                    share::leave_link();
                    // Unreadable stored data is never overwritten: recovery
                    // comes first.
                    screen.set(match stored_screen(&store) {
                        Screen::Work { agenda, .. } => Screen::Work {
                            agenda,
                            save_at_once: false,
                            import: Some(Shared::new(shared)),
                        },
                        Screen::Recovery { raw, error } => Screen::Recovery { raw, error },
                        _ => Screen::Work {
                            agenda: Shared::new(shared),
                            save_at_once: true,
                            import: None,
                        },
                    });
                })
            };
            let on_leave = {
                let (screen, store) = (screen.clone(), props.store.clone());
                Callback::from(move |()| {
                    share::leave_link();
                    screen.set(stored_screen(&store));
                })
            };
            html! { <SharedView {payload} {on_take} {on_leave} /> }
        }
        Screen::Recovery { raw, error } => {
            let on_backed_up = Callback::from(move |()| screen.set(Screen::Start));
            html! { <Recovery {raw} {error} store={props.store.clone()} {on_backed_up} /> }
        }
        Screen::Work {
            agenda,
            save_at_once,
            import,
        } => html! { <Workspace {agenda} {save_at_once} {import} store={props.store.clone()} /> },
    };
    html! {
        <>
            <UpdateNotice ready={update.ready} apply={update.apply} />
            { content }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct UpdateNoticeProps {
    ready: bool,
    apply: Callback<()>,
}

/// Says that a newer version of the app is ready; it takes over only on the
/// user's word, never in the middle of an edit. "Später" hides the notice
/// until the next page load.
#[component]
fn UpdateNotice(props: &UpdateNoticeProps) -> Html {
    let dismissed = use_state_eq(|| false);
    let on_reload = props.apply.reform(|_: MouseEvent| ());
    let on_later = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(true))
    };
    // The live region is always there, so screen readers announce the text
    // when it appears.
    html! {
        <div class="update-notice-region" role="status">
            if props.ready && !*dismissed {
                <div class="update-notice" id="update-notice">
                    <p>{ text::UPDATE_READY }</p>
                    <button type="button" id="update-reload" onclick={on_reload}>{ text::UPDATE_RELOAD }</button>
                    <button type="button" id="update-later" onclick={on_later}>{ text::UPDATE_LATER }</button>
                </div>
            }
        </div>
    }
}
