//! Handlungsfelder: the theme areas Leitplanken, perspectives and projects
//! are assigned to. Leadership picks from a German preset catalogue, renames
//! and removes them.

use agenda_core::model::limits::FIELD_NAME_MAX_CHARS;
use agenda_core::{Action, FieldId, content::presets};
use yew::prelude::*;

use crate::widgets::text_form::TextForm;
use crate::{platform::browser, text};

pub use crate::pages::EditProps as Props;

#[component]
pub fn FieldsView(props: &Props) -> Html {
    let renaming = use_state(|| None::<FieldId>);
    let agenda = &props.agenda;
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |name: String| {
            on_action.emit(Action::AddField {
                id: browser::new_id(FieldId::from_random_bytes),
                name,
            });
        })
    };
    let missing_presets: Vec<&str> = presets::FIELDS
        .iter()
        .copied()
        .filter(|p| !agenda.fields().iter().any(|f| f.name() == *p))
        .collect();

    let items = agenda.fields().iter().map(|field| {
        let id = field.id();
        let guidelines = agenda
            .guidelines()
            .iter()
            .filter(|g| g.field() == Some(id))
            .count();
        let perspectives = agenda
            .perspectives()
            .iter()
            .filter(|p| p.field() == Some(id))
            .count();
        let usage = text::field_usage(guidelines, perspectives);
        if *renaming == Some(id) {
            let on_submit = {
                let on_action = props.on_action.clone();
                let renaming = renaming.clone();
                Callback::from(move |name: String| {
                    on_action.emit(Action::RenameField { id, name });
                    renaming.set(None);
                })
            };
            let on_cancel = {
                let renaming = renaming.clone();
                Callback::from(move |()| renaming.set(None))
            };
            return html! {
                <li key={id.to_string()} class="field-item editing">
                    <TextForm id={format!("field-{id}-name")} label={text::FIELD_NAME_LABEL}
                        initial={field.name().to_owned()} submit_label={text::SAVE}
                        max_chars={FIELD_NAME_MAX_CHARS} {on_submit} on_cancel={Some(on_cancel)}
                        autofocus=true />
                </li>
            };
        }
        let rename = {
            let renaming = renaming.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some(id)))
        };
        let remove = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveField { id }))
        };
        html! {
            <li key={id.to_string()} class="field-item">
                <span class="field-name">{ field.name() }</span>
                <span class="hint">{ usage }</span>
                if props.editable {
                    <span class="item-actions">
                        <button type="button" onclick={rename}
                            aria-label={text::rename_label(field.name())}>{ text::RENAME }</button>
                        <button type="button" class="danger" onclick={remove}
                            aria-label={text::delete_label(field.name())}>{ text::DELETE }</button>
                    </span>
                }
            </li>
        }
    });

    html! {
        <section class="fields" aria-labelledby="fields-heading">
            <h2 id="fields-heading">{ text::FIELDS_HEADING }</h2>
            <p class="intro">{ text::FIELDS_INTRO }</p>
            if agenda.fields().is_empty() {
                <p class="empty">{ text::FIELDS_EMPTY }</p>
            } else {
                <ul class="field-list">{ for items }</ul>
            }
            if props.editable {
                <TextForm id="new-field" label={text::FIELD_ADD_LABEL} submit_label={text::ADD}
                    max_chars={FIELD_NAME_MAX_CHARS} on_submit={add.clone()} reset_on_submit=true />
                if !missing_presets.is_empty() {
                    <div class="presets" role="group" aria-labelledby="field-presets-label">
                        <p id="field-presets-label" class="hint">{ text::PRESETS_LABEL }</p>
                        { for missing_presets.into_iter().map(|name| {
                            let add = add.clone();
                            html! {
                                <button type="button" class="preset"
                                    aria-label={text::take_preset_label(name)}
                                    onclick={move |_| add.emit(name.to_owned())}>
                                    { format!("+ {name}") }
                                </button>
                            }
                        }) }
                    </div>
                }
            }
        </section>
    }
}
