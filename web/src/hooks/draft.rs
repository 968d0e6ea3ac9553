//! Text typed into a form is never lost: from the first change until the
//! form's content is saved or the draft discarded, it is kept in
//! localStorage under its own key ([`DRAFTS_KEY`], beside the agenda,
//! never inside it), so it survives switching views and a reload. Leaving
//! a form asks nothing; the form shows its draft again, visibly marked.
//!
//! Invariants: a draft is stored only while the form differs from what
//! counts as nothing to keep (the saved content, or an emptied new form);
//! when the saved content changes elsewhere (undo, another tab) a form
//! without unsaved changes follows it, a form with them keeps them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use yew::prelude::*;

use crate::platform::storage;

/// Key of the drafts in localStorage: a JSON object, form key → the
/// draft's JSON text.
pub const DRAFTS_KEY: &str = "digitale-agenda.entwuerfe";

fn stored() -> serde_json::Map<String, Value> {
    match storage::load_pref(DRAFTS_KEY).and_then(|t| serde_json::from_str(&t).ok()) {
        Some(Value::Object(drafts)) => drafts,
        _ => serde_json::Map::new(),
    }
}

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let drafts = stored();
    serde_json::from_str(drafts.get(key)?.as_str()?).ok()
}

/// The keys of every kept draft.
pub fn kept() -> std::collections::BTreeSet<String> {
    stored().into_iter().map(|(key, _)| key).collect()
}

/// Whether a draft of the form `key` is kept.
pub fn is_kept(key: &str) -> bool {
    stored().contains_key(key)
}

/// Keeps (`Some`) or forgets (`None`) the draft of `key`. A full storage
/// only means the draft is not kept beyond this page; the form still
/// holds it.
fn write(key: &str, json: Option<String>) {
    let mut drafts = stored();
    match json {
        Some(json) => {
            drafts.insert(key.to_owned(), Value::String(json));
        }
        None if drafts.remove(key).is_none() => return,
        None => {}
    }
    if drafts.is_empty() {
        storage::remove_pref(DRAFTS_KEY);
    } else {
        if let Ok(json) = serde_json::to_string(&Value::Object(drafts)) {
            storage::save_pref(DRAFTS_KEY, &json);
        }
    }
}

/// A form's content with its draft; see [`use_draft`].
pub struct DraftHandle<T> {
    value: UseStateHandle<T>,
    clean: Rc<RefCell<T>>,
    saving: Rc<Cell<bool>>,
    key: Rc<str>,
}

impl<T> Clone for DraftHandle<T> {
    fn clone(&self) -> Self {
        Self {
            value: self.value.clone(),
            clean: self.clean.clone(),
            saving: self.saving.clone(),
            key: self.key.clone(),
        }
    }
}

impl<T: Clone + PartialEq + Serialize + 'static> DraftHandle<T> {
    /// What the form shows.
    pub fn get(&self) -> &T {
        &self.value
    }

    /// A change typed into the form: shown, and kept as the draft.
    pub fn set(&self, next: T) {
        let keep = next != *self.clean.borrow();
        write(
            &self.key,
            keep.then(|| serde_json::to_string(&next).ok()).flatten(),
        );
        self.value.set(next);
    }

    /// The form is being saved: when the saved content changes next, the
    /// form shows it as the core stored it (trimmed, cleaned) and the
    /// draft is done.
    pub fn saving(&self) {
        self.saving.set(true);
    }

    /// The form was saved (or emptied after adding) and now shows `next`:
    /// nothing left to keep.
    pub fn settle(&self, next: T) {
        write(&self.key, None);
        *self.clean.borrow_mut() = next.clone();
        self.value.set(next);
    }

    /// Throws the draft away; the form shows the saved content again.
    pub fn discard(&self) {
        let clean = self.clean.borrow().clone();
        self.settle(clean);
    }

    /// `cancel` (of an edit form) that first throws the draft away: a
    /// cancelled edit keeps nothing.
    pub fn discarding(&self, cancel: Option<Callback<()>>) -> Option<Callback<()>> {
        cancel.map(|cancel| {
            let draft = self.clone();
            Callback::from(move |()| {
                draft.discard();
                cancel.emit(());
            })
        })
    }

    /// Whether the form holds changes that are not saved.
    pub fn is_unsaved(&self) -> bool {
        *self.value != *self.clean.borrow()
    }
}

/// The content of the form `key` (unique per form and item, e.g.
/// `steckbrief/<id>`): its kept draft if there is one, else `saved`.
#[hook]
pub fn use_draft<T>(key: String, saved: &T) -> DraftHandle<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + 'static,
{
    let value = use_state(|| read::<T>(&key).unwrap_or_else(|| saved.clone()));
    let clean = use_mut_ref(|| saved.clone());
    let seen = use_mut_ref(|| saved.clone());
    let saving = use_memo((), |()| Cell::new(false));
    if *seen.borrow() != *saved {
        // Saved by this form, or elsewhere (undo, another tab).
        *seen.borrow_mut() = saved.clone();
        let unsaved = *value != *clean.borrow();
        *clean.borrow_mut() = saved.clone();
        if saving.replace(false) || !unsaved || *value == *saved {
            write(&key, None);
            if *value != *saved {
                value.set(saved.clone());
            }
        }
    }
    DraftHandle {
        value,
        clean,
        saving,
        key: Rc::from(key),
    }
}
