//! The HTTP side of the live sync: a few CouchDB requests over `fetch`
//! (`_session`, `_changes`, a document's revision, `_bulk_docs`). What to
//! send and what to do with the answers is decided in
//! `agenda_core::replication::sync`; this module only moves text.
//!
//! Requests carry the session cookie (`credentials: include`); the password
//! is sent once to `_session` and never stored.

use agenda_core::formats::stored::json_text;
use agenda_core::replication::sync::{Received, Write};
use agenda_core::rights::Actor;
use agenda_core::rights::couch::actors;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a request did not give an answer to work with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No connection (offline, server down, or refused by the browser).
    Offline(String),
    /// Not logged in, or the session ran out (401).
    Unauthorized,
    /// The login was refused (403 or 401 on `_session`).
    Forbidden,
    /// The database does not exist (404).
    NoDatabase,
    /// Any other answer: status and CouchDB's reason.
    Server(u16, String),
    /// An answer that is not what CouchDB sends (status).
    BadAnswer(u16),
    /// The request was called off (a local change wants to be sent).
    Aborted,
}

/// What became of one document written with `_bulk_docs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    /// Taken, as this revision.
    As(String),
    /// Refused by the validation function (the login lacks the role),
    /// with its reason.
    Refused(String),
    /// Not now (a conflict): the next round sorts it out.
    Later,
}

/// A CouchDB database: its address and the server's (for `_session`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Database {
    /// e.g. `/couchdb/agenda-musterstadt` or `https://couch.example.de/agenda`.
    pub url: String,
}

/// The address a user typed, checked: a path on this origin (behind the
/// town's reverse proxy) or an `https:` address. Plain `http:` is allowed
/// only for this computer (tests, a local trial).
pub fn checked_url(input: &str) -> Option<String> {
    let url = input.trim().trim_end_matches('/');
    let local = ["http://127.0.0.1:", "http://localhost:"];
    let allowed = (url.starts_with('/') && !url.starts_with("//"))
        || url.starts_with("https://")
        || local.iter().any(|l| url.starts_with(l));
    let name = url.rsplit('/').next().unwrap_or_default();
    let valid_name = name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_$()+-".contains(&b));
    (allowed && valid_name && !url.contains(['?', '#', ' '])).then(|| url.to_owned())
}

impl Database {
    /// The server's root (the database address without its name).
    fn server(&self) -> &str {
        self.url.rsplit_once('/').map_or("", |(server, _)| server)
    }

    /// Logs in: CouchDB answers with a session cookie the browser keeps
    /// (HttpOnly, not readable by the page).
    pub async fn log_in(&self, name: &str, password: &str) -> Result<(), Failure> {
        let body = format!(
            "{{\"name\":{},\"password\":{}}}",
            json_text(&Value::from(name)),
            json_text(&Value::from(password))
        );
        let url = format!("{}/_session", self.server());
        match send("POST", &url, Some(&body), None).await {
            Ok(_) => Ok(()),
            Err(Failure::Unauthorized) => Err(Failure::Forbidden),
            Err(other) => Err(other),
        }
    }

    /// The roles the logged-in person holds in this database (from
    /// `GET _session`); empty when the server names none.
    pub async fn roles(&self) -> Result<Vec<Actor>, Failure> {
        let url = format!("{}/_session", self.server());
        let text = send("GET", &url, None, None).await?;
        let answer: Value = serde_json::from_str(&text).map_err(|_| bad_answer(200))?;
        let roles: Vec<&str> = answer
            .pointer("/userCtx/roles")
            .and_then(Value::as_array)
            .map(|roles| roles.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        Ok(actors(self.name(), &roles))
    }

    /// The database's name (the address's last part).
    pub fn name(&self) -> &str {
        self.url.rsplit('/').next().unwrap_or_default()
    }

    /// Ends the session (the cookie is dropped).
    pub async fn log_out(&self) {
        let url = format!("{}/_session", self.server());
        let _ = send("DELETE", &url, None, None).await;
    }

    /// Checks that the database is there and readable.
    pub async fn check(&self) -> Result<(), Failure> {
        send("GET", &self.url, None, None).await.map(|_| ())
    }

    /// The changes since `since` with their documents (winner and
    /// conflicting leaves), and the new `since`. With `wait`, the server
    /// holds the request until something changes (long polling) or 25 s
    /// pass; `abort` calls it off.
    pub async fn changes(
        &self,
        since: &str,
        wait: bool,
        abort: Option<&web_sys::AbortSignal>,
    ) -> Result<(Vec<Received>, String), Failure> {
        let feed = if wait {
            "&feed=longpoll&timeout=25000"
        } else {
            ""
        };
        let url = format!(
            "{}/_changes?style=all_docs&include_docs=true&conflicts=true&limit=500&since={}{feed}",
            self.url,
            js_sys::encode_uri_component(since)
        );
        let text = send("GET", &url, None, abort).await?;
        // Read as a `Value` (its reader is in the bundle anyway) rather than
        // through structs of its own.
        let feed: Value = serde_json::from_str(&text).map_err(|_| bad_answer(200))?;
        let results = feed
            .get("results")
            .and_then(Value::as_array)
            .ok_or_else(|| bad_answer(200))?;
        let mut received = Vec::new();
        for change in results {
            let (Some(id), Some(doc)) =
                (change.get("id").and_then(Value::as_str), change.get("doc"))
            else {
                continue;
            };
            let conflicts: Vec<String> = doc
                .get("_conflicts")
                .and_then(Value::as_array)
                .map(|revs| {
                    revs.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let mut leaves = vec![json_text(doc)];
            for rev in conflicts {
                leaves.push(self.revision(id, &rev).await?);
            }
            received.push(Received {
                id: id.to_owned(),
                leaves,
            });
        }
        let since = feed.get("last_seq").map(seq_text).unwrap_or_default();
        Ok((received, since))
    }

    /// One revision of a document, as text.
    async fn revision(&self, id: &str, rev: &str) -> Result<String, Failure> {
        let url = format!(
            "{}/{}?rev={}",
            self.url,
            js_sys::encode_uri_component(id),
            js_sys::encode_uri_component(rev)
        );
        send("GET", &url, None, None).await
    }

    /// The JSON of a document's winning revision; `None` if the database
    /// has no such document (or it was deleted).
    pub async fn document(&self, id: &str) -> Result<Option<String>, Failure> {
        let url = format!("{}/{}", self.url, js_sys::encode_uri_component(id));
        match send("GET", &url, None, None).await {
            Ok(text) => Ok(Some(text)),
            Err(Failure::NoDatabase) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// Writes documents in one request, naming `author` (the login) as
    /// their writer; for each, what became of it.
    pub async fn write(
        &self,
        writes: &[Write],
        author: Option<&str>,
    ) -> Result<Vec<Written>, Failure> {
        let docs: Vec<String> = writes.iter().map(|w| w.signed_json(author)).collect();
        let body = format!("{{\"docs\":[{}]}}", docs.join(","));
        let url = format!("{}/_bulk_docs", self.url);
        let text = send("POST", &url, Some(&body), None).await?;
        let results: Value = serde_json::from_str(&text).map_err(|_| bad_answer(201))?;
        let results = results.as_array().ok_or_else(|| bad_answer(201))?;
        let field = |r: &Value, name: &str| r.get(name).and_then(Value::as_str).map(str::to_owned);
        Ok(writes
            .iter()
            .map(|w| {
                let result = results
                    .iter()
                    .find(|r| field(r, "id").as_deref() == Some(&w.id));
                match result {
                    Some(r) if r.get("error").is_none() => {
                        field(r, "rev").map_or(Written::Later, Written::As)
                    }
                    Some(r) if field(r, "error").as_deref() == Some("forbidden") => {
                        Written::Refused(field(r, "reason").unwrap_or_default())
                    }
                    _ => Written::Later,
                }
            })
            .collect())
    }
}

fn bad_answer(status: u16) -> Failure {
    Failure::BadAnswer(status)
}

/// A sequence as the `since` parameter: CouchDB 2+ sends strings,
/// PouchDB numbers.
fn seq_text(seq: &Value) -> String {
    match seq {
        Value::String(s) => s.clone(),
        other => json_text(other),
    }
}

/// One request; the answer's text for 2xx.
async fn send(
    method: &str,
    url: &str,
    body: Option<&str>,
    abort: Option<&web_sys::AbortSignal>,
) -> Result<String, Failure> {
    let offline = |e: JsValue| Failure::Offline(crate::platform::browser::error_detail(&e));
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::Include);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(offline)?;
    headers.set("Accept", "application/json").map_err(offline)?;
    if let Some(body) = body {
        headers
            .set("Content-Type", "application/json")
            .map_err(offline)?;
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    if let Some(signal) = abort {
        init.set_signal(Some(signal));
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(offline)?;
    let window = web_sys::window().ok_or_else(|| Failure::Offline(String::new()))?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|e| {
            if abort.is_some_and(web_sys::AbortSignal::aborted) {
                Failure::Aborted
            } else {
                offline(e)
            }
        })?;
    let response: web_sys::Response = response.dyn_into().map_err(offline)?;
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    match response.status() {
        200..=299 => Ok(text),
        401 => Err(Failure::Unauthorized),
        403 => Err(Failure::Forbidden),
        404 => Err(Failure::NoDatabase),
        // A proxy that cannot reach CouchDB: the server is away.
        502..=504 => Err(Failure::Offline(response.status().to_string())),
        status => {
            let reason = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|v| v.get("reason").and_then(Value::as_str).map(str::to_owned))
                .unwrap_or_default();
            Err(Failure::Server(status, reason))
        }
    }
}
