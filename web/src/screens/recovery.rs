//! Shown when the stored agenda cannot be read (corrupt, or written by a
//! newer version). Says why, offers the raw data as a download, and only on
//! an explicit choice moves it aside to a verified backup key.

use agenda_core::LoadError;
use yew::prelude::*;

use crate::platform::storage::Store;
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Exactly what is stored.
    pub raw: AttrValue,
    /// Why it could not be read.
    pub error: LoadError,
    /// Where it is stored.
    pub store: Store,
    /// Called after the raw data was safely moved aside.
    pub on_backed_up: Callback<()>,
}

#[component]
pub fn Recovery(props: &Props) -> Html {
    let problem = use_state(|| None::<String>);
    let download = {
        let raw = props.raw.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("digitale-agenda-rohdaten-{}.json", browser::timestamp());
            if let Err(e) = browser::download(&name, &raw, "application/json") {
                problem.set(Some(text::save_other(&e)));
            }
        })
    };
    let back_up = {
        let raw = props.raw.clone();
        let store = props.store.clone();
        let problem = problem.clone();
        let done = props.on_backed_up.clone();
        Callback::from(
            move |_: MouseEvent| match store.back_up_raw(&raw, &browser::timestamp()) {
                Ok(_) => done.emit(()),
                Err(e) => problem.set(Some(text::recovery_backup_failed(&e))),
            },
        )
    };
    html! {
        <main id="main" class="recovery" tabindex="-1">
            <div class="alert" role="alert">
                <h1>{ text::RECOVERY_HEADING }</h1>
                <p id="recovery-reason">{ text::load_error(&props.error) }</p>
                <p>{ text::RECOVERY_KEPT }</p>
            </div>
            if let Some(problem) = (*problem).clone() {
                <p class="field-error" role="alert">{ problem }</p>
            }
            <div class="form-actions">
                <button type="button" class="primary" id="recovery-download" onclick={download}>
                    { text::RECOVERY_DOWNLOAD }
                </button>
                <button type="button" id="recovery-backup" onclick={back_up}
                    aria-describedby="recovery-backup-hint">
                    { text::RECOVERY_BACKUP_AND_START }
                </button>
            </div>
            <p id="recovery-backup-hint" class="hint">{ text::RECOVERY_BACKUP_HINT }</p>
            <details>
                <summary>{ text::RECOVERY_DETAILS }</summary>
                <pre id="recovery-details">{ text::load_error_detail(&props.error) }</pre>
            </details>
        </main>
    }
}
