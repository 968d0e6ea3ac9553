//! Who changed a part of the agenda and when: "zuletzt geändert von … am
//! …" and, folded, the part's history (see
//! [`agenda_core::replication::history`]), and who contributed for a
//! department. Plain functions: they render with their item anyway.

use agenda_core::{Agenda, Change, DepartmentId};
use yew::prelude::*;

use crate::platform::browser;
use crate::text;

/// The moment of a change in the user's time zone, in German.
fn when(change: &Change) -> String {
    let (date, hours, minutes) = browser::local_time(change.at);
    text::date_time(&date.to_german(), hours, minutes)
}

/// The last change of a part and its history; nothing when nobody
/// changed it yet. `id` names the element (tests and labels find it).
pub fn changes(id: &str, list: &[Change]) -> Html {
    let Some(last) = list.first() else {
        return Html::default();
    };
    let line = |c: &Change| {
        html! {
            <li>{ text::history_line(&when(c), &text::changed_by(&c.by, c.checked)) }</li>
        }
    };
    html! {
        <div class="changes" id={id.to_owned()}>
            <p class="last-changed">
                { text::last_changed(&text::changed_by(&last.by, last.checked), &when(last)) }
            </p>
            if list.len() > 1 {
                <details class="change-history">
                    <summary>{ text::history_summary(list.len()) }</summary>
                    <ol>{ for list.iter().map(line) }</ol>
                    <p class="hint">{ text::HISTORY_NOTE }</p>
                </details>
            }
        </div>
    }
}

/// Who contributed for a department (perspectives, cards, ideas, staff
/// survey, votes), from the history, as the council document says it;
/// nothing when nobody is recorded.
pub fn contributors_line(agenda: &Agenda, department: DepartmentId) -> Html {
    let people = agenda_core::analysis::contributors::contributors(agenda, department);
    if people.is_empty() {
        return Html::default();
    }
    let names: Vec<String> = people
        .iter()
        .map(|c| text::changed_by(&c.name, c.checked))
        .collect();
    html! { <p class="doc-meta">{ text::doc_contributors(&names.join(", ")) }</p> }
}
