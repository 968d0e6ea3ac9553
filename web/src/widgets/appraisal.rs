//! A saved Steckbrief's money at a glance (costs, funding, savings, payback,
//! Kapitalwert and the plain verdict): in the Steckbrief and on the argument
//! sheet for the Kämmerei.

use crate::text;
use agenda_core::kaemmerei::budget::{self};
use agenda_core::kaemmerei::finance::{self, Benefits};
use agenda_core::kaemmerei::money::Cents;
use agenda_core::{Agenda, Project};
use yew::prelude::*;

/// The money of a saved Steckbrief: costs, funding, savings, payback,
/// Kapitalwert and the plain verdict.
pub fn appraisal_summary(agenda: &Agenda, project: &Project) -> Html {
    let s = project.sheet();
    if s.costs.is_empty() && s.benefits == Benefits::default() && s.grants.is_empty() {
        return html! { <p class="empty">{ text::FIN_EMPTY }</p> };
    }
    let settings = agenda.finance();
    let rate = settings.hourly_rate;
    let m = finance::money(settings, s);
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
                <dd>{ m.one_off().german() }</dd>
                if m.investment != Cents::ZERO && m.consumptive != Cents::ZERO {
                    <dt class="sub">{ text::FIN_OF_WHICH_INVESTIVE }</dt><dd>{ m.investment.german() }</dd>
                    <dt class="sub">{ text::FIN_OF_WHICH_CONSUMPTIVE }</dt><dd>{ m.consumptive.german() }</dd>
                }
                <dt>{ text::FIN_APPROVED }</dt><dd>{ m.approved.german() }</dd>
                if m.pending != Cents::ZERO {
                    <dt>{ text::FIN_PENDING }</dt><dd>{ m.pending.german() }</dd>
                }
                <dt>{ text::FIN_OWN_SHARE }</dt>
                <dd>{ m.own_share.german() }</dd>
                <dt>{ text::yearly(year, years) }</dt>
                <dd>{ m.recurring.german() }</dd>
                if m.staff_once != Cents::ZERO || m.staff_yearly != Cents::ZERO {
                    <dt>{ text::FIN_STAFF }</dt>
                    <dd>{ text::staff_time(m.staff_once, s.costs.investment_hours, m.staff_yearly, s.costs.recurring_hours) }</dd>
                }
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
