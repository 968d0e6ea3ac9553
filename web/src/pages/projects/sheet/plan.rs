//! The Steckbrief's plan and its record: milestones, Kennzahlen with their
//! measurements, the status log and the manual progress override.

use crate::widgets::form::{input_value, select_value};
use crate::{platform::browser, text};
use agenda_core::model::limits::{PROJECT_TEXT_MAX_CHARS, PROJECT_TITLE_MAX_CHARS};
use agenda_core::numbers::{NumberError, parse_decimal, parse_percent};
use agenda_core::{Action, Date, IndicatorId, MilestoneId, Project, ProjectStatus};
use std::sync::Arc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct LogProps {
    pub(super) project: Arc<Project>,
    pub(super) on_action: Callback<Action>,
    pub(super) today: Date,
    pub(super) editable: bool,
}

#[component]
pub(super) fn Milestones(props: &LogProps) -> Html {
    let title = use_state(String::new);
    let due = use_state(String::new);
    let project = props.project.id();
    let prefix = format!("project-{project}-ms");
    let on_add = {
        let (title, due, on_action) = (title.clone(), due.clone(), props.on_action.clone());
        let first = format!("{prefix}-new-title");
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Ok(date) = due.parse::<Date>() {
                on_action.emit(Action::AddMilestone {
                    project,
                    id: browser::new_id(MilestoneId::from_random_bytes),
                    title: (*title).clone(),
                    due: date,
                });
                // Added (without a title the core refuses it and says so):
                // emptied and focused for the next one, so that a second
                // press does not add it twice.
                if !title.trim().is_empty() {
                    title.set(String::new());
                    due.set(String::new());
                    browser::focus(&first);
                }
            }
        })
    };
    html! {
        <section class="milestones" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::MILESTONES }</h4>
            if props.project.milestones().is_empty() {
                <p class="empty">{ text::MILESTONES_EMPTY }</p>
            }
            <ul class="milestone-list">
                { for props.project.milestones().iter().map(|m| {
                    let mid = m.id();
                    let cid = format!("{prefix}-{mid}");
                    let overdue = m.is_overdue(props.today);
                    let toggle = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |e: Event| {
                            let done = e.target_unchecked_into::<HtmlInputElement>().checked();
                            on_action.emit(Action::SetMilestoneDone { project, id: mid, done });
                        })
                    };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveMilestone { project, id: mid }))
                    };
                    html! {
                        <li class={classes!("milestone", overdue.then_some("overdue"))} id={cid.clone()} tabindex="-1">
                            <label for={format!("{cid}-done")} class="checkbox">
                                <input type="checkbox" id={format!("{cid}-done")} checked={m.done()}
                                    disabled={!props.editable} onchange={toggle} />
                                { format!("{} – {}", m.title(), m.due().to_german()) }
                            </label>
                            if overdue {
                                <span class="tag warn">{ text::OVERDUE }</span>
                            }
                            if props.editable {
                                <button type="button" class="danger small" onclick={remove}
                                    aria-label={text::delete_label(m.title())}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
            if props.editable {
                <form class="inline-form" onsubmit={on_add}>
                    <label for={format!("{prefix}-new-title")}>{ text::MILESTONE_NEW }</label>
                    <input id={format!("{prefix}-new-title")} type="text" value={(*title).clone()}
                        maxlength={PROJECT_TITLE_MAX_CHARS.to_string()}
                        oninput={let t = title.clone(); move |e: InputEvent| t.set(input_value(&e))} />
                    <label for={format!("{prefix}-new-due")}>{ text::MILESTONE_DUE }</label>
                    <input id={format!("{prefix}-new-due")} type="date" value={(*due).clone()}
                        oninput={let d = due.clone(); move |e: InputEvent| d.set(input_value(&e))} />
                    <button type="submit" id={format!("{prefix}-add")}>{ text::ADD }</button>
                </form>
            }
        </section>
    }
}

#[component]
pub(super) fn Indicators(props: &LogProps) -> Html {
    let name = use_state(String::new);
    let unit = use_state(String::new);
    let baseline = use_state(String::new);
    let target = use_state(String::new);
    let project = props.project.id();
    let prefix = format!("project-{project}-ind");
    let error = use_state(|| None::<NumberError>);
    let on_add = {
        let (name, unit, baseline, target, on_action) = (
            name.clone(),
            unit.clone(),
            baseline.clone(),
            target.clone(),
            props.on_action.clone(),
        );
        let error = error.clone();
        let first = format!("{prefix}-new-name");
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match (parse_decimal(&baseline), parse_decimal(&target)) {
                (Ok(b), Ok(t)) => {
                    error.set(None);
                    on_action.emit(Action::AddIndicator {
                        project,
                        id: browser::new_id(IndicatorId::from_random_bytes),
                        name: (*name).clone(),
                        unit: (*unit).clone(),
                        baseline: b,
                        target: t,
                    });
                    if !name.trim().is_empty() {
                        for field in [&name, &unit, &baseline, &target] {
                            field.set(String::new());
                        }
                        browser::focus(&first);
                    }
                }
                (Err(e), _) | (_, Err(e)) => error.set(Some(e)),
            }
        })
    };
    let field = |label: &'static str, key: &str, state: &UseStateHandle<String>| {
        let state = state.clone();
        let id = format!("{prefix}-new-{key}");
        html! {
            <>
                <label for={id.clone()}>{ label }</label>
                <input id={id} type="text" size="8" value={(*state).clone()}
                    oninput={move |e: InputEvent| state.set(input_value(&e))} />
            </>
        }
    };
    html! {
        <section class="indicators" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::INDICATORS }</h4>
            if props.project.indicators().is_empty() {
                <p class="empty">{ text::INDICATORS_EMPTY }</p>
            } else {
                <table class="indicator-table">
                    <thead><tr>
                        <th scope="col">{ text::INDICATOR_NAME }</th>
                        <th scope="col">{ text::INDICATOR_BASELINE }</th>
                        <th scope="col">{ text::INDICATOR_TARGET }</th>
                        <th scope="col">{ text::INDICATOR_CURRENT }</th>
                    </tr></thead>
                    <tbody>
                        { for props.project.indicators().iter().map(|i| html! {
                            <IndicatorRow project={project} indicator_id={i.id()} name={i.name().to_owned()}
                                unit={i.unit().to_owned()} baseline={i.baseline()} target={i.target()}
                                current={i.current().map(|m| (m.value(), m.date()))}
                                on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
                        }) }
                    </tbody>
                </table>
            }
            if props.editable {
                <form class="inline-form" onsubmit={on_add}>
                    { field(text::INDICATOR_NAME, "name", &name) }
                    { field(text::INDICATOR_UNIT, "unit", &unit) }
                    { field(text::INDICATOR_BASELINE, "baseline", &baseline) }
                    { field(text::INDICATOR_TARGET, "target", &target) }
                    <button type="submit" id={format!("{prefix}-add")}>{ text::ADD }</button>
                </form>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct IndicatorRowProps {
    project: agenda_core::ProjectId,
    indicator_id: IndicatorId,
    name: AttrValue,
    unit: AttrValue,
    baseline: f64,
    target: f64,
    current: Option<(f64, Date)>,
    on_action: Callback<Action>,
    today: Date,
    editable: bool,
}

#[component]
fn IndicatorRow(props: &IndicatorRowProps) -> Html {
    let value = use_state(String::new);
    let (project, id, today) = (props.project, props.indicator_id, props.today);
    let error = use_state(|| None::<NumberError>);
    let on_measure = {
        let (value, on_action, error) = (value.clone(), props.on_action.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_decimal(&value) {
                Ok(v) => {
                    error.set(None);
                    on_action.emit(Action::MeasureIndicator {
                        project,
                        id,
                        value: v,
                        date: today,
                    });
                    value.set(String::new());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let unit = &props.unit;
    let input_id = format!("ind-{id}-value");
    html! {
        <tr>
            <th scope="row">{ props.name.clone() }</th>
            <td>{ format!("{} {unit}", crate::format::number(props.baseline)) }</td>
            <td>{ format!("{} {unit}", crate::format::number(props.target)) }</td>
            <td>
                { match props.current {
                    Some((v, d)) => format!("{} {unit} ({})", crate::format::number(v), d.to_german()),
                    None => text::NO_VALUE.to_owned(),
                } }
                if props.editable {
                    <form class="inline-form" onsubmit={on_measure}>
                        <label for={input_id.clone()} class="visually-hidden">{ text::measure_label(&props.name) }</label>
                        <input id={input_id.clone()} type="text" size="6" value={(*value).clone()}
                            aria-invalid={error.is_some().then_some("true")}
                            aria-describedby={error.is_some().then(|| format!("{input_id}-error"))}
                            oninput={let v = value.clone(); move |e: InputEvent| v.set(input_value(&e))} />
                        <button type="submit" class="small">{ text::MEASURE }</button>
                    </form>
                    if let Some(e) = *error {
                        <p id={format!("{input_id}-error")} class="field-error" role="alert">{ text::number_error(e) }</p>
                    }
                }
            </td>
        </tr>
    }
}

#[component]
pub(super) fn StatusLog(props: &LogProps) -> Html {
    let status = use_state(|| props.project.status());
    let note = use_state(String::new);
    let (id, today) = (props.project.id(), props.today);
    let on_submit = {
        let (status, note, on_action) = (status.clone(), note.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::SetProjectStatus {
                id,
                status: *status,
                date: today,
                note: (*note).clone(),
            });
            note.set(String::new());
        })
    };
    let prefix = format!("project-{id}-status");
    html! {
        <section class="status-log" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::STATUS_LOG }</h4>
            if props.editable {
                <form class="inline-form" onsubmit={on_submit}>
                    <label for={format!("{prefix}-select")}>{ text::STATUS_LABEL }</label>
                    <select id={format!("{prefix}-select")}
                        onchange={let s = status.clone(); move |e: Event| {
                            let v = select_value(&e);
                            if let Some(found) = crate::route::status_of_key(&v) { s.set(found); }
                        }}>
                        { for ProjectStatus::ALL.into_iter().map(|s| html! {
                            <option value={crate::route::status_key(s)} selected={*status == s}>{ agenda_core::vocabulary::project_status(s) }</option>
                        }) }
                    </select>
                    <label for={format!("{prefix}-note")}>{ text::STATUS_NOTE }</label>
                    <input id={format!("{prefix}-note")} type="text" value={(*note).clone()}
                        maxlength={PROJECT_TEXT_MAX_CHARS.to_string()}
                        oninput={let n = note.clone(); move |e: InputEvent| n.set(input_value(&e))} />
                    <button type="submit" id={format!("{prefix}-submit")}>{ text::STATUS_REPORT }</button>
                </form>
            }
            <ol class="update-list" reversed=true>
                { for props.project.updates().iter().rev().map(|u| html! {
                    <li>{ format!("{}: {}", u.date().to_german(), agenda_core::vocabulary::project_status(u.status())) }
                        if !u.note().is_empty() { { format!(" – {}", u.note()) } }
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct OverrideProps {
    pub(super) project: Arc<Project>,
    pub(super) on_action: Callback<Action>,
}

#[component]
pub(super) fn ProgressOverride(props: &OverrideProps) -> Html {
    let id = props.project.id();
    let manual = props.project.progress_override();
    let value = use_state(|| manual.unwrap_or(0).to_string());
    let toggle = {
        let (on_action, value) = (props.on_action.clone(), value.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let percent = on.then(|| parse_percent(&value).unwrap_or(0));
            on_action.emit(Action::SetProgressOverride { id, percent });
        })
    };
    let error = use_state(|| None::<NumberError>);
    let on_value = {
        let (on_action, value, error) = (props.on_action.clone(), value.clone(), error.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            value.set(v.clone());
            match parse_percent(&v) {
                Ok(p) => {
                    error.set(None);
                    on_action.emit(Action::SetProgressOverride {
                        id,
                        percent: Some(p),
                    });
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let prefix = format!("project-{id}-manual");
    html! {
        <div class="progress-override">
            <label for={prefix.clone()} class="checkbox">
                <input type="checkbox" id={prefix.clone()} checked={manual.is_some()} onchange={toggle} />
                { text::PROGRESS_MANUAL }
            </label>
            if manual.is_some() {
                <label for={format!("{prefix}-value")}>{ text::PROGRESS_PERCENT }</label>
                <input id={format!("{prefix}-value")} type="number" min="0" max="100" value={(*value).clone()} onchange={on_value}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| format!("{prefix}-error"))} />
                if let Some(e) = *error {
                    <p id={format!("{prefix}-error")} class="field-error" role="alert">{ text::percent_error(e) }</p>
                }
            }
        </div>
    }
}
