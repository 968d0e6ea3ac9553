//! Loading and migrating stored data of any content never panics, and
//! whatever loads saves and loads back equal.
#![no_main]

use agenda_core::formats::stored;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(agenda) = stored::load(text) {
        let json = stored::to_json(&agenda).expect("a loaded agenda serialises");
        assert_eq!(
            stored::load(&json).as_ref(),
            Ok(&agenda),
            "save → load identity"
        );
    }
});
