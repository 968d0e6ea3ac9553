//! The agenda stored in parts (schema 9): saved one change at a time it
//! loads back exactly, an edit writes only what it changed, and a save cut
//! off after any write leaves the previous agenda loadable.

#![allow(clippy::unwrap_used)] // helpers of the tests below

mod common;

use std::collections::BTreeMap;

use agenda_core::formats::parts::{self, FRAME, Manifest, Plan};
use agenda_core::formats::stored;
use agenda_core::{Action, Agenda, Author, LoadError, Replica, content::sample, merge};
use common::{any_action, seed};
use proptest::prelude::*;

/// localStorage, simulated: part keys `<id>.<suffix>` and the manifest.
#[derive(Clone, Debug, Default)]
struct Disk {
    keys: BTreeMap<String, String>,
    manifest: Option<String>,
    /// The agenda the manifest describes, as the app keeps it.
    saved: Option<(Agenda, Manifest)>,
    saves: u32,
}

impl Disk {
    fn plan(&mut self, agenda: &Agenda) -> Plan {
        self.saves += 1;
        let before = self.saved.as_ref().map(|(a, m)| (a, m));
        parts::plan(before, agenda, &format!("s{}", self.saves)).unwrap()
    }

    /// Writes the first `cut` parts of `plan` (all, and then the manifest
    /// and the clean-up, when `cut` is `None`).
    fn write(&mut self, agenda: &Agenda, plan: &Plan, cut: Option<usize>) {
        let suffix = format!("s{}", self.saves);
        for (id, text) in plan.writes.iter().take(cut.unwrap_or(usize::MAX)) {
            self.keys.insert(format!("{id}.{suffix}"), text.clone());
        }
        if cut.is_some() {
            return;
        }
        self.manifest = Some(plan.manifest.to_text());
        for (id, old) in &plan.retired {
            self.keys.remove(&format!("{id}.{old}"));
        }
        self.saved = Some((agenda.clone(), plan.manifest.clone()));
    }

    fn save(&mut self, agenda: &Agenda) -> Plan {
        let plan = self.plan(agenda);
        self.write(agenda, &plan, None);
        plan
    }

    fn load(&self) -> Result<Agenda, LoadError> {
        let manifest = Manifest::read(self.manifest.as_deref().unwrap_or_default())?;
        let texts: Vec<String> = manifest
            .parts()
            .iter()
            .map(|(id, suffix)| {
                self.keys
                    .get(&format!("{id}.{suffix}"))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        parts::load(&manifest, &texts)
    }
}

fn signed(agenda: &mut Agenda, action: Action, step: usize) -> bool {
    let author = Author::given("Frau Beispiel");
    let at = 1_764_900_000 + 700 * step as u64;
    agenda.apply_signed(action, Replica(1), &author, at).is_ok()
}

fn same(a: &Agenda, b: &Agenda) {
    assert_eq!(a, b);
    assert_eq!(stored::to_json(a).unwrap(), stored::to_json(b).unwrap());
}

#[test]
fn the_demo_with_projects_loads_back_from_its_parts() {
    let agenda = sample::demo_with(40).unwrap();
    let mut disk = Disk::default();
    let plan = disk.save(&agenda);
    // The frame and one part per item of every list.
    assert_eq!(
        plan.manifest.parts().first().map(|p| p.0.as_str()),
        Some(FRAME)
    );
    assert!(plan.manifest.parts().len() > 43);
    assert_eq!(plan.writes.len(), plan.manifest.parts().len());
    same(&disk.load().unwrap(), &agenda);
}

#[test]
fn a_leitbild_edit_writes_the_frame_alone_and_a_project_edit_its_part() {
    let mut agenda = sample::demo_with(40).unwrap();
    let mut disk = Disk::default();
    disk.save(&agenda);
    assert!(signed(
        &mut agenda,
        Action::SetVision {
            text: "Digital und nah".into()
        },
        1
    ));
    let plan = disk.save(&agenda);
    let written: Vec<&str> = plan.writes.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(written, [FRAME]);
    assert_eq!(plan.retired.len(), 1);
    same(&disk.load().unwrap(), &agenda);

    let project = agenda.projects().get(7).unwrap().id();
    let mut sheet = agenda.project(project).unwrap().sheet().clone();
    sheet.title = "Neuer Titel".into();
    assert!(signed(
        &mut agenda,
        Action::EditProject {
            id: project,
            draft: sheet
        },
        2
    ));
    let plan = disk.save(&agenda);
    let written: Vec<&str> = plan.writes.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(written, [format!("projects/{project}")]);
    same(&disk.load().unwrap(), &agenda);
}

#[test]
fn a_save_cut_after_any_write_leaves_the_previous_agenda() {
    let before = sample::demo_with(6).unwrap();
    let mut disk = Disk::default();
    disk.save(&before);
    // A change of many parts: a copy edited elsewhere, merged in.
    let mut other = before.clone();
    for (i, project) in before.projects().iter().enumerate() {
        assert!(signed(
            &mut other,
            Action::RemoveProject { id: project.id() },
            i
        ));
    }
    assert!(signed(
        &mut other,
        Action::SetVision { text: "Neu".into() },
        99
    ));
    let after = merge(&before, &other).unwrap().agenda;
    let plan = disk.plan(&after);
    assert!(plan.writes.len() > 5);
    for cut in 0..=plan.writes.len() {
        let mut crashed = disk.clone();
        crashed.write(&after, &plan, Some(cut));
        same(&crashed.load().unwrap(), &before);
    }
    disk.write(&after, &plan, None);
    same(&disk.load().unwrap(), &after);
}

#[test]
fn a_newer_manifest_is_refused_and_a_missing_part_is_an_error() {
    let newer = "digitale-agenda 99\nrahmen k1\netwas Neues";
    assert!(matches!(
        Manifest::read(newer),
        Err(LoadError::NewerVersion { found: 99, .. })
    ));
    for junk in [
        "",
        "{}",
        r#"{"schema_version":8,"agenda":{}}"#,
        r#"{"schema_version":9,"parts":[["../x","a"]]}"#,
        r#"{"schema_version":9,"parts":[["rahmen","A B"]]}"#,
        r#"{"schema_version":9,"parts":[["rahmen","a"],["rahmen","b"]]}"#,
    ] {
        assert!(Manifest::read(junk).is_err(), "{junk}");
    }
    let mut disk = Disk::default();
    disk.save(&sample::demo_with(2).unwrap());
    let mut broken = disk.clone();
    let key = broken
        .keys
        .keys()
        .find(|k| k.starts_with("projects/"))
        .unwrap()
        .clone();
    broken.keys.remove(&key);
    assert!(broken.load().is_err());
    // Another item's text under a project's key is refused too.
    let mut swapped = disk.clone();
    let other = disk
        .keys
        .keys()
        .find(|k| k.starts_with("guidelines/"))
        .unwrap();
    let text = disk.keys[other].clone();
    swapped.keys.insert(key, text);
    assert!(swapped.load().is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(96)))]

    /// Saved after every action (and after merging another copy's edits),
    /// the parts always load back as the agenda in memory; saves cut off
    /// half way leave the previous one.
    #[test]
    fn saved_one_change_at_a_time_the_parts_load_back(
        seeded in any::<bool>(),
        actions in prop::collection::vec(any_action(), 0..40),
        theirs in prop::collection::vec(any_action(), 0..10),
        cut in 0_usize..4,
    ) {
        let start = if seeded { seed()? } else { Agenda::new() };
        let mut agenda = start.clone();
        let mut disk = Disk::default();
        disk.save(&agenda);
        for (step, action) in actions.into_iter().enumerate() {
            let before = agenda.clone();
            if !signed(&mut agenda, action, step) {
                continue;
            }
            let plan = disk.plan(&agenda);
            let mut crashed = disk.clone();
            crashed.write(&agenda, &plan, Some(cut));
            prop_assert_eq!(&crashed.load().unwrap(), &before);
            disk.write(&agenda, &plan, None);
            prop_assert_eq!(&disk.load().unwrap(), &agenda);
        }
        let mut other = start;
        for (step, action) in theirs.into_iter().enumerate() {
            let _ = other.apply_signed(action, Replica(2), &Author::given("Herr Zwei"),
                1_764_000_000 + 900 * step as u64);
        }
        if let Ok(outcome) = merge(&agenda, &other) {
            disk.save(&outcome.agenda);
            prop_assert_eq!(&disk.load().unwrap(), &outcome.agenda);
            // Every key on disk is named by the manifest: nothing leaks.
            let manifest = Manifest::read(disk.manifest.as_deref().unwrap_or_default()).unwrap();
            prop_assert_eq!(disk.keys.len(), manifest.parts().len());
        }
    }
}
