//! The workspace's header (app name and town, role switch, undo and redo,
//! save status, storage warning) and its navigation.

use agenda_core::rights::Actor;
use agenda_core::{Agenda, Author};
use yew::prelude::*;

use crate::hooks::autosave::SaveStatus;
use crate::platform::storage::Usage;
use crate::role::Role;
use crate::route::{Phase, Section};
use crate::shared::Shared;
use crate::text;
use crate::widgets::form::{input_value, select_value};

/// What the header shows. Plain functions rather than components: the
/// header and navigation render with the workspace anyway, and a component
/// of their own would only add code to the download.
pub struct Header {
    pub agenda: Shared<Agenda>,
    pub role: Role,
    /// The roles of the connected login; every role without a connection.
    pub roles: Option<Vec<Actor>>,
    pub on_role: Callback<Role>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub save_status: SaveStatus,
    pub usage: Option<Usage>,
    /// Who changes the agenda here (the login while connected).
    pub author: Author,
    /// The person gave (another) name.
    pub on_name: Callback<String>,
}

/// The header.
pub fn header(props: Header) -> Html {
    let current_role = props.role;
    // Connected, only the login's roles are offered.
    let offered = |role: Role| {
        props
            .roles
            .as_ref()
            .is_none_or(|r| r.contains(&role.actor()))
    };
    let municipality = props.agenda.municipality().to_owned();
    let on_role = {
        let (on_role, agenda) = (props.on_role.clone(), props.agenda.clone());
        Callback::from(move |e: Event| on_role.emit(Role::from_key(&select_value(&e), &agenda)))
    };
    let (save_class, save_label) = match &props.save_status {
        SaveStatus::Saved { at } => ("saved", format!("{} {at}", text::SAVE_OK)),
        SaveStatus::Unsaved => ("unsaved", text::SAVE_PENDING.to_owned()),
        SaveStatus::AsLoaded => ("saved", text::SAVE_AS_LOADED.to_owned()),
        SaveStatus::Failed(_) => ("failed", text::SAVE_FAILED_HEADING.to_owned()),
    };
    html! {
        <header class="app-header">
            <p class="brand">
                <span class="app-name">{ text::APP_TITLE }</span>
                if !municipality.is_empty() {
                    <span class="municipality">{ municipality }</span>
                }
            </p>
            <div class="role-switch">
                <label for="role">{ text::ROLE_LABEL }</label>
                <select id="role" onchange={on_role}
                    title={props.roles.is_some().then_some(text::ROLE_FROM_LOGIN)}>
                    if offered(Role::Leadership) {
                        <option value="spitze" selected={current_role == Role::Leadership}>{ text::ROLE_LEADERSHIP }</option>
                    }
                    if props.agenda.departments().is_empty() && props.roles.is_none() {
                        <option value="" disabled=true>{ text::ROLE_DEPARTMENT_MISSING }</option>
                    }
                    { for props.agenda.departments().iter().filter(|d| offered(Role::Department(d.id()))).map(|d| {
                        let r = Role::Department(d.id());
                        html! {
                            <option value={r.to_key()} selected={current_role == r}>{ text::role_department(d.name()) }</option>
                        }
                    }) }
                    if offered(Role::Navigator) {
                        <option value="navigator" selected={current_role == Role::Navigator}>{ text::ROLE_NAVIGATOR }</option>
                    }
                </select>
                if props.author.checked {
                    <span class="author-login" id="author-login">{ text::author_login(&props.author.name) }</span>
                } else {
                    <label for="author-name">{ text::AUTHOR_LABEL }</label>
                    <input id="author-name" type="text" size="14" maxlength="100" autocomplete="name"
                        value={props.author.name.clone()} title={text::AUTHOR_HINT}
                        aria-describedby="author-hint"
                        onchange={props.on_name.reform(|e: Event| input_value(&e))} />
                    <span id="author-hint" class="visually-hidden">{ text::AUTHOR_HINT }</span>
                }
                <details class="role-help">
                    <summary>{ text::ROLE_HELP_SUMMARY }</summary>
                    <p>{ text::ROLE_HELP }</p>
                </details>
            </div>
            <div class="history">
                <button type="button" id="undo" disabled={!props.can_undo}
                    title={text::HISTORY_UNDO_HINT} aria-keyshortcuts="Control+Z"
                    onclick={props.on_undo.reform(|_: MouseEvent| ())}>
                    { "↶ " }{ text::HISTORY_UNDO }
                </button>
                <button type="button" id="redo" disabled={!props.can_redo}
                    title={text::HISTORY_REDO_HINT} aria-keyshortcuts="Control+Y Control+Shift+Z"
                    onclick={props.on_redo.reform(|_: MouseEvent| ())}>
                    { "↷ " }{ text::HISTORY_REDO }
                </button>
            </div>
            <p class={classes!("save-status", save_class)} id="save-status">
                { save_label }
            </p>
            if let Some(u) = props.usage.filter(|u| u.warn()) {
                <p class="storage-warning" id="storage-warning" role="status">
                    { text::storage_warning(u.percent()) }
                </p>
            }
        </header>
    }
}

/// The navigation: the views grouped by phase, one link per view with its
/// address; `on_go` is called with the view chosen.
pub fn navigation(current: Section, on_go: &Callback<Section>) -> Html {
    let link = |s: Section| {
        let go = on_go.reform(move |e: MouseEvent| {
            e.prevent_default();
            s
        });
        html! {
            <li>
                <a href={format!("#{}", s.key())} id={format!("nav-{}", s.key())}
                    aria-current={(current == s).then_some("page")} onclick={go}>
                    { s.label() }
                </a>
            </li>
        }
    };
    html! {
        <nav class="app-nav" aria-label={text::NAV_LABEL}>
            <ul class="nav-phases">
                { for Phase::ALL.into_iter().map(|p| {
                    let heading = format!("nav-phase-{}", p.key());
                    html! {
                        <li>
                            <span class="nav-phase" id={heading.clone()}>{ p.label() }</span>
                            <ul aria-labelledby={heading}>{ for p.sections().map(link) }</ul>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
