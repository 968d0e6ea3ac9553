//! Merging any two loadable agendas never panics and does not depend on
//! the order; merging the result again with either changes nothing.
#![no_main]

use agenda_core::{merge, formats::stored};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Two stored agendas separated by a form feed.
    let Some((left, right)) = text.split_once('\u{c}') else {
        return;
    };
    let (Ok(a), Ok(b)) = (stored::load(left), stored::load(right)) else {
        return;
    };
    let (Ok(ab), Ok(ba)) = (merge(&a, &b), merge(&b, &a)) else {
        return;
    };
    assert!(ab.agenda == ba.agenda, "merge is commutative");
    assert_eq!(ab.conflicts, ba.conflicts);
    if let Ok(again) = merge(&ab.agenda, &b) {
        assert!(
            again.agenda == ab.agenda,
            "merging a copy again changes nothing"
        );
    }
});
