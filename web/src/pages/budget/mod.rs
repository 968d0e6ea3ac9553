//! What the Kämmerei asks: a project's costs, benefits and funding (in the
//! Steckbrief), its appraisal, the one-page argument sheet, and the
//! Haushaltsplanung across all projects. All sums come from the core
//! (`finance`, `economics`, `budget`); this module only reads the forms and
//! shows the results.

use agenda_core::kaemmerei::budget::{self, Grouping};
use agenda_core::kaemmerei::finance::FinanceSettings;
use agenda_core::kaemmerei::money::{Cents, parse_rate};
use agenda_core::{Action, Agenda};
use yew::prelude::*;

use crate::widgets::budget_table::{group_rows, sums_table, years_table};
use crate::widgets::form::{input_value, select_value};

use crate::shared::Shared;
use crate::{platform::browser, text};

pub use crate::pages::EditProps as BudgetProps;

/// The view "Haushalt": the town's rates, the plan by year, totals by
/// group, the CSV.
#[component]
pub fn BudgetView(props: &BudgetProps) -> Html {
    let grouping = use_state(|| Grouping::Guideline);
    let a = &props.agenda;
    let plan = budget::budget_plan(a);
    let years = budget::per_year(&plan);
    let groups = budget::totals(a, &plan, *grouping);
    // One budget year's projects (Haushaltsjahr × Projekt): the chosen
    // year, else the first; long lists fill in over a few frames.
    let chosen_year = use_state(|| None::<i32>);
    let year = (*chosen_year)
        .filter(|y| years.contains_key(y))
        .or_else(|| years.keys().next().copied());
    let year_lines: Vec<&budget::BudgetLine> =
        plan.lines.iter().filter(|l| Some(l.year) == year).collect();
    let shown = crate::hooks::progressive::use_progressive(year_lines.len(), 0);
    let on_year = {
        let chosen_year = chosen_year.clone();
        Callback::from(move |e: Event| chosen_year.set(select_value(&e).parse().ok()))
    };
    let on_csv = {
        let a = a.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}-haushaltsplan.csv", browser::file_stem(&a));
            let _ = browser::download(&name, &budget::budget_csv(&a), "text/csv;charset=utf-8");
        })
    };
    let on_grouping = {
        let grouping = grouping.clone();
        Callback::from(move |e: Event| {
            grouping.set(match select_value(&e).as_str() {
                "feld" => Grouping::Field,
                "fb" => Grouping::Department,
                _ => Grouping::Guideline,
            });
        })
    };
    html! {
        <section class="budget-view" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{ text::BUDGET_HEADING }</h2>
            <p class="intro">{ text::BUDGET_INTRO }</p>
            <SettingsForm agenda={a.clone()} on_action={props.on_action.clone()} editable={props.editable} />
            <h3>{ text::BUDGET_BY_YEAR }</h3>
            if years.is_empty() {
                <p class="empty">{ text::BUDGET_EMPTY }</p>
            } else {
                { years_table("budget-years", &years) }
                <h3>{ text::BUDGET_PROJECTS_IN_YEAR }</h3>
                <div class="field">
                    <label for="budget-year">{ text::BUDGET_YEAR }</label>
                    <select id="budget-year" onchange={on_year}>
                        { for years.keys().map(|y| html! {
                            <option value={y.to_string()} selected={Some(*y) == year}>{ y.to_string() }</option>
                        }) }
                    </select>
                </div>
                { sums_table("budget-projects", text::BUDGET_PROJECTS_IN_YEAR, text::ROADMAP_PROJECT, year_lines.iter().take(shown).map(|l| {
                    (a.project(l.project).map(|p| p.title().to_owned()).unwrap_or_default(), l.sums)
                }).collect(), None) }
                <h3>{ text::BUDGET_BY_GROUP }</h3>
                <div class="field">
                    <label for="budget-grouping">{ text::BUDGET_GROUPING }</label>
                    <select id="budget-grouping" onchange={on_grouping}>
                        { for [("leitplanke", Grouping::Guideline), ("feld", Grouping::Field), ("fb", Grouping::Department)]
                            .into_iter().zip(text::BUDGET_GROUPINGS).map(|((key, g), name)| html! {
                                <option value={key} selected={*grouping == g}>{ name }</option>
                            }) }
                    </select>
                </div>
                { sums_table("budget-groups", text::BUDGET_BY_GROUP, text::BUDGET_GROUPINGS.get(match *grouping {
                    Grouping::Guideline => 0, Grouping::Field => 1, Grouping::Department => 2,
                }).copied().unwrap_or_default(), group_rows(&groups), None) }
                if *grouping == Grouping::Guideline {
                    <p class="hint">{ text::BUDGET_GUIDELINE_NOTE }</p>
                }
            }
            if !plan.without_year.is_empty() {
                <p class="alert">{ text::BUDGET_WITHOUT_YEAR }{ " " }
                    { plan.without_year.iter().filter_map(|id| a.project(*id)).map(|p| p.title().to_owned()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            <div class="form-actions">
                <button type="button" id="budget-csv" onclick={on_csv}>{ text::BUDGET_CSV }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SettingsProps {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    editable: bool,
}

/// The town's hourly rate and discount rate, with their sources.
#[component]
fn SettingsForm(props: &SettingsProps) -> Html {
    let current = props.agenda.finance().clone();
    let texts = use_state(|| {
        [
            current.hourly_rate.to_string(),
            current.rate_source.clone(),
            crate::format::basis_points(current.discount_bp)
                .trim_end_matches(" %")
                .to_owned(),
            current.discount_source.clone(),
        ]
    });
    let error = use_state(|| None::<String>);
    let ask = current.rate_is_default().then(
        || html! { <p class="check-warning" id="budget-rate-ask">{ text::BUDGET_RATE_ASK }</p> },
    );
    if !props.editable {
        return html! {
            <>
                { for ask }
                <p>{ format!("{}: {} ({}). {}: {} ({}).", text::BUDGET_RATE, current.hourly_rate.german(), current.rate_source,
                    text::BUDGET_DISCOUNT, crate::format::basis_points(current.discount_bp), current.discount_source) }</p>
            </>
        };
    }
    let on_submit = {
        let (texts, error, on_action) = (texts.clone(), error.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let [rate, rate_source, discount, discount_source] = (*texts).clone();
            // The rate in cents and the discount in basis points read alike:
            // a German amount with at most two decimals.
            let read = |typed: &str, label: &str, id: &str| {
                let value = parse_rate(typed);
                if let Err(e) = value {
                    error.set(Some(text::fin_number_error(label, e)));
                    browser::focus(id);
                }
                value.ok()
            };
            let Some(rate) = read(&rate, text::BUDGET_RATE, "budget-rate") else {
                return;
            };
            let Some(discount_bp) = read(&discount, text::BUDGET_DISCOUNT, "budget-discount")
            else {
                return;
            };
            let hourly_rate = Cents(i64::from(rate));
            error.set(None);
            on_action.emit(Action::SetFinance {
                settings: FinanceSettings {
                    hourly_rate,
                    rate_source,
                    discount_bp,
                    discount_source,
                },
            });
        })
    };
    let field = |n: usize, id: &'static str, label: &'static str, wide: bool| {
        let value = texts.get(n).cloned().unwrap_or_default();
        let texts = texts.clone();
        let on_input = Callback::from(move |e: InputEvent| {
            let mut next = (*texts).clone();
            if let Some(slot) = next.get_mut(n) {
                *slot = input_value(&e);
            }
            texts.set(next);
        });
        html! {
            <div class={classes!("field", wide.then_some("wide"))}>
                <label for={id}>{ label }</label>
                <input {id} type="text" maxlength="300" {value} oninput={on_input} />
            </div>
        }
    };
    html! {
        <form class="budget-settings" onsubmit={on_submit} novalidate=true>
            <fieldset>
                <legend>{ text::BUDGET_SETTINGS }</legend>
                { for ask }
                <div class="field-row">
                    { field(0, "budget-rate", text::BUDGET_RATE, false) }
                    { field(1, "budget-rate-source", text::BUDGET_RATE_SOURCE, true) }
                </div>
                <div class="field-row">
                    { field(2, "budget-discount", text::BUDGET_DISCOUNT, false) }
                    { field(3, "budget-discount-source", text::BUDGET_DISCOUNT_SOURCE, true) }
                </div>
                if let Some(message) = (*error).clone() {
                    <p class="field-error" role="alert">{ message }</p>
                }
                <button type="submit" id="budget-save">{ text::BUDGET_SAVE }</button>
            </fieldset>
        </form>
    }
}
