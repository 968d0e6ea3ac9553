//! The root component: decides between start, recovery and the workspace,
//! and in the workspace holds the state, saves every change and lays out
//! header, navigation and page.

use agenda_core::analysis::project_filter::ProjectFilter;
use agenda_core::{Agenda, LoadError, formats::stored};
use yew::prelude::*;

use crate::address::{self, Place};
use crate::components::board_view::BoardView;
use crate::components::competence_view::CompetenceView;
use crate::components::dashboard_view::{DashboardView, Target};
use crate::components::departments_view::DepartmentsView;
use crate::components::document_view::DocumentView;
use crate::components::fields_view::FieldsView;
use crate::components::files_view::FilesView;
use crate::components::finance_view::BudgetView;
use crate::components::guideline_list::GuidelineList;
use crate::components::merge_report::{MergeReport, MergeReportView};
use crate::components::notices::Notices;
use crate::components::priority_view::PriorityView;
use crate::components::projects_view::ProjectsView;
use crate::components::recovery::Recovery;
use crate::components::results_view::ResultsView;
use crate::components::roadmap_view::RoadmapView;
use crate::components::shared_view::SharedView;
use crate::components::start_screen::StartScreen;
use crate::components::vision_editor::VisionEditor;
use crate::components::workshop_view::WorkshopView;
use crate::hooks::app_update::use_app_update;
use crate::hooks::autosave::{Autosave, SaveStatus, use_autosave};
use crate::hooks::history_keys::use_history_keys;
use crate::hooks::live_sync::use_live_sync;
use crate::hooks::snapshots::use_snapshots;
use crate::hooks::tab_sync::use_tab_sync;
use crate::role::{Role, Section};
use crate::shared::Shared;
use crate::state::{AppAction, AppState};
use crate::storage::{self, Loaded, SnapshotReason, Store};
use crate::{browser, share, text};

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
            agenda: Shared::new(agenda),
            save_at_once: false,
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

#[derive(Properties, PartialEq)]
struct WorkspaceProps {
    agenda: Shared<Agenda>,
    save_at_once: bool,
    import: Option<Shared<Agenda>>,
    store: Store,
}

fn section_name(section: Section) -> &'static str {
    match section {
        Section::Strategy => text::NAV_STRATEGY,
        Section::Fields => text::NAV_FIELDS,
        Section::Departments => text::NAV_DEPARTMENTS,
        Section::Workshop => text::NAV_WORKSHOP,
        Section::Priorities => text::NAV_PRIORITIES,
        Section::Results => text::NAV_RESULTS,
        Section::Projects => text::NAV_PROJECTS,
        Section::Competences => text::NAV_COMPETENCES,
        Section::Dashboard => text::NAV_DASHBOARD,
        Section::Board => text::NAV_BOARD,
        Section::Roadmap => text::NAV_ROADMAP,
        Section::Budget => text::NAV_BUDGET,
        Section::Document => text::NAV_DOCUMENT,
        Section::Files => text::NAV_FILES,
    }
}

#[component]
fn Workspace(props: &WorkspaceProps) -> Html {
    let state = use_reducer(|| AppState::new(props.agenda.clone(), browser::replica()));
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
    let role = use_state(|| {
        storage::load_pref(storage::ROLE_KEY)
            .map_or(Role::Leadership, |key| Role::from_key(&key, &props.agenda))
    });
    // The address names the view (and Steckbrief) to show; without one,
    // the role's first view.
    let section = use_state(|| address::current().map_or(role.landing(), |p| p.section));
    let open_project = use_state(|| address::current().and_then(|p| p.project));
    let filter = use_state(|| address::current().map(|p| p.filter).unwrap_or_default());
    {
        // The address follows the view: a new history entry per move and
        // per changed filter, so back and forward work (letters typed
        // into a search after the first replace the entry, so typing does
        // not fill the history); the first view replaces the entry. The first run also starts watching the
        // address: back, forward or an edited address move the view. The
        // watch ends with the workspace.
        let watching = use_mut_ref(|| None::<address::Watch>);
        let (to_section, to_project, to_filter) =
            (section.clone(), open_project.clone(), filter.clone());
        let deps = (*section, *open_project, (*filter).clone());
        use_effect_with(deps, move |(section, project, filter)| {
            let place = Place {
                section: *section,
                project: project.filter(|_| *section == Section::Projects),
                filter: filter.clone(),
            };
            let now = address::current();
            let moved = now.as_ref().is_none_or(|p| {
                (p.section, p.project) != (place.section, place.project)
                    || (place.section.lists_projects()
                        && address::is_new_filter(&p.filter, &place.filter))
            });
            let push = watching.borrow().is_some() && moved;
            if watching.borrow().is_none() {
                *watching.borrow_mut() = Some(address::watch(move |place| {
                    to_section.set(place.section);
                    to_project.set(place.project);
                    to_filter.set(place.filter);
                    browser::focus("main");
                }));
            }
            address::show(&place, push);
        });
    }
    // A department role whose department was deleted falls back.
    let current_role = match *role {
        Role::Department(id) if state.agenda.department(id).is_none() => Role::Leadership,
        other => other,
    };

    let Autosave {
        status: save_status,
        usage,
        persisted,
    } = use_autosave(&state, &props.store, props.save_at_once);
    use_history_keys(&state);
    use_tab_sync(&state, &props.store);
    let live_sync = use_live_sync(&state, &props.store);

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
    let (save_class, save_label) = match &save_status {
        SaveStatus::Saved { at } => ("saved", format!("{} {at}", text::SAVE_OK)),
        SaveStatus::Unsaved => ("unsaved", text::SAVE_PENDING.to_owned()),
        SaveStatus::Failed(_) => ("failed", text::SAVE_FAILED_HEADING.to_owned()),
    };
    let municipality = state.agenda.municipality().to_owned();
    let on_role = {
        let role = role.clone();
        let (section, open_project) = (section.clone(), open_project.clone());
        let agenda = state.agenda.clone();
        Callback::from(move |e: Event| {
            let key = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let next = Role::from_key(&key, &agenda);
            storage::save_pref(storage::ROLE_KEY, &next.to_key());
            role.set(next);
            open_project.set(None);
            section.set(next.landing());
        })
    };
    let agenda = state.agenda.clone();
    let today = browser::today();
    let pending_target = use_mut_ref(|| None::<String>);
    {
        let pending_target = pending_target.clone();
        use_effect_with(*section, move |_| {
            if let Some(id) = pending_target.borrow_mut().take() {
                browser::reveal(&id);
            }
        });
    }
    let on_navigate = {
        let (section, open_project, pending_target) = (
            section.clone(),
            open_project.clone(),
            pending_target.clone(),
        );
        Callback::from(move |t: Target| {
            *pending_target.borrow_mut() = t.element.clone();
            open_project.set(t.project);
            section.set(t.section);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |next: ProjectFilter| filter.set(next))
    };
    let page = match *section {
        Section::Strategy => html! {
            <>
                <VisionEditor agenda={agenda.clone()} on_action={on_action.clone()}
                    editable={current_role.edits_strategy()} />
                <GuidelineList agenda={agenda.clone()} on_action={on_action.clone()}
                    editable={current_role.edits_strategy()} />
            </>
        },
        Section::Fields => html! {
            <FieldsView agenda={agenda.clone()} on_action={on_action.clone()}
                editable={current_role.edits_strategy()} />
        },
        Section::Departments => html! {
            <DepartmentsView agenda={agenda.clone()} on_action={on_action.clone()} role={current_role} />
        },
        Section::Workshop => html! {
            <WorkshopView agenda={agenda.clone()} on_action={on_action.clone()} role={current_role} />
        },
        Section::Priorities => html! {
            <PriorityView agenda={agenda.clone()} on_action={on_action.clone()} role={current_role} />
        },
        Section::Results => html! { <ResultsView agenda={agenda.clone()} /> },
        Section::Projects => html! {
            <ProjectsView agenda={agenda.clone()} on_action={on_action.clone()} role={current_role}
                {today} open={*open_project} filter={(*filter).clone()} on_filter={on_filter.clone()} />
        },
        Section::Competences => html! {
            <CompetenceView agenda={agenda.clone()} on_action={on_action.clone()} role={current_role}
                on_navigate={on_navigate.clone()} />
        },
        Section::Dashboard => {
            html! { <DashboardView agenda={agenda.clone()} {today} {on_navigate} /> }
        }
        Section::Board => html! {
            <BoardView agenda={agenda.clone()} on_action={on_action.clone()} {today}
                editable={current_role.edits_strategy()} filter={(*filter).clone()} on_filter={on_filter.clone()} />
        },
        Section::Roadmap => html! {
            <RoadmapView agenda={agenda.clone()} {today} filter={(*filter).clone()} on_filter={Some(on_filter.clone())} />
        },
        Section::Budget => html! {
            <BudgetView agenda={agenda.clone()} on_action={on_action.clone()}
                editable={current_role.edits_strategy()} />
        },
        Section::Document => {
            html! { <DocumentView agenda={agenda.clone()} {today} project={*open_project} /> }
        }
        Section::Files => {
            let state = state.clone();
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
                let keep = before(SnapshotReason::Restore);
                Callback::from(move |(agenda, message): (Agenda, String)| {
                    keep();
                    state.dispatch(AppAction::RestoreSnapshot {
                        agenda: Box::new(agenda),
                        message,
                    });
                })
            };
            let department = match current_role {
                Role::Department(id) => Some(id),
                _ => None,
            };
            html! { <FilesView agenda={agenda.clone()} {on_import} {on_merge} {on_apply} {department}
            {usage} {persisted} store={props.store.clone()} {on_restore}
            sync={live_sync.clone()} can_sync={current_role == Role::Navigator} /> }
        }
    };

    html! {
        <>
            // Moves the focus only: the address keeps naming the view.
            <a class="skip-link" href="#main" onclick={|e: MouseEvent| { e.prevent_default(); browser::focus("main"); }}>
                { text::SKIP_TO_CONTENT }
            </a>
            <header class="app-header">
                <p class="brand">
                    <span class="app-name">{ text::APP_TITLE }</span>
                    if !municipality.is_empty() {
                        <span class="municipality">{ municipality }</span>
                    }
                </p>
                <div class="role-switch">
                    <label for="role">{ text::ROLE_LABEL }</label>
                    <select id="role" onchange={on_role}>
                        <option value="spitze" selected={current_role == Role::Leadership}>{ text::ROLE_LEADERSHIP }</option>
                        { for state.agenda.departments().iter().map(|d| {
                            let r = Role::Department(d.id());
                            html! {
                                <option value={r.to_key()} selected={current_role == r}>{ text::role_department(d.name()) }</option>
                            }
                        }) }
                        <option value="navigator" selected={current_role == Role::Navigator}>{ text::ROLE_NAVIGATOR }</option>
                    </select>
                    <details class="role-help">
                        <summary>{ text::ROLE_HELP_SUMMARY }</summary>
                        <p>{ text::ROLE_HELP }</p>
                    </details>
                </div>
                <div class="history">
                    <button type="button" id="undo" disabled={!state.can_undo()}
                        title={text::HISTORY_UNDO_HINT} aria-keyshortcuts="Control+Z"
                        onclick={let d = dispatch(AppAction::Undo); move |_| d.emit(())}>
                        { "↶ " }{ text::HISTORY_UNDO }
                    </button>
                    <button type="button" id="redo" disabled={!state.can_redo()}
                        title={text::HISTORY_REDO_HINT} aria-keyshortcuts="Control+Y Control+Shift+Z"
                        onclick={let d = dispatch(AppAction::Redo); move |_| d.emit(())}>
                        { "↷ " }{ text::HISTORY_REDO }
                    </button>
                </div>
                <p class={classes!("save-status", save_class)} id="save-status">
                    { save_label }
                </p>
                if let Some(u) = usage.filter(|u| u.warn()) {
                    <p class="storage-warning" id="storage-warning" role="status">
                        { text::storage_warning(u.percent()) }
                    </p>
                }
            </header>
            <nav class="app-nav" aria-label={text::NAV_LABEL}>
                <ul>
                    { for Section::ALL.into_iter().map(|s| {
                        let current = *section == s;
                        let go = {
                            let (section, open_project) = (section.clone(), open_project.clone());
                            Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                open_project.set(None);
                                section.set(s);
                                browser::focus("main");
                            })
                        };
                        html! {
                            <li>
                                <a href={format!("#{}", s.key())} id={format!("nav-{}", s.key())}
                                    aria-current={current.then_some("page")} onclick={go}>
                                    { section_name(s) }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            <main id="main" tabindex="-1">
                <h1 class="page-title">{ section_name(*section) }</h1>
                <Notices
                    error={state.error.clone()}
                    {save_error}
                    undo_message={state.undo.as_ref().map(|u| AttrValue::from(u.message.clone()))}
                    on_dismiss_error={dispatch(AppAction::DismissError)}
                    on_undo={dispatch(AppAction::Undo)}
                    on_dismiss_undo={dispatch(AppAction::DismissUndo)}
                    {on_download}
                />
                if !state.tab_conflicts.is_empty() {
                    <div class="tab-conflicts">
                        <MergeReportView id="tab-conflicts"
                            report={MergeReport {
                                summary: if state.conflicts_from_server { text::SYNC_CONFLICTS_INTRO } else { text::TAB_CONFLICTS_INTRO }.into(),
                                conflicts: state.tab_conflicts.clone(),
                            }} />
                        <button type="button" onclick={let d = dispatch(AppAction::DismissTabConflicts); move |_| d.emit(())}>
                            { text::DISMISS }
                        </button>
                    </div>
                }
                { page }
            </main>
            <div class="visually-hidden" aria-live="polite" id="announcer">{ state.announcement.clone() }</div>
        </>
    }
}
