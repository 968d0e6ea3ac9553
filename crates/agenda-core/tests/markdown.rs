//! Golden Markdown rendering of the demo agenda. After an intended change,
//! regenerate with `UPDATE_GOLDEN=1 cargo test -p agenda-core --test
//! markdown` and review the diff of `tests/fixtures/demo.md`.

use agenda_core::{content::demo, formats::markdown};

#[test]
fn demo_agenda_renders_as_the_golden_markdown() {
    let rendered = markdown::render(&demo::musterstadt().unwrap());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/demo.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &rendered).unwrap();
    }
    let golden = std::fs::read_to_string(path).unwrap();
    assert_eq!(rendered, golden);
}
