//! Importing any text as the projects CSV never panics, and when it yields
//! actions, they apply to the agenda they were checked against.
#![no_main]

use std::sync::LazyLock;

use agenda_core::{Agenda, Date, ProjectId, formats::csv_projects, content::demo};
use libfuzzer_sys::fuzz_target;

/// Built once: the reducer stamps every action, which is slow under ASan.
static DEMO: LazyLock<Option<Agenda>> = LazyLock::new(|| demo::musterstadt().ok());

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(agenda) = DEMO.as_ref() else {
        return;
    };
    let mut n = 0_u128;
    let new_id = || {
        n += 1;
        ProjectId::from_u128(1 << 100 | n)
    };
    let today = Date::new(2026, 11, 22).unwrap_or(Date::MIN);
    if let Ok(imported) = csv_projects::import(agenda, text, new_id, today) {
        let mut next = agenda.clone();
        for action in imported.actions {
            next.apply(action).expect("a checked import applies");
        }
    }
});
