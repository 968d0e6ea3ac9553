//! The Kompetenzrad: the wheel as a radar chart with its table, the gaps
//! (largest first, each can become a training project), the competences,
//! the team's self-assessments and the departments' staff surveys.
//!
//! Survey figures are read only through `competence::survey_figures`, so
//! a department with fewer than five answers shows no number anywhere; the
//! entry form of the department itself is the one place its own counts
//! appear.

use agenda_core::competence::{
    self, AssessmentDraft, CompetenceArea, LEVEL_COUNT, LEVELS, LevelCounts, Rating, SurveyDraft,
    SurveyFigures,
};
use agenda_core::model::limits::COMPETENCE_NAME_MAX_CHARS;
use agenda_core::{
    Action, Agenda, AssessmentId, CompetenceId, DepartmentId, ProjectDraft, ProjectId, SurveyId,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::dashboard_view::Target;
use crate::role::{Role, Section};
use crate::shared::Shared;
use crate::{browser, text};

/// How a line is drawn: by dash pattern and marker, so the wheel reads in
/// black and white and in forced colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStyle {
    /// Dashed, no markers: a target.
    Target,
    /// Solid with circles.
    First,
    /// Dotted with squares.
    Second,
}

impl LineStyle {
    fn class(self) -> &'static str {
        match self {
            Self::Target => "wheel-line target",
            Self::First => "wheel-line first",
            Self::Second => "wheel-line second",
        }
    }
}

/// One line of the wheel: a value per competence in hundredths of a level.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Shown in the legend and as the table's column head.
    pub label: String,
    /// How it is drawn.
    pub style: LineStyle,
    /// A value per competence in the order of the wheel; a competence
    /// without one is left out of the line.
    pub values: Vec<Option<u32>>,
}

/// The administration's targets.
fn target_line(agenda: &Agenda) -> Line {
    Line {
        label: text::COMP_TARGET.into(),
        style: LineStyle::Target,
        values: agenda
            .competences()
            .iter()
            .map(|c| Some(u32::from(c.target()) * 100))
            .collect(),
    }
}

/// Target, team mean and the staff's mean: the overview.
pub fn overview_lines(agenda: &Agenda) -> Vec<Line> {
    let team = competence::team_means(agenda, &competence::current_assessments(agenda));
    vec![
        target_line(agenda),
        Line {
            label: text::COMP_TEAM.into(),
            style: LineStyle::First,
            values: team.into_iter().map(|t| t.map(|(cur, _)| cur)).collect(),
        },
        Line {
            label: text::COMP_STAFF.into(),
            style: LineStyle::Second,
            values: competence::staff_means(agenda),
        },
    ]
}

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
                if props.role.edits_strategy() {
                    <button type="button" class="primary" id="comp-preset" onclick={take_preset}>
                        { text::COMP_TAKE_PRESET }
                    </button>
                }
            } else {
                <details class="comp-scale">
                    <summary>{ text::COMP_SCALE_HEADING }</summary>
                    <dl>{ for LEVELS.iter().enumerate().map(|(n, (name, description))| html! {
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

const WIDTH: i32 = 760;
const HEIGHT: i32 = 470;
const CENTRE: i32 = WIDTH / 2;
const MIDDLE: i32 = HEIGHT / 2;
const RADIUS: f64 = 170.0;

/// Cosine and sine of `x` in 0..=2π by their Taylor series (to x^25 the
/// error is below 1e-6 on the whole range): enough for a drawing, and no
/// libm in the bundle (4 KB for `f64::sin`/`cos`).
fn cos_sin(x: f64) -> (f64, f64) {
    let x = x - std::f64::consts::PI; // into -π..=π, where the series is good
    let (mut cos, mut sin) = (0.0, 0.0);
    let mut term = 1.0; // x^k / k!
    for k in 1..=26_u32 {
        match k % 4 {
            1 => cos += term,
            2 => sin += term,
            3 => cos -= term,
            _ => sin -= term,
        }
        term *= x / f64::from(k);
    }
    // cos(x − π) = −cos x, sin(x − π) = −sin x
    (-cos, -sin)
}

/// The point at `level` hundredths on spoke `n` of `count`, spoke 0 at
/// the top, clockwise.
fn point(n: usize, count: usize, hundredths: u32) -> (i32, i32) {
    #[allow(clippy::cast_precision_loss)]
    let (cos, sin) = cos_sin(std::f64::consts::TAU * n as f64 / count as f64);
    let r = RADIUS * f64::from(hundredths) / f64::from(u32::from(competence::TOP_LEVEL) * 100);
    // Turned by −90°: (cos, sin) → (sin, −cos).
    #[allow(clippy::cast_possible_truncation)]
    (
        CENTRE + (r * sin).round() as i32,
        MIDDLE - (r * cos).round() as i32,
    )
}

fn points(list: &[(i32, i32)]) -> String {
    list.iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Properties, PartialEq)]
pub struct WheelProps {
    pub agenda: Shared<Agenda>,
    pub lines: Vec<Line>,
}

/// The radar chart with its legend and, as the accessible alternative,
/// the table of every value.
#[component]
pub fn Wheel(props: &WheelProps) -> Html {
    let competences = props.agenda.competences();
    let count = competences.len();
    let ring = |level: u32| {
        points(
            &(0..count)
                .map(|n| point(n, count, level * 100))
                .collect::<Vec<_>>(),
        )
    };
    let chart = (count >= 3).then(|| html! {
        <svg id="comp-wheel" class="wheel" role="img" aria-labelledby="comp-wheel-title comp-wheel-desc"
            viewBox={format!("0 0 {WIDTH} {HEIGHT}")} width={WIDTH.to_string()} height={HEIGHT.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            <title id="comp-wheel-title">{ text::COMP_CHART_TITLE }</title>
            <desc id="comp-wheel-desc">{ text::COMP_CHART_DESC }</desc>
            { for (1..=u32::from(competence::TOP_LEVEL)).map(|l| html! {
                <polygon class="wheel-ring" points={ring(l)} />
            }) }
            { for competences.iter().enumerate().map(|(n, c)| {
                let (x, y) = point(n, count, u32::from(competence::TOP_LEVEL) * 100);
                let (lx, ly) = point(n, count, 440);
                let anchor = if lx < CENTRE - 8 { "end" } else if lx > CENTRE + 8 { "start" } else { "middle" };
                html! {
                    <g>
                        <line class="wheel-spoke" x1={CENTRE.to_string()} y1={MIDDLE.to_string()}
                            x2={x.to_string()} y2={y.to_string()} />
                        <text class="wheel-label" x={lx.to_string()} y={(ly + 4).to_string()} text-anchor={anchor}>
                            <title>{ c.name() }</title>
                            { text::truncate(c.name(), 30) }
                        </text>
                    </g>
                }
            }) }
            { for props.lines.iter().map(|line| {
                let at = |n: usize| line.values.get(n).copied().flatten().map(|v| point(n, count, v));
                // Segments only between neighbouring spokes that both have a
                // value: a line never cuts across a competence it lacks.
                let path: String = (0..count)
                    .filter_map(|n| Some(((at(n)?), at((n + 1) % count)?)))
                    .map(|((x1, y1), (x2, y2))| format!("M{x1} {y1}L{x2} {y2}"))
                    .collect();
                let corners: Vec<(i32, i32)> = (0..count).filter_map(at).collect();
                html! {
                    <g class={line.style.class()}>
                        <path d={path} />
                        { for corners.iter().filter(|_| line.style != LineStyle::Target).map(|(x, y)| {
                            if line.style == LineStyle::First {
                                html! { <circle cx={x.to_string()} cy={y.to_string()} r="4" /> }
                            } else {
                                html! { <rect x={(x - 4).to_string()} y={(y - 4).to_string()} width="8" height="8" /> }
                            }
                        }) }
                    </g>
                }
            }) }
        </svg>
    });
    html! {
        <figure class="wheel-figure">
            { chart.unwrap_or_default() }
            <figcaption>
                <ul class="wheel-legend">{ for props.lines.iter().map(|line| html! {
                    <li>
                        <svg class="wheel-sample" width="36" height="12" aria-hidden="true" focusable="false">
                            <g class={line.style.class()}><line x1="2" y1="6" x2="34" y2="6" /></g>
                        </svg>
                        { line.label.clone() }
                    </li>
                }) }</ul>
            </figcaption>
            <table class="doc-table" id="comp-table">
                <caption>{ text::COMP_TABLE_CAPTION }</caption>
                <thead><tr>
                    <th scope="col">{ text::COMP_COL_AREA }</th>
                    <th scope="col">{ text::COMP_COL_NAME }</th>
                    { for props.lines.iter().map(|l| html! { <th scope="col">{ l.label.clone() }</th> }) }
                </tr></thead>
                <tbody>{ for competences.iter().enumerate().map(|(n, c)| html! {
                    <tr>
                        <td>{ c.area().label() }</td>
                        <th scope="row">{ c.name() }</th>
                        { for props.lines.iter().map(|l| html! {
                            <td>{ text::level_or_dash(l.values.get(n).copied().flatten()) }</td>
                        }) }
                    </tr>
                }) }</tbody>
            </table>
        </figure>
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

/// The gaps, largest first; a plain function (no state), so it costs no
/// component of its own.
fn gap_list(
    agenda: &Agenda,
    on_action: &Callback<Action>,
    role: Role,
    on_navigate: &Callback<Target>,
) -> Html {
    let gaps: Vec<competence::Gap> = competence::gaps(agenda)
        .into_iter()
        .filter(|g| g.size.is_some())
        .collect();
    let lead = training_lead(agenda, role);
    let field = agenda
        .fields()
        .iter()
        .find(|f| f.name().to_lowercase().contains("kompetenz"))
        .map(|f| f.id());
    html! {
        <>
            <h3 id="comp-gaps">{ text::COMP_GAPS_HEADING }</h3>
            if gaps.is_empty() {
                <p class="empty">{ text::COMP_GAPS_EMPTY }</p>
            } else {
                <ol class="gap-list">{ for gaps.iter().map(|gap| {
                    let Some(c) = agenda.competence(gap.competence) else { return html! {} };
                    let id = c.id();
                    let make = lead.filter(|_| role.edits_strategy() && gap.size.is_some_and(|s| s > 0)).map(|lead| {
                        let (on_action, on_navigate) = (on_action.clone(), on_navigate.clone());
                        let mut draft = ProjectDraft::new(text::training_title(c.name()), lead);
                        draft.field = field;
                        draft.competences = vec![id];
                        Callback::from(move |_: MouseEvent| {
                            let project = browser::new_id(ProjectId::from_random_bytes);
                            on_action.emit(Action::AddProject { id: project, draft: draft.clone() });
                            on_navigate.emit(Target {
                                section: Section::Projects,
                                element: Some(format!("project-{project}")),
                                project: Some(project),
                            });
                        })
                    });
                    let team = gap.team.map(|(cur, tgt)| format!("{} {} / {} {}",
                        text::COMP_CURRENT, competence::level_text(cur), text::COMP_PERSONAL_TARGET, competence::level_text(tgt)));
                    html! {
                        <li id={format!("gap-{id}")} class={if gap.is_open() { "gap open" } else { "gap" }}>
                            <strong>{ c.name() }</strong>
                            { format!(" ({}) · {}", c.area().label(), text::gap_size(gap.size.unwrap_or(0))) }
                            <p class="hint">
                                { format!("{}: {}", text::COMP_TARGET, competence::level_text(gap.target)) }
                                if let Some(team) = team { { format!(" · {}: {team}", text::COMP_TEAM) } }
                                if let Some(staff) = gap.staff { { format!(" · {}: {}", text::COMP_STAFF, competence::level_text(staff)) } }
                            </p>
                            if gap.is_open() {
                                <p class="gap-none">{ text::COMP_NO_PROJECT }</p>
                            } else if !gap.projects.is_empty() {
                                <p>{ text::COMP_PROJECTS }{ ": " }{ gap.projects.iter().filter_map(|p| agenda.project(*p)).map(|p| p.title().to_owned()).collect::<Vec<_>>().join("; ") }</p>
                            }
                            if let Some(make) = make {
                                <button type="button" id={format!("gap-{id}-project")} onclick={make}
                                    aria-label={format!("{}: {}", text::COMP_TO_PROJECT, c.name())}>{ text::COMP_TO_PROJECT }</button>
                            }
                        </li>
                    }
                }) }</ol>
            }
        </>
    }
}

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

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[derive(Properties, PartialEq)]
struct CompetenceFormProps {
    prefix: String,
    initial: (String, CompetenceArea, u8),
    on_submit: Callback<(String, CompetenceArea, u8)>,
    on_cancel: Option<Callback<()>>,
}

/// Name, area and target of a competence.
#[component]
fn CompetenceForm(props: &CompetenceFormProps) -> Html {
    let value = use_state(|| props.initial.clone());
    let p = |s: &str| format!("{}-{s}", props.prefix);
    let set = |f: fn(&mut (String, CompetenceArea, u8), String)| {
        let value = value.clone();
        Callback::from(move |e: Event| {
            let mut next = (*value).clone();
            f(&mut next, input_value(&e));
            value.set(next);
        })
    };
    let on_submit = {
        let (value, on_submit, initial) = (
            value.clone(),
            props.on_submit.clone(),
            props.initial.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*value).clone());
            value.set(initial.clone());
        })
    };
    let (name, area, target) = (*value).clone();
    html! {
        <form class="inline-form" onsubmit={on_submit}>
            <label for={p("name")}>{ text::COMP_NAME_LABEL }</label>
            <input id={p("name")} type="text" value={name} maxlength={COMPETENCE_NAME_MAX_CHARS.to_string()}
                onchange={set(|v, s| v.0 = s)} />
            <label for={p("area")}>{ text::COMP_AREA_LABEL }</label>
            <select id={p("area")} onchange={set(|v, s| v.1 = area_of(&s))}>
                { for CompetenceArea::ALL.into_iter().map(|a| html! {
                    <option value={area_key(a)} selected={a == area}>{ a.label() }</option>
                }) }
            </select>
            <label for={p("target")}>{ text::COMP_TARGET_LABEL }</label>
            <select id={p("target")} onchange={set(|v, s| v.2 = s.parse().unwrap_or(0))}>
                { for (0..LEVEL_COUNT).map(|l| html! {
                    <option value={l.to_string()} selected={usize::from(target) == l}>{ text::level_option(l) }</option>
                }) }
            </select>
            <button type="submit" class="primary" id={p("submit")}>{ if props.on_cancel.is_some() { text::SAVE } else { text::COMP_ADD } }</button>
            if let Some(cancel) = props.on_cancel.clone() {
                <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
            }
        </form>
    }
}

#[component]
fn CompetenceList(props: &SectionProps) -> Html {
    let editing = use_state(|| None::<CompetenceId>);
    let agenda = &props.agenda;
    let editable = props.role.edits_strategy();
    if !editable && agenda.competences().is_empty() {
        return html! {};
    }
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |(name, area, target): (String, CompetenceArea, u8)| {
            on_action.emit(Action::AddCompetence {
                id: browser::new_id(CompetenceId::from_random_bytes),
                area,
                name,
                target,
            });
        })
    };
    html! {
        <details class="comp-manage" open={agenda.competences().is_empty()}>
            <summary><h3>{ text::COMP_MANAGE_HEADING }</h3></summary>
            <ul class="field-list">{ for agenda.competences().iter().map(|c| {
                let id = c.id();
                if *editing == Some(id) {
                    let on_submit = {
                        let (on_action, editing) = (props.on_action.clone(), editing.clone());
                        Callback::from(move |(name, area, target)| {
                            on_action.emit(Action::EditCompetence { id, area, name, target });
                            editing.set(None);
                        })
                    };
                    let on_cancel = { let e = editing.clone(); Callback::from(move |()| e.set(None)) };
                    return html! {
                        <li key={id.to_string()}>
                            <CompetenceForm prefix={format!("comp-{id}")} initial={(c.name().to_owned(), c.area(), c.target())}
                                {on_submit} on_cancel={Some(on_cancel)} />
                        </li>
                    };
                }
                let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| e.set(Some(id))) };
                let remove = {
                    let on_action = props.on_action.clone();
                    Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveCompetence { id }))
                };
                html! {
                    <li key={id.to_string()} class="field-item">
                        <span>{ format!("{} · {} · {}: {}", c.name(), c.area().label(), text::COMP_TARGET_LABEL, c.target()) }</span>
                        if editable {
                            <button type="button" onclick={edit} aria-label={text::edit_label(c.name())}>{ text::EDIT }</button>
                            <button type="button" class="danger" onclick={remove}
                                aria-label={text::delete_label(c.name())}>{ text::DELETE }</button>
                        }
                    </li>
                }
            }) }</ul>
            if editable {
                <CompetenceForm prefix="comp-add" initial={(String::new(), CompetenceArea::Fach, competence::PRESET_TARGET)}
                    on_submit={add} on_cancel={None::<Callback<()>>} />
            }
        </details>
    }
}

/// A level select with "not rated".
fn level_select(
    id: String,
    label: String,
    value: Option<u8>,
    on_change: Callback<Option<u8>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| on_change.emit(select_value(&e).parse().ok()));
    html! {
        <select {id} aria-label={label} {onchange}>
            <option value="" selected={value.is_none()}>{ text::COMP_NOT_RATED }</option>
            { for (0..LEVEL_COUNT).map(|l| html! {
                <option value={l.to_string()} selected={value.map(usize::from) == Some(l)}>{ text::level_option(l) }</option>
            }) }
        </select>
    }
}

#[derive(Properties, PartialEq)]
struct AssessmentFormProps {
    agenda: Shared<Agenda>,
    initial: AssessmentDraft,
    on_submit: Callback<AssessmentDraft>,
    on_cancel: Callback<()>,
}

/// Name, date and Ist/Soll per competence.
#[component]
fn AssessmentForm(props: &AssessmentFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let d = (*draft).clone();
    let set_rating = |c: CompetenceId, current: bool| {
        let draft = draft.clone();
        Callback::from(move |level: Option<u8>| {
            let mut next = (*draft).clone();
            let old = next.ratings.iter().find(|r| r.competence == c).copied();
            next.ratings.retain(|r| r.competence != c);
            let (cur, tgt) = match (current, old) {
                (true, o) => (level, o.map(|r| r.target).or(level)),
                (false, o) => (o.map(|r| r.current).or(level), level),
            };
            if let (Some(current), Some(target)) = (cur, tgt) {
                next.ratings.push(Rating {
                    competence: c,
                    current,
                    target,
                });
            }
            draft.set(next);
        })
    };
    let on_submit = {
        let (draft, on_submit) = (draft.clone(), props.on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };
    let on_person = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            next.person = input_value(&e);
            draft.set(next);
        })
    };
    let on_date = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Ok(date) = input_value(&e).parse() {
                let mut next = (*draft).clone();
                next.date = date;
                draft.set(next);
            }
        })
    };
    let cancel = props.on_cancel.clone();
    html! {
        <form class="assessment-form" onsubmit={on_submit} aria-label={text::COMP_NEW_ASSESSMENT}>
            <div class="field-row">
                <div class="field grow">
                    <label for="assessment-person">{ text::COMP_PERSON_LABEL }</label>
                    <input id="assessment-person" type="text" value={d.person.clone()} onchange={on_person} />
                </div>
                <div class="field">
                    <label for="assessment-date">{ text::COMP_DATE_LABEL }</label>
                    <input id="assessment-date" type="date" value={d.date.to_string()} onchange={on_date} />
                </div>
            </div>
            <table class="doc-table rating-table">
                <thead><tr>
                    <th scope="col">{ text::COMP_COL_NAME }</th>
                    <th scope="col">{ text::COMP_CURRENT }</th>
                    <th scope="col">{ text::COMP_PERSONAL_TARGET }</th>
                </tr></thead>
                <tbody>{ for props.agenda.competences().iter().map(|c| {
                    let id = c.id();
                    let r = d.ratings.iter().find(|r| r.competence == id);
                    html! {
                        <tr>
                            <th scope="row">{ c.name() }</th>
                            <td>{ level_select(format!("assessment-{id}-current"), format!("{}: {}", c.name(), text::COMP_CURRENT),
                                r.map(|r| r.current), set_rating(id, true)) }</td>
                            <td>{ level_select(format!("assessment-{id}-target"), format!("{}: {}", c.name(), text::COMP_PERSONAL_TARGET),
                                r.map(|r| r.target), set_rating(id, false)) }</td>
                        </tr>
                    }
                }) }</tbody>
            </table>
            <button type="submit" class="primary" id="assessment-save">{ text::SAVE }</button>
            <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
        </form>
    }
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

#[component]
fn Assessments(props: &SectionProps) -> Html {
    let editing = use_state(|| Editing::<AssessmentId>::None);
    let agenda = &props.agenda;
    let manages = props.role == Role::Navigator;
    let close = {
        let e = editing.clone();
        Callback::from(move |()| switch(&e, Editing::None, "assessment-new"))
    };
    let form = match *editing {
        Editing::None => html! {},
        Editing::New => {
            let (on_action, editing) = (props.on_action.clone(), editing.clone());
            let on_submit = Callback::from(move |draft| {
                on_action.emit(Action::AddAssessment {
                    id: browser::new_id(AssessmentId::from_random_bytes),
                    draft,
                });
                switch(&editing, Editing::None, "assessment-new");
            });
            let initial = AssessmentDraft {
                person: String::new(),
                date: browser::today(),
                ratings: Vec::new(),
            };
            html! { <AssessmentForm agenda={agenda.clone()} {initial} {on_submit} on_cancel={close.clone()} /> }
        }
        Editing::Item(id) => match agenda.assessment(id) {
            Some(a) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::EditAssessment { id, draft });
                    switch(&editing, Editing::None, "assessment-new");
                });
                html! { <AssessmentForm agenda={agenda.clone()} initial={a.draft()} {on_submit} on_cancel={close.clone()} /> }
            }
            None => html! {},
        },
    };
    html! {
        <section class="comp-part" aria-labelledby="comp-team-heading">
            <h3 id="comp-team-heading">{ text::COMP_TEAM_HEADING }</h3>
            <p class="hint">{ text::COMP_TEAM_HINT }</p>
            if agenda.assessments().is_empty() {
                <p class="empty">{ text::COMP_TEAM_EMPTY }</p>
            } else {
                <ul class="field-list">{ for agenda.assessments().iter().map(|a| {
                    let id = a.id();
                    let label = format!("{}, {}", person_name(a.person()), a.date().to_german());
                    let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| switch(&e, Editing::Item(id), "assessment-person")) };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveAssessment { id }))
                    };
                    html! {
                        <li key={id.to_string()} class="field-item">
                            <span>{ format!("{label} · {} Kompetenzen", a.ratings().len()) }</span>
                            if manages {
                                <button type="button" onclick={edit} aria-label={text::edit_label(&label)}>{ text::EDIT }</button>
                                <button type="button" class="danger" onclick={remove} aria-label={text::delete_label(&label)}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }</ul>
            }
            if manages && *editing == Editing::None {
                <button type="button" id="assessment-new" onclick={let e = editing.clone(); move |_| switch(&e, Editing::New, "assessment-person")}>
                    { text::COMP_NEW_ASSESSMENT }
                </button>
            }
            { form }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SurveyFormProps {
    agenda: Shared<Agenda>,
    departments: Vec<DepartmentId>,
    initial: SurveyDraft,
    on_submit: Callback<SurveyDraft>,
    on_cancel: Callback<()>,
}

/// Department, date, participants and the counts per level, typed or read
/// from a survey tool's CSV.
#[component]
fn SurveyForm(props: &SurveyFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let note = use_state(|| None::<String>);
    let d = (*draft).clone();
    let edit = |f: fn(&mut SurveyDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            f(&mut next, input_value(&e));
            draft.set(next);
        })
    };
    let set_count = |c: CompetenceId, level: usize| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let value: u32 = input_value(&e).trim().parse().unwrap_or(0);
            let mut next = (*draft).clone();
            if !next.answers.iter().any(|a| a.competence == c) {
                next.answers.push(LevelCounts {
                    competence: c,
                    counts: [0; LEVEL_COUNT],
                });
            }
            if let Some(slot) = next
                .answers
                .iter_mut()
                .find(|a| a.competence == c)
                .and_then(|a| a.counts.get_mut(level))
            {
                *slot = value;
            }
            draft.set(next);
        })
    };
    let on_file = {
        let (draft, note, agenda) = (draft.clone(), note.clone(), props.agenda.clone());
        Callback::from(move |e: Event| {
            let (draft, note, agenda) = (draft.clone(), note.clone(), agenda.clone());
            super::files_view::read_file(
                &e,
                agenda_core::competence::survey_csv::MAX_SURVEY_CSV_BYTES,
                move |content| {
                    let result = content.and_then(|text| {
                        agenda_core::competence::survey_csv::read(&agenda, &text).map_err(
                            |errors| {
                                errors
                                    .iter()
                                    .map(text::survey_csv_problem)
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            },
                        )
                    });
                    match result {
                        Ok(read) => {
                            let mut next = (*draft).clone();
                            next.respondents = read.respondents;
                            next.answers = read.answers;
                            note.set(Some(text::survey_read(read.respondents, &read.ignored)));
                            draft.set(next);
                        }
                        Err(problem) => note.set(Some(problem)),
                    }
                },
            );
        })
    };
    let on_submit = {
        let (draft, on_submit) = (draft.clone(), props.on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };
    let cancel = props.on_cancel.clone();
    html! {
        <form class="survey-form" onsubmit={on_submit} aria-label={text::COMP_NEW_SURVEY}>
            <div class="field-row">
                <div class="field">
                    <label for="survey-department">{ text::COMP_SURVEY_DEPARTMENT }</label>
                    <select id="survey-department" onchange={edit(|d, v| if let Ok(id) = v.parse() { d.department = id })}>
                        { for props.departments.iter().filter_map(|id| props.agenda.department(*id)).map(|dep| html! {
                            <option value={dep.id().to_string()} selected={dep.id() == d.department}>{ dep.name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="survey-date">{ text::COMP_DATE_LABEL }</label>
                    <input id="survey-date" type="date" value={d.date.to_string()}
                        onchange={edit(|d, v| if let Ok(date) = v.parse() { d.date = date })} />
                </div>
                <div class="field">
                    <label for="survey-respondents">{ text::COMP_RESPONDENTS_LABEL }</label>
                    <input id="survey-respondents" type="number" min="0" inputmode="numeric" value={d.respondents.to_string()}
                        onchange={edit(|d, v| d.respondents = v.trim().parse().unwrap_or(0))} />
                </div>
                <div class="field grow">
                    <label for="survey-csv">{ text::COMP_SURVEY_CSV }</label>
                    <input id="survey-csv" type="file" accept=".csv,text/csv" onchange={on_file} />
                </div>
            </div>
            if let Some(note) = (*note).clone() {
                <p class="hint" role="status" id="survey-note">{ note }</p>
            }
            <table class="doc-table count-table">
                <caption>{ text::COMP_ANSWERS_LEGEND }</caption>
                <thead><tr>
                    <th scope="col">{ text::COMP_COL_NAME }</th>
                    { for (0..LEVEL_COUNT).map(|l| html! { <th scope="col">{ text::level_option(l) }</th> }) }
                </tr></thead>
                <tbody>{ for props.agenda.competences().iter().map(|c| {
                    let id = c.id();
                    let counts = d.answers.iter().find(|a| a.competence == id).map(|a| a.counts).unwrap_or_default();
                    html! {
                        <tr>
                            <th scope="row">{ c.name() }</th>
                            { for (0..LEVEL_COUNT).map(|l| html! {
                                <td><input id={format!("survey-{id}-{l}")} type="number" min="0" inputmode="numeric"
                                    aria-label={format!("{}: {}", c.name(), text::level_option(l))}
                                    value={counts.get(l).copied().unwrap_or(0).to_string()} onchange={set_count(id, l)} /></td>
                            }) }
                        </tr>
                    }
                }) }</tbody>
            </table>
            <button type="submit" class="primary" id="survey-save">{ text::SAVE }</button>
            <button type="button" onclick={move |_| cancel.emit(())}>{ text::CANCEL }</button>
        </form>
    }
}

#[component]
fn Surveys(props: &SectionProps) -> Html {
    let editing = use_state(|| Editing::<SurveyId>::None);
    let agenda = &props.agenda;
    let role = props.role;
    let mine: Vec<DepartmentId> = agenda
        .departments()
        .iter()
        .map(|d| d.id())
        .filter(|d| role.edits_department(*d))
        .collect();
    let close = {
        let e = editing.clone();
        Callback::from(move |()| switch(&e, Editing::None, "survey-new"))
    };
    let form = match *editing {
        Editing::None => html! {},
        Editing::New => match mine.first() {
            Some(first) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::AddSurvey {
                        id: browser::new_id(SurveyId::from_random_bytes),
                        draft,
                    });
                    switch(&editing, Editing::None, "survey-new");
                });
                let initial = SurveyDraft {
                    department: *first,
                    date: browser::today(),
                    respondents: 0,
                    answers: Vec::new(),
                };
                html! { <SurveyForm agenda={agenda.clone()} departments={mine.clone()} {initial} {on_submit} on_cancel={close.clone()} /> }
            }
            None => html! {},
        },
        Editing::Item(id) => match agenda.survey(id) {
            Some(s) if role.edits_department(s.department()) => {
                let (on_action, editing) = (props.on_action.clone(), editing.clone());
                let on_submit = Callback::from(move |draft| {
                    on_action.emit(Action::EditSurvey { id, draft });
                    switch(&editing, Editing::None, "survey-new");
                });
                html! { <SurveyForm agenda={agenda.clone()} departments={mine.clone()} initial={s.draft()} {on_submit} on_cancel={close.clone()} /> }
            }
            _ => html! {},
        },
    };
    html! {
        <section class="comp-part" aria-labelledby="comp-survey-heading">
            <h3 id="comp-survey-heading">{ text::COMP_SURVEY_HEADING }</h3>
            <p class="hint">{ text::COMP_SURVEY_HINT }</p>
            if agenda.surveys().is_empty() {
                <p class="empty">{ text::COMP_SURVEY_EMPTY }</p>
            } else {
                <ul class="field-list" id="survey-list">{ for agenda.surveys().iter().map(|s| {
                    let id = s.id();
                    let name = agenda.department(s.department()).map(|d| d.name().to_owned()).unwrap_or_default();
                    let label = format!("{name}, {}", s.date().to_german());
                    let figures = match competence::survey_figures(s) {
                        SurveyFigures::TooFew { respondents } => text::survey_too_few(respondents),
                        SurveyFigures::Shown { respondents, withheld, .. } => {
                            let mut out = text::survey_summary(respondents, s.date());
                            if !withheld.is_empty() {
                                out = format!("{out}. {}", text::survey_withheld(withheld.len()));
                            }
                            out
                        }
                    };
                    let edit = { let e = editing.clone(); Callback::from(move |_: MouseEvent| switch(&e, Editing::Item(id), "survey-department")) };
                    let remove = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::RemoveSurvey { id }))
                    };
                    html! {
                        <li key={id.to_string()} class="field-item" id={format!("survey-{id}")}>
                            <span><strong>{ name.clone() }</strong>{ format!(": {figures}") }</span>
                            if role.edits_department(s.department()) {
                                <button type="button" onclick={edit} aria-label={text::edit_label(&label)}>{ text::EDIT }</button>
                                <button type="button" class="danger" onclick={remove} aria-label={text::delete_label(&label)}>{ text::DELETE }</button>
                            }
                        </li>
                    }
                }) }</ul>
            }
            if !mine.is_empty() && *editing == Editing::None {
                <button type="button" id="survey-new" onclick={let e = editing.clone(); move |_| switch(&e, Editing::New, "survey-department")}>
                    { text::COMP_NEW_SURVEY }
                </button>
            }
            { form }
        </section>
    }
}

/// The chapter of the council document: the wheel, its table, the surveys
/// and the gaps no project addresses.
pub fn competence_chapter(agenda: &Shared<Agenda>) -> Html {
    if agenda.competences().is_empty() {
        return html! {};
    }
    let open: Vec<String> = competence::gaps(agenda)
        .into_iter()
        .filter(competence::Gap::is_open)
        .filter_map(|g| agenda.competence(g.competence).map(|c| c.name().to_owned()))
        .collect();
    html! {
        <section class="doc-part" id="doc-competences">
            <h2>{ text::DOC_COMPETENCES }</h2>
            <Wheel agenda={agenda.clone()} lines={overview_lines(agenda)} />
            <ul>{ for competence::survey_rounds(agenda).into_iter().map(|(s, _)| {
                let name = agenda.department(s.department()).map(|d| d.name().to_owned()).unwrap_or_default();
                let figures = match competence::survey_figures(s) {
                    SurveyFigures::TooFew { respondents } => text::survey_too_few(respondents),
                    SurveyFigures::Shown { respondents, .. } => text::survey_summary(respondents, s.date()),
                };
                html! { <li><strong>{ name }</strong>{ format!(": {figures}") }</li> }
            }) }</ul>
            if !open.is_empty() {
                <p><strong>{ text::COMP_NO_PROJECT_HEADING }</strong>{ " " }{ open.join(", ") }</p>
            }
        </section>
    }
}

/// The change since the last round: in the Fortschrittsbericht (a part of
/// the document, `h2`) and in the Kompetenzrad view (`h3`).
pub fn competence_change(agenda: &Agenda, in_document: bool) -> Html {
    if agenda.competences().is_empty() {
        return html! {};
    }
    let team = competence::team_change(agenda);
    let staff = competence::staff_change(agenda);
    let cell = |v: Option<(u32, u32)>| v.map_or_else(|| "–".to_owned(), competence::change_between);
    html! {
        <section class={if in_document { "doc-part" } else { "comp-part" }}
            id={if in_document { "doc-competence-change" } else { "comp-change" }}>
            if in_document {
                <h2>{ text::DOC_COMP_CHANGE }</h2>
            } else {
                <h3>{ text::DOC_COMP_CHANGE }</h3>
            }
            if !team.iter().chain(&staff).any(Option::is_some) {
                <p class="empty">{ text::DOC_COMP_NO_CHANGE }</p>
            } else {
                <table class="doc-table">
                    <thead><tr>
                        <th scope="col">{ text::COMP_COL_NAME }</th>
                        <th scope="col">{ text::COMP_TEAM }</th>
                        <th scope="col">{ text::COMP_STAFF }</th>
                    </tr></thead>
                    <tbody>{ for agenda.competences().iter().zip(team.iter().zip(&staff))
                        .filter(|(_, (t, s))| t.is_some() || s.is_some())
                        .map(|(c, (t, s))| html! {
                            <tr>
                                <th scope="row">{ c.name() }</th>
                                <td>{ cell(*t) }</td>
                                <td>{ cell(*s) }</td>
                            </tr>
                        }) }</tbody>
                </table>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cos_sin_matches_the_standard_library_around_the_circle() {
        for step in 0..=64 {
            let x = std::f64::consts::TAU * f64::from(step) / 64.0;
            let (cos, sin) = cos_sin(x);
            assert!((cos - x.cos()).abs() < 1e-9, "cos {x}");
            assert!((sin - x.sin()).abs() < 1e-9, "sin {x}");
        }
    }

    #[test]
    fn spokes_start_at_the_top_and_turn_clockwise() {
        let top = 400;
        assert_eq!(point(0, 4, top), (CENTRE, MIDDLE - 170));
        assert_eq!(point(1, 4, top), (CENTRE + 170, MIDDLE));
        assert_eq!(point(2, 4, top), (CENTRE, MIDDLE + 170));
        assert_eq!(point(1, 4, 200), (CENTRE + 85, MIDDLE));
    }
}
