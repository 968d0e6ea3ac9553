//! The roadmap: an SVG timeline of the projects by quarter, with their
//! milestones and a line for today. Black outlines and text labels keep it
//! readable when printed in black and white. In the council document it
//! is one table per year ([`RoadmapByYear`]): as wide as the page, full
//! project names, and rows that continue over pages when printed.

use agenda_core::analysis::project_filter::ProjectFilter;

use crate::widgets::roadmap_years::{dated, year_tables};
use agenda_core::{Agenda, Date};
use yew::prelude::*;

use crate::hooks::found_projects::use_found_projects;
use crate::hooks::progressive::use_progressive;
use crate::shared::Shared;
use crate::text;
use crate::widgets::filter_bar::{Props as FilterProps, filter_bar};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub today: Date,
    /// Which projects to show.
    #[prop_or_default]
    pub filter: ProjectFilter,
    /// Called with the filter the user set; without it (in the council
    /// document) there is no filter bar.
    #[prop_or_default]
    pub on_filter: Option<Callback<ProjectFilter>>,
}

const LABEL: i64 = 230;
const QUARTER: i64 = 90;
const ROW: i64 = 34;
const HEAD: i64 = 34;

/// Index of the quarter of `d` counted from year 0.
fn quarter_index(d: Date) -> i64 {
    i64::from(d.year()) * 4 + i64::from(d.quarter()) - 1
}

/// "Q3 2026" for a quarter index.
fn quarter_name(index: i64) -> String {
    format!("Q{} {}", index % 4 + 1, index / 4)
}

/// Horizontal position of a date: quarters are equally wide.
fn x_of(d: Date, first_quarter: i64) -> i64 {
    let q = quarter_index(d) - first_quarter;
    let start_month = (d.quarter() - 1) * 3 + 1;
    let quarter_start = Date::new(d.year(), start_month, 1).unwrap_or(d);
    let offset = quarter_start.days_until(d).clamp(0, 91);
    LABEL + q * QUARTER + offset * QUARTER / 92
}

#[component]
pub fn RoadmapView(props: &Props) -> Html {
    let found = use_found_projects(&props.agenda, &props.filter, props.today);
    let rows = dated(&found);
    let undated = found.len() - rows.len();
    let first = rows
        .iter()
        .map(|r| r.1)
        .chain([props.today])
        .min()
        .unwrap_or(props.today);
    let last = rows
        .iter()
        .map(|r| r.2)
        .chain([props.today])
        .max()
        .unwrap_or(props.today);
    let (q0, q1) = (quarter_index(first), quarter_index(last));
    let quarters = q1 - q0 + 1;
    let width = LABEL + quarters * QUARTER + 10;
    let height = HEAD + rows.len() as i64 * ROW + 10;
    let today_x = x_of(props.today, q0);
    // The chart has its full size at once; its rows fill in over a few frames.
    let shown = use_progressive(rows.len(), 0);
    // The same as tables (full names, periods as text): the chart's text
    // alternative, remembered while the view is open.
    let as_tables = use_state(|| false);
    let switch = {
        let as_tables = as_tables.clone();
        Callback::from(move |_: MouseEvent| as_tables.set(!*as_tables))
    };

    html! {
        <section class="roadmap" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">{ text::ROADMAP_HEADING }</h2>
            if let Some(on_change) = props.on_filter.clone().filter(|_| !props.agenda.projects().is_empty()) {
                { filter_bar(&FilterProps { agenda: props.agenda.clone(), filter: props.filter.clone(), on_change, found: found.len() }) }
            }
            if rows.is_empty() {
                <p class="empty">{ text::ROADMAP_EMPTY }</p>
            } else {
                <p>
                    <button type="button" id="roadmap-as-tables" aria-pressed={as_tables.to_string()} onclick={switch}>
                        { text::ROADMAP_AS_TABLES }
                    </button>
                </p>
            }
            if *as_tables && !rows.is_empty() {
                { year_tables(rows.get(..shown).unwrap_or(&rows), props.today) }
            } else if !rows.is_empty() {
                // Wider than the page on small screens: focusable, so the
                // keyboard can scroll it (WCAG 2.1.1).
                <figure class="roadmap-figure" tabindex="0" aria-labelledby="roadmap-title">
                    <svg id="roadmap" role="img" aria-labelledby="roadmap-title" xmlns="http://www.w3.org/2000/svg"
                        viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}>
                        <title id="roadmap-title">{ text::ROADMAP_TITLE }</title>
                        { for (0..quarters).map(|q| {
                            let index = q0 + q;
                            let x = LABEL + q * QUARTER;
                            html! {
                                <g>
                                    <rect x={x.to_string()} y="0" width={QUARTER.to_string()} height={height.to_string()}
                                        fill={if index % 2 == 0 { "#f4f6f8" } else { "#ffffff" }} stroke="#c9d0d8" />
                                    <text x={(x + QUARTER / 2).to_string()} y="20" text-anchor="middle" class="rm-head">
                                        { quarter_name(index) }
                                    </text>
                                </g>
                            }
                        }) }
                        { for rows.iter().take(shown).enumerate().map(|(r, (p, start, end))| {
                            let y = HEAD + r as i64 * ROW;
                            let (x0, x1) = (x_of(*start, q0), x_of(*end, q0).max(x_of(*start, q0) + 6));
                            html! {
                                <g class="rm-row">
                                    <text x="4" y={(y + ROW / 2 + 5).to_string()} class="rm-label">
                                        <title>{ p.title() }</title>
                                        { crate::format::truncate(p.title(), 30) }
                                    </text>
                                    <rect x={x0.to_string()} y={(y + 8).to_string()} width={(x1 - x0).to_string()} height={(ROW - 16).to_string()}
                                        fill="#a9c4e8" stroke="#1b1f24" stroke-width="1">
                                        <title>{ text::period(*start, *end) }</title>
                                    </rect>
                                    { for p.sheet().grants.iter().filter_map(|g| g.deadline.map(|d| (g, d))).map(|(g, d)| {
                                        let gx = x_of(d, q0);
                                        html! {
                                            <rect x={(gx - 5).to_string()} y={(y + ROW / 2 - 5).to_string()} width="10" height="10"
                                                class="rm-grant" fill="#ffffff" stroke="#1b1f24" stroke-width="1.5">
                                                <title>{ text::grant_tooltip(g, d) }</title>
                                            </rect>
                                        }
                                    }) }
                                    { for p.milestones().iter().map(|m| {
                                        let overdue = m.is_overdue(props.today);
                                        let mx = x_of(m.due(), q0);
                                        let my = y + ROW / 2;
                                        html! {
                                            <polygon points={format!("{},{} {},{} {},{} {},{}", mx, my - 7, mx + 7, my, mx, my + 7, mx - 7, my)}
                                                class={classes!(m.done().then_some("done"), overdue.then_some("overdue"))}
                                                fill={if m.done() { "#1b1f24" } else if overdue { "#fbe3e4" } else { "#ffffff" }}
                                                stroke={if overdue { "#a4161a" } else { "#1b1f24" }} stroke-width={if overdue { "2.5" } else { "1.5" }}>
                                                <title>{ text::milestone_tooltip(m.title(), m.due(), m.done(), overdue) }</title>
                                            </polygon>
                                        }
                                    }) }
                                </g>
                            }
                        }) }
                        <line x1={today_x.to_string()} x2={today_x.to_string()} y1="26" y2={height.to_string()}
                            stroke="#a4161a" stroke-width="2" stroke-dasharray="6 3" />
                        <text x={(today_x + 4).to_string()} y={(height - 4).to_string()} class="rm-today">{ text::TODAY }</text>
                    </svg>
                    <figcaption class="hint">
                        { text::roadmap_period(quarter_name(q0), quarter_name(q1)) }{ " " }{ text::ROADMAP_CAPTION }
                    </figcaption>
                </figure>
            }
            if undated > 0 {
                <p class="hint">{ text::undated_projects(undated) }</p>
            }
        </section>
    }
}
