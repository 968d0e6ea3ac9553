//! Browser tests of agenda-web, run by wasm-bindgen-test in headless
//! Chromium. Tests share one page: each mounts into a fresh element and uses
//! its own localStorage key, and cleans up what it stored.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cell::RefCell;
use std::rc::Rc;

use agenda_core::{Action, Agenda, GuidelineDraft, GuidelineId, stored};
use agenda_web::components::guideline_list::{GuidelineList, Props as ListProps};
use agenda_web::storage::{Loaded, SaveError, Store};
use agenda_web::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn agenda_with(titles: &[&str]) -> Agenda {
    let mut agenda = Agenda::new();
    for (n, title) in (1..).zip(titles) {
        agenda
            .apply(Action::AddGuideline {
                id: GuidelineId::from_u128(n),
                draft: GuidelineDraft {
                    title: (*title).into(),
                    ..Default::default()
                },
            })
            .unwrap();
    }
    agenda
}

fn titles(root: &Element) -> Vec<String> {
    let nodes = root.query_selector_all(".guideline-list h3").unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap())
        .collect()
}

fn click(root: &Element, css: &str) {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {css}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Mounts the list and returns the actions it emits.
async fn mount_list(root: &Element, agenda: Agenda) -> Rc<RefCell<Vec<Action>>> {
    let emitted = Rc::new(RefCell::new(Vec::new()));
    let sink = emitted.clone();
    let props = ListProps {
        agenda: Rc::new(agenda),
        on_action: Callback::from(move |a| sink.borrow_mut().push(a)),
        editable: true,
    };
    yew::Renderer::<GuidelineList>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    emitted
}

#[wasm_bindgen_test]
async fn list_shows_titles_in_order_and_disables_impossible_moves() {
    let root = fresh_root();
    mount_list(&root, agenda_with(&["Erste", "Zweite", "Dritte"])).await;
    assert_eq!(titles(&root), ["Erste", "Zweite", "Dritte"]);
    let disabled = |css: &str| {
        root.query_selector(css)
            .unwrap()
            .unwrap()
            .has_attribute("disabled")
    };
    assert!(disabled("li:first-child button[id$='-up']"));
    assert!(!disabled("li:first-child button[id$='-down']"));
    assert!(disabled("li:last-child button[id$='-down']"));
    assert!(!disabled("li:last-child button[id$='-up']"));
}

#[wasm_bindgen_test]
async fn list_emits_move_status_and_delete_actions() {
    let root = fresh_root();
    let emitted = mount_list(&root, agenda_with(&["A", "B"])).await;
    click(&root, "li:first-child button[id$='-down']");
    click(&root, "li:last-child button[id$='-up']");
    click(&root, "li:first-child button[id$='-status']");
    click(&root, "li:last-child button.danger");
    let one = GuidelineId::from_u128(1);
    let two = GuidelineId::from_u128(2);
    assert_eq!(
        *emitted.borrow(),
        [
            Action::MoveGuideline { id: one, to: 1 },
            Action::MoveGuideline { id: two, to: 0 },
            Action::SetGuidelineStatus {
                id: one,
                status: agenda_core::GuidelineStatus::Adopted
            },
            Action::RemoveGuideline { id: two },
        ]
    );
}

#[wasm_bindgen_test]
async fn list_renders_markup_in_titles_as_text() {
    let root = fresh_root();
    let payload = "<img src=x onerror=alert(1)><b>fett</b>";
    mount_list(&root, agenda_with(&[payload])).await;
    assert_eq!(titles(&root), [payload]);
    assert!(root.query_selector("img, b").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn add_form_requires_a_title_and_emits_the_draft() {
    let root = fresh_root();
    let emitted = mount_list(&root, Agenda::new()).await;
    click(&root, "#new-guideline-submit");
    yew::scheduler::flush().await;
    assert!(emitted.borrow().is_empty());
    let error = root.query_selector(".field-error").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Bitte geben Sie einen Titel ein."
    );

    let input: HtmlInputElement = root
        .query_selector("#new-guideline-title")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("Daten gehören den Bürgern");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    click(&root, "#new-guideline-submit");
    yew::scheduler::flush().await;
    let emitted = emitted.borrow();
    let [Action::AddGuideline { draft, .. }] = emitted.as_slice() else {
        panic!("expected one AddGuideline, got {emitted:?}");
    };
    assert_eq!(draft.title, "Daten gehören den Bürgern");
    assert_eq!(input.value(), "", "the form is cleared for the next one");
}

#[wasm_bindgen_test]
fn store_round_trips_and_reports_empty_and_unreadable() {
    let store = Store::new("test.store.round-trip");
    let _ = local_storage().remove_item(store.key());
    assert_eq!(store.load(), Loaded::Empty);

    let agenda = agenda_with(&["Bürgernähe"]);
    store.save(&agenda).unwrap();
    assert_eq!(store.load(), Loaded::Ready(agenda));

    local_storage().set_item(store.key(), "{kaputt").unwrap();
    assert!(matches!(store.load(), Loaded::Unreadable { raw, .. } if raw == "{kaputt"));
    local_storage().remove_item(store.key()).unwrap();
}

#[wasm_bindgen_test]
fn store_never_saves_over_data_it_cannot_read() {
    let store = Store::new("test.store.blocked");
    let newer = r#"{"schema_version":99,"agenda":{}}"#;
    local_storage().set_item(store.key(), newer).unwrap();
    assert_eq!(store.save(&agenda_with(&["A"])), Err(SaveError::Blocked));
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().unwrap(),
        newer
    );

    let backup_key = store.back_up_raw(newer, "2026-11-22T10-00-00").unwrap();
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().unwrap(),
        newer
    );
    assert_eq!(store.load(), Loaded::Empty);
    local_storage().remove_item(&backup_key).unwrap();
}

#[wasm_bindgen_test]
fn failing_save_reports_quota_and_keeps_the_stored_agenda() {
    let store = Store::new("test.store.quota");
    let first = agenda_with(&["Gespeichert"]);
    store.save(&first).unwrap();

    // Fill the origin's storage until not even one more character fits:
    // big chunks first, then ever smaller ones.
    let mut fillers = Vec::new();
    let mut size = 1024 * 1024;
    while size > 0 {
        let key = format!("test.filler.{}", fillers.len());
        if local_storage().set_item(&key, &"x".repeat(size)).is_ok() {
            fillers.push(key);
        } else {
            size /= 2;
        }
    }
    let mut big = agenda_with(&["Gespeichert"]);
    big.apply(Action::SetVision {
        text: "ü".repeat(agenda_core::limits::VISION_MAX_CHARS),
    })
    .unwrap();
    let result = store.save(&big);
    for key in &fillers {
        local_storage().remove_item(key).unwrap();
    }
    assert_eq!(result, Err(SaveError::QuotaExceeded));
    assert_eq!(store.load(), Loaded::Ready(first));
    local_storage().remove_item(store.key()).unwrap();
}

#[wasm_bindgen_test]
async fn app_starts_with_the_demo_and_saves_it() {
    let store = Store::new("test.app.demo");
    let _ = local_storage().remove_item(store.key());
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            store: store.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    click(&root, "#start-demo");
    yew::scheduler::flush().await;
    assert_eq!(titles(&root).len(), 5);
    let saved = local_storage().get_item(store.key()).unwrap().unwrap();
    assert_eq!(
        stored::load(&saved).unwrap(),
        agenda_core::demo::musterstadt().unwrap()
    );
    local_storage().remove_item(store.key()).unwrap();
}
