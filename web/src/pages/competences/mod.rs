//! The Kompetenzrad: the wheel as a radar chart with its table, the gaps
//! (largest first, each can become a training project), the competences,
//! the team's self-assessments and the departments' staff surveys.
//!
//! Survey figures are read only through `competence::survey_figures`, so
//! a department with fewer than five answers shows no number anywhere; the
//! entry form of the department itself is the one place its own counts
//! appear.

mod assessments;
mod catalogue;
mod surveys;

use crate::widgets::competence_wheel::{
    Line, LineStyle, Wheel, competence_change, overview_lines, target_line,
};
use agenda_core::competence::{self, CompetenceArea, Rating, SurveyFigures};
use agenda_core::rights::Part;
use agenda_core::{Action, Agenda, AssessmentId, DepartmentId, ProjectDraft, ProjectId, SurveyId};
use assessments::Assessments;
use catalogue::CompetenceList;
use surveys::Surveys;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::role::Role;
use crate::route::Section;
use crate::route::Target;
use crate::shared::Shared;
use crate::{platform::browser, text};

/// What the wheel shows: the overview, one person or one department.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    Overview,
    Person(AssessmentId),
    Department(SurveyId),
}

impl Shown {
    fn key(self) -> String {
        match self {
            Self::Overview => "overview".into(),
            Self::Person(id) => format!("p:{id}"),
            Self::Department(id) => format!("d:{id}"),
        }
    }

    fn from_key(key: &str) -> Self {
        if let Some(id) = key.strip_prefix("p:").and_then(|k| k.parse().ok()) {
            return Self::Person(id);
        }
        if let Some(id) = key.strip_prefix("d:").and_then(|k| k.parse().ok()) {
            return Self::Department(id);
        }
        Self::Overview
    }
}

fn person_name(person: &str) -> String {
    if person.is_empty() {
        text::COMP_UNNAMED.into()
    } else {
        person.into()
    }
}

fn lines_for(agenda: &Agenda, shown: Shown) -> Vec<Line> {
    match shown {
        Shown::Overview => overview_lines(agenda),
        Shown::Person(id) => {
            let Some(a) = agenda.assessment(id) else {
                return overview_lines(agenda);
            };
            let pick = |f: fn(&Rating) -> u8| {
                agenda
                    .competences()
                    .iter()
                    .map(|c| a.rating(c.id()).map(|r| u32::from(f(&r)) * 100))
                    .collect()
            };
            vec![
                Line {
                    label: text::COMP_PERSONAL_TARGET.into(),
                    style: LineStyle::Target,
                    values: pick(|r| r.target),
                },
                Line {
                    label: format!("{} ({})", person_name(a.person()), a.date().to_german()),
                    style: LineStyle::First,
                    values: pick(|r| r.current),
                },
            ]
        }
        Shown::Department(id) => {
            let answers = match agenda.survey(id).map(competence::survey_figures) {
                Some(SurveyFigures::Shown { answers, .. }) => answers,
                _ => Vec::new(),
            };
            let values = agenda
                .competences()
                .iter()
                .map(|c| {
                    answers
                        .iter()
                        .find(|a| a.competence == c.id())
                        .and_then(|a| competence::mean_of_counts(&a.counts))
                })
                .collect();
            let name = agenda
                .survey(id)
                .and_then(|s| agenda.department(s.department()))
                .map(|d| d.name().to_owned())
                .unwrap_or_default();
            vec![
                target_line(agenda),
                Line {
                    label: name,
                    style: LineStyle::Second,
                    values,
                },
            ]
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub agenda: Shared<Agenda>,
    pub on_action: Callback<Action>,
    pub role: Role,
    pub on_navigate: Callback<Target>,
}

#[component]
pub fn CompetenceView(props: &Props) -> Html {
    let agenda = &props.agenda;
    let shown = use_state(|| Shown::Overview);
    let take_preset = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            for (n, (area, name)) in competence::PRESET.iter().enumerate() {
                on_action.emit(Action::AddCompetence {
                    id: competence::preset_id(n),
                    area: *area,
                    name: (*name).into(),
                    target: competence::PRESET_TARGET,
                });
            }
        })
    };
    let on_shown = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            shown.set(Shown::from_key(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ));
        })
    };
    let current = *shown;
    let choices = agenda
        .assessments()
        .iter()
        .map(|a| {
            (
                Shown::Person(a.id()),
                format!("{}, {}", person_name(a.person()), a.date().to_german()),
            )
        })
        .chain(competence::survey_rounds(agenda).into_iter().map(|(s, _)| {
            let name = agenda
                .department(s.department())
                .map(|d| d.name().to_owned())
                .unwrap_or_default();
            (
                Shown::Department(s.id()),
                format!("{name}, {}", s.date().to_german()),
            )
        }));
    html! {
        <section class="competences" aria-labelledby="comp-heading">
            <h2 id="comp-heading">{ text::COMP_HEADING }</h2>
            <p class="intro">{ text::COMP_INTRO }</p>
            if agenda.competences().is_empty() {
                <p class="empty">{ text::COMP_EMPTY }</p>
                if props.role.may(Part::Competence, None) {
                    <button type="button" class="primary" id="comp-preset" onclick={take_preset}>
                        { text::COMP_TAKE_PRESET }
                    </button>
                } else {
                    <p class="hint">{ text::COMP_SET_UP_BY }</p>
                }
            } else {
                <details class="comp-scale">
                    <summary>{ text::COMP_SCALE_HEADING }</summary>
                    <dl>{ for agenda_core::vocabulary::COMPETENCE_LEVEL.iter().enumerate().map(|(n, (name, description))| html! {
                        <><dt>{ format!("{n} – {name}") }</dt><dd>{ *description }</dd></>
                    }) }</dl>
                </details>
                <h3>{ text::COMP_WHEEL_HEADING }</h3>
                <div class="field">
                    <label for="comp-lines">{ text::COMP_SHOW_LABEL }</label>
                    <select id="comp-lines" onchange={on_shown}>
                        <option value="overview" selected={current == Shown::Overview}>{ text::COMP_SHOW_OVERVIEW }</option>
                        { for choices.map(|(choice, label)| html! {
                            <option value={choice.key()} selected={current == choice}>{ label }</option>
                        }) }
                    </select>
                </div>
                <Wheel agenda={agenda.clone()} lines={lines_for(agenda, current)} />
                { gap_list(agenda, &props.on_action, props.role, &props.on_navigate) }
                { competence_change(agenda, false) }
            }
            <CompetenceList agenda={agenda.clone()} on_action={props.on_action.clone()} role={props.role} />
            if !agenda.competences().is_empty() {
                <Assessments agenda={agenda.clone()} on_action={props.on_action.clone()} role={props.role} />
                <Surveys agenda={agenda.clone()} on_action={props.on_action.clone()} role={props.role} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    agenda: Shared<Agenda>,
    on_action: Callback<Action>,
    role: Role,
}

/// The department that leads a training project made from a gap: the
/// role's own, else one whose name says Personal, else the first.
fn training_lead(agenda: &Agenda, role: Role) -> Option<DepartmentId> {
    if let Role::Department(own) = role {
        return Some(own);
    }
    agenda
        .departments()
        .iter()
        .find(|d| d.name().to_lowercase().contains("personal"))
        .or_else(|| agenda.departments().first())
        .map(|d| d.id())
}

/// The gaps, largest first: one sentence that sums them up, one table
/// (no project yet reads "noch keins", not a red line per gap), the
/// competences at target and the unrated in a line each, and one form that
/// turns a gap without project into a training project. A plain function
/// (no state), so it costs no component of its own.
fn gap_list(
    agenda: &Agenda,
    on_action: &Callback<Action>,
    role: Role,
    on_navigate: &Callback<Target>,
) -> Html {
    let all = competence::gaps(agenda);
    if all.iter().all(|g| g.size.is_none()) {
        return html! {
            <>
                <h3 id="comp-gaps">{ text::COMP_GAPS_HEADING }</h3>
                <p class="empty">{ text::COMP_GAPS_EMPTY }</p>
            </>
        };
    }
    let name = |g: &competence::Gap| agenda.competence(g.competence).map(|c| c.name().to_owned());
    let below: Vec<&competence::Gap> = all
        .iter()
        .filter(|g| g.size.is_some_and(|s| s > 0))
        .collect();
    let open: Vec<&competence::Gap> = below.iter().copied().filter(|g| g.is_open()).collect();
    let at_target: Vec<String> = all
        .iter()
        .filter(|g| g.size.is_some_and(|s| s <= 0))
        .filter_map(name)
        .collect();
    let unrated: Vec<String> = all
        .iter()
        .filter(|g| g.size.is_none())
        .filter_map(name)
        .collect();
    let lead = training_lead(agenda, role)
        .filter(|_| role.may(Part::Competence, None) && !open.is_empty());
    let make = lead.map(|lead| {
        let field = agenda
            .fields()
            .iter()
            .find(|f| f.name().to_lowercase().contains("kompetenz"))
            .map(|f| f.id());
        let (agenda, on_action, on_navigate) =
            (agenda.clone(), on_action.clone(), on_navigate.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(c) = browser::select_value_of(GAP_CHOICE)
                .and_then(|v| v.parse().ok())
                .and_then(|id| agenda.competence(id))
            else {
                return;
            };
            let mut draft = ProjectDraft::new(text::training_title(c.name()), lead);
            draft.field = field;
            draft.competences = vec![c.id()];
            let project = browser::new_id(ProjectId::from_random_bytes);
            on_action.emit(Action::AddProject { id: project, draft });
            on_navigate.emit(Target {
                section: Section::Projects,
                element: Some(format!("project-{project}")),
                project: Some(project),
            });
        })
    });
    html! {
        <>
            <h3 id="comp-gaps">{ text::COMP_GAPS_HEADING }</h3>
            <p id="comp-gaps-summary">{ text::gaps_summary(below.len(), open.len(), all.len()) }</p>
            if !below.is_empty() {
                <div class="table-scroll" role="region" aria-labelledby="comp-gaps" tabindex="0">
                    <table class="doc-table gap-table">
                        <thead><tr>
                            <th scope="col">{ text::COMP_COL_NAME }</th>
                            <th scope="col">{ text::COMP_COL_AREA }</th>
                            <th scope="col">{ text::COMP_COL_GAP }</th>
                            <th scope="col">{ text::COMP_PROJECTS }</th>
                        </tr></thead>
                        <tbody>{ for below.iter().filter_map(|gap| {
                            let c = agenda.competence(gap.competence)?;
                            let projects: Vec<String> = gap.projects.iter().filter_map(|p| agenda.project(*p)).map(|p| p.title().to_owned()).collect();
                            Some(html! {
                                <tr id={format!("gap-{}", c.id())} class={gap.is_open().then_some("open")}>
                                    <th scope="row">{ c.name() }</th>
                                    <td>{ c.area().label() }</td>
                                    <td class="num">{ competence::change_text(gap.size.unwrap_or(0)) }</td>
                                    <td>{ if projects.is_empty() { text::COMP_NO_PROJECT_YET.to_owned() } else { projects.join("; ") } }</td>
                                </tr>
                            })
                        }) }</tbody>
                    </table>
                </div>
            }
            if !at_target.is_empty() {
                <p><strong>{ text::COMP_AT_TARGET }</strong>{ " " }{ at_target.join(", ") }</p>
            }
            if !unrated.is_empty() {
                <p><strong>{ text::COMP_UNRATED }</strong>{ " " }{ unrated.join(", ") }</p>
            }
            if let Some(make) = make {
                <div class="inline-form gap-project">
                    <label for={GAP_CHOICE}>{ text::COMP_GAP_CHOICE }</label>
                    <select id={GAP_CHOICE}>
                        // The largest first, and chosen (yew inserts
                        // options last to first, so the browser would
                        // otherwise choose the last).
                        { for open.iter().filter_map(|g| agenda.competence(g.competence)).enumerate().map(|(i, c)| html! {
                            <option key={c.id().to_string()} value={c.id().to_string()} selected={i == 0}>{ c.name() }</option>
                        }) }
                    </select>
                    <button type="button" id="gap-project-make" onclick={make}>{ text::COMP_TO_PROJECT }</button>
                </div>
            }
        </>
    }
}

/// The select of the gap to turn into a training project.
const GAP_CHOICE: &str = "gap-project-choice";

fn area_key(area: CompetenceArea) -> &'static str {
    match area {
        CompetenceArea::Fach => "fach",
        CompetenceArea::Methode => "methode",
        CompetenceArea::Sozial => "sozial",
        CompetenceArea::Personal => "personal",
    }
}

fn area_of(key: &str) -> CompetenceArea {
    CompetenceArea::ALL
        .into_iter()
        .find(|a| area_key(*a) == key)
        .unwrap_or_default()
}

/// What is being edited in a list: nothing, a new item or an existing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing<I> {
    None,
    New,
    Item(I),
}

/// Sets what is edited and, once it is painted, moves the focus to
/// `focus`: the form's first field, or the button that opens it again.
fn switch<I: Copy + 'static>(
    editing: &UseStateHandle<Editing<I>>,
    next: Editing<I>,
    focus: &'static str,
) {
    editing.set(next);
    browser::after_next_paint(move || browser::focus(focus));
}
