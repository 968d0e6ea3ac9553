//! The competences of the wheel: their list and the form for name, area
//! and target.

use super::{SectionProps, area_key, area_of};
use agenda_core::competence::{self, CompetenceArea, LEVEL_COUNT};
use agenda_core::model::limits::COMPETENCE_NAME_MAX_CHARS;
use agenda_core::rights::Part;
use agenda_core::{Action, CompetenceId};
use yew::prelude::*;

use crate::widgets::form::input_value;
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
struct CompetenceFormProps {
    prefix: String,
    initial: (String, CompetenceArea, u8),
    on_submit: Callback<(String, CompetenceArea, u8)>,
    on_cancel: Option<Callback<()>>,
}

/// Name, area and target of a competence.
#[component]
fn CompetenceForm(props: &CompetenceFormProps) -> Html {
    let value = use_state(|| props.initial.clone());
    let p = |s: &str| format!("{}-{s}", props.prefix);
    let set = |f: fn(&mut (String, CompetenceArea, u8), String)| {
        let value = value.clone();
        Callback::from(move |e: Event| {
            let mut next = (*value).clone();
            f(&mut next, input_value(&e));
            value.set(next);
        })
    };
    let on_submit = {
        let (value, on_submit, initial) = (
            value.clone(),
            props.on_submit.clone(),
            props.initial.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*value).clone());
            value.set(initial.clone());
        })
    };
    let (name, area, target) = (*value).clone();
    html! {
        <form class="inline-form" onsubmit={on_submit}>
            <label for={p("name")}>{ text::COMP_NAME_LABEL }</label>
            <input id={p("name")} type="text" value={name} maxlength={COMPETENCE_NAME_MAX_CHARS.to_string()}
                onchange={set(|v, s| v.0 = s)} />
            <label for={p("area")}>{ text::COMP_AREA_LABEL }</label>
            <select id={p("area")} onchange={set(|v, s| v.1 = area_of(&s))}>
                { for CompetenceArea::ALL.into_iter().map(|a| html! {
                    <option value={area_key(a)} selected={a == area}>{ a.label() }</option>
                }) }
            </select>
            <label for={p("target")}>{ text::COMP_TARGET_LABEL }</label>
            <select id={p("target")} onchange={set(|v, s| v.2 = s.parse().unwrap_or(0))}>
                { for (0..LEVEL_COUNT).map(|l| html! {
                    <option value={l.to_string()} selected={usize::from(target) == l}>{ text::level_option(l) }</option>
                }) }
            </select>
            <button type="submit" class="primary" id={p("submit")}>{ if props.on_cancel.is_some() { text::SAVE } else { text::COMP_ADD } }</button>
            if let Some(cancel) = props.on_cancel.clone() {
                <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
            }
        </form>
    }
}

#[component]
pub(super) fn CompetenceList(props: &SectionProps) -> Html {
    let editing = use_state(|| None::<CompetenceId>);
    let agenda = &props.agenda;
    let editable = props.role.may(Part::Competence, None);
    if !editable && agenda.competences().is_empty() {
        return html! {};
    }
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |(name, area, target): (String, CompetenceArea, u8)| {
            on_action.emit(Action::AddCompetence {
                id: browser::new_id(CompetenceId::from_random_bytes),
                area,
                name,
                target,
            });
        })
    };
    html! {
        <details class="comp-manage" open={agenda.competences().is_empty()}>
            <summary><h3>{ text::COMP_MANAGE_HEADING }</h3></summary>
            <ul class="field-list">{ for agenda.competences().iter().map(|c| {
                let id = c.id();
                if *editing == Some(id) {
                    let on_submit = {
                        let (on_action, editing) = (props.on_action.clone(), editing.clone());
                        Callback::from(move |(name, area, target)| {
                            on_action.emit(Action::EditCompetence { id, area, name, target });
                            editing.set(None);
                        })
                    };
                    let on_cancel = { let e = editing.clone(); Callback::from(move |()| e.set(None)) };
                    return html! {
                        <li key={id.to_string()}>
                            <CompetenceForm prefix={format!("comp-{id}")} initial={(c.name().to_owned(), c.area(), c.target())}
                                {on_submit} on_cancel={Some(on_cancel)} />
                        </li>
                    };
                }
                let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(Some(id))) };
                let remove = {
                    let on_action = props.on_action.clone();
                    Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveCompetence { id }))
                };
                html! {
                    <li key={id.to_string()} class="field-item">
                        <span>{ format!("{} · {} · {}: {}", c.name(), c.area().label(), text::COMP_TARGET_LABEL, c.target()) }</span>
                        if editable {
                            <button type="button" onclick={edit} aria-label={text::edit_label(c.name())}>{ text::EDIT }</button>
                            <button type="button" class="danger" onclick={remove}
                                aria-label={text::delete_label(c.name())}>{ text::DELETE }</button>
                        }
                    </li>
                }
            }) }</ul>
            if editable {
                <CompetenceForm prefix="comp-add" initial={(String::new(), CompetenceArea::Fach, competence::PRESET_TARGET)}
                    on_submit={add} on_cancel={None::<Callback<()>>} />
            }
        </details>
    }
}
