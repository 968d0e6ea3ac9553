//! The matrix in CouchDB: the role names a town gives its people, and the
//! validation function generated from the same tables as the app's checks.

use super::registers::{BALLOT_ITEMS, LISTS, PRIORITY_SETTINGS};
use super::{Actor, RULES, Writer};

/// The CouchDB role of `actor` in `database`: `<database>.spitze`,
/// `<database>.navigator`, `<database>.fachbereich.<id>`.
pub fn role_name(database: &str, actor: Actor) -> String {
    match actor {
        Actor::Leadership => format!("{database}.spitze"),
        Actor::Navigator => format!("{database}.navigator"),
        Actor::Department(id) => format!("{database}.fachbereich.{id}"),
    }
}

/// The roles a person holds in `database`, from their CouchDB roles
/// (`userCtx.roles`); other databases' roles and unknown ones are ignored.
pub fn actors<S: AsRef<str>>(database: &str, roles: &[S]) -> Vec<Actor> {
    let mut out = Vec::new();
    for role in roles {
        let Some(name) = role
            .as_ref()
            .strip_prefix(database)
            .and_then(|r| r.strip_prefix('.'))
        else {
            continue;
        };
        let actor = match name {
            "spitze" => Some(Actor::Leadership),
            "navigator" => Some(Actor::Navigator),
            other => other
                .strip_prefix("fachbereich.")
                .and_then(|id| {
                    id.parse()
                        .ok()
                        .filter(|d: &crate::DepartmentId| d.to_string() == id)
                })
                .map(Actor::Department),
        };
        if let Some(actor) = actor.filter(|a| !out.contains(a)) {
            out.push(actor);
        }
    }
    out
}

const TEMPLATE: &str = include_str!("validate_doc_update.js.in");

/// CouchDB's `validate_doc_update` for an agenda database: the document
/// shape, and the rights matrix as JavaScript data (`DATENBANK` stands for
/// the database's name, put in by `scripts/couchdb-setup.sh`).
pub fn validation_function() -> String {
    let quoted = |s: &str| format!("'{s}'");
    let writer = |w: &Writer| match w {
        Writer::Leadership => quoted("spitze"),
        Writer::Navigator => quoted("navigator"),
        Writer::OwnDepartment => quoted("fachbereich"),
        Writer::AnyDepartment => quoted("jeder-fachbereich"),
    };
    let mut rules = String::from("var PARTS = {\n");
    for (part, writers) in RULES {
        let list: Vec<String> = writers.iter().map(writer).collect();
        rules.push_str(&format!("    {}: [{}],\n", part.name(), list.join(", ")));
    }
    rules.push_str("  };\n  var LISTS = [\n");
    let object = |pairs: &[(&str, super::Part)]| {
        let entries: Vec<String> = pairs
            .iter()
            .map(|(name, part)| format!("{}: {}", quoted(name), quoted(part.name())))
            .collect();
        format!("{{{}}}", entries.join(", "))
    };
    for rule in &LISTS {
        let raised = rule.raised.map_or("null".into(), |(field, value, part)| {
            format!(
                "[{}, {}, {}]",
                quoted(field),
                quoted(value),
                quoted(part.name())
            )
        });
        rules.push_str(&format!(
            "    {{ list: {}, item: {}, order: {}, owner: {}, fields: {}, raised: {}, references: {} }},\n",
            quoted(rule.list),
            quoted(rule.item.name()),
            quoted(rule.order.name()),
            rule.owner.map_or("null".into(), quoted),
            object(rule.fields),
            raised,
            object(rule.references),
        ));
    }
    let settings: Vec<String> = PRIORITY_SETTINGS.iter().map(|s| quoted(s)).collect();
    rules.push_str(&format!(
        "  ];\n  var BALLOT_ITEMS = {};\n  var PRIORITY_SETTINGS = [{}];",
        object(&BALLOT_ITEMS),
        settings.join(", ")
    ));
    use crate::replication::history::{MAX_CHANGES, WINDOW};
    TEMPLATE
        .replace("//RULES//", &rules)
        .replace("//WINDOW//", &WINDOW.to_string())
        .replace("//MAX_LINES//", &MAX_CHANGES.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DepartmentId;

    #[test]
    fn roles_are_read_back_for_their_database_only() {
        let department = Actor::Department(DepartmentId::from_u128(7));
        let roles: Vec<String> = [Actor::Leadership, Actor::Navigator, department]
            .into_iter()
            .map(|a| role_name("agenda-musterstadt", a))
            .chain(["agenda-nachbarort.spitze".to_owned(), "_admin".to_owned()])
            .collect();
        assert_eq!(
            actors("agenda-musterstadt", &roles),
            [Actor::Leadership, Actor::Navigator, department]
        );
        assert!(actors("agenda-musterstadt", &["agenda-musterstadt.fachbereich.X"]).is_empty());
    }

    #[test]
    fn the_validation_function_can_be_embedded_in_json_as_it_is() {
        let js = validation_function();
        assert!(!js.contains('"') && !js.contains('\\'), "{js}");
        assert!(!js.contains("//RULES//"));
        assert!(js.contains("DepartmentWeight: ['spitze']"), "{js}");
    }
}
