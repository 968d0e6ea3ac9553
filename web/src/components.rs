//! The app's components; each takes data and `Callback`s as props.

pub mod board_view;
pub mod dashboard_view;
pub mod departments_view;
pub mod document_view;
pub mod fields_view;
pub mod files_view;
pub mod filter_bar;
pub mod guideline_form;
pub mod guideline_list;
pub mod merge_report;
pub mod notices;
pub mod perspective_form;
pub mod priority_view;
pub mod project_sheet;
pub mod projects_view;
pub mod recovery;
pub mod results_view;
pub mod roadmap_view;
pub mod shared_view;
pub mod start_screen;
pub mod text_form;
pub mod vision_editor;
pub mod workshop_view;

use yew::{Callback, KeyboardEvent};

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
