//! The demo agenda "Musterstadt": a realistic example a new user can explore
//! before writing their own. Ids are fixed so the demo is reproducible.
//!
//! Long on purpose: the demo is one worked example, written out item by
//! item in the order a town builds its agenda; split, its story would be
//! harder to follow.

use crate::kaemmerei::finance::{
    BenefitKind, Benefits, Costs, Grant, GrantShare, GrantStatus, QualitativeBenefit,
};
use crate::kaemmerei::money::Cents;
use crate::model::date::Date;
use crate::model::prioritisation::ItemRef;
use crate::model::{Agenda, GuidelineStatus, PerspectiveKind};
use crate::model::{
    CardId, DepartmentId, FieldId, GuidelineId, IdeaId, IndicatorId, MilestoneId, PerspectiveId,
    ProjectId,
};
use crate::model::{PriorityBand, ProjectDraft, ProjectStatus};
use crate::reducer::action::{Action, DepartmentDraft, GuidelineDraft, PerspectiveDraft};

const MUNICIPALITY: &str = "Stadt Musterstadt";

const VISION: &str = "Musterstadt ist eine bürgernahe, digitale Verwaltung: \
Anliegen lassen sich rund um die Uhr online erledigen, und die Beschäftigten \
gestalten den Wandel gemeinsam – sicher, verständlich und wirtschaftlich.";

/// Handlungsfelder of the demo (a choice from the preset catalogue).
const FIELDS: [&str; 6] = [
    "Bürgerservice & Onlinezugang",
    "Prozesse & Prozessmanagement",
    "Cybersicherheit",
    "Digitale Kompetenzen",
    "IT-Infrastruktur",
    "Daten & Open Data",
];

/// (name, short name, head)
const DEPARTMENTS: [(&str, &str, &str); 5] = [
    ("Hauptamt", "HA", "Frau Lehmann"),
    ("Kämmerei", "KÄM", "Herr Wagner"),
    ("Bauamt", "BA", "Frau Ziegler"),
    ("Ordnungsamt", "OA", "Herr Becker"),
    ("IT", "IT", "Herr Schulz"),
];

/// (department, kind, text, field, guideline) as indices into the lists.
const PERSPECTIVES: [(usize, PerspectiveKind, &str, usize, usize); 10] = [
    (
        0,
        PerspectiveKind::Challenge,
        "Viele Abläufe sind nicht dokumentiert; Wissen hängt an einzelnen Personen.",
        1,
        1,
    ),
    (
        0,
        PerspectiveKind::Need,
        "Ein gemeinsames Verständnis davon, was Digitalisierung für uns bedeutet.",
        3,
        3,
    ),
    (
        1,
        PerspectiveKind::BestPractice,
        "Der digitale Rechnungseingang spart uns seit einem Jahr Wege und Papier.",
        1,
        1,
    ),
    (
        1,
        PerspectiveKind::Need,
        "Belastbare Zahlen zu Kosten und Nutzen, bevor Geld ausgegeben wird.",
        5,
        1,
    ),
    (
        2,
        PerspectiveKind::Challenge,
        "Bauanträge kommen digital an und werden ausgedruckt weiterbearbeitet.",
        1,
        1,
    ),
    (
        2,
        PerspectiveKind::Idea,
        "Bürgerinnen und Bürger sehen online, wie weit ihr Antrag ist.",
        0,
        0,
    ),
    (
        3,
        PerspectiveKind::Risk,
        "Ein Ausfall der Fachverfahren legt Gewerbe- und Meldewesen still.",
        2,
        2,
    ),
    (
        3,
        PerspectiveKind::Need,
        "Mobile Geräte für den Außendienst.",
        4,
        0,
    ),
    (
        4,
        PerspectiveKind::Risk,
        "Zu wenig Personal für Betrieb und Sicherheit der wachsenden IT.",
        2,
        2,
    ),
    (
        4,
        PerspectiveKind::Challenge,
        "Viele Insellösungen ohne Schnittstellen.",
        4,
        1,
    ),
];

/// Points per department for the Handlungsfelder (budget 10, at most 3 each).
const POINTS: [[u32; 6]; 5] = [
    [2, 3, 0, 3, 2, 0],
    [1, 3, 0, 1, 2, 3],
    [3, 3, 0, 1, 3, 0],
    [3, 1, 3, 0, 3, 0],
    [1, 1, 3, 2, 3, 0],
];

/// Cards still on the workshop board.
const CARDS: [(&str, Option<usize>); 3] = [
    ("Termine im Bürgerbüro online buchen", Some(3)),
    ("Weniger Papier in Ratssitzungen", None),
    ("Schulungen zu Videokonferenzen", Some(0)),
];

/// Project ideas (title, department).
const IDEAS: [(&str, usize); 3] = [
    ("E-Akte im Bauamt einführen", 2),
    ("Online-Terminvergabe für das Bürgerbüro", 3),
    ("Notfallhandbuch für IT-Ausfälle", 4),
];

/// Title, description, rationale, whether leadership adopted it already,
/// and its Handlungsfeld (index into `FIELDS`).
const GUIDELINES: [(&str, &str, &str, bool, usize); 5] = [
    (
        "Der Mensch steht im Mittelpunkt",
        "Digitale Angebote richten sich nach den Bedürfnissen der Bürgerinnen, \
Bürger und Unternehmen. Wer nicht online gehen kann oder will, wird weiterhin \
persönlich beraten.",
        "Digitalisierung ist kein Selbstzweck; sie wird angenommen, wenn sie den \
Alltag erleichtert.",
        true,
        0,
    ),
    (
        "Prozesse vor Technik",
        "Bevor ein Verfahren digitalisiert wird, betrachten wir den Prozess von \
Anfang bis Ende und vereinfachen ihn. Wir digitalisieren keine Papierformulare.",
        "Ein schlechter Prozess wird durch Software nicht besser, nur schneller \
schlecht.",
        true,
        1,
    ),
    (
        "Informationssicherheit und Datenschutz von Anfang an",
        "Jede Lösung wird vor der Einführung auf Informationssicherheit und \
Datenschutz geprüft. Der Betrieb bleibt auch bei Störungen handlungsfähig.",
        "Die Verwaltung trägt Verantwortung für die Daten der Bürgerinnen und \
Bürger; Ausfälle treffen die ganze Stadt.",
        true,
        2,
    ),
    (
        "Gemeinsam über Fachbereichsgrenzen hinweg",
        "Die Fachbereiche bringen ihre Sicht in die Digitale Agenda ein und \
entscheiden gemeinsam über Prioritäten. Gute Lösungen werden geteilt – im \
Haus und mit anderen Kommunen.",
        "Nur wenn sich alle Fachbereiche in der Strategie wiederfinden, ziehen \
in der Umsetzung alle an einem Strang.",
        false,
        1,
    ),
    (
        "Digitale Kompetenzen stärken",
        "Beschäftigte erhalten Zeit und Angebote, um digitale Kompetenzen \
aufzubauen. Führungskräfte gehen mit gutem Beispiel voran.",
        "Der Wandel gelingt nur mit Menschen, die ihn verstehen und mittragen.",
        false,
        3,
    ),
];

const fn field_id(n: usize) -> FieldId {
    FieldId::from_u128(0xdea1_0000_0000_0000_0000_0000_0000_0000 + n as u128)
}
const fn department_id(n: usize) -> DepartmentId {
    DepartmentId::from_u128(0xdea2_0000_0000_0000_0000_0000_0000_0000 + n as u128)
}
const fn guideline_id(n: usize) -> GuidelineId {
    GuidelineId::from_u128(0xdea0_0000_0000_0000_0000_0000_0000_0001 + n as u128)
}

/// Builds the demo agenda through the reducer, so it obeys every invariant.
/// Returns an error only if the demo data itself broke a rule.
pub fn musterstadt() -> Result<Agenda, crate::AgendaError> {
    let mut agenda = Agenda::new();
    agenda.apply(Action::SetMunicipality {
        name: MUNICIPALITY.into(),
    })?;
    agenda.apply(Action::SetVision {
        text: VISION.into(),
    })?;
    for (n, name) in FIELDS.iter().enumerate() {
        agenda.apply(Action::AddField {
            id: field_id(n),
            name: (*name).into(),
        })?;
    }
    for (n, (name, short_name, head)) in DEPARTMENTS.iter().enumerate() {
        agenda.apply(Action::AddDepartment {
            id: department_id(n),
            draft: DepartmentDraft {
                name: (*name).into(),
                short_name: (*short_name).into(),
                head: (*head).into(),
            },
        })?;
    }
    for (n, (title, description, rationale, adopted, field)) in GUIDELINES.iter().enumerate() {
        let id = guideline_id(n);
        agenda.apply(Action::AddGuideline {
            id,
            draft: GuidelineDraft {
                title: (*title).into(),
                description: (*description).into(),
                rationale: (*rationale).into(),
            },
        })?;
        agenda.apply(Action::SetGuidelineField {
            id,
            field: Some(field_id(*field)),
        })?;
        if *adopted {
            agenda.apply(Action::SetGuidelineStatus {
                id,
                status: GuidelineStatus::Adopted,
            })?;
        }
    }
    for (n, (department, kind, text, field, guideline)) in PERSPECTIVES.iter().enumerate() {
        agenda.apply(Action::AddPerspective {
            id: PerspectiveId::from_u128(0xdea3_0000_0000_0000_0000_0000_0000_0000 + n as u128),
            draft: PerspectiveDraft {
                department: department_id(*department),
                kind: *kind,
                text: (*text).into(),
                field: Some(field_id(*field)),
                guidelines: vec![guideline_id(*guideline)],
            },
        })?;
    }
    for (n, (text, department)) in CARDS.iter().enumerate() {
        agenda.apply(Action::AddCard {
            id: CardId::from_u128(0xdea4_0000_0000_0000_0000_0000_0000_0000 + n as u128),
            text: (*text).into(),
            department: department.map(department_id),
        })?;
    }
    for (n, (title, department)) in IDEAS.iter().enumerate() {
        let card = CardId::from_u128(0xdea5_0000_0000_0000_0000_0000_0000_0000 + n as u128);
        agenda.apply(Action::AddCard {
            id: card,
            text: (*title).into(),
            department: Some(department_id(*department)),
        })?;
        agenda.apply(Action::SortCard {
            id: card,
            target: crate::SortTarget::ProjectIdea {
                id: IdeaId::from_u128(0xdea6_0000_0000_0000_0000_0000_0000_0000 + n as u128),
            },
        })?;
    }
    add_projects(&mut agenda)?;
    add_competences(&mut agenda)?;
    for (d, row) in POINTS.iter().enumerate() {
        for (f, points) in row.iter().enumerate() {
            agenda.apply(Action::SetPoints {
                department: department_id(d),
                item: ItemRef::Field(field_id(f)),
                points: *points,
            })?;
        }
    }
    Ok(agenda)
}

/// Current levels of the team's two rounds: (person, date, current level
/// per preset competence); each aims for at least the preset target.
const ASSESSMENTS: [(&str, &str, [u8; 17]); 4] = [
    (
        "Frau Krause",
        "2026-02-10",
        [2, 1, 1, 2, 1, 2, 2, 1, 2, 3, 2, 2, 2, 3, 3, 2, 1],
    ),
    (
        "Herr Schulz",
        "2026-02-10",
        [3, 2, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 1, 2, 3, 2, 2],
    ),
    (
        "Frau Krause",
        "2026-09-15",
        [3, 2, 2, 2, 1, 3, 3, 2, 3, 3, 2, 3, 3, 3, 3, 3, 2],
    ),
    (
        "Herr Schulz",
        "2026-09-15",
        [3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 2, 2],
    ),
];

/// Staff surveys: (department, respondents, answers per level for the
/// first five competences). The Ordnungsamt's three answers stay hidden.
const SURVEYS: [(usize, u32, [[u32; 5]; 5]); 3] = [
    (
        0,
        14,
        [
            [1, 4, 6, 3, 0],
            [3, 6, 4, 1, 0],
            [2, 5, 5, 2, 0],
            [4, 5, 4, 1, 0],
            [5, 6, 2, 1, 0],
        ],
    ),
    (
        1,
        9,
        [
            [0, 2, 4, 3, 0],
            [2, 4, 3, 0, 0],
            [1, 3, 4, 1, 0],
            [3, 4, 2, 0, 0],
            [2, 3, 3, 1, 0],
        ],
    ),
    (
        3,
        3,
        [
            [0, 1, 2, 0, 0],
            [1, 1, 1, 0, 0],
            [0, 2, 1, 0, 0],
            [1, 2, 0, 0, 0],
            [2, 1, 0, 0, 0],
        ],
    ),
];

/// The preset Kompetenzrad, two rounds of the team's self-assessment and
/// three departments' staff surveys; the E-Akte project raises the first
/// competence (digitale Werkzeuge und E-Akte).
fn add_competences(agenda: &mut Agenda) -> Result<(), crate::AgendaError> {
    use crate::competence::{
        AssessmentDraft, LevelCounts, PRESET, PRESET_TARGET, Rating, SurveyDraft, preset_id,
    };
    for (n, (area, name)) in PRESET.iter().enumerate() {
        agenda.apply(Action::AddCompetence {
            id: preset_id(n),
            area: *area,
            name: (*name).into(),
            target: PRESET_TARGET,
        })?;
    }
    for (n, (person, day, levels)) in ASSESSMENTS.iter().enumerate() {
        agenda.apply(Action::AddAssessment {
            id: crate::model::AssessmentId::from_u128(
                0xdeab_0000_0000_0000_0000_0000_0000_0000 + n as u128,
            ),
            draft: AssessmentDraft {
                person: (*person).into(),
                date: date(day)?,
                ratings: levels
                    .iter()
                    .enumerate()
                    .map(|(c, current)| Rating {
                        competence: preset_id(c),
                        current: *current,
                        target: (*current).max(crate::competence::PRESET_TARGET),
                    })
                    .collect(),
            },
        })?;
    }
    for (n, (department, respondents, answers)) in SURVEYS.iter().enumerate() {
        agenda.apply(Action::AddSurvey {
            id: crate::model::SurveyId::from_u128(
                0xdeac_0000_0000_0000_0000_0000_0000_0000 + n as u128,
            ),
            draft: SurveyDraft {
                department: department_id(*department),
                date: date("2026-09-30")?,
                respondents: *respondents,
                answers: answers
                    .iter()
                    .enumerate()
                    .map(|(c, counts)| LevelCounts {
                        competence: preset_id(c),
                        counts: *counts,
                    })
                    .collect(),
            },
        })?;
    }
    let e_akte = ProjectId::from_u128(0xdea7_0000_0000_0000_0000_0000_0000_0000);
    if let Some(mut sheet) = agenda.project(e_akte).map(|p| p.sheet().clone()) {
        sheet.competences = vec![preset_id(0)];
        agenda.apply(Action::EditProject {
            id: e_akte,
            draft: sheet,
        })?;
    }
    Ok(())
}

fn date(text: &str) -> Result<Date, crate::AgendaError> {
    text.parse()
        .map_err(|_| crate::AgendaError::BadNumber { value: text.into() })
}

/// Projects of the demo: two grown from workshop ideas, one from leadership,
/// in different states, with milestones, a Kennzahl and status updates.
fn add_projects(agenda: &mut Agenda) -> Result<(), crate::AgendaError> {
    let project = |n: u128| ProjectId::from_u128(0xdea7_0000_0000_0000_0000_0000_0000_0000 + n);
    let milestone = |n: u128| MilestoneId::from_u128(0xdea8_0000_0000_0000_0000_0000_0000_0000 + n);
    let idea = |n: u128| IdeaId::from_u128(0xdea6_0000_0000_0000_0000_0000_0000_0000 + n);

    // E-Akte im Bauamt: from the workshop idea, half done.
    agenda.apply(Action::ProjectFromIdea {
        idea: idea(0),
        id: project(0),
        lead: department_id(2),
        guidelines: vec![guideline_id(1)],
    })?;
    let mut sheet = agenda
        .project(project(0))
        .map(|p| p.sheet().clone())
        .unwrap_or_else(|| ProjectDraft::new("E-Akte im Bauamt einführen", department_id(2)));
    sheet.description = "Bauakten werden elektronisch geführt; Papierakten werden beim \
nächsten Zugriff gescannt."
        .into();
    sheet.effect =
        "Kürzere Bearbeitungszeiten für Bauanträge, Akten sind von überall einsehbar.".into();
    sheet.participants = vec![department_id(4)];
    sheet.perspectives = vec![PerspectiveId::from_u128(
        0xdea3_0000_0000_0000_0000_0000_0000_0004,
    )];
    sheet.field = Some(field_id(1));
    sheet.band = PriorityBand::High;
    sheet.start = Some(date("2026-01-01")?);
    sheet.end = Some(date("2027-06-30")?);
    sheet.responsible = "Frau Ziegler".into();
    sheet.weight = 2;
    // Demo figures of the fictional town, not data of a real one.
    sheet.costs = Costs {
        year: Some(2026),
        investment: Cents::euros(45_000),
        consumptive: Cents::euros(15_000),
        investment_hours: 300,
        recurring: Cents::euros(9_000),
        recurring_hours: 40,
        life_years: 8,
    };
    sheet.benefits = Benefits {
        cases: 1_200,
        minutes: 45,
        savings: Cents::euros(1_500),
        qualitative: vec![
            QualitativeBenefit {
                kind: BenefitKind::LegalDuty,
                rating: 3,
                reason: "OZG: der Bauantrag muss online gestellt werden können.".into(),
            },
            QualitativeBenefit {
                kind: BenefitKind::CitizenService,
                rating: 2,
                reason: "Bauherren sehen den Stand ihres Antrags.".into(),
            },
        ],
    };
    sheet.grants = vec![Grant {
        name: "Digitalisierungsförderung des Landes".into(),
        body: "Land".into(),
        share: GrantShare::Rate(5_000),
        status: GrantStatus::Approved,
        deadline: None,
    }];
    agenda.apply(Action::EditProject {
        id: project(0),
        draft: sheet,
    })?;
    for (n, (title, due, done)) in [
        ("Anforderungen mit dem Bauamt erhoben", "2026-02-28", true),
        ("Software ausgewählt", "2026-05-31", true),
        ("Pilot mit zwei Sachbearbeitungen", "2026-10-31", false),
        ("Alle neuen Bauanträge elektronisch", "2027-03-31", false),
    ]
    .into_iter()
    .enumerate()
    {
        let id = milestone(n as u128);
        agenda.apply(Action::AddMilestone {
            project: project(0),
            id,
            title: title.into(),
            due: date(due)?,
        })?;
        agenda.apply(Action::SetMilestoneDone {
            project: project(0),
            id,
            done,
        })?;
    }
    agenda.apply(Action::AddIndicator {
        project: project(0),
        id: IndicatorId::from_u128(0xdea9_0000_0000_0000_0000_0000_0000_0000),
        name: "Elektronisch geführte Bauakten".into(),
        unit: "%".into(),
        baseline: 0.0,
        target: 100.0,
    })?;
    agenda.apply(Action::MeasureIndicator {
        project: project(0),
        id: IndicatorId::from_u128(0xdea9_0000_0000_0000_0000_0000_0000_0000),
        value: 35.0,
        date: date("2026-09-30")?,
    })?;
    for (status, day, note) in [
        (
            ProjectStatus::Planned,
            "2025-12-10",
            "Vom Verwaltungsvorstand freigegeben.",
        ),
        (
            ProjectStatus::InProgress,
            "2026-01-15",
            "Projektstart mit dem Bauamt.",
        ),
        (
            ProjectStatus::InProgress,
            "2026-09-30",
            "Pilot verschiebt sich um einen Monat.",
        ),
    ] {
        agenda.apply(Action::SetProjectStatus {
            id: project(0),
            status,
            date: date(day)?,
            note: note.into(),
        })?;
    }

    // Notfallhandbuch: from an idea, behind schedule and quiet.
    agenda.apply(Action::ProjectFromIdea {
        idea: idea(2),
        id: project(1),
        lead: department_id(4),
        guidelines: vec![guideline_id(2)],
    })?;
    for (n, (title, due, done)) in [
        ("Kritische Fachverfahren erfasst", "2026-03-31", true),
        ("Wiederanlaufpläne geschrieben", "2026-06-30", false),
        ("Notfallübung", "2026-11-30", false),
    ]
    .into_iter()
    .enumerate()
    {
        let id = milestone(10 + n as u128);
        agenda.apply(Action::AddMilestone {
            project: project(1),
            id,
            title: title.into(),
            due: date(due)?,
        })?;
        agenda.apply(Action::SetMilestoneDone {
            project: project(1),
            id,
            done,
        })?;
    }
    agenda.apply(Action::SetProjectStatus {
        id: project(1),
        status: ProjectStatus::InProgress,
        date: date("2026-02-01")?,
        note: "Start mit externer Unterstützung.".into(),
    })?;

    // Schulungsreihe: done.
    let mut sheet = ProjectDraft::new("Schulungsreihe Digitale Kompetenzen", department_id(0));
    sheet.guidelines = vec![guideline_id(4)];
    sheet.participants = vec![department_id(1), department_id(2), department_id(3)];
    sheet.field = Some(field_id(3));
    sheet.band = PriorityBand::High;
    sheet.start = Some(date("2025-09-01")?);
    sheet.end = Some(date("2026-06-30")?);
    sheet.costs = Costs {
        year: Some(2025),
        consumptive: Cents::euros(12_000),
        ..Costs::default()
    };
    agenda.apply(Action::AddProject {
        id: project(2),
        draft: sheet,
    })?;
    agenda.apply(Action::SetProjectStatus {
        id: project(2),
        status: ProjectStatus::Completed,
        date: date("2026-07-01")?,
        note: "Alle Führungskräfte geschult.".into(),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_is_valid_and_realistic() {
        let agenda = musterstadt().unwrap();
        assert_eq!(agenda.municipality(), "Stadt Musterstadt");
        assert!(!agenda.vision().text().is_empty());
        assert_eq!(agenda.guidelines().len(), 5);
        assert!(agenda.validate().is_ok());
        let adopted = agenda
            .guidelines()
            .iter()
            .filter(|g| g.status() == GuidelineStatus::Adopted)
            .count();
        assert_eq!(adopted, 3);
        assert_eq!(agenda.departments().len(), 5);
        assert_eq!(agenda.perspectives().len(), 10);
        assert!(
            agenda
                .departments()
                .iter()
                .all(|d| agenda.perspectives_of(d.id()).count() >= 2)
        );
        assert_eq!(agenda.workshop().len(), 3);
        assert_eq!(agenda.ideas().len(), 1, "two ideas became projects");
        assert_eq!(agenda.projects().len(), 3);
    }

    #[test]
    fn demo_prioritisation_shows_agreement_and_disagreement() {
        use crate::analysis::ranking::Agreement;
        let agenda = musterstadt().unwrap();
        let result = agenda.priority_result();
        assert_eq!(result.departments.len(), 5);
        let agreement = |name: &str| {
            result
                .items
                .iter()
                .find(|r| agenda.item_name(r.item) == Some(name))
                .map(|r| r.agreement)
        };
        // Every department gives IT-Infrastruktur two or three points; three
        // of five give Prozesse three, two give it one: not a consensus.
        assert_eq!(agreement("IT-Infrastruktur"), Some(Agreement::Consensus));
        assert_eq!(
            agreement("Prozesse & Prozessmanagement"),
            Some(Agreement::Broad)
        );
        assert_eq!(agreement("Cybersicherheit"), Some(Agreement::Contested));
        assert_eq!(agreement("Daten & Open Data"), Some(Agreement::SideNote));
        let w = result.concordance.unwrap();
        assert!(w > 0.0 && w < 1.0, "W = {w}");
    }
}
