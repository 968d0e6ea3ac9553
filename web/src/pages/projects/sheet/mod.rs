//! The Steckbrief of one project: its sheet, milestones, Kennzahlen, status
//! log and progress. Every change is a core action.

mod finance;

use std::sync::Arc;

use agenda_core::model::limits::{
    PROJECT_NAME_MAX_CHARS, PROJECT_TEXT_MAX_CHARS, PROJECT_TITLE_MAX_CHARS,
};
use agenda_core::numbers::{NumberError, parse_decimal, parse_euros, parse_percent};
use agenda_core::{
    Action, Agenda, Date, Funding, IndicatorId, MilestoneId, PriorityBand, Project, ProjectDraft,
    ProjectStatus,
};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::widgets::form::{input_value, select_value};

use crate::hooks::draft::use_draft;
use crate::shared::Shared;
use crate::{platform::browser, text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub project: Arc<Project>,
    pub on_action: Callback<Action>,
    pub today: Date,
    /// False when the role only reads.
    pub editable: bool,
}

#[component]
pub fn ProjectSheet(props: &Props) -> Html {
    let p = &props.project;
    let id = p.id();
    let progress = p.progress();
    html! {
        <div class="project-sheet">
            if props.editable {
                <SheetForm agenda={props.agenda.clone()} project={p.clone()} on_action={props.on_action.clone()} />
            } else {
                <SheetSummary agenda={props.agenda.clone()} project={p.clone()} on_action={props.on_action.clone()} />
            }
            <Milestones project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            <Indicators project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            <StatusLog project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            // After the plan and the status: the money (its own form).
            { finance::finance_section(&props.agenda, p, &props.on_action, props.editable) }
            if props.editable {
                <ProgressOverride project={p.clone()} on_action={props.on_action.clone()} />
                <p>
                    <button type="button" class="danger" id={format!("project-{id}-delete")}
                        onclick={let a = props.on_action.clone(); move |_| a.emit(Action::RemoveProject { id })}>
                        { text::PROJECT_DELETE }
                    </button>
                </p>
            }
            <p class="hint">{ text::progress_explained(&progress) }</p>
            <p>
                <button type="button" id={format!("project-{id}-template")}
                    onclick={let a = props.agenda.clone(); move |_| export_template(&a, id)}>
                    { text::TEMPLATE_EXPORT }
                </button>
            </p>
        </div>
    }
}

/// Downloads the project as a template for other towns.
fn export_template(agenda: &Agenda, id: agenda_core::ProjectId) {
    let Some(template) = agenda_core::formats::template::ProjectTemplate::of(agenda, id) else {
        return;
    };
    if let Ok(json) = template.to_json() {
        let name = format!("projektvorlage-{}.json", browser::slug(&template.title));
        // A failed download leaves nothing half done; the button can be pressed again.
        let _ = browser::download(&name, &json, "application/json");
    }
}

#[derive(Properties, PartialEq)]
struct PartProps {
    agenda: Shared<Agenda>,
    project: Arc<Project>,
    on_action: Callback<Action>,
}

#[component]
fn SheetSummary(props: &PartProps) -> Html {
    let s = props.project.sheet();
    let a = &props.agenda;
    let names = |ids: Vec<String>| ids.join(", ");
    html! {
        <dl class="sheet-summary">
            <dt>{ text::PROJECT_DESCRIPTION }</dt><dd>{ s.description.clone() }</dd>
            <dt>{ text::PROJECT_EFFECT }</dt><dd>{ s.effect.clone() }</dd>
            <dt>{ text::PROJECT_LEAD }</dt><dd>{ a.department(s.lead).map(|d| d.name().to_owned()).unwrap_or_default() }</dd>
            <dt>{ text::PROJECT_GUIDELINES }</dt>
            <dd>{ names(s.guidelines.iter().filter_map(|g| a.guideline(*g)).map(|g| g.title().to_owned()).collect()) }</dd>
            if !s.competences.is_empty() {
                <dt>{ text::PROJECT_COMPETENCES }</dt>
                <dd>{ names(s.competences.iter().filter_map(|c| a.competence(*c)).map(|c| c.name().to_owned()).collect()) }</dd>
            }
        </dl>
    }
}

#[component]
fn SheetForm(props: &PartProps) -> Html {
    let budget_text =
        |sheet: &ProjectDraft| sheet.budget.map(|b| b.to_string()).unwrap_or_default();
    // The Steckbrief and the budget as typed (read when saving; a budget
    // that does not parse is said so, never dropped), kept as a draft
    // until saved (hooks::draft).
    let sheet = props.project.sheet();
    // Costs, benefits and funding have their own form (finance_view): the
    // sheet's draft leaves them out, and its save keeps what is stored.
    let mut without_finance = sheet.clone();
    without_finance.costs = Default::default();
    without_finance.benefits = Default::default();
    without_finance.grants = Vec::new();
    let draft = use_draft(
        super::sheet_draft_key(props.project.id()),
        &(without_finance, budget_text(sheet)),
    );
    let budget_error = use_state(|| None::<NumberError>);
    let id = props.project.id();
    let pid = |suffix: &str| format!("project-{id}-{suffix}");
    let agenda = &props.agenda;
    let set = |change: fn(&mut ProjectDraft, String)| {
        let draft = draft.clone();
        move |value: String| {
            let mut next = draft.get().0.clone();
            change(&mut next, value);
            draft.set((next, draft.get().1.clone()));
        }
    };
    let on_text = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: InputEvent| set(input_value(&e)))
    };
    let on_area = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_select = |change: fn(&mut ProjectDraft, String)| {
        let set = set(change);
        Callback::from(move |e: Event| set(select_value(&e)))
    };
    let on_submit = {
        let draft = draft.clone();
        let on_action = props.on_action.clone();
        let budget_error = budget_error.clone();
        let stored = props.project.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_euros(&draft.get().1) {
                Ok(amount) => {
                    budget_error.set(None);
                    let mut next = draft.get().0.clone();
                    next.budget = amount;
                    let s = stored.sheet();
                    next.costs.clone_from(&s.costs);
                    next.benefits.clone_from(&s.benefits);
                    next.grants.clone_from(&s.grants);
                    draft.saving();
                    on_action.emit(Action::EditProject { id, draft: next });
                }
                Err(error) => {
                    budget_error.set(Some(error));
                    browser::focus(&format!("project-{id}-budget"));
                }
            }
        })
    };
    let d = &draft.get().0;
    let funding_key = match &d.funding {
        Funding::Open => "offen",
        Funding::Own => "eigen",
        Funding::Grant { .. } => "foerder",
        Funding::Other => "sonstige",
    };
    let band_key = |b: PriorityBand| match b {
        PriorityBand::High => "hoch",
        PriorityBand::Medium => "mittel",
        PriorityBand::Low => "niedrig",
    };

    html! {
        <form class="sheet-form" onsubmit={on_submit} novalidate=true aria-label={text::sheet_label(props.project.title())}>
            <div class="field">
                <label for={pid("title")}>{ text::PROJECT_TITLE }</label>
                <input id={pid("title")} type="text" value={d.title.clone()} oninput={on_text(|d, v| d.title = v)}
                    maxlength={PROJECT_TITLE_MAX_CHARS.to_string()} />
            </div>
            <div class="field">
                <label for={pid("description")}>{ text::PROJECT_DESCRIPTION }</label>
                <textarea id={pid("description")} rows="2" value={d.description.clone()}
                    oninput={on_area(|d, v| d.description = v)} maxlength={PROJECT_TEXT_MAX_CHARS.to_string()} />
            </div>
            <div class="field">
                <label for={pid("effect")}>{ text::PROJECT_EFFECT }</label>
                <textarea id={pid("effect")} rows="2" value={d.effect.clone()}
                    oninput={on_area(|d, v| d.effect = v)} maxlength={PROJECT_TEXT_MAX_CHARS.to_string()} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for={pid("lead")}>{ text::PROJECT_LEAD }</label>
                    <select id={pid("lead")} onchange={on_select(|d, v| if let Ok(id) = v.parse() { d.lead = id })}>
                        { for agenda.departments().iter().map(|dep| html! {
                            <option value={dep.id().to_string()} selected={dep.id() == d.lead}>{ dep.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("field")}>{ text::FIELD_OF_ACTION_LABEL }</label>
                    <select id={pid("field")} onchange={on_select(|d, v| d.field = v.parse().ok())}>
                        <option value="" selected={d.field.is_none()}>{ text::NO_FIELD }</option>
                        { for agenda.fields().iter().map(|f| html! {
                            <option value={f.id().to_string()} selected={Some(f.id()) == d.field}>{ f.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("band")}>{ text::PROJECT_BAND }</label>
                    <select id={pid("band")} onchange={on_select(|d, v| d.band = match v.as_str() {
                        "hoch" => PriorityBand::High, "niedrig" => PriorityBand::Low, _ => PriorityBand::Medium })}>
                        { for [PriorityBand::High, PriorityBand::Medium, PriorityBand::Low].into_iter().map(|b| html! {
                            <option value={band_key(b)} selected={d.band == b}>{ text::band(b) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={pid("weight")}>{ text::PROJECT_WEIGHT }</label>
                    <select id={pid("weight")} onchange={on_select(|d, v| d.weight = v.parse().unwrap_or(1))}>
                        { for (1..=10_u32).map(|w| html! { <option value={w.to_string()} selected={d.weight == w}>{ w }</option> }) }
                    </select>
                </div>
            </div>
            <fieldset class="checkboxes">
                <legend>{ text::PROJECT_GUIDELINES }</legend>
                { for agenda.guidelines().iter().map(|g| {
                    let gid = g.id();
                    let cid = format!("project-{id}-gl-{gid}");
                    let draft = draft.clone();
                    let on_change = Callback::from(move |e: Event| {
                        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = draft.get().0.clone();
                        next.guidelines.retain(|x| *x != gid);
                        if checked { next.guidelines.push(gid); }
                        draft.set((next, draft.get().1.clone()));
                    });
                    html! {
                        <label for={cid.clone()} class="checkbox">
                            <input type="checkbox" id={cid} checked={d.guidelines.contains(&gid)} onchange={on_change} />
                            { g.title() }
                        </label>
                    }
                }) }
                if d.guidelines.is_empty() {
                    <p class="field-error">{ text::NO_STRATEGIC_LINK }</p>
                }
            </fieldset>
            <fieldset class="checkboxes">
                <legend>{ text::PROJECT_PARTICIPANTS }</legend>
                { for agenda.departments().iter().filter(|dep| dep.id() != d.lead).map(|dep| {
                    let did = dep.id();
                    let cid = format!("project-{id}-dept-{did}");
                    let draft = draft.clone();
                    let on_change = Callback::from(move |e: Event| {
                        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = draft.get().0.clone();
                        next.participants.retain(|x| *x != did);
                        if checked { next.participants.push(did); }
                        draft.set((next, draft.get().1.clone()));
                    });
                    html! {
                        <label for={cid.clone()} class="checkbox">
                            <input type="checkbox" id={cid} checked={d.participants.contains(&did)} onchange={on_change} />
                            { dep.name() }
                        </label>
                    }
                }) }
            </fieldset>
            if !agenda.perspectives().is_empty() {
                <details class="checkboxes">
                    <summary>{ text::PROJECT_PERSPECTIVES }</summary>
                    { for agenda.perspectives().iter().map(|pe| {
                        let peid = pe.id();
                        let cid = format!("project-{id}-persp-{peid}");
                        let draft = draft.clone();
                        let on_change = Callback::from(move |e: Event| {
                            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next = draft.get().0.clone();
                            next.perspectives.retain(|x| *x != peid);
                            if checked { next.perspectives.push(peid); }
                            draft.set((next, draft.get().1.clone()));
                        });
                        let dept = agenda.department(pe.department()).map(|x| x.label().to_owned()).unwrap_or_default();
                        html! {
                            <label for={cid.clone()} class="checkbox">
                                <input type="checkbox" id={cid} checked={d.perspectives.contains(&peid)} onchange={on_change} />
                                { format!("{dept}: {}", pe.text()) }
                            </label>
                        }
                    }) }
                </details>
            }
            if !agenda.competences().is_empty() {
                <details class="checkboxes" open={!d.competences.is_empty()}>
                    <summary>{ text::PROJECT_COMPETENCES }</summary>
                    { for agenda.competences().iter().map(|c| {
                        let kid = c.id();
                        let cid = format!("project-{id}-comp-{kid}");
                        let draft = draft.clone();
                        let on_change = Callback::from(move |e: Event| {
                            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next = draft.get().0.clone();
                            next.competences.retain(|x| *x != kid);
                            if checked { next.competences.push(kid); }
                            draft.set((next, draft.get().1.clone()));
                        });
                        html! {
                            <label for={cid.clone()} class="checkbox">
                                <input type="checkbox" id={cid} checked={d.competences.contains(&kid)} onchange={on_change} />
                                { c.name() }
                            </label>
                        }
                    }) }
                </details>
            }
            <div class="field-row">
                <div class="field">
                    <label for={pid("start")}>{ text::PROJECT_START }</label>
                    <input id={pid("start")} type="date" value={d.start.map(|x| x.to_string()).unwrap_or_default()}
                        oninput={on_text(|d, v| d.start = v.parse().ok())} />
                </div>
                <div class="field">
                    <label for={pid("end")}>{ text::PROJECT_END }</label>
                    <input id={pid("end")} type="date" value={d.end.map(|x| x.to_string()).unwrap_or_default()}
                        oninput={on_text(|d, v| d.end = v.parse().ok())} />
                </div>
                <div class="field">
                    <label for={pid("budget")}>{ text::PROJECT_BUDGET }</label>
                    <input id={pid("budget")} type="text" inputmode="numeric" size="12"
                        value={draft.get().1.clone()}
                        aria-invalid={budget_error.is_some().then_some("true")}
                        aria-describedby={budget_error.is_some().then(|| pid("budget-error"))}
                        oninput={let draft = draft.clone(); move |e: InputEvent| draft.set((draft.get().0.clone(), input_value(&e)))} />
                    if let Some(error) = *budget_error {
                        <p id={pid("budget-error")} class="field-error" role="alert">{ text::number_error(error) }</p>
                    }
                </div>
                <div class="field">
                    <label for={pid("funding")}>{ text::PROJECT_FUNDING }</label>
                    <select id={pid("funding")} onchange={on_select(|d, v| d.funding = match v.as_str() {
                        "eigen" => Funding::Own,
                        "foerder" => Funding::Grant { programme: match &d.funding { Funding::Grant { programme } => programme.clone(), _ => String::new() } },
                        "sonstige" => Funding::Other,
                        _ => Funding::Open })}>
                        <option value="offen" selected={funding_key == "offen"}>{ text::FUNDING_OPEN }</option>
                        <option value="eigen" selected={funding_key == "eigen"}>{ text::FUNDING_OWN }</option>
                        <option value="foerder" selected={funding_key == "foerder"}>{ text::FUNDING_GRANT }</option>
                        <option value="sonstige" selected={funding_key == "sonstige"}>{ text::FUNDING_OTHER }</option>
                    </select>
                </div>
                if let Funding::Grant { programme } = &d.funding {
                    <div class="field grow">
                        <label for={pid("programme")}>{ text::FUNDING_PROGRAMME }</label>
                        <input id={pid("programme")} type="text" value={programme.clone()}
                            maxlength={PROJECT_NAME_MAX_CHARS.to_string()}
                            oninput={on_text(|d, v| d.funding = Funding::Grant { programme: v })} />
                    </div>
                }
            </div>
            <div class="field">
                <label for={pid("responsible")}>{ text::PROJECT_RESPONSIBLE }</label>
                <input id={pid("responsible")} type="text" value={d.responsible.clone()}
                    maxlength={PROJECT_NAME_MAX_CHARS.to_string()} oninput={on_text(|d, v| d.responsible = v)} />
            </div>
            { crate::widgets::form::draft_notice(&draft, pid("discard")) }
            <div class="form-actions">
                <button type="submit" class="primary" id={pid("save")}>{ text::SHEET_SAVE }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct LogProps {
    project: Arc<Project>,
    on_action: Callback<Action>,
    today: Date,
    editable: bool,
}

#[component]
fn Milestones(props: &LogProps) -> Html {
    let title = use_state(String::new);
    let due = use_state(String::new);
    let project = props.project.id();
    let on_add = {
        let (title, due, on_action) = (title.clone(), due.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Ok(date) = due.parse::<Date>() {
                on_action.emit(Action::AddMilestone {
                    project,
                    id: browser::new_id(MilestoneId::from_random_bytes),
                    title: (*title).clone(),
                    due: date,
                });
                title.set(String::new());
            }
        })
    };
    let prefix = format!("project-{project}-ms");
    html! {
        <section class="milestones" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::MILESTONES }</h4>
            if props.project.milestones().is_empty() {
                <p class="empty">{ text::MILESTONES_EMPTY }</p>
            }
            <ul class="milestone-list">
                { for props.project.milestones().iter().map(|m| {
                    let mid = m.id();
                    let cid = format!("{prefix}-{mid}");
                    let overdue = !m.done() && m.due() < props.today;
                    let toggle = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |e: Event| {
                            let done = e.target_unchecked_into::<HtmlInputElement>().checked();
                            on_action.emit(Action::SetMilestoneDone { project, id: mid, done });
                        })
                    };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveMilestone { project, id: mid }))
                    };
                    html! {
                        <li class={classes!("milestone", overdue.then_some("overdue"))} id={cid.clone()} tabindex="-1">
                            <label for={format!("{cid}-done")} class="checkbox">
                                <input type="checkbox" id={format!("{cid}-done")} checked={m.done()}
                                    disabled={!props.editable} onchange={toggle} />
                                { format!("{} – {}", m.title(), m.due().to_german()) }
                            </label>
                            if overdue {
                                <span class="tag warn">{ text::OVERDUE }</span>
                            }
                            if props.editable {
                                <button type="button" class="danger small" onclick={remove}
                                    aria-label={text::delete_label(m.title())}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
            if props.editable {
                <form class="inline-form" onsubmit={on_add}>
                    <label for={format!("{prefix}-new-title")}>{ text::MILESTONE_NEW }</label>
                    <input id={format!("{prefix}-new-title")} type="text" value={(*title).clone()}
                        maxlength={PROJECT_TITLE_MAX_CHARS.to_string()}
                        oninput={let t = title.clone(); move |e: InputEvent| t.set(input_value(&e))} />
                    <label for={format!("{prefix}-new-due")}>{ text::MILESTONE_DUE }</label>
                    <input id={format!("{prefix}-new-due")} type="date" value={(*due).clone()}
                        oninput={let d = due.clone(); move |e: InputEvent| d.set(input_value(&e))} />
                    <button type="submit" id={format!("{prefix}-add")}>{ text::ADD }</button>
                </form>
            }
        </section>
    }
}

#[component]
fn Indicators(props: &LogProps) -> Html {
    let name = use_state(String::new);
    let unit = use_state(String::new);
    let baseline = use_state(String::new);
    let target = use_state(String::new);
    let project = props.project.id();
    let prefix = format!("project-{project}-ind");
    let error = use_state(|| None::<NumberError>);
    let on_add = {
        let (name, unit, baseline, target, on_action) = (
            name.clone(),
            unit.clone(),
            baseline.clone(),
            target.clone(),
            props.on_action.clone(),
        );
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match (parse_decimal(&baseline), parse_decimal(&target)) {
                (Ok(b), Ok(t)) => {
                    error.set(None);
                    on_action.emit(Action::AddIndicator {
                        project,
                        id: browser::new_id(IndicatorId::from_random_bytes),
                        name: (*name).clone(),
                        unit: (*unit).clone(),
                        baseline: b,
                        target: t,
                    });
                    name.set(String::new());
                }
                (Err(e), _) | (_, Err(e)) => error.set(Some(e)),
            }
        })
    };
    let field = |label: &'static str, key: &str, state: &UseStateHandle<String>| {
        let state = state.clone();
        let id = format!("{prefix}-new-{key}");
        html! {
            <>
                <label for={id.clone()}>{ label }</label>
                <input id={id} type="text" size="8" value={(*state).clone()}
                    oninput={move |e: InputEvent| state.set(input_value(&e))} />
            </>
        }
    };
    html! {
        <section class="indicators" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::INDICATORS }</h4>
            if props.project.indicators().is_empty() {
                <p class="empty">{ text::INDICATORS_EMPTY }</p>
            } else {
                <table class="indicator-table">
                    <thead><tr>
                        <th scope="col">{ text::INDICATOR_NAME }</th>
                        <th scope="col">{ text::INDICATOR_BASELINE }</th>
                        <th scope="col">{ text::INDICATOR_TARGET }</th>
                        <th scope="col">{ text::INDICATOR_CURRENT }</th>
                    </tr></thead>
                    <tbody>
                        { for props.project.indicators().iter().map(|i| html! {
                            <IndicatorRow project={project} indicator_id={i.id()} name={i.name().to_owned()}
                                unit={i.unit().to_owned()} baseline={i.baseline()} target={i.target()}
                                current={i.current().map(|m| (m.value(), m.date()))}
                                on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
                        }) }
                    </tbody>
                </table>
            }
            if props.editable {
                <form class="inline-form" onsubmit={on_add}>
                    { field(text::INDICATOR_NAME, "name", &name) }
                    { field(text::INDICATOR_UNIT, "unit", &unit) }
                    { field(text::INDICATOR_BASELINE, "baseline", &baseline) }
                    { field(text::INDICATOR_TARGET, "target", &target) }
                    <button type="submit" id={format!("{prefix}-add")}>{ text::ADD }</button>
                </form>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct IndicatorRowProps {
    project: agenda_core::ProjectId,
    indicator_id: IndicatorId,
    name: AttrValue,
    unit: AttrValue,
    baseline: f64,
    target: f64,
    current: Option<(f64, Date)>,
    on_action: Callback<Action>,
    today: Date,
    editable: bool,
}

#[component]
fn IndicatorRow(props: &IndicatorRowProps) -> Html {
    let value = use_state(String::new);
    let (project, id, today) = (props.project, props.indicator_id, props.today);
    let error = use_state(|| None::<NumberError>);
    let on_measure = {
        let (value, on_action, error) = (value.clone(), props.on_action.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_decimal(&value) {
                Ok(v) => {
                    error.set(None);
                    on_action.emit(Action::MeasureIndicator {
                        project,
                        id,
                        value: v,
                        date: today,
                    });
                    value.set(String::new());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let unit = &props.unit;
    let input_id = format!("ind-{id}-value");
    html! {
        <tr>
            <th scope="row">{ props.name.clone() }</th>
            <td>{ format!("{} {unit}", crate::format::number(props.baseline)) }</td>
            <td>{ format!("{} {unit}", crate::format::number(props.target)) }</td>
            <td>
                { match props.current {
                    Some((v, d)) => format!("{} {unit} ({})", crate::format::number(v), d.to_german()),
                    None => text::NO_VALUE.to_owned(),
                } }
                if props.editable {
                    <form class="inline-form" onsubmit={on_measure}>
                        <label for={input_id.clone()} class="visually-hidden">{ text::measure_label(&props.name) }</label>
                        <input id={input_id.clone()} type="text" size="6" value={(*value).clone()}
                            aria-invalid={error.is_some().then_some("true")}
                            aria-describedby={error.is_some().then(|| format!("{input_id}-error"))}
                            oninput={let v = value.clone(); move |e: InputEvent| v.set(input_value(&e))} />
                        <button type="submit" class="small">{ text::MEASURE }</button>
                    </form>
                    if let Some(e) = *error {
                        <p id={format!("{input_id}-error")} class="field-error" role="alert">{ text::number_error(e) }</p>
                    }
                }
            </td>
        </tr>
    }
}

#[component]
fn StatusLog(props: &LogProps) -> Html {
    let status = use_state(|| props.project.status());
    let note = use_state(String::new);
    let (id, today) = (props.project.id(), props.today);
    let on_submit = {
        let (status, note, on_action) = (status.clone(), note.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::SetProjectStatus {
                id,
                status: *status,
                date: today,
                note: (*note).clone(),
            });
            note.set(String::new());
        })
    };
    let prefix = format!("project-{id}-status");
    html! {
        <section class="status-log" aria-labelledby={format!("{prefix}-heading")}>
            <h4 id={format!("{prefix}-heading")}>{ text::STATUS_LOG }</h4>
            if props.editable {
                <form class="inline-form" onsubmit={on_submit}>
                    <label for={format!("{prefix}-select")}>{ text::STATUS_LABEL }</label>
                    <select id={format!("{prefix}-select")}
                        onchange={let s = status.clone(); move |e: Event| {
                            let v = select_value(&e);
                            if let Some(found) = crate::route::status_of_key(&v) { s.set(found); }
                        }}>
                        { for ProjectStatus::ALL.into_iter().map(|s| html! {
                            <option value={crate::route::status_key(s)} selected={*status == s}>{ agenda_core::vocabulary::project_status(s) }</option>
                        }) }
                    </select>
                    <label for={format!("{prefix}-note")}>{ text::STATUS_NOTE }</label>
                    <input id={format!("{prefix}-note")} type="text" value={(*note).clone()}
                        maxlength={PROJECT_TEXT_MAX_CHARS.to_string()}
                        oninput={let n = note.clone(); move |e: InputEvent| n.set(input_value(&e))} />
                    <button type="submit" id={format!("{prefix}-submit")}>{ text::STATUS_REPORT }</button>
                </form>
            }
            <ol class="update-list" reversed=true>
                { for props.project.updates().iter().rev().map(|u| html! {
                    <li>{ format!("{}: {}", u.date().to_german(), agenda_core::vocabulary::project_status(u.status())) }
                        if !u.note().is_empty() { { format!(" – {}", u.note()) } }
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OverrideProps {
    project: Arc<Project>,
    on_action: Callback<Action>,
}

#[component]
fn ProgressOverride(props: &OverrideProps) -> Html {
    let id = props.project.id();
    let manual = props.project.progress_override();
    let value = use_state(|| manual.unwrap_or(0).to_string());
    let toggle = {
        let (on_action, value) = (props.on_action.clone(), value.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let percent = on.then(|| parse_percent(&value).unwrap_or(0));
            on_action.emit(Action::SetProgressOverride { id, percent });
        })
    };
    let error = use_state(|| None::<NumberError>);
    let on_value = {
        let (on_action, value, error) = (props.on_action.clone(), value.clone(), error.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            value.set(v.clone());
            match parse_percent(&v) {
                Ok(p) => {
                    error.set(None);
                    on_action.emit(Action::SetProgressOverride {
                        id,
                        percent: Some(p),
                    });
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let prefix = format!("project-{id}-manual");
    html! {
        <div class="progress-override">
            <label for={prefix.clone()} class="checkbox">
                <input type="checkbox" id={prefix.clone()} checked={manual.is_some()} onchange={toggle} />
                { text::PROGRESS_MANUAL }
            </label>
            if manual.is_some() {
                <label for={format!("{prefix}-value")}>{ text::PROGRESS_PERCENT }</label>
                <input id={format!("{prefix}-value")} type="number" min="0" max="100" value={(*value).clone()} onchange={on_value}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| format!("{prefix}-error"))} />
                if let Some(e) = *error {
                    <p id={format!("{prefix}-error")} class="field-error" role="alert">{ text::percent_error(e) }</p>
                }
            }
        </div>
    }
}
