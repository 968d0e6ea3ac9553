//! The council document's Haushalt chapter: the projects' costs, funding
//! and own share by budget year and by Handlungsfeld, summed as the view
//! "Haushalt" sums them (`kaemmerei::budget`).

use agenda_core::Agenda;
use yew::prelude::*;

use crate::text;
use crate::widgets::budget_table::{group_rows, sums_table, years_table};

/// The Haushalt overview for the council: the projects' costs, funding and
/// own share by budget year and by Handlungsfeld, as "Haushalt" shows them.
pub(super) fn budget_chapter(a: &Agenda) -> Html {
    use agenda_core::kaemmerei::budget::{self, Grouping};
    let plan = budget::budget_plan(a);
    let years = budget::per_year(&plan);
    html! {
        <section class="doc-part" id="doc-budget">
            <h2>{ text::DOC_BUDGET_CHAPTER }</h2>
            if years.is_empty() {
                <p class="empty">{ text::BUDGET_EMPTY }</p>
            } else {
                <p>{ text::DOC_BUDGET_INTRO }</p>
                <h3>{ text::BUDGET_BY_YEAR }</h3>
                { years_table("doc-budget-years", &years) }
                <h3>{ text::DOC_BUDGET_BY_FIELD }</h3>
                { sums_table("doc-budget-fields", text::DOC_BUDGET_BY_FIELD, text::FIELD_OF_ACTION_LABEL,
                    group_rows(&budget::totals(a, &plan, Grouping::Field)), None) }
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
