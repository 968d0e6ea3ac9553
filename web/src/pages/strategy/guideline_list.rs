//! The ordered list of Leitplanken with everything leadership does to them:
//! add, edit, adopt, reorder (buttons, so it works with the keyboard and
//! screen readers, not drag only) and delete. Keyboard focus follows the
//! item that was moved or edited.

use std::sync::Arc;

use agenda_core::analysis::strategy_check::Rule;
use agenda_core::rights::Part;
use agenda_core::{
    Action, Agenda, DepartmentId, Guideline, GuidelineDraft, GuidelineId, GuidelineStatus,
    ProjectId,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::guideline_form::{self, GuidelineForm};
use crate::hooks::draft;
use crate::shared::Shared;
use crate::widgets::changes::changes;
use crate::{platform::browser, text};

pub use crate::pages::RoleProps as Props;

/// Element id of a control of one Leitplanke, e.g. `gl-<uuid>-up`.
pub fn control_id(id: GuidelineId, control: &str) -> String {
    format!("gl-{id}-{control}")
}

#[component]
pub fn GuidelineList(props: &Props) -> Html {
    // A Leitplanke left in the middle of an edit opens with its draft.
    let editing = use_state(|| {
        props
            .agenda
            .guidelines()
            .iter()
            .map(|g| g.id())
            .find(|id| draft::is_kept(&guideline_form::draft_key(&control_id(*id, "form"))))
    });
    // Where keyboard focus goes after the next render; no re-render of its own.
    let pending_focus = use_mut_ref(|| None::<(String, String)>);

    {
        let pending_focus = pending_focus.clone();
        use_effect_with((props.agenda.clone(), *editing), move |_| {
            if let Some((first, fallback)) = pending_focus.borrow_mut().take() {
                browser::focus_enabled_or(&first, &fallback);
            }
        });
    }

    let guidelines = props.agenda.guidelines();
    let total = guidelines.len();
    let items = guidelines.iter().enumerate().map(|(index, guideline)| {
        let id = guideline.id();
        // Only a role that may reword this Leitplanke sees its form (a
        // draft kept from another role waits for that role).
        let may_edit = props.role.drafts_guidelines()
            && (props.role.decides_strategy() || guideline.status() != GuidelineStatus::Adopted);
        if *editing == Some(id) && may_edit {
            let on_submit = {
                let on_action = props.on_action.clone();
                let editing = editing.clone();
                let pending_focus = pending_focus.clone();
                Callback::from(move |draft: GuidelineDraft| {
                    on_action.emit(Action::EditGuideline { id, draft });
                    *pending_focus.borrow_mut() =
                        Some((control_id(id, "edit"), control_id(id, "edit")));
                    editing.set(None);
                })
            };
            let on_cancel = {
                let editing = editing.clone();
                let pending_focus = pending_focus.clone();
                Callback::from(move |()| {
                    *pending_focus.borrow_mut() =
                        Some((control_id(id, "edit"), control_id(id, "edit")));
                    editing.set(None);
                })
            };
            let initial = GuidelineDraft {
                title: guideline.title().to_owned(),
                description: guideline.description().to_owned(),
                rationale: guideline.rationale().to_owned(),
            };
            html! {
                <li key={id.to_string()} class="guideline editing" id={control_id(id, "item")}>
                    <GuidelineForm
                        id_prefix={control_id(id, "form")}
                        {initial}
                        submit_label={text::GUIDELINE_SAVE}
                        {on_submit}
                        on_cancel={Some(on_cancel)}
                    />
                </li>
            }
        } else {
            let start_edit = {
                let editing = editing.clone();
                let pending_focus = pending_focus.clone();
                Callback::from(move |()| {
                    *pending_focus.borrow_mut() =
                        Some((control_id(id, "form-title"), control_id(id, "form-title")));
                    editing.set(Some(id));
                })
            };
            let on_move = {
                let on_action = props.on_action.clone();
                let pending_focus = pending_focus.clone();
                Callback::from(
                    move |(to, control, fallback): (usize, &'static str, &'static str)| {
                        *pending_focus.borrow_mut() =
                            Some((control_id(id, control), control_id(id, fallback)));
                        on_action.emit(Action::MoveGuideline { id, to });
                    },
                )
            };
            html! {
                { guideline_item(&ItemProps {
                    agenda: props.agenda.clone(),
                    editable: props.role.drafts_guidelines(),
                    decides: props.role.decides_strategy(),
                    converts: props.role.drafts_guidelines() && props.role.may(Part::Project, None),
                    guideline: guideline.clone(),
                    index,
                    total,
                    on_action: props.on_action.clone(),
                    on_move,
                    on_edit: start_edit,
                }) }
            }
        }
    });

    let on_add = {
        let on_action = props.on_action.clone();
        Callback::from(move |draft: GuidelineDraft| {
            on_action.emit(Action::AddGuideline {
                id: browser::new_guideline_id(),
                draft,
            });
        })
    };

    html! {
        <section class="guidelines" aria-labelledby="guidelines-heading">
            <h2 id="guidelines-heading">
                { text::GUIDELINES_HEADING }
                <span class="count">{ text::guideline_count(total) }</span>
            </h2>
            <p class="intro">{ text::GUIDELINES_INTRO }</p>
            if props.role.drafts_guidelines() && !props.role.decides_strategy() {
                <p class="hint" id="guidelines-decided-by">{ text::DECIDED_BY_LEADERSHIP }</p>
            }
            if total == 0 {
                <p class="empty">{ text::GUIDELINES_EMPTY }</p>
            } else {
                <ol class="guideline-list">{ for items }</ol>
            }
            if props.role.drafts_guidelines() {
                <section class="add-guideline" aria-labelledby="add-guideline-heading">
                    <h3 id="add-guideline-heading">{ text::GUIDELINE_ADD_HEADING }</h3>
                    <GuidelineForm
                        id_prefix="new-guideline"
                        submit_label={text::GUIDELINE_ADD}
                        on_submit={on_add}
                        reset_on_submit=true
                    />
                </section>
            }
        </section>
    }
}

/// What one Leitplanke shows. The item is a plain function (no state of
/// its own; the list is short), so it costs no component in the download.
struct ItemProps {
    agenda: Shared<Agenda>,
    editable: bool,
    /// Adopting, taking back, deleting and rewording an adopted
    /// Leitplanke: the Verwaltungsspitze's.
    decides: bool,
    /// Turning a draft into a project (the navigator: a project and the
    /// Leitplanke it replaces are both theirs to write).
    converts: bool,
    guideline: Arc<Guideline>,
    index: usize,
    total: usize,
    on_action: Callback<Action>,
    /// (target position, control to focus, fallback control)
    on_move: Callback<(usize, &'static str, &'static str)>,
    on_edit: Callback<()>,
}

fn guideline_item(props: &ItemProps) -> Html {
    let guideline = &props.guideline;
    let id = guideline.id();
    let title = guideline.title();
    let adopted = guideline.status() == GuidelineStatus::Adopted;
    let is_first = props.index == 0;
    let is_last = props.index + 1 >= props.total;
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let move_to = |to: usize, control: &'static str, fallback: &'static str| {
        let on_move = props.on_move.clone();
        Callback::from(move |_: MouseEvent| on_move.emit((to, control, fallback)))
    };
    let on_edit = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(()))
    };
    let (status_label, toggle_label, toggle_aria, next_status) = if adopted {
        (
            text::STATUS_ADOPTED,
            text::UNADOPT,
            text::unadopt_label(title),
            GuidelineStatus::Draft,
        )
    } else {
        (
            text::STATUS_DRAFT,
            text::ADOPT,
            text::adopt_label(title),
            GuidelineStatus::Adopted,
        )
    };
    let controls = props.editable && (props.decides || !adopted);
    let title_id = control_id(id, "title");
    let field_name = guideline
        .field()
        .and_then(|f| props.agenda.field(f))
        .map(|f| f.name().to_owned());
    let on_field = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            on_action.emit(Action::SetGuidelineField {
                id,
                field: value.parse().ok(),
            });
        })
    };
    let selected_field = guideline.field().map(|f| f.to_string()).unwrap_or_default();
    let findings: Vec<(Rule, String)> = props
        .agenda
        .strategy_check()
        .into_iter()
        .filter(|f| f.guideline == id)
        .map(|f| (f.rule, f.word))
        .collect();

    html! {
        <li key={id.to_string()} class={classes!("guideline", adopted.then_some("adopted"))} id={control_id(id, "item")}
            aria-labelledby={title_id.clone()}>
            <div class="guideline-head">
                <span class="position" title={text::position_label(props.index + 1, props.total)}>
                    { props.index + 1 }
                </span>
                <h3 id={title_id}>{ title }</h3>
                <span class={classes!("badge", if adopted { "badge-adopted" } else { "badge-draft" })}>
                    { status_label }
                </span>
            </div>
            if !guideline.description().is_empty() {
                <p class="description">{ guideline.description() }</p>
            }
            if !guideline.rationale().is_empty() {
                <p class="rationale">
                    <span class="label">{ text::RATIONALE_PREFIX }</span>
                    { guideline.rationale() }
                </p>
            }
            { changes(&control_id(id, "changes"), props.agenda.history().guideline(id)) }
            // An adopted Leitplanke is the Verwaltungsspitze's decision:
            // only it rewords, moves, files, converts or deletes it.
            if controls && !findings.is_empty() {
                <StrategyWarning agenda={props.agenda.clone()} guideline={id} title={title.to_owned()}
                    findings={findings.clone()} on_action={props.on_action.clone()}
                    converts={props.converts && !adopted} />
            }
            if !controls {
                if let Some(name) = field_name {
                    <p class="hint">{ text::field_value(&name) }</p>
                }
            } else {
            <div class="item-actions">
                if !props.agenda.fields().is_empty() {
                    <label for={control_id(id, "field")} class="visually-hidden">
                        { text::field_select_label(title) }
                    </label>
                    <select id={control_id(id, "field")} onchange={on_field}>
                        <option value="" selected={guideline.field().is_none()}>{ text::NO_FIELD }</option>
                        { for props.agenda.fields().iter().map(|f| html! {
                            <option value={f.id().to_string()} selected={selected_field == f.id().to_string()}>
                                { f.name() }
                            </option>
                        }) }
                    </select>
                }
                <button type="button" id={control_id(id, "up")} disabled={is_first}
                    aria-label={text::move_up_label(title)}
                    onclick={move_to(props.index.saturating_sub(1), "up", "down")}>
                    <span aria-hidden="true">{ "↑ " }</span>{ text::MOVE_UP }
                </button>
                <button type="button" id={control_id(id, "down")} disabled={is_last}
                    aria-label={text::move_down_label(title)}
                    onclick={move_to(props.index + 1, "down", "up")}>
                    <span aria-hidden="true">{ "↓ " }</span>{ text::MOVE_DOWN }
                </button>
                <button type="button" id={control_id(id, "edit")}
                    aria-label={text::edit_label(title)} onclick={on_edit}>
                    { text::EDIT }
                </button>
                if props.decides {
                    <button type="button" id={control_id(id, "status")} aria-label={toggle_aria}
                        onclick={emit(Action::SetGuidelineStatus { id, status: next_status })}>
                        { toggle_label }
                    </button>
                    <button type="button" class="danger" id={control_id(id, "delete")}
                        aria-label={text::delete_label(title)}
                        onclick={emit(Action::RemoveGuideline { id })}>
                        { text::DELETE }
                    </button>
                }
            </div>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct WarningProps {
    agenda: Shared<Agenda>,
    guideline: GuidelineId,
    title: AttrValue,
    findings: Vec<(Rule, String)>,
    on_action: Callback<Action>,
    /// Whether this role may turn it into a project.
    converts: bool,
}

/// The Strategie-Check's note on a Leitplanke that reads like a project,
/// with the offer to turn it into a project serving another Leitplanke.
#[component]
fn StrategyWarning(props: &WarningProps) -> Html {
    let converting = use_state(|| false);
    let id = props.guideline;
    let others: Vec<&Guideline> = props
        .agenda
        .guidelines()
        .iter()
        .filter(|g| g.id() != id)
        .map(Arc::as_ref)
        .collect();
    let lead = use_state(|| props.agenda.departments().first().map(|d| d.id()));
    let serves = use_state(|| others.first().map(|g| g.id()));
    let prefix = format!("gl-{id}-convert");
    let on_submit = {
        let (lead, serves, on_action) = (lead.clone(), serves.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let (Some(lead), Some(serves)) = (*lead, *serves) {
                on_action.emit(Action::GuidelineToProject {
                    guideline: id,
                    id: browser::new_id(ProjectId::from_random_bytes),
                    lead,
                    serves,
                });
            }
        })
    };
    let selected_lead: Option<DepartmentId> = *lead;
    let selected_serves: Option<GuidelineId> = *serves;
    html! {
        <div class="check-warning" id={format!("gl-{id}-check")}>
            <p><strong>{ text::CHECK_HEADING }</strong>{ " " }{ text::check_findings(&props.findings) }</p>
            if !props.converts {
                <p class="hint">{ text::CONVERT_BY_NAVIGATOR }</p>
            } else if !*converting {
                <button type="button" id={format!("{prefix}-open")}
                    onclick={let c = converting.clone(); move |_| c.set(true)}
                    aria-label={text::convert_label(&props.title)}>{ text::CONVERT_TO_PROJECT }</button>
            } else if props.agenda.departments().is_empty() || others.is_empty() {
                <p class="hint" id={format!("{prefix}-blocked")}>
                    { text::convert_blocked(props.agenda.departments().is_empty(), others.is_empty()) }
                </p>
            } else {
                <form class="inline-form" onsubmit={on_submit}>
                    <label for={format!("{prefix}-lead")}>{ text::PROJECT_LEAD }</label>
                    <select id={format!("{prefix}-lead")}
                        onchange={let l = lead.clone(); move |e: Event| l.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok())}>
                        { for props.agenda.departments().iter().map(|d| html! {
                            <option value={d.id().to_string()} selected={Some(d.id()) == selected_lead}>{ d.name() }</option>
                        }) }
                    </select>
                    <label for={format!("{prefix}-serves")}>{ text::CONVERT_SERVES }</label>
                    <select id={format!("{prefix}-serves")}
                        onchange={let s = serves.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok())}>
                        { for others.iter().map(|g| html! {
                            <option value={g.id().to_string()} selected={Some(g.id()) == selected_serves}>{ g.title() }</option>
                        }) }
                    </select>
                    <button type="submit" class="primary" id={format!("{prefix}-submit")}>{ text::CONVERT }</button>
                </form>
            }
        </div>
    }
}
