//! Documents received from a CouchDB server, of any content, never panic
//! the app: each is read and merged or refused; what is merged is a valid
//! agenda that saves and loads back equal; receiving the same documents
//! again changes nothing; taking a refused change back never panics.
//!
//! Input: documents separated by a form feed; each is its id, then its
//! leaves (JSON texts, winner first), separated by the record separator
//! U+001E.
#![no_main]

use std::sync::OnceLock;

use agenda_core::formats::stored;
use agenda_core::replication::sync::{Received, SyncMemo};
use agenda_core::Agenda;
use libfuzzer_sys::fuzz_target;

fn base() -> &'static Agenda {
    static BASE: OnceLock<Agenda> = OnceLock::new();
    BASE.get_or_init(|| agenda_core::content::demo::musterstadt().unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let received: Vec<Received> = text
        .split('\u{c}')
        .filter_map(|doc| {
            let mut parts = doc.split('\u{1e}');
            let id = parts.next()?.to_owned();
            Some(Received {
                id,
                leaves: parts.map(str::to_owned).collect(),
            })
        })
        .collect();
    let local = base();
    let mut memo = SyncMemo::new();
    let reception = memo.receive(local, &received);
    if let Some(first) = received.first() {
        let _ = memo.clone().take_back(local, &first.id, first.leaves.first().map(String::as_str));
    }
    // Most inputs are refused: the checks below cost a save and a load of
    // the demo, so they run where something arrived.
    let Some(outcome) = reception.outcome else {
        return;
    };
    let merged = outcome.agenda;
    assert_eq!(merged.validate(), Ok(()), "what arrives is a valid agenda");
    let json = stored::to_json(&merged).expect("a merged agenda serialises");
    assert_eq!(stored::load(&json).as_ref(), Ok(&merged), "save → load identity");
    let again = SyncMemo::new().receive(&merged, &received);
    if let Some(outcome) = again.outcome {
        assert!(outcome.agenda == merged, "receiving the same again changes nothing");
    }
});
