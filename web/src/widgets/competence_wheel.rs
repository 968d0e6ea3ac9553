//! The Kompetenzrad as a radar chart with its legend and table, and its
//! chapters in the council document: shown by the Kompetenzrad page and by
//! the document alike.

use crate::shared::Shared;
use crate::text;
use agenda_core::Agenda;
use agenda_core::competence::{self, SurveyFigures};
use yew::prelude::*;

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
pub fn target_line(agenda: &Agenda) -> Line {
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
                            { crate::format::truncate(c.name(), 30) }
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
