//! The storage adapter: the agenda in `localStorage`, stored in parts
//! ([`parts`]: a manifest and one key per item), so a save writes what
//! changed. It never overwrites data it cannot read: saving over an
//! unreadable or newer-version manifest is refused, and moving such data
//! aside is an explicit user step ([`Store::back_up_raw`]) that removes the
//! original only after a verified copy exists under its own key.
//!
//! An agenda stored the old way, as one JSON text under the store's key,
//! is read from there and kept there until its content was written in
//! parts and read back; then the key holds [`parts::MOVED`], which older
//! versions of the app refuse as newer data.

pub mod parts;

use std::rc::Rc;

use agenda_core::{Agenda, LoadError, MergeError, MergeOutcome, formats::stored, merge};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// The key the app keeps its agenda under (the manifest and parts are
/// keys beginning with it).
pub const AGENDA_KEY: &str = "digitale-agenda";

/// What was found in storage at start-up.
// Exists once, at start-up: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first start.
    Empty,
    /// A readable agenda.
    Ready(Rc<Agenda>),
    /// Data that could not be read; `raw` is exactly what is stored (for
    /// an agenda in parts, every key and its text as one JSON object).
    Unreadable {
        /// The stored text, unchanged.
        raw: String,
        /// Why it could not be read.
        error: LoadError,
    },
    /// The browser offers no localStorage at all.
    Unavailable,
}

/// Why a save did not happen. In every case the stored data is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is switched off or missing.
    Unavailable,
    /// The origin's storage quota is used up.
    QuotaExceeded,
    /// The stored data is not readable by this version; it is left alone.
    Blocked,
    /// Written, but reading it back gave something else.
    NotVerified,
    /// What another tab saved could not be merged with this tab's agenda.
    Merge(MergeError),
    /// The agenda could not be written as JSON text (a programming error
    /// no agenda the core accepts should cause).
    Encode,
    /// Anything else the browser reported (its words, maybe empty).
    Other(String),
}

/// A successful [`Store::save`].
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// Set when another tab's save was merged in before writing.
    pub merged: Option<MergeOutcome>,
    /// Parts written (the manifest not counted).
    pub parts: usize,
}

#[wasm_bindgen]
extern "C" {
    /// `localStorage` with `getItem` returning the browser's string itself,
    /// so a comparison with what this tab wrote happens in JavaScript
    /// without copying it into wasm memory.
    #[wasm_bindgen(extends = js_sys::Object, js_name = Storage)]
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item(this: &RawStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
}

fn raw_storage(storage: &web_sys::Storage) -> &RawStorage {
    storage.unchecked_ref()
}

/// One agenda under the keys beginning with one localStorage key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
}

impl Default for Store {
    fn default() -> Self {
        Self::new(AGENDA_KEY)
    }
}

impl Store {
    /// A store for `key` (tests use their own keys).
    pub fn new(key: impl Into<String>) -> Self {
        Self { key: key.into() }
    }

    /// The localStorage key (of an agenda stored the old way).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The key of the manifest: it changes with every save.
    pub fn manifest_key(&self) -> String {
        parts::manifest_key(&self.key)
    }

    /// Reads the stored agenda: from its parts, with an agenda stored the
    /// old way merged in (the first start after the update, or an older
    /// app's tab that saved since).
    pub fn load(&self) -> Loaded {
        let Ok(storage) = local_storage() else {
            return Loaded::Unavailable;
        };
        let old = match storage.get_item(&self.key) {
            Ok(old) => old.filter(|text| text != parts::MOVED),
            Err(_) => return Loaded::Unavailable,
        };
        let saved = match parts::read(&storage, &self.key) {
            Ok(saved) => saved,
            Err(parts::Unreadable { raw, error }) => return Loaded::Unreadable { raw, error },
        };
        let remembered = saved.clone();
        let loaded = match (saved, old) {
            (None, None) => Loaded::Empty,
            (None, Some(raw)) => match stored::load(&raw) {
                Ok(agenda) => {
                    parts::remember(&self.key, |m| m.old = Some(raw));
                    Loaded::Ready(Rc::new(agenda))
                }
                Err(error) => Loaded::Unreadable { raw, error },
            },
            // Shared with what this tab remembers: nothing is copied.
            (Some(saved), None) => Loaded::Ready(Rc::clone(&saved.agenda)),
            // Unreadable text under the old key beside readable parts is
            // not the agenda; it is left alone, never written over.
            (Some(saved), Some(raw)) => match stored::load(&raw)
                .ok()
                .and_then(|old| merge(&saved.agenda, &old).ok())
            {
                Some(outcome) => {
                    parts::remember(&self.key, |m| m.old = Some(raw));
                    Loaded::Ready(Rc::new(outcome.agenda))
                }
                None => Loaded::Ready(Rc::clone(&saved.agenda)),
            },
        };
        parts::remember(&self.key, |m| m.saved = remembered);
        loaded
    }

    /// Whether the last load read an agenda stored the old way that is not
    /// yet in parts: it is moved by the next save, so the app saves at once.
    pub fn holds_old_text(&self) -> bool {
        parts::memory(&self.key).old.is_some()
    }

    /// The text stored the old way under the store's key, if any.
    pub fn raw(&self) -> Option<String> {
        local_storage()
            .ok()?
            .get_item(&self.key)
            .ok()
            .flatten()
            .filter(|text| text != parts::MOVED)
    }

    /// Saves `agenda` without losing what another tab saved: if the stored
    /// manifest is the one this tab last read or wrote, only the parts
    /// that changed since are written; otherwise the stored agenda is read,
    /// checked and merged in first. Every write is read back. Never writes
    /// over data this version cannot read.
    pub fn save(&self, agenda: Rc<Agenda>) -> Result<Written, SaveError> {
        let storage = local_storage()?;
        let raw = raw_storage(&storage);
        let current = raw.get_item(&self.manifest_key()).map_err(save_error)?;
        let memory = parts::memory(&self.key);
        let mut merged = None;
        let base = if current.is_null() || current.is_undefined() {
            let old = storage.get_item(&self.key).map_err(save_error)?;
            if old.is_some_and(|t| t != parts::MOVED && stored::load(&t).is_err()) {
                return Err(SaveError::Blocked);
            }
            None
        } else if memory
            .saved
            .as_ref()
            .is_some_and(|s| JsValue::from(s.text.clone()) == current)
        {
            memory.saved
        } else {
            let theirs = parts::read(&storage, &self.key)
                .ok()
                .flatten()
                .ok_or(SaveError::Blocked)?;
            merged = Some(merge(&agenda, &theirs.agenda).map_err(SaveError::Merge)?);
            Some(theirs)
        };
        let to_write = merged
            .as_ref()
            .map_or(agenda, |m: &MergeOutcome| Rc::new(m.agenda.clone()));
        let first = base.is_none();
        let suffix = parts::new_suffix();
        let plan = agenda_core::formats::parts::plan(
            base.as_ref().map(|s| (&*s.agenda, &s.manifest)),
            &to_write,
            &suffix,
        )
        .map_err(|_| SaveError::Encode)?;
        if !first && plan.writes.is_empty() && plan.retired.is_empty() && memory.old.is_none() {
            return Ok(Written { merged, parts: 0 });
        }
        let text = match parts::write(&storage, &self.key, &plan, &suffix) {
            Err(SaveError::QuotaExceeded) if first && memory.old.is_some() => {
                self.move_in_one_step(&storage, &plan, &suffix, memory.old.as_deref())?
            }
            // Parts no manifest names any more made room: once more.
            Err(SaveError::QuotaExceeded) if self.collect_garbage() > 0 => {
                parts::write(&storage, &self.key, &plan, &suffix)?
            }
            other => other?,
        };
        let count = plan.writes.len();
        let manifest = plan.manifest;
        parts::remember(&self.key, |m| {
            m.saved = Some(parts::Saved {
                text,
                manifest,
                agenda: to_write,
            });
        });
        if first || memory.old.is_some() {
            self.mark_moved(&storage, memory.old.as_deref());
        }
        Ok(Written {
            merged,
            parts: count,
        })
    }

    /// The first save in parts did not fit beside the agenda stored the old
    /// way: that text (`old`, held in memory) is removed and the parts are
    /// written in the same task; if that fails too, it is put back.
    fn move_in_one_step(
        &self,
        storage: &web_sys::Storage,
        plan: &agenda_core::formats::parts::Plan,
        suffix: &str,
        old: Option<&str>,
    ) -> Result<js_sys::JsString, SaveError> {
        let old = old.ok_or(SaveError::QuotaExceeded)?;
        storage.remove_item(&self.key).map_err(save_error)?;
        match parts::write(storage, &self.key, plan, suffix) {
            Ok(text) => Ok(text),
            Err(error) => {
                storage.set_item(&self.key, old).map_err(save_error)?;
                Err(error)
            }
        }
    }

    /// After the first save in parts: once the parts read back as the
    /// agenda, the old key says so ([`parts::MOVED`]), unless another app
    /// wrote there since this tab read it (it is merged at the next load).
    fn mark_moved(&self, storage: &web_sys::Storage, old: Option<&str>) {
        let now = storage.get_item(&self.key).ok().flatten();
        if now.as_deref() != old && now.is_some() {
            return;
        }
        let memory = parts::memory(&self.key);
        let read_back = parts::read(storage, &self.key).ok().flatten();
        let same = match (read_back, memory.saved) {
            (Some(back), Some(saved)) => *back.agenda == *saved.agenda,
            _ => false,
        };
        if same && storage.set_item(&self.key, parts::MOVED).is_ok() {
            parts::remember(&self.key, |m| m.old = None);
        }
    }

    /// Removes parts no manifest names any more (after a grace period, see
    /// [`parts::collect_garbage`]). Returns how many.
    pub fn collect_garbage(&self) -> usize {
        self.collect_garbage_at(crate::platform::browser::now_epoch_ms())
    }

    /// [`Self::collect_garbage`] as if the clock said `now_ms`.
    pub fn collect_garbage_at(&self, now_ms: f64) -> usize {
        local_storage().map_or(0, |s| parts::collect_garbage(&s, &self.key, now_ms))
    }

    /// Copies the raw stored data to a new key beside it, reads the copy
    /// back, and only then clears the agenda's keys (the old one and the
    /// manifest; parts no manifest names are garbage then, their text is in
    /// the copy). Returns the backup key.
    pub fn back_up_raw(&self, raw: &str, stamp: &str) -> Result<String, SaveError> {
        let storage = local_storage()?;
        let backup_key = format!("{}.sicherung.{stamp}", self.key);
        storage.set_item(&backup_key, raw).map_err(save_error)?;
        match storage.get_item(&backup_key) {
            Ok(Some(copy)) if copy == raw => {}
            _ => return Err(SaveError::NotVerified),
        }
        storage.remove_item(&self.key).map_err(save_error)?;
        storage
            .remove_item(&self.manifest_key())
            .map_err(save_error)?;
        parts::remember(&self.key, |m| *m = parts::Memory::default());
        Ok(backup_key)
    }
}

fn local_storage() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(SaveError::Unavailable)
}

fn save_error(error: JsValue) -> SaveError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => SaveError::QuotaExceeded,
        Some(e) => SaveError::Other(e.name()),
        None => SaveError::Other(crate::platform::browser::error_detail(&error)),
    }
}

/// A small preference beside the agenda (e.g. the role), never the agenda.
pub fn load_pref(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

/// Stores a preference; failure only means it is not remembered.
pub fn save_pref(key: &str, value: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Forgets a preference; failure only means it stays.
pub fn remove_pref(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Key of the remembered role.
pub const ROLE_KEY: &str = "digitale-agenda.rolle";

/// Key of the name the person gave for the history (without a login).
pub const NAME_KEY: &str = "digitale-agenda.name";

/// Preference key of this browser's replica id (see [`agenda_core::Replica`]).
pub const REPLICA_KEY: &str = "digitale-agenda.kopie";

/// UTF-16 units the app counts on per origin in localStorage: Firefox and
/// Safari allow about 5 MB counted in characters, Chromium 10 MiB of UTF-16
/// (5 Mi units). The meter shows usage against this budget.
pub const STORAGE_BUDGET_UNITS: usize = 5_000_000;

/// From this share of the budget on, the app warns.
pub const WARN_AT_PERCENT: f64 = 80.0;

/// How much of localStorage this origin uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Usage {
    /// UTF-16 units of all keys and values of the origin.
    pub used: usize,
    /// [`STORAGE_BUDGET_UNITS`].
    pub budget: usize,
}

impl Usage {
    /// Share of the budget in percent.
    pub fn percent(self) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let share = self.used as f64 / self.budget as f64;
        share * 100.0
    }

    /// Whether the warning threshold is reached.
    pub fn warn(self) -> bool {
        self.percent() >= WARN_AT_PERCENT
    }
}

/// Measures the origin's localStorage (lengths are read in JavaScript, the
/// values are not copied).
pub fn usage() -> Option<Usage> {
    let storage = local_storage().ok()?;
    let count = storage.length().ok()?;
    let mut used = 0_usize;
    for i in 0..count {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        let value = js_sys::Reflect::get(&storage, &JsValue::from_str(&key)).ok()?;
        let length = value
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, js_sys::JsString::length);
        used += key.encode_utf16().count() + length as usize;
    }
    Some(Usage {
        used,
        budget: STORAGE_BUDGET_UNITS,
    })
}

/// Asks the browser to keep this origin's storage even under pressure
/// (`navigator.storage.persist()`); `None` where the browser cannot say.
pub async fn request_persistence() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// How many automatic and safety snapshots are kept.
pub const MAX_SNAPSHOTS: usize = 20;

/// Editing time between two automatic snapshots, in milliseconds.
pub const AUTO_SNAPSHOT_MS: f64 = 10.0 * 60.0 * 1000.0;

/// Why a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotReason {
    /// Every 10 minutes of editing.
    Auto,
    /// Before an import replaced the agenda.
    Import,
    /// Before a file or contribution was merged.
    Merge,
    /// Before a snapshot was restored.
    Restore,
    /// Before data of an older schema was saved in the current one.
    Migration,
    /// Before a change the server refused was taken back.
    Refused,
}

impl SnapshotReason {
    const ALL: [Self; 6] = [
        Self::Auto,
        Self::Import,
        Self::Merge,
        Self::Restore,
        Self::Migration,
        Self::Refused,
    ];

    fn key(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Import => "import",
            Self::Merge => "merge",
            Self::Restore => "restore",
            Self::Migration => "migration",
            Self::Refused => "abgelehnt",
        }
    }
}

/// A stored snapshot of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Its localStorage key.
    pub key: String,
    /// When, as `2026-11-22T19-34-50` (UTC).
    pub taken: String,
    /// Why.
    pub reason: SnapshotReason,
    /// UTF-16 units.
    pub size: usize,
}

impl Store {
    fn snapshot_prefix(&self) -> String {
        format!("{}.stand.", self.key)
    }

    /// Stores `json` (an agenda in the stored format) as a snapshot. If the
    /// quota is used up, the oldest snapshots are dropped until it fits;
    /// the agenda itself and other data are never touched. Keeps the newest
    /// [`MAX_SNAPSHOTS`].
    pub fn take_snapshot(
        &self,
        json: &str,
        reason: SnapshotReason,
        stamp: &str,
    ) -> Result<(), SaveError> {
        let storage = local_storage()?;
        let key = format!("{}{stamp}.{}", self.snapshot_prefix(), reason.key());
        loop {
            match storage.set_item(&key, json).map_err(save_error) {
                Ok(()) => break,
                Err(SaveError::QuotaExceeded) => {
                    let oldest = self.snapshots().into_iter().rev().find(|s| s.key != key);
                    match oldest {
                        Some(old) => storage.remove_item(&old.key).map_err(save_error)?,
                        None => return Err(SaveError::QuotaExceeded),
                    }
                }
                Err(other) => return Err(other),
            }
        }
        for old in self.snapshots().into_iter().skip(MAX_SNAPSHOTS) {
            storage.remove_item(&old.key).map_err(save_error)?;
        }
        Ok(())
    }

    /// The snapshots, newest first.
    pub fn snapshots(&self) -> Vec<Snapshot> {
        let Ok(storage) = local_storage() else {
            return Vec::new();
        };
        let prefix = self.snapshot_prefix();
        let count = storage.length().unwrap_or(0);
        let mut found: Vec<Snapshot> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter_map(|key| {
                let rest = key.strip_prefix(&prefix)?;
                let (taken, reason) = rest.rsplit_once('.')?;
                let reason = SnapshotReason::ALL
                    .into_iter()
                    .find(|r| r.key() == reason)?;
                let value = js_sys::Reflect::get(&storage, &JsValue::from_str(&key)).ok()?;
                let size = value
                    .dyn_ref::<js_sys::JsString>()
                    .map_or(0, js_sys::JsString::length) as usize;
                Some(Snapshot {
                    taken: taken.to_owned(),
                    key,
                    reason,
                    size,
                })
            })
            .collect();
        agenda_core::sorting::sort_by(&mut found, |a, b| {
            b.taken.cmp(&a.taken).then_with(|| b.key.cmp(&a.key))
        });
        found
    }

    /// The agenda in a snapshot, checked like any stored data.
    pub fn load_snapshot(&self, key: &str) -> Result<Agenda, LoadError> {
        let raw = local_storage()
            .ok()
            .and_then(|s| s.get_item(key).ok().flatten())
            .unwrap_or_default();
        stored::load(&raw)
    }
}
