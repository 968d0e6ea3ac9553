//! One A4 page "Argumente für die Kämmerei" per project, a variant of the
//! council document.

use crate::text;
use crate::widgets::appraisal::appraisal_summary;
use agenda_core::analysis::ranking::PriorityResult;
use agenda_core::kaemmerei::budget::{self};
use agenda_core::kaemmerei::finance::{self};
use agenda_core::{Agenda, ItemRef, Project};
use yew::prelude::*;

/// One A4 page "Argumente für die Kämmerei": what it costs when, what it
/// saves, which obligation or risk it answers, funding, the decision.
/// `ranking` is the agenda's prioritisation result, computed once by the
/// caller (the appendix has a sheet per project).
pub fn argument_sheet(a: &Agenda, p: &Project, ranking: &PriorityResult) -> Html {
    let s = p.sheet();
    let settings = a.finance();
    let money = finance::money(settings, s);
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
                        { format!(" ({})", text::rating(q.rating)) }
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
                        None => text::arg_guideline(g.title()),
                    } }</li> }
                }) }
            </ul>
            <h3>{ text::ARG_FUNDING }</h3>
            if s.grants.is_empty() {
                <p>{ text::ARG_NO_FUNDING }</p>
            } else {
                <ul>{ for s.grants.iter().map(|g| html! {
                    <li>
                        { text::grant_line(g) }
                        if let Some(d) = g.deadline { { format!(", {} {}", text::FIN_GRANT_DEADLINE, d.to_german()) } }
                    </li>
                }) }</ul>
            }
            <h3>{ text::ARG_DECISION }</h3>
            <p class="decision">{ text::arg_decision(year, money.own_share, money.recurring) }</p>
            <p class="hint">{ text::rates_used(settings) }</p>
        </section>
    }
}
