//! The workspace: holds the [`AppState`], runs the hooks that save, merge
//! and keep the place, and lays out header, navigation, notices and the
//! page of the current place ([`page::render`]).

mod header;
mod page;

use agenda_core::{Agenda, Author, formats::stored};
use yew::prelude::*;

use crate::hooks::autosave::{Autosave, SaveStatus, use_autosave};
use crate::hooks::history_keys::use_history_keys;
use crate::hooks::live_sync::use_live_sync;
use crate::hooks::place::use_place;
use crate::hooks::role::use_role;
use crate::hooks::snapshots::use_snapshots;
use crate::hooks::tab_sync::use_tab_sync;
use crate::platform::browser;
use crate::platform::storage::{self, SnapshotReason, Store};
use crate::shared::Shared;
use crate::state::{AppAction, AppState, Source};
use crate::text;
use crate::widgets::merge_report::{MergeReport, merge_report_view};
use crate::widgets::notices::Notices;
use header::{Header, header, navigation};
use page::{FilesCallbacks, PageContext};

#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    pub agenda: Shared<Agenda>,
    pub save_at_once: bool,
    pub import: Option<Shared<Agenda>>,
    pub store: Store,
}

#[component]
pub fn Workspace(props: &WorkspaceProps) -> Html {
    let state = use_reducer(|| AppState {
        author: crate::state::given_author(),
        ..AppState::new(props.agenda.clone(), browser::replica())
    });
    // The first view is painted: what `make bench` measures loading by.
    use_effect_with((), |()| {
        browser::after_next_paint(|| browser::mark("agenda:ready"));
    });
    let take_snapshot = use_snapshots(&props.store);
    {
        // A share link taken over: the stored agenda is kept first.
        let (state, import) = (state.clone(), props.import.clone());
        let (snapshot, current) = (take_snapshot.clone(), props.agenda.clone());
        use_effect_with((), move |()| {
            if let Some(agenda) = import {
                snapshot(&current, SnapshotReason::Import);
                state.dispatch(AppAction::Import(Box::new((*agenda).clone())));
            }
        });
    }
    let role = use_role(&props.agenda);
    // The address names the view (and Steckbrief) to show; without one,
    // the role's first view.
    let place = use_place(role.initial().landing());
    // Connected, the role is one the login holds (the first, if the one
    // chosen is not among them); a login without roles sees every view.
    let login_roles = state.rights.clone().filter(|r| !r.is_empty());
    let current_role = match (role.current(&state.agenda), &login_roles) {
        (chosen, Some(held)) if !held.contains(&chosen.actor()) => {
            held.first().copied().map_or(chosen, crate::role::Role::of)
        }
        (chosen, _) => chosen,
    };

    let Autosave {
        status: save_status,
        usage,
        persisted,
    } = use_autosave(&state, &props.store, props.save_at_once);
    use_history_keys(&state);
    use_tab_sync(&state, &props.store);
    let live_sync = use_live_sync(&state, &props.store);

    {
        // A project just created opens its Steckbrief, wherever it was
        // created (Projekte, a contribution, a Leitplanke).
        let navigate = place.navigate();
        use_effect_with(state.created, move |created| {
            if let Some(id) = *created {
                navigate.emit(crate::route::Target {
                    section: crate::route::Section::Projects,
                    element: Some(format!("project-{id}")),
                    project: Some(id),
                });
            }
        });
    }
    let dispatch = |action: AppAction| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(AppAction::Apply(action)))
    };
    let on_download = {
        let agenda = state.agenda.clone();
        Callback::from(move |()| {
            let name = format!("digitale-agenda-{}.json", browser::timestamp());
            // If even the download fails there is nothing better to offer.
            if let Ok(json) = stored::to_json(&agenda) {
                let _ = browser::download(&name, &json, "application/json");
            }
        })
    };
    let save_error = match &save_status {
        SaveStatus::Failed(error) => Some(error.clone()),
        _ => None,
    };
    // Another role keeps the view: every role may see every view, only
    // the controls offered differ.
    let on_role = {
        let role = role.clone();
        Callback::from(move |next: crate::role::Role| role.choose(next))
    };
    let on_name = {
        let state = state.clone();
        Callback::from(move |name: String| {
            let author = Author::given(&name);
            storage::save_pref(storage::NAME_KEY, &author.name);
            state.dispatch(AppAction::SetAuthor(author));
        })
    };
    let on_go = {
        let place = place.clone();
        Callback::from(move |section| place.go(section))
    };
    let files = {
        let before = |reason: SnapshotReason| {
            let (snapshot, current) = (take_snapshot.clone(), state.agenda.clone());
            move || snapshot(&current, reason)
        };
        let on_import = {
            let (state, keep) = (state.clone(), before(SnapshotReason::Import));
            Callback::from(move |agenda| {
                keep();
                state.dispatch(AppAction::Import(Box::new(agenda)));
            })
        };
        let on_merge = {
            let (state, keep) = (state.clone(), before(SnapshotReason::Merge));
            Callback::from(move |agenda| {
                keep();
                state.dispatch(AppAction::Merge(Box::new(agenda)));
            })
        };
        let on_apply = {
            let (state, keep) = (state.clone(), before(SnapshotReason::Import));
            Callback::from(move |(actions, message)| {
                keep();
                state.dispatch(AppAction::ApplyAll { actions, message });
            })
        };
        let on_restore = {
            let (state, keep) = (state.clone(), before(SnapshotReason::Restore));
            Callback::from(move |(agenda, message): (Agenda, String)| {
                keep();
                state.dispatch(AppAction::RestoreSnapshot {
                    agenda: Box::new(agenda),
                    message,
                });
            })
        };
        FilesCallbacks {
            on_import,
            on_merge,
            on_apply,
            on_restore,
        }
    };
    let section = place.section();
    let page = page::render(PageContext {
        agenda: state.agenda.clone(),
        on_action,
        role: current_role,
        today: browser::today(),
        place,
        files,
        usage,
        persisted,
        store: props.store.clone(),
        sync: live_sync,
        created: state.created,
    });

    html! {
        <>
            // Moves the focus only: the address keeps naming the view.
            <a class="skip-link" href="#main" onclick={|e: MouseEvent| { e.prevent_default(); browser::focus("main"); }}>
                { text::SKIP_TO_CONTENT }
            </a>
            { header(Header {
                agenda: state.agenda.clone(),
                role: current_role,
                roles: login_roles,
                on_role,
                can_undo: state.can_undo(),
                can_redo: state.can_redo(),
                on_undo: dispatch(AppAction::Undo),
                on_redo: dispatch(AppAction::Redo),
                save_status,
                usage,
                author: state.author.clone(),
                on_name,
            }) }
            <div class="workspace-body">
                { navigation(section, &on_go) }
                <main id="main" tabindex="-1" class={classes!(section.is_wide().then_some("wide"))}>
                    <h1 class="page-title">{ section.label() }</h1>
                    <Notices
                        error={state.error.clone()}
                        {save_error}
                        undo_message={state.undo.as_ref().map(|u| AttrValue::from(u.message.clone()))}
                        on_dismiss_error={dispatch(AppAction::DismissError)}
                        on_undo={dispatch(AppAction::Undo)}
                        on_dismiss_undo={dispatch(AppAction::DismissUndo)}
                        {on_download}
                    />
                    if !state.incoming_conflicts.is_empty() {
                        <div class="tab-conflicts">
                            { merge_report_view(&MergeReport {
                                summary: match state.conflicts_from {
                                    Source::Server => text::SYNC_CONFLICTS_INTRO,
                                    Source::Tab => text::TAB_CONFLICTS_INTRO,
                                }.into(),
                                conflicts: state.incoming_conflicts.clone(),
                            }, "tab-conflicts") }
                            <button type="button" onclick={let d = dispatch(AppAction::DismissIncomingConflicts); move |_| d.emit(())}>
                                { text::DISMISS }
                            </button>
                        </div>
                    }
                    // Keyed by the role: another role rebuilds the page, so
                    // no form opened under the previous role stays open.
                    <div class="view" key={current_role.to_key()}>{ page }</div>
                </main>
            </div>
            <div class="visually-hidden" aria-live="polite" id="announcer">{ state.announcement.clone() }</div>
        </>
    }
}
