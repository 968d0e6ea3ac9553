//! The workshop capture board (post-its and flipcharts): anyone types short
//! cards fast, Enter adds the next one. Afterwards each card is sorted into
//! Leitplanke, perspective of a department, project idea, or discarded. The
//! board is part of the agenda, so a reload in the middle loses nothing.

use std::sync::Arc;

use agenda_core::model::limits::CARD_TEXT_MAX_CHARS;
use agenda_core::rights::Part;
use agenda_core::{
    Action, Agenda, Card, CardId, DepartmentId, GuidelineId, IdeaId, PerspectiveId,
    PerspectiveKind, ProjectId, SortTarget,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::widgets::form::select_value;

use crate::role::Role;
use crate::shared::Shared;
use crate::{platform::browser, text};

pub use crate::pages::RoleProps as Props;

/// The page; a plain function (no state of its own), so it costs no
/// component in the download.
pub fn workshop_view(props: &Props) -> Html {
    let agenda = &props.agenda;
    let default_department = match props.role {
        Role::Department(id) => Some(id),
        _ => None,
    };
    html! {
        <section class="workshop" aria-labelledby="workshop-heading">
            <h2 id="workshop-heading">{ text::WORKSHOP_HEADING }</h2>
            <p class="intro">{ text::WORKSHOP_INTRO }</p>
            if props.role.may(Part::CardOrder, None) {
                <CardCapture agenda={props.agenda.clone()} on_action={props.on_action.clone()}
                    {default_department} role={props.role} />
            } else {
                <p class="hint" id="card-capture-by">{ text::CARDS_BY }</p>
            }
            <h3 id="board-heading">{ text::cards_on_board(agenda.workshop().len()) }</h3>
            if agenda.workshop().is_empty() {
                <p class="empty">{ text::WORKSHOP_EMPTY }</p>
            } else {
                <ul class="card-board" aria-labelledby="board-heading">
                    { for agenda.workshop().iter().map(|card| html! {
                        <CardItem key={card.id().to_string()} agenda={props.agenda.clone()}
                            card={card.clone()} on_action={props.on_action.clone()}
                            sorts={props.role.sorts_cards()} />
                    }) }
                </ul>
            }
            <h3 id="ideas-heading">{ text::IDEAS_HEADING }</h3>
            if agenda.ideas().is_empty() {
                <p class="empty">{ text::IDEAS_EMPTY }</p>
            } else {
                <ul class="idea-list" aria-labelledby="ideas-heading">
                    { for agenda.ideas().iter().map(|idea| {
                        let id = idea.id();
                        let remove = {
                            let on_action = props.on_action.clone();
                            Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveIdea { id }))
                        };
                        let department = idea.department().and_then(|d| agenda.department(d)).map(|d| d.label().to_owned());
                        html! {
                            <li key={id.to_string()} class="idea">
                                <span>{ idea.title() }</span>
                                if let Some(department) = department {
                                    <span class="tag">{ department }</span>
                                }
                                if props.role.may(Part::Idea, idea.department()) {
                                    if let Some(lead) = idea.department().or_else(|| agenda.departments().first().map(|d| d.id())) {
                                        <button type="button" id={format!("idea-{id}-project")}
                                            aria-label={text::idea_to_project_label(idea.title())}
                                            onclick={let a = props.on_action.clone(); move |_| a.emit(Action::ProjectFromIdea {
                                                idea: id, id: browser::new_id(ProjectId::from_random_bytes), lead, guidelines: Vec::new() })}>
                                            { text::TO_PROJECT }
                                        </button>
                                    }
                                    <button type="button" class="danger" onclick={remove}
                                        aria-label={text::delete_label(idea.title())}>{ text::DELETE }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CaptureProps {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    default_department: Option<DepartmentId>,
    /// Offers only the Fachbereiche (and "none") this role may write for.
    role: Role,
}

/// Fast entry: type, Enter, type the next. The department choice stays.
#[component]
fn CardCapture(props: &CaptureProps) -> Html {
    let value = use_state(String::new);
    let department = use_state(|| props.default_department);
    let input_ref = use_node_ref();
    let on_input = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_department = chosen_department(&department);
    let on_submit = {
        let value = value.clone();
        let department = department.clone();
        let on_action = props.on_action.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !value.trim().is_empty() {
                on_action.emit(Action::AddCard {
                    id: browser::new_id(CardId::from_random_bytes),
                    text: (*value).clone(),
                    department: *department,
                });
                value.set(String::new());
            }
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };
    let selected = department.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <form class="card-capture" onsubmit={on_submit} novalidate=true>
            <div class="field-row">
                <div class="field grow">
                    <label for="card-text">{ text::CARD_TEXT_LABEL }</label>
                    <input id="card-text" ref={input_ref} type="text" value={(*value).clone()}
                        oninput={on_input} maxlength={CARD_TEXT_MAX_CHARS.to_string()} autocomplete="off"
                        aria-describedby="card-text-hint" />
                    <p id="card-text-hint" class="hint">{ text::CARD_TEXT_HINT }</p>
                </div>
                <div class="field">
                    <label for="card-department">{ text::DEPARTMENT_OPTIONAL_LABEL }</label>
                    <select id="card-department" onchange={on_department}>
                        if props.role.may(Part::Card, None) {
                            <option value="" selected={department.is_none()}>{ text::NONE_CHOSEN }</option>
                        }
                        { for props.agenda.departments().iter().filter(|d| props.role.may(Part::Card, Some(d.id()))).map(|d| html! {
                            <option value={d.id().to_string()} selected={selected == d.id().to_string()}>{ d.name() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <button type="submit" class="primary" id="card-add">{ text::CARD_ADD }</button>
        </form>
    }
}

/// Where the sorting controls of one card currently point.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Destination {
    Guideline,
    Perspective,
    Idea,
    Discard,
}

impl Destination {
    const ALL: [Self; 4] = [
        Self::Guideline,
        Self::Perspective,
        Self::Idea,
        Self::Discard,
    ];

    fn key(self) -> &'static str {
        match self {
            Self::Guideline => "leitplanke",
            Self::Perspective => "perspektive",
            Self::Idea => "projektidee",
            Self::Discard => "verwerfen",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Guideline => text::SORT_TO_GUIDELINE,
            Self::Perspective => text::SORT_TO_PERSPECTIVE,
            Self::Idea => text::SORT_TO_IDEA,
            Self::Discard => text::SORT_DISCARD,
        }
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    agenda: Shared<Agenda>,
    card: Arc<Card>,
    on_action: Callback<Action>,
    sorts: bool,
}

#[component]
fn CardItem(props: &CardProps) -> Html {
    let destination = use_state(|| Destination::Guideline);
    let department = use_state(|| props.card.department());
    let kind = use_state(PerspectiveKind::default);
    let card = &props.card;
    let id = card.id();
    let prefix = format!("card-{id}");
    let department_label = card
        .department()
        .and_then(|d| props.agenda.department(d))
        .map(|d| d.label().to_owned());

    let on_destination = {
        let destination = destination.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(d) = Destination::ALL.into_iter().find(|d| d.key() == value) {
                destination.set(d);
            }
        })
    };
    let on_department = chosen_department(&department);
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            kind.set(
                PerspectiveKind::ALL
                    .into_iter()
                    .find(|k| crate::route::kind_key(*k) == value)
                    .unwrap_or_default(),
            );
        })
    };
    let needs_department = *destination == Destination::Perspective && department.is_none();
    let on_sort = {
        let on_action = props.on_action.clone();
        let destination = *destination;
        let department = *department;
        let kind = *kind;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let target = match destination {
                Destination::Guideline => SortTarget::Guideline {
                    id: browser::new_id(GuidelineId::from_random_bytes),
                },
                Destination::Perspective => {
                    let Some(department) = department else { return };
                    SortTarget::Perspective {
                        id: browser::new_id(PerspectiveId::from_random_bytes),
                        department,
                        kind,
                    }
                }
                Destination::Idea => SortTarget::ProjectIdea {
                    id: browser::new_id(IdeaId::from_random_bytes),
                },
                Destination::Discard => SortTarget::Discard,
            };
            on_action.emit(Action::SortCard { id, target });
        })
    };
    let selected_department = department.map(|d| d.to_string()).unwrap_or_default();

    html! {
        <li class="card" id={prefix.clone()}>
            <p class="card-text">{ card.text() }</p>
            if let Some(label) = department_label {
                <span class="tag">{ label }</span>
            }
            if props.sorts {
                <form class="card-sort" onsubmit={on_sort} aria-label={text::sort_card_label(card.text())}>
                    <label for={format!("{prefix}-dest")}>{ text::SORT_AS_LABEL }</label>
                    <select id={format!("{prefix}-dest")} onchange={on_destination}>
                        { for Destination::ALL.into_iter().map(|d| html! {
                            <option value={d.key()} selected={*destination == d}>{ d.label() }</option>
                        }) }
                    </select>
                    if *destination == Destination::Perspective {
                        <label for={format!("{prefix}-dept")}>{ text::DEPARTMENT_LABEL }</label>
                        <select id={format!("{prefix}-dept")} onchange={on_department}>
                            <option value="" selected={department.is_none()}>{ text::NONE_CHOSEN }</option>
                            { for props.agenda.departments().iter().map(|d| html! {
                                <option value={d.id().to_string()} selected={selected_department == d.id().to_string()}>
                                    { d.name() }
                                </option>
                            }) }
                        </select>
                        <label for={format!("{prefix}-kind")}>{ text::PERSPECTIVE_KIND_LABEL }</label>
                        <select id={format!("{prefix}-kind")} onchange={on_kind}>
                            { for PerspectiveKind::ALL.into_iter().map(|k| html! {
                                <option value={crate::route::kind_key(k)} selected={*kind == k}>{ agenda_core::vocabulary::perspective_kind(k) }</option>
                            }) }
                        </select>
                    }
                    <button type="submit" id={format!("{prefix}-sort")} disabled={needs_department}>
                        { text::SORT }
                    </button>
                    if needs_department {
                        <span class="hint">{ text::CHOOSE_DEPARTMENT }</span>
                    }
                </form>
            }
        </li>
    }
}

/// Keeps the department chosen in a select in `department`.
fn chosen_department(department: &UseStateHandle<Option<DepartmentId>>) -> Callback<Event> {
    let department = department.clone();
    Callback::from(move |e: Event| department.set(select_value(&e).parse().ok()))
}
