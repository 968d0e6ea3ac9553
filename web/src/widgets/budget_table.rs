//! The Kämmerei's table of sums (investive, konsumtive, staff time,
//! funding, own share), shown by "Haushalt" and printed in the council
//! document.

use std::collections::BTreeMap;

use agenda_core::kaemmerei::budget::{GroupTotal, Sums};
use agenda_core::kaemmerei::money::Cents;
use yew::prelude::*;

use crate::text;

/// A table of sums with a row header each and an optional total row.
pub fn sums_table(
    id: &'static str,
    label: &'static str,
    first: &str,
    rows: Vec<(String, Sums)>,
    total: Option<Sums>,
) -> Html {
    html! {
        // Scrolls sideways on narrow screens: focusable, so the keyboard can.
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">
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
            <td class="num">{ Cents(s.consumptive.0.saturating_add(s.recurring.0)).german() }</td>
            <td class="num staff">{ s.staff.german() }</td>
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
            <th scope="col">{ text::BUDGET_CONSUMPTIVE }</th>
            <th scope="col">{ text::BUDGET_STAFF }</th>
            <th scope="col">{ text::FIN_APPROVED }</th>
            <th scope="col">{ text::FIN_PENDING }</th>
            <th scope="col">{ text::FIN_OWN_SHARE }</th>
        </tr></thead>
    }
}

/// The plan by budget year, with its total row.
pub fn years_table(id: &'static str, years: &BTreeMap<i32, Sums>) -> Html {
    sums_table(
        id,
        text::BUDGET_BY_YEAR,
        text::BUDGET_YEAR,
        years
            .iter()
            .map(|(year, s)| (year.to_string(), *s))
            .collect(),
        Some(Sums::total(years.values())),
    )
}

/// Rows of totals by group; the group of what has none is named so.
pub fn group_rows(groups: &[GroupTotal]) -> Vec<(String, Sums)> {
    groups
        .iter()
        .map(|g| match g.name.as_str() {
            "" => (text::BUDGET_NONE.to_owned(), g.total),
            name => (name.to_owned(), g.total),
        })
        .collect()
}
