//! The Leitbild and the municipality's name, edited in one small form.

use agenda_core::limits::{MUNICIPALITY_MAX_CHARS, VISION_MAX_CHARS};
use agenda_core::{Action, Agenda};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::shared::Shared;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The agenda whose Leitbild is edited.
    pub agenda: Shared<Agenda>,
    /// Receives the changes as core actions.
    pub on_action: Callback<Action>,
    /// False for roles that only read the strategy.
    #[prop_or(true)]
    pub editable: bool,
}

#[component]
pub fn VisionEditor(props: &Props) -> Html {
    let municipality = use_state(|| props.agenda.municipality().to_owned());
    let vision = use_state(|| props.agenda.vision().text().to_owned());

    // Follow the agenda when it changes from outside this form (undo, load).
    {
        let municipality = municipality.clone();
        let vision = vision.clone();
        use_effect_with(
            (
                props.agenda.municipality().to_owned(),
                props.agenda.vision().text().to_owned(),
            ),
            move |(m, v)| {
                municipality.set(m.clone());
                vision.set(v.clone());
            },
        );
    }

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
    // Saves what differs from the agenda; runs on submit and when a field
    // loses focus, so typed text is not lost by forgetting the button.
    let commit = {
        let municipality = municipality.clone();
        let vision = vision.clone();
        let on_action = props.on_action.clone();
        let agenda = props.agenda.clone();
        Callback::from(move |()| {
            if *municipality != agenda.municipality() {
                on_action.emit(Action::SetMunicipality {
                    name: (*municipality).clone(),
                });
            }
            if *vision != agenda.vision().text() {
                on_action.emit(Action::SetVision {
                    text: (*vision).clone(),
                });
            }
        })
    };
    let on_submit = {
        let commit = commit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            commit.emit(());
        })
    };
    let on_change = Callback::from(move |_: Event| commit.emit(()));
    let left = VISION_MAX_CHARS.saturating_sub(vision.chars().count());

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
                    <input id="municipality" type="text" value={(*municipality).clone()}
                        oninput={on_municipality} onchange={on_change.clone()} placeholder={text::MUNICIPALITY_PLACEHOLDER}
                        maxlength={MUNICIPALITY_MAX_CHARS.to_string()} autocomplete="organization" />
                </div>
                <div class="field">
                    <label for="vision-text">{ text::VISION_LABEL }</label>
                    <textarea id="vision-text" rows="3" value={(*vision).clone()} oninput={on_vision} onchange={on_change}
                        maxlength={VISION_MAX_CHARS.to_string()} aria-describedby="vision-left" />
                    <p id="vision-left" class="hint">{ text::chars_left(left) }</p>
                </div>
                <div class="form-actions">
                    <button type="submit" class="primary" id="vision-save">{ text::VISION_SAVE }</button>
                </div>
            </form>
        </section>
    }
}
