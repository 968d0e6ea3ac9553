//! The rights matrix in German: the parts of an agenda, who may change
//! them, and why a change was refused.

use agenda_core::Agenda;
use agenda_core::rights::{Forbidden, Part, Writer, writers};

/// A part of the agenda as a person names it (accusative: "zuständig für
/// …"), from the core's vocabulary.
pub fn part_name(part: Part) -> &'static str {
    agenda_core::vocabulary::part(part)
}

/// Who may change `part` (of the Fachbereich `owner`), e.g. "der
/// Fachbereich Bauamt und der Digital-Navigator".
pub fn writers_of(part: Part, owner: Option<&str>) -> String {
    let names: Vec<String> = writers(part)
        .iter()
        .map(|w| match w {
            Writer::Leadership => "die Verwaltungsspitze".to_owned(),
            Writer::Navigator => "der Digital-Navigator".to_owned(),
            Writer::OwnDepartment => match owner {
                Some(name) => format!("der Fachbereich {name}"),
                None => "der eigene Fachbereich".to_owned(),
            },
            Writer::AnyDepartment => "jeder Fachbereich".to_owned(),
        })
        .collect();
    match names.as_slice() {
        [] => "nur die Administration des Servers".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} und {last}", rest.join(", ")),
    }
}

/// Why a change was not taken: what it touches and who may change that.
pub fn forbidden(refusal: &Forbidden, agenda: &Agenda) -> String {
    let owner = refusal
        .owner
        .and_then(|id| agenda.department(id))
        .map(|d| d.name());
    format!(
        "Nicht übernommen – zuständig für {}: {}. Ihre Anmeldung hat diese Rolle nicht.",
        part_name(refusal.part),
        writers_of(refusal.part, owner)
    )
}

/// Changes the server refused and this browser took back; `reasons` are
/// the server's (`Recht fehlt: <Part> <register>`).
pub fn taken_back(reasons: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for reason in reasons {
        let named = reason
            .strip_prefix("Recht fehlt: ")
            .and_then(|r| r.split(' ').next())
            .and_then(Part::from_name);
        let line = match named {
            Some(part) => format!(
                "{} (zuständig: {})",
                part_name(part),
                writers_of(part, None)
            ),
            None => reason.clone(),
        };
        if !parts.contains(&line) {
            parts.push(line);
        }
    }
    format!(
        "Der Server hat Änderungen abgelehnt, die Ihre Anmeldung nicht machen darf; sie sind hier \
zurückgenommen: {}. Ihr Stand davor ist unter „Dateien“ als Sicherungsstand gespeichert.",
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use agenda_core::rights::RULES;

    #[test]
    fn every_part_has_a_name_and_its_writers_read_as_a_sentence() {
        for (part, _) in RULES {
            assert!(!part_name(*part).is_empty());
        }
        assert_eq!(
            writers_of(Part::Perspective, Some("Bauamt")),
            "der Fachbereich Bauamt und der Digital-Navigator"
        );
        assert_eq!(writers_of(Part::Vision, None), "die Verwaltungsspitze");
    }
}
