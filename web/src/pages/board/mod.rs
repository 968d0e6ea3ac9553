//! The project board: one column per status. A card's status is set
//! directly (a select and "Setzen", so with the keyboard) and records one
//! dated status update from the old status to the new one.

use agenda_core::analysis::project_filter::ProjectFilter;
use agenda_core::{Action, Agenda, Date, ProjectId, ProjectStatus};
use yew::prelude::*;

use crate::hooks::found_projects::use_found_projects;
use crate::hooks::progressive::use_progressive;
use crate::role::Role;
use crate::shared::Shared;
use crate::widgets::filter_bar::{Props as FilterProps, filter_bar};
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub today: Date,
    /// Who may set which project's status.
    pub role: Role,
    /// Which projects to show (the filter bar of the project lists).
    #[prop_or_default]
    pub filter: ProjectFilter,
    /// Called with the filter the user set.
    #[prop_or_default]
    pub on_filter: Callback<ProjectFilter>,
}

#[component]
pub fn BoardView(props: &Props) -> Html {
    let columns = ProjectStatus::ALL;
    let pending_focus = use_mut_ref(|| None::<String>);
    {
        let pending_focus = pending_focus.clone();
        use_effect_with(props.agenda.clone(), move |_| {
            if let Some(id) = pending_focus.borrow_mut().take() {
                browser::focus(&id);
            }
        });
    }
    // Cards fill in over a few frames, column by column; the counts in the
    // headings are complete at once.
    let found = use_found_projects(&props.agenda, &props.filter, props.today);
    let mut budget = use_progressive(found.len(), 0);
    html! {
        <section class="board-view" aria-labelledby="board-view-heading">
            <h2 id="board-view-heading">{ text::BOARD_HEADING }</h2>
            <p class="intro">{ text::BOARD_INTRO }</p>
            if !props.agenda.projects().is_empty() {
                { filter_bar(&FilterProps { agenda: props.agenda.clone(), filter: props.filter.clone(),
                    on_change: props.on_filter.clone(), found: found.len() }) }
            }
            <div class="kanban">
                { for columns.iter().map(|status| {
                    let projects: Vec<_> = found.iter().filter(|p| p.status() == *status).collect();
                    let count = projects.len();
                    let take = count.min(budget);
                    budget -= take;
                    html! {
                        <section class="column" aria-labelledby={format!("col-{}", crate::route::status_key(*status))}>
                            <h3 id={format!("col-{}", crate::route::status_key(*status))}>
                                { format!("{} ({count})", agenda_core::vocabulary::project_status(*status)) }
                            </h3>
                            <ul>
                                { for projects.into_iter().take(take).map(|p| {
                                    let id = p.id();
                                    let on_set = {
                                        let (on_action, today, pending) = (props.on_action.clone(), props.today, pending_focus.clone());
                                        let from = *status;
                                        Callback::from(move |to: ProjectStatus| {
                                            *pending.borrow_mut() = Some(format!("board-{id}-status"));
                                            on_action.emit(Action::SetProjectStatus {
                                                id, status: to, date: today, note: text::moved_status(from, to),
                                            });
                                        })
                                    };
                                    html! {
                                        <li class="board-card" key={id.to_string()} id={format!("board-{id}")}>
                                            <span class="board-title">{ p.title() }</span>
                                            <span class="hint">{ format!("{} %", agenda_core::numbers::fixed(p.progress().percent, 0)) }</span>
                                            if props.role.edits_project(p.lead()) {
                                                { status_picker(id, p.title(), *status, on_set) }
                                            }
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </div>
        </section>
    }
}

/// Sets a card's status in one step: choosing in the select changes
/// nothing yet (arrow keys in a closed select fire `change`), "Setzen"
/// records the one status update, read from the select when pressed. A
/// plain function: no state of its own, so no component in the download.
fn status_picker(
    id: ProjectId,
    title: &str,
    status: ProjectStatus,
    on_set: Callback<ProjectStatus>,
) -> Html {
    let select = format!("board-{id}-status");
    let on_click = {
        let select = select.clone();
        Callback::from(move |_: MouseEvent| {
            let chosen =
                browser::select_value_of(&select).and_then(|key| crate::route::status_of_key(&key));
            if let Some(to) = chosen.filter(|to| *to != status) {
                on_set.emit(to);
            }
        })
    };
    html! {
        <span class="board-status">
            <label class="visually-hidden" for={select.clone()}>{ text::board_status_label(title) }</label>
            <select id={select}>
                { for ProjectStatus::ALL.iter().map(|s| html! {
                    <option value={crate::route::status_key(*s)} selected={*s == status}>
                        { agenda_core::vocabulary::project_status(*s) }
                    </option>
                }) }
            </select>
            <button type="button" id={format!("board-{id}-set")} onclick={on_click}>{ text::BOARD_SET }</button>
        </span>
    }
}
