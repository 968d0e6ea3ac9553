//! The filter bar of the project lists: search and order in sight, the
//! other filters folded behind "Filter (n aktiv)", and how
//! many projects are shown ("37 von 483 Projekten", a polite live region).
//! Every change hands a whole new filter up; the workspace keeps it in the
//! address (`crate::route`), so a filtered list can be bookmarked.

use agenda_core::Agenda;
use agenda_core::ProjectStatus;
use agenda_core::analysis::project_filter::ProjectFilter;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::route::{BAND_KEYS, SORT_KEYS, band_key, band_of, sort_key, sort_of};
use crate::shared::Shared;
use crate::text;

/// What the filter bar shows and whom it tells.
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub filter: ProjectFilter,
    pub on_change: Callback<ProjectFilter>,
    /// How many projects the filter finds.
    pub found: usize,
}

/// A change to one part of the filter, from the value of a control.
type Change = fn(&mut ProjectFilter, String);

/// The bar; a plain function (it has no state of its own), so it costs
/// no component in the download.
pub fn filter_bar(props: &Props) -> Html {
    let f = &props.filter;
    let agenda = &props.agenda;
    let change = |apply: Change| {
        let (filter, on_change) = (props.filter.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = filter.clone();
            apply(&mut next, value);
            on_change.emit(next);
        })
    };
    let on_select = |apply: Change| {
        change(apply).reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value())
    };
    let on_check = |apply: Change| {
        change(apply).reform(|e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if on { "ja" } else { "" }.to_owned()
        })
    };
    let on_search = change(|f, v| f.text = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let reset = {
        let (sort, on_change) = (props.filter.sort, props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            on_change.emit(ProjectFilter {
                sort,
                ..ProjectFilter::default()
            });
        })
    };
    let choice = |id, label, chosen, options, apply| {
        choice_after(
            text::FILTER_ALL,
            id,
            label,
            chosen,
            options,
            on_select(apply),
        )
    };
    let id_text = |id: Option<String>| id.unwrap_or_default();
    let departments: Vec<(String, String)> = agenda
        .departments()
        .iter()
        .map(|d| (d.id().to_string(), d.name().to_owned()))
        .collect();
    let total = agenda.projects().len();
    let active = f.criteria();
    html! {
        <div class="filter-bar" role="search" aria-label={text::FILTER_LABEL}>
            <div class="field-row">
                <div class="field grow">
                    <label for="filter-text">{ text::FILTER_SEARCH }</label>
                    <input id="filter-text" type="search" value={f.text.clone()} oninput={on_search}
                        aria-describedby="filter-count" />
                </div>
                { choice_after(text::SORT_LISTED, "filter-sort", text::FILTER_SORT, sort_key(f.sort).to_owned(),
                    SORT_KEYS.iter().skip(1).map(|(s, k)| ((*k).to_owned(), text::sort_name(*s).to_owned())).collect(),
                    on_select(|f, v| f.sort = sort_of(&v))) }
            </div>
            // Folded until asked for; the summary counts what is active.
            // The browser keeps it open or closed: clearing the last filter
            // from inside must not fold it away under the keyboard.
            <details class="filter-more" id="filter-more">
                <summary id="filter-more-summary">{ text::filters_active(active) }</summary>
                <div class="field-row">
                    { choice("filter-status", text::FILTER_STATUS, f.status.map(|s| crate::route::status_key(s).to_owned()).unwrap_or_default(),
                        ProjectStatus::ALL.into_iter().map(|s| (crate::route::status_key(s).to_owned(), agenda_core::vocabulary::project_status(s).to_owned())).collect(),
                        |f, v| f.status = crate::route::status_of_key(&v)) }
                    { choice("filter-lead", text::FILTER_LEAD, id_text(f.lead.map(|d| d.to_string())), departments.clone(),
                        |f, v| f.lead = v.parse().ok()) }
                    { choice("filter-participant", text::FILTER_PARTICIPANT, id_text(f.participant.map(|d| d.to_string())), departments,
                        |f, v| f.participant = v.parse().ok()) }
                    { choice("filter-guideline", text::FILTER_GUIDELINE, id_text(f.guideline.map(|g| g.to_string())),
                        agenda.guidelines().iter().map(|g| (g.id().to_string(), g.title().to_owned())).collect(),
                        |f, v| f.guideline = v.parse().ok()) }
                    { choice("filter-field", text::FIELD_OF_ACTION_LABEL, id_text(f.field.map(|x| x.to_string())),
                        agenda.fields().iter().map(|x| (x.id().to_string(), x.name().to_owned())).collect(),
                        |f, v| f.field = v.parse().ok()) }
                    { choice("filter-band", text::PROJECT_BAND, f.band.map(|b| band_key(b).to_owned()).unwrap_or_default(),
                        BAND_KEYS.iter().map(|(b, k)| ((*k).to_owned(), text::band(*b).to_owned())).collect(),
                        |f, v| f.band = band_of(&v)) }
                    { choice("filter-stale", text::FILTER_STALE, f.stale_days.map(|d| d.to_string()).unwrap_or_default(),
                        STALE_DAYS.into_iter().map(|d| (d.to_string(), text::filter_stale_days(d))).collect(),
                        |f, v| f.stale_days = v.parse().ok()) }
                </div>
                <div class="filter-flags">
                    <label for="filter-overdue" class="checkbox">
                        <input type="checkbox" id="filter-overdue" checked={f.overdue} onchange={on_check(|f, v| f.overdue = !v.is_empty())} />
                        { text::FILTER_OVERDUE }
                    </label>
                    <label for="filter-unlinked" class="checkbox">
                        <input type="checkbox" id="filter-unlinked" checked={f.without_guideline}
                            onchange={on_check(|f, v| f.without_guideline = !v.is_empty())} />
                        { text::NO_STRATEGIC_LINK_BADGE }
                    </label>
                </div>
            </details>
            <div class="filter-foot">
                <p id="filter-count" class="filter-count" role="status">{ text::projects_found(props.found, total) }</p>
                if f.narrows() {
                    <button type="button" id="filter-reset" onclick={reset}>{ text::FILTER_RESET }</button>
                }
            </div>
        </div>
    }
}

/// A labelled choice among `options` (value, label) after `first`
/// (value ""), one function for every select of the bar.
fn choice_after(
    first: &'static str,
    id: &'static str,
    label: &'static str,
    chosen: String,
    options: Vec<(String, String)>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                <option value="" selected={chosen.is_empty()}>{ first }</option>
                { for options.into_iter().map(|(value, name)| {
                    let selected = value == chosen;
                    html! { <option {selected} {value}>{ name }</option> }
                }) }
            </select>
        </div>
    }
}

/// The choices of "ohne Aktualisierung seit".
const STALE_DAYS: [u32; 4] = [30, 90, 180, 365];
