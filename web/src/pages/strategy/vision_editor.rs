//! The Leitbild and the municipality's name, edited in one small form.

use agenda_core::Action;
use agenda_core::model::limits::{MUNICIPALITY_MAX_CHARS, VISION_MAX_CHARS};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::draft::use_draft;
use crate::text;
use crate::widgets::form::draft_notice;

pub use crate::pages::EditProps as Props;

#[component]
pub fn VisionEditor(props: &Props) -> Html {
    // Typed text is kept as a draft until it is saved (hooks::draft).
    let municipality = use_draft(
        "leitbild/gemeinde".to_owned(),
        &props.agenda.municipality().to_owned(),
    );
    let vision = use_draft(
        "leitbild/text".to_owned(),
        &props.agenda.vision().text().to_owned(),
    );

    let on_municipality = {
        let municipality = municipality.clone();
        Callback::from(move |e: InputEvent| {
            municipality.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_vision = {
        let vision = vision.clone();
        Callback::from(move |e: InputEvent| {
            vision.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    // Saves what differs from the agenda. Until then the typed text is a
    // draft: kept across views and reloads, marked, and can be discarded.
    let commit = {
        let municipality = municipality.clone();
        let vision = vision.clone();
        let on_action = props.on_action.clone();
        let agenda = props.agenda.clone();
        Callback::from(move |()| {
            if municipality.get() != agenda.municipality() {
                municipality.saving();
                on_action.emit(Action::SetMunicipality {
                    name: municipality.get().clone(),
                });
            }
            if vision.get() != agenda.vision().text() {
                vision.saving();
                on_action.emit(Action::SetVision {
                    text: vision.get().clone(),
                });
            }
        })
    };
    let on_submit = {
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            commit.emit(());
        })
    };
    let left = VISION_MAX_CHARS.saturating_sub(vision.get().chars().count());

    if !props.editable {
        let text = props.agenda.vision().text();
        return html! {
            <section class="vision" aria-labelledby="vision-heading">
                <h2 id="vision-heading">{ text::VISION_HEADING }</h2>
                if text.is_empty() {
                    <p class="empty">{ text::VISION_EMPTY }</p>
                } else {
                    <p class="vision-text">{ text }</p>
                }
            </section>
        };
    }
    html! {
        <section class="vision" aria-labelledby="vision-heading">
            <h2 id="vision-heading">{ text::VISION_HEADING }</h2>
            <p class="intro">{ text::VISION_INTRO }</p>
            <form onsubmit={on_submit}>
                <div class="field">
                    <label for="municipality">{ text::MUNICIPALITY_LABEL }</label>
                    <input id="municipality" type="text" value={municipality.get().clone()}
                        oninput={on_municipality} placeholder={text::MUNICIPALITY_PLACEHOLDER}
                        maxlength={MUNICIPALITY_MAX_CHARS.to_string()} autocomplete="organization" />
                </div>
                <div class="field">
                    <label for="vision-text">{ text::VISION_LABEL }</label>
                    <textarea id="vision-text" rows="3" value={vision.get().clone()} oninput={on_vision}
                        maxlength={VISION_MAX_CHARS.to_string()} aria-describedby="vision-left" />
                    <p id="vision-left" class="hint">{ text::chars_left(left) }</p>
                </div>
                { draft_notice(&municipality, "municipality-discard".into(), "municipality".into()) }
                { draft_notice(&vision, "vision-discard".into(), "vision-text".into()) }
                <div class="form-actions">
                    <button type="submit" class="primary" id="vision-save">{ text::VISION_SAVE }</button>
                </div>
            </form>
        </section>
    }
}
