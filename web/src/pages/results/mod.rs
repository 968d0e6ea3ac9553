//! The joint result: the ranking, how much the departments agree
//! (Kendall's W), and a department × item heat map that shows agreement and
//! disagreement at a glance. The heat map prints each cell's value and each
//! row's classification as text, so it reads without colour too.

use std::rc::Rc;

use agenda_core::analysis::ranking::{Agreement, PriorityResult};
use agenda_core::{Agenda, DepartmentId, ItemRef, PriorityMethod};
use yew::prelude::*;

use crate::shared::Shared;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
}

#[component]
pub fn ResultsView(props: &Props) -> Html {
    let agenda = &props.agenda;
    let result = agenda.priority_result();
    let p = agenda.prioritisation();
    let waiting: Vec<String> = agenda
        .departments()
        .iter()
        .filter(|d| d.weight() > 0 && !result.departments.contains(&d.id()))
        .map(|d| d.name().to_owned())
        .collect();
    let points = p.method() == PriorityMethod::Points;

    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ text::RESULTS_HEADING }</h2>
            <p class="intro">{ text::results_intro(p.subject(), p.method()) }</p>
            if result.items.is_empty() || result.departments.is_empty() {
                <p class="empty">{ text::RESULTS_EMPTY }</p>
            } else {
                <p class="concordance" id="concordance">
                    { text::concordance(result.concordance, result.departments.len()) }
                </p>
                if !waiting.is_empty() {
                    <p class="hint">{ text::waiting_for(&waiting.join(", ")) }</p>
                }
                <table class="result-table" id="result-table">
                    <caption>{ text::result_caption(p.method()) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text::COL_PLACE }</th>
                            <th scope="col">{ text::COL_ITEM }</th>
                            <th scope="col">{ if points { text::COL_POINTS } else { text::COL_BORDA } }</th>
                            <th scope="col">{ text::COL_AGREEMENT }</th>
                            <th scope="col">{ text::COL_DISPERSION }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for result.items.iter().map(|r| html! {
                            <tr>
                                <td>{ format!("{}.", r.place) }</td>
                                <th scope="row">{ agenda.item_name(r.item).unwrap_or_default() }</th>
                                <td>{ match r.weighted_points {
                                    Some(points) => points.to_string(),
                                    None => crate::format::decimal(r.borda, 1),
                                } }</td>
                                <td><span class={classes!("agreement", agreement_class(r.agreement))}>
                                    { agenda_core::vocabulary::agreement(r.agreement) }
                                </span></td>
                                <td>{ crate::format::decimal(r.dispersion, 2) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { comparison(agenda, &result, points) }
                { heat_map(&HeatMapProps { agenda: props.agenda.clone(), result: Rc::new(result) }) }
                <details class="method-help">
                    <summary>{ text::METHOD_HELP_SUMMARY }</summary>
                    <p>{ text::METHOD_HELP }</p>
                </details>
            }
        </section>
    }
}

/// The other method's order as a detail: where it places an item
/// differently (points: Schulze's pairwise comparison of the same ballots;
/// ranking: the Borda count).
fn comparison(agenda: &Agenda, result: &PriorityResult, points: bool) -> Html {
    let other_place = |r: &agenda_core::analysis::ranking::ItemResult| {
        if points {
            r.schulze_place
        } else {
            1 + result.items.iter().filter(|o| o.borda > r.borda).count()
        }
    };
    let differ: Vec<(String, usize, usize)> = result
        .items
        .iter()
        .filter(|r| other_place(r) != r.place)
        .map(|r| {
            (
                agenda.item_name(r.item).unwrap_or_default().to_owned(),
                r.place,
                other_place(r),
            )
        })
        .collect();
    html! {
        <details class="method-compare" id="method-compare">
            <summary>{ text::compare_summary(points) }</summary>
            if differ.is_empty() {
                <p>{ text::COMPARE_SAME }</p>
            } else {
                <ul>{ for differ.into_iter().map(|(name, here, there)| html! {
                    <li>{ text::compare_line(&name, here, there) }</li>
                }) }</ul>
            }
        </details>
    }
}

fn agreement_class(agreement: Agreement) -> &'static str {
    match agreement {
        Agreement::Consensus => "consensus",
        Agreement::Broad => "broad",
        Agreement::Contested => "contested",
        Agreement::SideNote => "side-note",
        Agreement::LowPriority => "low",
        Agreement::Open => "open",
    }
}

struct HeatMapProps {
    agenda: Shared<Agenda>,
    result: Rc<PriorityResult>,
}

const LABEL_WIDTH: usize = 240;
const CELL_WIDTH: usize = 64;
const CELL_HEIGHT: usize = 34;
const HEADER_HEIGHT: usize = 40;
const CLASS_WIDTH: usize = 170;

/// What a department gave an item, as printed in the cell.
fn cell_value(agenda: &Agenda, department: DepartmentId, item: ItemRef) -> String {
    let p = agenda.prioritisation();
    match p.method() {
        PriorityMethod::Points => p.points(department, item).to_string(),
        PriorityMethod::Ranking => p
            .ranking(department, p.subject())
            .and_then(|r| r.order().iter().position(|i| *i == item))
            .map_or_else(|| "–".to_owned(), |pos| format!("{}.", pos + 1)),
    }
}

/// White to dark blue; the printed value carries the meaning as well.
fn fill(support: f64) -> String {
    let s = support.clamp(0.0, 1.0);
    let channel = |from: f64, to: f64| (from + (to - from) * s).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        channel(255.0, 11.0),
        channel(255.0, 61.0),
        channel(255.0, 145.0)
    )
}

fn heat_map(props: &HeatMapProps) -> Html {
    let agenda = &props.agenda;
    let result = &props.result;
    let columns = result.departments.len();
    let width = LABEL_WIDTH + columns * CELL_WIDTH + CLASS_WIDTH;
    let height = HEADER_HEIGHT + result.items.len() * CELL_HEIGHT + 4;
    html! {
        <figure class="heatmap">
            <svg id="heatmap" role="img" aria-labelledby="heatmap-title heatmap-desc"
                viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}
                xmlns="http://www.w3.org/2000/svg">
                <title id="heatmap-title">{ text::HEATMAP_TITLE }</title>
                <desc id="heatmap-desc">{ text::HEATMAP_DESC }</desc>
                { for result.departments.iter().enumerate().map(|(c, d)| {
                    let label = agenda.department(*d).map(|d| d.label().to_owned()).unwrap_or_default();
                    html! {
                        <text x={(LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2).to_string()} y={(HEADER_HEIGHT - 12).to_string()}
                            text-anchor="middle" class="hm-head">{ crate::format::truncate(&label, 8) }</text>
                    }
                }) }
                <text x={(LABEL_WIDTH + columns * CELL_WIDTH + 10).to_string()} y={(HEADER_HEIGHT - 12).to_string()}
                    class="hm-head">{ text::COL_AGREEMENT }</text>
                { for result.items.iter().enumerate().map(|(r, item)| {
                    let y = HEADER_HEIGHT + r * CELL_HEIGHT;
                    let name = agenda.item_name(item.item).unwrap_or_default();
                    html! {
                        <g class="hm-row">
                            <text x="0" y={(y + CELL_HEIGHT / 2 + 5).to_string()} class="hm-label">
                                <title>{ name }</title>
                                { crate::format::truncate(name, 30) }
                            </text>
                            { for result.departments.iter().enumerate().map(|(c, d)| {
                                let support = item.support.get(c).copied().unwrap_or(0.0);
                                let x = LABEL_WIDTH + c * CELL_WIDTH;
                                let dark = support > 0.5;
                                html! {
                                    <g>
                                        <rect x={(x + 1).to_string()} y={(y + 1).to_string()}
                                            width={(CELL_WIDTH - 2).to_string()} height={(CELL_HEIGHT - 2).to_string()}
                                            fill={fill(support)} stroke="#4a5360" stroke-width="1" />
                                        <text x={(x + CELL_WIDTH / 2).to_string()} y={(y + CELL_HEIGHT / 2 + 5).to_string()}
                                            text-anchor="middle" class={if dark { "hm-value dark" } else { "hm-value" }}>
                                            { cell_value(agenda, *d, item.item) }
                                        </text>
                                    </g>
                                }
                            }) }
                            <text x={(LABEL_WIDTH + columns * CELL_WIDTH + 10).to_string()} y={(y + CELL_HEIGHT / 2 + 5).to_string()}
                                class={classes!("hm-class", agreement_class(item.agreement))}>
                                { agenda_core::vocabulary::agreement(item.agreement) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="hint">{ text::HEATMAP_CAPTION }</figcaption>
        </figure>
    }
}
