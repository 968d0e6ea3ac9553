//! Golden fixtures: a file of every schema version ever written stays
//! loadable forever, with exactly the content it had.

use agenda_core::{GuidelineId, GuidelineStatus, SCHEMA_VERSION, stored};

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
