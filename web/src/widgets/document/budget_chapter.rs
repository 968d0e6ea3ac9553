//! The council document's Haushalt chapter: the projects' costs, funding
//! and own share by budget year and by Handlungsfeld, summed as the view
//! "Haushalt" sums them (`kaemmerei::budget`).

use agenda_core::Agenda;
use yew::prelude::*;

use crate::text;
use crate::widgets::budget_table::sums_table;

/// The Haushalt overview for the council: the projects' costs, funding and
/// own share by budget year and by Handlungsfeld, as "Haushalt" shows them.
pub(super) fn budget_chapter(a: &Agenda) -> Html {
    use agenda_core::kaemmerei::budget::{self, Grouping, Sums};
    let plan = budget::budget_plan(a);
    let years = budget::per_year(&plan);
    let mut total = Sums::default();
    for s in years.values() {
        total.add(s);
    }
    html! {
        <section class="doc-part" id="doc-budget">
            <h2>{ text::DOC_BUDGET_CHAPTER }</h2>
            if years.is_empty() {
                <p class="empty">{ text::BUDGET_EMPTY }</p>
            } else {
                <p>{ text::DOC_BUDGET_INTRO }</p>
                <h3>{ text::BUDGET_BY_YEAR }</h3>
                { sums_table("doc-budget-years", text::BUDGET_BY_YEAR, text::BUDGET_YEAR,
                    years.iter().map(|(year, s)| (year.to_string(), *s)).collect(), Some(total)) }
                <h3>{ text::DOC_BUDGET_BY_FIELD }</h3>
                { sums_table("doc-budget-fields", text::DOC_BUDGET_BY_FIELD, text::FIELD_OF_ACTION_LABEL,
                    budget::totals(a, &plan, Grouping::Field).into_iter().map(|g| {
                        (if g.name.is_empty() { text::BUDGET_NONE.to_owned() } else { g.name }, g.total)
                    }).collect(), None) }
            }
            if !plan.without_year.is_empty() {
                <p>{ text::BUDGET_WITHOUT_YEAR }{ " " }
                    { plan.without_year.iter().filter_map(|id| a.project(*id)).map(|p| p.title().to_owned()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            <p class="hint">{ text::rates_used(a.finance()) }</p>
        </section>
    }
}
