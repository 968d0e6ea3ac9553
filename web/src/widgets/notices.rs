//! Messages above the content: a refused action, a failed save, the undo
//! offer after a deletion. Errors use `role="alert"`; the undo button takes
//! keyboard focus when offered, so it is one key press away.

use yew::prelude::*;

use crate::platform::browser;
use crate::platform::storage::SaveError;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Why the last action was refused, in German.
    pub error: Option<String>,
    /// The last failed save.
    pub save_error: Option<SaveError>,
    /// What can be taken back, while undo is offered.
    pub undo_message: Option<AttrValue>,
    pub on_dismiss_error: Callback<()>,
    pub on_undo: Callback<()>,
    pub on_dismiss_undo: Callback<()>,
    /// Offers the current agenda as a file.
    pub on_download: Callback<()>,
}

#[component]
pub fn Notices(props: &Props) -> Html {
    use_effect_with(props.undo_message.clone(), |message| {
        if message.is_some() {
            browser::focus("undo-delete");
        }
    });
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="notices">
            if let Some(error) = &props.save_error {
                <div class="alert" role="alert" id="save-error">
                    <strong>{ text::SAVE_FAILED_HEADING }</strong>
                    <p>{ text::save_failed(error) }</p>
                    <button type="button" class="primary" onclick={click(&props.on_download)}>
                        { text::DOWNLOAD_AGENDA }
                    </button>
                </div>
            }
            if let Some(error) = &props.error {
                <div class="alert" role="alert" id="action-error">
                    <p>{ error.clone() }</p>
                    <button type="button" onclick={click(&props.on_dismiss_error)}>{ text::DISMISS }</button>
                </div>
            }
            if let Some(message) = &props.undo_message {
                <div class="toast" id="undo-toast">
                    <p>{ message.clone() }</p>
                    <button type="button" id="undo-delete" class="primary" onclick={click(&props.on_undo)}>
                        { text::UNDO }
                    </button>
                    <button type="button" onclick={click(&props.on_dismiss_undo)}>{ text::DISMISS }</button>
                </div>
            }
        </div>
    }
}
