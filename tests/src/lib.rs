//! Harness for the end-to-end tests: serves the release build (`dist/`) on
//! 127.0.0.1 at a free port, starts `chromedriver` at another free port and a
//! headless Chromium with a fresh profile, and stops both by process id when
//! dropped. Nothing here is found or killed by name.

#![allow(clippy::missing_panics_doc)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The expression of [`STORED_FRAME`], for `concat!`.
macro_rules! stored_frame {
    () => {
        "((m) => { \
  const line = (m || '').split('\\n').find(l => l.startsWith('rahmen ')); \
  return line ? localStorage.getItem('digitale-agenda.teil.rahmen.' + line.slice(7)) || '' : ''; \
})(localStorage.getItem('digitale-agenda.teile'))"
    };
}

/// A JavaScript expression: the text of the stored frame part (Leitbild,
/// settings, every list's order), found through the manifest; `''` if none.
/// Cheap at any agenda size, unlike `storedAgenda()`.
pub const STORED_FRAME: &str = stored_frame!();

/// A script defining `storedFrame()` ([`STORED_FRAME`]) and `storedAgenda()`: the agenda as the app stores it (a
/// manifest of lines under `digitale-agenda.teile`, one key per part, see
/// `agenda_core::formats::parts`) put together into one stored JSON text,
/// `{"schema_version": …, "agenda": {…}}`; the old single text if no
/// manifest is stored; `null` if nothing is or a part is missing.
pub const STORED_AGENDA: &str = concat!(
    "function storedFrame() { return ",
    stored_frame!(),
    "; } \
function storedAgenda() { \
  const m = localStorage.getItem('digitale-agenda.teile'); \
  if (m === null) return localStorage.getItem('digitale-agenda'); \
  const [head, ...lines] = m.split('\\n'); \
  const agenda = {}, versions = {}, history = {}; \
  for (const l of ['guidelines', 'fields', 'departments', 'perspectives', 'workshop', \
    'ideas', 'projects', 'competences', 'assessments', 'surveys']) agenda[l] = []; \
  for (const [id, suffix] of lines.map(l => l.split(' '))) { \
    const text = localStorage.getItem('digitale-agenda.teil.' + id + '.' + suffix); \
    if (text === null) return null; \
    const [content, v, h] = text.split('\\n'); \
    Object.assign(versions, JSON.parse(v)); \
    Object.assign(history, JSON.parse(h)); \
    if (id === 'rahmen') Object.assign(agenda, JSON.parse(content)); \
    else if (content !== 'null') agenda[id.split('/')[0]].push(JSON.parse(content)); \
  } \
  agenda.versions = versions; agenda.history = history; \
  return JSON.stringify({ schema_version: Number(head.split(' ')[1]), agenda }); \
}"
);

pub mod office;
pub mod serve;

pub use fantoccini::{Client, Locator, elements::Element, error::CmdError, key::Key};
use fantoccini::{ClientBuilder, wd::Capabilities};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

/// The Enter key, to send to focused controls.
pub fn enter() -> String {
    fantoccini::key::Key::Enter.to_string()
}

/// The views of the workspace in navigation order: their `#nav-…` ids and
/// address keys.
pub const VIEWS: [&str; 14] = [
    "leitplanken",
    "handlungsfelder",
    "fachbereiche",
    "workshop",
    "priorisierung",
    "ergebnis",
    "projekte",
    "kompetenzen",
    "fortschritt",
    "board",
    "roadmap",
    "haushalt",
    "dokument",
    "dateien",
];

/// The class of the live sync's status line in Dateien
/// (`sync-status connected`, `… offline`, `… failed`, `… off`).
pub const SYNC_STATUS: &str =
    "return (document.getElementById('sync-status') || {}).className || '';";

/// Errors of the harness: all fatal for the test at hand.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// A port nobody listens on right now.
fn free_port() -> Result<u16, Error> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The release build to test: `$AGENDA_DIST` or `<workspace>/dist`.
pub fn dist_dir() -> PathBuf {
    std::env::var_os("AGENDA_DIST").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../dist"),
        PathBuf::from,
    )
}

/// A static file server for `dist/` on 127.0.0.1, as docs/deployment.md
/// asks a town's web server to be: the CSP of `index.html` and the other
/// security headers as real headers, the right MIME types, no caching of
/// `index.html` and `sw.js`. It can serve the app under a sub-path.
pub struct StaticServer {
    _server: serve::Server,
    couch: Arc<AtomicU16>,
    proxied: Arc<Proxied>,
    missed: Arc<Mutex<Vec<String>>>,
    wasm_gate: Arc<Gate>,
    /// e.g. `http://127.0.0.1:41234`
    pub url: String,
}

/// Holds requests back while closed (the WebAssembly on a slow line).
#[derive(Default)]
struct Gate {
    closed: Mutex<bool>,
    opened: std::sync::Condvar,
}

impl Gate {
    fn set_closed(&self, closed: bool) {
        if let Ok(mut state) = self.closed.lock() {
            *state = closed;
        }
        self.opened.notify_all();
    }

    /// Returns once the gate is open.
    fn pass(&self) {
        let Ok(mut closed) = self.closed.lock() else {
            return;
        };
        while *closed {
            match self.opened.wait(closed) {
                Ok(state) => closed = state,
                Err(_) => return,
            }
        }
    }
}

/// The Content-Security-Policy of the `<meta>` tag in `index.html` text.
pub fn csp_of(index_html: &str) -> Option<String> {
    let at = index_html.find("http-equiv=\"Content-Security-Policy\"")?;
    let rest = index_html.get(at..)?;
    let start = rest.find("content=\"")? + "content=\"".len();
    let value = rest.get(start..)?;
    Some(value.get(..value.find('"')?)?.to_owned())
}

impl StaticServer {
    /// Serves `root` at `/` until dropped.
    pub fn start(root: PathBuf) -> Result<Self, Error> {
        Self::start_at(root, "/")
    }

    /// Serves `root` under `prefix` (`/` or e.g. `/agenda/`) until dropped;
    /// requests outside it get 404 and are recorded ([`Self::missed`]).
    pub fn start_at(root: PathBuf, prefix: &str) -> Result<Self, Error> {
        let index = std::fs::read_to_string(root.join("index.html")).map_err(|_| {
            format!(
                "{} has no index.html: build the app first (trunk build --release --offline)",
                root.display()
            )
        })?;
        let csp = csp_of(&index).ok_or("index.html has no Content-Security-Policy")?;
        let missed = Arc::new(Mutex::new(Vec::new()));
        let couch = Arc::new(AtomicU16::new(0));
        let proxied = Arc::new(Proxied::default());
        let wasm_gate = Arc::new(Gate::default());
        let site = Site {
            wasm_gate: Arc::clone(&wasm_gate),
            proxied: Arc::clone(&proxied),
            root,
            prefix: prefix.to_owned(),
            csp,
            missed: Arc::clone(&missed),
            couch: Arc::clone(&couch),
        };
        // AGENDA_E2E_LOG=1 prints each request, its status and time.
        let log = std::env::var_os("AGENDA_E2E_LOG").is_some();
        let server = serve::Server::start(Arc::new(move |request: serve::Request| {
            let (target, started) = (request.target.clone(), Instant::now());
            let response = site.respond(request);
            if log {
                eprintln!(
                    "[server] {target} {} {:?}",
                    response.status,
                    started.elapsed()
                );
            }
            response
        }))?;
        let port = server.port();
        Ok(Self {
            _server: server,
            couch,
            proxied,
            missed,
            wasm_gate,
            url: format!("http://127.0.0.1:{port}"),
        })
    }

    /// Holds every answer for the WebAssembly back until
    /// [`Self::release_wasm`]: what a first visit on a slow line shows.
    pub fn hold_wasm(&self) {
        self.wasm_gate.set_closed(true);
    }

    /// Sends the WebAssembly held back by [`Self::hold_wasm`].
    pub fn release_wasm(&self) {
        self.wasm_gate.set_closed(false);
    }

    /// The paths asked for that the server did not have.
    pub fn missed(&self) -> Vec<String> {
        self.missed.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Passes `/couchdb/…` on to a CouchDB on 127.0.0.1:`port`, as the
    /// nginx example in docs/deployment.md does: the app reaches its
    /// database on its own origin, so the CSP stays `connect-src 'self'`.
    pub fn proxy_couchdb(&self, port: u16) {
        self.couch.store(port, Ordering::SeqCst);
    }

    /// Bytes of request and answer bodies passed to and from CouchDB so
    /// far, and the number of requests.
    pub fn proxied(&self) -> (u64, u64, u64) {
        (
            self.proxied.up.load(Ordering::SeqCst),
            self.proxied.down.load(Ordering::SeqCst),
            self.proxied.requests.load(Ordering::SeqCst),
        )
    }
}

/// What went through the `/couchdb/` proxy.
#[derive(Default)]
struct Proxied {
    up: std::sync::atomic::AtomicU64,
    down: std::sync::atomic::AtomicU64,
    requests: std::sync::atomic::AtomicU64,
}

/// What one server serves and how.
struct Site {
    root: PathBuf,
    prefix: String,
    csp: String,
    missed: Arc<Mutex<Vec<String>>>,
    /// Port of the CouchDB behind `/couchdb/`; 0: none.
    couch: Arc<AtomicU16>,
    proxied: Arc<Proxied>,
    wasm_gate: Arc<Gate>,
}

impl Site {
    fn respond(&self, request: serve::Request) -> serve::Response {
        let path = request
            .target
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_owned();
        if path.ends_with(".wasm") {
            self.wasm_gate.pass();
        }
        let port = self.couch.load(Ordering::SeqCst);
        if port != 0 && path.starts_with("/couchdb/") {
            return proxy(request, port, &self.proxied);
        }
        let file = path
            .strip_prefix(&self.prefix)
            .filter(|relative| !relative.split('/').any(|part| part == ".."))
            .map(|relative| {
                if relative.is_empty() {
                    self.root.join("index.html")
                } else {
                    self.root.join(relative)
                }
            });
        let Some(body) = file.as_ref().and_then(|f| std::fs::read(f).ok()) else {
            if let Ok(mut missed) = self.missed.lock() {
                missed.push(path);
            }
            return serve::Response::empty(404);
        };
        let name = file
            .as_ref()
            .and_then(|f| f.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let mime = match name.rsplit('.').next() {
            Some("html") => "text/html; charset=utf-8",
            Some("js") => "text/javascript",
            Some("wasm") => "application/wasm",
            Some("css") => "text/css",
            Some("webmanifest") => "application/manifest+json",
            Some("svg") => "image/svg+xml",
            Some("png") => "image/png",
            _ => "application/octet-stream",
        };
        let cache = if matches!(name, "index.html" | "sw.js" | "manifest.webmanifest") {
            "no-cache"
        } else {
            "public, max-age=31536000, immutable"
        };
        let headers = [
            ("Content-Type", mime),
            ("Cache-Control", cache),
            ("Content-Security-Policy", self.csp.as_str()),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
        ];
        serve::Response {
            status: 200,
            headers: headers
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
            body,
        }
    }
}

/// Passes a request on to 127.0.0.1:`port` without `/couchdb`; 502 when
/// nothing answers there (the server is stopped).
fn proxy(request: serve::Request, port: u16, count: &Proxied) -> serve::Response {
    let target = request
        .target
        .strip_prefix("/couchdb")
        .unwrap_or("/")
        .to_owned();
    let body = request.body;
    let headers: Vec<(String, String)> = request
        .headers
        .into_iter()
        .filter(|(name, _)| {
            ["cookie", "content-type", "accept"]
                .iter()
                .any(|wanted| name.eq_ignore_ascii_case(wanted))
        })
        .collect();
    let Ok(answer) = http_exchange(port, &request.method, &target, &headers, &body) else {
        return serve::Response::empty(502);
    };
    count.requests.fetch_add(1, Ordering::SeqCst);
    count.up.fetch_add(body.len() as u64, Ordering::SeqCst);
    count
        .down
        .fetch_add(answer.body.len() as u64, Ordering::SeqCst);
    serve::Response {
        status: answer.status,
        headers: answer
            .headers
            .into_iter()
            .filter(|(name, _)| {
                ["content-type", "set-cookie"].contains(&name.to_ascii_lowercase().as_str())
            })
            .collect(),
        body: answer.body,
    }
}

/// An HTTP answer read in full.
pub struct HttpAnswer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpAnswer {
    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 request to 127.0.0.1:`port` (connection closed after it),
/// the answer read in full, chunked transfer decoded.
pub fn http_exchange(
    port: u16,
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<HttpAnswer, Error> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("answer without header end")?;
    let head = String::from_utf8_lossy(raw.get(..split).unwrap_or_default()).into_owned();
    let rest = raw.get(split + 4..).unwrap_or_default();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .ok_or("answer without status")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let chunked = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Ok(HttpAnswer {
        status,
        headers,
        body,
    })
}

/// The body of a chunked transfer.
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(rest.get(..end).unwrap_or_default()).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(rest.get(start..start + size).unwrap_or_default());
        rest = rest.get(start + size + 2..).unwrap_or_default();
    }
    out
}

/// A CouchDB-compatible server (pouchdb-server from npm, installed by
/// `scripts/setup.sh --test` into `.tools/couchdb`) on 127.0.0.1 at a free
/// port, its data on disk in a temporary directory, so it can be stopped
/// and started again with everything kept. Stopped by process id.
pub struct CouchServer {
    child: Option<Child>,
    /// The port it listens on.
    pub port: u16,
    dir: tempfile::TempDir,
}

/// The admin of the test server (the password never leaves the tests).
pub const COUCH_ADMIN: (&str, &str) = ("admin", "e2e-admin-geheim");

impl CouchServer {
    /// Starts an empty server and makes [`COUCH_ADMIN`] its admin.
    pub fn start() -> Result<Self, Error> {
        let mut server = Self {
            child: None,
            port: free_port()?,
            dir: tempfile::tempdir()?,
        };
        server.run()?;
        let (name, password) = COUCH_ADMIN;
        let answer = http_exchange(
            server.port,
            "PUT",
            &format!("/_config/admins/{name}"),
            &[("Content-Type".into(), "application/json".into())],
            format!("\"{password}\"").as_bytes(),
        )?;
        if answer.status != 200 {
            return Err(format!("could not make an admin: {}", answer.text()).into());
        }
        // A fixed cookie secret, kept with the data (as COUCHDB_SECRET in
        // docs/deploy/couchdb/docker-compose.yml): sessions survive a restart.
        let secret = server.admin(
            "PUT",
            "/_config/couch_httpd_auth/secret",
            "\"e2e-cookie-secret-0123456789abcdef\"",
        )?;
        if secret.status != 200 {
            return Err(format!("could not set the cookie secret: {}", secret.text()).into());
        }
        Ok(server)
    }

    fn run(&mut self) -> Result<(), Error> {
        let binary = std::env::var_os("POUCHDB_SERVER").map_or_else(
            || {
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../.tools/couchdb/node_modules/.bin/pouchdb-server")
            },
            PathBuf::from,
        );
        let child = Command::new(&binary)
            .args(["--host", "127.0.0.1", "--port", &self.port.to_string()])
            .arg("--dir")
            .arg(self.dir.path())
            .current_dir(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                format!(
                    "{} does not start ({e}): run scripts/setup.sh --test",
                    binary.display()
                )
            })?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if http_exchange(self.port, "GET", "/", &[], b"").is_ok_and(|a| a.status == 200) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err("pouchdb-server did not answer within 30 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stops the server (by process id); its data stays on disk.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the stopped server again on the same port with its data.
    pub fn restart(&mut self) -> Result<(), Error> {
        self.stop();
        self.run()
    }

    /// Sets up database `db` with `users` (name, password, roles as lines
    /// of the users file: `spitze`, `navigator`, `fachbereich; <name or
    /// Kennung>`) as its members by running `scripts/couchdb-setup.sh`, as
    /// a town's IT would.
    pub fn set_up(&self, db: &str, users: &[(&str, &str, &[&str])]) -> Result<String, Error> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/couchdb-setup.sh");
        let file = tempfile::NamedTempFile::new()?;
        let mut lines = String::from("# Name; Rolle; Fachbereich\n");
        for (name, _, roles) in users {
            for role in *roles {
                lines.push_str(&format!("{name}; {role}\n"));
            }
        }
        std::fs::write(file.path(), lines)?;
        let mut command = Command::new("sh");
        command
            .arg(script)
            .arg(db)
            .arg(file.path())
            .env("COUCHDB_URL", format!("http://127.0.0.1:{}", self.port))
            .env("COUCHDB_ADMIN", COUCH_ADMIN.0)
            .env("COUCHDB_ADMIN_PASSWORD", COUCH_ADMIN.1);
        for (name, password, _) in users {
            let variable: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            command.env(format!("AGENDA_PASSWORD_{variable}"), password);
        }
        let output = command.output()?;
        let printed = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() {
            return Err(format!(
                "couchdb-setup.sh failed: {printed}{}",
                String::from_utf8_lossy(&output.stderr)
            )
            .into());
        }
        Ok(printed)
    }

    /// A request as the admin (Basic auth); for tests that look into the
    /// database.
    pub fn admin(&self, method: &str, target: &str, body: &str) -> Result<HttpAnswer, Error> {
        use base64::Engine;
        let (name, password) = COUCH_ADMIN;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"));
        http_exchange(
            self.port,
            method,
            target,
            &[
                ("Authorization".into(), format!("Basic {token}")),
                ("Content-Type".into(), "application/json".into()),
            ],
            body.as_bytes(),
        )
    }
}

impl Drop for CouchServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `chromedriver` on a free port, stopped by its process id.
pub struct Driver {
    child: Child,
    /// e.g. `http://127.0.0.1:9515`
    pub url: String,
    profile: tempfile::TempDir,
}

impl Driver {
    /// Starts chromedriver (`$CHROMEDRIVER` or `chromedriver` on PATH).
    pub fn start() -> Result<Self, Error> {
        let port = free_port()?;
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let driver = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
            profile: tempfile::tempdir()?,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("chromedriver did not start within 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }

    /// Opens a headless Chromium with this driver's fresh, empty profile.
    pub async fn browser(&self) -> Result<Client, Error> {
        self.browser_loading("normal").await
    }

    /// [`Self::browser`] with a WebDriver page load strategy: `normal`
    /// (commands wait for the load event) or `none` (they do not).
    async fn browser_loading(&self, strategy: &str) -> Result<Client, Error> {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut caps = Capabilities::new();
        caps.insert("pageLoadStrategy".into(), json!(strategy));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-default-apps",
                    "--window-size=1280,900", "--lang=de-DE",
                    format!("--user-data-dir={}", self.profile.path().display()),
                ],
            }),
        );
        Ok(ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await?)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Collects `securitypolicyviolation` events in `window.__csp`.
const CSP_WATCHER: &str = "if (!window.__csp) { window.__csp = []; \
     window.__cspSince = performance.now(); \
     document.addEventListener('securitypolicyviolation', \
       e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); }";

/// `<base>/session/<id>/<path>`: where chromedriver takes its own commands.
fn session_endpoint(
    base_url: &url::Url,
    session_id: Option<&str>,
    path: &str,
) -> Result<url::Url, url::ParseError> {
    base_url.join(&format!(
        "session/{}/{path}",
        session_id.unwrap_or_default()
    ))
}

/// A Chrome DevTools Protocol command through chromedriver's CDP bridge
/// (fantoccini has no method for these), e.g.
/// `Page.addScriptToEvaluateOnNewDocument`: the script runs in every new
/// document of the window before the page's own scripts (and is not subject
/// to the page's CSP).
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        session_endpoint(base_url, session_id, "goog/cdp/execute")
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// chromedriver's network conditions: `offline` takes the network away
/// from the browser (service worker included).
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
}

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        session_endpoint(base_url, session_id, "chromium/network_conditions")
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "network_conditions": {
            "offline": self.offline, "latency": 0,
            "download_throughput": 1_000_000_000, "upload_throughput": 1_000_000_000,
        }});
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Everything one test needs: the served app, a driver and a browser.
pub struct Session {
    pub client: Client,
    pub app_url: String,
    server: Option<StaticServer>,
    _driver: Driver,
}

impl Session {
    /// Serves `dist/`, opens the app in a fresh browser and waits for it.
    pub async fn start() -> Result<Self, Error> {
        Self::serving(dist_dir()).await
    }

    /// Serves `root` (a copy of `dist/` with more files, for the benchmark),
    /// opens the app in a fresh browser and waits for it.
    pub async fn serving(root: PathBuf) -> Result<Self, Error> {
        Self::serving_at(root, "/").await
    }

    /// Serves `root` under the path `prefix` (e.g. `/agenda/`, as a town
    /// puts the app on its website), opens the app there and waits for it.
    pub async fn serving_at(root: PathBuf, prefix: &str) -> Result<Self, Error> {
        let server = StaticServer::start_at(root, prefix)?;
        let session = Self::open(server, prefix, "", "normal").await?;
        session.wait_for("main#main").await?;
        session.watch_csp().await?;
        Ok(session)
    }

    /// Serves `dist/` with the WebAssembly held back
    /// ([`Self::release_wasm`]), runs `before` (JavaScript) at the start of
    /// every page, opens the app and returns without waiting for it: what
    /// a slow line shows before the wasm has arrived.
    pub async fn opening_without_wasm(before: &str) -> Result<Self, Error> {
        let server = StaticServer::start(dist_dir())?;
        server.hold_wasm();
        // The load event waits for the held wasm (it is preloaded).
        Self::open(server, "/", before, "none").await
    }

    /// Serves `root` (e.g. a copy of `dist/` with a file missing), opens
    /// the app and returns without waiting for it.
    pub async fn opening_without_waiting(root: PathBuf) -> Result<Self, Error> {
        Self::open(StaticServer::start(root)?, "/", "", "none").await
    }

    /// Sends the WebAssembly held back by [`Self::opening_without_wasm`].
    pub fn release_wasm(&self) {
        if let Some(server) = &self.server {
            server.release_wasm();
        }
    }

    /// A browser opened at `server`'s app under `prefix`, with `before`
    /// and the CSP watcher run at the start of every page, and this page
    /// load strategy ([`Driver::browser_loading`]).
    async fn open(
        server: StaticServer,
        prefix: &str,
        before: &str,
        strategy: &str,
    ) -> Result<Self, Error> {
        let driver = Driver::start()?;
        let client = driver.browser_loading(strategy).await?;
        // Record CSP violations from the first script of every page on, so
        // one during loading is not missed.
        client
            .issue_cmd(Cdp {
                cmd: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": format!("{CSP_WATCHER} {before}") }),
            })
            .await?;
        let app_url = format!("{}{prefix}", server.url);
        client.goto(&app_url).await?;
        Ok(Self {
            client,
            app_url,
            server: Some(server),
            _driver: driver,
        })
    }

    /// Passes `/couchdb/…` on to the CouchDB on 127.0.0.1:`port`.
    pub fn proxy_couchdb(&self, port: u16) {
        if let Some(server) = &self.server {
            server.proxy_couchdb(port);
        }
    }

    /// Bytes up, bytes down and requests through the `/couchdb/` proxy.
    pub fn proxied(&self) -> (u64, u64, u64) {
        self.server
            .as_ref()
            .map_or((0, 0, 0), StaticServer::proxied)
    }

    /// Connects the live sync in Dateien as the Digital-Navigator, waits
    /// until the first exchange is done (up to `limit`), and goes back to
    /// the Verwaltungsspitze, whose Leitbild the sync tests edit.
    pub async fn connect_sync(
        &self,
        url: &str,
        user: (&str, &str),
        limit: Duration,
    ) -> Result<(), Error> {
        self.go("dateien").await?;
        self.type_into("#sync-url", url).await?;
        self.type_into("#sync-user", user.0).await?;
        self.type_into("#sync-password", user.1).await?;
        self.press("#sync-connect").await?;
        self.wait_until_within(SYNC_STATUS, json!("sync-status connected"), limit)
            .await
    }

    /// Stops the web server: from now on nothing answers at its address.
    pub fn stop_server(&mut self) {
        self.server = None;
    }

    /// The paths the server was asked for and did not have.
    pub fn missed(&self) -> Vec<String> {
        self.server
            .as_ref()
            .map(StaticServer::missed)
            .unwrap_or_default()
    }

    /// Takes the network away from the browser (or gives it back).
    pub async fn set_offline(&self, offline: bool) -> Result<(), Error> {
        self.client.issue_cmd(NetworkConditions { offline }).await?;
        Ok(())
    }

    /// Lays the page out `width` CSS pixels wide, as a narrow phone or a
    /// zoomed desktop window does (WCAG 1.4.10 reflow: 320 px is a
    /// 1,280 px window at 400 %, 640 px the same window at 200 %).
    pub async fn set_width(&self, width: u32) -> Result<(), Error> {
        self.client
            .issue_cmd(Cdp {
                cmd: "Emulation.setDeviceMetricsOverride",
                params: json!({ "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": false }),
            })
            .await?;
        Ok(())
    }

    /// The page printed as Chromium's "save as PDF" does, on A4 (or the
    /// page size its CSS asks for), without background graphics.
    pub async fn print_pdf(&self) -> Result<Vec<u8>, Error> {
        use base64::Engine as _;
        let printed = self
            .client
            .issue_cmd(Cdp {
                cmd: "Page.printToPDF",
                params: json!({ "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": true }),
            })
            .await?;
        let data = printed["data"]
            .as_str()
            .ok_or("no PDF in Chromium's answer")?;
        Ok(base64::engine::general_purpose::STANDARD.decode(data)?)
    }

    /// Shows the page in forced-colours mode (Windows high contrast), as
    /// Chromium's rendering emulation does, or normally again.
    pub async fn set_forced_colors(&self, active: bool) -> Result<(), Error> {
        let value = if active { "active" } else { "none" };
        self.client
            .issue_cmd(Cdp {
                cmd: "Emulation.setEmulatedMedia",
                params: json!({ "features": [{ "name": "forced-colors", "value": value }] }),
            })
            .await?;
        Ok(())
    }

    /// Records Content-Security-Policy violations of the current page in
    /// `window.__csp`; [`Session::close`] fails if there are any. Pages of
    /// the first window have it from their first script on (see
    /// [`Session::serving`]); this adds it where that did not reach (a
    /// window opened later).
    pub async fn watch_csp(&self) -> Result<(), Error> {
        self.eval(&format!("{CSP_WATCHER} return 0;")).await?;
        Ok(())
    }

    /// The CSP violations recorded on the current page.
    pub async fn csp_violations(&self) -> Result<Vec<String>, Error> {
        let found = self.eval("return window.__csp || [];").await?;
        Ok(serde_json::from_value(found)?)
    }

    /// Waits up to 10 s for an element.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element, Error> {
        Ok(self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await?)
    }

    /// Waits up to 10 s until `script` returns `expected`. A script that
    /// throws (e.g. an element not rendered yet) is tried again.
    pub async fn wait_until(&self, script: &str, expected: Value) -> Result<(), Error> {
        self.wait_until_within(script, expected, Duration::from_secs(10))
            .await
    }

    /// [`Self::wait_until`] with another limit (for what waits on a
    /// server's retry, e.g. the live sync after the network came back).
    pub async fn wait_until_within(
        &self,
        script: &str,
        expected: Value,
        limit: Duration,
    ) -> Result<(), Error> {
        let deadline = Instant::now() + limit;
        loop {
            let with_helpers = format!("{STORED_AGENDA} {script}");
            let got = match self.client.execute(&with_helpers, vec![]).await {
                Ok(got) => got,
                Err(CmdError::Standard(e))
                    if e.error == fantoccini::error::ErrorStatus::JavascriptError =>
                {
                    json!(format!("(the script threw: {})", e.message))
                }
                Err(e) => return Err(e.into()),
            };
            if got == expected {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("`{script}` gave {got}, expected {expected}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until what the app does after a painted frame (saving) has
    /// run: two frames and the tasks queued after them.
    pub async fn settle(&self) -> Result<(), Error> {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => setTimeout(() => \
                   requestAnimationFrame(() => setTimeout(done, 0)), 0));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// The agenda as stored now, after pending saves (`None` if nothing is),
    /// as one JSON text (see [`STORED_AGENDA`]).
    ///
    /// The parts are read in the page and put together here by the app's
    /// own code (`agenda_core::formats::parts::load`), so the text is
    /// exactly what the app writes as one file.
    pub async fn stored(&self) -> Result<Option<String>, Error> {
        self.settle().await?;
        let raw = self
            .eval(
                "const m = localStorage.getItem('digitale-agenda.teile'); \
                 if (m === null) return localStorage.getItem('digitale-agenda'); \
                 return [m, m.split('\\n').slice(1).map(l => l.split(' ')) \
                   .map(([id, s]) => localStorage.getItem('digitale-agenda.teil.' + id + '.' + s))];",
            )
            .await?;
        let Some([manifest, texts]) = raw
            .as_array()
            .and_then(|a| a.get(..2))
            .and_then(|a| Some([a.first()?, a.get(1)?]))
        else {
            return Ok(raw.as_str().map(str::to_owned));
        };
        let manifest =
            agenda_core::formats::parts::Manifest::read(manifest.as_str().unwrap_or(""))?;
        let texts: Option<Vec<String>> = texts
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| t.as_str().map(str::to_owned))
            .collect();
        let Some(texts) = texts else {
            return Ok(None);
        };
        let agenda = agenda_core::formats::parts::load(&manifest, &texts)?;
        Ok(Some(agenda_core::formats::stored::to_json(&agenda)?))
    }

    /// [`Self::stored`] as text, empty if nothing is stored.
    pub async fn stored_text(&self) -> Result<String, Error> {
        Ok(self.stored().await?.unwrap_or_default())
    }

    /// Waits up to 10 s until the stored agenda does (`true`) or does not
    /// (`false`) contain `text`.
    pub async fn wait_until_stored(&self, text: &str, contained: bool) -> Result<(), Error> {
        self.wait_until(
            &format!("return (storedAgenda() || '').includes({text:?});"),
            json!(contained),
        )
        .await
    }

    /// Runs a script and returns its value. The script may call
    /// `storedAgenda()` ([`STORED_AGENDA`]).
    pub async fn eval(&self, script: &str) -> Result<Value, Error> {
        let with_helpers = format!("{STORED_AGENDA} {script}");
        Ok(self.client.execute(&with_helpers, vec![]).await?)
    }

    /// Reloads the page and waits for the app.
    pub async fn reload(&self) -> Result<(), Error> {
        self.client.refresh().await?;
        self.wait_for("main#main").await?;
        self.watch_csp().await
    }

    /// Waits for an element and presses Enter on it (keyboard activation).
    pub async fn press(&self, css: &str) -> Result<(), Error> {
        self.wait_for(css).await?.send_keys(&enter()).await?;
        Ok(())
    }

    /// Waits for an element and clicks it (as a mouse user).
    pub async fn click(&self, css: &str) -> Result<(), Error> {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// The element that has the focus.
    pub async fn focused(&self) -> Result<Element, Error> {
        Ok(self.client.active_element().await?)
    }

    /// Presses `key` on whatever has the focus.
    pub async fn press_key(&self, key: Key) -> Result<(), Error> {
        self.focused().await?.send_keys(&key.to_string()).await?;
        Ok(())
    }

    /// Waits up to 10 s until the element with this id has the focus.
    pub async fn wait_for_focus(&self, id: &str) -> Result<(), Error> {
        self.wait_until("return document.activeElement.id;", json!(id))
            .await
    }

    /// Waits up to 10 s until exactly `count` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, count: usize) -> Result<(), Error> {
        self.wait_until(
            &format!("return document.querySelectorAll({css:?}).length;"),
            json!(count),
        )
        .await
    }

    /// The text content of the element with this id (an error if there is
    /// none).
    pub async fn text_content(&self, id: &str) -> Result<String, Error> {
        let text = self
            .client
            .execute(
                "return document.getElementById(arguments[0]).textContent;",
                vec![json!(id)],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    /// Waits for an element and returns its text as rendered.
    pub async fn text(&self, css: &str) -> Result<String, Error> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// Waits for a field and types `text` into it, after what it holds.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<(), Error> {
        self.wait_for(css).await?.send_keys(text).await?;
        Ok(())
    }

    /// Waits for a field, empties it and types `text` into it.
    pub async fn replace_text(&self, css: &str, text: &str) -> Result<(), Error> {
        let field = self.wait_for(css).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Waits for a field, types `text` into it and presses Enter there.
    pub async fn enter_text(&self, css: &str, text: &str) -> Result<(), Error> {
        let field = self.wait_for(css).await?;
        field.send_keys(text).await?;
        field.send_keys(&enter()).await?;
        Ok(())
    }

    /// Types `text` into the field with this id, presses Enter and waits
    /// until the field is empty again: the entry was taken.
    pub async fn submit_text(&self, id: &str, text: &str) -> Result<(), Error> {
        self.enter_text(&format!("#{id}"), text).await?;
        self.wait_until(
            &format!("return document.getElementById('{id}').value;"),
            json!(""),
        )
        .await
    }

    /// Adds a Leitplanke with this title in the open Leitplanken view (by
    /// the keyboard) and waits until the form is empty again.
    pub async fn add_guideline(&self, title: &str) -> Result<(), Error> {
        self.submit_text("new-guideline-title", title).await
    }

    /// Replaces the Leitbild's text and saves it (the Leitplanken view
    /// must be open).
    pub async fn write_vision(&self, text: &str) -> Result<(), Error> {
        self.replace_text("#vision-text", text).await?;
        self.press("#vision-save").await
    }

    /// Waits for a select and chooses the option with this label.
    pub async fn select_label(&self, css: &str, label: &str) -> Result<(), Error> {
        self.wait_for(css).await?.select_by_label(label).await?;
        Ok(())
    }

    /// Waits for a select and chooses the option with this value.
    pub async fn select_value(&self, css: &str, value: &str) -> Result<(), Error> {
        self.wait_for(css).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Chooses a role in the role switch (e.g. `Digital-Navigator`,
    /// `Fachbereich: Bauamt`).
    pub async fn choose_role(&self, label: &str) -> Result<(), Error> {
        self.select_label("#role", label).await
    }

    /// Opens a view through the navigation and waits until it is current.
    pub async fn go(&self, view: &str) -> Result<(), Error> {
        self.click(&format!("#nav-{view}")).await?;
        self.wait_for_view(view).await
    }

    /// Waits up to 10 s until the navigation marks `view` as the current
    /// page.
    pub async fn wait_for_view(&self, view: &str) -> Result<(), Error> {
        self.wait_until(
            &format!("return document.getElementById('nav-{view}').getAttribute('aria-current');"),
            json!("page"),
        )
        .await
    }

    /// Takes a preset (Handlungsfeld or Fachbereich) with the keyboard.
    pub async fn take_preset(&self, name: &str) -> Result<(), Error> {
        self.press(&format!(
            "button[aria-label='Vorschlag „{name}“ übernehmen']"
        ))
        .await
    }

    /// Opens `view` (Handlungsfelder or Fachbereiche) and takes its presets
    /// `names` in turn.
    pub async fn take_presets(&self, view: &str, names: &[&str]) -> Result<(), Error> {
        self.go(view).await?;
        for name in names {
            self.take_preset(name).await?;
        }
        Ok(())
    }

    /// Adds the preset department `name` in Fachbereiche and waits until a
    /// department is shown.
    pub async fn add_department(&self, name: &str) -> Result<(), Error> {
        self.take_presets("fachbereiche", &[name]).await?;
        self.wait_for("section.department").await?;
        Ok(())
    }

    /// Waits until the header names the municipality `name`.
    pub async fn wait_for_municipality(&self, name: &str) -> Result<(), Error> {
        self.wait_until(
            "return document.querySelector('.brand .municipality').textContent;",
            json!(name),
        )
        .await
    }

    /// Shows the council document in `variant` (`gesamt`, `bericht`,
    /// `steckbriefe`, `argumente`) and waits until it is shown.
    pub async fn show_document_variant(&self, variant: &str) -> Result<(), Error> {
        self.click(&format!("#doc-variant-{variant}")).await?;
        self.wait_until(
            &format!(
                "return document.getElementById('agenda-document').classList.contains('{variant}');"
            ),
            json!(true),
        )
        .await
    }

    /// Presses a share button in Dateien (`#share-all`, `#share-strategy`)
    /// and returns the share link once it is made.
    pub async fn share_link(&self, button: &str) -> Result<String, Error> {
        self.press(button).await?;
        let input = self.wait_for("#share-link").await?;
        self.wait_until(
            "return document.getElementById('share-link').value.includes('#teilen=');",
            json!(true),
        )
        .await?;
        Ok(input.prop("value").await?.unwrap_or_default())
    }

    /// Opens a share link's fragment on this session's server (each test
    /// browser has its own; the fragment is the whole shared agenda).
    pub async fn open_shared(&self, link: &str) -> Result<(), Error> {
        let fragment = link
            .find('#')
            .and_then(|i| link.get(i..))
            .unwrap_or_default();
        self.client
            .goto(&format!("{}{fragment}", self.app_url))
            .await?;
        // Only the fragment differs from the page already open: load it
        // anew, as a click on the link in a mail program would.
        self.reload().await
    }

    /// Chooses `file` in the file input `css` (as a user picking a file).
    pub async fn upload(&self, css: &str, file: &Path) -> Result<(), Error> {
        self.wait_for(css)
            .await?
            .send_keys(&file.display().to_string())
            .await?;
        Ok(())
    }

    /// From now on records every Blob the app offers for download.
    pub async fn capture_downloads(&self) -> Result<(), Error> {
        self.eval(
            "window.__downloads = []; const create = URL.createObjectURL; \
             URL.createObjectURL = b => { window.__downloads.push(b); return create(b); }; return 0;",
        )
        .await?;
        Ok(())
    }

    /// Waits until `count` downloads were offered and returns the text of
    /// download number `index` (from 0).
    pub async fn downloaded(&self, count: usize, index: usize) -> Result<String, Error> {
        self.wait_until("return window.__downloads.length;", json!(count))
            .await?;
        let text = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 window.__downloads[arguments[0]].text().then(done);",
                vec![json!(index)],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    /// Runs axe-core (installed by `scripts/setup.sh --test`) on the page as
    /// it is now, with the WCAG 2.0 and 2.1 rules of levels A and AA (what
    /// BITV 2.0 asks through EN 301 549), and returns every violation as
    /// `rule (impact): help – selectors of the elements`. Empty means none.
    pub async fn accessibility_violations(&self) -> Result<Vec<String>, Error> {
        let loaded = self.eval("return typeof window.axe;").await?;
        if loaded != json!("object") {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../.tools/node_modules/axe-core/axe.min.js");
            let source = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: {e} (run scripts/setup.sh --test)", path.display()))?;
            // Run through WebDriver, so the page's CSP does not apply.
            self.eval(&format!("{source}\nreturn 0;")).await?;
        }
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 axe.run(document, { runOnly: { type: 'tag', \
                   values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }) \
                 .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} – ` + \
                   v.nodes.map(n => n.target.join(' ')).join(', ')))) \
                 .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await?;
        Ok(serde_json::from_value(found)?)
    }

    /// Closes the browser; driver and server stop when dropped. Fails if the
    /// page reported a Content-Security-Policy violation.
    pub async fn close(self) -> Result<(), Error> {
        let violations = self.csp_violations().await?;
        self.client.clone().close().await?;
        if violations.is_empty() {
            Ok(())
        } else {
            Err(format!("Content-Security-Policy violations: {violations:?}").into())
        }
    }
}
