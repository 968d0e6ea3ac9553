//! The Steckbrief's summary and its form (title, description, effect,
//! responsible person, period, Leitplanken, Handlungsfeld, departments,
//! priority band), kept as a draft until saved. Money is in the finance
//! form only (finance.rs): one place for a project's costs.

use crate::hooks::draft::use_draft;
use crate::shared::Shared;
use crate::text;
use crate::widgets::form::{input_value, select_value};
use agenda_core::model::limits::{
    PROJECT_NAME_MAX_CHARS, PROJECT_TEXT_MAX_CHARS, PROJECT_TITLE_MAX_CHARS,
};
use agenda_core::{Action, Agenda, PriorityBand, Project, ProjectDraft};
use std::sync::Arc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct PartProps {
    pub(super) agenda: Shared<Agenda>,
    pub(super) project: Arc<Project>,
    pub(super) on_action: Callback<Action>,
    /// Who edits: a Fachbereich may lead only its own projects, so the
    /// lead select offers only the departments this role may give one.
    #[prop_or_default]
    pub(super) role: Option<crate::role::Role>,
}

#[component]
pub(super) fn SheetSummary(props: &PartProps) -> Html {
    let s = props.project.sheet();
    let a = &props.agenda;
    let names = |ids: Vec<String>| ids.join(", ");
    html! {
        <dl class="sheet-summary">
            <dt>{ text::PROJECT_DESCRIPTION }</dt><dd>{ s.description.clone() }</dd>
            <dt>{ text::PROJECT_EFFECT }</dt><dd>{ s.effect.clone() }</dd>
            <dt>{ text::PROJECT_LEAD }</dt><dd>{ a.department(s.lead).map(|d| d.name().to_owned()).unwrap_or_default() }</dd>
            <dt>{ text::PROJECT_GUIDELINES }</dt>
            <dd>{ names(s.guidelines.iter().filter_map(|g| a.guideline(*g)).map(|g| g.title().to_owned()).collect()) }</dd>
            if !s.competences.is_empty() {
                <dt>{ text::PROJECT_COMPETENCES }</dt>
                <dd>{ names(s.competences.iter().filter_map(|c| a.competence(*c)).map(|c| c.name().to_owned()).collect()) }</dd>
            }
        </dl>
    }
}

#[component]
pub(super) fn SheetForm(props: &PartProps) -> Html {
    // The Steckbrief, kept as a draft until saved (hooks::draft).
    let sheet = props.project.sheet();
    // Costs, benefits and funding have their own form (finance.rs): the
    // sheet's draft leaves them out, and its save keeps what is stored.
    let mut without_finance = sheet.clone();
    without_finance.costs = Default::default();
    without_finance.benefits = Default::default();
    without_finance.grants = Vec::new();
    let draft = use_draft(
        crate::pages::projects::sheet_draft_key(props.project.id()),
        &without_finance,
    );
    let id = props.project.id();
    let pid = |suffix: &str| format!("project-{id}-{suffix}");
    let agenda = &props.agenda;
    let set = |change: fn(&mut ProjectDraft, String)| {
        let draft = draft.clone();
        move |value: String| {
            let mut next = draft.get().clone();
            change(&mut next, value);
            draft.set(next);
        }
    };
    let on_text = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: InputEvent| set(input_value(&e)))
    };
    let on_area = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_select = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: Event| set(select_value(&e)))
    };
    let on_submit = {
        let draft = draft.clone();
        let on_action = props.on_action.clone();
        let stored = props.project.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = draft.get().clone();
            let s = stored.sheet();
            next.costs.clone_from(&s.costs);
            next.benefits.clone_from(&s.benefits);
            next.grants.clone_from(&s.grants);
            draft.saving();
            on_action.emit(Action::EditProject { id, draft: next });
        })
    };
    let d = draft.get();
    let band_key = |b: PriorityBand| match b {
        PriorityBand::High => "hoch",
        PriorityBand::Medium => "mittel",
        PriorityBand::Low => "niedrig",
    };

    html! {
        <form class="sheet-form" onsubmit={on_submit} novalidate=true aria-label={text::sheet_label(props.project.title())}>
            <div class="field">
                <label for={pid("title")}>{ text::PROJECT_TITLE }</label>
                <input id={pid("title")} type="text" value={d.title.clone()} oninput={on_text(|d, v| d.title = v)}
                    maxlength={PROJECT_TITLE_MAX_CHARS.to_string()} />
            </div>
            <div class="field">
                <label for={pid("description")}>{ text::PROJECT_DESCRIPTION }</label>
                <textarea id={pid("description")} rows="2" value={d.description.clone()}
                    oninput={on_area(|d, v| d.description = v)} maxlength={PROJECT_TEXT_MAX_CHARS.to_string()} />
            </div>
            <div class="field">
                <label for={pid("effect")}>{ text::PROJECT_EFFECT }</label>
                <textarea id={pid("effect")} rows="2" value={d.effect.clone()}
                    oninput={on_area(|d, v| d.effect = v)} maxlength={PROJECT_TEXT_MAX_CHARS.to_string()} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for={pid("lead")}>{ text::PROJECT_LEAD }</label>
                    <select id={pid("lead")} onchange={on_select(|d, v| if let Ok(id) = v.parse() { d.lead = id })}>
                        { for agenda.departments().iter()
                            .filter(|dep| dep.id() == d.lead || props.role.is_none_or(|r| r.edits_project(dep.id())))
                            .map(|dep| html! {
                            <option value={dep.id().to_string()} selected={dep.id() == d.lead}>{ dep.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("field")}>{ text::FIELD_OF_ACTION_LABEL }</label>
                    <select id={pid("field")} onchange={on_select(|d, v| d.field = v.parse().ok())}>
                        <option value="" selected={d.field.is_none()}>{ text::NO_FIELD }</option>
                        { for agenda.fields().iter().map(|f| html! {
                            <option value={f.id().to_string()} selected={Some(f.id()) == d.field}>{ f.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("band")}>{ text::PROJECT_BAND }</label>
                    <select id={pid("band")} onchange={on_select(|d, v| d.band = match v.as_str() {
                        "hoch" => PriorityBand::High, "niedrig" => PriorityBand::Low, _ => PriorityBand::Medium })}>
                        { for [PriorityBand::High, PriorityBand::Medium, PriorityBand::Low].into_iter().map(|b| html! {
                            <option value={band_key(b)} selected={d.band == b}>{ text::band(b) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("weight")}>{ text::PROJECT_WEIGHT }</label>
                    <select id={pid("weight")} onchange={on_select(|d, v| d.weight = v.parse().unwrap_or(1))}>
                        { for (1..=10_u32).map(|w| html! { <option value={w.to_string()} selected={d.weight == w}>{ w }</option> }) }
                    </select>
                </div>
            </div>
            <fieldset class="checkboxes">
                <legend>{ text::PROJECT_GUIDELINES }</legend>
                { for agenda.guidelines().iter().map(|g| {
                    let gid = g.id();
                    let cid = format!("project-{id}-gl-{gid}");
                    let draft = draft.clone();
                    let on_change = Callback::from(move |e: Event| {
                        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = draft.get().clone();
                        next.guidelines.retain(|x| *x != gid);
                        if checked { next.guidelines.push(gid); }
                        draft.set(next);
                    });
                    html! {
                        <label for={cid.clone()} class="checkbox">
                            <input type="checkbox" id={cid} checked={d.guidelines.contains(&gid)} onchange={on_change} />
                            { g.title() }
                        </label>
                    }
                }) }
                if d.guidelines.is_empty() {
                    <p class="field-error">{ text::NO_STRATEGIC_LINK }</p>
                }
            </fieldset>
            <fieldset class="checkboxes">
                <legend>{ text::PROJECT_PARTICIPANTS }</legend>
                { for agenda.departments().iter().filter(|dep| dep.id() != d.lead).map(|dep| {
                    let did = dep.id();
                    let cid = format!("project-{id}-dept-{did}");
                    let draft = draft.clone();
                    let on_change = Callback::from(move |e: Event| {
                        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = draft.get().clone();
                        next.participants.retain(|x| *x != did);
                        if checked { next.participants.push(did); }
                        draft.set(next);
                    });
                    html! {
                        <label for={cid.clone()} class="checkbox">
                            <input type="checkbox" id={cid} checked={d.participants.contains(&did)} onchange={on_change} />
                            { dep.name() }
                        </label>
                    }
                }) }
            </fieldset>
            if !agenda.perspectives().is_empty() {
                <details class="checkboxes">
                    <summary>{ text::PROJECT_PERSPECTIVES }</summary>
                    { for agenda.perspectives().iter().map(|pe| {
                        let peid = pe.id();
                        let cid = format!("project-{id}-persp-{peid}");
                        let draft = draft.clone();
                        let on_change = Callback::from(move |e: Event| {
                            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next = draft.get().clone();
                            next.perspectives.retain(|x| *x != peid);
                            if checked { next.perspectives.push(peid); }
                            draft.set(next);
                        });
                        let dept = agenda.department(pe.department()).map(|x| x.label().to_owned()).unwrap_or_default();
                        html! {
                            <label for={cid.clone()} class="checkbox">
                                <input type="checkbox" id={cid} checked={d.perspectives.contains(&peid)} onchange={on_change} />
                                { format!("{dept}: {}", pe.text()) }
                            </label>
                        }
                    }) }
                </details>
            }
            if !agenda.competences().is_empty() {
                <details class="checkboxes" open={!d.competences.is_empty()}>
                    <summary>{ text::PROJECT_COMPETENCES }</summary>
                    { for agenda.competences().iter().map(|c| {
                        let kid = c.id();
                        let cid = format!("project-{id}-comp-{kid}");
                        let draft = draft.clone();
                        let on_change = Callback::from(move |e: Event| {
                            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next = draft.get().clone();
                            next.competences.retain(|x| *x != kid);
                            if checked { next.competences.push(kid); }
                            draft.set(next);
                        });
                        html! {
                            <label for={cid.clone()} class="checkbox">
                                <input type="checkbox" id={cid} checked={d.competences.contains(&kid)} onchange={on_change} />
                                { c.name() }
                            </label>
                        }
                    }) }
                </details>
            }
            <div class="field-row">
                <div class="field">
                    <label for={pid("start")}>{ text::PROJECT_START }</label>
                    <input id={pid("start")} type="date" value={d.start.map(|x| x.to_string()).unwrap_or_default()}
                        oninput={on_text(|d, v| d.start = v.parse().ok())} />
                </div>
                <div class="field">
                    <label for={pid("end")}>{ text::PROJECT_END }</label>
                    <input id={pid("end")} type="date" value={d.end.map(|x| x.to_string()).unwrap_or_default()}
                        oninput={on_text(|d, v| d.end = v.parse().ok())} />
                </div>
            </div>
            <div class="field">
                <label for={pid("responsible")}>{ text::PROJECT_RESPONSIBLE }</label>
                <input id={pid("responsible")} type="text" value={d.responsible.clone()}
                    maxlength={PROJECT_NAME_MAX_CHARS.to_string()} oninput={on_text(|d, v| d.responsible = v)} />
            </div>
            { crate::widgets::form::draft_notice(&draft, pid("discard"), pid("title")) }
            <div class="form-actions">
                <button type="submit" class="primary" id={pid("save")}>{ text::SHEET_SAVE }</button>
            </div>
        </form>
    }
}
