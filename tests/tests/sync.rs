//! Live sync through a real CouchDB-compatible server (pouchdb-server,
//! on 127.0.0.1 at a free port, set up by scripts/couchdb-setup.sh and
//! reached through the app server's `/couchdb/` proxy as docs/deployment.md
//! describes): two browser profiles, each with its own localStorage, edit
//! at the same time, offline, across a server restart, and meet a hostile
//! document; each person works in the roles of their login; four people
//! (Verwaltungsspitze, two Fachbereiche, navigator) see who changed what,
//! and neither forged writes, markup nor another site's page get through.

use std::time::{Duration, Instant};

use agenda_e2e::{CouchServer, Error, SYNC_STATUS as STATUS, Session};
use serde_json::json;

const DB: &str = "agenda-e2e";
const USERS: [(&str, &str); 2] = [
    ("navigatorin", "pw-navi-1"),
    ("kaemmerer", "pw-kaemmerei-2"),
];
/// Long enough for a retry after the network or the server came back.
const PATIENCE: Duration = Duration::from_secs(40);

fn has_guideline(title: &str) -> String {
    format!(
        "return [...document.querySelectorAll('.guideline-list h3')].some(h => h.textContent.includes({title:?}));"
    )
}

/// Adds a Leitplanke in Leitplanken and waits until it is listed.
async fn add_guideline(session: &Session, title: &str) -> Result<(), Error> {
    session.go("leitplanken").await?;
    session.enter_text("#new-guideline-title", title).await?;
    session.wait_until(&has_guideline(title), json!(true)).await
}

/// Replaces the Leitbild in Leitplanken and saves it.
async fn set_vision(session: &Session, text: &str) -> Result<(), Error> {
    session.go("leitplanken").await?;
    session.write_vision(text).await
}

/// Waits until `session` shows the Leitplanke; the time it took.
async fn arrives(session: &Session, title: &str) -> Result<Duration, Error> {
    let started = Instant::now();
    session.go("leitplanken").await?;
    session
        .wait_until_within(&has_guideline(title), json!(true), PATIENCE)
        .await?;
    Ok(started.elapsed())
}

/// Adds a perspective of the session's own Fachbereich in Fachbereiche.
async fn add_own_perspective(session: &Session, text: &str) -> Result<(), Error> {
    session.go("fachbereiche").await?;
    session
        .eval("document.querySelector('section.department.own details').open = true; return 0;")
        .await?;
    session
        .type_into("section.department.own textarea[id$='-new-text']", text)
        .await?;
    session
        .press("section.department.own button[id$='-new-submit']")
        .await
}

#[tokio::test]
async fn two_profiles_share_one_agenda_offline_and_across_a_server_restart() -> Result<(), Error> {
    let mut couch = CouchServer::start()?;
    // Both may change everything this test changes (the rights matrix has
    // its own test: rights.rs).
    let roles: &[&str] = &["spitze", "navigator"];
    couch.set_up(DB, &USERS.map(|(name, password)| (name, password, roles)))?;
    // The validation function refuses what is not an agenda document,
    // even from the admin.
    let refused = couch.admin("PUT", &format!("/{DB}/fremd"), r#"{"x":1}"#)?;
    assert_eq!(refused.status, 403, "{}", refused.text());
    // Members only.
    let anonymous =
        agenda_e2e::http_exchange(couch.port, "GET", &format!("/{DB}/_all_docs"), &[], b"")?;
    assert_eq!(anonymous.status, 401, "{}", anonymous.text());

    let a = Session::start().await?;
    a.press("#start-demo").await?;
    let b = Session::start().await?;
    b.press("#start-empty").await?;
    // Without a connection nothing goes to the server.
    a.go("dateien").await?;
    assert_eq!(
        a.eval("return performance.getEntriesByType('resource').filter(e => e.name.includes('/couchdb/')).length;")
            .await?,
        json!(0)
    );
    a.proxy_couchdb(couch.port);
    b.proxy_couchdb(couch.port);

    let url = format!("/couchdb/{DB}");
    a.connect_sync(&url, USERS[0], PATIENCE).await?;
    b.connect_sync(&url, USERS[1], PATIENCE).await?;
    // B started empty and now has the demo's Leitplanken.
    b.go("leitplanken").await?;
    let count = "return document.querySelectorAll('.guideline-list h3').length;";
    a.go("leitplanken").await?;
    let demo = a.eval(count).await?;
    assert!(demo.as_u64().unwrap_or(0) > 3, "{demo}");
    b.wait_until_within(count, demo, PATIENCE).await?;
    // No password in storage.
    for (session, (_, password)) in [(&a, USERS[0]), (&b, USERS[1])] {
        let stored = session
            .eval("return Object.keys(localStorage).map(k => localStorage.getItem(k)).join('\\n');")
            .await?;
        assert!(!stored.as_str().unwrap_or_default().contains(password));
    }

    // Different Leitplanken at the same time: both end with both.
    add_guideline(&a, "Aus Profil A").await?;
    add_guideline(&b, "Aus Profil B").await?;
    let to_b = arrives(&b, "Aus Profil A").await?;
    let to_a = arrives(&a, "Aus Profil B").await?;
    eprintln!("sync latency: A→B {to_b:?}, B→A {to_a:?}");

    // B goes offline and edits; A edits the same Leitbild meanwhile.
    b.set_offline(true).await?;
    add_guideline(&b, "Offline aus B").await?;
    set_vision(&b, "Leitbild aus Profil B (offline)").await?;
    b.go("dateien").await?;
    b.wait_until_within(STATUS, json!("sync-status offline"), PATIENCE)
        .await?;
    set_vision(&a, "Leitbild aus Profil A").await?;
    add_guideline(&a, "Während B offline war").await?;
    b.set_offline(false).await?;
    let back = arrives(&a, "Offline aus B").await?;
    arrives(&b, "Während B offline war").await?;
    eprintln!("offline edits arrived {back:?} after the network came back");
    // The concurrent Leitbild: listed with both texts in B, which merged
    // it; both end with the same text.
    b.wait_until_within(
        "const c = document.getElementById('tab-conflicts'); \
         return !!c && c.textContent.includes('Leitbild aus Profil A') \
           && c.textContent.includes('Leitbild aus Profil B (offline)');",
        json!(true),
        PATIENCE,
    )
    .await?;
    let vision = "return document.getElementById('vision-text') ? document.getElementById('vision-text').value : (document.querySelector('.vision-text') || {}).textContent;";
    a.go("leitplanken").await?;
    b.go("leitplanken").await?;
    let kept = b.eval(vision).await?;
    a.wait_until_within(vision, kept.clone(), PATIENCE).await?;
    assert!(
        kept.as_str()
            .unwrap_or_default()
            .starts_with("Leitbild aus Profil")
    );
    let violations = b.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");

    // The server stops in the middle: A's edit waits, then arrives.
    add_guideline(&a, "Vor dem Neustart").await?;
    couch.stop();
    add_guideline(&a, "Während der Server steht").await?;
    a.go("dateien").await?;
    a.wait_until_within(STATUS, json!("sync-status offline"), PATIENCE)
        .await?;
    couch.restart()?;
    for title in [
        "Vor dem Neustart",
        "Während der Server steht",
        "Offline aus B",
        "Aus Profil A",
    ] {
        arrives(&b, title).await?;
        arrives(&a, title).await?;
    }

    // A document past the validation function (the admin removed it) that
    // would break the Leitbild's length limit: refused and listed in both
    // profiles, the Leitbild stays.
    let read = |path: &str| -> Result<serde_json::Value, Error> {
        Ok(serde_json::from_str(
            &couch.admin("GET", &format!("/{DB}/{path}"), "")?.text(),
        )?)
    };
    let design = read("_design/agenda")?;
    let rev = design["_rev"].as_str().unwrap_or_default();
    couch.admin("DELETE", &format!("/{DB}/_design/agenda?rev={rev}"), "")?;
    let hostile = json!({
        "_id": "vision", "_rev": read("vision")?["_rev"],
        "digitale_agenda": 1, "schema_version": 6,
        "registers": { "vision": { "v": "<b>x</b>".repeat(700), "s": [9_000_000, 7], "b": [0, 0] } },
    });
    let put = couch.admin("PUT", &format!("/{DB}/vision"), &hostile.to_string())?;
    assert_eq!(put.status, 201, "{}", put.text());
    for session in [&a, &b] {
        session.go("dateien").await?;
        session
            .wait_until_within(
                "const r = document.getElementById('sync-refused'); return !!r && r.textContent.includes('vision');",
                json!(true),
                PATIENCE,
            )
            .await?;
        session.go("leitplanken").await?;
        assert_eq!(session.eval(vision).await?, kept);
    }

    a.go("dateien").await?;
    a.wait_until_within(STATUS, json!("sync-status connected"), PATIENCE)
        .await?;
    let violations = a.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");
    a.close().await?;
    b.close().await?;
    Ok(())
}

#[tokio::test]
async fn each_person_works_in_the_roles_of_their_login() -> Result<(), Error> {
    let demo = agenda_core::content::demo::musterstadt()?;
    let department = demo.departments()[0].clone();
    let db = "agenda-rollen";
    let leitung = ("leitung", "pw-leitung-1");
    let bauamt = ("bauamt", "pw-bauamt-2");
    let own = format!("fachbereich; {}", department.id());
    let mut couch = CouchServer::start()?;
    couch.set_up(
        db,
        &[
            (leitung.0, leitung.1, &["spitze", "navigator"]),
            (bauamt.0, bauamt.1, &[own.as_str()]),
        ],
    )?;
    let url = format!("/couchdb/{db}");
    let a = Session::start().await?;
    a.press("#start-demo").await?;
    a.proxy_couchdb(couch.port);
    a.connect_sync(&url, leitung, PATIENCE).await?;
    let b = Session::start().await?;
    b.press("#start-empty").await?;
    b.proxy_couchdb(couch.port);
    b.connect_sync(&url, bauamt, PATIENCE).await?;

    // B's role switch offers its Fachbereich only, once the agenda is there.
    let offered = "return [...document.querySelectorAll('#role option')].map(o => o.textContent);";
    b.wait_until_within(
        offered,
        json!([format!("Fachbereich: {}", department.name())]),
        PATIENCE,
    )
    .await?;
    let roles = b.text("#sync-roles").await?;
    assert!(
        roles.starts_with(&format!(
            "Ihre Rollen in dieser Datenbank: Fachbereich: {}.",
            department.name()
        )),
        "{roles}"
    );
    // The Leitbild is not offered to a Fachbereich.
    b.go("leitplanken").await?;
    b.wait_for("#vision-heading").await?;
    assert_eq!(
        b.eval("return !!document.getElementById('vision-text');")
            .await?,
        json!(false)
    );
    // A file read in changes the Leitbild, past the app's own check: the
    // server refuses it, B's browser takes it back, says which part and
    // who may change it, and keeps its state before as a snapshot.
    let mut other = demo.clone();
    other.apply_by(
        agenda_core::Action::SetVision {
            text: "Aus einer Datei".into(),
        },
        agenda_core::Replica(9),
    )?;
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("kopie.json");
    std::fs::write(&file, agenda_core::formats::stored::to_json(&other)?)?;
    b.go("dateien").await?;
    b.upload("#import-file", &file.canonicalize()?).await?;
    b.wait_until_within(
        "const e = document.getElementById('action-error'); \
         return !!e && e.textContent.includes('Der Server hat Änderungen abgelehnt') \
           && e.textContent.includes('das Leitbild (zuständig: die Verwaltungsspitze)');",
        json!(true),
        PATIENCE,
    )
    .await?;
    b.wait_until(
        "return document.querySelector('main').textContent.includes('vor dem Zurücknehmen einer vom Server abgelehnten Änderung');",
        json!(true),
    )
    .await?;
    b.go("leitplanken").await?;
    let shown = b
        .eval("return document.querySelector('main').textContent.includes('Aus einer Datei');")
        .await?;
    assert_eq!(shown, json!(false), "the refused Leitbild is taken back");

    // Its own perspective arrives at the navigator.
    add_own_perspective(&b, "Bauanträge kommen noch auf Papier").await?;
    a.go("fachbereiche").await?;
    a.wait_until_within(
        "return document.querySelector('main').textContent.includes('Bauanträge kommen noch auf Papier');",
        json!(true),
        PATIENCE,
    )
    .await?;
    // A forged write from B's browser, past the app: refused by the server.
    let forged = b
        .client
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; \
                 (async () => {{ \
                   const doc = await (await fetch('/couchdb/{db}/vision', {{ credentials: 'include' }})).json(); \
                   doc.registers.vision.v = 'Übernommen vom Bauamt'; \
                   doc.registers.vision.s = [999999, 7]; doc.author = 'bauamt'; \
                   const r = await fetch('/couchdb/{db}/vision', {{ method: 'PUT', credentials: 'include', \
                     headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(doc) }}); \
                   return [r.status, (await r.json()).reason]; \
                 }})().then(done, e => done(String(e)));"
            ),
            vec![],
        )
        .await?;
    assert_eq!(forged, json!([403, "Recht fehlt: Vision vision"]));
    let violations = b.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");

    couch.stop();
    a.close().await?;
    b.close().await
}

/// Runs `fetch` calls in the page and returns `[status, reason]`.
async fn forged_put(
    session: &Session,
    path: &str,
    change: &str,
) -> Result<serde_json::Value, Error> {
    let script = format!(
        "const done = arguments[arguments.length - 1]; \
         (async () => {{ \
           const doc = await (await fetch('{path}', {{ credentials: 'include' }})).json(); \
           {change} \
           const r = await fetch('{path}', {{ method: 'PUT', credentials: 'include', \
             headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(doc) }}); \
           return [r.status, (await r.json()).reason]; \
         }})().then(done, e => done(String(e)));"
    );
    Ok(session.client.execute_async(&script, vec![]).await?)
}

/// Whether the element `id`'s text contains `text` (false when absent).
fn contains(id: &str, text: &str) -> String {
    format!(
        "const e = document.getElementById({id:?}); return !!e && e.textContent.includes({text:?});"
    )
}

#[tokio::test]
async fn four_people_work_on_one_agenda_and_see_who_changed_what() -> Result<(), Error> {
    use agenda_core::replication::sync::SyncMemo;
    let demo = agenda_core::content::demo::musterstadt()?;
    let [bau, kaem] = [demo.departments()[0].clone(), demo.departments()[1].clone()];
    let project = demo
        .projects()
        .iter()
        .find(|p| p.sheet().lead == bau.id())
        .ok_or("a project the first Fachbereich leads")?
        .id();
    let db = "agenda-vier";
    let spitze = ("m.mueller", "pw-spitze-1");
    let navi = ("navi", "pw-navi-2");
    let weber = ("k.weber", "pw-bau-3");
    let schulz = ("a.schulz", "pw-kaem-4");
    let [own_bau, own_kaem] = [bau.id(), kaem.id()].map(|d| format!("fachbereich; {d}"));
    let mut couch = CouchServer::start()?;
    couch.set_up(
        db,
        &[
            (spitze.0, spitze.1, &["spitze"]),
            (navi.0, navi.1, &["navigator"]),
            (weber.0, weber.1, &[own_bau.as_str()]),
            (schulz.0, schulz.1, &[own_kaem.as_str()]),
        ],
    )?;
    // The town's IT puts the agenda there (as an administrator).
    let docs: Vec<String> = SyncMemo::new()
        .outgoing(&demo, None)
        .iter()
        .map(|w| w.to_json())
        .collect();
    let bulk = couch.admin(
        "POST",
        &format!("/{db}/_bulk_docs"),
        &format!("{{\"docs\":[{}]}}", docs.join(",")),
    )?;
    assert_eq!(bulk.status, 201, "{}", bulk.text());

    let url = format!("/couchdb/{db}");
    let mut people = Vec::new();
    for login in [spitze, navi, weber, schulz] {
        let session = Session::start().await?;
        session.press("#start-empty").await?;
        session.proxy_couchdb(couch.port);
        session.connect_sync(&url, login, PATIENCE).await?;
        session
            .wait_until_within(
                "return document.querySelector('.brand .municipality')?.textContent ?? '';",
                json!(demo.municipality()),
                PATIENCE,
            )
            .await?;
        let shown = session.text("#author-login").await?;
        assert_eq!(shown, format!("Angemeldet als {}", login.0));
        people.push(session);
    }
    let [s, n, b, k] = <[Session; 4]>::try_from(people).map_err(|_| "four sessions")?;
    // The session cookie works (every request above used it) but no
    // script in the page can read it: HttpOnly, so injected script could
    // not carry it off.
    for session in [&s, &n, &b, &k] {
        let cookies = session.eval("return document.cookie;").await?;
        assert!(
            !cookies.as_str().unwrap_or_default().contains("AuthSession"),
            "{cookies}"
        );
    }
    // The Leitbild is not offered to a Fachbereich.
    b.go("leitplanken").await?;
    b.wait_for("#vision-heading").await?;
    assert_eq!(
        b.eval("return !!document.getElementById('vision-text');")
            .await?,
        json!(false)
    );

    // The Bauamt writes its own perspective and gives a point.
    let seen = "Bauanträge kommen noch auf Papier";
    add_own_perspective(&b, seen).await?;
    b.wait_until(
        "return [...document.querySelectorAll('section.department.own .changes')]\
           .some(c => c.textContent.startsWith('Zuletzt geändert von k.weber am'));",
        json!(true),
    )
    .await?;
    b.go("priorisierung").await?;
    let left = b.text("#budget-left").await?;
    b.eval(
        "[...document.querySelectorAll('.point-row button')].find(b => !b.disabled).click(); return 0;",
    )
    .await?;
    b.wait_until(
        &format!("return document.getElementById('budget-left').textContent !== {left:?};"),
        json!(true),
    )
    .await?;

    // The Kämmerei sees the Bauamt's perspective and who wrote it.
    k.go("fachbereiche").await?;
    k.wait_until_within(
        &format!(
            "return [...document.querySelectorAll('li.perspective')].some(li => \
               li.textContent.includes({seen:?}) && li.textContent.includes('Zuletzt geändert von k.weber am'));"
        ),
        json!(true),
        PATIENCE,
    )
    .await?;

    // Text that arrives through the sync is shown as text: the
    // Kämmerei's perspective written as markup reaches the navigator
    // literally (every session also fails on a CSP violation).
    let markup = "<img src=x onerror=\"window.__xss=1\"> Kasse";
    add_own_perspective(&k, markup).await?;
    n.go("fachbereiche").await?;
    n.wait_until_within(
        &format!(
            "return [...document.querySelectorAll('li.perspective .perspective-text')]\
               .some(p => p.textContent === {markup:?});"
        ),
        json!(true),
        PATIENCE,
    )
    .await?;
    assert_eq!(
        n.eval(
            "return [window.__xss === undefined, document.querySelectorAll('main img').length];"
        )
        .await?,
        json!([true, 0])
    );

    // Past the app, from the Bauamt's browser: the Leitbild is not its
    // to write, and no one writes in another's name, not even their own
    // perspective.
    let vision = forged_put(
        &b,
        &format!("{url}/vision"),
        "doc.registers.vision.v = 'Vom Bauamt'; doc.registers.vision.s = [999999, 7]; doc.author = 'k.weber';",
    )
    .await?;
    assert_eq!(vision, json!([403, "Recht fehlt: Vision vision"]));
    b.go("fachbereiche").await?;
    let perspective = b
        .eval("return document.querySelector('section.department.own li.perspective .changes').id.slice(6, -8);")
        .await?;
    let perspective = perspective.as_str().ok_or("a perspective id")?;
    let forged = forged_put(
        &b,
        &format!("{url}/perspectives%2F{perspective}"),
        "doc.author = 'navi';",
    )
    .await?;
    assert_eq!(
        forged,
        json!([403, "Autor: geschrieben von k.weber, nicht von navi"])
    );

    // The Bauamt changes the Steckbrief of a project it leads; the
    // navigator sees who changed it, and the council document names the
    // Bauamt's contributors.
    b.eval(&format!("location.hash = 'projekte/{project}'; return 0;"))
        .await?;
    let field = format!("#project-{project}-description");
    b.replace_text(&field, "Bauakten digital, mit dem Bauamt abgestimmt")
        .await?;
    b.press(&format!("#project-{project}-save")).await?;
    let changes = format!("project-{project}-changes");
    b.wait_until(
        &contains(&changes, "Zuletzt geändert von k.weber am"),
        json!(true),
    )
    .await?;
    n.eval(&format!("location.hash = 'projekte/{project}'; return 0;"))
        .await?;
    n.wait_until_within(
        &contains(&changes, "Zuletzt geändert von k.weber am"),
        json!(true),
        PATIENCE,
    )
    .await?;
    let violations = n.accessibility_violations().await?;
    assert!(violations.is_empty(), "{violations:?}");
    n.go("dokument").await?;
    n.wait_until(
        "return [...document.querySelectorAll('.doc-department')].some(d => \
           d.textContent.includes('Beiträge von: k.weber'));",
        json!(true),
    )
    .await?;
    // The Verwaltungsspitze sees the same names.
    s.go("fachbereiche").await?;
    s.wait_until_within(
        &format!(
            "return [...document.querySelectorAll('li.perspective')].some(li => \
               li.textContent.includes({seen:?}) && li.textContent.includes('k.weber'));"
        ),
        json!(true),
        PATIENCE,
    )
    .await?;

    // Another site's page, opened in the Verwaltungsspitze's browser while
    // she is signed in, posts a Leitbild she could write herself to the
    // database. The page is on `localhost`, another site than the app's
    // `127.0.0.1`: the browser does not send the session cookie with it
    // (SameSite; CouchDB's own setting is `strict`), so nothing is written.
    // From the app's own site the same request carries the cookie.
    let vision_now = || -> Result<serde_json::Value, Error> {
        let doc: serde_json::Value =
            serde_json::from_str(&couch.admin("GET", &format!("/{db}/vision"), "")?.text())?;
        Ok(doc)
    };
    let before = vision_now()?;
    let forged = json!({"docs": [{
        "_id": "vision", "_rev": before["_rev"], "digitale_agenda": 1, "schema_version": 8,
        "author": spitze.0,
        "registers": {"vision": {"v": "Von einer fremden Seite", "s": [9_999_999, 5], "b": [0, 0]}},
    }]});
    // Two requests: a "simple" one (text/plain, no preflight, what a form
    // can send) and one as JSON, which needs the server's CORS consent.
    let send = |target: &str| {
        format!(
            "const body = {body:?}; const out = []; \
             const simple = fetch({target:?}, {{ method: 'POST', mode: 'no-cors', credentials: 'include', \
               headers: {{ 'Content-Type': 'text/plain' }}, body }}).then(r => 'simple ' + r.status, e => 'simple refused'); \
             const json = fetch({target:?}, {{ method: 'POST', credentials: 'include', \
               headers: {{ 'Content-Type': 'application/json' }}, body }}).then(r => 'json ' + r.status, e => 'json refused'); \
             Promise.all([simple, json]).then(r => document.title = r.join(', '));",
            body = forged.to_string()
        )
    };
    let target = format!("{}couchdb/{db}/_bulk_docs", s.app_url);
    let other_site = tempfile::tempdir()?;
    std::fs::write(
        other_site.path().join("index.html"),
        format!(
            "<!doctype html><meta http-equiv=\"Content-Security-Policy\" \
             content=\"default-src * 'unsafe-inline'\"><title>fremd</title><script>{}</script>",
            send(&target)
        ),
    )?;
    let site = agenda_e2e::StaticServer::start(other_site.path().to_path_buf())?;
    s.client
        .goto(&site.url.replace("127.0.0.1", "localhost"))
        .await?;
    // An opaque answer (status 0) for the simple request; the JSON one
    // never leaves the browser without the server's CORS consent.
    s.wait_until("return document.title;", json!("simple 0, json refused"))
        .await?;
    assert_eq!(vision_now()?["_rev"], before["_rev"], "nothing written");
    // From the app's own site, with the cookie: the simple request is
    // refused for its type; as JSON the same document is written, so it
    // is the browser's cookie and CORS rules that kept it out above.
    s.client.goto(&s.app_url).await?;
    s.wait_for("main#main").await?;
    let own = send(&target).replace("mode: 'no-cors', ", "");
    s.eval(&format!("{own} return 0;")).await?;
    // (CouchDB answers 415 to the simple one, pouchdb-server 400.)
    s.wait_until(
        "return /^simple 4[0-9][0-9], json 201$/.test(document.title);",
        json!(true),
    )
    .await?;
    assert_eq!(
        vision_now()?["registers"]["vision"]["v"],
        json!("Von einer fremden Seite"),
        "the same request, sent from the app's site, is written"
    );

    couch.stop();
    for session in [s, n, b, k] {
        session.close().await?;
    }
    Ok(())
}
