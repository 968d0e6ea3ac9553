//! The Kompetenzrad: where the administration stands in digital competence
//! (after the *Kompetenzrad für Digitallotsen* of Smarte.Land.Regionen) and
//! which projects close the gaps.
//!
//! Three kinds of data, each an ordinary list of the agenda:
//! - [`Competence`]: one spoke of the wheel, in one of four
//!   [`CompetenceArea`]s, with the level the town aims for.
//! - [`SelfAssessment`]: one member of the Digitallotsen / Digital-Navigator
//!   team, current and target level per competence, dated (name optional).
//! - [`StaffSurvey`]: a department's aggregated survey answers: how many
//!   people answered with each level, per competence. Never a person.
//!
//! Invariants:
//! - Levels are `0..=TOP_LEVEL` (described in [`LEVELS`]).
//! - **Minimum group.** No figure of a survey is shown, exported or
//!   combined when fewer than [`MIN_GROUP`] people answered it (the survey,
//!   or that competence in it): [`survey_figures`] is the only way to read
//!   survey numbers, and the combined picture is built from it
//!   (property-tested in `tests/competence.rs`).
//! - Means are integer hundredths of a level (`235` = 2,35): no floats.
//!   Figures per competence come as a list in the order of the wheel
//!   (`agenda.competences()`), `None` where there is none.

pub mod survey_csv;

use serde::{Deserialize, Serialize};

use crate::model::Agenda;
use crate::model::date::Date;
use crate::model::{AssessmentId, CompetenceId, DepartmentId, ProjectId, SurveyId};

/// The highest level of the scale.
pub const TOP_LEVEL: u8 = 4;

/// Number of levels (0 to [`TOP_LEVEL`]).
pub const LEVEL_COUNT: usize = TOP_LEVEL as usize + 1;

/// Fewest answers whose figures are shown: below this a survey (or one
/// competence in it) could point at persons.
pub const MIN_GROUP: u32 = 5;

/// The four areas of the wheel.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CompetenceArea {
    /// Fachkompetenz: digital subject knowledge.
    #[default]
    Fach,
    /// Methodenkompetenz: ways of working.
    Methode,
    /// Sozialkompetenz.
    Sozial,
    /// Personalkompetenz: attitude towards change and learning.
    Personal,
}

impl CompetenceArea {
    /// All areas in the order of the wheel.
    pub const ALL: [Self; 4] = [Self::Fach, Self::Methode, Self::Sozial, Self::Personal];

    /// German name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Fach => "Fachkompetenz",
            Self::Methode => "Methodenkompetenz",
            Self::Sozial => "Sozialkompetenz",
            Self::Personal => "Personalkompetenz",
        }
    }
}

/// One spoke of the wheel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    pub(crate) id: CompetenceId,
    pub(crate) area: CompetenceArea,
    pub(crate) name: String,
    pub(crate) target: u8,
}

impl Competence {
    /// Stable id.
    pub fn id(&self) -> CompetenceId {
        self.id
    }
    /// Its area.
    pub fn area(&self) -> CompetenceArea {
        self.area
    }
    /// Name, e.g. "Informationssicherheit".
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The level the administration aims for.
    pub fn target(&self) -> u8 {
        self.target
    }
}

/// The preset wheel: (area, name). Taken with [`preset_id`] ids, so two
/// copies that both take it hold the same competences, not doubles.
pub const PRESET: [(CompetenceArea, &str); 17] = [
    (CompetenceArea::Fach, "Digitale Werkzeuge und E-Akte"),
    (CompetenceArea::Fach, "Informationssicherheit"),
    (CompetenceArea::Fach, "Datenschutz"),
    (CompetenceArea::Fach, "Online-Dienste und OZG"),
    (CompetenceArea::Fach, "Daten und Open Data"),
    (CompetenceArea::Methode, "Prozessmanagement"),
    (CompetenceArea::Methode, "Projektmanagement"),
    (CompetenceArea::Methode, "Agiles Arbeiten"),
    (CompetenceArea::Methode, "Moderation"),
    (CompetenceArea::Sozial, "Kommunikation"),
    (CompetenceArea::Sozial, "Konfliktfähigkeit"),
    (CompetenceArea::Sozial, "Netzwerken"),
    (CompetenceArea::Sozial, "Wissen weitergeben"),
    (CompetenceArea::Personal, "Veränderungsbereitschaft"),
    (CompetenceArea::Personal, "Lernbereitschaft"),
    (CompetenceArea::Personal, "Eigeninitiative"),
    (CompetenceArea::Personal, "Umgang mit Unsicherheit"),
];

/// Target level of a preset competence.
pub const PRESET_TARGET: u8 = 3;

/// The fixed id of the `n`-th preset competence.
pub const fn preset_id(n: usize) -> CompetenceId {
    CompetenceId::from_u128(0x6b6f_6d70_6574_656e_7a72_6164_0000_0000 + n as u128 + 1)
}

/// A level for one competence in a self-assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Which competence.
    pub competence: CompetenceId,
    /// Where the person stands now.
    pub current: u8,
    /// Where the person wants to be.
    pub target: u8,
}

/// The editable content of a self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDraft {
    /// Name of the person; may be empty.
    pub person: String,
    /// When it was made.
    pub date: Date,
    /// One rating per competence rated.
    pub ratings: Vec<Rating>,
}

/// One team member's self-assessment on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfAssessment {
    pub(crate) id: AssessmentId,
    pub(crate) person: String,
    pub(crate) date: Date,
    pub(crate) ratings: Vec<Rating>,
}

impl SelfAssessment {
    /// Stable id.
    pub fn id(&self) -> AssessmentId {
        self.id
    }
    /// Name of the person; may be empty.
    pub fn person(&self) -> &str {
        &self.person
    }
    /// When it was made.
    pub fn date(&self) -> Date {
        self.date
    }
    /// The ratings.
    pub fn ratings(&self) -> &[Rating] {
        &self.ratings
    }
    /// The rating of one competence.
    pub fn rating(&self, competence: CompetenceId) -> Option<Rating> {
        self.ratings
            .iter()
            .find(|r| r.competence == competence)
            .copied()
    }
    /// Its content as a draft (for editing).
    pub fn draft(&self) -> AssessmentDraft {
        AssessmentDraft {
            person: self.person.clone(),
            date: self.date,
            ratings: self.ratings.clone(),
        }
    }
}

/// How many people answered with each level, for one competence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelCounts {
    /// Which competence.
    pub competence: CompetenceId,
    /// `counts[level]` people answered `level`.
    pub counts: [u32; LEVEL_COUNT],
}

impl LevelCounts {
    /// People who answered for this competence.
    pub fn answered(&self) -> u32 {
        self.counts.iter().fold(0_u32, |a, c| a.saturating_add(*c))
    }
}

/// The editable content of a staff survey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyDraft {
    /// The department whose staff answered.
    pub department: DepartmentId,
    /// When the survey closed.
    pub date: Date,
    /// How many people took part.
    pub respondents: u32,
    /// The counts per competence.
    pub answers: Vec<LevelCounts>,
}

/// A department's staff survey, aggregated: counts only, no persons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffSurvey {
    pub(crate) id: SurveyId,
    pub(crate) department: DepartmentId,
    pub(crate) date: Date,
    pub(crate) respondents: u32,
    pub(crate) answers: Vec<LevelCounts>,
}

impl StaffSurvey {
    /// Stable id.
    pub fn id(&self) -> SurveyId {
        self.id
    }
    /// Whose staff answered.
    pub fn department(&self) -> DepartmentId {
        self.department
    }
    /// When the survey closed.
    pub fn date(&self) -> Date {
        self.date
    }
    /// How many people took part.
    pub fn respondents(&self) -> u32 {
        self.respondents
    }
    /// Its content as a draft, for the department that entered it.
    pub fn draft(&self) -> SurveyDraft {
        SurveyDraft {
            department: self.department,
            date: self.date,
            respondents: self.respondents,
            answers: self.answers.clone(),
        }
    }
}

/// What of a survey may be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyFigures {
    /// Fewer than [`MIN_GROUP`] people took part: nothing is shown.
    TooFew {
        /// How many took part.
        respondents: u32,
    },
    /// Enough took part.
    Shown {
        /// How many took part.
        respondents: u32,
        /// Counts per competence, only where at least [`MIN_GROUP`]
        /// answered that competence.
        answers: Vec<LevelCounts>,
        /// Competences answered by some, but fewer than [`MIN_GROUP`].
        withheld: Vec<CompetenceId>,
    },
}

/// The figures of a survey that may be shown (the minimum-group rule).
pub fn survey_figures(survey: &StaffSurvey) -> SurveyFigures {
    if survey.respondents < MIN_GROUP {
        return SurveyFigures::TooFew {
            respondents: survey.respondents,
        };
    }
    let (answers, small): (Vec<LevelCounts>, Vec<LevelCounts>) = survey
        .answers
        .iter()
        .partition(|a| a.answered() >= MIN_GROUP);
    SurveyFigures::Shown {
        respondents: survey.respondents,
        answers,
        withheld: small
            .iter()
            .filter(|a| a.answered() > 0)
            .map(|a| a.competence)
            .collect(),
    }
}

/// The mean level of counts in hundredths (rounded half up), `None` when
/// nobody answered.
pub fn mean_of_counts(counts: &[u32; LEVEL_COUNT]) -> Option<u32> {
    let (mut n, mut sum) = (0_u64, 0_u64);
    for (level, count) in (0_u64..).zip(counts) {
        n += u64::from(*count);
        sum += level * u64::from(*count);
    }
    mean_hundredths(sum, n)
}

fn mean_hundredths(sum: u64, n: u64) -> Option<u32> {
    if n == 0 {
        return None;
    }
    u32::try_from((sum * 100 + n / 2) / n).ok()
}

/// A mean in hundredths as German text: `235` → `2,35`.
pub fn level_text(hundredths: u32) -> String {
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

/// A difference in hundredths as German text with its sign: `+0,50`, `−1,25`.
pub fn change_text(hundredths: i64) -> String {
    let sign = match hundredths.signum() {
        1 => "+",
        -1 => "−",
        _ => "±",
    };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{},{:02}", abs / 100, abs % 100)
}

/// A change between two rounds: `2,50 → 3,00 (+0,50)`.
pub fn change_between((before, now): (u32, u32)) -> String {
    format!(
        "{} → {} ({})",
        level_text(before),
        level_text(now),
        change_text(i64::from(now) - i64::from(before))
    )
}

/// The newest survey of every department (in department order), and the
/// one before it where there is one.
pub fn survey_rounds(agenda: &Agenda) -> Vec<(&StaffSurvey, Option<&StaffSurvey>)> {
    agenda
        .departments()
        .iter()
        .filter_map(|d| {
            let mut own: Vec<&StaffSurvey> = agenda
                .surveys()
                .iter()
                .map(AsRef::as_ref)
                .filter(|s| s.department == d.id)
                .collect();
            crate::sorting::sort_by(&mut own, |a, b| b.date.cmp(&a.date));
            let mut it = own.into_iter();
            it.next().map(|latest| (latest, it.next()))
        })
        .collect()
}

/// The index of a competence in the wheel.
fn index(agenda: &Agenda, id: CompetenceId) -> Option<usize> {
    agenda.competences().iter().position(|c| c.id == id)
}

/// Counts per competence (in the order of the wheel) over surveys, from
/// their shown figures only.
fn combined<'a>(
    agenda: &Agenda,
    surveys: impl IntoIterator<Item = &'a StaffSurvey>,
) -> Vec<[u32; LEVEL_COUNT]> {
    let mut out = vec![[0_u32; LEVEL_COUNT]; agenda.competences().len()];
    for survey in surveys {
        if let SurveyFigures::Shown { answers, .. } = survey_figures(survey) {
            for a in answers {
                if let Some(slot) = index(agenda, a.competence).and_then(|i| out.get_mut(i)) {
                    for (total, c) in slot.iter_mut().zip(a.counts) {
                        *total = total.saturating_add(c);
                    }
                }
            }
        }
    }
    out
}

/// The staff's mean level per competence (in the order of the wheel) over
/// the newest survey of every department, from shown figures only
/// (hundredths).
pub fn staff_means(agenda: &Agenda) -> Vec<Option<u32>> {
    combined(
        agenda,
        survey_rounds(agenda).into_iter().map(|(latest, _)| latest),
    )
    .iter()
    .map(mean_of_counts)
    .collect()
}

/// Per competence: the staff's mean in the round before and now, over the
/// departments that have surveyed twice (hundredths).
pub fn staff_change(agenda: &Agenda) -> Vec<Option<(u32, u32)>> {
    let rounds: Vec<_> = survey_rounds(agenda)
        .into_iter()
        .filter_map(|(now, before)| before.map(|b| (now, b)))
        .collect();
    let now = combined(agenda, rounds.iter().map(|(n, _)| *n));
    let before = combined(agenda, rounds.iter().map(|(_, b)| *b));
    before
        .iter()
        .zip(&now)
        .map(|(b, n)| Some((mean_of_counts(b)?, mean_of_counts(n)?)))
        .collect()
}

/// The team's self-assessments that count now: the newest of every named
/// person, and every unnamed one.
pub fn current_assessments(agenda: &Agenda) -> Vec<&SelfAssessment> {
    by_person(agenda)
        .into_iter()
        .filter_map(|a| a.first().copied())
        .collect()
}

/// Each person's assessments, newest first; an unnamed one stands alone.
fn by_person(agenda: &Agenda) -> Vec<Vec<&SelfAssessment>> {
    let mut groups: Vec<Vec<&SelfAssessment>> = Vec::new();
    for a in agenda.assessments() {
        let key = a.person.to_lowercase();
        match groups
            .iter_mut()
            .find(|g| !key.is_empty() && g.first().is_some_and(|f| f.person.to_lowercase() == key))
        {
            Some(group) => group.push(a),
            None => groups.push(vec![a]),
        }
    }
    for g in &mut groups {
        crate::sorting::sort_by(g, |a, b| b.date.cmp(&a.date));
    }
    groups
}

/// Mean current and mean target per competence (in the order of the
/// wheel) over `assessments` (hundredths).
pub fn team_means(agenda: &Agenda, assessments: &[&SelfAssessment]) -> Vec<Option<(u32, u32)>> {
    let mut sums = vec![(0_u64, 0_u64, 0_u64); agenda.competences().len()];
    for r in assessments.iter().flat_map(|a| &a.ratings) {
        if let Some(s) = index(agenda, r.competence).and_then(|i| sums.get_mut(i)) {
            s.0 += u64::from(r.current);
            s.1 += u64::from(r.target);
            s.2 += 1;
        }
    }
    sums.into_iter()
        .map(|(cur, tgt, n)| Some((mean_hundredths(cur, n)?, mean_hundredths(tgt, n)?)))
        .collect()
}

/// Per competence: the team's mean current level before and now, over the
/// persons who assessed themselves at least twice (hundredths).
pub fn team_change(agenda: &Agenda) -> Vec<Option<(u32, u32)>> {
    let groups = by_person(agenda);
    let twice: Vec<&Vec<&SelfAssessment>> = groups.iter().filter(|g| g.len() > 1).collect();
    let now: Vec<&SelfAssessment> = twice.iter().filter_map(|g| g.first().copied()).collect();
    let before: Vec<&SelfAssessment> = twice.iter().filter_map(|g| g.get(1).copied()).collect();
    team_means(agenda, &before)
        .into_iter()
        .zip(team_means(agenda, &now))
        .map(|(b, n)| Some((b?.0, n?.0)))
        .collect()
}

/// Where one competence stands against its target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// Which competence.
    pub competence: CompetenceId,
    /// The administration's target (hundredths).
    pub target: u32,
    /// The team's mean current and target level, where anyone rated it.
    pub team: Option<(u32, u32)>,
    /// The staff's mean level from the surveys, where figures may be shown.
    pub staff: Option<u32>,
    /// The larger of the two distances to target, in hundredths (negative:
    /// above target): the team's mean Ist to the higher of its Soll and the
    /// administration's target, the staff's mean to that target; `None`
    /// when nobody rated the competence.
    pub size: Option<i64>,
    /// Projects (not discarded) that name the competence.
    pub projects: Vec<ProjectId>,
}

impl Gap {
    /// A gap no project addresses.
    pub fn is_open(&self) -> bool {
        self.size.is_some_and(|s| s > 0) && self.projects.is_empty()
    }
}

/// Every competence with its gap, the largest gap first (unrated ones
/// last, in the order of the wheel).
pub fn gaps(agenda: &Agenda) -> Vec<Gap> {
    let team = team_means(agenda, &current_assessments(agenda));
    let staff = staff_means(agenda);
    let mut out: Vec<Gap> = agenda
        .competences()
        .iter()
        .zip(team.into_iter().zip(staff))
        .map(|(c, (team, staff))| {
            let target = u32::from(c.target) * 100;
            // Measured against the higher of the team's own Soll and the
            // administration's target: a Soll left empty (taken as the
            // Ist) never hides how far the team is from the target.
            let team_gap = team.map(|(cur, tgt)| i64::from(tgt.max(target)) - i64::from(cur));
            let staff_gap = staff.map(|m| i64::from(target) - i64::from(m));
            let size = match (team_gap, staff_gap) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            Gap {
                competence: c.id,
                target,
                team,
                staff,
                size,
                projects: agenda
                    .projects()
                    .iter()
                    .filter(|p| {
                        p.status != crate::model::ProjectStatus::Discarded
                            && p.sheet.competences.contains(&c.id)
                    })
                    .map(|p| p.id)
                    .collect(),
            }
        })
        .collect();
    crate::sorting::sort_by(&mut out, |a, b| {
        b.size.unwrap_or(i64::MIN).cmp(&a.size.unwrap_or(i64::MIN))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_of_counts_rounds_half_up_in_hundredths() {
        // 1×0 + 2×1 + 3×2 + 0×3 + 1×4 = 12 over 7 people = 1.714… → 1,71
        assert_eq!(mean_of_counts(&[1, 2, 3, 0, 1]), Some(171));
        // 1 and 2 → 1.5 exactly
        assert_eq!(mean_of_counts(&[0, 1, 1, 0, 0]), Some(150));
        // 0,0,1 → 1/3 = 0.333… → 0,33; 0,1,1 → 2/3 → 0,67
        assert_eq!(mean_of_counts(&[2, 1, 0, 0, 0]), Some(33));
        assert_eq!(mean_of_counts(&[1, 2, 0, 0, 0]), Some(67));
        assert_eq!(mean_of_counts(&[0; 5]), None);
    }

    #[test]
    fn texts_are_german() {
        assert_eq!(level_text(235), "2,35");
        assert_eq!(level_text(300), "3,00");
        assert_eq!(change_text(50), "+0,50");
        assert_eq!(change_text(-125), "−1,25");
        assert_eq!(change_text(0), "±0,00");
    }

    #[test]
    fn preset_ids_are_distinct() {
        let ids: std::collections::HashSet<_> = (0..PRESET.len()).map(preset_id).collect();
        assert_eq!(ids.len(), PRESET.len());
    }
}
