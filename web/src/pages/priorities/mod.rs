//! Giving priorities: leadership sets what is prioritised, how, and the
//! budget; each department places its points (remaining budget always
//! visible, overspending impossible) or puts the items in order.

use agenda_core::model::limits::MAX_BUDGET;
use agenda_core::rights::Part;
use agenda_core::{Action, Agenda, DepartmentId, ItemRef, PriorityMethod, PrioritySubject};
use yew::prelude::*;

use crate::widgets::form::select_value;

use crate::role::Role;
use crate::shared::Shared;
use crate::text;

pub use crate::pages::RoleProps as Props;

#[component]
pub fn PriorityView(props: &Props) -> Html {
    let agenda = &props.agenda;
    let chosen = use_state(|| None::<DepartmentId>);
    let department = match props.role {
        Role::Department(own) => Some(own),
        _ => chosen
            .filter(|d| agenda.department(*d).is_some())
            .or_else(|| agenda.departments().first().map(|d| d.id())),
    };
    let p = agenda.prioritisation();
    let emit = |make: fn(String) -> Option<Action>| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = make(select_value(&e)) {
                on_action.emit(action);
            }
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(select_value(&e).parse().ok()))
    };

    html! {
        <section class="priorities" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{ text::PRIORITIES_HEADING }</h2>
            <p class="intro">{ text::priorities_intro(p.subject(), p.method(), p.budget(), p.max_per_item()) }</p>
            if props.role.sets_priorities() {
                <fieldset class="settings">
                    <legend>{ text::SETTINGS_LEGEND }</legend>
                    <div class="field-row">
                        <div class="field">
                            <label for="priority-subject">{ text::SUBJECT_LABEL }</label>
                            <select id="priority-subject" onchange={emit(|v| {
                                let subject = match v.as_str() {
                                    "leitplanken" => PrioritySubject::Guidelines,
                                    "projektideen" => PrioritySubject::Ideas,
                                    _ => PrioritySubject::Fields,
                                };
                                Some(Action::SetPrioritySubject { subject })
                            })}>
                                <option value="handlungsfelder" selected={p.subject() == PrioritySubject::Fields}>{ text::SUBJECT_FIELDS }</option>
                                <option value="leitplanken" selected={p.subject() == PrioritySubject::Guidelines}>{ text::SUBJECT_GUIDELINES }</option>
                                <option value="projektideen" selected={p.subject() == PrioritySubject::Ideas}>{ text::SUBJECT_IDEAS }</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="priority-method">{ text::METHOD_LABEL }</label>
                            <select id="priority-method" onchange={emit(|v| Some(Action::SetPriorityMethod {
                                method: if v == "rangfolge" { PriorityMethod::Ranking } else { PriorityMethod::Points },
                            }))}>
                                <option value="punkte" selected={p.method() == PriorityMethod::Points}>{ text::METHOD_POINTS }</option>
                                <option value="rangfolge" selected={p.method() == PriorityMethod::Ranking}>{ text::METHOD_RANKING }</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="priority-budget">{ text::BUDGET_LABEL }</label>
                            <select id="priority-budget" onchange={emit(|v| v.parse().ok().map(|budget| Action::SetBudget { budget }))}>
                                { for (p.max_per_item()..=MAX_BUDGET.min(30)).map(|b| html! {
                                    <option value={b.to_string()} selected={p.budget() == b}>{ b }</option>
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="priority-cap">{ text::CAP_LABEL }</label>
                            <select id="priority-cap" onchange={emit(|v| v.parse().ok().map(|max| Action::SetMaxPerItem { max }))}>
                                { for (1..=p.budget().min(10)).map(|c| html! {
                                    <option value={c.to_string()} selected={p.max_per_item() == c}>{ c }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                </fieldset>
            }
            if agenda.departments().is_empty() {
                <p class="empty">{ text::NO_DEPARTMENTS_YET }</p>
            } else if agenda.priority_items().is_empty() {
                <p class="empty">{ text::NO_ITEMS_YET }</p>
            } else if !agenda.departments().iter().any(|d| props.role.may(Part::Ballot, Some(d.id()))) {
                <p class="hint" id="priorities-by">{ text::PRIORITIES_BY_DEPARTMENTS }</p>
            } else if let Some(department) = department {
                if !matches!(props.role, Role::Department(_)) {
                    <div class="field">
                        <label for="board-department">{ text::BOARD_FOR_LABEL }</label>
                        <select id="board-department" onchange={on_choose}>
                            { for agenda.departments().iter().map(|d| html! {
                                <option value={d.id().to_string()} selected={d.id() == department}>{ d.name() }</option>
                            }) }
                        </select>
                    </div>
                }
                if p.method() == PriorityMethod::Points {
                    { points_board(&BoardProps { agenda: props.agenda.clone(), on_action: props.on_action.clone(), department }) }
                } else {
                    { ranking_board(&BoardProps { agenda: props.agenda.clone(), on_action: props.on_action.clone(), department }) }
                }
            }
        </section>
    }
}

/// What a department's board needs. The boards are plain functions (no
/// state of their own), so they cost no component in the download.
struct BoardProps {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    department: DepartmentId,
}

fn points_board(props: &BoardProps) -> Html {
    let agenda = &props.agenda;
    let p = agenda.prioritisation();
    let department = props.department;
    let name = department_name(agenda, department);
    let spent = p.spent(department, p.subject());
    let remaining = p.budget().saturating_sub(spent);
    let items = agenda.priority_items();
    let set = |item: ItemRef, points: u32| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetPoints {
                department,
                item,
                points,
            });
        })
    };
    html! {
        <div class="board points-board">
            <h3>{ text::board_heading(&name) }</h3>
            <p class="budget" aria-live="polite" id="budget-left">{ text::points_left(remaining, p.budget()) }</p>
            // Fewer items than the budget needs: say so, or the last
            // points look like a task that cannot be finished.
            if let Some(most) = Some(p.max_per_item().saturating_mul(u32::try_from(items.len()).unwrap_or(u32::MAX))).filter(|m| *m < p.budget()) {
                <p class="hint" id="budget-most">{ text::points_most(most) }</p>
            }
            <ul class="point-rows">
                { for items.into_iter().enumerate().map(|(n, item)| {
                    let title = agenda.item_name(item).unwrap_or_default().to_owned();
                    let points = p.points(department, item);
                    let can_add = points < p.max_per_item() && remaining > 0;
                    html! {
                        <li class="point-row" id={format!("points-row-{n}")}>
                            <span class="item-name">{ title.clone() }</span>
                            <span class="dots" aria-hidden="true">
                                { for (0..p.max_per_item()).map(|i| html! {
                                    <span class={if i < points { "dot on" } else { "dot" }}>{ if i < points { "●" } else { "○" } }</span>
                                }) }
                            </span>
                            <span class="point-value">{ text::points_value(points) }</span>
                            <button type="button" disabled={points == 0} onclick={set(item, points.saturating_sub(1))}
                                aria-label={text::less_points_label(&title)}>{ "−" }</button>
                            <button type="button" disabled={!can_add} onclick={set(item, points + 1)}
                                aria-label={text::more_points_label(&title)}>{ "+" }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

fn ranking_board(props: &BoardProps) -> Html {
    let agenda = &props.agenda;
    let p = agenda.prioritisation();
    let department = props.department;
    let name = department_name(agenda, department);
    let ranked = p
        .ranking(department, p.subject())
        .map(|r| r.order().to_vec());
    let order = agenda.completed_ranking(department);
    let set_order = |new_order: Vec<ItemRef>| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetRanking {
                department,
                order: new_order.clone(),
            });
        })
    };
    let swapped = |a: usize, b: usize| {
        let mut next = order.clone();
        next.swap(a, b);
        next
    };
    html! {
        <div class="board ranking-board">
            <h3>{ text::board_heading(&name) }</h3>
            if ranked.is_none() {
                <p class="hint">{ text::RANKING_NOT_SET }</p>
                <button type="button" class="primary" id="ranking-accept" onclick={set_order(order.clone())}>
                    { text::RANKING_ACCEPT }
                </button>
            }
            <ol class="ranking">
                { for order.iter().enumerate().map(|(n, item)| {
                    let title = agenda.item_name(*item).unwrap_or_default().to_owned();
                    html! {
                        <li class="rank-row">
                            <span class="item-name">{ title.clone() }</span>
                            <button type="button" disabled={n == 0} onclick={set_order(swapped(n, n.saturating_sub(1)))}
                                aria-label={text::move_up_label(&title)}>{ "↑" }</button>
                            <button type="button" disabled={n + 1 >= order.len()} onclick={set_order(swapped(n, (n + 1).min(order.len().saturating_sub(1))))}
                                aria-label={text::move_down_label(&title)}>{ "↓" }</button>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

/// The name of `department` ("" if it is gone).
fn department_name(agenda: &Agenda, department: DepartmentId) -> String {
    agenda
        .department(department)
        .map(|d| d.name().to_owned())
        .unwrap_or_default()
}
