//! The workspace's behaviour, one concern per hook, each readable and
//! testable on its own: saving ([`autosave`]), taking in what other tabs
//! saved ([`tab_sync`]), the undo/redo keys ([`history_keys`]) and
//! snapshots before risky steps ([`snapshots`]), long lists in steps
//! ([`progressive`]), the app offline and its updates ([`app_update`]),
//! the projects a filter finds ([`found_projects`]), unsaved form content
//! kept as a draft ([`draft`]), the optional live sync with a CouchDB
//! database ([`live_sync`]).

pub mod app_update;
pub mod autosave;
pub mod draft;
pub mod found_projects;
pub mod history_keys;
pub mod live_sync;
pub mod place;
pub mod progressive;
pub mod role;
pub mod snapshots;
pub mod tab_sync;
