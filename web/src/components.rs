//! The app's components; each takes data and `Callback`s as props.

pub mod board_view;
pub mod competence_view;
pub mod dashboard_view;
pub mod departments_view;
pub mod document_view;
pub mod fields_view;
pub mod files_view;
pub mod filter_bar;
pub mod finance_view;
pub mod guideline_form;
pub mod guideline_list;
pub mod merge_report;
pub mod notices;
pub mod perspective_form;
pub mod priority_view;
pub mod project_sheet;
pub mod project_table;
pub mod projects_view;
pub mod recovery;
pub mod results_view;
pub mod roadmap_view;
pub mod shared_view;
pub mod start_screen;
pub mod sync_panel;
pub mod text_form;
pub mod vision_editor;
pub mod workshop_view;

use yew::{Callback, Html, KeyboardEvent, MouseEvent, html};

use crate::hooks::draft::DraftHandle;
use crate::text;

/// The mark of a form with unsaved changes (kept as a draft, see
/// [`crate::hooks::draft`]) and its button to throw them away; nothing
/// when the form holds no changes. `id` names the button.
pub fn draft_notice<T>(draft: &DraftHandle<T>, id: String) -> Html
where
    T: Clone + PartialEq + serde::Serialize + 'static,
{
    if !draft.is_unsaved() {
        return Html::default();
    }
    let discard = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.discard())
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
