//! The projects a filter finds, for the three views that list them. The
//! folded search text of the agenda is prepared once per agenda value (and
//! only while a search is typed), so a keystroke does not fold 500
//! descriptions again.

use std::rc::Rc;
use std::sync::Arc;

use agenda_core::analysis::project_filter::{ProjectFilter, SearchIndex};
use agenda_core::{Agenda, Date, Project};
use yew::prelude::*;

use crate::shared::Shared;

/// The projects of `agenda` that `filter` finds, in its order.
#[hook]
pub fn use_found_projects(
    agenda: &Shared<Agenda>,
    filter: &ProjectFilter,
    today: Date,
) -> Vec<Arc<Project>> {
    let searching = !filter.text.trim().is_empty();
    let index = use_memo((agenda.clone(), searching), |(agenda, searching)| {
        searching.then(|| SearchIndex::new(agenda))
    });
    let index: Rc<Option<SearchIndex>> = index;
    filter
        .apply_indexed(agenda, today, (*index).as_ref())
        .into_iter()
        .cloned()
        .collect()
}
