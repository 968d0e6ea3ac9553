//! Golden fixtures: a file of every schema version ever written stays
//! loadable forever, with exactly the content it had.

use agenda_core::{GuidelineId, GuidelineStatus, SCHEMA_VERSION, formats::stored};

const SCHEMA_V1: &str = include_str!("fixtures/schema-v1.json");

#[test]
fn schema_v1_fixture_loads_with_its_content() {
    let agenda = stored::load(SCHEMA_V1).unwrap();
    assert_eq!(agenda.municipality(), "Große Kreisstadt Beispielstadt");
    assert_eq!(
        agenda.vision().text(),
        "Beispielstadt ist eine offene, digitale Verwaltung.\nGemeinsam – für alle Bürgerinnen und Bürger."
    );
    let guidelines = agenda.guidelines();
    assert_eq!(guidelines.len(), 2);
    assert_eq!(
        guidelines[0].id(),
        "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b"
            .parse::<GuidelineId>()
            .unwrap()
    );
    assert_eq!(guidelines[0].title(), "Prozesse vor Technik");
    assert_eq!(guidelines[0].status(), GuidelineStatus::Adopted);
    assert_eq!(
        guidelines[1].title(),
        "Sicherheit & Datenschutz <von Anfang an>"
    );
    assert_eq!(guidelines[1].status(), GuidelineStatus::Draft);
}

#[test]
fn schema_v1_fixture_survives_a_save_in_the_current_version() {
    let agenda = stored::load(SCHEMA_V1).unwrap();
    let saved = stored::to_json(&agenda).unwrap();
    assert!(saved.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    assert_eq!(stored::load(&saved).unwrap(), agenda);
}

const SCHEMA_V2: &str = include_str!("fixtures/schema-v2.json");

#[test]
fn schema_v1_fixture_migrates_to_an_agenda_without_contributions() {
    let agenda = stored::load(SCHEMA_V1).unwrap();
    assert!(agenda.fields().is_empty());
    assert!(agenda.departments().is_empty());
    assert_eq!(agenda.guidelines()[0].field(), None);
    assert_eq!(agenda.prioritisation().budget(), 10);
}

#[test]
fn schema_v2_fixture_loads_with_its_content() {
    use agenda_core::{DepartmentId, ItemRef, PerspectiveKind, PrioritySubject};
    let agenda = stored::load(SCHEMA_V2).unwrap();
    let prozesse = agenda.fields()[0].id();
    assert_eq!(agenda.fields()[0].name(), "Prozesse & Prozessmanagement");
    assert_eq!(agenda.guidelines()[0].field(), Some(prozesse));
    let kaemmerei: DepartmentId = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa".parse().unwrap();
    let department = agenda.department(kaemmerei).unwrap();
    assert_eq!(
        (department.name(), department.label(), department.weight()),
        ("Kämmerei", "KÄM", 2)
    );
    let perspective = &agenda.perspectives()[0];
    assert_eq!(perspective.kind(), PerspectiveKind::BestPractice);
    assert_eq!(perspective.text(), "Digitaler Rechnungseingang\nseit 2025");
    assert_eq!(agenda.workshop()[0].department(), None);
    assert_eq!(agenda.ideas()[0].title(), "E-Akte im Bauamt");
    let p = agenda.prioritisation();
    assert_eq!(p.points(kaemmerei, ItemRef::Field(prozesse)), 3);
    assert_eq!(p.spent(kaemmerei, PrioritySubject::Fields), 3);
    assert_eq!(p.rankings()[0].order().len(), 2);
    assert_eq!(
        stored::load(&stored::to_json(&agenda).unwrap()).unwrap(),
        agenda
    );
}

const SCHEMA_V3: &str = include_str!("fixtures/schema-v3.json");

#[test]
fn schema_v2_fixture_migrates_to_an_agenda_without_projects() {
    let agenda = stored::load(SCHEMA_V2).unwrap();
    assert!(agenda.projects().is_empty());
}

#[test]
fn schema_v3_fixture_loads_with_its_content() {
    use agenda_core::{Funding, PriorityBand, ProjectStatus};
    let agenda = stored::load(SCHEMA_V3).unwrap();
    let project = &agenda.projects()[0];
    let sheet = project.sheet();
    assert_eq!(project.title(), "E-Akte im Bauamt");
    assert_eq!(sheet.band, PriorityBand::High);
    assert_eq!(sheet.budget, Some(85_000));
    assert_eq!(
        sheet.funding,
        Funding::Grant {
            programme: "Digitalisierungsförderung".into()
        }
    );
    assert_eq!(
        sheet.start.map(|d| d.to_string()).as_deref(),
        Some("2026-01-01")
    );
    assert_eq!(project.status(), ProjectStatus::InProgress);
    assert_eq!(project.progress().percent, 50.0);
    assert_eq!(
        project.indicators()[0].current().map(|m| m.value()),
        Some(35.5)
    );
    assert_eq!(project.updates()[0].note(), "Start");
    assert_eq!(
        stored::load(&stored::to_json(&agenda).unwrap()).unwrap(),
        agenda
    );
}

const SCHEMA_V4: &str = include_str!("fixtures/schema-v4.json");

#[test]
fn schema_v4_fixture_loads_with_its_versions_and_deletion() {
    use agenda_core::{Replica, merge};
    let agenda = stored::load(SCHEMA_V4).unwrap();
    assert_eq!(
        agenda.municipality(),
        "Große Kreisstadt Beispielstadt (Stand 4)"
    );
    assert_eq!(agenda.guidelines().len(), 1);
    let stamp = agenda.versions().stamp("municipality");
    assert_eq!((stamp.0, stamp.1), (1, Replica(4_242)));
    // The deletion it records wins over the older v1 copy that still has
    // the Leitplanke.
    let older = stored::load(SCHEMA_V1).unwrap();
    let merged = merge(&older, &agenda).unwrap().agenda;
    assert!(merged == agenda);
    assert_eq!(
        stored::load(&stored::to_json(&agenda).unwrap()).unwrap(),
        agenda
    );
}

const SCHEMA_V5: &str = include_str!("fixtures/schema-v5.json");

#[test]
fn schema_v4_fixture_migrates_to_an_empty_kompetenzrad() {
    let agenda = stored::load(SCHEMA_V4).unwrap();
    assert!(agenda.competences().is_empty());
    assert!(agenda.assessments().is_empty());
    assert!(agenda.surveys().is_empty());
    let v3 = stored::load(SCHEMA_V3).unwrap();
    assert!(v3.projects()[0].sheet().competences.is_empty());
}

#[test]
fn schema_v5_fixture_loads_with_its_kompetenzrad() {
    use agenda_core::competence::{self, CompetenceArea, SurveyFigures};
    use agenda_core::{CompetenceId, Replica};
    let agenda = stored::load(SCHEMA_V5).unwrap();
    let infosec: CompetenceId = "c0c0c0c0-0001-4c0c-8c0c-c0c0c0c0c0c0".parse().unwrap();
    let moderation: CompetenceId = "c0c0c0c0-0002-4c0c-8c0c-c0c0c0c0c0c0".parse().unwrap();
    let c = agenda.competence(moderation).unwrap();
    assert_eq!(
        (c.area(), c.name(), c.target()),
        (CompetenceArea::Methode, "Moderation", 2)
    );
    assert_eq!(agenda.projects()[0].sheet().competences, vec![infosec]);
    assert_eq!(agenda.assessments().len(), 3);
    assert_eq!(agenda.assessments()[0].person(), "Frau Ziegler");
    assert_eq!(agenda.assessments()[2].person(), "");
    // Kämmerei: 12 answered; Moderation only by 4, so it is withheld.
    let SurveyFigures::Shown {
        respondents,
        answers,
        withheld,
    } = competence::survey_figures(&agenda.surveys()[0])
    else {
        panic!("Kämmerei's figures must be shown");
    };
    assert_eq!(respondents, 12);
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].counts, [1, 4, 5, 2, 0]);
    assert_eq!(withheld, vec![moderation]);
    // Bauamt: 3 answered, nothing shown.
    assert_eq!(
        competence::survey_figures(&agenda.surveys()[1]),
        SurveyFigures::TooFew { respondents: 3 }
    );
    let stamp = agenda
        .versions()
        .stamp(&format!("competences/{moderation}/target"));
    assert_eq!((stamp.0, stamp.1), (3, Replica(5_151)));
    assert_eq!(
        stored::load(&stored::to_json(&agenda).unwrap()).unwrap(),
        agenda
    );
}

const SCHEMA_V6: &str = include_str!("fixtures/schema-v6.json");

#[test]
fn schema_v5_fixture_migrates_to_empty_costs_and_the_default_rates() {
    use agenda_core::kaemmerei::finance::FinanceSettings;
    let agenda = stored::load(SCHEMA_V5).unwrap();
    let sheet = agenda.projects()[0].sheet();
    assert!(sheet.costs.is_empty());
    assert_eq!(sheet.benefits, Default::default());
    assert!(sheet.grants.is_empty());
    assert_eq!(agenda.finance(), &FinanceSettings::default());
    assert_eq!(agenda.finance().hourly_rate.german(), "55,00 €");
}

/// The fixture's project, appraised by hand (docs/kaemmerei.md, example 3):
/// one-off 60.000 € + 200 h × 62 € = 72.400 €, half of it funded
/// (approved) → 36.200 € own share in year 0; recurring 12.000 € + 40 h ×
/// 62 € = 14.480 €; savings 3.000 cases × 20 min = 1.000 h × 62 € + 2.500 €
/// = 64.500 €; net 50.020 € a year for 8 years at 1,5 %:
/// −36.200 + 50.020 × (1 − 1,015^−8) / 0,015 = 338.245,97 €.
#[test]
fn schema_v6_fixture_loads_with_costs_funding_and_its_appraisal() {
    use agenda_core::kaemmerei::finance::{self, BenefitKind, GrantStatus};
    use agenda_core::kaemmerei::money::Cents;
    let agenda = stored::load(SCHEMA_V6).unwrap();
    let settings = agenda.finance();
    assert_eq!(settings.hourly_rate, Cents::euros(62));
    assert_eq!(settings.discount_bp, 150);
    let sheet = agenda.projects()[0].sheet();
    assert_eq!(sheet.costs.year, Some(2026));
    assert_eq!(sheet.benefits.qualitative[0].kind, BenefitKind::LegalDuty);
    assert_eq!(sheet.grants[1].status, GrantStatus::Applied);
    let one_off = sheet.costs.one_off(settings.hourly_rate);
    assert_eq!(one_off, Cents::euros(72_400));
    let funding = finance::funding(sheet, one_off);
    assert_eq!(
        (funding.approved, funding.pending),
        (Cents::euros(36_200), Cents::euros(10_000))
    );
    let appraisal = finance::appraise(settings, sheet).unwrap();
    assert_eq!(appraisal.flows[0], Cents::euros(-36_200));
    assert_eq!(appraisal.flows[1], Cents::euros(50_020));
    assert_eq!(appraisal.payback_year, Some(1));
    assert_eq!(appraisal.net_present_value, Cents(33_824_597));
    let stamp = agenda.versions().stamp("finance");
    assert_eq!(stamp.0, 4);
    assert_eq!(
        stored::load(&stored::to_json(&agenda).unwrap()).unwrap(),
        agenda
    );
}
