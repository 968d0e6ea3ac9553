//! What a share link shows: the agenda inside the link, read-only, as the
//! council document, with a button to take it into this browser. Nothing
//! is stored until the user says so.

use agenda_core::Agenda;
use yew::prelude::*;

use crate::shared::Shared;
use crate::widgets::document::DocumentView;
use crate::{platform::browser, platform::share, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The fragment after `#teilen=`.
    pub payload: AttrValue,
    /// Take the shared agenda into this browser.
    pub on_take: Callback<Agenda>,
    /// Back to this browser's own agenda.
    pub on_leave: Callback<()>,
}

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Reading,
    Ready(Shared<Agenda>),
    Failed(String),
}

#[component]
pub fn SharedView(props: &Props) -> Html {
    let status = use_state(|| Status::Reading);
    {
        let status = status.clone();
        use_effect_with(props.payload.clone(), move |payload| {
            let payload = payload.to_string();
            crate::platform::tasks::spawn(async move {
                status.set(match share::open(&payload).await {
                    Ok(agenda) => Status::Ready(Shared::new(agenda)),
                    Err(error) => Status::Failed(text::share_error(&error)),
                });
            });
        });
    }
    let on_leave = props.on_leave.reform(|_: MouseEvent| ());
    html! {
        <main id="main" class="shared" tabindex="-1">
            <div class="shared-banner no-print">
                <h1>{ text::SHARED_HEADING }</h1>
                <p>{ text::SHARED_INTRO }</p>
                <div class="form-actions">
                    if let Status::Ready(agenda) = &*status {
                        <button type="button" class="primary" id="shared-take"
                            aria-describedby="shared-take-hint"
                            onclick={let (a, take) = (agenda.clone(), props.on_take.clone()); move |_| take.emit((*a).clone())}>
                            { text::SHARED_TAKE }
                        </button>
                    }
                    <button type="button" id="shared-leave" onclick={on_leave}>{ text::SHARED_LEAVE }</button>
                </div>
                <p class="hint" id="shared-take-hint">{ text::SHARED_TAKE_HINT }</p>
            </div>
            { match &*status {
                Status::Reading => html! { <p>{ text::SHARED_READING }</p> },
                Status::Failed(message) => html! { <p class="alert" role="alert" id="shared-error">{ message }</p> },
                Status::Ready(agenda) => html! { <DocumentView agenda={agenda.clone()} today={browser::today()} /> },
            } }
        </main>
    }
}
