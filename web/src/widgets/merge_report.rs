//! What a merge did: a summary and every conflict with both values, so
//! nothing is dropped silently. Used after merging a file and after merging
//! another tab's changes.

use agenda_core::Conflict;
use yew::prelude::*;

use crate::text;

/// What a merge did, shown until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeReport {
    /// One sentence on what was taken over.
    pub summary: String,
    /// Conflicts, sorted.
    pub conflicts: Vec<Conflict>,
}

/// The summary of a merge and every conflict with both values; `id` names
/// the element (the conflict table gets `<id>-conflicts`). A plain
/// function: it has no state of its own.
pub fn merge_report_view(report: &MergeReport, id: &'static str) -> Html {
    let MergeReport { summary, conflicts } = report;
    html! {
        <div class="merge-report" {id} role="status">
            <p>{ summary }</p>
            if !conflicts.is_empty() {
                <table class="result-table conflicts" id={format!("{id}-conflicts")}>
                    <caption>{ text::conflicts_heading(conflicts.len()) }</caption>
                    <thead><tr>
                        <th scope="col">{ text::CONFLICT_WHAT }</th>
                        <th scope="col">{ text::CONFLICT_ITEM }</th>
                        <th scope="col">{ text::CONFLICT_FIELD }</th>
                        <th scope="col">{ text::CONFLICT_KEPT }</th>
                        <th scope="col">{ text::CONFLICT_OTHER }</th>
                    </tr></thead>
                    <tbody>
                        { for conflicts.iter().map(|c| html! {
                            <tr>
                                <td>{ text::conflict_kind(c.kind) }</td>
                                <td>{ text::conflict_item(&c.collection, &c.item) }</td>
                                <td>{ text::conflict_field(&c.field) }</td>
                                <td>{ &c.kept }</td>
                                <td>{ &c.other }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </div>
    }
}
