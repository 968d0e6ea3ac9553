//! Form for a department's perspective: kind, text, Handlungsfeld and the
//! Leitplanken it relates to.

use agenda_core::model::limits::PERSPECTIVE_TEXT_MAX_CHARS;
use agenda_core::{Agenda, DepartmentId, GuidelineId, PerspectiveDraft, PerspectiveKind};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::widgets::form::form_actions;

use crate::hooks::draft::use_draft;
use crate::shared::Shared;
use crate::text;
use crate::widgets::form::draft_notice;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    pub agenda: Shared<Agenda>,
    pub department: DepartmentId,
    /// Content when editing.
    #[prop_or_default]
    pub initial: Option<PerspectiveDraft>,
    pub submit_label: AttrValue,
    pub on_submit: Callback<PerspectiveDraft>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

#[component]
pub fn PerspectiveForm(props: &Props) -> Html {
    // Typed content is kept as a draft until it is added or saved
    // (hooks::draft); cancelling an edit throws it away.
    let saved = props.initial.clone().unwrap_or(PerspectiveDraft {
        department: props.department,
        kind: PerspectiveKind::default(),
        text: String::new(),
        field: None,
        guidelines: Vec::new(),
    });
    let draft = use_draft(draft_key(&props.id_prefix), &saved);
    let missing = use_state(|| false);
    let id = |suffix: &str| format!("{}-{suffix}", props.id_prefix);
    let update = |change: fn(&mut PerspectiveDraft, String)| {
        let draft = draft.clone();
        move |value: String| {
            let mut next = draft.get().clone();
            change(&mut next, value);
            draft.set(next);
        }
    };
    let on_kind = {
        let set = update(|d, v| {
            d.kind = PerspectiveKind::ALL
                .into_iter()
                .find(|k| crate::route::kind_key(*k) == v)
                .unwrap_or_default();
        });
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_text = {
        let set = update(|d, v| d.text = v);
        let missing = missing.clone();
        Callback::from(move |e: InputEvent| {
            missing.set(false);
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_field = {
        let set = update(|d, v| d.field = v.parse().ok());
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let toggle_guideline = |guideline: GuidelineId| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = draft.get().clone();
            next.guidelines.retain(|g| *g != guideline);
            if checked {
                next.guidelines.push(guideline);
            }
            draft.set(next);
        })
    };
    let on_submit = {
        let draft = draft.clone();
        let missing = missing.clone();
        let submit = props.on_submit.clone();
        let is_new = props.initial.is_none();
        let department = props.department;
        let text_id = id("text");
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let current = draft.get().clone();
            if current.text.trim().is_empty() {
                missing.set(true);
                return;
            }
            // Added: the form is emptied for the next one (kind and
            // Handlungsfeld stay); saved: the edit form closes.
            draft.settle(if is_new {
                PerspectiveDraft {
                    department,
                    kind: current.kind,
                    text: String::new(),
                    field: current.field,
                    guidelines: Vec::new(),
                }
            } else {
                current.clone()
            });
            submit.emit(current);
            if is_new {
                // Ready for the next one; the button stays where it was.
                crate::platform::browser::focus(&text_id);
            }
        })
    };
    let on_cancel = draft.discarding(props.on_cancel.clone());
    let on_keydown = crate::widgets::form::escape_cancels(on_cancel.clone());
    let selected_field = draft.get().field.map(|f| f.to_string()).unwrap_or_default();

    html! {
        <form class="perspective-form" onsubmit={on_submit} onkeydown={on_keydown} novalidate=true>
            <div class="field-row">
                <div class="field">
                    <label for={id("kind")}>{ text::PERSPECTIVE_KIND_LABEL }</label>
                    <select id={id("kind")} onchange={on_kind}>
                        { for PerspectiveKind::ALL.into_iter().map(|k| html! {
                            <option value={crate::route::kind_key(k)} selected={draft.get().kind == k}>{ agenda_core::vocabulary::perspective_kind(k) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={id("field")}>{ text::FIELD_OF_ACTION_LABEL }</label>
                    <select id={id("field")} onchange={on_field}>
                        <option value="" selected={draft.get().field.is_none()}>{ text::NONE_CHOSEN }</option>
                        { for props.agenda.fields().iter().map(|f| html! {
                            <option value={f.id().to_string()} selected={selected_field == f.id().to_string()}>
                                { f.name() }
                            </option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="field">
                <label for={id("text")}>{ text::PERSPECTIVE_TEXT_LABEL }</label>
                <textarea id={id("text")} rows="2" value={draft.get().text.clone()} oninput={on_text}
                    maxlength={PERSPECTIVE_TEXT_MAX_CHARS.to_string()}
                    aria-invalid={missing.then_some("true")} />
                if *missing {
                    <p class="field-error">{ text::TEXT_REQUIRED }</p>
                }
            </div>
            if !props.agenda.guidelines().is_empty() {
                <fieldset class="checkboxes">
                    <legend>{ text::RELATED_GUIDELINES }</legend>
                    { for props.agenda.guidelines().iter().map(|g| {
                        let cid = format!("{}-gl-{}", props.id_prefix, g.id());
                        html! {
                            <label for={cid.clone()} class="checkbox">
                                <input type="checkbox" id={cid} checked={draft.get().guidelines.contains(&g.id())}
                                    onchange={toggle_guideline(g.id())} />
                                { g.title() }
                            </label>
                        }
                    }) }
                </fieldset>
            }
            { draft_notice(&draft, id("discard"), id("text")) }
            { form_actions(id("submit"), props.submit_label.clone(), on_cancel) }
        </form>
    }
}

/// The draft key of the perspective form with element ids `id_prefix`.
pub fn draft_key(id_prefix: &str) -> String {
    format!("perspektive/{id_prefix}")
}
