//! "Live-Abgleich" in Dateien: connect the agenda to a CouchDB database,
//! see the sync state, disconnect. Only the Digital-Navigator connects;
//! everyone sees the state.

use agenda_core::Agenda;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::shared::Shared;

use crate::hooks::live_sync::{LiveSync, SyncStatus};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub sync: LiveSync,
    /// For the names of the login's Fachbereiche.
    pub agenda: Shared<Agenda>,
}

#[component]
pub fn SyncPanel(props: &Props) -> Html {
    let sync = &props.sync;
    let (url, user, password) = (NodeRef::default(), NodeRef::default(), NodeRef::default());
    let on_submit = {
        let (url, user, password) = (url.clone(), user.clone(), password.clone());
        let connect = sync.connect.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            connect.emit((
                value(&url),
                value(&user).trim().to_owned(),
                value(&password),
            ));
            if let Some(p) = password.cast::<HtmlInputElement>() {
                p.set_value("");
            }
        })
    };
    let status = match &sync.status {
        SyncStatus::Off if sync.url.is_some() => text::SYNC_CONNECTING.to_owned(),
        SyncStatus::Off => text::SYNC_OFF.to_owned(),
        SyncStatus::Connecting => text::SYNC_CONNECTING.to_owned(),
        SyncStatus::Connected { .. } => {
            text::sync_connected(sync.url.as_deref().unwrap_or_default(), &sync.user)
        }
        SyncStatus::Offline { detail } => text::sync_offline(detail),
        SyncStatus::LoginNeeded => text::SYNC_LOGIN_NEEDED.to_owned(),
        SyncStatus::Failed(message) => message.clone(),
    };
    let state_class = match &sync.status {
        SyncStatus::Connected { .. } => "connected",
        SyncStatus::Offline { .. } => "offline",
        SyncStatus::LoginNeeded | SyncStatus::Failed(_) => "failed",
        SyncStatus::Off | SyncStatus::Connecting => "off",
    };
    let running = sync.url.is_some() && sync.status != SyncStatus::LoginNeeded;
    let disconnect = sync.disconnect.reform(|_: MouseEvent| ());
    html! {
        <section class="sync" aria-labelledby="sync-heading">
            <h3 id="sync-heading">{ text::SYNC_HEADING }</h3>
            <p class="intro">{ text::SYNC_INTRO }</p>
            <p id="sync-status" class={classes!("sync-status", state_class)} role="status">{ status }</p>
            if let SyncStatus::Connected { at } = &sync.status {
                <p id="sync-last" class="hint">{ text::sync_last(at) }</p>
            }
            if !sync.refused.is_empty() {
                <div class="alert" id="sync-refused">
                    <p>{ text::SYNC_REFUSED_HEADING }</p>
                    <ul>{ for sync.refused.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                </div>
            }
            if let Some(roles) = &sync.roles {
                <p id="sync-roles" class="hint">{ text::sync_roles(roles, &props.agenda) }</p>
            }
            if running {
                <div class="form-actions">
                    <button type="button" id="sync-disconnect" onclick={disconnect}>{ text::SYNC_DISCONNECT }</button>
                </div>
            } else {
                <form id="sync-form" onsubmit={on_submit}>
                    <div class="field">
                        <label for="sync-url">{ text::SYNC_URL_LABEL }</label>
                        <input id="sync-url" ref={url} type="text" required=true autocomplete="url"
                            spellcheck="false" value={sync.url.clone().unwrap_or_default()}
                            aria-describedby="sync-url-hint" />
                        <p id="sync-url-hint" class="hint">{ text::SYNC_URL_HINT }</p>
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="sync-user">{ text::SYNC_USER_LABEL }</label>
                            <input id="sync-user" ref={user} type="text" autocomplete="username"
                                spellcheck="false" value={sync.user.clone()} />
                        </div>
                        <div class="field">
                            <label for="sync-password">{ text::SYNC_PASSWORD_LABEL }</label>
                            <input id="sync-password" ref={password} type="password"
                                autocomplete="current-password" aria-describedby="sync-password-hint" />
                            <p id="sync-password-hint" class="hint">{ text::SYNC_PASSWORD_HINT }</p>
                        </div>
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="primary" id="sync-connect">
                            { if sync.url.is_some() { text::SYNC_LOG_IN_AGAIN } else { text::SYNC_CONNECT } }
                        </button>
                        if sync.url.is_some() {
                            <button type="button" id="sync-disconnect" onclick={sync.disconnect.reform(|_: MouseEvent| ())}>
                                { text::SYNC_DISCONNECT }
                            </button>
                        }
                    </div>
                </form>
            }
        </section>
    }
}
