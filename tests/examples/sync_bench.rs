//! `make bench`, live sync: two headless Chromium profiles on one
//! CouchDB-compatible server (pouchdb-server, through the app server's
//! `/couchdb/` proxy as in docs/deployment.md), for the demo and for an
//! agenda of 500 projects. Measures the documents and bytes of the first
//! upload and download, and the time and bytes from an edit in one browser
//! until the other has stored it. Writes `docs/sync-measured.md`; numbers
//! are written down, never asserted.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use agenda_core::content::sample;
use agenda_core::formats::stored;
use agenda_core::replication::sync::SyncMemo;
use agenda_e2e::{CouchServer, Error, Session};
use serde_json::json;

const SIZES: [(usize, &str); 2] = [(0, "Demo (3 Projekte)"), (497, "500 Projekte")];
const EDITS: usize = 7;
const PATIENCE: Duration = Duration::from_secs(180);
const USER: (&str, &str) = ("messung", "messung-pw");

const EDIT_VISION: &str = "const t = document.getElementById('vision-text'); \
    t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true })); \
    document.getElementById('vision-save').click(); return 0;";

#[derive(Default)]
struct Row {
    label: &'static str,
    documents: usize,
    document_bytes: usize,
    stored_units: usize,
    upload_ms: f64,
    upload_up: u64,
    upload_requests: u64,
    download_ms: f64,
    download_down: u64,
    download_requests: u64,
    edit_ms: Vec<f64>,
    edit_bytes: Vec<u64>,
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

fn traffic(sessions: &[&Session]) -> u64 {
    sessions
        .iter()
        .map(|s| {
            let (up, down, _) = s.proxied();
            up + down
        })
        .sum()
}

async fn measure(couch: &CouchServer, extra: usize, label: &'static str) -> Result<Row, Error> {
    let agenda = sample::demo_with(extra)?;
    let json = stored::to_json(&agenda)?;
    let writes = SyncMemo::new().outgoing(&agenda, None);
    let mut row = Row {
        label,
        documents: writes.len(),
        document_bytes: writes.iter().map(|w| w.len()).sum(),
        stored_units: json.encode_utf16().count(),
        ..Row::default()
    };
    let db = format!("messung-{extra}");
    couch.set_up(&db, &[(USER.0, USER.1, &["spitze", "navigator"])])?;
    let url = format!("/couchdb/{db}");

    let a = Session::start().await?;
    a.client
        .execute(
            "localStorage.clear(); localStorage.setItem('digitale-agenda', arguments[0]); return 0;",
            vec![json!(json)],
        )
        .await?;
    a.reload().await?;
    a.wait_for("#vision-save").await?;
    a.proxy_couchdb(couch.port);
    let started = Instant::now();
    a.connect_sync(&url, USER, PATIENCE).await?;
    row.upload_ms = started.elapsed().as_secs_f64() * 1000.0;
    (row.upload_up, _, row.upload_requests) = a.proxied();

    let b = Session::start().await?;
    b.press("#start-empty").await?;
    b.proxy_couchdb(couch.port);
    let last = agenda
        .projects()
        .last()
        .map(|p| p.title().to_owned())
        .unwrap_or_default();
    let started = Instant::now();
    b.connect_sync(&url, USER, PATIENCE).await?;
    b.wait_until_within(
        &format!("return (storedAgenda() || '').includes({});", json!(last)),
        json!(true),
        PATIENCE,
    )
    .await?;
    row.download_ms = started.elapsed().as_secs_f64() * 1000.0;
    (_, row.download_down, row.download_requests) = b.proxied();

    a.go("leitplanken").await?;
    for n in 0..EDITS {
        // Both at rest first: long polls waiting, nothing to send.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let before = traffic(&[&a, &b]);
        let text = format!("Leitbild Messung {extra}-{n}");
        let started = Instant::now();
        a.client.execute(EDIT_VISION, vec![json!(text)]).await?;
        b.wait_until_within(
            &format!("return storedFrame().includes({});", json!(text)),
            json!(true),
            PATIENCE,
        )
        .await?;
        row.edit_ms.push(started.elapsed().as_secs_f64() * 1000.0);
        // The echo of A's own write reaches A too.
        tokio::time::sleep(Duration::from_millis(500)).await;
        row.edit_bytes.push(traffic(&[&a, &b]) - before);
    }
    a.close().await?;
    b.close().await?;
    Ok(row)
}

fn kb(bytes: u64) -> String {
    format!("{:.1} kB", bytes as f64 / 1000.0)
}

fn report(rows: &[Row]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    writeln!(out, "# Live sync, measured")?;
    writeln!(out)?;
    writeln!(
        out,
        "Written by `make bench` (`tests/examples/sync_bench.rs`); see \
         [sync.md](sync.md) for the design and the Landkreis estimate. Two \
         headless Chromium profiles on this machine, pouchdb-server 4.2.0 behind \
         the app server's `/couchdb/` proxy (no network latency: on a town's \
         network add its round trips). Bytes are HTTP bodies through the \
         proxy, without headers and before compression."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| | documents | their JSON | stored agenda (UTF-16 units) | first upload | first download | an edit until the other browser stored it (median of {EDITS}) | bytes per edit, both browsers |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for r in rows {
        writeln!(
            out,
            "| {} | {} | {} | {} | {:.0} ms, {} up in {} requests | {:.0} ms, {} down in {} requests | {:.0} ms (min {:.0}, max {:.0}) | {} |",
            r.label,
            r.documents,
            kb(r.document_bytes as u64),
            r.stored_units,
            r.upload_ms,
            kb(r.upload_up),
            r.upload_requests,
            r.download_ms,
            kb(r.download_down),
            r.download_requests,
            median(r.edit_ms.clone()),
            r.edit_ms.iter().copied().fold(f64::INFINITY, f64::min),
            r.edit_ms.iter().copied().fold(0.0, f64::max),
            kb(median(r.edit_bytes.iter().map(|&b| b as f64).collect()) as u64),
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "An edit is one document written by one browser (the Leitbild, a few \
         hundred bytes) and read by the other from `_changes`; the writer \
         reads its own write back once (it knows the revision and skips it). \
         The first upload writes every document in `_bulk_docs` batches of \
         200; the first download reads `_changes` 500 documents at a time."
    )?;
    Ok(out)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let couch = CouchServer::start()?;
    let mut rows = Vec::new();
    for (extra, label) in SIZES {
        eprintln!("[sync bench] {label} …");
        rows.push(measure(&couch, extra, label).await?);
    }
    let out = report(&rows)?;
    std::fs::write(root.join("docs/sync-measured.md"), &out)?;
    print!("{out}");
    Ok(())
}
