//! The agenda in parts in localStorage ([`agenda_core::formats::parts`]):
//! the manifest under `<key>.teile`, each part under
//! `<key>.teil.<id>.<suffix>`.
//!
//! - A save writes its parts under a new suffix, reads each back, then
//!   writes the manifest: until then the previous manifest and all its
//!   parts are untouched. If a write fails, what this save wrote is removed.
//! - Parts no manifest names any more are removed later
//!   ([`collect_garbage`]), never by the save itself, and only when older
//!   than [`GRACE_MS`]: another tab may still be reading the previous
//!   manifest or writing its own parts.
//! - What this tab last read or wrote is remembered ([`Memory`]), so a save
//!   compares the stored manifest with it (in JavaScript) and reads nothing
//!   else when no other tab saved in between.

use std::cell::RefCell;
use std::rc::Rc;

use agenda_core::formats::parts::{self, Manifest, Plan};
use agenda_core::formats::stored::json_text;
use agenda_core::{Agenda, LoadError};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

use super::{RawStorage, SaveError, raw_storage, save_error};
use crate::platform::browser;

/// What the old key holds once the agenda lives in parts: an app that
/// stores the whole agenda under one key reads it as a newer version and
/// never writes over it.
pub const MOVED: &str = r#"{"schema_version":9,"in_teilen":true}"#;

/// Garbage younger than this may belong to a save still under way in
/// another tab (or to a manifest it still reads): it is left.
pub const GRACE_MS: f64 = 60_000.0;

/// The key of the manifest.
pub fn manifest_key(key: &str) -> String {
    format!("{key}.teile")
}

fn part_prefix(key: &str) -> String {
    format!("{key}.teil.")
}

fn part_key(key: &str, id: &str, suffix: &str) -> String {
    format!("{key}.teil.{id}.{suffix}")
}

/// The agenda as one manifest describes it.
#[derive(Clone)]
pub struct Saved {
    /// The manifest's text as the browser holds it.
    pub text: js_sys::JsString,
    pub manifest: Manifest,
    pub agenda: Rc<Agenda>,
}

/// What this tab knows of one store.
#[derive(Clone, Default)]
pub struct Memory {
    /// The manifest last read or written, and its agenda.
    pub saved: Option<Saved>,
    /// The whole-agenda text under the old key that was read in at load
    /// (replaced by [`MOVED`] once its content is stored in parts).
    pub old: Option<String>,
}

thread_local! {
    static MEMORY: RefCell<Vec<(String, Memory)>> = const { RefCell::new(Vec::new()) };
    static LAST_SUFFIX_MS: RefCell<f64> = const { RefCell::new(0.0) };
    static NONCE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// What this tab knows of the store under `key`.
pub fn memory(key: &str) -> Memory {
    MEMORY.with_borrow(|m| {
        m.iter()
            .find(|(k, _)| k == key)
            .map(|(_, mem)| mem.clone())
            .unwrap_or_default()
    })
}

/// Changes what this tab knows of the store under `key`.
pub fn remember(key: &str, change: impl FnOnce(&mut Memory)) {
    MEMORY.with_borrow_mut(|m| {
        if let Some((_, mem)) = m.iter_mut().find(|(k, _)| k == key) {
            change(mem);
        } else {
            let mut mem = Memory::default();
            change(&mut mem);
            m.push((key.to_owned(), mem));
        }
    });
}

/// A key suffix no save of this or another tab used: the time in
/// milliseconds (base 36, strictly increasing in this tab) and two random
/// characters of this tab.
pub fn new_suffix() -> String {
    let now = browser::now_epoch_ms().floor();
    let ms = LAST_SUFFIX_MS.with_borrow_mut(|last| {
        *last = if now > *last { now } else { *last + 1.0 };
        *last
    });
    let nonce = NONCE.with_borrow_mut(|nonce| {
        if nonce.is_empty() {
            let [a, b, ..] = browser::random_bytes();
            nonce.push(base36_digit(a));
            nonce.push(base36_digit(b));
        }
        nonce.clone()
    });
    // Milliseconds since 1970 stay below 2^53: exact in an f64 and a u64.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut n = ms as u64;
    let mut digits = Vec::new();
    while n > 0 {
        #[allow(clippy::cast_possible_truncation)]
        digits.push(base36_digit((n % 36) as u8));
        n /= 36;
    }
    digits.iter().rev().collect::<String>() + &nonce
}

fn base36_digit(byte: u8) -> char {
    char::from_digit(u32::from(byte % 36), 36).unwrap_or('0')
}

/// The time a suffix was made, in milliseconds since 1970.
fn suffix_ms(suffix: &str) -> Option<f64> {
    let digits = suffix.get(..suffix.len().checked_sub(2)?)?;
    let n = u64::from_str_radix(digits, 36).ok()?;
    #[allow(clippy::cast_precision_loss)]
    Some(n as f64)
}

/// Why the parts could not be read: `raw` is everything stored under the
/// store's keys, as a JSON object of key and text.
pub struct Unreadable {
    pub raw: String,
    pub error: LoadError,
}

/// Reads the agenda from its parts; `None` when no manifest is stored.
/// A part missing because another tab saved meanwhile is read again.
pub fn read(storage: &web_sys::Storage, key: &str) -> Result<Option<Saved>, Unreadable> {
    let raw = raw_storage(storage);
    let manifest_key = manifest_key(key);
    let mut last_error = LoadError::Shape("parts".into());
    for _ in 0..3 {
        let Some(text) = raw
            .get_item(&manifest_key)
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
        else {
            return Ok(None);
        };
        let manifest = Manifest::read(&String::from(&text)).map_err(|error| Unreadable {
            raw: everything(storage, key),
            error,
        })?;
        let texts: Option<Vec<String>> = manifest
            .parts()
            .iter()
            .map(|(id, suffix)| storage.get_item(&part_key(key, id, suffix)).ok().flatten())
            .collect();
        let still = raw.get_item(&manifest_key).ok() == Some(JsValue::from(text.clone()));
        let Some(texts) = texts else {
            last_error = LoadError::Shape("a part is missing".into());
            if still {
                break;
            }
            continue;
        };
        if !still {
            continue;
        }
        return match parts::load(&manifest, &texts) {
            Ok(agenda) => Ok(Some(Saved {
                text,
                manifest,
                agenda: Rc::new(agenda),
            })),
            Err(error) => Err(Unreadable {
                raw: everything(storage, key),
                error,
            }),
        };
    }
    Err(Unreadable {
        raw: everything(storage, key),
        error: last_error,
    })
}

/// Every key of the store (the old key, the manifest, the parts) and its
/// text, as one JSON object: what the recovery screen offers to download.
fn everything(storage: &web_sys::Storage, key: &str) -> String {
    let mut map = serde_json::Map::new();
    let manifest = manifest_key(key);
    let prefix = part_prefix(key);
    for name in keys(storage) {
        let ours = name == key || name == manifest || name.starts_with(&prefix);
        if ours && let Ok(Some(text)) = storage.get_item(&name) {
            map.insert(name, Value::String(text));
        }
    }
    json_text(&Value::Object(map))
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Writes `plan`: each part under `suffix`, read back, then the manifest,
/// read back. On failure removes what it wrote; the previous manifest and
/// its parts are untouched. Returns the manifest's text.
pub fn write(
    storage: &web_sys::Storage,
    key: &str,
    plan: &Plan,
    suffix: &str,
) -> Result<js_sys::JsString, SaveError> {
    let raw = raw_storage(storage);
    let mut written = Vec::new();
    let result = write_all(raw, key, plan, suffix, &mut written);
    if result.is_err() {
        for part in &written {
            let _ = storage.remove_item(part);
        }
    }
    result
}

fn write_all(
    raw: &RawStorage,
    key: &str,
    plan: &Plan,
    suffix: &str,
    written: &mut Vec<String>,
) -> Result<js_sys::JsString, SaveError> {
    for (id, text) in &plan.writes {
        let part = part_key(key, id, suffix);
        let value = js_sys::JsString::from(text.as_str());
        put(raw, &part, &value, written)?;
    }
    let text = js_sys::JsString::from(plan.manifest.to_text().as_str());
    raw.set_item(&manifest_key(key), &text)
        .map_err(save_error)?;
    match raw.get_item(&manifest_key(key)) {
        Ok(back) if back == JsValue::from(text.clone()) => Ok(text),
        _ => Err(SaveError::NotVerified),
    }
}

fn put(
    raw: &RawStorage,
    part: &str,
    value: &js_sys::JsString,
    written: &mut Vec<String>,
) -> Result<(), SaveError> {
    raw.set_item(part, value).map_err(save_error)?;
    written.push(part.to_owned());
    match raw.get_item(part) {
        Ok(back) if back == JsValue::from(value.clone()) => Ok(()),
        _ => Err(SaveError::NotVerified),
    }
}

/// Removes parts no manifest names that were written more than
/// [`GRACE_MS`] before `now_ms`. Does nothing while the manifest cannot be
/// read. Returns how many.
pub fn collect_garbage(storage: &web_sys::Storage, key: &str, now_ms: f64) -> usize {
    let Some(text) = storage.get_item(&manifest_key(key)).ok().flatten() else {
        return 0;
    };
    let Ok(manifest) = Manifest::read(&text) else {
        return 0;
    };
    let mut named = std::collections::BTreeSet::new();
    for (id, suffix) in manifest.parts() {
        named.insert(part_key(key, id, suffix));
    }
    let prefix = part_prefix(key);
    let before = now_ms - GRACE_MS;
    let mut removed = 0;
    for name in keys(storage) {
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let old = rest
            .rsplit_once('.')
            .and_then(|(_, suffix)| suffix_ms(suffix))
            .is_none_or(|ms| ms < before);
        if old && !named.contains(&name) && storage.remove_item(&name).is_ok() {
            removed += 1;
        }
    }
    removed
}
