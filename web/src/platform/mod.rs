//! The adapters to the browser: the only place that calls browser APIs
//! (`web_sys::window`, `js_sys`, closures handed to JavaScript, futures of
//! promises). Pages, widgets and hooks call these functions and never the
//! browser themselves (Architecture invariant, checked by `tests/tidy.rs`).
//!
//! - [`storage`]: localStorage (the agenda as a JavaScript string, prefs,
//!   snapshots, backups, quota).
//! - [`browser`]: ids, clock, downloads, files, focus, print, frames, page
//!   events, performance marks.
//! - [`history`]: the address fragment and the session history.
//! - [`share`]: share links (compression in the browser).
//! - [`couch`]: the CouchDB HTTP API over `fetch`.
//! - [`service_worker`]: the worker that keeps the app offline, and its
//!   updates.
//! - [`tasks`]: futures, timers and cancelling a request.
//! - [`word_file`]: the council document rewritten for word processors.

pub mod browser;
pub mod couch;
pub mod history;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod tasks;
pub mod word_file;
