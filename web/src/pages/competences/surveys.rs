//! The departments' staff surveys: counts per level, typed or counted from
//! a survey tool's CSV. Figures are read only through
//! `competence::survey_figures` (minimum group).

use super::{Editing, SectionProps, switch};
use agenda_core::competence::{self, LEVEL_COUNT, LevelCounts, SurveyDraft, SurveyFigures};
use agenda_core::{Action, Agenda, CompetenceId, DepartmentId, SurveyId};
use yew::prelude::*;

use crate::shared::Shared;
use crate::widgets::form::input_value;
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
struct SurveyFormProps {
    agenda: Shared<Agenda>,
    departments: Vec<DepartmentId>,
    initial: SurveyDraft,
    on_submit: Callback<SurveyDraft>,
    on_cancel: Callback<()>,
}

/// Department, date, participants and the counts per level, typed or read
/// from a survey tool's CSV.
#[component]
fn SurveyForm(props: &SurveyFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let note = use_state(|| None::<String>);
    let d = (*draft).clone();
    let edit = |f: fn(&mut SurveyDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            f(&mut next, input_value(&e));
            draft.set(next);
        })
    };
    let set_count = |c: CompetenceId, level: usize| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let value: u32 = input_value(&e).trim().parse().unwrap_or(0);
            let mut next = (*draft).clone();
            if !next.answers.iter().any(|a| a.competence == c) {
                next.answers.push(LevelCounts {
                    competence: c,
                    counts: [0; LEVEL_COUNT],
                });
            }
            if let Some(slot) = next
                .answers
                .iter_mut()
                .find(|a| a.competence == c)
                .and_then(|a| a.counts.get_mut(level))
            {
                *slot = value;
            }
            draft.set(next);
        })
    };
    let on_file = {
        let (draft, note, agenda) = (draft.clone(), note.clone(), props.agenda.clone());
        Callback::from(move |e: Event| {
            let (draft, note, agenda) = (draft.clone(), note.clone(), agenda.clone());
            crate::widgets::file_input::read_file(
                &e,
                agenda_core::competence::survey_csv::MAX_SURVEY_CSV_BYTES,
                move |content| {
                    let result = content.and_then(|text| {
                        agenda_core::competence::survey_csv::read(&agenda, &text).map_err(
                            |errors| {
                                errors
                                    .iter()
                                    .map(text::survey_csv_problem)
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            },
                        )
                    });
                    match result {
                        Ok(read) => {
                            let mut next = (*draft).clone();
                            next.respondents = read.respondents;
                            next.answers = read.answers;
                            note.set(Some(text::survey_read(read.respondents, &read.ignored)));
                            draft.set(next);
                        }
                        Err(problem) => note.set(Some(problem)),
                    }
                },
            );
        })
    };
    let on_submit = {
        let (draft, on_submit) = (draft.clone(), props.on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };
    let cancel = props.on_cancel.clone();
    html! {
        <form class="survey-form" onsubmit={on_submit} aria-label={text::COMP_NEW_SURVEY}>
            <div class="field-row">
                <div class="field">
                    <label for="survey-department">{ text::COMP_SURVEY_DEPARTMENT }</label>
                    <select id="survey-department" onchange={edit(|d, v| if let Ok(id) = v.parse() { d.department = id })}>
                        { for props.departments.iter().filter_map(|id| props.agenda.department(*id)).map(|dep| html! {
                            <option value={dep.id().to_string()} selected={dep.id() == d.department}>{ dep.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="survey-date">{ text::COMP_DATE_LABEL }</label>
                    <input id="survey-date" type="date" value={d.date.to_string()}
                        onchange={edit(|d, v| if let Ok(date) = v.parse() { d.date = date })} />
                </div>
                <div class="field">
                    <label for="survey-respondents">{ text::COMP_RESPONDENTS_LABEL }</label>
                    <input id="survey-respondents" type="number" min="0" inputmode="numeric" value={d.respondents.to_string()}
                        onchange={edit(|d, v| d.respondents = v.trim().parse().unwrap_or(0))} />
                </div>
                <div class="field grow">
                    <label for="survey-csv">{ text::COMP_SURVEY_CSV }</label>
                    <input id="survey-csv" type="file" accept=".csv,text/csv" onchange={on_file} />
                </div>
            </div>
            if let Some(note) = (*note).clone() {
                <p class="hint" role="status" id="survey-note">{ note }</p>
            }
            <table class="doc-table count-table">
                <caption>{ text::COMP_ANSWERS_LEGEND }</caption>
                <thead><tr>
                    <th scope="col">{ text::COMP_COL_NAME }</th>
                    { for (0..LEVEL_COUNT).map(|l| html! { <th scope="col">{ text::level_option(l) }</th> }) }
                </tr></thead>
                <tbody>{ for props.agenda.competences().iter().map(|c| {
                    let id = c.id();
                    let counts = d.answers.iter().find(|a| a.competence == id).map(|a| a.counts).unwrap_or_default();
                    html! {
                        <tr>
                            <th scope="row">{ c.name() }</th>
                            { for (0..LEVEL_COUNT).map(|l| html! {
                                <td><input id={format!("survey-{id}-{l}")} type="number" min="0" inputmode="numeric"
                                    aria-label={format!("{}: {}", c.name(), text::level_option(l))}
                                    value={counts.get(l).copied().unwrap_or(0).to_string()} onchange={set_count(id, l)} /></td>
                            }) }
                        </tr>
                    }
                }) }</tbody>
            </table>
            <button type="submit" class="primary" id="survey-save">{ text::SAVE }</button>
            <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
        </form>
    }
}

#[component]
pub(super) fn Surveys(props: &SectionProps) -> Html {
    let editing = use_state(|| Editing::<SurveyId>::None);
    let agenda = &props.agenda;
    let role = props.role;
    let mine: Vec<DepartmentId> = agenda
        .departments()
        .iter()
        .map(|d| d.id())
        .filter(|d| role.edits_department(*d))
        .collect();
    let close = {
        let e = editing.clone();
        Callback::from(move |()| switch(&e, Editing::None, "survey-new"))
    };
    let form = match *editing {
        Editing::None => html! {},
        Editing::New => match mine.first() {
            Some(first) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::AddSurvey {
                        id: browser::new_id(SurveyId::from_random_bytes),
                        draft,
                    });
                    switch(&editing, Editing::None, "survey-new");
                });
                let initial = SurveyDraft {
                    department: *first,
                    date: browser::today(),
                    respondents: 0,
                    answers: Vec::new(),
                };
                html! { <SurveyForm agenda={agenda.clone()} departments={mine.clone()} {initial} {on_submit} on_cancel={close.clone()} /> }
            }
            None => html! {},
        },
        Editing::Item(id) => match agenda.survey(id) {
            Some(s) if role.edits_department(s.department()) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::EditSurvey { id, draft });
                    switch(&editing, Editing::None, "survey-new");
                });
                html! { <SurveyForm agenda={agenda.clone()} departments={mine.clone()} initial={s.draft()} {on_submit} on_cancel={close.clone()} /> }
            }
            _ => html! {},
        },
    };
    html! {
        <section class="comp-part" aria-labelledby="comp-survey-heading">
            <h3 id="comp-survey-heading">{ text::COMP_SURVEY_HEADING }</h3>
            <p class="hint">{ text::COMP_SURVEY_HINT }</p>
            if agenda.surveys().is_empty() {
                <p class="empty">{ text::COMP_SURVEY_EMPTY }</p>
            } else {
                <ul class="field-list" id="survey-list">{ for agenda.surveys().iter().map(|s| {
                    let id = s.id();
                    let name = agenda.department(s.department()).map(|d| d.name().to_owned()).unwrap_or_default();
                    let label = format!("{name}, {}", s.date().to_german());
                    let figures = match competence::survey_figures(s) {
                        SurveyFigures::TooFew { respondents } => text::survey_too_few(respondents),
                        SurveyFigures::Shown { respondents, withheld, .. } => {
                            let mut out = text::survey_summary(respondents, s.date());
                            if !withheld.is_empty() {
                                out = format!("{out}. {}", text::survey_withheld(withheld.len()));
                            }
                            out
                        }
                    };
                    let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| switch(&e, Editing::Item(id), "survey-department")) };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveSurvey { id }))
                    };
                    html! {
                        <li key={id.to_string()} class="field-item" id={format!("survey-{id}")}>
                            <span><strong>{ name.clone() }</strong>{ format!(": {figures}") }</span>
                            if role.edits_department(s.department()) {
                                <button type="button" onclick={edit} aria-label={text::edit_label(&label)}>{ text::EDIT }</button>
                                <button type="button" class="danger" onclick={remove} aria-label={text::delete_label(&label)}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }</ul>
            }
            if !mine.is_empty() && *editing == Editing::None {
                <button type="button" id="survey-new" onclick={let e = editing.clone(); move |_| switch(&e, Editing::New, "survey-department")}>
                    { text::COMP_NEW_SURVEY }
                </button>
            }
            { form }
        </section>
    }
}
