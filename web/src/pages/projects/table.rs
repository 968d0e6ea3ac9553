//! The projects as a compact table, next to the cards: one row each, the
//! columns the navigator compares, and headers that sort (the order is the
//! filter's, so it lives in the address like every other). A title opens
//! the Steckbrief in a row beneath.

use std::sync::Arc;

use agenda_core::analysis::project_filter::{
    ProjectFilter, ProjectSort, last_update, next_milestone,
};
use agenda_core::numbers::fixed;
use agenda_core::{Agenda, Date, Project, ProjectId};
use yew::prelude::*;

use super::sheet::{Props as SheetProps, project_sheet};
use super::sheet_toggle;
use crate::role::Role;
use crate::shared::Shared;
use crate::{route, text};

/// The sortable columns: their order, heading and which way it sorts.
const SORTED_COLUMNS: [(ProjectSort, &str, &str); 5] = [
    (ProjectSort::Title, text::COLUMN_TITLE, "ascending"),
    (ProjectSort::Status, text::COLUMN_STATUS, "ascending"),
    (ProjectSort::Progress, text::COLUMN_PROGRESS, "descending"),
    (
        ProjectSort::NextMilestone,
        text::COLUMN_NEXT_MILESTONE,
        "ascending",
    ),
    (
        ProjectSort::LastUpdate,
        text::COLUMN_LAST_UPDATE,
        "ascending",
    ),
];

/// What the table shows and whom it tells.
pub struct Table<'a> {
    pub agenda: &'a Shared<Agenda>,
    /// The project just created, if any.
    pub created: Option<ProjectId>,
    pub found: &'a [Arc<Project>],
    pub filter: &'a ProjectFilter,
    pub on_filter: &'a Callback<ProjectFilter>,
    pub opened: &'a [ProjectId],
    pub on_toggle: &'a Callback<ProjectId>,
    pub on_action: &'a Callback<agenda_core::Action>,
    pub role: Role,
    pub today: Date,
}

/// A header that sorts by its column; pressed again, back to the listed
/// order.
fn sort_header(sort: ProjectSort, heading: &'static str, way: &'static str, t: &Table) -> Html {
    let current = t.filter.sort == sort;
    let onclick = {
        let (filter, on_filter) = (t.filter.clone(), t.on_filter.clone());
        Callback::from(move |_: MouseEvent| {
            let sort = if filter.sort == sort {
                ProjectSort::Listed
            } else {
                sort
            };
            on_filter.emit(ProjectFilter {
                sort,
                ..filter.clone()
            });
        })
    };
    html! {
        <th scope="col" aria-sort={current.then_some(way)}>
            <button type="button" class="sort-header" id={format!("sort-{}", route::sort_key(sort))} {onclick}>
                { heading }
                <span aria-hidden="true">{ if !current { "" } else if way == "ascending" { " ▲" } else { " ▼" } }</span>
            </button>
        </th>
    }
}

fn date_or(date: Option<Date>, none: &'static str) -> String {
    date.map_or_else(|| none.to_owned(), |d| d.to_german())
}

/// The table of the first `shown` found projects.
pub fn project_table(t: &Table, shown: usize) -> Html {
    let [title, status, progress, milestone, update] =
        SORTED_COLUMNS.map(|(s, h, w)| sort_header(s, h, w, t));
    html! {
        <div class="table-scroll" role="region" aria-labelledby="project-table-caption" tabindex="0">
            <table class="project-table">
                <caption id="project-table-caption">{ text::PROJECT_TABLE_CAPTION }</caption>
                <thead>
                    <tr>
                        { title }
                        <th scope="col">{ text::COLUMN_LEAD }</th>
                        { status }{ progress }{ milestone }{ update }
                    </tr>
                </thead>
                <tbody>
                    { for t.found.iter().take(shown).flat_map(|p| rows(t, p)) }
                </tbody>
            </table>
        </div>
    }
}

/// A project's row, and beneath it its Steckbrief when opened.
fn rows(t: &Table, p: &Arc<Project>) -> Vec<Html> {
    let id = p.id();
    let is_open = t.opened.contains(&id);
    let toggle = sheet_toggle(t.on_toggle, id, is_open);
    let lead = t
        .agenda
        .department(p.lead())
        .map(|d| d.name().to_owned())
        .unwrap_or_default();
    let editable = t.role.edits_project(p.lead());
    let next = next_milestone(p);
    let mut rows = vec![html! {
        <tr key={id.to_string()} id={format!("row-{id}")}>
            <th scope="row">
                <button type="button" class="row-title" id={format!("project-{id}-toggle")} onclick={toggle}
                    aria-expanded={is_open.to_string()} aria-controls={format!("project-{id}-sheet")}>
                    { p.title() }
                </button>
            </th>
            <td>{ lead }</td>
            <td>{ agenda_core::vocabulary::project_status(p.status()) }</td>
            <td class="number">{ format!("{} %", fixed(p.progress().percent, 0)) }</td>
            <td>
                { date_or(next, text::NO_DATE) }
                if next.is_some_and(|d| d < t.today) {
                    { " " }<span class="tag warn">{ text::FILTER_OVERDUE }</span>
                }
            </td>
            <td>{ date_or(last_update(p), text::NEVER_UPDATED) }</td>
        </tr>
    }];
    if is_open {
        rows.push(html! {
            <tr key={format!("{id}-sheet")} class="sheet-row">
                <td colspan="6" id={format!("project-{id}-sheet")}>
                    { project_sheet(&SheetProps { agenda: t.agenda.clone(), project: p.clone(), on_action: t.on_action.clone(),
                        today: t.today, editable, created: t.created == Some(id), role: t.role }) }
                </td>
            </tr>
        });
    }
    rows
}
