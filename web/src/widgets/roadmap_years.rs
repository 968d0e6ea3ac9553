//! The roadmap as one table per year: as wide as the page, full project
//! names, and rows that continue over pages when printed. The roadmap page
//! shows it for print, the council document as its chapter
//! ([`RoadmapByYear`]).

use crate::shared::Shared;
use crate::text;
use agenda_core::{Agenda, Date, Project};
use std::sync::Arc;
use yew::prelude::*;

pub fn span(p: &Project) -> Option<(Date, Date)> {
    let s = p.sheet();
    let dates: Vec<Date> = s
        .start
        .into_iter()
        .chain(s.end)
        .chain(p.milestones().iter().map(|m| m.due()))
        .chain(p.sheet().grants.iter().filter_map(|g| g.deadline))
        .collect();
    Some((*dates.iter().min()?, *dates.iter().max()?))
}

/// The projects with dates, each with its first and last one.
pub fn dated(projects: &[Arc<Project>]) -> Vec<(&Project, Date, Date)> {
    projects
        .iter()
        .filter_map(|p| span(p).map(|(a, b)| (&**p, a, b)))
        .collect()
}

pub struct ByYearProps {
    pub agenda: Shared<Agenda>,
    pub today: Date,
}

/// The roadmap for print and the council document: one table per year,
/// a row per project active in it (full name, the period as text for
/// screen readers, a bar and milestones drawn in quarters).
pub fn roadmap_by_year(props: &ByYearProps) -> Html {
    let rows = dated(props.agenda.projects());
    let undated = props.agenda.projects().len() - rows.len();
    html! {
        <section class="roadmap" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">{ text::ROADMAP_HEADING }</h2>
            if rows.is_empty() {
                <p class="empty">{ text::ROADMAP_EMPTY }</p>
            } else {
                { year_tables(&rows, props.today) }
            }
            if undated > 0 {
                <p class="hint">{ text::undated_projects(undated) }</p>
            }
        </section>
    }
}

/// The roadmap of `rows` as one table per year, with its legend.
pub fn year_tables(rows: &[(&Project, Date, Date)], today: Date) -> Html {
    let first = rows
        .iter()
        .map(|r| r.1.year())
        .min()
        .unwrap_or(today.year());
    let last = rows
        .iter()
        .map(|r| r.2.year())
        .max()
        .unwrap_or(today.year());
    html! {
        <div class="roadmap-tables">
            <p class="hint">{ text::ROADMAP_BY_YEAR_CAPTION }</p>
            { for (first..=last).map(|year| year_table(year, rows, today)) }
        </div>
    }
}

/// Where `d` falls in `year`, in per cent of it (0 before, 100 after).
fn percent_of_year(d: Date, year: i32) -> f64 {
    let (Ok(start), Ok(next)) = (Date::new(year, 1, 1), Date::new(year + 1, 1, 1)) else {
        return 0.0;
    };
    let share = start.days_until(d) as f64 / start.days_until(next) as f64;
    (share * 100.0).clamp(0.0, 100.0)
}

/// An SVG length in per cent.
fn pct(value: f64) -> String {
    format!("{}%", agenda_core::numbers::fixed(value, 2))
}

fn year_table(year: i32, rows: &[(&Project, Date, Date)], today: Date) -> Html {
    let active: Vec<&(&Project, Date, Date)> = rows
        .iter()
        .filter(|(_, start, end)| start.year() <= year && year <= end.year())
        .collect();
    if active.is_empty() {
        return Html::default();
    }
    let today_at = (today.year() == year).then(|| pct(percent_of_year(today, year)));
    html! {
        <table class="roadmap-year">
            <caption>{ text::roadmap_year(year) }</caption>
            <thead>
                <tr>
                    <th scope="col" class="rm-name">{ text::ROADMAP_PROJECT }</th>
                    { for ["Q1", "Q2", "Q3", "Q4"].into_iter().map(|q| html! { <th scope="col" class="rm-q">{ q }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for active.into_iter().map(|(p, start, end)| {
                    let (a, b) = (percent_of_year(*start, year), percent_of_year(*end, year));
                    let overdue = p.milestones().iter().filter(|m| m.due().year() == year && m.is_overdue(today)).count();
                    html! {
                        <tr>
                            <th scope="row" class="rm-name">
                                { p.title() }
                                <span class="visually-hidden">{ format!(", {}", text::period(*start, *end)) }</span>
                                if overdue > 0 {
                                    <span class="rm-overdue">{ text::overdue_milestones(overdue) }</span>
                                }
                                { for p.sheet().grants.iter().filter_map(|g| g.deadline.filter(|d| d.year() == year).map(|d| (g, d))).map(|(g, d)| html! {
                                    <span class="visually-hidden">{ format!(", {}", text::grant_tooltip(g, d)) }</span>
                                }) }
                            </th>
                            <td colspan="4" class="rm-track">
                                <svg width="100%" height="18" aria-hidden="true" focusable="false">
                                    // The period, as the picture's text in a word processor.
                                    <title>{ text::period(*start, *end) }</title>
                                    { for ["25%", "50%", "75%"].into_iter().map(|x| html! {
                                        <line class="rm-grid" x1={x} x2={x} y1="0" y2="18" />
                                    }) }
                                    <rect class="rm-bar" x={pct(a)} width={pct((b - a).max(0.8))} y="4" height="10" />
                                    { for p.sheet().grants.iter().filter_map(|g| g.deadline).filter(|d| d.year() == year).map(|d| html! {
                                        <rect class="rm-grant" x={pct(percent_of_year(d, year))} y="4" width="10" height="10" />
                                    }) }
                                    { for p.milestones().iter().filter(|m| m.due().year() == year).map(|m| html! {
                                        <circle class={classes!(m.done().then_some("done"), m.is_overdue(today).then_some("overdue"))} cx={pct(percent_of_year(m.due(), year))} cy="9" r="4.5" />
                                    }) }
                                    if let Some(x) = today_at.clone() {
                                        <line class="rm-now" x1={x.clone()} x2={x} y1="0" y2="18" />
                                    }
                                </svg>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
