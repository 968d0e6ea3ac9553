//! The page of each place: the one switch from a [`Section`] to its page,
//! with the props the page needs.

use agenda_core::rights::Part;
use agenda_core::{Action, Agenda, Date};
use yew::prelude::*;

use crate::hooks::live_sync::LiveSync;
use crate::hooks::place::PlaceHandle;
use crate::pages::RoleProps;
use crate::pages::board::BoardView;
use crate::pages::budget::BudgetView;
use crate::pages::competences::CompetenceView;
use crate::pages::dashboard::DashboardView;
use crate::pages::departments::departments_view;
use crate::pages::document::DocumentPage;
use crate::pages::fields::FieldsView;
use crate::pages::files::FilesView;
use crate::pages::priorities::PriorityView;
use crate::pages::projects::ProjectsView;
use crate::pages::results::ResultsView;
use crate::pages::roadmap::RoadmapView;
use crate::pages::strategy::{GuidelineList, VisionEditor};
use crate::pages::workshop::workshop_view;
use crate::platform::storage::{Store, Usage};
use crate::role::Role;
use crate::route::Section;
use crate::shared::Shared;

/// What every page may need from the workspace.
pub struct PageContext {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub role: Role,
    pub today: Date,
    pub place: PlaceHandle,
    /// What "Dateien" hands back (imports, merges, restored snapshots).
    pub files: FilesCallbacks,
    pub usage: Option<Usage>,
    pub persisted: Option<bool>,
    pub store: Store,
    pub sync: LiveSync,
    /// The project the last change created.
    pub created: Option<agenda_core::ProjectId>,
}

/// What "Dateien" hands back to the workspace, each after a snapshot of
/// the agenda it replaces.
pub struct FilesCallbacks {
    pub on_import: Callback<Agenda>,
    pub on_merge: Callback<Agenda>,
    pub on_apply: Callback<(Vec<Action>, String)>,
    pub on_restore: Callback<(Agenda, String)>,
}

/// The page of the place `cx.place` names.
pub fn render(cx: PageContext) -> Html {
    let PageContext {
        agenda,
        on_action,
        role,
        today,
        place,
        ..
    } = &cx;
    let (agenda, on_action, role, today) = (agenda.clone(), on_action.clone(), *role, *today);
    let (filter, on_filter) = (place.filter(), place.on_filter());
    let created = cx.created;
    match place.section() {
        Section::Strategy => html! {
            <>
                <VisionEditor agenda={agenda.clone()} on_action={on_action.clone()}
                    editable={role.may(Part::Vision, None)} />
                <GuidelineList {agenda} {on_action} {role} />
            </>
        },
        Section::Fields => html! {
            <FieldsView {agenda} {on_action} editable={role.may(Part::Field, None)} />
        },
        Section::Departments => departments_view(&RoleProps {
            agenda,
            on_action,
            role,
        }),
        Section::Workshop => workshop_view(&RoleProps {
            agenda,
            on_action,
            role,
        }),
        Section::Priorities => html! { <PriorityView {agenda} {on_action} {role} /> },
        Section::Results => html! { <ResultsView {agenda} /> },
        Section::Projects => html! {
            <ProjectsView {agenda} {on_action} {role} {today} open={place.project()} {filter} {on_filter} {created} />
        },
        Section::Competences => html! {
            <CompetenceView {agenda} {on_action} {role} on_navigate={place.navigate()} />
        },
        Section::Dashboard => html! {
            <DashboardView {agenda} {today} on_navigate={place.navigate()} />
        },
        Section::Board => html! {
            <BoardView {agenda} {on_action} {today} {role} {filter} {on_filter} />
        },
        Section::Roadmap => html! {
            <RoadmapView {agenda} {today} {filter} on_filter={Some(on_filter)} />
        },
        Section::Budget => html! {
            <BudgetView {agenda} {on_action} editable={role.may(Part::Finance, None)} />
        },
        Section::Document => html! { <DocumentPage {agenda} {today} project={place.project()} /> },
        Section::Files => {
            let department = match role {
                Role::Department(id) => Some(id),
                _ => None,
            };
            let FilesCallbacks {
                on_import,
                on_merge,
                on_apply,
                on_restore,
            } = &cx.files;
            html! { <FilesView {agenda} on_import={on_import.clone()} on_merge={on_merge.clone()}
            on_apply={on_apply.clone()} on_restore={on_restore.clone()} {department}
            usage={cx.usage} persisted={cx.persisted} store={cx.store.clone()}
            sync={cx.sync.clone()} /> }
        }
    }
}
