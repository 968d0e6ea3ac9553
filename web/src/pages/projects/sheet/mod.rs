//! The Steckbrief of one project: its sheet, milestones, Kennzahlen, status
//! log and progress. Every change is a core action.

mod finance;
mod form;
mod plan;

use std::sync::Arc;

use agenda_core::{Action, Agenda, Date, Project};
use yew::prelude::*;

use form::{SheetForm, SheetSummary};
use plan::{Indicators, Milestones, ProgressOverride, StatusLog};

use crate::shared::Shared;
use crate::widgets::changes::changes;
use crate::{platform::browser, text};

/// What a Steckbrief shows and whom it tells.
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub project: Arc<Project>,
    pub on_action: Callback<Action>,
    pub today: Date,
    /// False when the role only reads.
    pub editable: bool,
    /// The project was just created: the sheet says what to fill in.
    pub created: bool,
    /// Who edits (the lead offered are those this role may give).
    pub role: crate::role::Role,
}

/// The Steckbrief; a plain function (its parts keep their own state), so
/// it costs no component in the download.
pub fn project_sheet(props: &Props) -> Html {
    let p = &props.project;
    let id = p.id();
    let progress = p.progress();
    html! {
        <div class="project-sheet">
            if props.created {
                <p class="created-note" id={format!("project-{id}-created")}>{ text::PROJECT_CREATED_NOTE }</p>
            }
            { changes(&format!("project-{id}-changes"), props.agenda.history().project(id)) }
            if props.editable {
                <SheetForm agenda={props.agenda.clone()} project={p.clone()} on_action={props.on_action.clone()} role={Some(props.role)} />
            } else {
                <SheetSummary agenda={props.agenda.clone()} project={p.clone()} on_action={props.on_action.clone()} />
            }
            <Milestones project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            <Indicators project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            <StatusLog project={p.clone()} on_action={props.on_action.clone()} today={props.today} editable={props.editable} />
            // After the plan and the status: the money (its own form).
            { finance::finance_section(&props.agenda, p, &props.on_action, props.editable) }
            if props.editable {
                <ProgressOverride project={p.clone()} on_action={props.on_action.clone()} />
                <p>
                    <button type="button" class="danger" id={format!("project-{id}-delete")}
                        onclick={let a = props.on_action.clone(); move |_| a.emit(Action::RemoveProject { id })}>
                        { text::PROJECT_DELETE }
                    </button>
                </p>
            }
            <p class="hint">{ text::progress_explained(&progress) }</p>
            <p>
                <button type="button" id={format!("project-{id}-template")}
                    onclick={let a = props.agenda.clone(); move |_| export_template(&a, id)}>
                    { text::TEMPLATE_EXPORT }
                </button>
            </p>
        </div>
    }
}

/// Downloads the project as a template for other towns.
fn export_template(agenda: &Agenda, id: agenda_core::ProjectId) {
    let Some(template) = agenda_core::formats::template::ProjectTemplate::of(agenda, id) else {
        return;
    };
    if let Ok(json) = template.to_json() {
        let name = format!("projektvorlage-{}.json", browser::slug(&template.title));
        // A failed download leaves nothing half done; the button can be pressed again.
        let _ = browser::download(&name, &json, "application/json");
    }
}
