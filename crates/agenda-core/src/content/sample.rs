//! Realistic sample projects for benchmarks and capacity tests: the size the
//! performance targets are set for (500 projects with German text).

use crate::{
    Action, Agenda, AgendaError, Date, DepartmentId, GuidelineId, IndicatorId, MilestoneId,
    ProjectDraft, ProjectId, ProjectStatus, Replica,
};

/// A paragraph of the kind a Steckbrief holds.
pub const TEXT: &str = "Die Verwaltung führt das Verfahren vollständig digital: Anträge kommen \
über das Portal, werden in der E-Akte bearbeitet und die Antragstellenden sehen jederzeit den \
Stand. Dazu werden Prozesse aufgenommen, vereinfacht und mit dem Fachverfahren verbunden. ";

/// `chars` characters of realistic German text.
pub fn text(chars: usize) -> String {
    TEXT.chars()
        .cycle()
        .take(chars)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Adds the `n`-th sample project (ids from `10_000 + n`) written by `by`:
/// title 60, description 600, effect 300 characters, two Leitplanken, two
/// participating Fachbereiche, 6 milestones, 3 Kennzahlen, 2 status updates;
/// every seventh names a competence of the Kompetenzrad; every one has
/// costs, benefits, a qualitative benefit and a Förderprogramm, over a
/// useful life of 4 to 11 years starting in one of four budget years.
pub fn add_project(agenda: &mut Agenda, n: u128, by: Replica) -> Result<(), AgendaError> {
    let id = ProjectId::from_u128(10_000 + n);
    let leads: Vec<DepartmentId> = agenda.departments().iter().map(|d| d.id()).collect();
    let guidelines: Vec<GuidelineId> = agenda.guidelines().iter().map(|g| g.id()).collect();
    let Some(&lead) = leads.get((n as usize) % leads.len().max(1)) else {
        return Ok(());
    };
    let mut draft = ProjectDraft::new(format!("Projekt {n}: {}", text(50)), lead);
    draft.description = text(600);
    draft.effect = text(300);
    draft.responsible = "Frau Mustermann, Sachgebiet 10.2".into();
    draft.guidelines = guidelines.iter().take(2).copied().collect();
    // Every seventh project raises a competence of the Kompetenzrad.
    if n.is_multiple_of(7) {
        let competences = agenda.competences();
        draft.competences = competences
            .get((n as usize / 7) % competences.len().max(1))
            .map(|c| vec![c.id()])
            .unwrap_or_default();
    }
    draft.participants = leads
        .iter()
        .filter(|d| **d != lead)
        .take(2)
        .copied()
        .collect();
    let k = u32::try_from(n % 8).unwrap_or(0);
    draft.costs = crate::kaemmerei::finance::Costs {
        year: Some(2026 + i32::try_from(n % 4).unwrap_or(0)),
        investment: crate::kaemmerei::money::Cents::euros(20_000 + 5_000 * i64::from(k)),
        consumptive: crate::kaemmerei::money::Cents::euros(4_000),
        investment_hours: 120,
        recurring: crate::kaemmerei::money::Cents::euros(3_000),
        recurring_hours: 20,
        life_years: 4 + k,
    };
    draft.benefits = crate::kaemmerei::finance::Benefits {
        cases: 800 + 100 * k,
        minutes: 12,
        savings: crate::kaemmerei::money::Cents::euros(500),
        qualitative: vec![crate::kaemmerei::finance::QualitativeBenefit {
            kind: crate::kaemmerei::finance::BenefitKind::Security,
            rating: 2,
            reason: text(80),
        }],
    };
    draft.grants = vec![crate::kaemmerei::finance::Grant {
        name: "Förderprogramm Digitale Kommune".into(),
        body: "Land".into(),
        share: crate::kaemmerei::finance::GrantShare::Rate(4_000),
        status: if n.is_multiple_of(2) {
            crate::kaemmerei::finance::GrantStatus::Approved
        } else {
            crate::kaemmerei::finance::GrantStatus::Applied
        },
        deadline: Date::new(2026, 6, 30).ok(),
    }];
    draft.start = Some(Date::new(2026, 1, 1).unwrap_or(Date::MIN));
    draft.end = Some(Date::new(2028, 12, 31).unwrap_or(Date::MIN));
    agenda.apply_by(Action::AddProject { id, draft }, by)?;
    for m in 0..6_u128 {
        agenda.apply_by(
            Action::AddMilestone {
                project: id,
                id: MilestoneId::from_u128(n * 100 + m),
                title: format!("Meilenstein {m}: {}", text(40)),
                due: Date::new(2026 + (m as i32) / 3, 3, 31).unwrap_or(Date::MIN),
            },
            by,
        )?;
    }
    for i in 0..3_u128 {
        agenda.apply_by(
            Action::AddIndicator {
                project: id,
                id: IndicatorId::from_u128(n * 100 + i),
                name: format!("Kennzahl {i}: Anteil digitaler Anträge"),
                unit: "%".into(),
                baseline: 10.0,
                target: 80.0,
            },
            by,
        )?;
    }
    for (k, status) in [ProjectStatus::Planned, ProjectStatus::InProgress]
        .into_iter()
        .enumerate()
    {
        agenda.apply_by(
            Action::SetProjectStatus {
                id,
                status,
                date: Date::new(2026, 2 + k as u8, 1).unwrap_or(Date::MIN),
                note: text(100),
            },
            by,
        )?;
    }
    Ok(())
}

/// The demo agenda plus `extra` sample projects (at most what the limits
/// allow), written through the reducer as the app would.
pub fn demo_with(extra: usize) -> Result<Agenda, AgendaError> {
    let mut agenda = crate::content::demo::musterstadt()?;
    for n in 0..extra {
        add_project(&mut agenda, n as u128, Replica(1))?;
    }
    Ok(agenda)
}
