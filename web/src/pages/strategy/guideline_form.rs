//! The form for a new Leitplanke and for editing one. Enter in the title
//! submits, Escape cancels an edit; the title is required.

use agenda_core::GuidelineDraft;
use agenda_core::model::limits::{GUIDELINE_TEXT_MAX_CHARS, GUIDELINE_TITLE_MAX_CHARS};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::widgets::form::form_actions;

use crate::hooks::draft::use_draft;
use crate::text;
use crate::widgets::form::draft_notice;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Prefix for element ids, unique on the page.
    pub id_prefix: AttrValue,
    /// Text the form starts with.
    #[prop_or_default]
    pub initial: GuidelineDraft,
    /// Label of the submit button.
    pub submit_label: AttrValue,
    /// Called with the typed text.
    pub on_submit: Callback<GuidelineDraft>,
    /// Shown as "Abbrechen" when given (edit mode); Escape calls it too.
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Clear the fields after submitting (add mode).
    #[prop_or_default]
    pub reset_on_submit: bool,
}

#[component]
pub fn GuidelineForm(props: &Props) -> Html {
    // Typed text is kept as a draft until it is added or saved
    // (hooks::draft); cancelling an edit throws it away.
    let draft = use_draft(draft_key(&props.id_prefix), &props.initial);
    let missing_title = use_state(|| false);
    let title_ref = use_node_ref();
    let id = |suffix: &str| format!("{}-{suffix}", props.id_prefix);

    let set_field = |apply: fn(&mut GuidelineDraft, String)| {
        let draft = draft.clone();
        move |value: String| {
            let mut next = draft.get().clone();
            apply(&mut next, value);
            draft.set(next);
        }
    };
    let on_title = {
        let set = set_field(|d, v| d.title = v);
        let missing_title = missing_title.clone();
        Callback::from(move |e: InputEvent| {
            missing_title.set(false);
            set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_description = {
        let set = set_field(|d, v| d.description = v);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_rationale = {
        let set = set_field(|d, v| d.rationale = v);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };

    let on_submit = {
        let draft = draft.clone();
        let missing_title = missing_title.clone();
        let title_ref = title_ref.clone();
        let submit = props.on_submit.clone();
        let reset = props.reset_on_submit;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let current = draft.get().clone();
            if current.title.trim().is_empty() {
                missing_title.set(true);
            } else {
                draft.settle(if reset {
                    GuidelineDraft::default()
                } else {
                    current.clone()
                });
                submit.emit(current);
            }
            if let Some(input) = title_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };
    let on_cancel = draft.discarding(props.on_cancel.clone());
    let on_keydown = crate::widgets::form::escape_cancels(on_cancel.clone());

    let title_error_id = id("title-error");
    // The Strategie-Check while typing, before anything is saved.
    let findings = {
        let d = draft.get();
        agenda_core::analysis::strategy_check::check_text(&format!("{} {}", d.title, d.description))
    };
    html! {
        <form class="guideline-form" onsubmit={on_submit} onkeydown={on_keydown} novalidate=true>
            <div class="field">
                <label for={id("title")}>{ text::GUIDELINE_TITLE_LABEL }</label>
                <input
                    id={id("title")}
                    ref={title_ref}
                    type="text"
                    value={draft.get().title.clone()}
                    oninput={on_title}
                    maxlength={GUIDELINE_TITLE_MAX_CHARS.to_string()}
                    required=true
                    aria-invalid={missing_title.then_some("true")}
                    aria-describedby={missing_title.then(|| title_error_id.clone())}
                    autocomplete="off"
                />
                if *missing_title {
                    <p id={title_error_id.clone()} class="field-error">{ text::TITLE_REQUIRED }</p>
                }
            </div>
            <div class="field">
                <label for={id("description")}>{ text::GUIDELINE_DESCRIPTION_LABEL }</label>
                <textarea
                    id={id("description")}
                    rows="3"
                    value={draft.get().description.clone()}
                    oninput={on_description}
                    maxlength={GUIDELINE_TEXT_MAX_CHARS.to_string()}
                />
            </div>
            // Polite and always present, so a screen reader hears a finding
            // once it appears, not on every key.
            <p class={classes!("check-live", (!findings.is_empty()).then_some("found"))} id={id("check")} aria-live="polite">
                if !findings.is_empty() {
                    <strong>{ text::CHECK_HEADING }</strong>{ " " }{ text::check_findings(&findings) }
                }
            </p>
            <div class="field">
                <label for={id("rationale")}>{ text::GUIDELINE_RATIONALE_LABEL }</label>
                <textarea
                    id={id("rationale")}
                    rows="2"
                    value={draft.get().rationale.clone()}
                    oninput={on_rationale}
                    maxlength={GUIDELINE_TEXT_MAX_CHARS.to_string()}
                />
            </div>
            { draft_notice(&draft, id("discard"), id("title")) }
            { form_actions(id("submit"), props.submit_label.clone(), on_cancel) }
        </form>
    }
}

/// The draft key of the Leitplanke form with element ids `id_prefix`.
pub fn draft_key(id_prefix: &str) -> String {
    format!("leitplanke/{id_prefix}")
}
