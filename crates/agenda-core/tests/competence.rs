//! The Kompetenzrad: its actions, its aggregation and the minimum-group rule.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)] // test helpers: a failing unwrap is a failing test

mod common;

use agenda_core::competence::{
    self, AssessmentDraft, CompetenceArea, LevelCounts, MIN_GROUP, Rating, SurveyDraft,
    SurveyFigures,
};
use agenda_core::{
    Action, Agenda, AgendaError, AssessmentId, CompetenceId, Date, DepartmentId, ProjectDraft,
    ProjectId, SurveyId,
};
use proptest::prelude::*;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn c(n: u128) -> CompetenceId {
    CompetenceId::from_u128(n)
}

fn department(n: u128) -> DepartmentId {
    DepartmentId::from_u128(n)
}

/// Two departments, two competences (target 3 and 2) and a project.
fn wheel() -> Agenda {
    let mut agenda = common::seed().unwrap();
    agenda
        .apply(Action::EditCompetence {
            id: c(1),
            area: CompetenceArea::Methode,
            name: "Moderation".into(),
            target: 2,
        })
        .unwrap();
    agenda
        .apply(Action::AddProject {
            id: ProjectId::from_u128(1),
            draft: ProjectDraft::new("Schulung", department(0)),
        })
        .unwrap();
    agenda
}

fn assess(agenda: &mut Agenda, n: u128, person: &str, day: &str, ratings: &[(u128, u8, u8)]) {
    agenda
        .apply(Action::AddAssessment {
            id: AssessmentId::from_u128(n),
            draft: AssessmentDraft {
                person: person.into(),
                date: date(day),
                ratings: ratings
                    .iter()
                    .map(|(k, current, target)| Rating {
                        competence: c(*k),
                        current: *current,
                        target: *target,
                    })
                    .collect(),
            },
        })
        .unwrap();
}

fn survey_draft(d: u128, day: &str, respondents: u32, answers: &[(u128, [u32; 5])]) -> SurveyDraft {
    SurveyDraft {
        department: department(d),
        date: date(day),
        respondents,
        answers: answers
            .iter()
            .map(|(k, counts)| LevelCounts {
                competence: c(*k),
                counts: *counts,
            })
            .collect(),
    }
}

fn survey(agenda: &mut Agenda, n: u128, draft: SurveyDraft) {
    agenda
        .apply(Action::AddSurvey {
            id: SurveyId::from_u128(n),
            draft,
        })
        .unwrap();
}

#[test]
fn levels_off_the_scale_and_unknown_competences_are_refused() {
    let mut agenda = wheel();
    let before = agenda.clone();
    let bad = |current, competence| Action::AddAssessment {
        id: AssessmentId::from_u128(9),
        draft: AssessmentDraft {
            person: String::new(),
            date: date("2026-01-01"),
            ratings: vec![Rating {
                competence,
                current,
                target: 3,
            }],
        },
    };
    assert_eq!(
        agenda.apply(bad(5, c(0))),
        Err(AgendaError::LevelOutOfRange(5))
    );
    assert!(matches!(
        agenda.apply(bad(1, c(7))),
        Err(AgendaError::Unknown { .. })
    ));
    assert_eq!(agenda, before);
}

#[test]
fn a_survey_cannot_count_more_answers_than_respondents() {
    let mut agenda = wheel();
    assert_eq!(
        agenda.apply(Action::AddSurvey {
            id: SurveyId::from_u128(1),
            draft: survey_draft(0, "2026-01-01", 5, &[(0, [1, 1, 1, 1, 2])]),
        }),
        Err(AgendaError::MoreAnswersThanRespondents {
            answered: 6,
            respondents: 5
        })
    );
}

#[test]
fn a_rated_competence_cannot_be_removed_an_unrated_one_leaves_its_projects() {
    let mut agenda = wheel();
    let mut sheet = agenda.projects()[0].sheet().clone();
    sheet.competences = vec![c(1), c(2)];
    agenda
        .apply(Action::EditProject {
            id: ProjectId::from_u128(1),
            draft: sheet,
        })
        .unwrap();
    assess(&mut agenda, 1, "", "2026-01-01", &[(1, 1, 3)]);
    assert_eq!(
        agenda.apply(Action::RemoveCompetence { id: c(1) }),
        Err(AgendaError::CompetenceInUse(c(1)))
    );
    agenda.apply(Action::RemoveCompetence { id: c(2) }).unwrap();
    assert_eq!(agenda.projects()[0].sheet().competences, vec![c(1)]);
}

#[test]
fn a_department_with_a_survey_cannot_be_removed() {
    let mut agenda = wheel();
    survey(
        &mut agenda,
        1,
        survey_draft(2, "2026-01-01", 6, &[(0, [0, 1, 2, 3, 0])]),
    );
    assert_eq!(
        agenda.apply(Action::RemoveDepartment { id: department(2) }),
        Err(AgendaError::DepartmentInUse(department(2)))
    );
}

#[test]
fn the_preset_has_the_seventeen_competences_of_the_wheel() {
    let mut agenda = Agenda::new();
    for (n, (area, name)) in competence::PRESET.iter().enumerate() {
        agenda
            .apply(Action::AddCompetence {
                id: competence::preset_id(n),
                area: *area,
                name: (*name).into(),
                target: competence::PRESET_TARGET,
            })
            .unwrap();
    }
    let per_area = |a| {
        agenda
            .competences()
            .iter()
            .filter(|c| c.area() == a)
            .count()
    };
    assert_eq!(
        CompetenceArea::ALL.map(per_area),
        [5, 4, 4, 4],
        "Fach, Methode, Sozial, Personal"
    );
    // Taking it again in another copy gives the same ids: no doubles.
    assert!(matches!(
        agenda.apply(Action::AddCompetence {
            id: competence::preset_id(0),
            area: CompetenceArea::Fach,
            name: "Digitale Werkzeuge und E-Akte".into(),
            target: 3,
        }),
        Err(AgendaError::Duplicate { .. })
    ));
}

#[test]
fn gaps_put_the_furthest_from_target_first_and_name_the_projects() {
    let mut agenda = wheel();
    // Team: the newest assessment of Frau A counts, plus an unnamed one.
    assess(
        &mut agenda,
        1,
        "Frau A",
        "2026-01-01",
        &[(0, 0, 4), (1, 0, 2)],
    );
    assess(
        &mut agenda,
        2,
        "frau a",
        "2026-06-01",
        &[(0, 2, 4), (1, 2, 2)],
    );
    assess(&mut agenda, 3, "", "2026-06-01", &[(0, 1, 3)]);
    // Staff: department 0 has 10 answers for Kompetenz 2 (mean 1,00),
    // department 1 only 4 people (withheld).
    survey(
        &mut agenda,
        1,
        survey_draft(0, "2026-06-01", 10, &[(2, [2, 6, 2, 0, 0])]),
    );
    survey(
        &mut agenda,
        2,
        survey_draft(1, "2026-06-01", 4, &[(2, [0, 0, 0, 0, 4])]),
    );
    let mut sheet = agenda.projects()[0].sheet().clone();
    sheet.competences = vec![c(2)];
    agenda
        .apply(Action::EditProject {
            id: ProjectId::from_u128(1),
            draft: sheet,
        })
        .unwrap();

    let gaps = competence::gaps(&agenda);
    let order: Vec<(CompetenceId, Option<i64>)> =
        gaps.iter().map(|g| (g.competence, g.size)).collect();
    // Kompetenz 2: target 3,00 − staff 1,00 = 2,00. Kompetenz 0: team
    // means (2+1)/2 = 1,50 current, (4+3)/2 = 3,50 target → 2,00 as well;
    // equal gaps keep the order of the wheel. Moderation: 2,00 − 2,00 = 0.
    assert_eq!(
        order,
        vec![(c(0), Some(200)), (c(2), Some(200)), (c(1), Some(0))]
    );
    assert_eq!(gaps[0].team, Some((150, 350)));
    assert_eq!(gaps[1].staff, Some(100));
    assert!(gaps[0].is_open(), "no project raises Kompetenz 0");
    assert!(
        !gaps[1].is_open(),
        "the training project raises Kompetenz 2"
    );
    assert_eq!(gaps[1].projects, vec![ProjectId::from_u128(1)]);
    assert!(!gaps[2].is_open(), "no gap at target");
}

#[test]
fn a_soll_left_empty_does_not_hide_the_distance_to_the_target() {
    let mut agenda = wheel();
    // The form takes an empty Soll as the Ist: Ist 0, Soll 0 against the
    // administration's target 3 (Kompetenz 0) and 2 (Moderation).
    assess(
        &mut agenda,
        1,
        "Frau A",
        "2026-06-01",
        &[(0, 0, 0), (1, 1, 1)],
    );
    let gaps = competence::gaps(&agenda);
    let size = |id| {
        gaps.iter()
            .find(|g| g.competence == c(id))
            .and_then(|g| g.size)
    };
    assert_eq!(size(0), Some(300), "Lücke +3,00, not ±0,00");
    assert_eq!(size(1), Some(100));
    // A Soll above the target still counts in full.
    assess(&mut agenda, 2, "Herr B", "2026-06-01", &[(1, 1, 4)]);
    let gaps = competence::gaps(&agenda);
    assert_eq!(
        gaps.iter()
            .find(|g| g.competence == c(1))
            .and_then(|g| g.size),
        Some(150),
        "team Ist 1,00, Soll (1+4)/2 = 2,50 above the target 2"
    );
}

#[test]
fn gaps_without_project_are_one_finding_named_by_the_largest() {
    use agenda_core::analysis::diagnostics::Diagnostic;
    let mut agenda = wheel();
    let today = date("2026-12-01");
    let findings = |a: &Agenda| -> Vec<Diagnostic> {
        a.diagnostics(today)
            .into_iter()
            .filter(|d| matches!(d, Diagnostic::CompetenceGapsWithoutProject(..)))
            .collect()
    };
    assert!(findings(&agenda).is_empty(), "nobody rated anything yet");
    // Kompetenz 0 one step short, Moderation (target 2) two.
    assess(
        &mut agenda,
        1,
        "Frau A",
        "2026-06-01",
        &[(0, 2, 3), (1, 0, 2)],
    );
    assert_eq!(
        findings(&agenda),
        vec![Diagnostic::CompetenceGapsWithoutProject(c(1), 2)]
    );
}

#[test]
fn change_compares_each_persons_and_departments_last_two_rounds() {
    let mut agenda = wheel();
    assess(&mut agenda, 1, "Frau A", "2026-01-01", &[(0, 1, 3)]);
    assess(&mut agenda, 2, "Frau A", "2026-09-01", &[(0, 3, 3)]);
    assess(&mut agenda, 3, "Herr B", "2026-09-01", &[(0, 0, 3)]);
    assert_eq!(
        competence::team_change(&agenda)[0],
        Some((100, 300)),
        "Herr B assessed once and is not part of the change"
    );
    survey(
        &mut agenda,
        1,
        survey_draft(0, "2026-01-01", 5, &[(0, [5, 0, 0, 0, 0])]),
    );
    survey(
        &mut agenda,
        2,
        survey_draft(0, "2026-09-01", 5, &[(0, [0, 5, 0, 0, 0])]),
    );
    assert_eq!(competence::staff_change(&agenda)[0], Some((0, 100)));
    assert_eq!(competence::staff_means(&agenda)[0], Some(100));
}

/// Random surveys over the seed's departments and competences.
fn any_surveys() -> impl Strategy<Value = Vec<SurveyDraft>> {
    let counts = (0_u128..3, prop::array::uniform5(0_u32..4));
    let one = (
        0_u128..3,
        1_u8..28,
        0_u32..25,
        prop::collection::vec(counts, 0..4),
    );
    prop::collection::vec(one, 0..6).prop_map(|surveys| {
        surveys
            .into_iter()
            .map(|(d, day, respondents, answers)| {
                let mut seen = std::collections::HashSet::new();
                let answers: Vec<(u128, [u32; 5])> = answers
                    .into_iter()
                    .filter(|(k, _)| seen.insert(*k))
                    .collect();
                // Respondents at least the largest count of answers.
                let most = answers
                    .iter()
                    .map(|(_, c)| c.iter().sum::<u32>())
                    .max()
                    .unwrap_or(0);
                survey_draft(
                    d,
                    &format!("2026-03-{day:02}"),
                    respondents.max(most),
                    &answers,
                )
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

    /// Nothing is shown of a survey or a competence fewer than five
    /// answered, whatever the input.
    #[test]
    fn no_figure_of_fewer_than_five_is_shown(drafts in any_surveys()) {
        let mut agenda = common::seed().unwrap();
        for (n, draft) in drafts.into_iter().enumerate() {
            survey(&mut agenda, n as u128, draft);
        }
        for s in agenda.surveys() {
            match competence::survey_figures(s) {
                SurveyFigures::TooFew { respondents } => {
                    prop_assert!(respondents < MIN_GROUP);
                    prop_assert_eq!(respondents, s.respondents());
                }
                SurveyFigures::Shown { respondents, answers, withheld } => {
                    prop_assert!(respondents >= MIN_GROUP);
                    prop_assert!(answers.iter().all(|a| a.answered() >= MIN_GROUP));
                    prop_assert!(withheld.iter().all(|w| answers.iter().all(|a| a.competence != *w)));
                }
            }
        }
    }

    /// What small groups answered never moves a combined figure: the
    /// administration's means are the same with every withheld figure
    /// taken out of the data.
    #[test]
    fn small_groups_never_move_the_combined_figures(drafts in any_surveys()) {
        let mut agenda = common::seed().unwrap();
        let mut without_small = common::seed().unwrap();
        for (n, draft) in drafts.into_iter().enumerate() {
            let mut trimmed = draft.clone();
            if trimmed.respondents < MIN_GROUP {
                trimmed.answers.clear();
            }
            trimmed.answers.retain(|a| a.answered() >= MIN_GROUP);
            survey(&mut agenda, n as u128, draft);
            survey(&mut without_small, n as u128, trimmed);
        }
        prop_assert_eq!(competence::staff_means(&agenda), competence::staff_means(&without_small));
        prop_assert_eq!(competence::staff_change(&agenda), competence::staff_change(&without_small));
    }

    /// The mean in hundredths is the exact mean rounded half up, on the scale.
    #[test]
    fn mean_of_counts_is_the_rounded_mean(counts in prop::array::uniform5(0_u32..1_000)) {
        let n: u64 = counts.iter().map(|c| u64::from(*c)).sum();
        let sum: u64 = counts.iter().zip(0_u64..).map(|(c, l)| u64::from(*c) * l).sum();
        match competence::mean_of_counts(&counts) {
            None => prop_assert_eq!(n, 0),
            Some(mean) => {
                prop_assert!(mean <= 400);
                // mean = round(100·sum/n): |100·sum − mean·n| ≤ n/2
                let diff = (i128::from(sum) * 100 - i128::from(mean) * i128::from(n)).abs();
                prop_assert!(diff * 2 <= i128::from(n), "{} {} {}", sum, n, mean);
            }
        }
    }
}

mod survey_file {
    use super::*;
    use agenda_core::competence::survey_csv::{self, SurveyCsvError};

    #[test]
    fn counts_the_competence_columns_and_never_reads_the_others() {
        let agenda = wheel();
        // As a survey tool exports it: a time stamp, an e-mail column,
        // competences by name (any case), levels as digits or words.
        let text = "\u{feff}Zeitstempel;E-Mail;kompetenz 0;Moderation;Kommentar\r\n\
                    01.10.2026 08:00;a@example.org;3;2 – mit Unterstützung;gut\r\n\
                    01.10.2026 08:05;b@example.org;selbstständig;;\r\n\
                    01.10.2026 08:07;;;;nur Kommentar\r\n\
                    01.10.2026 09:00;c@example.org;0;4;\r\n";
        let read = survey_csv::read(&agenda, text).unwrap();
        assert_eq!(
            read.respondents, 3,
            "a row without any answer is no respondent"
        );
        assert_eq!(
            read.answers,
            vec![
                LevelCounts {
                    competence: c(0),
                    counts: [1, 0, 0, 2, 0]
                },
                LevelCounts {
                    competence: c(1),
                    counts: [0, 0, 1, 0, 1]
                },
            ]
        );
        assert_eq!(read.ignored, vec!["Zeitstempel", "E-Mail", "Kommentar"]);
    }

    #[test]
    fn a_cell_that_is_no_level_is_reported_with_row_and_column() {
        let agenda = wheel();
        let text = "Kompetenz 0;Moderation\r\n3;5\r\nviel;1\r\n";
        assert_eq!(
            survey_csv::read(&agenda, text),
            Err(vec![
                SurveyCsvError::BadLevel {
                    row: 2,
                    column: "Moderation".into(),
                    value: "5".into()
                },
                SurveyCsvError::BadLevel {
                    row: 3,
                    column: "Kompetenz 0".into(),
                    value: "viel".into()
                },
            ])
        );
        assert_eq!(
            survey_csv::read(&agenda, "Name;Alter\r\nx;3\r\n"),
            Err(vec![SurveyCsvError::NoCompetenceColumn])
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

        /// Reading never fails on any text, and every count it gives is
        /// one a survey can hold.
        #[test]
        fn any_text_reads_or_is_refused(text in ".{0,400}") {
            let agenda = wheel();
            if let Ok(read) = survey_csv::read(&agenda, &format!("Kompetenz 0;Kompetenz 2\n{text}")) {
                let mut draft = survey_draft(0, "2026-01-01", read.respondents, &[]);
                draft.answers = read.answers;
                let mut copy = agenda.clone();
                let added = copy.apply(Action::AddSurvey { id: SurveyId::from_u128(1), draft });
                prop_assert!(added.is_ok(), "{:?}", added);
            }
        }

        /// A survey export (columns named like competences among others,
        /// levels as digits and words, some off the scale, quotes, line
        /// breaks inside quotes, rows too short or too long): reading gives
        /// counts a survey can hold, each respondent counted at most once
        /// per competence, or names the problems by row and column.
        #[test]
        fn a_structured_survey_reads_or_is_refused(text in common::texts::survey_csv(&wheel())) {
            let agenda = wheel();
            match survey_csv::read(&agenda, &text) {
                Ok(read) => {
                    let lines = u32::try_from(text.split(['\n', '\r']).count()).unwrap();
                    prop_assert!(read.respondents < lines.max(1));
                    for answer in &read.answers {
                        prop_assert!(answer.counts.iter().sum::<u32>() <= read.respondents);
                    }
                    let mut draft = survey_draft(0, "2026-01-01", read.respondents, &[]);
                    draft.answers = read.answers;
                    let mut copy = agenda.clone();
                    let added = copy.apply(Action::AddSurvey { id: SurveyId::from_u128(1), draft });
                    prop_assert!(added.is_ok(), "{:?}", added);
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    let last = text.split(['\n', '\r']).count() + 1;
                    for e in &errors {
                        match e {
                            SurveyCsvError::Unclosed { row } => {
                                prop_assert!((1..=last).contains(row), "{:?}", e);
                            }
                            SurveyCsvError::BadLevel { row, column, .. } => {
                                prop_assert!((2..=last).contains(row), "{:?}", e);
                                let named = agenda
                                    .competences()
                                    .iter()
                                    .any(|c| c.name().eq_ignore_ascii_case(column.trim()));
                                prop_assert!(named, "{:?}", e);
                            }
                            SurveyCsvError::NoCompetenceColumn | SurveyCsvError::TooLarge => {}
                        }
                    }
                }
            }
        }
    }
}
