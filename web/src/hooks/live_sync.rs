//! The live sync with a CouchDB database, when the navigator connected one
//! in "Dateien" (off otherwise: then no request leaves the page).
//!
//! One loop per connection: fetch the server's changes (waiting for them
//! by long polling when there is nothing to send), merge them into the
//! agenda (`agenda_core::replication::sync`), write this browser's changed documents,
//! remember where it is. A local change calls off the waiting, so it is
//! sent at once. localStorage stays the working copy: offline, the loop
//! waits and retries, and sends what piled up when the server answers.

use std::cell::RefCell;
use std::rc::Rc;

use crate::platform::tasks;
use agenda_core::replication::sync::SyncMemo;
use agenda_core::rights::Actor;
use agenda_core::rights::couch::{actors, role_name};
use agenda_core::{Agenda, Author};
use yew::prelude::*;

use crate::platform::couch::{Database, Failure, Written};
use crate::platform::storage::{self, SnapshotReason, Store};
use crate::shared::Shared;
use crate::state::{AppAction, AppState, Source, given_author};
use crate::{platform::browser, text};

/// What the connection is doing, for the status line in "Dateien".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncStatus {
    /// Not connected (the default).
    Off,
    /// Logging in, first exchange.
    Connecting,
    /// In step with the server; the time of the last exchange (a long
    /// poll that ran out without news does not count).
    Connected {
        /// `HH:MM:SS`.
        at: String,
    },
    /// The server cannot be reached; changes wait here.
    Offline {
        /// What the browser said.
        detail: String,
    },
    /// The session ran out or the login was refused.
    LoginNeeded,
    /// Something else went wrong, in German.
    Failed(String),
}

/// The sync as the Files view sees it.
#[derive(Clone, PartialEq)]
pub struct LiveSync {
    /// What it is doing.
    pub status: SyncStatus,
    /// The database address, when one is configured.
    pub url: Option<String>,
    /// The CouchDB user name last used.
    pub user: String,
    /// The login's roles in the database, once known.
    pub roles: Option<Vec<Actor>>,
    /// Documents refused from the server (id and reason), newest round.
    pub refused: Vec<String>,
    /// Connects: database address, user name, password (used once).
    pub connect: Callback<(String, String, String)>,
    /// Disconnects and forgets the address (the agenda stays).
    pub disconnect: Callback<()>,
}

/// What is kept in localStorage beside the agenda: no password.
#[derive(Clone, Debug, PartialEq)]
struct Settings {
    url: String,
    user: String,
    /// The login's roles in this database, as last read from the server
    /// (kept, so that they hold offline too).
    roles: Vec<Actor>,
    memo: SyncMemo,
}

fn settings_key(store: &Store) -> String {
    format!("{}.abgleich", store.key())
}

/// Stored as lines: `url <address>`, `user <name>`, `roles <CouchDB
/// roles>` (missing before the rights), then the memo's lines.
fn load_settings(key: &str) -> Option<Settings> {
    let text = storage::load_pref(key)?;
    let mut parts = text.splitn(3, '\n');
    let url = parts.next()?.strip_prefix("url ")?.to_owned();
    let user = parts.next()?.strip_prefix("user ")?.to_owned();
    let mut rest = parts.next()?;
    let mut roles = Vec::new();
    if let Some((line, memo)) = rest
        .split_once('\n')
        .filter(|(line, _)| line.starts_with("roles "))
    {
        let names: Vec<&str> = line.split(' ').skip(1).collect();
        let db = Database { url: url.clone() };
        roles = actors(db.name(), &names);
        rest = memo;
    }
    let memo = SyncMemo::from_text(rest)?;
    Some(Settings {
        url,
        user,
        roles,
        memo,
    })
}

fn save_settings(key: &str, settings: &Settings) {
    let user = settings.user.replace('\n', " ");
    let db = Database {
        url: settings.url.clone(),
    };
    let roles: Vec<String> = settings
        .roles
        .iter()
        .map(|a| role_name(db.name(), *a))
        .collect();
    let text = format!(
        "url {}\nuser {user}\nroles {}\n{}",
        settings.url,
        roles.join(" "),
        settings.memo.to_text()
    );
    storage::save_pref(key, &text);
}

/// Shared between the component and the running loop.
struct Shell {
    /// The agenda as the workspace shows it (kept current every render).
    latest: Shared<Agenda>,
    /// Calls off the long poll when something local is to be sent.
    wake: Option<tasks::Cancel>,
    /// Ends the pause before a retry (the network came back).
    nudge: Option<tasks::Wake>,
    /// Increased on every connect and disconnect: a loop of an older
    /// generation ends.
    generation: u32,
}

type Handle = Rc<RefCell<Shell>>;

/// Runs the live sync of the workspace's agenda.
#[hook]
pub fn use_live_sync(state: &UseReducerHandle<AppState>, store: &Store) -> LiveSync {
    let key = settings_key(store);
    let status = use_state_eq(|| SyncStatus::Off);
    let refused = use_state_eq(Vec::<String>::new);
    let configured = use_state_eq(|| load_settings(&key).map(|s| (s.url, s.user)));
    let shell: Handle = use_mut_ref(|| Shell {
        latest: state.agenda.clone(),
        wake: None,
        nudge: None,
        generation: 0,
    });
    shell.borrow_mut().latest = state.agenda.clone();
    {
        // Every change wakes a waiting loop, so it is sent at once.
        let shell = shell.clone();
        use_effect_with(state.revision, move |_| {
            if let Some(wake) = shell.borrow_mut().wake.take() {
                wake.cancel();
            }
        });
    }
    {
        // The network comes or goes: try at once instead of after the
        // pause, and stop waiting on a long poll that may never answer.
        let shell = shell.clone();
        use_effect_with((), move |()| {
            let listeners = browser::on_window_events(["online", "offline"], move || {
                let mut s = shell.borrow_mut();
                if let Some(wake) = s.wake.take() {
                    wake.cancel();
                }
                if let Some(nudge) = s.nudge.take() {
                    nudge.wake();
                }
            });
            move || drop(listeners)
        });
    }
    let start = {
        let (shell, status, refused, state, key, store) = (
            shell.clone(),
            status.clone(),
            refused.clone(),
            state.clone(),
            key.clone(),
            store.clone(),
        );
        Rc::new(move |settings: Settings| {
            // From now on the app offers what these roles may change, and
            // records the login as the author of every change.
            state.dispatch(AppAction::SetRights(Some(settings.roles.clone())));
            if !settings.user.is_empty() {
                state.dispatch(AppAction::SetAuthor(Author::login(&settings.user)));
            }
            let generation = {
                let mut s = shell.borrow_mut();
                s.generation += 1;
                s.generation
            };
            let context = Loop {
                db: Database {
                    url: settings.url.clone(),
                },
                key: key.clone(),
                store: store.clone(),
                settings,
                generation,
                shell: shell.clone(),
                status: status.clone(),
                refused: refused.clone(),
                state: state.clone(),
            };
            tasks::spawn(context.run());
        })
    };
    {
        // A configured connection resumes when the app opens.
        let (start, key) = (start.clone(), key.clone());
        use_effect_with((), move |()| {
            if let Some(settings) = load_settings(&key) {
                start(settings);
            }
        });
    }
    {
        // The loop ends with the workspace.
        let shell = shell.clone();
        use_effect_with((), move |()| move || stop(&shell));
    }
    let connect = {
        let (status, configured, key, start) = (
            status.clone(),
            configured.clone(),
            key.clone(),
            start.clone(),
        );
        Callback::from(move |(url, user, password): (String, String, String)| {
            let Some(url) = crate::platform::couch::checked_url(&url) else {
                status.set(SyncStatus::Failed(text::SYNC_BAD_URL.into()));
                return;
            };
            status.set(SyncStatus::Connecting);
            let (status, configured, key, start) = (
                status.clone(),
                configured.clone(),
                key.clone(),
                start.clone(),
            );
            tasks::spawn(async move {
                let db = Database { url: url.clone() };
                if !user.is_empty()
                    && let Err(failure) = db.log_in(&user, &password).await
                {
                    status.set(failed(&failure));
                    return;
                }
                if let Err(failure) = db.check().await {
                    status.set(failed(&failure));
                    return;
                }
                let roles = match db.roles().await {
                    Ok(roles) => roles,
                    Err(failure) => {
                        status.set(failed(&failure));
                        return;
                    }
                };
                // The same database again keeps its memo (where it was).
                let memo = load_settings(&key)
                    .filter(|s| s.url == url)
                    .map_or_else(SyncMemo::new, |s| s.memo);
                let settings = Settings {
                    url: url.clone(),
                    user: user.clone(),
                    roles,
                    memo,
                };
                save_settings(&key, &settings);
                configured.set(Some((url, user)));
                start(settings);
            });
        })
    };
    let disconnect = {
        let (shell, status, configured, key, state) = (
            shell.clone(),
            status.clone(),
            configured.clone(),
            key.clone(),
            state.clone(),
        );
        Callback::from(move |()| {
            stop(&shell);
            state.dispatch(AppAction::SetRights(None));
            state.dispatch(AppAction::SetAuthor(given_author()));
            if let Some((url, _)) = (*configured).clone() {
                tasks::spawn(async move {
                    Database { url }.log_out().await;
                });
            }
            storage::remove_pref(&key);
            configured.set(None);
            status.set(SyncStatus::Off);
        })
    };
    let (url, user) = (*configured).clone().unzip();
    LiveSync {
        status: (*status).clone(),
        url,
        user: user.unwrap_or_default(),
        roles: state.rights.clone(),
        refused: (*refused).clone(),
        connect,
        disconnect,
    }
}

/// Ends the running loop (at its next step; a waiting long poll is called
/// off).
fn stop(shell: &Handle) {
    let mut s = shell.borrow_mut();
    s.generation += 1;
    if let Some(wake) = s.wake.take() {
        wake.cancel();
    }
}

/// The status a failure leads to.
fn failed(failure: &Failure) -> SyncStatus {
    match failure {
        Failure::Offline(detail) => SyncStatus::Offline {
            detail: detail.clone(),
        },
        Failure::Unauthorized | Failure::Forbidden => SyncStatus::LoginNeeded,
        Failure::NoDatabase => SyncStatus::Failed(text::SYNC_NO_DATABASE.into()),
        Failure::Server(status, reason) => {
            SyncStatus::Failed(text::sync_server_error(*status, reason))
        }
        Failure::BadAnswer(status) => {
            SyncStatus::Failed(text::sync_server_error(*status, text::SYNC_BAD_ANSWER))
        }
        Failure::Aborted => SyncStatus::Connecting,
    }
}

/// The first wait after a failed request, in ms; it doubles up to
/// [`MAX_PAUSE`] while the server stays away.
const FIRST_PAUSE: i32 = 1_000;
const MAX_PAUSE: i32 = 8_000;

/// Largest number of documents per `_bulk_docs` request.
const WRITE_BATCH: usize = 200;

/// One connection's loop and what it works with.
struct Loop {
    db: Database,
    key: String,
    /// Where snapshots go.
    store: Store,
    settings: Settings,
    generation: u32,
    shell: Handle,
    status: UseStateHandle<SyncStatus>,
    refused: UseStateHandle<Vec<String>>,
    state: UseReducerHandle<AppState>,
}

impl Loop {
    fn alive(&self) -> bool {
        self.shell.borrow().generation == self.generation
    }

    async fn run(mut self) {
        // The roles may have changed since the last visit (the town's IT
        // ran the setup again); offline, the stored ones hold.
        if let Ok(roles) = self.db.roles().await
            && roles != self.settings.roles
            && self.alive()
        {
            self.settings.roles = roles.clone();
            save_settings(&self.key, &self.settings);
            self.state.dispatch(AppAction::SetRights(Some(roles)));
        }
        // The agenda as last sent; `None`: compare every document once.
        let mut before: Option<Shared<Agenda>> = None;
        let mut wait = false;
        let mut pause = FIRST_PAUSE;
        // Whether the status line says "verbunden" (the state handle in
        // this loop would show the value it had when the loop began).
        let mut connected = false;
        while self.alive() {
            let latest = self.shell.borrow().latest.clone();
            let dirty = before.as_ref() != Some(&latest);
            let controller = (wait && !dirty).then(tasks::Cancel::new).flatten();
            self.shell.borrow_mut().wake = controller.clone();
            let signal = controller.as_ref().map(tasks::Cancel::signal);
            let memo = &self.settings.memo;
            let changes = self
                .db
                .changes(&memo.since, signal.is_some(), signal.as_ref())
                .await;
            self.shell.borrow_mut().wake = None;
            if !self.alive() {
                return;
            }
            let mut deletions = Vec::new();
            let (mut more, mut exchanged) = (false, false);
            let mut failure = None;
            match changes {
                Ok((received, since)) => {
                    more = received.len() >= 500;
                    exchanged = !received.is_empty() || since != self.settings.memo.since;
                    let current = self.shell.borrow().latest.clone();
                    let reception = self.settings.memo.receive(&current, &received);
                    if let Some(outcome) = reception.outcome {
                        // Sent from the merged agenda at once, not from the
                        // one before it (that would write older content).
                        let merged = Shared::new(outcome.agenda.clone());
                        self.shell.borrow_mut().latest = merged;
                        self.state.dispatch(AppAction::Incoming {
                            agenda: Box::new(outcome.agenda),
                            conflicts: outcome.conflicts,
                            source: Source::Server,
                        });
                    }
                    if !reception.refused.is_empty() {
                        self.refused.set(
                            reception
                                .refused
                                .iter()
                                .map(|r| text::sync_refused(&r.id, &r.error))
                                .collect(),
                        );
                    }
                    deletions = reception.deletions;
                    self.settings.memo.since = since;
                }
                Err(Failure::Aborted) => {}
                // Nothing is written after a failed read; the failure is
                // handled below with a failed write.
                Err(f) => failure = Some(f),
            }
            if failure.is_none() {
                let current = self.shell.borrow().latest.clone();
                let writes = self.settings.memo.outgoing(&current, before.as_deref());
                before = Some(current.clone());
                exchanged |= !writes.is_empty() || !deletions.is_empty();
                let mut refused = Vec::new();
                let author = self.settings.user.clone();
                let author = Some(author.as_str()).filter(|u| !u.is_empty());
                // The merged documents first; the losing revisions they
                // joined are deleted only where the merge was taken, so
                // a refused merge leaves both revisions on the server.
                let mut phases = [writes, Vec::new()];
                for phase in 0..2 {
                    if phase == 1 {
                        phases[1] = std::mem::take(&mut deletions)
                            .into_iter()
                            .filter(|d| refused.iter().all(|(id, _)| *id != d.id))
                            .collect();
                    }
                    for batch in phases[phase].chunks(WRITE_BATCH) {
                        match self.db.write(batch, author).await {
                            Ok(results) => {
                                for (write, result) in batch.iter().zip(results) {
                                    match result {
                                        Written::As(rev) => self.settings.memo.written(write, &rev),
                                        Written::Refused(reason) if !write.is_deletion() => {
                                            refused.push((write.id.clone(), reason));
                                        }
                                        Written::Refused(_) | Written::Later => {}
                                    }
                                }
                            }
                            Err(f) => {
                                failure = Some(f);
                                break;
                            }
                        }
                    }
                    if failure.is_some() {
                        break;
                    }
                }
                if failure.is_none() && !refused.is_empty() {
                    match self.take_back(&current, &refused).await {
                        Ok(back) => before = Some(back),
                        Err(f) => failure = Some(f),
                    }
                }
            }
            if !self.alive() {
                return;
            }
            // A long poll that ran out without news changes nothing: no
            // write to storage, no new render.
            if exchanged {
                save_settings(&self.key, &self.settings);
            }
            if let Some(failure) = failure {
                connected = false;
                if !self.settle(&failure, pause).await {
                    return;
                }
                pause = (pause * 2).min(MAX_PAUSE);
                wait = false;
                continue;
            }
            pause = FIRST_PAUSE;
            if exchanged || !connected {
                self.status.set(SyncStatus::Connected {
                    at: browser::time_of_day_seconds(),
                });
                connected = true;
            }
            wait = !more;
        }
    }

    /// Takes back in `current` the changes the server refused (documents
    /// and the server's reasons): each part becomes what the server has,
    /// after a snapshot of `current`, so nothing is lost. The agenda then
    /// shown.
    async fn take_back(
        &mut self,
        current: &Shared<Agenda>,
        refused: &[(String, String)],
    ) -> Result<Shared<Agenda>, Failure> {
        let mut agenda = (**current).clone();
        for (id, _) in refused {
            let server = self.db.document(id).await?;
            if let Ok(back) = self.settings.memo.take_back(&agenda, id, server.as_deref()) {
                agenda = back;
            }
        }
        if let Ok(json) = agenda_core::formats::stored::to_json(current) {
            let _ = self.store.take_snapshot(
                &json,
                SnapshotReason::Refused,
                &browser::precise_timestamp(),
            );
        }
        let reasons: Vec<String> = refused.iter().map(|(_, r)| r.clone()).collect();
        let back = Shared::new(agenda.clone());
        self.shell.borrow_mut().latest = back.clone();
        self.state.dispatch(AppAction::TakenBack {
            from: current.clone(),
            agenda: Box::new(agenda),
            message: text::taken_back(&reasons),
        });
        Ok(back)
    }

    /// Shows a failure; waits `pause` ms before the next try when it may
    /// pass. `false`: the loop ends (a new login is needed).
    async fn settle(&self, failure: &Failure, pause: i32) -> bool {
        let status = failed(failure);
        let retry = !matches!(status, SyncStatus::LoginNeeded);
        self.status.set(status);
        if retry {
            self.pause(pause).await;
        }
        retry && self.alive()
    }

    /// Waits `ms` milliseconds, or until the network comes back.
    async fn pause(&self, ms: i32) {
        let shell = self.shell.clone();
        tasks::pause(ms, move |wake| shell.borrow_mut().nudge = Some(wake)).await;
        self.shell.borrow_mut().nudge = None;
    }
}
