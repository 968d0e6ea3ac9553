//! Schema 7: the Steckbrief's old "Kostenschätzung" and "Finanzierung"
//! folded into the Kämmerei's costs and Förderprogramme, so that a project's
//! money exists once.
//!
//! The same fold runs on a stored agenda ([`crate::formats::stored`]) and on
//! a schema-6 document of the live sync, on the same values and stamps
//! ([`fold_stamped`]), so every copy reaches the same result. Nothing is
//! dropped (unless description and effect are both full to the limit):
//! - an estimate becomes the one-off investive costs when no costs were
//!   entered; where costs were entered and differ, the estimate is kept as a
//!   sentence at the end of the description (or, when that is full, of the
//!   effect);
//! - a named funding programme becomes a Förderprogramm "geplant" with no
//!   amount yet, unless one of that name exists; "sonstige Mittel" becomes a
//!   sentence like the estimate; "offen" and "Eigenmittel" need nothing,
//!   since costs without approved funding are the town's own share.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::formats::markdown::euros;
use crate::kaemmerei::finance::MAX_GRANTS;
use crate::model::limits::PROJECT_TEXT_MAX_CHARS;
use crate::replication::versions::Stamp;

/// The sheet fields schema 7 removed.
pub(crate) const REMOVED: [&str; 2] = ["budget", "funding"];

/// The sheet fields the fold may change.
pub(crate) const CHANGED: [&str; 4] = ["costs", "grants", "description", "effect"];

fn amount(value: Option<&Value>) -> i64 {
    value.and_then(Value::as_i64).unwrap_or(0)
}

/// Appends `sentence` to the description, or to the effect when the
/// description has no room; false when neither has.
fn keep(sheet: &mut Map<String, Value>, sentence: &str) -> bool {
    for field in ["description", "effect"] {
        let text = sheet.get(field).and_then(Value::as_str).unwrap_or_default();
        let joined = if text.is_empty() {
            sentence.to_owned()
        } else {
            format!("{text}\n\n{sentence}")
        };
        if joined.chars().count() <= PROJECT_TEXT_MAX_CHARS {
            sheet.insert(field.into(), Value::String(joined));
            return true;
        }
    }
    false
}

/// Folds one Steckbrief (its JSON object) from schema 6 into schema 7.
pub(crate) fn fold(sheet: &mut Map<String, Value>) {
    let estimate = sheet.remove("budget").and_then(|b| b.as_u64());
    let funding = sheet.remove("funding");
    let mut notes = Vec::new();
    if let Some(Value::Object(costs)) = sheet.get_mut("costs") {
        costs.entry("consumptive").or_insert_with(|| Value::from(0));
        let entered = ["investment", "consumptive", "recurring"]
            .iter()
            .any(|k| amount(costs.get(*k)) != 0)
            || ["investment_hours", "recurring_hours"]
                .iter()
                .any(|k| amount(costs.get(*k)) != 0);
        match estimate.filter(|e| *e > 0) {
            Some(e) if !entered => {
                let cents = e
                    .saturating_mul(100)
                    .min(crate::kaemmerei::money::MAX_CENTS as u64);
                costs.insert("investment".into(), Value::from(cents));
            }
            Some(e)
                if Some(amount(costs.get("investment")))
                    != e.checked_mul(100).and_then(|c| i64::try_from(c).ok()) =>
            {
                notes.push(format!(
                    "Frühere Kostenschätzung im Steckbrief: {}.",
                    euros(e)
                ));
            }
            _ => {}
        }
    }
    match funding {
        Some(Value::Object(f)) => {
            let programme = f
                .get("grant")
                .and_then(|g| g.get("programme"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            if !programme.is_empty()
                && let Some(Value::Array(grants)) = sheet.get_mut("grants")
                && !grants
                    .iter()
                    .any(|g| g.get("name").and_then(Value::as_str) == Some(&programme))
            {
                if grants.len() < MAX_GRANTS {
                    let grant = crate::kaemmerei::finance::Grant {
                        name: programme,
                        body: String::new(),
                        share: crate::kaemmerei::finance::GrantShare::Amount(
                            crate::kaemmerei::money::Cents::ZERO,
                        ),
                        status: crate::kaemmerei::finance::GrantStatus::Planned,
                        deadline: None,
                    };
                    grants.extend(crate::replication::scopes::to_value(&grant));
                } else {
                    notes.push(format!(
                        "Finanzierung laut Steckbrief: Fördermittel ({programme})."
                    ));
                }
            }
        }
        Some(Value::String(s)) if s == "other" => {
            notes.push("Finanzierung laut Steckbrief: sonstige Mittel.".to_owned());
        }
        _ => {}
    }
    for note in notes {
        keep(sheet, &note);
    }
}

/// A register's stamp and base.
pub(crate) type Stamps = (Stamp, Stamp);

/// Folds a Steckbrief whose fields carry stamps (`stamps`: field name to
/// stamp and base; missing means never stamped). Returns the fields the fold
/// changed with their new stamps: the newest of the field's own and the
/// removed fields' stamps, so that every copy folding the same data stamps
/// it alike and an edit made after the fold still wins.
pub(crate) fn fold_stamped(
    sheet: &mut Map<String, Value>,
    stamps: &BTreeMap<String, Stamps>,
) -> Vec<(String, Stamps)> {
    let before: Vec<Option<Value>> = CHANGED.iter().map(|f| sheet.get(*f).cloned()).collect();
    fold(sheet);
    let removed = REMOVED
        .iter()
        .filter_map(|f| stamps.get(*f))
        .map(|(s, _)| *s)
        .max()
        .unwrap_or(Stamp::ZERO);
    CHANGED
        .iter()
        .zip(before)
        .filter(|(f, old)| sheet.get(**f) != old.as_ref())
        .map(|(f, _)| {
            let (stamp, base) = stamps.get(*f).copied().unwrap_or_default();
            let stamp = stamp.max(removed);
            ((*f).to_owned(), (stamp, base.max(stamp)))
        })
        .collect()
}
