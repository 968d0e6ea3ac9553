//! Projects (Maßnahmen): the list with status and progress, a form for a
//! new project, and each project's Steckbrief. Projects point to the
//! strategy; one without a Leitplanke is shown "ohne strategischen Bezug".

use agenda_core::limits::PROJECT_TITLE_MAX_CHARS;
use agenda_core::{Action, Agenda, Date, DepartmentId, ProjectDraft, ProjectId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::project_sheet::ProjectSheet;
use crate::role::Role;
use crate::shared::Shared;
use crate::{browser, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub role: Role,
    pub today: Date,
    /// A project to open at once (from a link elsewhere).
    #[prop_or_default]
    pub open: Option<ProjectId>,
}

#[component]
pub fn ProjectsView(props: &Props) -> Html {
    let opened = use_state(|| props.open.into_iter().collect::<Vec<ProjectId>>());
    {
        let opened = opened.clone();
        use_effect_with(props.open, move |open| {
            if let Some(id) = open {
                let mut next = (*opened).clone();
                if !next.contains(id) {
                    next.push(*id);
                    opened.set(next);
                }
                browser::reveal(&format!("project-{id}"));
            }
        });
    }
    let agenda = &props.agenda;
    html! {
        <section class="projects" aria-labelledby="projects-heading">
            <h2 id="projects-heading">{ text::PROJECTS_HEADING }</h2>
            <p class="intro">{ text::PROJECTS_INTRO }</p>
            if agenda.departments().is_empty() {
                <p class="empty">{ text::NO_DEPARTMENTS_YET }</p>
            } else {
                <NewProject agenda={props.agenda.clone()} on_action={props.on_action.clone()} role={props.role} />
            }
            if agenda.projects().is_empty() {
                <p class="empty">{ text::PROJECTS_EMPTY }</p>
            }
            { for agenda.projects().iter().map(|p| {
                let id = p.id();
                let is_open = opened.contains(&id);
                let toggle = {
                    let opened = opened.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = (*opened).clone();
                        if let Some(i) = next.iter().position(|x| *x == id) { next.remove(i); } else { next.push(id); }
                        opened.set(next);
                    })
                };
                let progress = p.progress();
                let lead = agenda.department(p.lead()).map(|d| d.name().to_owned()).unwrap_or_default();
                let editable = props.role.edits_department(p.lead()) || props.role.edits_strategy();
                html! {
                    <article key={id.to_string()} class="project" id={format!("project-{id}")} tabindex="-1"
                        aria-labelledby={format!("project-{id}-heading")}>
                        <div class="project-head">
                            <h3 id={format!("project-{id}-heading")}>{ p.title() }</h3>
                            <span class={classes!("badge", "status", text::status_key(p.status()))}>{ text::status(p.status()) }</span>
                            if p.sheet().guidelines.is_empty() {
                                <span class="badge warn">{ text::NO_STRATEGIC_LINK_BADGE }</span>
                            }
                        </div>
                        <p class="hint">{ text::lead_label(&lead) }</p>
                        <ProgressBar percent={progress.percent} label={text::progress_label(&progress)}
                            id={format!("project-{id}-progress")} />
                        <button type="button" aria-expanded={is_open.to_string()} onclick={toggle}
                            id={format!("project-{id}-toggle")}
                            aria-controls={format!("project-{id}-sheet")}>
                            { if is_open { text::SHEET_CLOSE } else { text::SHEET_OPEN } }
                        </button>
                        if is_open {
                            <div id={format!("project-{id}-sheet")}>
                                <ProjectSheet agenda={props.agenda.clone()} project={p.clone()}
                                    on_action={props.on_action.clone()} today={props.today} {editable} />
                            </div>
                        }
                    </article>
                }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub percent: f64,
    pub label: AttrValue,
    pub id: AttrValue,
}

/// A labelled progress bar; the percentage is also written as text.
#[component]
pub fn ProgressBar(props: &BarProps) -> Html {
    let percent = props.percent.clamp(0.0, 100.0);
    html! {
        <div class="progress" id={props.id.clone()}>
            <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={format!("{percent:.0}")} aria-label={props.label.clone()}>
                // An SVG width, not an inline style: the CSP allows no inline styles.
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="fill" width={format!("{percent:.1}")} height="10" />
                </svg>
            </div>
            <span class="progress-text">{ props.label.clone() }</span>
        </div>
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
