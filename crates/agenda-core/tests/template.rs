//! Project templates between towns: no ids, no personal names; imported as
//! a new project idea with its plan.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // a failing unwrap is a failing test

use agenda_core::formats::template::{MAX_TEMPLATE_BYTES, ProjectTemplate, TemplateError};
use agenda_core::{
    Action, Agenda, Date, DepartmentDraft, DepartmentId, ProjectId, ProjectStatus, content::demo,
};

fn demo_template() -> (Agenda, ProjectTemplate) {
    let agenda = demo::musterstadt().unwrap();
    let project = agenda.projects()[0].id();
    let template = ProjectTemplate::of(&agenda, project).unwrap();
    (agenda, template)
}

fn other_town() -> (Agenda, DepartmentId) {
    let mut agenda = Agenda::new();
    let lead = DepartmentId::from_u128(99);
    agenda
        .apply(Action::SetMunicipality {
            name: "Gemeinde Nachbarort".into(),
        })
        .unwrap();
    agenda
        .apply(Action::AddDepartment {
            id: lead,
            draft: DepartmentDraft {
                name: "Bauverwaltung".into(),
                head: "Herr Nachbar".into(),
                ..Default::default()
            },
        })
        .unwrap();
    (agenda, lead)
}

#[test]
fn a_template_carries_no_ids_and_no_personal_names() {
    let (agenda, template) = demo_template();
    let json = template.to_json().unwrap();
    let source = &agenda.projects()[0];
    assert_eq!(template.title, source.title());
    assert_eq!(template.milestones.len(), source.milestones().len());
    assert_eq!(template.indicators.len(), source.indicators().len());
    assert_eq!(template.source, "Stadt Musterstadt");
    assert!(
        !source.sheet().responsible.is_empty(),
        "the case needs a name"
    );
    assert!(!json.contains(&source.sheet().responsible), "{json}");
    for d in agenda.departments() {
        assert!(!json.contains(d.head()), "no department head: {}", d.head());
    }
    for u in source.updates() {
        assert!(
            u.note().is_empty() || !json.contains(u.note()),
            "no status notes"
        );
    }
    let uuid = regex_free_uuid_check(&json);
    assert!(!uuid, "no ids of the source agenda: {json}");
}

/// True if the text holds something shaped like a UUID.
fn regex_free_uuid_check(text: &str) -> bool {
    text.as_bytes().windows(36).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
    })
}

#[test]
fn a_template_file_reads_back_equal_and_bad_files_are_refused() {
    let (_, template) = demo_template();
    let json = template.to_json().unwrap();
    assert_eq!(ProjectTemplate::load(&json).unwrap(), template);
    let unknown = json.replacen("\"title\"", "\"owner\": \"x\", \"title\"", 1);
    assert!(matches!(
        ProjectTemplate::load(&unknown),
        Err(TemplateError::Shape(_))
    ));
    let agenda_file = agenda_core::formats::stored::to_json(&Agenda::new()).unwrap();
    assert!(matches!(
        ProjectTemplate::load(&agenda_file),
        Err(TemplateError::Shape(_))
    ));
    let huge = " ".repeat(MAX_TEMPLATE_BYTES + 1);
    assert!(matches!(
        ProjectTemplate::load(&huge),
        Err(TemplateError::TooLarge { .. })
    ));
}

#[test]
fn importing_a_template_adds_a_project_idea_with_its_plan() {
    let (_, template) = demo_template();
    let (mut agenda, lead) = other_town();
    let start = Date::new(2027, 1, 1).unwrap();
    let id = ProjectId::from_u128(7);
    let mut n = 0_u8;
    let actions = template.actions(id, lead, start, || {
        n += 1;
        [n; 16]
    });
    for action in actions {
        agenda.apply(action).unwrap();
    }
    let project = agenda.project(id).unwrap();
    assert_eq!(project.status(), ProjectStatus::Idea);
    assert_eq!(project.lead(), lead);
    assert_eq!(project.title(), template.title);
    assert!(project.sheet().responsible.is_empty());
    assert!(
        project
            .sheet()
            .description
            .ends_with("Vorlage aus Stadt Musterstadt.")
    );
    assert_eq!(project.milestones().len(), template.milestones.len());
    assert!(project.milestones().iter().all(|m| !m.done()));
    let first = &template.milestones[0];
    assert_eq!(
        start.days_until(project.milestones()[0].due()),
        first.after_days.unwrap_or(90),
        "the plan keeps its rhythm"
    );
    assert_eq!(project.indicators().len(), template.indicators.len());
    assert!(project.indicators().iter().all(|i| i.current().is_none()));
    // Costs and benefits travel; the source's budget year, the state of its
    // applications and their deadlines do not.
    let sheet = project.sheet();
    assert_eq!(sheet.costs.investment.german(), "45.000,00 €");
    assert_eq!(sheet.costs.consumptive.german(), "15.000,00 €");
    assert_eq!(sheet.costs.year, None);
    assert_eq!(sheet.benefits.qualitative.len(), 2);
    assert_eq!(sheet.grants.len(), 1);
    assert_eq!(
        sheet.grants[0].status,
        agenda_core::kaemmerei::finance::GrantStatus::Planned
    );
}

/// Template files as versions 1 and 2 wrote them: with the Steckbrief's
/// estimate and funding, version 2 also with costs but no konsumtive part.
const V1: &str = r#"{"projektvorlage":1,"template":{"title":"E-Akte","description":"Akten digital",
"effect":"","band":"high","budget":85000,"funding":{"grant":{"programme":"Landesförderung"}},
"duration_days":null,"milestones":[],"indicators":[],"served":[],"source":"Altstadt"}}"#;
const V2: &str = r#"{"projektvorlage":2,"template":{"title":"E-Akte","description":"Akten digital",
"effect":"","band":"high","budget":85000,"funding":"other","duration_days":null,
"milestones":[],"indicators":[],"served":[],"source":"Altstadt",
"costs":{"year":null,"investment":6000000,"investment_hours":10,"recurring":0,"recurring_hours":0,"life_years":0},
"benefits":{"cases":0,"minutes":0,"savings":0,"qualitative":[]},"grants":[]}}"#;

#[test]
fn a_version_1_template_loads_with_its_estimate_as_costs() {
    use agenda_core::kaemmerei::finance::{GrantShare, GrantStatus};
    use agenda_core::kaemmerei::money::Cents;
    let loaded = ProjectTemplate::load(V1).unwrap();
    assert_eq!(loaded.costs.investment, Cents::euros(85_000));
    assert_eq!(loaded.costs.consumptive, Cents::ZERO);
    assert_eq!(loaded.grants.len(), 1);
    assert_eq!(loaded.grants[0].name, "Landesförderung");
    assert_eq!(loaded.grants[0].share, GrantShare::Amount(Cents::ZERO));
    assert_eq!(loaded.grants[0].status, GrantStatus::Planned);
    assert_eq!(loaded.description, "Akten digital");
}

#[test]
fn a_version_2_template_keeps_a_differing_estimate_in_the_description() {
    use agenda_core::kaemmerei::money::Cents;
    let loaded = ProjectTemplate::load(V2).unwrap();
    assert_eq!(loaded.costs.investment, Cents::euros(60_000));
    assert!(loaded.grants.is_empty());
    assert_eq!(
        loaded.description,
        "Akten digital\n\nFrühere Kostenschätzung im Steckbrief: 85.000 €.\n\n\
         Finanzierung laut Steckbrief: sonstige Mittel."
    );
    let again = ProjectTemplate::load(&loaded.to_json().unwrap()).unwrap();
    assert_eq!(again, loaded, "a version 3 file reads back as it was");
}
