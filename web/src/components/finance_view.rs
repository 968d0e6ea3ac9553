//! What the Kämmerei asks: a project's costs, benefits and funding (in the
//! Steckbrief), its appraisal, the one-page argument sheet, and the
//! Haushaltsplanung across all projects. All sums come from the core
//! (`finance`, `economics`, `budget`); this module only reads the forms and
//! shows the results.

use std::sync::Arc;

use agenda_core::analysis::ranking::PriorityResult;
use agenda_core::kaemmerei::budget::{self, Grouping, Sums};
use agenda_core::kaemmerei::finance::{
    self, BenefitKind, Benefits, Costs, FinanceSettings, Grant, GrantShare, GrantStatus,
    QualitativeBenefit,
};
use agenda_core::kaemmerei::money::{Cents, parse_amount, parse_count, parse_rate};
use agenda_core::numbers::NumberError;
use agenda_core::{Action, Agenda, Date, ItemRef, Project};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::shared::Shared;
use crate::{browser, text};

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

fn amount_text(c: Cents) -> String {
    if c == Cents::ZERO {
        String::new()
    } else {
        c.to_string()
    }
}

fn count_text(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

/// One Förderprogramm as typed.
#[derive(Clone, Debug, PartialEq)]
struct GrantText {
    name: String,
    body: String,
    share: String,
    status: GrantStatus,
    deadline: String,
}

/// The form as typed: numbers stay text until saved, so a typo is shown,
/// never dropped.
#[derive(Clone, Debug, PartialEq)]
struct FormText {
    numbers: [String; 9],
    ratings: [u8; 4],
    reasons: [String; 4],
    grants: Vec<GrantText>,
}

/// The number fields: label and element id suffix, in form order.
const NUMBER_FIELDS: [(&str, &str); 9] = [
    (text::FIN_YEAR, "year"),
    (text::FIN_INVESTMENT, "investment"),
    (text::FIN_INVESTMENT_HOURS, "investment-hours"),
    (text::FIN_RECURRING, "recurring"),
    (text::FIN_RECURRING_HOURS, "recurring-hours"),
    (text::FIN_LIFE, "life"),
    (text::FIN_CASES, "cases"),
    (text::FIN_MINUTES, "minutes"),
    (text::FIN_SAVINGS, "savings"),
];

impl FormText {
    fn of(project: &Project) -> Self {
        let s = project.sheet();
        let (c, b) = (&s.costs, &s.benefits);
        let mut ratings = [0; 4];
        let mut reasons: [String; 4] = Default::default();
        for q in &b.qualitative {
            if let Some(n) = BenefitKind::ALL.iter().position(|k| *k == q.kind)
                && let (Some(r), Some(t)) = (ratings.get_mut(n), reasons.get_mut(n))
            {
                *r = q.rating;
                t.clone_from(&q.reason);
            }
        }
        Self {
            numbers: [
                c.year.map(|y| y.to_string()).unwrap_or_default(),
                amount_text(c.investment),
                count_text(c.investment_hours),
                amount_text(c.recurring),
                count_text(c.recurring_hours),
                count_text(c.life_years),
                count_text(b.cases),
                count_text(b.minutes),
                amount_text(b.savings),
            ],
            ratings,
            reasons,
            grants: s
                .grants
                .iter()
                .map(|g| GrantText {
                    name: g.name.clone(),
                    body: g.body.clone(),
                    share: text::grant_share(g.share),
                    status: g.status,
                    deadline: g.deadline.map(|d| d.to_string()).unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// The costs, benefits and grants, or the id suffix and message of the
    /// first field that does not read.
    fn read(&self) -> Result<(Costs, Benefits, Vec<Grant>), (String, String)> {
        let field = |n: usize| -> (&str, &str, &str) {
            let (label, id) = NUMBER_FIELDS.get(n).copied().unwrap_or_default();
            (label, id, self.numbers.get(n).map_or("", String::as_str))
        };
        let fail = |label: &str, id: &str, e| (id.to_owned(), text::fin_number_error(label, e));
        let count = |n: usize| {
            let (label, id, value) = field(n);
            parse_count(value).map_err(|e| fail(label, id, e))
        };
        let amount = |n: usize| {
            let (label, id, value) = field(n);
            parse_amount(value).map_err(|e| fail(label, id, e))
        };
        let year = match field(0).2.trim() {
            "" => None,
            _ => Some(
                i32::try_from(count(0)?)
                    .map_err(|_| fail(field(0).0, field(0).1, NumberError::OutOfRange))?,
            ),
        };
        let costs = Costs {
            year,
            investment: amount(1)?,
            investment_hours: count(2)?,
            recurring: amount(3)?,
            recurring_hours: count(4)?,
            life_years: count(5)?,
        };
        let qualitative = BenefitKind::ALL
            .iter()
            .zip(self.ratings.iter().zip(&self.reasons))
            .filter(|(_, (rating, _))| **rating > 0)
            .map(|(kind, (rating, reason))| QualitativeBenefit {
                kind: *kind,
                rating: *rating,
                reason: reason.clone(),
            })
            .collect();
        let benefits = Benefits {
            cases: count(6)?,
            minutes: count(7)?,
            savings: amount(8)?,
            qualitative,
        };
        let grants = self
            .grants
            .iter()
            .enumerate()
            .map(|(n, g)| {
                let share = GrantShare::parse(&g.share)
                    .map_err(|e| fail(text::FIN_GRANT_SHARE, &format!("grant-{n}-share"), e))?;
                Ok::<_, (String, String)>(Grant {
                    name: g.name.clone(),
                    body: g.body.clone(),
                    share,
                    status: g.status,
                    deadline: g.deadline.parse::<Date>().ok(),
                })
            })
            .collect::<Result<_, _>>()?;
        Ok((costs, benefits, grants))
    }
}

#[derive(Properties, PartialEq)]
pub struct FinanceProps {
    pub agenda: Shared<Agenda>,
    pub project: Arc<Project>,
    pub on_action: Callback<Action>,
    pub editable: bool,
}

/// The Steckbrief's costs, benefits and funding, with the appraisal of
/// what is saved. A function, not a component: it has no state of its own
/// (a component costs its lifecycle code in the bundle).
pub fn finance_section(
    agenda: &Shared<Agenda>,
    project: &Arc<Project>,
    on_action: &Callback<Action>,
    editable: bool,
) -> Html {
    let id = project.id();
    html! {
        <section class="finance" aria-labelledby={format!("fin-{id}-heading")}>
            <h3 id={format!("fin-{id}-heading")}>{ text::FIN_HEADING }</h3>
            if editable {
                <FinanceForm key={format!("fin-{id}")} agenda={agenda.clone()} project={project.clone()}
                    on_action={on_action.clone()} editable=true />
            }
            { appraisal_summary(agenda, project) }
            <p><a href={format!("#dokument/{id}")} id={format!("fin-{id}-arguments")}>{ text::FIN_ARGUMENTS_LINK }</a></p>
        </section>
    }
}

/// A change of the typed form by one input's value.
type Edit = dyn Fn(&mut FormText, String);

#[component]
fn FinanceForm(props: &FinanceProps) -> Html {
    let form = use_state(|| FormText::of(&props.project));
    // When the stored costs change elsewhere (undo, a merge, another tab),
    // a form without unsaved changes follows them; one with changes keeps
    // them. Just after saving, the form holds what was stored and follows.
    let base = use_mut_ref(|| (*form).clone());
    {
        let (form, base, project) = (form.clone(), base.clone(), props.project.clone());
        let s = props.project.sheet();
        let stored = (s.costs.clone(), s.benefits.clone(), s.grants.clone());
        use_effect_with(stored, move |stored| {
            let current = FormText::of(&project);
            let mut base = base.borrow_mut();
            if current != *base {
                if *form == *base || form.read().ok().as_ref() == Some(stored) {
                    form.set(current.clone());
                }
                *base = current;
            }
        });
    }
    let error = use_state(|| None::<(String, String)>);
    let id = props.project.id();
    let fid = move |suffix: &str| format!("fin-{id}-{suffix}");
    // Where the keyboard focus goes once the form is drawn again (a new
    // programme's name; after removing one, the "add" button).
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(element) = focus_next.borrow_mut().take() {
                browser::focus(&element);
            }
        });
    }
    let update = |change: Box<Edit>| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            change(&mut next, value);
            form.set(next);
        })
    };
    let on_submit = {
        let (form, error, on_action, project) = (
            form.clone(),
            error.clone(),
            props.on_action.clone(),
            props.project.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.read() {
                Ok((costs, benefits, grants)) => {
                    error.set(None);
                    let mut draft = project.sheet().clone();
                    draft.costs = costs;
                    draft.benefits = benefits;
                    draft.grants = grants;
                    on_action.emit(Action::EditProject { id, draft });
                }
                Err((field, message)) => {
                    browser::focus(&format!("fin-{id}-{field}"));
                    error.set(Some((field, message)));
                }
            }
        })
    };
    let number = |n: usize, (label, suffix): (&str, &str)| {
        let on_input = update(Box::new(move |f, v| {
            if let Some(slot) = f.numbers.get_mut(n) {
                *slot = v;
            }
        }));
        let value = form.numbers.get(n).cloned().unwrap_or_default();
        let invalid = error.as_ref().is_some_and(|(f, _)| f == suffix);
        html! {
            <div class="field">
                <label for={fid(suffix)}>{ label }</label>
                <input id={fid(suffix)} type="text" inputmode="decimal" value={value}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={invalid.then(|| fid("error"))}
                    oninput={Callback::from(move |e: InputEvent| on_input.emit(input_value(&e)))} />
            </div>
        }
    };
    let add_grant = {
        let (form, focus_next) = (form.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            next.grants.push(GrantText {
                name: String::new(),
                body: String::new(),
                share: String::new(),
                status: GrantStatus::Planned,
                deadline: String::new(),
            });
            let n = next.grants.len().saturating_sub(1);
            form.set(next);
            *focus_next.borrow_mut() = Some(format!("fin-{id}-grant-{n}-name"));
        })
    };
    html! {
        <form class="finance-form" onsubmit={on_submit} novalidate=true>
            <fieldset>
                <legend>{ text::FIN_COSTS }</legend>
                <div class="field-row">
                    { for NUMBER_FIELDS.iter().take(6).enumerate().map(|(n, f)| number(n, *f)) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ text::FIN_BENEFITS }</legend>
                <div class="field-row">
                    { for NUMBER_FIELDS.iter().enumerate().skip(6).map(|(n, f)| number(n, *f)) }
                </div>
                <p class="hint">{ text::FIN_HOURS_HINT }</p>
            </fieldset>
            <fieldset>
                <legend>{ text::FIN_QUALITATIVE }</legend>
                { for BenefitKind::ALL.iter().enumerate().map(|(n, kind)| {
                    let on_rating = update(Box::new(move |f, v| {
                        if let Some(r) = f.ratings.get_mut(n) { *r = v.parse().unwrap_or(0); }
                    }));
                    let on_reason = update(Box::new(move |f, v| {
                        if let Some(r) = f.reasons.get_mut(n) { *r = v; }
                    }));
                    let rating = form.ratings.get(n).copied().unwrap_or(0);
                    html! {
                        <div class="field-row">
                            <div class="field">
                                <label for={fid(&format!("q-{n}"))}>{ text::benefit_kind(*kind) }</label>
                                <select id={fid(&format!("q-{n}"))}
                                    onchange={Callback::from(move |e: Event| on_rating.emit(select_value(&e)))}>
                                    { for text::FIN_RATINGS.iter().zip(0_u8..).map(|(name, r)| html! {
                                        <option value={r.to_string()} selected={rating == r}>{ *name }</option>
                                    }) }
                                </select>
                            </div>
                            <div class="field wide">
                                <label for={fid(&format!("q-{n}-reason"))}>{ text::FIN_REASON }</label>
                                <input id={fid(&format!("q-{n}-reason"))} type="text" maxlength="4000"
                                    value={form.reasons.get(n).cloned().unwrap_or_default()}
                                    oninput={Callback::from(move |e: InputEvent| on_reason.emit(input_value(&e)))} />
                            </div>
                        </div>
                    }
                }) }
            </fieldset>
            <fieldset>
                <legend>{ text::FIN_GRANTS }</legend>
                { for form.grants.iter().enumerate().map(|(n, g)| grant_row(&form, &focus_next, &fid, n, g)) }
                <button type="button" id={fid("grant-add")} onclick={add_grant}>{ text::FIN_GRANT_ADD }</button>
            </fieldset>
            if let Some((_, message)) = (*error).clone() {
                <p class="field-error" id={fid("error")} role="alert">{ message }</p>
            }
            <div class="form-actions">
                <button type="submit" class="primary" id={fid("save")}>{ text::FIN_SAVE }</button>
            </div>
        </form>
    }
}

/// The inputs of one Förderprogramm.
fn grant_row(
    form: &UseStateHandle<FormText>,
    focus_next: &std::rc::Rc<std::cell::RefCell<Option<String>>>,
    fid: &dyn Fn(&str) -> String,
    n: usize,
    g: &GrantText,
) -> Html {
    let edit = |change: fn(&mut GrantText, String)| {
        let form = form.clone();
        move |value: String| {
            let mut next = (*form).clone();
            if let Some(grant) = next.grants.get_mut(n) {
                change(grant, value);
            }
            form.set(next);
        }
    };
    let text_input =
        |suffix: &str, label: &str, value: &str, change: fn(&mut GrantText, String)| {
            let set = edit(change);
            let id = fid(&format!("grant-{n}-{suffix}"));
            html! {
                <div class="field">
                    <label for={id.clone()}>{ label }</label>
                    <input id={id} type="text" maxlength="120" value={value.to_owned()}
                        oninput={Callback::from(move |e: InputEvent| set(input_value(&e)))} />
                </div>
            }
        };
    let set_status = edit(|g, v| {
        g.status = GrantStatus::ALL
            .into_iter()
            .find(|s| text::grant_status(*s) == v)
            .unwrap_or_default();
    });
    let set_deadline = edit(|g, v| g.deadline = v);
    let remove = {
        let (form, focus_next, add) = (form.clone(), focus_next.clone(), fid("grant-add"));
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            if n < next.grants.len() {
                next.grants.remove(n);
            }
            form.set(next);
            *focus_next.borrow_mut() = Some(add.clone());
        })
    };
    let status_id = fid(&format!("grant-{n}-status"));
    let deadline_id = fid(&format!("grant-{n}-deadline"));
    html! {
        <div class="field-row grant" role="group" aria-label={format!("{} {}", text::FIN_GRANT_NAME, n + 1)}>
            { text_input("name", text::FIN_GRANT_NAME, &g.name, |g, v| g.name = v) }
            { text_input("body", text::FIN_GRANT_BODY, &g.body, |g, v| g.body = v) }
            { text_input("share", text::FIN_GRANT_SHARE, &g.share, |g, v| g.share = v) }
            <div class="field">
                <label for={status_id.clone()}>{ text::FIN_GRANT_STATUS }</label>
                <select id={status_id} onchange={Callback::from(move |e: Event| set_status(select_value(&e)))}>
                    { for GrantStatus::ALL.into_iter().map(|s| html! {
                        <option value={text::grant_status(s)} selected={g.status == s}>{ text::grant_status(s) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for={deadline_id.clone()}>{ text::FIN_GRANT_DEADLINE }</label>
                <input id={deadline_id} type="date" value={g.deadline.clone()}
                    onchange={Callback::from(move |e: Event| set_deadline(e.target_unchecked_into::<HtmlInputElement>().value()))} />
            </div>
            <button type="button" class="danger" aria-label={format!("{} {}", text::FIN_GRANT_REMOVE, n + 1)}
                onclick={remove}>{ "✕" }</button>
        </div>
    }
}

/// The money of a saved Steckbrief: costs, funding, savings, payback,
/// Kapitalwert and the plain verdict.
fn appraisal_summary(agenda: &Agenda, project: &Project) -> Html {
    let s = project.sheet();
    if s.costs.is_empty() && s.benefits == Benefits::default() && s.grants.is_empty() {
        return html! { <p class="empty">{ text::FIN_EMPTY }</p> };
    }
    let settings = agenda.finance();
    let rate = settings.hourly_rate;
    let one_off = s.costs.one_off(rate);
    let funding = finance::funding(s, one_off);
    let appraisal = finance::appraise(settings, s);
    let id = project.id();
    let year = budget::budget_year(project);
    let years = match s.costs.life_years {
        0 => budget::PLANNING_YEARS,
        n => n,
    };
    html! {
        <div class="appraisal" id={format!("fin-{id}-result")}>
            <dl class="sheet-summary">
                <dt>{ text::once(year) }</dt>
                <dd>{ text::with_hours(one_off, u64::from(s.costs.investment_hours)) }</dd>
                <dt>{ text::FIN_APPROVED }</dt><dd>{ funding.approved.german() }</dd>
                if funding.pending != Cents::ZERO {
                    <dt>{ text::FIN_PENDING }</dt><dd>{ funding.pending.german() }</dd>
                }
                <dt>{ text::FIN_OWN_SHARE }</dt>
                <dd>{ agenda_core::kaemmerei::economics::own_share(one_off, funding.approved).german() }</dd>
                <dt>{ text::yearly(year, years) }</dt>
                <dd>{ text::with_hours(s.costs.yearly(rate), u64::from(s.costs.recurring_hours)) }</dd>
                <dt>{ text::FIN_YEARLY_SAVINGS }</dt>
                <dd>{ text::with_hours(s.benefits.yearly(rate), s.benefits.hours_saved()) }</dd>
                if let Some(a) = &appraisal {
                    <dt>{ text::FIN_PAYBACK }</dt>
                    <dd>{ text::payback(a.payback_year, s.costs.life_years) }</dd>
                    <dt>{ text::npv_at(settings.discount_bp) }</dt>
                    <dd>{ a.net_present_value.german() }</dd>
                }
            </dl>
            <p class="verdict"><strong>{ match &appraisal {
                Some(a) => text::verdict(a.pays_back(), &s.benefits.qualitative),
                None => text::FIN_NO_LIFE.to_owned(),
            } }</strong></p>
        </div>
    }
}

/// One A4 page "Argumente für die Kämmerei": what it costs when, what it
/// saves, which obligation or risk it answers, funding, the decision.
/// `ranking` is the agenda's prioritisation result, computed once by the
/// caller (the appendix has a sheet per project).
pub fn argument_sheet(a: &Agenda, p: &Project, ranking: &PriorityResult) -> Html {
    let s = p.sheet();
    let settings = a.finance();
    let rate = settings.hourly_rate;
    let one_off = s.costs.one_off(rate);
    let funding = finance::funding(s, one_off);
    let own = agenda_core::kaemmerei::economics::own_share(one_off, funding.approved);
    let yearly = s.costs.yearly(rate);
    let year = budget::budget_year(p);
    let ranked = ranking.items.len();
    let lead = a
        .department(s.lead)
        .map(|d| d.name().to_owned())
        .unwrap_or_default();
    html! {
        <section class="argument-sheet doc-part" id={format!("arguments-{}", p.id())}>
            <h2>{ format!("{}: {}", text::ARG_TITLE, p.title()) }</h2>
            <p class="doc-meta">{ format!("{} · {}", text::PROJECT_LEAD, lead) }
                { s.field.and_then(|f| a.field(f)).map(|f| format!(" · {}", f.name())).unwrap_or_default() }</p>
            <h3>{ text::ARG_WHAT }</h3>
            <p>{ s.description.clone() }</p>
            if !s.effect.is_empty() { <p><strong>{ text::PROJECT_EFFECT }{ ": " }</strong>{ s.effect.clone() }</p> }
            <h3>{ text::ARG_COSTS }</h3>
            { appraisal_summary(a, p) }
            <h3>{ text::ARG_WHY }</h3>
            <ul>
                { for s.benefits.qualitative.iter().map(|q| html! {
                    <li>
                        <strong>{ text::benefit_kind(q.kind) }</strong>
                        { format!(" ({})", text::FIN_RATINGS.get(usize::from(q.rating)).copied().unwrap_or_default()) }
                        if !q.reason.is_empty() { { format!(": {}", q.reason) } }
                    </li>
                }) }
                if s.benefits.qualitative.is_empty() { <li>{ text::ARG_NO_REASON }</li> }
                if let Some((place, f)) = s.field.and_then(|f| a.field(f)).and_then(|f| {
                    ranking.items.iter().find(|r| r.item == ItemRef::Field(f.id())).map(|r| (r.place, f))
                }) {
                    <li>{ text::arg_field_priority(place, ranked, f.name()) }</li>
                }
                { for s.guidelines.iter().filter_map(|g| a.guideline(*g)).map(|g| {
                    let place = ranking.items.iter().find(|r| r.item == ItemRef::Guideline(g.id())).map(|r| r.place);
                    html! { <li>{ match place {
                        Some(place) => text::arg_priority(place, ranked, g.title()),
                        None => format!("{}: „{}“", text::PROJECT_GUIDELINES, g.title()),
                    } }</li> }
                }) }
            </ul>
            <h3>{ text::ARG_FUNDING }</h3>
            if s.grants.is_empty() {
                <p>{ text::ARG_NO_FUNDING }</p>
            } else {
                <ul>{ for s.grants.iter().map(|g| html! {
                    <li>
                        { format!("{} ({}): {}, {}", g.name, g.body, text::grant_share(g.share), text::grant_status(g.status)) }
                        if let Some(d) = g.deadline { { format!(", {} {}", text::FIN_GRANT_DEADLINE, d.to_german()) } }
                    </li>
                }) }</ul>
            }
            <h3>{ text::ARG_DECISION }</h3>
            <p class="decision">{ text::arg_decision(year, own, yearly) }</p>
            <p class="hint">{ format!("{}: {} ({}); {}: {} ({})", text::BUDGET_RATE, rate.german(), settings.rate_source,
                text::BUDGET_DISCOUNT, text::basis_points(settings.discount_bp), settings.discount_source) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BudgetProps {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub editable: bool,
}

/// A table of sums with a row header each and an optional total row.
fn sums_table(
    id: &'static str,
    first: &str,
    rows: Vec<(String, Sums)>,
    total: Option<Sums>,
) -> Html {
    html! {
        <div class="table-scroll">
            <table class="doc-table" {id}>
                { sums_head(first) }
                <tbody>
                    { for rows.into_iter().map(|(name, s)| html! { <tr><th scope="row">{ name }</th>{ sums_cells(&s) }</tr> }) }
                </tbody>
                if let Some(total) = total {
                    <tfoot><tr><th scope="row">{ text::BUDGET_TOTAL }</th>{ sums_cells(&total) }</tr></tfoot>
                }
            </table>
        </div>
    }
}

fn sums_cells(s: &Sums) -> Html {
    html! {
        <>
            <td class="num">{ s.investment.german() }</td>
            <td class="num">{ s.recurring.german() }</td>
            <td class="num">{ s.approved.german() }</td>
            <td class="num">{ s.pending.german() }</td>
            <td class="num">{ s.own_share.german() }</td>
        </>
    }
}

fn sums_head(first: &str) -> Html {
    html! {
        <thead><tr>
            <th scope="col">{ first.to_owned() }</th>
            <th scope="col">{ text::BUDGET_INVESTMENT }</th>
            <th scope="col">{ text::BUDGET_RECURRING }</th>
            <th scope="col">{ text::FIN_APPROVED }</th>
            <th scope="col">{ text::FIN_PENDING }</th>
            <th scope="col">{ text::FIN_OWN_SHARE }</th>
        </tr></thead>
    }
}

/// The view "Haushalt": the town's rates, the plan by year, totals by
/// group, the CSV.
#[component]
pub fn BudgetView(props: &BudgetProps) -> Html {
    let grouping = use_state(|| Grouping::Guideline);
    let a = &props.agenda;
    let plan = budget::budget_plan(a);
    let years = budget::per_year(&plan);
    let mut total = Sums::default();
    for s in years.values() {
        total.add(s);
    }
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
                { sums_table("budget-years", text::BUDGET_YEAR,
                    years.iter().map(|(year, s)| (year.to_string(), *s)).collect(), Some(total)) }
                <h3>{ text::BUDGET_PROJECTS_IN_YEAR }</h3>
                <div class="field">
                    <label for="budget-year">{ text::BUDGET_YEAR }</label>
                    <select id="budget-year" onchange={on_year}>
                        { for years.keys().map(|y| html! {
                            <option value={y.to_string()} selected={Some(*y) == year}>{ y.to_string() }</option>
                        }) }
                    </select>
                </div>
                { sums_table("budget-projects", text::ROADMAP_PROJECT, year_lines.iter().take(shown).map(|l| {
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
                { sums_table("budget-groups", text::BUDGET_GROUPINGS.get(match *grouping {
                    Grouping::Guideline => 0, Grouping::Field => 1, Grouping::Department => 2,
                }).copied().unwrap_or_default(), groups.iter().map(|g| {
                    (if g.name.is_empty() { text::BUDGET_NONE.to_owned() } else { g.name.clone() }, g.total)
                }).collect(), None) }
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
            text::basis_points(current.discount_bp)
                .trim_end_matches(" %")
                .to_owned(),
            current.discount_source.clone(),
        ]
    });
    let error = use_state(|| None::<String>);
    if !props.editable {
        return html! {
            <p>{ format!("{}: {} ({}). {}: {} ({}).", text::BUDGET_RATE, current.hourly_rate.german(), current.rate_source,
                text::BUDGET_DISCOUNT, text::basis_points(current.discount_bp), current.discount_source) }</p>
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
