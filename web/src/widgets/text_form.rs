//! A one-line form: a labelled text input and a submit button. Enter
//! submits, Escape cancels (when cancelling is offered). Used to add and
//! rename items.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Id of the input, unique on the page.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Text it starts with.
    #[prop_or_default]
    pub initial: AttrValue,
    /// Label of the submit button.
    pub submit_label: AttrValue,
    /// Longest allowed text.
    pub max_chars: usize,
    /// Called with the typed text (not empty).
    pub on_submit: Callback<String>,
    /// Offered as "Abbrechen" and on Escape.
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Clear after submitting and keep focus, for fast entry.
    #[prop_or_default]
    pub reset_on_submit: bool,
    /// Focus the input when shown.
    #[prop_or_default]
    pub autofocus: bool,
}

#[component]
pub fn TextForm(props: &Props) -> Html {
    let value = use_state(|| props.initial.to_string());
    let missing = use_state(|| false);
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with(props.autofocus, move |autofocus| {
            if *autofocus && let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let on_input = {
        let value = value.clone();
        let missing = missing.clone();
        Callback::from(move |e: InputEvent| {
            missing.set(false);
            value.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_submit = {
        let value = value.clone();
        let missing = missing.clone();
        let submit = props.on_submit.clone();
        let reset = props.reset_on_submit;
        let input_ref = input_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if value.trim().is_empty() {
                missing.set(true);
            } else {
                submit.emit((*value).clone());
                if reset {
                    value.set(String::new());
                }
            }
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };
    let on_keydown = crate::widgets::form::escape_cancels(props.on_cancel.clone());
    let error_id = format!("{}-error", props.id);
    html! {
        <form class="text-form" onsubmit={on_submit} onkeydown={on_keydown} novalidate=true>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="inline">
                <input id={props.id.clone()} ref={input_ref} type="text" value={(*value).clone()}
                    oninput={on_input} maxlength={props.max_chars.to_string()} autocomplete="off"
                    aria-invalid={missing.then_some("true")}
                    aria-describedby={missing.then(|| error_id.clone())} />
                <button type="submit" class="primary" id={format!("{}-submit", props.id)}>
                    { props.submit_label.clone() }
                </button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
                }
            </div>
            if *missing {
                <p id={error_id} class="field-error">{ text::TEXT_REQUIRED }</p>
            }
        </form>
    }
}
