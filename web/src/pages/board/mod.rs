//! The project board: one column per status. Moving a project to the next
//! or previous column works with buttons (so with the keyboard) and records
//! a dated status update.

use agenda_core::analysis::project_filter::ProjectFilter;
use agenda_core::{Action, Agenda, Date, ProjectStatus};
use yew::prelude::*;

use crate::hooks::found_projects::use_found_projects;
use crate::hooks::progressive::use_progressive;
use crate::shared::Shared;
use crate::widgets::filter_bar::FilterBar;
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub today: Date,
    pub editable: bool,
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
                <FilterBar agenda={props.agenda.clone()} filter={props.filter.clone()}
                    on_change={props.on_filter.clone()} found={found.len()} />
            }
            <div class="kanban">
                { for columns.iter().enumerate().map(|(c, status)| {
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
                                    let move_to = |target: Option<&ProjectStatus>, button: &'static str| {
                                        target.map(|t| {
                                            let (t, on_action, today, pending) = (*t, props.on_action.clone(), props.today, pending_focus.clone());
                                            let from = *status;
                                            Callback::from(move |_: MouseEvent| {
                                                *pending.borrow_mut() = Some(format!("board-{id}-{button}"));
                                                on_action.emit(Action::SetProjectStatus {
                                                    id, status: t, date: today, note: text::moved_status(from, t),
                                                });
                                            })
                                        })
                                    };
                                    let back = move_to(c.checked_sub(1).and_then(|i| columns.get(i)), "back");
                                    let forward = move_to(columns.get(c + 1), "forward");
                                    html! {
                                        <li class="board-card" id={format!("board-{id}")}>
                                            <span class="board-title">{ p.title() }</span>
                                            <span class="hint">{ format!("{} %", agenda_core::numbers::fixed(p.progress().percent, 0)) }</span>
                                            if props.editable {
                                                <span class="item-actions">
                                                    if let Some(back) = back {
                                                        <button type="button" id={format!("board-{id}-back")} onclick={back}
                                                            aria-label={text::move_status_label(p.title(), columns.get(c.saturating_sub(1)).copied().unwrap_or(*status))}>
                                                            { "◀" }
                                                        </button>
                                                    }
                                                    if let Some(forward) = forward {
                                                        <button type="button" id={format!("board-{id}-forward")} onclick={forward}
                                                            aria-label={text::move_status_label(p.title(), columns.get(c + 1).copied().unwrap_or(*status))}>
                                                            { "▶" }
                                                        </button>
                                                    }
                                                </span>
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
