//! The storage adapter: the agenda in `localStorage`, in the core's stored
//! format. It never overwrites data it cannot read: saving over an unreadable
//! or newer-version document is refused, and moving such data aside is an
//! explicit user step ([`Store::back_up_raw`]) that removes the original only
//! after a verified copy exists under its own key.

use agenda_core::{Agenda, LoadError, MergeError, MergeOutcome, formats::stored, merge};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// Stored text as the browser holds it (a JavaScript string): compared
/// and written without a copy into wasm.
pub type StoredText = js_sys::JsString;

/// The key the app keeps its agenda under.
pub const AGENDA_KEY: &str = "digitale-agenda";

/// What was found in storage at start-up.
// Exists once, at start-up: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first start.
    Empty,
    /// A readable agenda.
    Ready(Agenda),
    /// Data that could not be read; `raw` is exactly what is stored.
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

/// A successful [`Store::save_merging`].
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// Exactly what is stored now, as the browser's string (never copied
    /// into wasm memory just to be compared).
    pub text: js_sys::JsString,
    /// Set when another tab's save was merged in before writing.
    pub merged: Option<MergeOutcome>,
}

#[wasm_bindgen]
extern "C" {
    /// `localStorage` with `getItem` returning the browser's string itself,
    /// so a comparison with what this tab wrote happens in JavaScript
    /// without copying megabytes into wasm memory.
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

/// One agenda document under one localStorage key.
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

    /// The localStorage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads the stored agenda.
    pub fn load(&self) -> Loaded {
        let Ok(storage) = local_storage() else {
            return Loaded::Unavailable;
        };
        match storage.get_item(&self.key) {
            Ok(None) => Loaded::Empty,
            Ok(Some(raw)) => match stored::load(&raw) {
                Ok(agenda) => Loaded::Ready(agenda),
                Err(error) => Loaded::Unreadable { raw, error },
            },
            Err(_) => Loaded::Unavailable,
        }
    }

    /// Writes the agenda over readable stored data (no merge), unless what
    /// is stored now cannot be read by this version (then nothing is written
    /// and [`SaveError::Blocked`] returned). The write is read back.
    pub fn save(&self, agenda: &Agenda) -> Result<(), SaveError> {
        if let Some(raw) = self.raw() {
            stored::load(&raw).map_err(|_| SaveError::Blocked)?;
        }
        self.save_merging(agenda, self.stored_text().as_ref())
            .map(|_| ())
    }

    /// The stored text, exactly as it is.
    pub fn raw(&self) -> Option<String> {
        local_storage().ok()?.get_item(&self.key).ok().flatten()
    }

    /// The stored text as the browser's string, if any.
    pub fn stored_text(&self) -> Option<js_sys::JsString> {
        let storage = local_storage().ok()?;
        raw_storage(&storage)
            .get_item(&self.key)
            .ok()?
            .dyn_into()
            .ok()
    }

    /// Saves `agenda` without losing what another tab saved: if the stored
    /// text is not `known` (what this tab last read or wrote), it is read,
    /// checked and merged in first; if it is `known`, it was checked when
    /// it was written and is not read again. The write is read back and
    /// compared. Never writes over data this version cannot read.
    pub fn save_merging(
        &self,
        agenda: &Agenda,
        known: Option<&js_sys::JsString>,
    ) -> Result<Written, SaveError> {
        let storage = local_storage()?;
        let mut merged = None;
        let raw = raw_storage(&storage);
        let current = raw.get_item(&self.key).map_err(save_error)?;
        let unchanged = known.is_some_and(|k| JsValue::from(k.clone()) == current);
        if let Some(current) = current.as_string().filter(|_| !unchanged) {
            let theirs = stored::load(&current).map_err(|_| SaveError::Blocked)?;
            merged = Some(merge(agenda, &theirs).map_err(SaveError::Merge)?);
        }
        let to_write = merged.as_ref().map_or(agenda, |m| &m.agenda);
        let json = stored::to_json(to_write).map_err(|_| SaveError::Encode)?;
        let text = js_sys::JsString::from(json.as_str());
        raw.set_item(&self.key, &text).map_err(save_error)?;
        match raw.get_item(&self.key) {
            Ok(back) if back == JsValue::from(text.clone()) => Ok(Written { text, merged }),
            _ => Err(SaveError::NotVerified),
        }
    }

    /// Copies the raw stored data to a new key beside it, reads the copy
    /// back, and only then clears the main key. Returns the backup key.
    pub fn back_up_raw(&self, raw: &str, stamp: &str) -> Result<String, SaveError> {
        let storage = local_storage()?;
        let backup_key = format!("{}.sicherung.{stamp}", self.key);
        storage.set_item(&backup_key, raw).map_err(save_error)?;
        match storage.get_item(&backup_key) {
            Ok(Some(copy)) if copy == raw => {}
            _ => return Err(SaveError::NotVerified),
        }
        storage.remove_item(&self.key).map_err(save_error)?;
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
