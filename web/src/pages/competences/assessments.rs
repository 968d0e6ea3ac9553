//! The team's self-assessments: Ist and Soll per competence, one
//! assessment per person and date.

use super::{Editing, SectionProps, person_name, switch};
use agenda_core::competence::{AssessmentDraft, LEVEL_COUNT, Rating};
use agenda_core::{Action, Agenda, AssessmentId, CompetenceId};
use yew::prelude::*;

use crate::role::Role;
use crate::shared::Shared;
use crate::widgets::form::{input_value, select_value};
use crate::{platform::browser, text};

/// A level select with "not rated".
fn level_select(
    id: String,
    label: String,
    value: Option<u8>,
    on_change: Callback<Option<u8>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| on_change.emit(select_value(&e).parse().ok()));
    html! {
        <select {id} aria-label={label} {onchange}>
            <option value="" selected={value.is_none()}>{ text::COMP_NOT_RATED }</option>
            { for (0..LEVEL_COUNT).map(|l| html! {
                <option value={l.to_string()} selected={value.map(usize::from) == Some(l)}>{ text::level_option(l) }</option>
            }) }
        </select>
    }
}

#[derive(Properties, PartialEq)]
struct AssessmentFormProps {
    agenda: Shared<Agenda>,
    initial: AssessmentDraft,
    on_submit: Callback<AssessmentDraft>,
    on_cancel: Callback<()>,
}

/// Name, date and Ist/Soll per competence.
#[component]
fn AssessmentForm(props: &AssessmentFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let d = (*draft).clone();
    let set_rating = |c: CompetenceId, current: bool| {
        let draft = draft.clone();
        Callback::from(move |level: Option<u8>| {
            let mut next = (*draft).clone();
            let old = next.ratings.iter().find(|r| r.competence == c).copied();
            next.ratings.retain(|r| r.competence != c);
            let (cur, tgt) = match (current, old) {
                (true, o) => (level, o.map(|r| r.target).or(level)),
                (false, o) => (o.map(|r| r.current).or(level), level),
            };
            if let (Some(current), Some(target)) = (cur, tgt) {
                next.ratings.push(Rating {
                    competence: c,
                    current,
                    target,
                });
            }
            draft.set(next);
        })
    };
    let on_submit = {
        let (draft, on_submit) = (draft.clone(), props.on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };
    let on_person = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            next.person = input_value(&e);
            draft.set(next);
        })
    };
    let on_date = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Ok(date) = input_value(&e).parse() {
                let mut next = (*draft).clone();
                next.date = date;
                draft.set(next);
            }
        })
    };
    let cancel = props.on_cancel.clone();
    html! {
        <form class="assessment-form" onsubmit={on_submit} aria-label={text::COMP_NEW_ASSESSMENT}>
            <div class="field-row">
                <div class="field grow">
                    <label for="assessment-person">{ text::COMP_PERSON_LABEL }</label>
                    <input id="assessment-person" type="text" value={d.person.clone()} onchange={on_person} />
                </div>
                <div class="field">
                    <label for="assessment-date">{ text::COMP_DATE_LABEL }</label>
                    <input id="assessment-date" type="date" value={d.date.to_string()} onchange={on_date} />
                </div>
            </div>
            <table class="doc-table rating-table">
                <thead><tr>
                    <th scope="col">{ text::COMP_COL_NAME }</th>
                    <th scope="col">{ text::COMP_CURRENT }</th>
                    <th scope="col">{ text::COMP_PERSONAL_TARGET }</th>
                </tr></thead>
                <tbody>{ for props.agenda.competences().iter().map(|c| {
                    let id = c.id();
                    let r = d.ratings.iter().find(|r| r.competence == id);
                    html! {
                        <tr>
                            <th scope="row">{ c.name() }</th>
                            <td>{ level_select(format!("assessment-{id}-current"), format!("{}: {}", c.name(), text::COMP_CURRENT),
                                r.map(|r| r.current), set_rating(id, true)) }</td>
                            <td>{ level_select(format!("assessment-{id}-target"), format!("{}: {}", c.name(), text::COMP_PERSONAL_TARGET),
                                r.map(|r| r.target), set_rating(id, false)) }</td>
                        </tr>
                    }
                }) }</tbody>
            </table>
            <button type="submit" class="primary" id="assessment-save">{ text::SAVE }</button>
            <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
        </form>
    }
}

#[component]
pub(super) fn Assessments(props: &SectionProps) -> Html {
    let editing = use_state(|| Editing::<AssessmentId>::None);
    let agenda = &props.agenda;
    let manages = props.role == Role::Navigator;
    let close = {
        let e = editing.clone();
        Callback::from(move |()| switch(&e, Editing::None, "assessment-new"))
    };
    let form = match *editing {
        Editing::None => html! {},
        Editing::New => {
            let (on_action, editing) = (props.on_action.clone(), editing.clone());
            let on_submit = Callback::from(move |draft| {
                on_action.emit(Action::AddAssessment {
                    id: browser::new_id(AssessmentId::from_random_bytes),
                    draft,
                });
                switch(&editing, Editing::None, "assessment-new");
            });
            let initial = AssessmentDraft {
                person: String::new(),
                date: browser::today(),
                ratings: Vec::new(),
            };
            html! { <AssessmentForm agenda={agenda.clone()} {initial} {on_submit} on_cancel={close.clone()} /> }
        }
        Editing::Item(id) => match agenda.assessment(id) {
            Some(a) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::EditAssessment { id, draft });
                    switch(&editing, Editing::None, "assessment-new");
                });
                html! { <AssessmentForm agenda={agenda.clone()} initial={a.draft()} {on_submit} on_cancel={close.clone()} /> }
            }
            None => html! {},
        },
    };
    html! {
        <section class="comp-part" aria-labelledby="comp-team-heading">
            <h3 id="comp-team-heading">{ text::COMP_TEAM_HEADING }</h3>
            <p class="hint">{ text::COMP_TEAM_HINT }</p>
            if agenda.assessments().is_empty() {
                <p class="empty">{ text::COMP_TEAM_EMPTY }</p>
            } else {
                <ul class="field-list">{ for agenda.assessments().iter().map(|a| {
                    let id = a.id();
                    let label = format!("{}, {}", person_name(a.person()), a.date().to_german());
                    let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| switch(&e, Editing::Item(id), "assessment-person")) };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveAssessment { id }))
                    };
                    html! {
                        <li key={id.to_string()} class="field-item">
                            <span>{ format!("{label} · {} Kompetenzen", a.ratings().len()) }</span>
                            if manages {
                                <button type="button" onclick={edit} aria-label={text::edit_label(&label)}>{ text::EDIT }</button>
                                <button type="button" class="danger" onclick={remove} aria-label={text::delete_label(&label)}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }</ul>
            }
            if manages && *editing == Editing::None {
                <button type="button" id="assessment-new" onclick={let e = editing.clone(); move |_| switch(&e, Editing::New, "assessment-person")}>
                    { text::COMP_NEW_ASSESSMENT }
                </button>
            }
            { form }
        </section>
    }
}
