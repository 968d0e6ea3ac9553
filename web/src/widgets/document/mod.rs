//! The agenda as a document for the council (Stadtrat/Kreistag): a title
//! page, the strategy, the departments' perspectives, the prioritisation,
//! progress, roadmap, the Haushalt overview, the Kompetenzrad and one page
//! per project Steckbrief (overdue milestones marked). The print
//! stylesheet (A4, page breaks, no navigation) turns it into a clean PDF;
//! the same markup, saved with inline styles and no scripts, is the HTML
//! download that Word and LibreOffice open. Two variants: the yearly
//! Fortschrittsbericht and the Steckbriefe alone.

mod argument_sheet;
mod budget_chapter;

use std::sync::Arc;

use agenda_core::{Agenda, Date, GuidelineStatus, PerspectiveKind, Project, ProjectId};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::widgets::competence_wheel::{competence_change, competence_chapter};
use argument_sheet::argument_sheet;
use budget_chapter::budget_chapter;

use crate::shared::Shared;
use crate::widgets::changes::contributors_line;
use crate::widgets::roadmap_years::{ByYearProps, roadmap_by_year};
use crate::{platform::browser, text};

/// The element whose markup is printed and downloaded.
pub const DOCUMENT_ID: &str = "agenda-document";

/// The parts that begin a new page, on paper as in the downloaded file.
const PAGE_STARTS: &str = ".doc-part, .steckbrief";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub today: Date,
    /// A project from the address (`#dokument/<id>`): its argument sheet.
    #[prop_or_default]
    pub project: Option<ProjectId>,
}

/// Which document to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The whole agenda for the council.
    Full,
    /// Projects only: status, milestones reached and updates since a date.
    Report,
    /// One page per project Steckbrief, nothing else.
    Sheets,
    /// One project's argument sheet for the Kämmerei (one A4 page).
    Arguments,
}

impl Variant {
    const ALL: [Self; 4] = [Self::Full, Self::Report, Self::Sheets, Self::Arguments];

    fn key(self) -> &'static str {
        match self {
            Self::Full => "gesamt",
            Self::Report => "bericht",
            Self::Sheets => "steckbriefe",
            Self::Arguments => "argumente",
        }
    }

    fn label(self) -> &'static str {
        text::DOC_VARIANTS
            .get(self as usize)
            .copied()
            .unwrap_or_default()
    }
}

fn a_year_before(today: Date) -> Date {
    Date::new(today.year() - 1, today.month(), today.day().min(28)).unwrap_or(today)
}

#[component]
pub fn DocumentView(props: &Props) -> Html {
    let variant = use_state(|| match props.project {
        Some(_) => Variant::Arguments,
        None => Variant::Full,
    });
    let agenda = &props.agenda;
    let chosen = use_state(|| {
        props
            .project
            .or_else(|| agenda.projects().first().map(|p| p.id()))
    });
    {
        // A link to another project's argument sheet while the view is open.
        let (variant, chosen) = (variant.clone(), chosen.clone());
        use_effect_with(props.project, move |project| {
            if let Some(id) = *project {
                chosen.set(Some(id));
                variant.set(Variant::Arguments);
            }
        });
    }
    let appendix = use_state(|| false);
    let since = use_state(|| a_year_before(props.today));
    let version = use_state(|| text::DOC_VERSION_DEFAULT.to_owned());
    let problem = use_state(|| None::<String>);

    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_html = {
        let (agenda, problem) = (agenda.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let title = text::doc_title(agenda.municipality());
            let result = crate::platform::word_file::markup(DOCUMENT_ID, PAGE_STARTS)
                .ok_or_else(|| text::DOC_NOT_RENDERED.to_owned())
                .and_then(|body| {
                    let html = standalone_html(&title, &body);
                    let name = format!("{}.html", browser::file_stem(&agenda));
                    browser::download(&name, &html, "text/html;charset=utf-8")
                        .map_err(|e| text::save_other(&e))
                });
            problem.set(result.err());
        })
    };
    let on_version = {
        let version = version.clone();
        Callback::from(move |e: InputEvent| {
            version.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_since = {
        let since = since.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(date) = value.parse::<Date>() {
                since.set(date);
            }
        })
    };

    html! {
        <section class="document-view" aria-labelledby="document-heading">
            <div class="no-print">
                <h2 id="document-heading">{ text::DOC_HEADING }</h2>
                <p class="intro">{ text::DOC_INTRO }</p>
                <fieldset class="doc-variant">
                    <legend>{ text::DOC_VARIANT_LEGEND }</legend>
                    { for Variant::ALL.into_iter().map(|v| {
                        let id = format!("doc-variant-{}", v.key());
                        let variant_state = variant.clone();
                        html! {
                            <label for={id.clone()} class="choice">
                                <input type="radio" name="doc-variant" id={id} checked={*variant == v}
                                    onchange={move |_| variant_state.set(v)} />
                                { v.label() }
                            </label>
                        }
                    }) }
                </fieldset>
                <div class="field-row">
                    <div class="field">
                        <label for="doc-version">{ text::DOC_VERSION_LABEL }</label>
                        <input id="doc-version" type="text" maxlength="80" value={(*version).clone()}
                            oninput={on_version} />
                    </div>
                    if *variant == Variant::Report {
                        <div class="field">
                            <label for="doc-since">{ text::DOC_SINCE_LABEL }</label>
                            <input id="doc-since" type="date" value={since.to_string()} onchange={on_since} />
                        </div>
                    }
                    if *variant == Variant::Arguments {
                        <div class="field">
                            <label for="doc-project">{ text::ARG_CHOOSE }</label>
                            <select id="doc-project" onchange={let chosen = chosen.clone(); move |e: Event| {
                                chosen.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().ok());
                            }}>
                                { for agenda.projects().iter().map(|p| html! {
                                    <option value={p.id().to_string()} selected={*chosen == Some(p.id())}>{ p.title() }</option>
                                }) }
                            </select>
                        </div>
                    }
                </div>
                if *variant == Variant::Full {
                    <label for="doc-appendix" class="checkbox">
                        <input type="checkbox" id="doc-appendix" checked={*appendix}
                            onchange={let appendix = appendix.clone(); move |e: Event| {
                                appendix.set(e.target_unchecked_into::<HtmlInputElement>().checked());
                            }} />
                        { text::ARG_APPENDIX }
                    </label>
                }
                if let Some(problem) = (*problem).clone() {
                    <p class="alert" role="alert">{ problem }</p>
                }
                <div class="form-actions">
                    <button type="button" class="primary" id="doc-print" onclick={on_print}>{ text::DOC_PRINT }</button>
                    <button type="button" id="doc-html" onclick={on_html}>{ text::DOC_HTML }</button>
                </div>
                <p class="hint">{ text::DOC_PRINT_HINT }</p>
            </div>
            <article id={DOCUMENT_ID} class={classes!("agenda-document", variant.key())}>
                if matches!(*variant, Variant::Full | Variant::Report) {
                    { title_page(&TitleProps { agenda: agenda.clone(), today: props.today, version: (*version).clone(), report: *variant == Variant::Report }) }
                }
                { match *variant {
                    Variant::Full => html! { { full_document(&FullProps { agenda: agenda.clone(), today: props.today }) } },
                    Variant::Report => html! { { progress_report(&ReportProps { agenda: agenda.clone(), since: *since, today: props.today }) } },
                    Variant::Sheets => html! {},
                    Variant::Arguments => match chosen.and_then(|id| agenda.projects().iter().find(|p| p.id() == id)) {
                        Some(p) => argument_sheet(agenda, p, &agenda.priority_result()),
                        None => html! { <p class="empty">{ text::PROJECTS_EMPTY }</p> },
                    },
                } }
                if matches!(*variant, Variant::Full | Variant::Sheets) {
                    { for agenda.projects().iter().map(|p| html! {
                        { steckbrief(&SheetProps { agenda: agenda.clone(), project: p.clone(), today: props.today }) }
                    }) }
                }
                if *variant == Variant::Full && *appendix {
                    {{
                        let ranking = agenda.priority_result();
                        agenda.projects().iter().filter(|p| !p.sheet().costs.is_empty())
                            .map(|p| argument_sheet(agenda, p, &ranking)).collect::<Html>()
                    }}
                }
            </article>
        </section>
    }
}

/// The downloadable file: the document's markup with the print styles
/// inline and no scripts.
fn standalone_html(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        browser::escape_html(title),
        DOCUMENT_CSS
    )
}

/// Styles of the standalone HTML file (the app's own print rules live in
/// `style.css`).
const DOCUMENT_CSS: &str = "body { font-family: 'Segoe UI', Arial, sans-serif; color: #000; \
max-width: 48rem; margin: 2rem auto; line-height: 1.45; }\n\
h1 { font-size: 2rem; } h2 { border-bottom: 2px solid #000; margin-top: 2.5rem; }\n\
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }\n\
th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; \
font-size: 9pt; }\n\
.dense { font-size: 7.5pt; padding: 0.15rem 0.3rem; }\n\
img { max-width: 100%; height: auto; }\n\
dt { font-weight: bold; } dd { margin: 0 0 0.5rem 0; white-space: pre-line; }\n\
.doc-title { text-align: center; padding: 4rem 0; }\n\
.steckbrief, .doc-part { page-break-before: always; break-before: page; }\n\
.agenda-document > :first-child { page-break-before: auto; break-before: auto; }\n\
.page-start { page-break-before: always; break-before: page; }\n\
.chart-text { font-size: 0.9rem; }\n\
@page { size: A4; margin: 18mm 16mm; }\n";

struct TitleProps {
    agenda: Shared<Agenda>,
    today: Date,
    version: String,
    report: bool,
}

fn title_page(props: &TitleProps) -> Html {
    let heading = if props.report {
        text::DOC_REPORT_TITLE
    } else {
        text::DOC_TITLE
    };
    html! {
        <header class="doc-title">
            <p class="doc-town">{ props.agenda.municipality() }</p>
            <h1>{ heading }</h1>
            <p class="doc-version">{ props.version.clone() }</p>
            <p class="doc-date">{ text::doc_date(props.today) }</p>
        </header>
    }
}

struct FullProps {
    agenda: Shared<Agenda>,
    today: Date,
}

fn full_document(props: &FullProps) -> Html {
    let a = &props.agenda;
    let vision = a.vision().text();
    html! {
        <>
            <section class="doc-part" id="doc-strategy">
                <h2>{ text::DOC_VISION }</h2>
                if vision.is_empty() {
                    <p class="empty">{ text::DOC_NO_VISION }</p>
                } else {
                    <p class="doc-vision">{ vision }</p>
                }
                { fields_line(a) }
                <h2>{ text::DOC_GUIDELINES }</h2>
                // Numbered in the heading: a word processor counts a list
                // whose items hold headings as "1." each time.
                <div class="doc-guidelines">
                    { for a.guidelines().iter().enumerate().map(|(n, g)| html! {
                        <div class="doc-guideline">
                            <h3>{ format!("{}. {}", n + 1, g.title()) }</h3>
                            <p class="doc-meta">
                                { if g.status() == GuidelineStatus::Adopted { text::DOC_ADOPTED } else { text::DOC_DRAFT } }
                                { g.field().and_then(|f| a.field(f)).map(|f| format!(" · {}", f.name())).unwrap_or_default() }
                            </p>
                            if !g.description().is_empty() { <p>{ g.description() }</p> }
                            if !g.rationale().is_empty() {
                                <p><strong>{ text::DOC_RATIONALE }</strong>{ " " }{ g.rationale() }</p>
                            }
                        </div>
                    }) }
                </div>
            </section>
            <section class="doc-part" id="doc-perspectives">
                <h2>{ text::DOC_PERSPECTIVES }</h2>
                { for a.departments().iter().map(|d| {
                    let mine: Vec<_> = a.perspectives_of(d.id()).collect();
                    html! {
                        <div class="doc-department">
                            <h3>{ d.name() }</h3>
                            if mine.is_empty() {
                                <p class="empty">{ text::DOC_NO_PERSPECTIVES }</p>
                            } else {
                                <ul>{ for mine.iter().map(|p| html! {
                                    <li><strong>{ kind(p.kind()) }{ ": " }</strong>{ p.text() }</li>
                                }) }</ul>
                            }
                            { contributors_line(a, d.id()) }
                        </div>
                    }
                }) }
            </section>
            <section class="doc-part" id="doc-priorities">
                <h2>{ text::DOC_PRIORITIES }</h2>
                { priority_table(&AgendaProps { agenda: a.clone() }) }
            </section>
            <section class="doc-part" id="doc-progress">
                <h2>{ text::DOC_PROGRESS }</h2>
                { progress_table(&AgendaProps { agenda: a.clone() }) }
                { roadmap_by_year(&ByYearProps { agenda: a.clone(), today: props.today }) }
            </section>
            { budget_chapter(a) }
            { competence_chapter(a) }
        </>
    }
}

/// The Handlungsfelder as one line before the Leitplanken (a page of
/// bullets after them, before, left a page nearly empty).
fn fields_line(a: &Agenda) -> Html {
    if a.fields().is_empty() {
        return Html::default();
    }
    let names: Vec<&str> = a.fields().iter().map(|f| f.name()).collect();
    html! {
        <>
            <h2>{ text::DOC_FIELDS }</h2>
            <p class="doc-fields">{ names.join(" · ") }</p>
        </>
    }
}

fn kind(k: PerspectiveKind) -> &'static str {
    agenda_core::vocabulary::perspective_kind(k)
}

struct AgendaProps {
    agenda: Shared<Agenda>,
}

fn priority_table(props: &AgendaProps) -> Html {
    let a = &props.agenda;
    let result = a.priority_result();
    if result.items.is_empty() || result.departments.is_empty() {
        return html! { <p class="empty">{ text::RESULTS_EMPTY }</p> };
    }
    html! {
        <>
            <p>{ text::concordance(result.concordance, result.departments.len()) }</p>
            <table class="doc-table">
                <thead><tr>
                    <th scope="col">{ text::COL_PLACE }</th>
                    <th scope="col">{ text::COL_ITEM }</th>
                    <th scope="col">{ text::DOC_SCORE }</th>
                    <th scope="col">{ text::COL_AGREEMENT }</th>
                </tr></thead>
                <tbody>{ for result.items.iter().map(|r| html! {
                    <tr>
                        <td>{ format!("{}.", r.place) }</td>
                        <th scope="row">{ a.item_name(r.item).unwrap_or_default() }</th>
                        <td>{ match r.weighted_points {
                            Some(points) => points.to_string(),
                            None => crate::format::decimal(r.borda, 1),
                        } }</td>
                        <td>{ agenda_core::vocabulary::agreement(r.agreement) }</td>
                    </tr>
                }) }</tbody>
            </table>
        </>
    }
}

fn progress_table(props: &AgendaProps) -> Html {
    let a = &props.agenda;
    let overall = a.overall_progress();
    html! {
        <>
            <p><strong>{ text::overall_label(overall.percent, overall.projects) }</strong></p>
            <table class="doc-table">
                <thead><tr>
                    <th scope="col">{ text::PROJECT_TITLE }</th>
                    <th scope="col">{ text::PROJECT_LEAD }</th>
                    <th scope="col">{ text::DOC_STATUS }</th>
                    <th scope="col">{ text::DOC_PROGRESS_COL }</th>
                </tr></thead>
                <tbody>{ for a.projects().iter().map(|p| html! {
                    <tr>
                        <th scope="row">{ p.title() }</th>
                        <td>{ a.department(p.lead()).map(|d| d.name().to_owned()).unwrap_or_default() }</td>
                        <td>{ agenda_core::vocabulary::project_status(p.status()) }</td>
                        <td>{ text::progress_label(&p.progress()) }</td>
                    </tr>
                }) }</tbody>
            </table>
        </>
    }
}

struct ReportProps {
    agenda: Shared<Agenda>,
    since: Date,
    today: Date,
}

/// The yearly Fortschrittsbericht: per project the status, what was reached
/// since the chosen date, and the Kennzahlen.
fn progress_report(props: &ReportProps) -> Html {
    let a = &props.agenda;
    let since = props.since;
    html! {
        <section class="doc-part" id="doc-report">
            <h2>{ text::doc_report_since(since) }</h2>
            { progress_table(&AgendaProps { agenda: a.clone() }) }
            { for a.projects().iter().map(|p| {
                let reached: Vec<_> = p.milestones().iter().filter(|m| m.done() && m.due() >= since).collect();
                let overdue: Vec<_> = p.milestones().iter().filter(|m| m.is_overdue(props.today)).collect();
                let updates: Vec<_> = p.updates().iter().filter(|u| u.date() >= since).collect();
                html! {
                    <section class="doc-report-project">
                        <h3>{ p.title() }</h3>
                        <p class="doc-meta">{ format!("{} · {}", agenda_core::vocabulary::project_status(p.status()), text::progress_label(&p.progress())) }</p>
                        <h4>{ text::DOC_REACHED }</h4>
                        if reached.is_empty() {
                            <p class="empty">{ text::DOC_NOTHING_REACHED }</p>
                        } else {
                            <ul>{ for reached.iter().map(|m| html! {
                                <li>{ format!("{} – {}", m.due().to_german(), m.title()) }</li>
                            }) }</ul>
                        }
                        if !overdue.is_empty() {
                            <h4>{ text::DOC_OVERDUE }</h4>
                            <ul class="doc-milestones">{ for overdue.iter().map(|m| html! {
                                <li class="overdue">{ format!("{} – {}", m.due().to_german(), m.title()) }</li>
                            }) }</ul>
                        }
                        if !updates.is_empty() {
                            <h4>{ text::DOC_UPDATES }</h4>
                            <ul>{ for updates.iter().map(|u| html! {
                                <li>{ format!("{}: {}", u.date().to_german(), agenda_core::vocabulary::project_status(u.status())) }
                                    if !u.note().is_empty() { { " – " }{ u.note() } }</li>
                            }) }</ul>
                        }
                        { indicators(&ProjectProps { project: p.clone() }) }
                    </section>
                }
            }) }
            { competence_change(a, true) }
        </section>
    }
}

struct ProjectProps {
    project: Arc<Project>,
}

fn indicators(props: &ProjectProps) -> Html {
    let indicators = props.project.indicators();
    if indicators.is_empty() {
        return html! {};
    }
    html! {
        <table class="doc-table">
            <caption>{ text::DOC_INDICATORS }</caption>
            <thead><tr>
                <th scope="col">{ text::DOC_INDICATOR }</th>
                <th scope="col">{ text::DOC_BASELINE }</th>
                <th scope="col">{ text::DOC_TARGET }</th>
                <th scope="col">{ text::DOC_CURRENT }</th>
            </tr></thead>
            <tbody>{ for indicators.iter().map(|i| {
                let unit = |v: f64| format!("{} {}", crate::format::number(v), i.unit()).trim_end().to_owned();
                html! {
                    <tr>
                        <th scope="row">{ i.name() }</th>
                        <td>{ unit(i.baseline()) }</td>
                        <td>{ unit(i.target()) }</td>
                        <td>{ i.current().map(|m| format!("{} ({})", unit(m.value()), m.date().to_german())).unwrap_or_else(|| "–".into()) }</td>
                    </tr>
                }
            }) }</tbody>
        </table>
    }
}

struct SheetProps {
    agenda: Shared<Agenda>,
    project: Arc<Project>,
    today: Date,
}

/// One project on one page.
fn steckbrief(props: &SheetProps) -> Html {
    let a = &props.agenda;
    let p = &props.project;
    let s = p.sheet();
    let department = |id| a.department(id).map(|d| d.name().to_owned());
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "–".to_owned()
        } else {
            items.join(", ")
        }
    };
    let money = agenda_core::kaemmerei::finance::money(a.finance(), s);
    let dates = match (s.start, s.end) {
        (Some(start), Some(end)) => text::period(start, end),
        (Some(start), None) => format!("ab {}", start.to_german()),
        (None, Some(end)) => format!("bis {}", end.to_german()),
        (None, None) => "–".to_owned(),
    };
    let row =
        |label: &'static str, value: String| html! { <><dt>{ label }</dt><dd>{ value }</dd></> };
    html! {
        <section class="steckbrief" aria-label={text::sheet_label(p.title())}>
            <p class="doc-kicker">{ text::DOC_STECKBRIEF }</p>
            <h2>{ p.title() }</h2>
            <p class="doc-meta">{ format!("{} · {} · {}", agenda_core::vocabulary::project_status(p.status()), text::band(s.band), text::progress_label(&p.progress())) }</p>
            <dl>
                { row(text::PROJECT_DESCRIPTION, or_dash(&s.description)) }
                { row(text::PROJECT_EFFECT, or_dash(&s.effect)) }
                { row(text::PROJECT_GUIDELINES, list(s.guidelines.iter().filter_map(|g| a.guideline(*g)).map(|g| g.title().to_owned()).collect())) }
                { row(text::PROJECT_LEAD, department(s.lead).unwrap_or_default()) }
                { row(text::PROJECT_PARTICIPANTS, list(s.participants.iter().filter_map(|d| department(*d)).collect())) }
                { row(text::PROJECT_RESPONSIBLE, or_dash(&s.responsible)) }
                { row(text::DOC_PERIOD, dates) }
                { row(text::DOC_BUDGET, text::doc_costs(&money)) }
                { row(text::PROJECT_FUNDING, text::doc_funding(&money, &s.grants)) }
            </dl>
            if !p.milestones().is_empty() {
                <h3>{ text::DOC_MILESTONES }</h3>
                <ul class="doc-milestones">{ for p.milestones().iter().map(|m| {
                    let overdue = m.is_overdue(props.today);
                    html! {
                        <li>
                            { format!("{} {} – {}", if m.done() { "☑" } else { "☐" }, m.due().to_german(), m.title()) }
                            if overdue { <strong class="overdue">{ " – " }{ text::OVERDUE }</strong> }
                        </li>
                    }
                }) }</ul>
            }
            { indicators(&ProjectProps { project: p.clone() }) }
        </section>
    }
}

fn or_dash(text: &str) -> String {
    if text.is_empty() {
        "–".to_owned()
    } else {
        text.to_owned()
    }
}
