//! What every form shares: reading a field's value from its event, the
//! mark of unsaved changes (a draft) and Escape to cancel.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::{AttrValue, Callback, Event, Html, KeyboardEvent, MouseEvent, TargetCast, html};

use crate::hooks::draft::DraftHandle;
use crate::text;

/// The mark of a form with unsaved changes (kept as a draft, see
/// [`crate::hooks::draft`]) and its button to throw them away; nothing
/// when the form holds no changes. `id` names the button; `first_field`
/// gets the focus after discarding, as the button itself disappears.
pub fn draft_notice<T>(draft: &DraftHandle<T>, id: String, first_field: String) -> Html
where
    T: Clone + PartialEq + serde::Serialize + 'static,
{
    if !draft.is_unsaved() {
        return Html::default();
    }
    let discard = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            draft.discard();
            crate::platform::browser::focus(&first_field);
        })
    };
    html! {
        <p class="draft-notice">
            <span>{ text::DRAFT_NOTICE }</span>
            <button type="button" class="small" {id} onclick={discard}>{ text::DRAFT_DISCARD }</button>
        </p>
    }
}

/// A keydown handler that calls `cancel` on Escape, for forms that can be
/// cancelled; `None` when there is nothing to cancel.
pub fn escape_cancels(cancel: Option<Callback<()>>) -> Option<Callback<KeyboardEvent>> {
    cancel.map(|cancel| {
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cancel.emit(());
            }
        })
    })
}

/// The value of the text or number input that fired `e`.
pub fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The value of the select that fired `e`.
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The value of the text area that fired `e`.
pub fn area_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}

/// A form's buttons: submit (the primary action, element id `submit_id`)
/// and, where the form can be cancelled, "Abbrechen".
pub fn form_actions(submit_id: String, label: AttrValue, on_cancel: Option<Callback<()>>) -> Html {
    html! {
        <div class="form-actions">
            <button type="submit" class="primary" id={submit_id}>{ label }</button>
            if let Some(cancel) = on_cancel {
                <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
            }
        </div>
    }
}
