//! The navigator's dashboard: overall progress, progress per Leitplanke and
//! per Handlungsfeld, projects by status, and what needs attention. Every
//! finding links to the item it is about.

use crate::route::Target;
use agenda_core::analysis::diagnostics::Diagnostic;
use agenda_core::{Agenda, Date, ProjectId};
use yew::prelude::*;

use crate::route::Section;
use crate::shared::Shared;
use crate::text;
use crate::widgets::progress_bar::progress_bar;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub today: Date,
    pub on_navigate: Callback<Target>,
}

fn target(agenda: &Agenda, d: &Diagnostic) -> Target {
    let project = |id: ProjectId| Target {
        section: Section::Projects,
        element: Some(format!("project-{id}")),
        project: Some(id),
    };
    match d {
        Diagnostic::PriorityWithoutProject(..) => Target {
            section: Section::Results,
            element: Some("result-table".into()),
            project: None,
        },
        Diagnostic::GuidelineWithoutProject(id) => Target {
            section: Section::Strategy,
            element: Some(format!("gl-{id}-item")),
            project: None,
        },
        Diagnostic::DepartmentWithoutPerspective(id) => Target {
            section: Section::Departments,
            element: Some(format!("dept-{id}")),
            project: None,
        },
        Diagnostic::PerspectiveNotAddressed(id) => Target {
            section: Section::Departments,
            element: agenda
                .perspective(*id)
                .map(|p| format!("dept-{}", p.department())),
            project: None,
        },
        Diagnostic::CompetenceGapsWithoutProject(..) => Target {
            section: Section::Competences,
            element: Some("comp-gaps".into()),
            project: None,
        },
        Diagnostic::ProjectWithoutGuideline(id)
        | Diagnostic::ProjectWithoutMilestones(id)
        | Diagnostic::StaleProject(id)
        | Diagnostic::OverdueMilestone(id, _)
        | Diagnostic::IndicatorWithoutValue(id, _)
        | Diagnostic::GrantDeadline(id, _)
        | Diagnostic::CostsWithoutYear(id) => project(*id),
    }
}

/// Findings listed before "show all".
const FIRST_DIAGNOSTICS: usize = 50;

#[component]
pub fn DashboardView(props: &Props) -> Html {
    let agenda = &props.agenda;
    let overall = agenda.overall_progress();
    let diagnostics = agenda.ranked_diagnostics(props.today);
    // Hundreds of findings are not read one by one: the first ones, and the
    // rest on request.
    let show_all = use_state(|| false);
    let shown = if *show_all {
        diagnostics.len()
    } else {
        FIRST_DIAGNOSTICS
    };
    html! {
        <section class="dashboard" aria-labelledby="dashboard-heading">
            <h2 id="dashboard-heading">{ text::DASHBOARD_HEADING }</h2>
            <div class="overall">
                { progress_bar(overall.percent, text::overall_label(overall.percent, overall.projects), "overall-progress".into()) }
            </div>
            <div class="dashboard-grid">
                <section aria-labelledby="by-guideline-heading">
                    <h3 id="by-guideline-heading">{ text::BY_GUIDELINE }</h3>
                    <ul class="rollup-list">
                        { for agenda.guidelines().iter().map(|g| {
                            let r = agenda.guideline_progress(g.id());
                            html! {
                                <li>
                                    <span class="rollup-name">{ g.title() }</span>
                                    { progress_bar(r.percent, text::rollup_label(r.percent, r.projects), format!("rollup-gl-{}", g.id())) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="by-field-heading">
                    <h3 id="by-field-heading">{ text::BY_FIELD }</h3>
                    <ul class="rollup-list">
                        { for agenda.fields().iter().map(|f| {
                            let r = agenda.field_progress(f.id());
                            html! {
                                <li>
                                    <span class="rollup-name">{ f.name() }</span>
                                    { progress_bar(r.percent, text::rollup_label(r.percent, r.projects), format!("rollup-field-{}", f.id())) }
                                </li>
                            }
                        }) }
                    </ul>
                    <h3 id="by-status-heading">{ text::BY_STATUS }</h3>
                    <table class="status-counts" aria-labelledby="by-status-heading">
                        <tbody>
                            { for agenda.status_counts().into_iter().map(|(s, n)| html! {
                                <tr><th scope="row">{ agenda_core::vocabulary::project_status(s) }</th><td>{ n }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </section>
            </div>
            <section aria-labelledby="diagnostics-heading">
                <h3 id="diagnostics-heading">{ text::diagnostics_heading(diagnostics.len()) }</h3>
                if diagnostics.is_empty() {
                    <p class="empty">{ text::DIAGNOSTICS_EMPTY }</p>
                } else {
                    <p class="hint">{ text::DIAGNOSTICS_ORDER }</p>
                    <ul class="diagnostics" id="diagnostics">
                        { for diagnostics.iter().take(shown).map(|d| {
                            let to = target(agenda, d);
                            let on_navigate = props.on_navigate.clone();
                            let (weight, _) = d.rank();
                            html! {
                                <li class={classes!("weight", format!("weight-{}", weight as u8))}>
                                    <span class="tag">{ text::weight_label(weight) }</span>{ " " }
                                    <a href="#" onclick={move |e: MouseEvent| { e.prevent_default(); on_navigate.emit(to.clone()); }}>
                                        { text::diagnostic(agenda, d) }
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                    if diagnostics.len() > shown {
                        <button type="button" id="diagnostics-all"
                            onclick={let all = show_all.clone(); move |_: MouseEvent| all.set(true)}>
                            { text::show_all_diagnostics(diagnostics.len()) }
                        </button>
                    }
                }
            </section>
        </section>
    }
}
