//! Fachbereiche and their perspectives. Every department's view must find
//! its place: each one has its own section with its contributions. A
//! department role edits only its own; leadership also sets weights.

mod perspective_form;

use std::sync::Arc;

use agenda_core::model::limits::{
    DEPARTMENT_NAME_MAX_CHARS, DEPARTMENT_SHORT_MAX_CHARS, MAX_DEPARTMENT_WEIGHT,
};
use agenda_core::rights::Part;
use agenda_core::{
    Action, Agenda, Department, DepartmentDraft, DepartmentId, Perspective, PerspectiveDraft,
    PerspectiveId, ProjectId, content::presets,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::widgets::changes::changes;
use crate::widgets::form::form_actions;

use crate::hooks::draft;
use crate::role::Role;
use crate::shared::Shared;
use crate::{platform::browser, text};
use perspective_form::PerspectiveForm;

pub use crate::pages::RoleProps as Props;

/// The page; a plain function (no state of its own), so it costs no
/// component in the download.
pub fn departments_view(props: &Props) -> Html {
    let agenda = &props.agenda;
    let role = props.role;
    // The own department first, then the others in agenda order.
    let mut departments: Vec<&Department> = agenda.departments().iter().map(Arc::as_ref).collect();
    agenda_core::sorting::sort_by_key(&mut departments, |d| Role::Department(d.id()) != role);
    let editors = role.may(Part::Department, None);
    let add_department = {
        let on_action = props.on_action.clone();
        Callback::from(move |draft: DepartmentDraft| {
            on_action.emit(Action::AddDepartment {
                id: browser::new_id(DepartmentId::from_random_bytes),
                draft,
            });
        })
    };
    let missing_presets: Vec<(&str, &str)> = presets::DEPARTMENTS
        .iter()
        .copied()
        .filter(|(name, _)| !agenda.departments().iter().any(|d| d.name() == *name))
        .collect();

    html! {
        <section class="departments" aria-labelledby="departments-heading">
            <h2 id="departments-heading">{ text::DEPARTMENTS_HEADING }</h2>
            <p class="intro">{ text::DEPARTMENTS_INTRO }</p>
            if departments.is_empty() {
                <p class="empty">{ text::DEPARTMENTS_EMPTY }</p>
            }
            { for departments.into_iter().map(|d| html! {
                <DepartmentCard key={d.id().to_string()} agenda={props.agenda.clone()}
                    department={d.clone()} on_action={props.on_action.clone()} {role} />
            }) }
            if editors {
                <section class="add-department" aria-labelledby="add-department-heading">
                    <h3 id="add-department-heading">{ text::DEPARTMENT_ADD_HEADING }</h3>
                    <DepartmentForm id_prefix="new-department" submit_label={text::DEPARTMENT_ADD}
                        on_submit={add_department.clone()} reset_on_submit=true />
                    if !missing_presets.is_empty() {
                        <div class="presets" role="group" aria-labelledby="department-presets-label">
                            <p id="department-presets-label" class="hint">{ text::PRESETS_LABEL }</p>
                            { for missing_presets.into_iter().map(|(name, short)| {
                                let add = add_department.clone();
                                html! {
                                    <button type="button" class="preset"
                                        aria-label={text::take_preset_label(name)}
                                        onclick={move |_| add.emit(DepartmentDraft {
                                            name: name.into(), short_name: short.into(), head: String::new(),
                                        })}>
                                        { format!("+ {name}") }
                                    </button>
                                }
                            }) }
                        </div>
                    }
                </section>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    agenda: Shared<Agenda>,
    department: Department,
    on_action: Callback<Action>,
    role: Role,
}

#[component]
fn DepartmentCard(props: &CardProps) -> Html {
    let editing_department = use_state(|| false);
    let d = &props.department;
    let id = d.id();
    // The form for a new perspective opens with its kept draft (looked up
    // once, when the card appears) and stays open after adding: closing
    // it under the focused button would drop the keyboard focus.
    let keep_open =
        use_state(|| draft::is_kept(&perspective_form::draft_key(&format!("dept-{id}-new"))));
    // A perspective left in the middle of an edit opens with its draft.
    let editing_perspective = use_state(|| {
        props
            .agenda
            .perspectives_of(id)
            .map(|p| p.id())
            .find(|pid| draft::is_kept(&perspective_form::draft_key(&format!("persp-{pid}"))))
    });
    let own = props.role.edits_department(id);
    let perspectives: Vec<&Perspective> = props.agenda.perspectives_of(id).collect();
    let heading_id = format!("dept-{id}-heading");

    let on_weight = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(weight) = value.parse() {
                on_action.emit(Action::SetDepartmentWeight { id, weight });
            }
        })
    };
    let add_perspective = {
        let on_action = props.on_action.clone();
        let keep_open = keep_open.clone();
        Callback::from(move |draft: PerspectiveDraft| {
            keep_open.set(true);
            on_action.emit(Action::AddPerspective {
                id: browser::new_id(PerspectiveId::from_random_bytes),
                draft,
            });
        })
    };

    let header = if *editing_department {
        let on_submit = {
            let on_action = props.on_action.clone();
            let editing = editing_department.clone();
            Callback::from(move |draft| {
                on_action.emit(Action::EditDepartment { id, draft });
                editing.set(false);
            })
        };
        let on_cancel = {
            let editing = editing_department.clone();
            Callback::from(move |()| editing.set(false))
        };
        html! {
            <DepartmentForm id_prefix={format!("dept-{id}-form")} submit_label={text::SAVE}
                initial={DepartmentDraft { name: d.name().into(), short_name: d.short_name().into(), head: d.head().into() }}
                {on_submit} on_cancel={Some(on_cancel)} />
        }
    } else {
        let edit = {
            let editing = editing_department.clone();
            Callback::from(move |_: MouseEvent| editing.set(true))
        };
        let remove = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveDepartment { id }))
        };
        html! {
            <div class="department-head">
                <h3 id={heading_id.clone()}>
                    { d.name() }
                    if !d.short_name().is_empty() {
                        <span class="short">{ format!(" ({})", d.short_name()) }</span>
                    }
                </h3>
                if !d.head().is_empty() {
                    <p class="hint">{ text::head_label(d.head()) }</p>
                }
                <div class="department-controls">
                    if props.role.may(Part::DepartmentWeight, None) {
                        <label for={format!("dept-{id}-weight")}>{ text::WEIGHT_LABEL }</label>
                        <select id={format!("dept-{id}-weight")} onchange={on_weight}>
                            { for (0..=MAX_DEPARTMENT_WEIGHT).map(|w| html! {
                                <option value={w.to_string()} selected={d.weight() == w}>{ w }</option>
                            }) }
                        </select>
                    } else {
                        <span class="hint">{ text::weight_value(d.weight()) }</span>
                    }
                    if props.role.may(Part::Department, None) {
                        <button type="button" onclick={edit}
                            aria-label={text::edit_label(d.name())}>{ text::EDIT }</button>
                        <button type="button" class="danger" onclick={remove}
                            aria-label={text::delete_label(d.name())}>{ text::DELETE }</button>
                    }
                </div>
            </div>
        }
    };

    let items = perspectives.iter().map(|p| {
        let pid = p.id();
        if *editing_perspective == Some(pid) {
            let on_submit = {
                let on_action = props.on_action.clone();
                let editing = editing_perspective.clone();
                Callback::from(move |draft| {
                    on_action.emit(Action::EditPerspective { id: pid, draft });
                    editing.set(None);
                })
            };
            let on_cancel = {
                let editing = editing_perspective.clone();
                Callback::from(move |()| editing.set(None))
            };
            let initial = PerspectiveDraft {
                department: id,
                kind: p.kind(),
                text: p.text().into(),
                field: p.field(),
                guidelines: p.guidelines().to_vec(),
            };
            return html! {
                <li key={pid.to_string()} class="perspective editing">
                    <PerspectiveForm id_prefix={format!("persp-{pid}")} agenda={props.agenda.clone()}
                        department={id} initial={Some(initial)} submit_label={text::SAVE}
                        {on_submit} on_cancel={Some(on_cancel)} />
                </li>
            };
        }
        let edit = {
            let editing = editing_perspective.clone();
            Callback::from(move |_: MouseEvent| editing.set(Some(pid)))
        };
        let remove = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::RemovePerspective { id: pid }))
        };
        let field = p.field().and_then(|f| props.agenda.field(f)).map(|f| f.name().to_owned());
        let guidelines: Vec<String> = p
            .guidelines()
            .iter()
            .filter_map(|g| props.agenda.guideline(*g))
            .map(|g| g.title().to_owned())
            .collect();
        html! {
            <li key={pid.to_string()} class="perspective">
                <span class={classes!("kind", crate::route::kind_key(p.kind()))}>{ agenda_core::vocabulary::perspective_kind(p.kind()) }</span>
                <p class="perspective-text">{ p.text() }</p>
                <p class="hint">
                    if let Some(field) = field {
                        { text::field_value(&field) }
                    }
                    if !guidelines.is_empty() {
                        { text::guidelines_value(&guidelines.join(" · ")) }
                    }
                </p>
                { changes(&format!("persp-{pid}-changes"), props.agenda.history().perspective(pid)) }
                if own {
                    <span class="item-actions">
                        <button type="button" id={format!("persp-{pid}-project")}
                            aria-label={text::perspective_to_project_label(p.text())}
                            onclick={let a = props.on_action.clone(); let title = crate::format::truncate(p.text(), 120);
                                move |_| a.emit(Action::ProjectFromPerspective { perspective: pid,
                                    id: browser::new_id(ProjectId::from_random_bytes), title: title.clone() })}>
                            { text::TO_PROJECT }
                        </button>
                        <button type="button" onclick={edit}
                            aria-label={text::edit_label(p.text())}>{ text::EDIT }</button>
                        <button type="button" class="danger" onclick={remove}
                            aria-label={text::delete_label(p.text())}>{ text::DELETE }</button>
                    </span>
                }
            </li>
        }
    });

    html! {
        <section class={classes!("department", (props.role == Role::Department(id)).then_some("own"))} aria-labelledby={heading_id}
            id={format!("dept-{id}")}>
            { header }
            if perspectives.is_empty() {
                <p class="empty">{ text::PERSPECTIVES_EMPTY }</p>
            } else {
                <ul class="perspective-list">{ for items }</ul>
            }
            if own {
                // Open when there is nothing yet, a perspective is being written, or
                // one was just added.
                <details class="add-perspective"
                    open={perspectives.is_empty() || *keep_open}>
                    <summary>{ text::PERSPECTIVE_ADD_HEADING }</summary>
                    <PerspectiveForm id_prefix={format!("dept-{id}-new")} agenda={props.agenda.clone()}
                        department={id} submit_label={text::PERSPECTIVE_ADD} on_submit={add_perspective} />
                </details>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DepartmentFormProps {
    id_prefix: AttrValue,
    #[prop_or_default]
    initial: DepartmentDraft,
    submit_label: AttrValue,
    on_submit: Callback<DepartmentDraft>,
    #[prop_or_default]
    on_cancel: Option<Callback<()>>,
    #[prop_or_default]
    reset_on_submit: bool,
}

#[component]
fn DepartmentForm(props: &DepartmentFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let missing = use_state(|| false);
    let id = |suffix: &str| format!("{}-{suffix}", props.id_prefix);
    let input = |change: fn(&mut DepartmentDraft, String)| {
        let draft = draft.clone();
        let missing = missing.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*draft).clone();
            change(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            );
            missing.set(false);
            draft.set(next);
        })
    };
    let on_submit = {
        let draft = draft.clone();
        let missing = missing.clone();
        let submit = props.on_submit.clone();
        let reset = props.reset_on_submit;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if draft.name.trim().is_empty() {
                missing.set(true);
                return;
            }
            submit.emit((*draft).clone());
            if reset {
                draft.set(DepartmentDraft::default());
            }
        })
    };
    let on_keydown = crate::widgets::form::escape_cancels(props.on_cancel.clone());
    html! {
        <form class="department-form" onsubmit={on_submit} onkeydown={on_keydown} novalidate=true>
            <div class="field-row">
                <div class="field grow">
                    <label for={id("name")}>{ text::DEPARTMENT_NAME_LABEL }</label>
                    <input id={id("name")} type="text" value={draft.name.clone()}
                        oninput={input(|d, v| d.name = v)} maxlength={DEPARTMENT_NAME_MAX_CHARS.to_string()}
                        aria-invalid={missing.then_some("true")} autocomplete="off" />
                </div>
                <div class="field">
                    <label for={id("short")}>{ text::DEPARTMENT_SHORT_LABEL }</label>
                    <input id={id("short")} type="text" value={draft.short_name.clone()} size="8"
                        oninput={input(|d, v| d.short_name = v)} maxlength={DEPARTMENT_SHORT_MAX_CHARS.to_string()}
                        autocomplete="off" />
                </div>
                <div class="field grow">
                    <label for={id("head")}>{ text::DEPARTMENT_HEAD_LABEL }</label>
                    <input id={id("head")} type="text" value={draft.head.clone()}
                        oninput={input(|d, v| d.head = v)} maxlength={DEPARTMENT_NAME_MAX_CHARS.to_string()}
                        autocomplete="off" />
                </div>
            </div>
            if *missing {
                <p class="field-error">{ text::NAME_REQUIRED }</p>
            }
            { form_actions(id("submit"), props.submit_label.clone(), props.on_cancel.clone()) }
        </form>
    }
}
