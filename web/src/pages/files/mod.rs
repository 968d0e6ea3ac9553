//! Files: the whole agenda as JSON (lossless, can be read back in) and as
//! Markdown. Reading a file in is validated and size-limited; it replaces
//! the agenda only when it loads completely, and the earlier state can be
//! taken back.

pub mod sync_panel;

use crate::widgets::file_input::read_file;
use agenda_core::formats::csv_projects;
use agenda_core::formats::template::{MAX_TEMPLATE_BYTES, ProjectTemplate};
use agenda_core::model::limits::MAX_STORED_BYTES;
use agenda_core::{
    Action, Agenda, DepartmentId, ProjectId, formats::markdown, formats::stored, merge_file,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::live_sync::LiveSync;
use crate::platform::storage::{Store, Usage};
use crate::shared::Shared;
use crate::widgets::document::DocumentView;
use crate::widgets::merge_report::{MergeReport, merge_report_view};
use crate::{platform::browser, platform::share, text};
use sync_panel::SyncPanel;

/// What reading a project CSV did, shown under its file field.
enum CsvReport {
    /// What changed, e.g. "2 Projekte aktualisiert, 1 neu, 0 unverändert.",
    /// and the agenda before, if the import changed it: the report is not
    /// shown once its projects are back (undone).
    Done(String, Option<Shared<Agenda>>),
    /// Every problem, with row and column; nothing was taken.
    Failed(Vec<String>),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    /// Called with an agenda read from a file.
    pub on_import: Callback<Agenda>,
    /// Called with the result of merging a file into the agenda.
    pub on_merge: Callback<Agenda>,
    /// Called with actions to apply as one undoable change.
    pub on_apply: Callback<(Vec<Action>, String)>,
    /// The department whose role is active, if any: it can export a Beitrag.
    pub department: Option<DepartmentId>,
    /// How full localStorage is.
    pub usage: Option<Usage>,
    /// What the browser answered to `navigator.storage.persist()`.
    pub persisted: Option<bool>,
    /// Where the agenda and its snapshots are stored.
    pub store: Store,
    /// Called with a snapshot's agenda and what to tell the user.
    pub on_restore: Callback<(Agenda, String)>,
    /// The live sync with a CouchDB database.
    pub sync: LiveSync,
}

#[component]
pub fn FilesView(props: &Props) -> Html {
    let problem = use_state(|| None::<String>);
    let csv_report = use_state(|| None::<CsvReport>);
    let export_json = {
        let (agenda, problem) = (props.agenda.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let result = stored::to_json(&agenda)
                .map_err(|e| text::encode_error(&e))
                .and_then(|json| {
                    browser::download(
                        &format!("{}.json", browser::file_stem(&agenda)),
                        &json,
                        "application/json",
                    )
                });
            problem.set(result.err().map(|e| text::save_other(&e)));
        })
    };
    let export_markdown = {
        let (agenda, problem) = (props.agenda.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let md = markdown::render(&agenda);
            let result = browser::download(
                &format!("{}.md", browser::file_stem(&agenda)),
                &md,
                "text/markdown;charset=utf-8",
            );
            problem.set(result.err().map(|e| text::save_other(&e)));
        })
    };
    let on_file = {
        let (problem, on_import) = (problem.clone(), props.on_import.clone());
        Callback::from(move |e: Event| {
            let (problem, on_import) = (problem.clone(), on_import.clone());
            read_file(&e, MAX_STORED_BYTES, move |content| {
                match content.map(|json| stored::load(&json)) {
                    Err(reason) => problem.set(Some(text::import_failed(&reason))),
                    Ok(Err(error)) => {
                        problem.set(Some(text::import_failed(&text::load_error(&error))))
                    }
                    Ok(Ok(agenda)) => {
                        problem.set(None);
                        on_import.emit(agenda);
                    }
                }
            });
        })
    };
    let export_csv = {
        let (agenda, problem) = (props.agenda.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = csv_projects::export(&agenda);
            let name = format!("{}-projekte.csv", browser::file_stem(&agenda));
            let result = browser::download(&name, &csv, "text/csv;charset=utf-8");
            problem.set(result.err().map(|e| text::save_other(&e)));
        })
    };
    let on_csv = {
        let (agenda, csv_report, on_apply) = (
            props.agenda.clone(),
            csv_report.clone(),
            props.on_apply.clone(),
        );
        Callback::from(move |e: Event| {
            let (agenda, csv_report, on_apply) =
                (agenda.clone(), csv_report.clone(), on_apply.clone());
            read_file(&e, csv_projects::MAX_CSV_BYTES, move |content| {
                let report = match content {
                    Err(reason) => CsvReport::Failed(vec![reason]),
                    Ok(text) => {
                        let new_id = || browser::new_id(ProjectId::from_random_bytes);
                        match csv_projects::import(&agenda, &text, new_id, browser::today()) {
                            Err(errors) => {
                                CsvReport::Failed(errors.iter().map(text::csv_problem).collect())
                            }
                            Ok(imported) => {
                                let message = text::csv_imported(
                                    imported.updated,
                                    imported.added,
                                    imported.unchanged,
                                );
                                if imported.actions.is_empty() {
                                    CsvReport::Done(message, None)
                                } else {
                                    // The undo offer says the same and takes the focus.
                                    on_apply.emit((imported.actions, message.clone()));
                                    csv_report
                                        .set(Some(CsvReport::Done(message, Some(agenda.clone()))));
                                    return;
                                }
                            }
                        }
                    }
                };
                csv_report.set(Some(report));
                // Where the file was chosen, in view and focused, once drawn.
                browser::after_next_paint(|| browser::reveal_in("csv-import", "csv-report"));
            });
        })
    };
    // A report of an import that was undone since is not shown.
    let shown_report = csv_report.as_ref().filter(|r| match r {
        // Undo stamps a new agenda, so compare what the import changed.
        CsvReport::Done(_, Some(before)) => before.projects() != props.agenda.projects(),
        _ => true,
    });
    let report = use_state(|| None::<MergeReport>);
    let shared = use_state(|| None::<Result<String, String>>);
    let share = |strategy_only: bool| {
        let (agenda, shared) = (props.agenda.clone(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            let agenda = if strategy_only {
                agenda.strategy_only()
            } else {
                (*agenda).clone()
            };
            let shared = shared.clone();
            crate::platform::tasks::spawn(async move {
                let link = share::link(&agenda, &share::page_address()).await;
                shared.set(Some(link.map_err(|e| text::share_error(&e))));
            });
        })
    };
    let export_contribution = props.department.and_then(|id| {
        let department = props.agenda.department(id)?;
        let label = department.label().to_owned();
        let name = format!(
            "beitrag-{}-{}.json",
            browser::slug(&label),
            browser::today()
        );
        let (agenda, problem) = (props.agenda.clone(), problem.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let result = stored::to_contribution_json(&agenda, id)
                .map_err(|e| text::encode_error(&e))
                .and_then(|json| browser::download(&name, &json, "application/json"));
            problem.set(result.err().map(|e| text::save_other(&e)));
        });
        Some(html! {
            <button type="button" class="primary" id="export-contribution" {onclick}>
                { text::export_contribution(&label) }
            </button>
        })
    });
    let on_merge_file = {
        let (agenda, problem, report, on_merge) = (
            props.agenda.clone(),
            problem.clone(),
            report.clone(),
            props.on_merge.clone(),
        );
        Callback::from(move |e: Event| {
            let (agenda, problem, report, on_merge) = (
                agenda.clone(),
                problem.clone(),
                report.clone(),
                on_merge.clone(),
            );
            read_file(&e, MAX_STORED_BYTES, move |content| {
                let merged = match content.map(|json| merge_file(&agenda, &json)) {
                    Err(reason) => return problem.set(Some(text::import_failed(&reason))),
                    Ok(Err(error)) => {
                        return problem
                            .set(Some(text::import_failed(&text::file_merge_error(&error))));
                    }
                    Ok(Ok(merged)) => merged,
                };
                problem.set(None);
                report.set(Some(MergeReport {
                    summary: text::merged_summary(merged.source_name(), merged.outcome.changed),
                    conflicts: merged.outcome.conflicts,
                }));
                on_merge.emit(merged.outcome.agenda);
            });
        })
    };
    let template_lead = use_state(|| {
        props
            .department
            .or_else(|| props.agenda.departments().first().map(|d| d.id()))
    });
    let on_template = {
        let (problem, on_apply, lead) = (
            problem.clone(),
            props.on_apply.clone(),
            template_lead.clone(),
        );
        Callback::from(move |e: Event| {
            let (problem, on_apply, lead) = (problem.clone(), on_apply.clone(), *lead);
            read_file(&e, MAX_TEMPLATE_BYTES, move |content| {
                let template = match content.map(|json| ProjectTemplate::load(&json)) {
                    Err(reason) => return problem.set(Some(text::import_failed(&reason))),
                    Ok(Err(error)) => {
                        return problem
                            .set(Some(text::import_failed(&text::template_error(&error))));
                    }
                    Ok(Ok(template)) => template,
                };
                let Some(lead) = lead else {
                    return problem.set(Some(text::TEMPLATE_NEEDS_DEPARTMENT.to_owned()));
                };
                let id = browser::new_id(ProjectId::from_random_bytes);
                let actions = template.actions(id, lead, browser::today(), browser::random_bytes);
                problem.set(None);
                on_apply.emit((actions, text::TEMPLATE_IMPORTED.to_owned()));
            });
        })
    };
    let on_template_lead = {
        let lead = template_lead.clone();
        Callback::from(move |e: Event| {
            lead.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok(),
            );
        })
    };
    html! {
        <section class="files" aria-labelledby="files-heading">
            <h2 id="files-heading">{ text::FILES_HEADING }</h2>
            <p class="intro">{ text::FILES_INTRO }</p>
            if let Some(problem) = (*problem).clone() {
                <p class="alert" role="alert" id="import-error">{ problem }</p>
            }
            <div class="storage-info" id="storage-info">
                if let Some(u) = props.usage {
                    <label for="storage-meter">{ text::STORAGE_METER_LABEL }</label>
                    <meter id="storage-meter" min="0" max="100" low="60" high={crate::format::decimal(crate::platform::storage::WARN_AT_PERCENT, 0)} optimum="0"
                        value={agenda_core::numbers::fixed(u.percent(), 1)}>{ text::storage_usage(u.used, u.budget, u.percent()) }</meter>
                    <p class={classes!("hint", u.warn().then_some("warn"))} id="storage-usage">
                        { text::storage_usage(u.used, u.budget, u.percent()) }
                    </p>
                }
                <p class="hint" id="storage-persisted">{ text::persisted(props.persisted) }</p>
            </div>
            <div class="form-actions">
                <button type="button" class="primary" id="export-json" onclick={export_json}>{ text::EXPORT_JSON }</button>
                <button type="button" id="export-markdown" onclick={export_markdown}>{ text::EXPORT_MARKDOWN }</button>
                <button type="button" id="export-csv" onclick={export_csv}>{ text::EXPORT_CSV }</button>
            </div>
            <div class="field import">
                <label for="import-file">{ text::IMPORT_LABEL }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_file}
                    aria-describedby="import-hint" />
                <p id="import-hint" class="hint">{ text::IMPORT_HINT }</p>
            </div>
            <div class="field import" id="csv-import">
                <label for="import-csv">{ text::IMPORT_CSV_LABEL }</label>
                <input id="import-csv" type="file" accept=".csv,text/csv" onchange={on_csv}
                    aria-invalid={matches!(shown_report, Some(CsvReport::Failed(_))).then_some("true")}
                    aria-describedby={if shown_report.is_some() { "import-csv-hint csv-report" } else { "import-csv-hint" }} />
                <p id="import-csv-hint" class="hint">{ text::IMPORT_CSV_HINT }</p>
                { match shown_report {
                    Some(CsvReport::Failed(lines)) => html! {
                        <div class="alert" role="alert" id="csv-report" tabindex="-1">
                            <p>{ text::CSV_ERRORS_HEADING }</p>
                            <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                        </div>
                    },
                    Some(CsvReport::Done(message, _)) => html! {
                        <p class="toast done" role="status" id="csv-report" tabindex="-1">{ message }</p>
                    },
                    None => html! {},
                } }
            </div>
            <SnapshotList store={props.store.clone()} on_restore={props.on_restore.clone()}
                agenda={props.agenda.clone()} />
            <h3 id="share-heading">{ text::SHARE_HEADING }</h3>
            <p class="intro">{ text::SHARE_INTRO }</p>
            <div class="form-actions">
                <button type="button" id="share-all" onclick={share(false)}>{ text::SHARE_ALL }</button>
                <button type="button" id="share-strategy" onclick={share(true)}>{ text::SHARE_STRATEGY }</button>
            </div>
            { match (*shared).clone() {
                Some(Ok(link)) => html! {
                    <div class="field">
                        <label for="share-link">{ text::SHARE_LINK_LABEL }</label>
                        <input id="share-link" type="url" readonly=true value={link}
                            aria-describedby="share-link-hint"
                            onfocus={|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select()} />
                        <p class="hint" id="share-link-hint">{ text::SHARE_LINK_HINT }</p>
                    </div>
                },
                Some(Err(message)) => html! { <p class="alert" role="alert" id="share-error">{ message }</p> },
                None => html! {},
            } }
            <h3 id="contribution-heading">{ text::CONTRIBUTION_HEADING }</h3>
            <p class="intro">{ text::CONTRIBUTION_INTRO }</p>
            if let Some(button) = export_contribution {
                <div class="form-actions">{ button }</div>
            } else {
                <p class="hint">{ text::CONTRIBUTION_NEEDS_ROLE }</p>
            }
            <div class="field import">
                <label for="merge-file">{ text::MERGE_LABEL }</label>
                <input id="merge-file" type="file" accept=".json,application/json"
                    onchange={on_merge_file} aria-describedby="merge-hint" />
                <p id="merge-hint" class="hint">{ text::MERGE_HINT }</p>
            </div>
            if let Some(report) = (*report).clone() {
                { merge_report_view(&report, "merge-report") }
            }
            <SyncPanel sync={props.sync.clone()} agenda={props.agenda.clone()} />
            <h3 id="template-heading">{ text::TEMPLATE_HEADING }</h3>
            <p class="intro">{ text::TEMPLATE_INTRO }</p>
            if props.agenda.departments().is_empty() {
                <p class="hint">{ text::TEMPLATE_NEEDS_DEPARTMENT }</p>
            } else {
                <div class="field-row">
                    <div class="field">
                        <label for="template-lead">{ text::PROJECT_LEAD }</label>
                        <select id="template-lead" onchange={on_template_lead}>
                            { for props.agenda.departments().iter().map(|d| html! {
                                <option value={d.id().to_string()} selected={Some(d.id()) == *template_lead}>{ d.name() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field import">
                        <label for="template-file">{ text::TEMPLATE_FILE_LABEL }</label>
                        <input id="template-file" type="file" accept=".json,application/json"
                            onchange={on_template} aria-describedby="template-hint" />
                        <p id="template-hint" class="hint">{ text::TEMPLATE_HINT }</p>
                    </div>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SnapshotProps {
    store: Store,
    on_restore: Callback<(Agenda, String)>,
    /// Only so that the list is read again after every change.
    agenda: Shared<Agenda>,
}

/// The stored snapshots, newest first, each with a restore button.
#[component]
fn SnapshotList(props: &SnapshotProps) -> Html {
    let problem = use_state(|| None::<String>);
    let viewing = use_state(|| None::<(String, Shared<Agenda>)>);
    let snapshots = props.store.snapshots();
    html! {
        <>
            <h3 id="snapshots-heading">{ text::SNAPSHOTS_HEADING }</h3>
            <p class="intro">{ text::SNAPSHOTS_INTRO }</p>
            if let Some(problem) = (*problem).clone() {
                <p class="alert" role="alert">{ problem }</p>
            }
            if snapshots.is_empty() {
                <p class="empty" id="snapshots-empty">{ text::SNAPSHOTS_EMPTY }</p>
            } else {
                <table class="result-table" id="snapshots">
                    <thead><tr>
                        <th scope="col">{ text::SNAPSHOT_COL_TIME }</th>
                        <th scope="col">{ text::SNAPSHOT_COL_REASON }</th>
                        <th scope="col">{ text::SNAPSHOT_COL_SIZE }</th>
                        <th scope="col"><span class="visually-hidden">{ text::SNAPSHOT_RESTORE }</span></th>
                    </tr></thead>
                    <tbody>{ for snapshots.iter().map(|s| {
                        let time = text::snapshot_time(&s.taken);
                        let onclick = {
                            let (store, key, on_restore, problem, time) =
                                (props.store.clone(), s.key.clone(), props.on_restore.clone(), problem.clone(), time.clone());
                            Callback::from(move |_: MouseEvent| match store.load_snapshot(&key) {
                                Ok(agenda) => {
                                    problem.set(None);
                                    on_restore.emit((agenda, text::snapshot_restored(&time)));
                                }
                                Err(error) => problem.set(Some(text::import_failed(&text::load_error(&error)))),
                            })
                        };
                        let on_view = {
                            let (store, key, viewing, problem, time) =
                                (props.store.clone(), s.key.clone(), viewing.clone(), problem.clone(), time.clone());
                            Callback::from(move |_: MouseEvent| match store.load_snapshot(&key) {
                                Ok(agenda) => {
                                    problem.set(None);
                                    viewing.set(Some((time.clone(), Shared::new(agenda))));
                                    browser::reveal("snapshot-view");
                                }
                                Err(error) => problem.set(Some(text::import_failed(&text::load_error(&error)))),
                            })
                        };
                        html! {
                            <tr key={s.key.clone()}>
                                <td>{ time.clone() }</td>
                                <td>{ text::snapshot_reason(s.reason) }</td>
                                <td>{ text::bytes(s.size * 2) }</td>
                                <td>
                                    <button type="button" class="snapshot-view" onclick={on_view}
                                        aria-label={text::snapshot_view_label(&time)}>{ text::SNAPSHOT_VIEW }</button>
                                    { " " }
                                    <button type="button" class="snapshot-restore" {onclick}
                                        aria-label={text::snapshot_restore_label(&time)}>{ text::SNAPSHOT_RESTORE }</button>
                                </td>
                            </tr>
                        }
                    }) }</tbody>
                </table>
            }
            if let Some((time, agenda)) = (*viewing).clone() {
                <section class="snapshot-view" id="snapshot-view" tabindex="-1"
                    aria-label={text::snapshot_view_label(&time)}>
                    <p><strong>{ text::snapshot_viewing(&time) }</strong>{ " " }
                        <button type="button" id="snapshot-view-close"
                            onclick={let v = viewing.clone(); move |_| v.set(None)}>{ text::DISMISS }</button>
                    </p>
                    <DocumentView {agenda} today={browser::today()} />
                </section>
            }
        </>
    }
}
