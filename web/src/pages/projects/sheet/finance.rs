//! The Steckbrief's section "Kosten, Nutzen und Förderung": its own form
//! (German amounts, Förderprogramme) and below it the appraisal. All sums
//! come from the core (`finance`, `economics`); this module only reads the
//! form and shows the result.

use crate::widgets::appraisal::appraisal_summary;
use agenda_core::kaemmerei::finance::{
    BenefitKind, Benefits, Costs, Grant, GrantShare, GrantStatus, QualitativeBenefit,
};
use agenda_core::kaemmerei::money::{Cents, parse_amount, parse_count};
use agenda_core::numbers::NumberError;
use agenda_core::{Action, Agenda, Date, Project};
use std::sync::Arc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::shared::Shared;
use crate::widgets::form::{input_value, select_value};
use crate::{platform::browser, text};

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
    numbers: [String; 10],
    ratings: [u8; 4],
    reasons: [String; 4],
    grants: Vec<GrantText>,
}

/// The number fields: label and element id suffix, in form order.
const NUMBER_FIELDS: [(&str, &str); 10] = [
    (text::FIN_YEAR, "year"),
    (text::FIN_INVESTMENT, "investment"),
    (text::FIN_CONSUMPTIVE, "consumptive"),
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
                amount_text(c.consumptive),
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
            consumptive: amount(2)?,
            investment_hours: count(3)?,
            recurring: amount(4)?,
            recurring_hours: count(5)?,
            life_years: count(6)?,
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
            cases: count(7)?,
            minutes: count(8)?,
            savings: amount(9)?,
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
                    { for NUMBER_FIELDS.iter().take(7).enumerate().map(|(n, f)| number(n, *f)) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ text::FIN_BENEFITS }</legend>
                <div class="field-row">
                    { for NUMBER_FIELDS.iter().enumerate().skip(7).map(|(n, f)| number(n, *f)) }
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
                                    { for (0_u8..=3).map(|r| html! {
                                        <option value={r.to_string()} selected={rating == r}>{ text::rating(r) }</option>
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
            .find(|s| agenda_core::vocabulary::grant_status(*s) == v)
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
                        <option value={agenda_core::vocabulary::grant_status(s)} selected={g.status == s}>{ agenda_core::vocabulary::grant_status(s) }</option>
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
