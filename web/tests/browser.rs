//! Browser tests of agenda-web, run by wasm-bindgen-test in headless
//! Chromium. Tests share one page: each mounts into a fresh element and uses
//! its own localStorage key, and cleans up what it stored.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cell::RefCell;
use std::rc::Rc;

use agenda_core::{Action, Agenda, DepartmentId, GuidelineDraft, GuidelineId, formats::stored};
use agenda_web::Shared;
use agenda_web::pages::strategy::guideline_list::{GuidelineList, Props as ListProps};
use agenda_web::platform::storage::{Loaded, SaveError, Store};
use agenda_web::role::Role;
use agenda_web::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Resolves after the next painted frame, when the app's pending save
/// has run.
async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        agenda_web::platform::browser::after_next_paint(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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
    mount_list_as(root, agenda, Role::Leadership).await
}

/// Mounts the list as `role` sees it.
async fn mount_list_as(root: &Element, agenda: Agenda, role: Role) -> Rc<RefCell<Vec<Action>>> {
    let emitted = Rc::new(RefCell::new(Vec::new()));
    let sink = emitted.clone();
    let props = ListProps {
        agenda: Shared::new(agenda),
        on_action: Callback::from(move |a| sink.borrow_mut().push(a)),
        role,
    };
    yew::Renderer::<GuidelineList>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    emitted
}

#[wasm_bindgen_test]
async fn only_the_leadership_adopts_and_deletes_leitplanken() {
    let root = fresh_root();
    let agenda = agenda_with(&["Erste", "Zweite"]);
    mount_list_as(&root, agenda.clone(), Role::Navigator).await;
    let count = |root: &Element, css: &str| root.query_selector_all(css).unwrap().length();
    assert_eq!(
        count(&root, "[id$='-status']"),
        0,
        "the navigator does not adopt"
    );
    assert_eq!(count(&root, "[id$='-delete']"), 0, "nor delete");
    assert_eq!(
        count(&root, "[id$='-edit']"),
        2,
        "drafts are still the navigator's to word"
    );
    let root = fresh_root();
    mount_list_as(&root, agenda, Role::Leadership).await;
    assert_eq!(count(&root, "[id$='-status']"), 2);
    assert_eq!(count(&root, "[id$='-delete']"), 2);

    // A draft that reads like a project: the navigator turns it into one
    // (a project is the navigator's to write, not the leadership's).
    let draft = agenda_with(&["Notfallhandbuch erstellen"]);
    let root = fresh_root();
    mount_list_as(&root, draft.clone(), Role::Navigator).await;
    assert_eq!(count(&root, "[id$='-convert-open']"), 1);
    let root = fresh_root();
    mount_list_as(&root, draft, Role::Leadership).await;
    assert_eq!(count(&root, "[id$='-convert-open']"), 0);
    assert_eq!(count(&root, ".check-warning .hint"), 1, "it says who does");

    // Adopted, it is the leadership's decision: it takes it back to a
    // draft first; nobody converts it as it is.
    let mut adopted = agenda_with(&["Notfallhandbuch erstellen"]);
    adopted
        .apply(Action::SetGuidelineStatus {
            id: GuidelineId::from_u128(1),
            status: agenda_core::GuidelineStatus::Adopted,
        })
        .unwrap();
    let root = fresh_root();
    mount_list_as(&root, adopted.clone(), Role::Navigator).await;
    assert_eq!(count(&root, "[id$='-convert-open']"), 0);
    assert_eq!(
        count(&root, "[id$='-edit']"),
        0,
        "nor reworded by the navigator"
    );
    let root = fresh_root();
    mount_list_as(&root, adopted, Role::Leadership).await;
    assert_eq!(count(&root, "[id$='-convert-open']"), 0);
    assert_eq!(
        count(&root, "[id$='-status']"),
        1,
        "taking it back is offered"
    );
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

/// Removes every key of a test store (the old key, manifest and parts).
fn clear_store(key: &str) {
    let storage = local_storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k == key || k.starts_with(&format!("{key}.")))
        .collect();
    for k in keys {
        storage.remove_item(&k).unwrap();
    }
}

fn part_keys(key: &str) -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("{key}.teil.")))
        .collect()
}

#[wasm_bindgen_test]
fn store_round_trips_in_parts_and_reports_empty_and_unreadable() {
    use agenda_web::platform::storage::parts::MOVED;
    let store = Store::new("test.store.round-trip");
    clear_store(store.key());
    assert_eq!(store.load(), Loaded::Empty);

    let agenda = agenda_with(&["Bürgernähe", "Datenschutz"]);
    let written = store.save(Rc::new(agenda.clone())).unwrap();
    assert_eq!(written.parts, 3, "the frame and one part per Leitplanke");
    assert_eq!(store.load(), Loaded::Ready(Rc::new(agenda.clone())));
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().as_deref(),
        Some(MOVED),
        "older apps find a newer version there and write nothing"
    );

    // An edit writes its part alone.
    let mut edited = agenda.clone();
    edited
        .apply(Action::EditGuideline {
            id: GuidelineId::from_u128(2),
            draft: GuidelineDraft {
                title: "Datenschutz zuerst".into(),
                ..Default::default()
            },
        })
        .unwrap();
    let written = store.save(Rc::new(edited.clone())).unwrap();
    assert_eq!(written.parts, 1);
    assert_eq!(store.load(), Loaded::Ready(Rc::new(edited.clone())));

    // The replaced part stays a minute (another tab may be reading it).
    assert_eq!(part_keys(store.key()).len(), 4);
    assert_eq!(store.collect_garbage(), 0);
    let later = js_sys::Date::now() + 2.0 * agenda_web::platform::storage::parts::GRACE_MS;
    assert_eq!(store.collect_garbage_at(later), 1);
    assert_eq!(part_keys(store.key()).len(), 3);
    assert_eq!(store.load(), Loaded::Ready(Rc::new(edited)));

    // A part gone: unreadable, everything offered as it is.
    let part = part_keys(store.key()).pop().unwrap();
    let text = local_storage().get_item(&part).unwrap().unwrap();
    local_storage().set_item(&part, "{kaputt").unwrap();
    let Loaded::Unreadable { raw, .. } = store.load() else {
        panic!("a broken part is no agenda");
    };
    let raw: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(raw[&part], "{kaputt");
    assert!(raw[format!("{}.teile", store.key())].is_string());
    local_storage().set_item(&part, &text).unwrap();

    clear_store(store.key());
    local_storage().set_item(store.key(), "{kaputt").unwrap();
    assert!(matches!(store.load(), Loaded::Unreadable { raw, .. } if raw == "{kaputt"));
    clear_store(store.key());
}

#[wasm_bindgen_test]
fn an_agenda_stored_the_old_way_moves_into_parts_once_read_back() {
    use agenda_web::platform::storage::parts::MOVED;
    let store = Store::new("test.store.migration");
    clear_store(store.key());
    let agenda = agenda_with(&["Alt gespeichert"]);
    let mut old: serde_json::Value =
        serde_json::from_str(&stored::to_json(&agenda).unwrap()).unwrap();
    old["schema_version"] = 8.into();
    let old = old.to_string();
    local_storage().set_item(store.key(), &old).unwrap();
    assert_eq!(store.raw().as_deref(), Some(old.as_str()));
    let Loaded::Ready(loaded) = store.load() else {
        panic!("schema 8 reads");
    };
    assert_eq!(*loaded, agenda);
    assert!(store.holds_old_text(), "the app saves at once to move it");
    store.save(loaded).unwrap();
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().as_deref(),
        Some(MOVED)
    );
    assert_eq!(store.raw(), None);
    assert!(!store.holds_old_text());
    assert_eq!(store.load(), Loaded::Ready(Rc::new(agenda.clone())));

    // An older app's tab that saved the old way meanwhile is merged in.
    let older = agenda_with(&["Alt gespeichert", "Aus dem alten Tab"]);
    local_storage()
        .set_item(store.key(), &stored::to_json(&older).unwrap())
        .unwrap();
    let Loaded::Ready(both) = store.load() else {
        panic!("both read");
    };
    assert_eq!(both.guidelines().len(), 2);
    store.save(Rc::clone(&both)).unwrap();
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().as_deref(),
        Some(MOVED)
    );
    assert_eq!(store.load(), Loaded::Ready(Rc::clone(&both)));

    // An old tab that stored nothing new: the marker is still set back.
    local_storage()
        .set_item(store.key(), &stored::to_json(&both).unwrap())
        .unwrap();
    let Loaded::Ready(same) = store.load() else {
        panic!("same read");
    };
    assert!(store.holds_old_text());
    store.save(same).unwrap();
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().as_deref(),
        Some(MOVED)
    );
    clear_store(store.key());
}

#[wasm_bindgen_test]
fn store_never_saves_over_data_it_cannot_read() {
    let store = Store::new("test.store.blocked");
    clear_store(store.key());
    let newer = r#"{"schema_version":99,"agenda":{}}"#;
    local_storage().set_item(store.key(), newer).unwrap();
    assert_eq!(
        store.save(Rc::new(agenda_with(&["A"]))),
        Err(SaveError::Blocked)
    );
    assert_eq!(
        local_storage().get_item(store.key()).unwrap().unwrap(),
        newer
    );
    assert!(part_keys(store.key()).is_empty());

    let backup_key = store.back_up_raw(newer, "2026-11-22T10-00-00").unwrap();
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().unwrap(),
        newer
    );
    assert_eq!(store.load(), Loaded::Empty);
    local_storage().remove_item(&backup_key).unwrap();

    // A newer app's list of parts: refused, and never written over.
    store.save(Rc::new(agenda_with(&["A"]))).unwrap();
    let manifest_key = store.manifest_key();
    let newer = "digitale-agenda 99\nneu: etwas anderes";
    local_storage().set_item(&manifest_key, newer).unwrap();
    assert!(matches!(
        store.load(),
        Loaded::Unreadable {
            error: agenda_core::LoadError::NewerVersion { found: 99, .. },
            ..
        }
    ));
    assert_eq!(
        store.save(Rc::new(agenda_with(&["B"]))),
        Err(SaveError::Blocked)
    );
    assert_eq!(
        local_storage().get_item(&manifest_key).unwrap().as_deref(),
        Some(newer)
    );
    clear_store(store.key());
}

/// Fills the origin's storage until not even `room` more characters fit;
/// returns the filler keys.
fn fill_storage(prefix: &str, room: usize) -> Vec<String> {
    let mut fillers = Vec::new();
    let mut size = 1024 * 1024;
    while size > room {
        let key = format!("{prefix}.{}", fillers.len());
        if local_storage().set_item(&key, &"x".repeat(size)).is_ok() {
            fillers.push(key);
        } else {
            size /= 2;
        }
    }
    fillers
}

#[wasm_bindgen_test]
fn failing_save_reports_quota_and_keeps_the_stored_agenda() {
    let store = Store::new("test.store.quota");
    clear_store(store.key());
    let first = agenda_with(&["Gespeichert"]);
    store.save(Rc::new(first.clone())).unwrap();
    let parts_before = part_keys(store.key());

    let fillers = fill_storage("test.filler", 0);
    let mut big = agenda_with(&["Gespeichert", "Neu"]);
    big.apply(Action::SetVision {
        text: "ü".repeat(agenda_core::model::limits::VISION_MAX_CHARS),
    })
    .unwrap();
    let result = store.save(Rc::new(big));
    for key in &fillers {
        local_storage().remove_item(key).unwrap();
    }
    assert_eq!(result, Err(SaveError::QuotaExceeded));
    assert_eq!(store.load(), Loaded::Ready(Rc::new(first)));
    assert_eq!(
        part_keys(store.key()),
        parts_before,
        "what the failed save wrote is gone"
    );
    clear_store(store.key());
}

#[wasm_bindgen_test]
fn a_full_storage_is_cleared_of_old_unused_parts_before_a_save_fails() {
    let store = Store::new("test.store.gc-room");
    clear_store(store.key());
    store.save(Rc::new(agenda_with(&["Gespeichert"]))).unwrap();
    // A part an earlier save left behind, written long ago (its suffix is
    // the time), no manifest names it.
    let garbage = format!("{}.teil.rahmen.1aa", store.key());
    local_storage()
        .set_item(&garbage, &"x".repeat(256 * 1024))
        .unwrap();
    let fillers = fill_storage("test.gc-filler", 0);
    let mut next = agenda_with(&["Gespeichert", "Neu"]);
    next.apply(Action::SetVision {
        text: "ü".repeat(agenda_core::model::limits::VISION_MAX_CHARS),
    })
    .unwrap();
    let result = store.save(Rc::new(next.clone()));
    for key in &fillers {
        local_storage().remove_item(key).unwrap();
    }
    assert_eq!(result.map(|w| w.merged.is_none()), Ok(true));
    assert_eq!(local_storage().get_item(&garbage).unwrap(), None);
    assert_eq!(store.load(), Loaded::Ready(Rc::new(next)));
    clear_store(store.key());
}

#[wasm_bindgen_test]
fn a_move_that_does_not_fit_beside_the_old_text_is_made_in_one_step() {
    use agenda_web::platform::storage::parts::MOVED;
    let store = Store::new("test.store.tight-move");
    clear_store(store.key());
    let mut agenda = agenda_with(&["Groß"]);
    agenda
        .apply(Action::SetVision {
            text: "ä".repeat(agenda_core::model::limits::VISION_MAX_CHARS),
        })
        .unwrap();
    let old = stored::to_json(&agenda).unwrap();
    local_storage().set_item(store.key(), &old).unwrap();
    // Room for the parts only if the old text goes.
    let fillers = fill_storage("test.tight-filler", old.len() / 2);
    let Loaded::Ready(loaded) = store.load() else {
        panic!("the old text reads");
    };
    let result = store.save(loaded);
    let moved = local_storage().get_item(store.key()).unwrap();
    for key in &fillers {
        local_storage().remove_item(key).unwrap();
    }
    result.unwrap();
    assert_eq!(moved.as_deref(), Some(MOVED));
    assert_eq!(store.load(), Loaded::Ready(Rc::new(agenda)));
    clear_store(store.key());
}

#[wasm_bindgen_test]
async fn app_starts_with_the_demo_and_saves_it() {
    let store = Store::new("test.app.demo");
    clear_store(store.key());
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            store: store.clone(),
            service_worker: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    click(&root, "#start-demo");
    yew::scheduler::flush().await;
    assert_eq!(titles(&root).len(), 5);
    after_next_paint().await;
    assert_eq!(
        Store::new("test.app.demo").load(),
        Loaded::Ready(Rc::new(agenda_core::content::demo::musterstadt().unwrap()))
    );
    clear_store(store.key());
}

mod priorities {
    use super::*;
    use agenda_core::{DepartmentDraft, FieldId, ItemRef, PriorityMethod};
    use agenda_web::pages::priorities::{PriorityView, Props as PriorityProps};
    use agenda_web::pages::results::{Props as ResultsProps, ResultsView};
    use agenda_web::role::Role;

    const DEPT: DepartmentId = DepartmentId::from_u128(7);

    fn two_fields_one_department(budget: u32) -> Agenda {
        let mut agenda = Agenda::new();
        for (n, name) in [(1, "Cybersicherheit"), (2, "Beteiligung")] {
            agenda
                .apply(Action::AddField {
                    id: FieldId::from_u128(n),
                    name: name.into(),
                })
                .unwrap();
        }
        agenda
            .apply(Action::AddDepartment {
                id: DEPT,
                draft: DepartmentDraft {
                    name: "Bauamt".into(),
                    ..Default::default()
                },
            })
            .unwrap();
        agenda.apply(Action::SetBudget { budget }).unwrap();
        agenda
    }

    async fn mount(root: &Element, agenda: Agenda) -> Rc<RefCell<Vec<Action>>> {
        let emitted = Rc::new(RefCell::new(Vec::new()));
        let sink = emitted.clone();
        let props = PriorityProps {
            agenda: Shared::new(agenda),
            on_action: Callback::from(move |a| sink.borrow_mut().push(a)),
            role: Role::Department(DEPT),
        };
        yew::Renderer::<PriorityView>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        emitted
    }

    #[wasm_bindgen_test]
    async fn points_board_offers_no_point_beyond_the_budget() {
        let mut agenda = two_fields_one_department(3);
        agenda
            .apply(Action::SetPoints {
                department: DEPT,
                item: ItemRef::Field(FieldId::from_u128(1)),
                points: 3,
            })
            .unwrap();
        let root = fresh_root();
        let emitted = mount(&root, agenda).await;
        let text = |css: &str| {
            root.query_selector(css)
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        };
        assert_eq!(text("#budget-left"), "Noch 0 von 3 Punkten frei");
        let plus = root
            .query_selector_all(".point-row button:last-of-type")
            .unwrap();
        for i in 0..plus.length() {
            let button: Element = plus.item(i).unwrap().dyn_into().unwrap();
            assert!(
                button.has_attribute("disabled"),
                "+ on row {i} must be disabled"
            );
        }
        // Leadership settings are not offered to a department.
        assert!(root.query_selector("#priority-budget").unwrap().is_none());
        click(&root, "#points-row-0 button:first-of-type");
        assert_eq!(
            *emitted.borrow(),
            [Action::SetPoints {
                department: DEPT,
                item: ItemRef::Field(FieldId::from_u128(1)),
                points: 2
            }]
        );
    }

    #[wasm_bindgen_test]
    async fn ranking_board_takes_the_shown_order_and_moves_items() {
        let mut agenda = two_fields_one_department(10);
        agenda
            .apply(Action::SetPriorityMethod {
                method: PriorityMethod::Ranking,
            })
            .unwrap();
        let root = fresh_root();
        let emitted = mount(&root, agenda).await;
        click(&root, "#ranking-accept");
        click(&root, ".rank-row:first-child button:last-of-type");
        let (one, two) = (
            ItemRef::Field(FieldId::from_u128(1)),
            ItemRef::Field(FieldId::from_u128(2)),
        );
        assert_eq!(
            *emitted.borrow(),
            [
                Action::SetRanking {
                    department: DEPT,
                    order: vec![one, two]
                },
                Action::SetRanking {
                    department: DEPT,
                    order: vec![two, one]
                },
            ]
        );
    }

    #[wasm_bindgen_test]
    async fn heat_map_prints_values_and_classes_as_text() {
        let mut agenda = agenda_core::content::demo::musterstadt().unwrap();
        let field = agenda.fields()[0].id();
        agenda
            .apply(Action::RenameField {
                id: field,
                name: "<b>Bürgerservice</b>".into(),
            })
            .unwrap();
        let root = fresh_root();
        yew::Renderer::<ResultsView>::with_root_and_props(
            root.clone(),
            ResultsProps {
                agenda: Shared::new(agenda),
            },
        )
        .render();
        yew::scheduler::flush().await;
        let svg = root.query_selector("#heatmap").unwrap().unwrap();
        assert_eq!(svg.query_selector_all("rect").unwrap().length(), 6 * 5);
        let text = svg.text_content().unwrap();
        for word in [
            "Konsens",
            "überwiegend dafür",
            "umstritten",
            "Randnotiz",
            "<b>Bürgerservice</b>",
        ] {
            assert!(text.contains(word), "heat map lacks {word}");
        }
        assert!(svg.query_selector("b").unwrap().is_none());
        let w = root
            .query_selector("#concordance")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(w.contains("Kendalls W"), "{w}");
    }
}

mod projects {
    use super::*;
    use agenda_core::{Date, ProjectStatus};
    use agenda_web::pages::projects::{ProjectsView, Props as ProjectsProps};
    use agenda_web::pages::roadmap::{Props as RoadmapProps, RoadmapView};
    use agenda_web::role::Role;

    fn today() -> Date {
        "2026-11-22".parse().unwrap()
    }

    #[wasm_bindgen_test]
    async fn the_filter_shows_only_what_it_finds_and_says_how_many() {
        let agenda = agenda_core::content::demo::musterstadt().unwrap();
        let total = agenda.projects().len();
        let root = fresh_root();
        let changed = Rc::new(RefCell::new(Vec::new()));
        let sink = changed.clone();
        yew::Renderer::<ProjectsView>::with_root_and_props(
            root.clone(),
            ProjectsProps {
                agenda: Shared::new(agenda),
                on_action: Callback::noop(),
                role: Role::Navigator,
                today: today(),
                open: None,
                filter: agenda_core::analysis::project_filter::ProjectFilter {
                    text: "bauakten".into(),
                    ..Default::default()
                },
                on_filter: Callback::from(move |f| sink.borrow_mut().push(f)),
                created: None,
            },
        )
        .render();
        yew::scheduler::flush().await;
        let cards = root.query_selector_all("article.project").unwrap();
        assert_eq!(cards.length(), 1);
        let count = root.query_selector("#filter-count").unwrap().unwrap();
        assert_eq!(
            count.text_content().unwrap(),
            format!("1 von {total} Projekten")
        );
        assert_eq!(count.get_attribute("role").as_deref(), Some("status"));
        // Ticking "überfällig" hands the whole new filter up.
        let overdue: HtmlInputElement = root
            .query_selector("#filter-overdue")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        overdue.click();
        yew::scheduler::flush().await;
        let got = changed.borrow();
        assert_eq!(got.len(), 1);
        assert!(got[0].overdue);
        assert_eq!(got[0].text, "bauakten");
    }

    #[wasm_bindgen_test]
    async fn project_list_shows_progress_source_and_the_sheet_emits_milestone_actions() {
        let agenda = agenda_core::content::demo::musterstadt().unwrap();
        let eakte = agenda.projects()[0].clone();
        let root = fresh_root();
        let emitted = Rc::new(RefCell::new(Vec::new()));
        let sink = emitted.clone();
        yew::Renderer::<ProjectsView>::with_root_and_props(
            root.clone(),
            ProjectsProps {
                agenda: Shared::new(agenda),
                on_action: Callback::from(move |a| sink.borrow_mut().push(a)),
                role: Role::Navigator,
                today: today(),
                open: Some(eakte.id()),
                filter: Default::default(),
                on_filter: Callback::noop(),
                created: Some(eakte.id()),
            },
        )
        .render();
        yew::scheduler::flush().await;
        let first = root.query_selector("article.project").unwrap().unwrap();
        // Just created: the open Steckbrief says so, in words.
        assert!(
            first
                .query_selector(".created-note")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
                .starts_with("Neu angelegt.")
        );
        assert_eq!(
            first
                .query_selector(".progress-text")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap(),
            "50 % (2 von 4 Meilensteinen)"
        );
        // The opened Steckbrief marks the overdue pilot and toggles a milestone.
        let overdue = first.query_selector(".milestone.overdue").unwrap().unwrap();
        assert!(
            overdue
                .text_content()
                .unwrap()
                .contains("Pilot mit zwei Sachbearbeitungen")
        );
        let checkbox: HtmlElement = overdue
            .query_selector("input[type=checkbox]")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        checkbox.click();
        yew::scheduler::flush().await;
        let pilot = eakte.milestones()[2].id();
        assert_eq!(
            *emitted.borrow(),
            [Action::SetMilestoneDone {
                project: eakte.id(),
                id: pilot,
                done: true
            }]
        );
        // The status log shows the newest update first, in German dates.
        let log = first.query_selector(".update-list li").unwrap().unwrap();
        assert!(
            log.text_content()
                .unwrap()
                .starts_with("30.09.2026: in Umsetzung")
        );
        assert_eq!(eakte.status(), ProjectStatus::InProgress);
    }

    async fn roadmap(agenda: agenda_core::Agenda) -> Element {
        let root = fresh_root();
        yew::Renderer::<RoadmapView>::with_root_and_props(
            root.clone(),
            RoadmapProps {
                agenda: Shared::new(agenda),
                today: today(),
                filter: Default::default(),
                on_filter: None,
            },
        )
        .render();
        yew::scheduler::flush().await;
        root
    }

    #[wasm_bindgen_test]
    async fn a_long_roadmap_opens_with_its_first_rows_and_fills_in_after_painted_frames() {
        let agenda = agenda_core::content::sample::demo_with(97).unwrap();
        let root = roadmap(agenda).await;
        let rows = || root.query_selector_all(".rm-row").unwrap().length();
        assert_eq!(rows(), 40, "the first rows with the view");
        for _ in 0..3 {
            after_next_paint().await;
            yew::scheduler::flush().await;
        }
        assert_eq!(rows(), 100, "the rest after painted frames");
    }

    #[wasm_bindgen_test]
    async fn the_dashboard_lists_50_findings_and_the_rest_on_request() {
        use agenda_web::pages::dashboard::{DashboardView, Props as DashboardProps};
        // Every sample milestone is overdue on this day.
        let agenda = agenda_core::content::sample::demo_with(30).unwrap();
        let later: Date = "2029-01-01".parse().unwrap();
        let total = agenda.diagnostics(later).len();
        assert!(total > 50, "{total}");
        let root = fresh_root();
        yew::Renderer::<DashboardView>::with_root_and_props(
            root.clone(),
            DashboardProps {
                agenda: Shared::new(agenda),
                today: later,
                on_navigate: Callback::noop(),
            },
        )
        .render();
        yew::scheduler::flush().await;
        let listed = || root.query_selector_all("#diagnostics li").unwrap().length() as usize;
        assert_eq!(listed(), 50);
        let all = root.query_selector("#diagnostics-all").unwrap().unwrap();
        assert!(all.text_content().unwrap().contains(&total.to_string()));
        click(&root, "#diagnostics-all");
        yew::scheduler::flush().await;
        assert_eq!(listed(), total);
        assert!(root.query_selector("#diagnostics-all").unwrap().is_none());
    }

    #[wasm_bindgen_test]
    async fn roadmap_draws_a_bar_per_dated_project_and_marks_today() {
        let agenda = agenda_core::content::demo::musterstadt().unwrap();
        let root = roadmap(agenda).await;
        let svg = root.query_selector("#roadmap").unwrap().unwrap();
        assert_eq!(svg.query_selector_all(".rm-row").unwrap().length(), 3);
        assert_eq!(
            svg.query_selector_all("polygon").unwrap().length(),
            7,
            "4 + 3 milestones"
        );
        let text = svg.text_content().unwrap();
        assert!(text.contains("Q4 2026") && text.contains("heute"), "{text}");
    }
}

mod leaving_the_browser {
    use super::*;
    use agenda_web::platform::share::{self, MAX_LINK_CHARS, ShareError};
    use agenda_web::widgets::document::{DocumentView, Props as DocumentProps};

    #[wasm_bindgen_test]
    async fn a_share_link_round_trips_the_agenda_through_the_browsers_compression() {
        let demo = agenda_core::content::demo::musterstadt().unwrap();
        let link = share::link(&demo, "http://127.0.0.1:8080/").await.unwrap();
        let payload = link.strip_prefix("http://127.0.0.1:8080/#teilen=").unwrap();
        assert!(
            payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "URL-safe"
        );
        // The demo (with its costs and funding since issue 14) needs about
        // 8,400 characters: well within the limit.
        assert!(link.len() < MAX_LINK_CHARS / 3, "{} characters", link.len());
        assert!(share::open(payload).await.unwrap() == demo);
        // Damaged and oversized links are refused before anything is read.
        assert_eq!(share::open("nicht*base64").await, Err(ShareError::Damaged));
        assert_eq!(
            share::open(&payload[..payload.len() / 2]).await,
            Err(ShareError::Damaged)
        );
        let long = "A".repeat(MAX_LINK_CHARS + 1);
        assert_eq!(
            share::open(&long).await,
            Err(ShareError::TooLong(MAX_LINK_CHARS + 1))
        );
    }

    /// `#dokument/<id>` opens the argument sheet of that project alone:
    /// the demo's E-Akte, 60.000 € + 300 h × 55 € = 76.500 € one-off, half
    /// approved → 38.250 € own share in 2026, 9.000 € + 40 h × 55 € =
    /// 11.200 € a year after.
    #[wasm_bindgen_test]
    async fn the_argument_sheet_of_a_project_is_one_section_with_the_decision() {
        let demo = agenda_core::content::demo::musterstadt().unwrap();
        let eakte = demo
            .projects()
            .iter()
            .find(|p| !p.sheet().costs.is_empty())
            .unwrap()
            .id();
        let root = fresh_root();
        yew::Renderer::<DocumentView>::with_root_and_props(
            root.clone(),
            DocumentProps {
                agenda: Shared::new(demo.clone()),
                today: agenda_core::Date::new(2026, 11, 22).unwrap(),
                project: Some(eakte),
            },
        )
        .render();
        yew::scheduler::flush().await;
        let doc = root.query_selector("#agenda-document").unwrap().unwrap();
        assert!(
            doc.query_selector(".doc-title").unwrap().is_none(),
            "no title page"
        );
        assert!(
            doc.query_selector(".steckbrief").unwrap().is_none(),
            "no Steckbriefe"
        );
        let sheets = doc.query_selector_all(".argument-sheet").unwrap();
        assert_eq!(sheets.length(), 1);
        let text = doc.text_content().unwrap();
        assert!(text.contains("Argumente für die Kämmerei: E-Akte im Bauamt einführen"));
        // One-off 45.000 € investive + 15.000 € konsumtive; half approved;
        // the 300 staff hours (16.500 €) apart, not in the own share.
        assert!(text.contains("60.000,00 €"));
        assert!(text.contains("16.500,00 € einmalig (300 Stunden)"));
        assert!(text.contains(
            "Der Rat beschließt, das Projekt umzusetzen und im Haushalt 2026 Mittel von \
             30.000,00 € (Eigenanteil) sowie in den Folgejahren jährlich 9.000,00 € bereitzustellen."
        ));
    }

    #[wasm_bindgen_test]
    async fn the_document_has_a_title_page_and_a_steckbrief_per_project() {
        let demo = agenda_core::content::demo::musterstadt().unwrap();
        let root = fresh_root();
        yew::Renderer::<DocumentView>::with_root_and_props(
            root.clone(),
            DocumentProps {
                agenda: Shared::new(demo.clone()),
                today: agenda_core::Date::new(2026, 11, 22).unwrap(),
                project: None,
            },
        )
        .render();
        yew::scheduler::flush().await;
        let doc = root.query_selector("#agenda-document").unwrap().unwrap();
        let title = doc.query_selector(".doc-title").unwrap().unwrap();
        let title = title.text_content().unwrap();
        assert!(title.contains("Stadt Musterstadt") && title.contains("Stand: 22.11.2026"));
        assert_eq!(
            doc.query_selector_all(".steckbrief").unwrap().length(),
            u32::try_from(demo.projects().len()).unwrap()
        );
        // Strategy, perspectives, priorities, progress, Haushalt,
        // Kompetenzrad.
        assert_eq!(doc.query_selector_all(".doc-part").unwrap().length(), 6);
        // The Haushalt chapter: in 2026 the E-Akte's 45.000 € investive
        // and 15.000 € konsumtive, 16.500 € staff time apart, 30.000 €
        // approved and 30.000 € own share, as on its argument sheet.
        let rows = doc
            .query_selector_all("#doc-budget-years tbody tr")
            .unwrap();
        let year_2026 = (0..rows.length())
            .filter_map(|i| rows.item(i)?.text_content())
            .find(|row| row.starts_with("2026"))
            .unwrap();
        assert_eq!(
            year_2026,
            "202645.000,00 €15.000,00 €16.500,00 €30.000,00 €0,00 €30.000,00 €"
        );
        // An overdue milestone is marked as of the document's date.
        let text = doc.text_content().unwrap();
        assert!(
            text.contains("31.10.2026 – Pilot mit zwei Sachbearbeitungen – überfällig"),
            "{text}"
        );
        assert!(!text.contains("Alle neuen Bauanträge elektronisch – überfällig"));
        assert!(
            doc.query_selector("button, input, select")
                .unwrap()
                .is_none(),
            "no controls inside the printed document"
        );
        // The progress report shows only projects.
        click(&root, "#doc-variant-bericht");
        yew::scheduler::flush().await;
        let doc = root.query_selector("#agenda-document").unwrap().unwrap();
        assert!(doc.query_selector(".steckbrief").unwrap().is_none());
        assert!(doc.query_selector("#doc-report").unwrap().is_some());
        assert!(doc.query_selector("#doc-strategy").unwrap().is_none());
    }
}

/// Stores `agenda` in parts as another tab would (without this tab's
/// memory of what it wrote): every part under a fresh suffix.
fn save_as_another_tab(key: &str, agenda: &Agenda, suffix: &str) {
    use agenda_core::formats::parts;
    let plan = parts::plan(None, agenda, suffix).unwrap();
    for (id, text) in &plan.writes {
        local_storage()
            .set_item(&format!("{key}.teil.{id}.{suffix}"), text)
            .unwrap();
    }
    local_storage()
        .set_item(&format!("{key}.teile"), &plan.manifest.to_text())
        .unwrap();
}

#[wasm_bindgen_test]
fn saving_merges_what_another_tab_stored_instead_of_overwriting_it() {
    use agenda_core::Replica;
    let key = "test-merge-on-save";
    clear_store(key);
    let store = Store::new(key);
    let base = agenda_with(&["A"]);
    let first = store.save(Rc::new(base.clone())).unwrap();
    assert!(first.merged.is_none(), "nothing stored yet: a plain write");

    // Another tab adds B and saves; this tab, not knowing, adds C.
    let add = |agenda: &Agenda, n: u128, title: &str, by: u32| {
        let mut next = agenda.clone();
        next.apply_by(
            Action::AddGuideline {
                id: GuidelineId::from_u128(n),
                draft: GuidelineDraft {
                    title: title.into(),
                    ..Default::default()
                },
            },
            Replica(by),
        )
        .unwrap();
        next
    };
    let theirs = add(&base, 2, "B", 2);
    save_as_another_tab(key, &theirs, "zzzzzzzzzzz");
    let ours = add(&base, 3, "C", 1);
    let second = store.save(Rc::new(ours)).unwrap();
    let merged = second.merged.expect("the other tab's save is merged");
    let mut titles: Vec<&str> = merged
        .agenda
        .guidelines()
        .iter()
        .map(|g| g.title())
        .collect();
    agenda_core::sorting::sort(&mut titles);
    assert_eq!(titles, ["A", "B", "C"]);
    assert_eq!(store.load(), Loaded::Ready(Rc::new(merged.agenda.clone())));

    // Our own last write is not merged again.
    let third = store.save(Rc::new(merged.agenda.clone())).unwrap();
    assert!(third.merged.is_none());
    assert_eq!(third.parts, 0, "nothing changed: no part written");
    clear_store(key);
}

#[wasm_bindgen_test]
fn snapshots_keep_the_newest_twenty_and_make_room_without_touching_the_agenda() {
    use agenda_web::platform::storage::{MAX_SNAPSHOTS, SnapshotReason};
    let store = Store::new("test.snapshots");
    clear_store(store.key());
    let agenda = agenda_with(&["Aktuell"]);
    store.save(Rc::new(agenda.clone())).unwrap();
    let json = stored::to_json(&agenda_with(&["Stand"])).unwrap();
    for n in 0..(MAX_SNAPSHOTS + 5) {
        let stamp = format!("2026-11-22T10-{:02}-00", n);
        store
            .take_snapshot(&json, SnapshotReason::Auto, &stamp)
            .unwrap();
    }
    let snapshots = store.snapshots();
    assert_eq!(snapshots.len(), MAX_SNAPSHOTS);
    assert_eq!(snapshots[0].taken, "2026-11-22T10-24-00", "newest first");
    assert_eq!(
        snapshots[MAX_SNAPSHOTS - 1].taken,
        "2026-11-22T10-05-00",
        "oldest dropped"
    );
    let restored = store.load_snapshot(&snapshots[0].key).unwrap();
    assert_eq!(restored.guidelines()[0].title(), "Stand");

    // Fill the origin so that a big snapshot only fits after older ones go.
    let fillers = fill_storage("test.snapshot-filler", 0);
    let mut big = agenda_with(&["Groß"]);
    big.apply(Action::SetVision {
        text: "ü".repeat(agenda_core::model::limits::VISION_MAX_CHARS),
    })
    .unwrap();
    let big_json = stored::to_json(&big).unwrap();
    let result = store.take_snapshot(&big_json, SnapshotReason::Import, "2026-11-22T11-00-00");
    for key in &fillers {
        local_storage().remove_item(key).unwrap();
    }
    result.unwrap();
    let after = store.snapshots();
    assert_eq!(after[0].reason, SnapshotReason::Import, "{after:?}");
    assert!(
        after.len() < MAX_SNAPSHOTS,
        "older snapshots made room: {} fillers, big {} chars, {after:?}",
        fillers.len(),
        big_json.len()
    );
    assert_eq!(
        store.load(),
        Loaded::Ready(Rc::new(agenda)),
        "the agenda is untouched"
    );
    for s in after {
        local_storage().remove_item(&s.key).unwrap();
    }
    clear_store(store.key());
}

mod drafts {
    use super::*;
    use agenda_web::hooks::draft::DRAFTS_KEY;
    use agenda_web::pages::strategy::vision_editor::{Props as VisionProps, VisionEditor};
    use web_sys::HtmlTextAreaElement;

    fn with_vision(text: &str) -> Shared<Agenda> {
        let mut agenda = Agenda::new();
        agenda
            .apply(Action::SetVision { text: text.into() })
            .unwrap();
        Shared::new(agenda)
    }

    fn props(agenda: Shared<Agenda>) -> VisionProps {
        VisionProps {
            agenda,
            on_action: Callback::noop(),
            editable: true,
        }
    }

    fn vision(root: &Element) -> HtmlTextAreaElement {
        root.query_selector("#vision-text")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap()
    }

    fn drafts() -> String {
        local_storage()
            .get_item(DRAFTS_KEY)
            .unwrap()
            .unwrap_or_default()
    }

    #[wasm_bindgen_test]
    async fn unsaved_text_is_kept_when_the_agenda_changes_elsewhere_and_followed_without() {
        local_storage().remove_item(DRAFTS_KEY).unwrap();
        let root = fresh_root();
        let mut app = yew::Renderer::<VisionEditor>::with_root_and_props(
            root.clone(),
            props(with_vision("A")),
        )
        .render();
        yew::scheduler::flush().await;
        assert_eq!(vision(&root).value(), "A");

        // Typed, not saved: kept as a draft.
        vision(&root).set_value("A und mehr");
        vision(&root)
            .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        yew::scheduler::flush().await;
        assert!(drafts().contains("leitbild/text"), "{}", drafts());
        assert!(root.query_selector("#vision-discard").unwrap().is_some());

        // Another tab (or undo) changes the Leitbild: the typed text stays.
        app.update(props(with_vision("B")));
        yew::scheduler::flush().await;
        assert_eq!(vision(&root).value(), "A und mehr");
        assert!(drafts().contains("A und mehr"));

        // Discarded: the form shows the agenda's Leitbild, no draft is kept.
        click(&root, "#vision-discard");
        yew::scheduler::flush().await;
        assert_eq!(vision(&root).value(), "B");
        assert_eq!(drafts(), "");

        // Without unsaved text the form follows the agenda.
        app.update(props(with_vision("C")));
        yew::scheduler::flush().await;
        assert_eq!(vision(&root).value(), "C");
        assert!(root.query_selector("#vision-discard").unwrap().is_none());
        app.destroy();
    }
}

mod competences {
    use super::*;
    use agenda_web::widgets::competence_wheel::{Line, LineStyle, Wheel, WheelProps};

    /// The demo's wheel with a line that lacks the second competence.
    #[wasm_bindgen_test]
    async fn the_wheel_draws_each_line_only_where_it_has_values_and_tables_them() {
        let mut agenda = agenda_core::content::demo::musterstadt().unwrap();
        let first = agenda.competences()[0].id();
        agenda
            .apply(Action::EditCompetence {
                id: first,
                area: agenda_core::competence::CompetenceArea::Fach,
                name: "<i>E-Akte</i>".into(),
                target: 3,
            })
            .unwrap();
        let count = agenda.competences().len();
        let mut values = vec![Some(200_u32); count];
        values[1] = None;
        let lines = vec![
            Line {
                label: "Ziel".into(),
                style: LineStyle::Target,
                values: vec![Some(300); count],
            },
            Line {
                label: "Lücke an Speiche 2".into(),
                style: LineStyle::First,
                values,
            },
        ];
        let root = fresh_root();
        yew::Renderer::<Wheel>::with_root_and_props(
            root.clone(),
            WheelProps {
                agenda: Shared::new(agenda),
                lines,
            },
        )
        .render();
        yew::scheduler::flush().await;
        let svg = root.query_selector("#comp-wheel").unwrap().unwrap();
        // Four rings, a spoke and a label per competence.
        assert_eq!(svg.query_selector_all(".wheel-ring").unwrap().length(), 4);
        assert_eq!(
            svg.query_selector_all(".wheel-spoke").unwrap().length() as usize,
            count
        );
        let segments = |css: &str| {
            svg.query_selector(css)
                .unwrap()
                .unwrap()
                .get_attribute("d")
                .unwrap()
                .matches('M')
                .count()
        };
        assert_eq!(segments(".target path"), count, "closed all round");
        assert_eq!(
            segments(".first path"),
            count - 2,
            "no segment into or out of the competence without a value"
        );
        assert_eq!(
            svg.query_selector_all(".first circle").unwrap().length() as usize,
            count - 1
        );
        // The table is the text alternative: every value as German text, a
        // dash where there is none, names as text, never markup.
        let rows = root.query_selector_all("#comp-table tbody tr").unwrap();
        assert_eq!(rows.length() as usize, count);
        let second = rows.item(1).unwrap().text_content().unwrap();
        assert!(second.ends_with("3,00–"), "{second}");
        let first_row = rows.item(0).unwrap().text_content().unwrap();
        assert!(first_row.contains("<i>E-Akte</i>3,002,00"), "{first_row}");
        assert!(root.query_selector("#comp-table i").unwrap().is_none());
    }
}

mod sync_panel {
    use super::*;
    use agenda_web::hooks::live_sync::{LiveSync, SyncStatus};
    use agenda_web::pages::files::sync_panel::{Props, SyncPanel};

    type Connects = Rc<RefCell<Vec<(String, String, String)>>>;

    fn live(status: SyncStatus, url: Option<&str>, connects: &Connects) -> LiveSync {
        let sink = connects.clone();
        LiveSync {
            status,
            url: url.map(str::to_owned),
            user: "navigatorin".into(),
            roles: None,
            refused: vec!["vision: <b>würde</b> die Agenda ungültig machen".into()],
            connect: Callback::from(move |c| sink.borrow_mut().push(c)),
            disconnect: Callback::noop(),
        }
    }

    async fn mount(sync: LiveSync) -> Element {
        let root = fresh_root();
        let agenda = agenda_core::content::demo::musterstadt().unwrap().into();
        yew::Renderer::<SyncPanel>::with_root_and_props(root.clone(), Props { sync, agenda })
            .render();
        yew::scheduler::flush().await;
        root
    }

    fn text(root: &Element, css: &str) -> String {
        root.query_selector(css)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    }

    #[wasm_bindgen_test]
    async fn off_it_offers_a_labelled_form_and_hands_on_what_was_typed() {
        let connects = Connects::default();
        let root = mount(live(SyncStatus::Off, None, &connects)).await;
        assert!(text(&root, "#sync-status").contains("Nicht verbunden"));
        assert_eq!(
            root.query_selector("#sync-status")
                .unwrap()
                .unwrap()
                .get_attribute("role")
                .as_deref(),
            Some("status")
        );
        for id in ["sync-url", "sync-user", "sync-password"] {
            assert!(
                root.query_selector(&format!("label[for={id}]"))
                    .unwrap()
                    .is_some(),
                "{id} has a label"
            );
        }
        let set = |id: &str, value: &str| {
            root.query_selector(&format!("#{id}"))
                .unwrap()
                .unwrap()
                .dyn_into::<HtmlInputElement>()
                .unwrap()
                .set_value(value);
        };
        set("sync-url", "/couchdb/agenda-musterstadt");
        set("sync-user", " navigatorin ");
        set("sync-password", "geheim");
        click(&root, "#sync-connect");
        yew::scheduler::flush().await;
        assert_eq!(
            connects.borrow().as_slice(),
            [(
                "/couchdb/agenda-musterstadt".to_owned(),
                "navigatorin".to_owned(),
                "geheim".to_owned()
            )]
        );
        let password = root.query_selector("#sync-password").unwrap().unwrap();
        assert_eq!(
            password.dyn_into::<HtmlInputElement>().unwrap().value(),
            "",
            "the password is not kept in the form"
        );
        // Refused documents are listed as text.
        assert!(root.query_selector("#sync-refused b").unwrap().is_none());
        assert!(text(&root, "#sync-refused").contains("<b>würde</b>"));
    }

    #[wasm_bindgen_test]
    async fn connected_it_says_where_and_when_and_offers_to_disconnect() {
        let connects = Connects::default();
        let status = SyncStatus::Connected {
            at: "09:15:02".into(),
        };
        let mut connected = live(status, Some("/couchdb/agenda-musterstadt"), &connects);
        let bauamt = agenda_core::content::demo::musterstadt()
            .unwrap()
            .departments()[0]
            .clone();
        connected.roles = Some(vec![
            agenda_core::rights::Actor::Leadership,
            agenda_core::rights::Actor::Department(bauamt.id()),
        ]);
        let root = mount(connected).await;
        assert_eq!(
            text(&root, "#sync-status"),
            "Verbunden mit /couchdb/agenda-musterstadt als navigatorin."
        );
        // The time is beside the live region, not in it: a screen reader
        // hears state changes, not every exchange.
        assert_eq!(text(&root, "#sync-last"), "Letzter Abgleich: 09:15:02 Uhr.");
        assert!(root.query_selector("#sync-form").unwrap().is_none());
        assert!(root.query_selector("#sync-disconnect").unwrap().is_some());
        // The roles come from the login.
        assert_eq!(
            text(&root, "#sync-roles"),
            format!(
                "Ihre Rollen in dieser Datenbank: Verwaltungsspitze, Fachbereich: {}. Die Datenbank nimmt nur an, was diese Rollen ändern dürfen.",
                bauamt.name()
            )
        );

        let offline = SyncStatus::Offline {
            detail: String::new(),
        };
        let mut without_roles = live(offline, Some("/couchdb/x"), &connects);
        without_roles.roles = Some(Vec::new());
        let root = mount(without_roles).await;
        assert!(text(&root, "#sync-status").starts_with("Offline"));
        assert!(
            text(&root, "#sync-roles")
                .starts_with("Ihre Anmeldung hat in dieser Datenbank keine Rolle")
        );
    }
}
