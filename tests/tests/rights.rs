//! The rights matrix enforced by the server: a CouchDB-compatible server
//! (pouchdb-server) set up by scripts/couchdb-setup.sh from a users file
//! takes from each person exactly the writes their roles allow, whatever
//! their client sends (plain HTTP here, as a modified client would).

use agenda_core::replication::sync::SyncMemo;
use agenda_core::rights::changed_documents;
use agenda_core::{Action, Agenda, DepartmentDraft, PerspectiveDraft, SCHEMA_VERSION};
use agenda_e2e::{CouchServer, Error, HttpAnswer, http_exchange};
use serde_json::{Map, Value, json};

const DB: &str = "agenda-rechte";

/// A request as `user` (Basic auth).
fn as_user(
    couch: &CouchServer,
    (name, password): (&str, &str),
    method: &str,
    target: &str,
    body: &str,
) -> Result<HttpAnswer, Error> {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"));
    http_exchange(
        couch.port,
        method,
        target,
        &[
            ("Authorization".into(), format!("Basic {token}")),
            ("Content-Type".into(), "application/json".into()),
        ],
        body.as_bytes(),
    )
}

/// The document `id` with `registers` written by `author`, on the
/// server's current revision.
fn document(
    couch: &CouchServer,
    id: &str,
    registers: &Map<String, Value>,
    author: &str,
) -> Result<String, Error> {
    let current = couch.admin("GET", &format!("/{DB}/{}", id.replace('/', "%2F")), "")?;
    let mut doc = json!({
        "_id": id,
        "digitale_agenda": 1,
        "schema_version": SCHEMA_VERSION,
        "registers": registers,
        "author": author,
    });
    if current.status == 200 {
        let current: Value = serde_json::from_slice(&current.body)?;
        doc["_rev"] = current["_rev"].clone();
    }
    Ok(doc.to_string())
}

/// What `user` gets for writing the documents `action` changes in
/// `agenda` (the first refusal, else the last answer), with `forge`
/// applied to each document's registers first.
fn write(
    couch: &CouchServer,
    user: (&str, &str),
    agenda: &Agenda,
    action: Action,
    forge: impl Fn(&str, &mut Map<String, Value>),
) -> Result<HttpAnswer, Error> {
    write_as(couch, user, user.0, agenda, action, forge)
}

/// [`write`], the documents naming `author` as their writer.
fn write_as(
    couch: &CouchServer,
    user: (&str, &str),
    author: &str,
    agenda: &Agenda,
    action: Action,
    forge: impl Fn(&str, &mut Map<String, Value>),
) -> Result<HttpAnswer, Error> {
    let mut after = agenda.clone();
    after.apply(action)?;
    let mut last = None;
    for (id, _, new) in changed_documents(agenda, &after) {
        let mut registers = new.unwrap_or_default();
        forge(&id, &mut registers);
        let body = document(couch, &id, &registers, author)?;
        let answer = as_user(
            couch,
            user,
            "PUT",
            &format!("/{DB}/{}", id.replace('/', "%2F")),
            &body,
        )?;
        if answer.status >= 400 {
            return Ok(answer);
        }
        last = Some(answer);
    }
    last.ok_or_else(|| "nothing to write".into())
}

fn reason(answer: &HttpAnswer) -> String {
    serde_json::from_slice::<Value>(&answer.body)
        .ok()
        .and_then(|v| v["reason"].as_str().map(str::to_owned))
        .unwrap_or_else(|| answer.text())
}

#[test]
fn the_server_takes_from_each_person_what_their_roles_allow() -> Result<(), Error> {
    let agenda = agenda_core::content::demo::musterstadt()?;
    let [own, other] = [agenda.departments()[0].id(), agenda.departments()[1].id()];
    let mut couch = CouchServer::start()?;
    let spitze = ("buergermeisterin", "pw-spitze-1");
    let navigator = ("navigator", "pw-navi-2");
    let department = ("fachbereich", "pw-fb-3");
    let own_role = format!("fachbereich; {own}");
    let printed = couch.set_up(
        DB,
        &[
            (spitze.0, spitze.1, &["spitze"]),
            (navigator.0, navigator.1, &["navigator"]),
            (department.0, department.1, &[own_role.as_str()]),
        ],
    )?;
    assert!(
        !printed.contains(spitze.1),
        "passwords from the environment are not printed"
    );

    // The agenda arrives as the administration put it there.
    let writes = SyncMemo::new().outgoing(&agenda, None);
    let docs: Vec<String> = writes.iter().map(|w| w.to_json()).collect();
    let bulk = couch.admin(
        "POST",
        &format!("/{DB}/_bulk_docs"),
        &format!("{{\"docs\":[{}]}}", docs.join(",")),
    )?;
    assert_eq!(bulk.status, 201, "{}", bulk.text());

    let perspective = agenda.perspectives_of(own).next().ok_or("a perspective")?;
    let others = agenda
        .perspectives_of(other)
        .next()
        .ok_or("another perspective")?;
    let edit = |p: &agenda_core::Perspective, text: &str| Action::EditPerspective {
        id: p.id(),
        draft: PerspectiveDraft {
            department: p.department(),
            kind: p.kind(),
            text: text.into(),
            field: p.field(),
            guidelines: p.guidelines().to_vec(),
        },
    };
    let unchanged = |_: &str, _: &mut Map<String, Value>| {};

    // No one writes in another's name, not even their own perspective.
    let answer = write_as(
        &couch,
        department,
        navigator.0,
        &agenda,
        edit(perspective, "Untergeschoben"),
        unchanged,
    )?;
    assert_eq!(answer.status, 403, "{}", answer.text());
    assert_eq!(
        reason(&answer),
        "Autor: geschrieben von fachbereich, nicht von navigator"
    );

    // A Fachbereich changes its own perspective, nothing else.
    let answer = write(
        &couch,
        department,
        &agenda,
        edit(perspective, "Eigene Sicht"),
        unchanged,
    )?;
    assert_eq!(answer.status, 201, "{}", answer.text());
    let answer = write(
        &couch,
        department,
        &agenda,
        Action::SetVision {
            text: "Übernommen".into(),
        },
        unchanged,
    )?;
    assert_eq!(answer.status, 403, "{}", answer.text());
    assert_eq!(reason(&answer), "Recht fehlt: Vision vision");
    let answer = write(
        &couch,
        department,
        &agenda,
        edit(others, "Fremde Sicht"),
        unchanged,
    )?;
    assert_eq!(answer.status, 403, "{}", answer.text());
    assert!(
        reason(&answer).starts_with("Recht fehlt: Perspective "),
        "{}",
        reason(&answer)
    );
    // Forged: another's perspective, claimed as its own.
    let claim = |id: &str, registers: &mut Map<String, Value>| {
        if let Some(Value::Object(entry)) = registers.get_mut(&format!("{id}/department")) {
            entry.insert("v".into(), json!(own.to_string()));
        }
    };
    let answer = write(
        &couch,
        department,
        &agenda,
        edit(others, "Meine jetzt"),
        claim,
    )?;
    assert_eq!(answer.status, 403, "{}", answer.text());

    // The navigator moderates perspectives but does not weight Fachbereiche.
    let answer = write(
        &couch,
        navigator,
        &agenda,
        edit(others, "Moderiert"),
        unchanged,
    )?;
    assert_eq!(answer.status, 201, "{}", answer.text());
    let weight = Action::SetDepartmentWeight { id: own, weight: 3 };
    let answer = write(&couch, navigator, &agenda, weight.clone(), unchanged)?;
    assert_eq!(answer.status, 403, "{}", answer.text());
    assert!(
        reason(&answer).starts_with("Recht fehlt: DepartmentWeight "),
        "{}",
        reason(&answer)
    );
    let answer = write(&couch, spitze, &agenda, weight, unchanged)?;
    assert_eq!(answer.status, 201, "{}", answer.text());
    // Adding a Fachbereich (its weight included) is the navigator's too.
    let added = Action::AddDepartment {
        id: agenda_core::DepartmentId::from_u128(77),
        draft: DepartmentDraft {
            name: "Ordnungsamt Nord".into(),
            ..Default::default()
        },
    };
    let answer = write(&couch, navigator, &agenda, added, unchanged)?;
    assert_eq!(answer.status, 201, "{}", answer.text());

    // A Fachbereich named in the users file is found in the agenda; a
    // person removed from the file is no member any more.
    let own_name = agenda.departments()[0].name().to_owned();
    let by_name = format!("fachbereich; {own_name}");
    couch.set_up(
        DB,
        &[
            (navigator.0, navigator.1, &["navigator"]),
            (department.0, department.1, &[by_name.as_str()]),
        ],
    )?;
    let answer = write(
        &couch,
        department,
        &agenda,
        edit(perspective, "Wieder eigene Sicht"),
        unchanged,
    )?;
    assert_eq!(answer.status, 201, "{}", answer.text());
    let removed = as_user(&couch, spitze, "GET", &format!("/{DB}/vision"), "")?;
    // CouchDB answers 403, pouchdb-server 401: not let in either way.
    assert!(matches!(removed.status, 401 | 403), "{}", removed.text());
    couch.stop();
    Ok(())
}
