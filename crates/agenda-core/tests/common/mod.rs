//! Shared by the property tests: strategies for random actions with ids from
//! small pools (so actions often hit existing items and dangling references)
//! and a seeded agenda that uses those ids.
#![allow(dead_code)]

use agenda_core::competence::{AssessmentDraft, CompetenceArea, LevelCounts, Rating, SurveyDraft};
use agenda_core::{
    Action, Agenda, CardId, Date, DepartmentDraft, DepartmentId, FieldId, GuidelineDraft,
    GuidelineId, GuidelineStatus, IdeaId, IndicatorId, ItemRef, MilestoneId, PerspectiveDraft,
    PerspectiveId, PerspectiveKind, PriorityMethod, PrioritySubject, ProjectDraft, ProjectId,
    ProjectStatus, SortTarget,
};
use agenda_core::{AssessmentId, CompetenceId, SurveyId};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

pub mod texts;

pub fn any_id() -> impl Strategy<Value = GuidelineId> {
    // A small pool, so actions often hit existing and duplicate ids.
    (0_u128..6).prop_map(GuidelineId::from_u128)
}

pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[ \t\r\n]{0,3}",
        "[a-zA-ZäöüÄÖÜß <>&\"'\\n\\r\\t\u{0}]{1,40}",
        ".{0,60}",
        Just("x".repeat(250)),
    ]
}

pub fn any_draft() -> impl Strategy<Value = GuidelineDraft> {
    (any_text(), any_text(), any_text()).prop_map(|(title, description, rationale)| {
        GuidelineDraft {
            title,
            description,
            rationale,
        }
    })
}

/// Mostly valid names, sometimes anything.
pub fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß <>&]{0,20}",
        1 => any_text(),
    ]
}

pub fn small<T: std::fmt::Debug>(make: fn(u128) -> T) -> impl Strategy<Value = T> {
    (0_u128..4).prop_map(make)
}

pub fn any_kind() -> impl Strategy<Value = PerspectiveKind> {
    prop::sample::select(PerspectiveKind::ALL.to_vec())
}

pub fn any_item() -> impl Strategy<Value = ItemRef> {
    prop_oneof![
        small(FieldId::from_u128).prop_map(ItemRef::Field),
        any_id().prop_map(ItemRef::Guideline),
        small(IdeaId::from_u128).prop_map(ItemRef::Idea),
    ]
}

/// A Fachbereich's text: a mostly valid name, short name and head, the
/// latter two sometimes too long or with control characters.
pub fn any_department_draft() -> impl Strategy<Value = DepartmentDraft> {
    let extra = || {
        prop_oneof![
            3 => Just(String::new()),
            3 => "[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .0-9]{0,12}",
            1 => any_text(),
        ]
    };
    (any_name(), extra(), extra()).prop_map(|(name, short_name, head)| DepartmentDraft {
        name,
        short_name,
        head,
    })
}

/// A perspective's content, its references from the small pools (so they
/// sometimes dangle).
pub fn any_perspective_draft() -> impl Strategy<Value = PerspectiveDraft> {
    (
        small(DepartmentId::from_u128),
        any_kind(),
        any_name(),
        prop::option::of(small(FieldId::from_u128)),
        prop::collection::vec(any_id(), 0..3),
    )
        .prop_map(
            |(department, kind, text, field, guidelines)| PerspectiveDraft {
                department,
                kind,
                text,
                field,
                guidelines,
            },
        )
}

/// Actions on Handlungsfelder, Fachbereiche, perspectives, cards, ideas and
/// ballots, with ids from small pools so references often dangle.
pub fn any_contribution_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (small(FieldId::from_u128), any_name())
            .prop_map(|(id, name)| Action::AddField { id, name }),
        (small(FieldId::from_u128), any_name())
            .prop_map(|(id, name)| Action::RenameField { id, name }),
        small(FieldId::from_u128).prop_map(|id| Action::RemoveField { id }),
        (any_id(), prop::option::of(small(FieldId::from_u128)))
            .prop_map(|(id, field)| Action::SetGuidelineField { id, field }),
        (small(DepartmentId::from_u128), any_name()).prop_map(|(id, name)| Action::AddDepartment {
            id,
            draft: DepartmentDraft {
                name,
                ..Default::default()
            },
        }),
        (small(DepartmentId::from_u128), any_department_draft())
            .prop_map(|(id, draft)| Action::EditDepartment { id, draft }),
        (small(DepartmentId::from_u128), 0_u32..12)
            .prop_map(|(id, weight)| Action::SetDepartmentWeight { id, weight }),
        small(DepartmentId::from_u128).prop_map(|id| Action::RemoveDepartment { id }),
        (small(PerspectiveId::from_u128), any_perspective_draft())
            .prop_map(|(id, draft)| Action::AddPerspective { id, draft }),
        (small(PerspectiveId::from_u128), any_perspective_draft())
            .prop_map(|(id, draft)| Action::EditPerspective { id, draft }),
        small(PerspectiveId::from_u128).prop_map(|id| Action::RemovePerspective { id }),
        (
            small(CardId::from_u128),
            any_name(),
            prop::option::of(small(DepartmentId::from_u128))
        )
            .prop_map(|(id, text, department)| Action::AddCard {
                id,
                text,
                department
            }),
        (
            small(CardId::from_u128),
            0_u8..4,
            any_id(),
            small(PerspectiveId::from_u128),
            small(DepartmentId::from_u128),
            small(IdeaId::from_u128)
        )
            .prop_map(|(id, to, guideline, perspective, department, idea)| {
                Action::SortCard {
                    id,
                    target: match to {
                        0 => SortTarget::Guideline { id: guideline },
                        1 => SortTarget::Perspective {
                            id: perspective,
                            department,
                            kind: PerspectiveKind::Idea,
                        },
                        2 => SortTarget::ProjectIdea { id: idea },
                        _ => SortTarget::Discard,
                    },
                }
            }),
        small(IdeaId::from_u128).prop_map(|id| Action::RemoveIdea { id }),
        prop::sample::select(vec![
            PrioritySubject::Fields,
            PrioritySubject::Guidelines,
            PrioritySubject::Ideas
        ])
        .prop_map(|subject| Action::SetPrioritySubject { subject }),
        any::<bool>().prop_map(|ranking| Action::SetPriorityMethod {
            method: if ranking {
                PriorityMethod::Ranking
            } else {
                PriorityMethod::Points
            },
        }),
        (0_u32..15).prop_map(|budget| Action::SetBudget { budget }),
        (0_u32..6).prop_map(|max| Action::SetMaxPerItem { max }),
        (small(DepartmentId::from_u128), any_item(), 0_u32..5).prop_map(
            |(department, item, points)| Action::SetPoints {
                department,
                item,
                points
            }
        ),
        (
            small(DepartmentId::from_u128),
            prop::collection::vec(any_item(), 0..4)
        )
            .prop_map(|(department, order)| Action::SetRanking { department, order }),
    ]
}

/// A Kennzahl value: mostly as people type them (up to 15 significant
/// digits, which the stored JSON reads back exactly; see docs/design.md,
/// "Stored format"), sometimes at or beyond the limit (±10^15), not finite
/// or negative zero.
pub fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => (-1_000_000_000_i64..1_000_000_000, 0_i32..=6)
            .prop_map(|(n, scale)| n as f64 / 10_f64.powi(scale)),
        2 => (-1_000_000_i64..1_000_000).prop_map(|n| n as f64),
        1 => prop::sample::select(vec![
            0.0,
            -0.0,
            1e15,
            -1e15,
            1e15 + 1.0,
            -1e15 - 1.0,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ]),
    ]
}

/// Adding a Kennzahl, with names and values that are sometimes refused.
pub fn any_add_indicator() -> impl Strategy<Value = Action> {
    // Names fit the limit of 20 characters mostly, not always.
    let name = prop_oneof![
        6 => "[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß <>&]{0,15}",
        1 => any_name(),
    ];
    let unit = prop_oneof![
        3 => prop::sample::select(vec!["", "%", "Stück", "€", "Tage"]).prop_map(str::to_owned),
        1 => any_text(),
    ];
    (
        small(ProjectId::from_u128),
        small(IndicatorId::from_u128),
        name,
        unit,
        any_number(),
        any_number(),
    )
        .prop_map(
            |(project, id, name, unit, baseline, target)| Action::AddIndicator {
                project,
                id,
                name,
                unit,
                baseline,
                target,
            },
        )
}

/// Adding, measuring and removing Kennzahlen, with ids from small pools
/// and values that are sometimes refused.
pub fn any_indicator_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        2 => any_add_indicator(),
        2 => (
            small(ProjectId::from_u128),
            small(IndicatorId::from_u128),
            any_number(),
            any_date()
        )
            .prop_map(|(project, id, value, date)| Action::MeasureIndicator {
                project,
                id,
                value,
                date
            }),
        1 => (small(ProjectId::from_u128), small(IndicatorId::from_u128))
            .prop_map(|(project, id)| Action::RemoveIndicator { project, id }),
    ]
}

/// Actions on projects, with ids from small pools.
pub fn any_project_action() -> impl Strategy<Value = Action> {
    let date = (2025_i32..2028, 1_u8..13, 1_u8..29)
        .prop_filter_map("valid date", |(y, m, d)| Date::new(y, m, d).ok());
    let percent = prop_oneof![9 => 0_u8..=100, 1 => 101_u8..=255];
    prop_oneof![
        // Often, so that the project's milestones and Kennzahlen can be hit.
        5 => (
            small(ProjectId::from_u128),
            any_name(),
            small(DepartmentId::from_u128),
            prop::collection::vec(any_id(), 0..3),
            prop::collection::vec(small(DepartmentId::from_u128), 0..2)
        )
            .prop_map(|(id, title, lead, guidelines, participants)| {
                let mut draft = ProjectDraft::new(title, lead);
                draft.guidelines = guidelines;
                draft.participants = participants;
                Action::AddProject { id, draft }
            }),
        2 => small(ProjectId::from_u128).prop_map(|id| Action::RemoveProject { id }),
        2 => (
            small(ProjectId::from_u128),
            prop::sample::select(ProjectStatus::ALL.to_vec()),
            date.clone()
        )
            .prop_map(|(id, status, date)| Action::SetProjectStatus {
                id,
                status,
                date,
                note: String::new()
            }),
        1 => (small(ProjectId::from_u128), prop::option::of(percent))
            .prop_map(|(id, percent)| Action::SetProgressOverride { id, percent }),
        2 => (
            small(ProjectId::from_u128),
            small(MilestoneId::from_u128),
            date
        )
            .prop_map(|(project, id, due)| Action::AddMilestone {
                project,
                id,
                title: "Schritt".into(),
                due
            }),
        2 => (
            small(ProjectId::from_u128),
            small(MilestoneId::from_u128),
            any::<bool>()
        )
            .prop_map(|(project, id, done)| Action::SetMilestoneDone { project, id, done }),
        1 => (small(ProjectId::from_u128), small(MilestoneId::from_u128))
            .prop_map(|(project, id)| Action::RemoveMilestone { project, id }),
        3 => any_indicator_action(),
        2 => (
            any_id(),
            small(ProjectId::from_u128),
            small(DepartmentId::from_u128),
            any_id()
        )
            .prop_map(|(guideline, id, lead, serves)| Action::GuidelineToProject {
                guideline,
                id,
                lead,
                serves
            }),
        2 => (
            small(IdeaId::from_u128),
            small(ProjectId::from_u128),
            small(DepartmentId::from_u128)
        )
            .prop_map(|(idea, id, lead)| Action::ProjectFromIdea {
                idea,
                id,
                lead,
                guidelines: vec![]
            }),
        2 => (small(PerspectiveId::from_u128), small(ProjectId::from_u128)).prop_map(
            |(perspective, id)| Action::ProjectFromPerspective {
                perspective,
                id,
                title: "Aus Beitrag".into()
            }
        ),
    ]
}

/// A date in 2025–2027.
pub fn any_date() -> impl Strategy<Value = Date> {
    (2025_i32..2028, 1_u8..13, 1_u8..29)
        .prop_filter_map("valid date", |(y, m, d)| Date::new(y, m, d).ok())
}

/// Actions on the Kompetenzrad, with ids from small pools and levels that
/// are sometimes off the scale.
fn any_level() -> impl Strategy<Value = u8> {
    prop_oneof![9 => 0_u8..5, 1 => 5_u8..7]
}

fn any_assessment() -> impl Strategy<Value = AssessmentDraft> {
    let rating = (small(CompetenceId::from_u128), any_level(), any_level()).prop_map(
        |(competence, current, target)| Rating {
            competence,
            current,
            target,
        },
    );
    (
        prop_oneof![
            Just(String::new()),
            Just("Frau A".to_owned()),
            Just("Herr B".to_owned())
        ],
        any_date(),
        prop::collection::vec(rating, 0..4),
    )
        .prop_map(|(person, date, ratings)| AssessmentDraft {
            person,
            date,
            ratings,
        })
}

fn any_survey() -> impl Strategy<Value = SurveyDraft> {
    let counts = (
        small(CompetenceId::from_u128),
        prop::array::uniform5(0_u32..6),
    )
        .prop_map(|(competence, counts)| LevelCounts { competence, counts });
    (
        small(DepartmentId::from_u128),
        any_date(),
        0_u32..30,
        prop::collection::vec(counts, 0..4),
    )
        .prop_map(|(department, date, respondents, answers)| SurveyDraft {
            department,
            date,
            respondents,
            answers,
        })
}

/// Actions on the Kompetenzrad, with ids from small pools and levels that
/// are sometimes off the scale.
pub fn any_competence_action() -> impl Strategy<Value = Action> {
    let area = || prop::sample::select(CompetenceArea::ALL.to_vec());
    prop_oneof![
        (
            small(CompetenceId::from_u128),
            area(),
            any_name(),
            any_level()
        )
            .prop_map(|(id, area, name, target)| Action::AddCompetence {
                id,
                area,
                name,
                target
            }),
        (
            small(CompetenceId::from_u128),
            area(),
            any_name(),
            any_level()
        )
            .prop_map(|(id, area, name, target)| Action::EditCompetence {
                id,
                area,
                name,
                target
            }),
        small(CompetenceId::from_u128).prop_map(|id| Action::RemoveCompetence { id }),
        (small(AssessmentId::from_u128), any_assessment())
            .prop_map(|(id, draft)| Action::AddAssessment { id, draft }),
        (small(AssessmentId::from_u128), any_assessment())
            .prop_map(|(id, draft)| Action::EditAssessment { id, draft }),
        small(AssessmentId::from_u128).prop_map(|id| Action::RemoveAssessment { id }),
        (small(SurveyId::from_u128), any_survey())
            .prop_map(|(id, draft)| Action::AddSurvey { id, draft }),
        (small(SurveyId::from_u128), any_survey())
            .prop_map(|(id, draft)| Action::EditSurvey { id, draft }),
        small(SurveyId::from_u128).prop_map(|id| Action::RemoveSurvey { id }),
        (
            small(ProjectId::from_u128),
            prop::collection::vec(small(CompetenceId::from_u128), 0..3)
        )
            .prop_map(|(id, competences)| {
                let mut draft = ProjectDraft::new("Schulung", DepartmentId::from_u128(0));
                draft.competences = competences;
                Action::EditProject { id, draft }
            }),
    ]
}

/// Costs, benefits and funding of a project, and the town's rates; the
/// numbers sometimes out of range, so refusals are exercised too.
pub fn any_finance_action() -> impl Strategy<Value = Action> {
    use agenda_core::kaemmerei::finance::{
        BenefitKind, FinanceSettings, Grant, GrantShare, GrantStatus, QualitativeBenefit,
    };
    use agenda_core::kaemmerei::money::Cents;
    let cents =
        prop_oneof![9 => (0_i64..10_000_000).prop_map(Cents), 1 => any::<i64>().prop_map(Cents)];
    let grant = (
        any_name(),
        prop_oneof![
            (0_u32..12_000).prop_map(GrantShare::Rate),
            cents.clone().prop_map(GrantShare::Amount)
        ],
        prop::sample::select(GrantStatus::ALL.to_vec()),
        prop::option::of(any_date()),
    )
        .prop_map(|(name, share, status, deadline)| Grant {
            name,
            body: "Land".into(),
            share,
            status,
            deadline,
        });
    let quality = (
        prop::sample::select(BenefitKind::ALL.to_vec()),
        0_u8..5,
        any_text(),
    )
        .prop_map(|(kind, rating, reason)| QualitativeBenefit {
            kind,
            rating,
            reason,
        });
    prop_oneof![
        (
            small(ProjectId::from_u128),
            (cents.clone(), 0_u32..500, cents.clone(), 0_u32..60),
            (0_u32..10_000, 0_u32..60, cents.clone()),
            prop::collection::vec(quality, 0..3),
            prop::collection::vec(grant, 0..3)
        )
            .prop_map(
                |(
                    id,
                    (investment, hours, recurring, life),
                    (cases, minutes, savings),
                    qualitative,
                    grants,
                )| {
                    let mut draft = ProjectDraft::new("Kosten", DepartmentId::from_u128(0));
                    draft.costs.investment = investment;
                    draft.costs.investment_hours = hours;
                    draft.costs.recurring = recurring;
                    draft.costs.life_years = life;
                    draft.benefits.cases = cases;
                    draft.benefits.minutes = minutes;
                    draft.benefits.savings = savings;
                    draft.benefits.qualitative = qualitative;
                    draft.grants = grants;
                    Action::EditProject { id, draft }
                }
            ),
        (cents, 0_u32..11_000, any_text()).prop_map(|(hourly_rate, discount_bp, rate_source)| {
            Action::SetFinance {
                settings: FinanceSettings {
                    hourly_rate,
                    rate_source,
                    discount_bp,
                    discount_source: String::new(),
                },
            }
        }),
    ]
}

pub fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        1 => any_finance_action(),
        4 => any_contribution_action(),
        1 => any_competence_action(),
        3 => any_project_action(),
        1 => any_text().prop_map(|name| Action::SetMunicipality { name }),
        1 => any_text().prop_map(|text| Action::SetVision { text }),
        1 => (any_id(), any_draft()).prop_map(|(id, draft)| Action::AddGuideline { id, draft }),
        1 => (any_id(), any_draft()).prop_map(|(id, draft)| Action::EditGuideline { id, draft }),
        1 => (any_id(), any::<bool>()).prop_map(|(id, adopted)| Action::SetGuidelineStatus {
            id,
            status: if adopted {
                GuidelineStatus::Adopted
            } else {
                GuidelineStatus::Draft
            },
        }),
        1 => (any_id(), 0_usize..8).prop_map(|(id, to)| Action::MoveGuideline { id, to }),
        1 => any_id().prop_map(|id| Action::RemoveGuideline { id }),
    ]
}

/// An agenda whose items use the ids of the small pools, so random actions
/// hit existing items often.
pub fn seed() -> Result<Agenda, TestCaseError> {
    let mut agenda = Agenda::new();
    let mut apply = |action| {
        agenda
            .apply(action)
            .map_err(|e: agenda_core::AgendaError| TestCaseError::fail(e.to_string()))
    };
    for n in 0..3 {
        apply(Action::AddField {
            id: FieldId::from_u128(n),
            name: format!("Feld {n}"),
        })?;
        apply(Action::AddDepartment {
            id: DepartmentId::from_u128(n),
            draft: DepartmentDraft {
                name: format!("Amt {n}"),
                ..Default::default()
            },
        })?;
        apply(Action::AddGuideline {
            id: GuidelineId::from_u128(n),
            draft: GuidelineDraft {
                title: format!("Leitplanke {n}"),
                ..Default::default()
            },
        })?;
        apply(Action::AddCompetence {
            id: CompetenceId::from_u128(n),
            area: CompetenceArea::Fach,
            name: format!("Kompetenz {n}"),
            target: 3,
        })?;
    }
    Ok(agenda)
}

/// The seed with contributions of several owners that refer to each
/// other: perspectives, cards, ideas with points from other Fachbereiche,
/// a project that addresses another Fachbereich's perspective, a
/// Fachbereich with nothing but points on an idea, an adopted
/// Leitplanke, a staff survey.
pub fn rich_seed() -> Result<Agenda, TestCaseError> {
    use agenda_core::{CardId, IdeaId, PerspectiveDraft, PerspectiveId, PerspectiveKind};
    use agenda_core::{ProjectDraft, ProjectId, SurveyId, competence::SurveyDraft};
    let mut agenda = seed()?;
    let department = DepartmentId::from_u128;
    let mut steps = vec![
        Action::SetBudget { budget: 20 },
        Action::SetPrioritySubject {
            subject: agenda_core::PrioritySubject::Ideas,
        },
        Action::SetGuidelineStatus {
            id: agenda_core::GuidelineId::from_u128(1),
            status: GuidelineStatus::Adopted,
        },
    ];
    for n in 0..3 {
        steps.push(Action::AddPerspective {
            id: PerspectiveId::from_u128(n),
            draft: PerspectiveDraft {
                department: department(n),
                kind: PerspectiveKind::Need,
                text: format!("Perspektive {n}"),
                field: Some(agenda_core::FieldId::from_u128(n)),
                guidelines: vec![agenda_core::GuidelineId::from_u128(n)],
            },
        });
        steps.push(Action::AddCard {
            id: CardId::from_u128(n),
            text: format!("Karte {n}"),
            department: Some(department(n)),
        });
        steps.push(Action::SortCard {
            id: CardId::from_u128(n),
            target: SortTarget::ProjectIdea {
                id: IdeaId::from_u128(n),
            },
        });
        steps.push(Action::AddCard {
            id: CardId::from_u128(n),
            text: format!("Karte {n}"),
            department: (n > 0).then(|| department(n)),
        });
        steps.push(Action::SetPoints {
            department: department((n + 1) % 3),
            item: ItemRef::Idea(IdeaId::from_u128(n)),
            points: 1,
        });
        steps.push(Action::AddSurvey {
            id: SurveyId::from_u128(n),
            draft: SurveyDraft {
                department: department(n),
                date: Date::new(2026, 3, 1).map_err(|e| TestCaseError::fail(e.to_string()))?,
                respondents: 4,
                answers: Vec::new(),
            },
        });
    }
    // A Fachbereich whose only trace is its points on an idea.
    steps.push(Action::AddDepartment {
        id: department(3),
        draft: agenda_core::DepartmentDraft {
            name: "Amt 3".into(),
            ..Default::default()
        },
    });
    steps.push(Action::SetPoints {
        department: department(3),
        item: ItemRef::Idea(IdeaId::from_u128(1)),
        points: 2,
    });
    let mut project = ProjectDraft::new("Projekt", department(1));
    project.perspectives = vec![PerspectiveId::from_u128(0)];
    project.guidelines = vec![agenda_core::GuidelineId::from_u128(2)];
    project.field = Some(agenda_core::FieldId::from_u128(2));
    steps.push(Action::AddProject {
        id: ProjectId::from_u128(0),
        draft: project,
    });
    for step in steps {
        agenda
            .apply(step.clone())
            .map_err(|e| TestCaseError::fail(format!("{step:?}: {e}")))?;
    }
    Ok(agenda)
}

/// Cases per property: `default`, or `PROPTEST_CASES` for a longer run.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
