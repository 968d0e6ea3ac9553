//! Projects (Maßnahmen): the list with status and progress, a form for a
//! new project, and each project's Steckbrief. Projects point to the
//! strategy; one without a Leitplanke is shown "ohne strategischen Bezug".

mod table;

mod sheet;

use agenda_core::model::limits::PROJECT_TITLE_MAX_CHARS;
use std::rc::Rc;
use std::sync::Arc;

use crate::widgets::progress_bar::progress_bar;
use agenda_core::analysis::project_filter::ProjectFilter;
use agenda_core::{Action, Agenda, Date, DepartmentId, Project, ProjectDraft, ProjectId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::draft;
use crate::hooks::found_projects::use_found_projects;
use crate::hooks::progressive::use_progressive;
use crate::role::Role;
use crate::route;
use crate::shared::Shared;
use crate::widgets::filter_bar::{Props as FilterProps, filter_bar};
use crate::{platform::browser, platform::storage, text};
use sheet::{Props as SheetProps, project_sheet};
use table::{Table, project_table};

/// Where the chosen layout of the project list is remembered.
const LAYOUT_KEY: &str = "digitale-agenda.projektansicht";
const TABLE: &str = "tabelle";
const CARDS: &str = "karten";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub role: Role,
    pub today: Date,
    /// A project to open at once (from a link elsewhere).
    #[prop_or_default]
    pub open: Option<ProjectId>,
    /// Which projects to show, in which order.
    #[prop_or_default]
    pub filter: ProjectFilter,
    /// Called with the filter the user set.
    #[prop_or_default]
    pub on_filter: Callback<ProjectFilter>,
    /// The project the last change created: its Steckbrief says so.
    #[prop_or_default]
    pub created: Option<ProjectId>,
}

/// Which Steckbriefe are open.
#[derive(Clone, Debug, Default, PartialEq)]
struct Opened(Vec<ProjectId>);

/// Toggle one, or open one (from a link elsewhere).
enum Toggle {
    Flip(ProjectId),
    Open(ProjectId),
}

impl Reducible for Opened {
    type Action = Toggle;

    fn reduce(self: Rc<Self>, action: Toggle) -> Rc<Self> {
        let mut next = self.0.clone();
        match action {
            Toggle::Flip(id) => match next.iter().position(|x| *x == id) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(id),
            },
            Toggle::Open(id) if !next.contains(&id) => next.push(id),
            Toggle::Open(_) => return self,
        }
        Rc::new(Self(next))
    }
}

#[component]
pub fn ProjectsView(props: &Props) -> Html {
    let opened = use_reducer(|| Opened(props.open.into_iter().collect()));
    let on_toggle = {
        let opened = opened.clone();
        // Stable across renders, so unchanged cards are not rendered again.
        (*use_memo((), move |()| {
            Callback::from(move |id| opened.dispatch(Toggle::Flip(id)))
        }))
        .clone()
    };
    let found = use_found_projects(&props.agenda, &props.filter, props.today);
    let total = found.len();
    let wanted = props
        .open
        .and_then(|id| found.iter().position(|p| p.id() == id))
        .map_or(0, |i| i + 1);
    let shown = use_progressive(total, wanted);
    {
        let opened = opened.clone();
        use_effect_with(props.open, move |open| {
            if let Some(id) = open {
                opened.dispatch(Toggle::Open(*id));
                browser::reveal(&format!("project-{id}"));
            }
        });
    }
    // Cards or the compact table, remembered in this browser.
    let as_table = use_state(|| storage::load_pref(LAYOUT_KEY).as_deref() == Some(TABLE));
    let layout_button = |table: bool, label: &'static str, id: &'static str| {
        let pressed = (*as_table == table).to_string();
        let as_table = as_table.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            storage::save_pref(LAYOUT_KEY, if table { TABLE } else { CARDS });
            as_table.set(table);
        });
        html! {
            <button type="button" {id} aria-pressed={pressed} {onclick}>{ label }</button>
        }
    };
    let agenda = &props.agenda;
    // Steckbriefe with unsaved changes are marked in the list.
    // Read on every render (a small localStorage value): a draft is
    // settled by the form below this list, after the list has rendered.
    let drafts = draft::kept();
    html! {
        <section class="projects" aria-labelledby="projects-heading">
            <h2 id="projects-heading">{ text::PROJECTS_HEADING }</h2>
            <p class="intro">{ text::PROJECTS_INTRO }</p>
            if agenda.departments().is_empty() {
                <p class="empty">{ text::NO_DEPARTMENTS_YET }</p>
            } else if agenda.departments().iter().any(|d| props.role.edits_project(d.id())) {
                <NewProject agenda={props.agenda.clone()} on_action={props.on_action.clone()} role={props.role} />
            } else {
                <p class="hint" id="project-new-by">{ text::PROJECT_NEW_BY }</p>
            }
            if agenda.projects().is_empty() {
                <p class="empty">{ text::PROJECTS_EMPTY }</p>
            } else {
                { filter_bar(&FilterProps { agenda: props.agenda.clone(), filter: props.filter.clone(),
                    on_change: props.on_filter.clone(), found: total }) }
                <div class="layout-switch" role="group" aria-label={text::LAYOUT_LABEL}>
                    { layout_button(false, text::LAYOUT_CARDS, "layout-cards") }
                    { layout_button(true, text::LAYOUT_TABLE, "layout-table") }
                </div>
            }
            // The cards in a box of their own: as the filter changes their
            // number, the controls above keep their elements (and focus).
            <div class="project-list">
            if *as_table {
                { project_table(&Table {
                    agenda: &props.agenda,
                    created: props.created,
                    found: &found,
                    filter: &props.filter,
                    on_filter: &props.on_filter,
                    opened: &opened.0,
                    on_toggle: &on_toggle,
                    on_action: &props.on_action,
                    role: props.role,
                    today: props.today,
                }, shown) }
            } else {
            { for found.iter().take(shown).map(|p| {
                let drafted = drafts.contains(&sheet_draft_key(p.id()));
                let is_open = opened.0.contains(&p.id());
                let lead = agenda.department(p.lead()).map(|d| d.name().to_owned()).unwrap_or_default();
                let editable = props.role.edits_project(p.lead());
                html! {
                    <ProjectCard key={p.id().to_string()} project={Arc::clone(p)} lead={AttrValue::from(lead)}
                        {editable} {drafted} on_toggle={on_toggle.clone()}
                        sheet={is_open.then(|| Sheet {
                            agenda: props.agenda.clone(),
                            on_action: props.on_action.clone(),
                            today: props.today,
                            created: props.created == Some(p.id()),
                            role: props.role,
                        })} />
                }
            }) }
            }
            </div>
        </section>
    }
}

/// What an open Steckbrief needs besides its project.
#[derive(Clone, PartialEq)]
struct Sheet {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    today: Date,
    /// Who edits: the lead offered are those the role may give a project.
    role: crate::role::Role,
    created: bool,
}

#[derive(Properties)]
struct CardProps {
    project: Arc<Project>,
    lead: AttrValue,
    editable: bool,
    /// The Steckbrief has unsaved changes (a draft).
    drafted: bool,
    on_toggle: Callback<ProjectId>,
    /// Set when the Steckbrief is open.
    sheet: Option<Sheet>,
}

impl PartialEq for CardProps {
    /// The project by pointer: a changed project is a new one, and comparing
    /// 500 projects' texts on every render would cost what rendering does.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.project, &other.project)
            && self.lead == other.lead
            && self.editable == other.editable
            && self.drafted == other.drafted
            && self.on_toggle == other.on_toggle
            && self.sheet == other.sheet
    }
}

/// One project in the list. A closed card depends only on its project, so
/// an edit elsewhere does not render it again.
#[component]
fn ProjectCard(props: &CardProps) -> Html {
    let p = &props.project;
    let id = p.id();
    let progress = p.progress();
    let is_open = props.sheet.is_some();
    let toggle = sheet_toggle(&props.on_toggle, id, is_open);
    html! {
        <article class="project" id={format!("project-{id}")} tabindex="-1"
            aria-labelledby={format!("project-{id}-heading")}>
            <div class="project-head">
                <h3 id={format!("project-{id}-heading")}>{ p.title() }</h3>
                <span class={classes!("badge", "status", crate::route::status_key(p.status()))}>{ agenda_core::vocabulary::project_status(p.status()) }</span>
                if p.sheet().guidelines.is_empty() {
                    <span class="badge warn">{ text::NO_STRATEGIC_LINK_BADGE }</span>
                }
                if props.drafted {
                    <span class="badge draft">{ text::DRAFT_BADGE }</span>
                }
            </div>
            <p class="hint">{ text::lead_label(&props.lead) }</p>
            { progress_bar(progress.percent, text::progress_label(&progress), format!("project-{id}-progress")) }
            <button type="button" aria-expanded={is_open.to_string()} onclick={toggle}
                id={format!("project-{id}-toggle")}
                aria-controls={format!("project-{id}-sheet")}>
                { if is_open { text::SHEET_CLOSE } else { text::SHEET_OPEN } }
            </button>
            if let Some(sheet) = &props.sheet {
                <div id={format!("project-{id}-sheet")}>
                    { project_sheet(&SheetProps { agenda: sheet.agenda.clone(), project: p.clone(),
                        on_action: sheet.on_action.clone(), today: sheet.today, editable: props.editable,
                        created: sheet.created, role: sheet.role }) }
                </div>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct NewProps {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    role: Role,
}

#[component]
fn NewProject(props: &NewProps) -> Html {
    let title = use_state(String::new);
    let fixed = match props.role {
        Role::Department(own) => Some(own),
        _ => None,
    };
    let lead = use_state(|| fixed.or_else(|| props.agenda.departments().first().map(|d| d.id())));
    let on_submit = {
        let (title, lead, on_action) = (title.clone(), lead.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(lead) = *lead
                && !title.trim().is_empty()
            {
                on_action.emit(Action::AddProject {
                    id: browser::new_id(ProjectId::from_random_bytes),
                    draft: ProjectDraft::new((*title).clone(), lead),
                });
                title.set(String::new());
            }
        })
    };
    let selected: Option<DepartmentId> = *lead;
    html! {
        <form class="card-capture" onsubmit={on_submit} novalidate=true aria-label={text::PROJECT_NEW}>
            <div class="field-row">
                <div class="field grow">
                    <label for="new-project-title">{ text::PROJECT_NEW }</label>
                    <input id="new-project-title" type="text" value={(*title).clone()}
                        maxlength={PROJECT_TITLE_MAX_CHARS.to_string()} autocomplete="off"
                        oninput={let t = title.clone(); move |e: InputEvent| t.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                </div>
                if fixed.is_none() {
                    <div class="field">
                        <label for="new-project-lead">{ text::PROJECT_LEAD }</label>
                        <select id="new-project-lead"
                            onchange={let l = lead.clone(); move |e: Event| l.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok())}>
                            { for props.agenda.departments().iter().map(|d| html! {
                                <option value={d.id().to_string()} selected={Some(d.id()) == selected}>{ d.name() }</option>
                            }) }
                        </select>
                    </div>
                }
            </div>
            <button type="submit" class="primary" id="new-project-submit">{ text::PROJECT_ADD }</button>
        </form>
    }
}

/// The draft key of a project's Steckbrief form.
pub fn sheet_draft_key(id: ProjectId) -> String {
    format!("steckbrief/{id}")
}

/// Opens or closes a project's Steckbrief (card or table row); the address
/// names the opened one (a link to it).
pub fn sheet_toggle(
    on_toggle: &Callback<ProjectId>,
    id: ProjectId,
    is_open: bool,
) -> Callback<MouseEvent> {
    let on_toggle = on_toggle.clone();
    Callback::from(move |_: MouseEvent| {
        on_toggle.emit(id);
        route::show_steckbrief(id, !is_open);
    })
}
