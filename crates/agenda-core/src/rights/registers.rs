//! Which part of the matrix a register belongs to, and whose it is: from
//! the register's key and, for owned items, a register of the same
//! document (a perspective's `department`, a project's `sheet.lead`).

use serde_json::Value;

use super::Part;
use crate::model::DepartmentId;

/// How the registers of one list map to parts.
pub(crate) struct ListRule {
    /// The list's name in register keys.
    pub(crate) list: &'static str,
    /// The part of an item (its existence and its fields).
    pub(crate) item: Part,
    /// The part of the list's order.
    pub(crate) order: Part,
    /// The field naming the item's Fachbereich, for owned items.
    pub(crate) owner: Option<&'static str>,
    /// Fields that are a part of their own while the item exists.
    pub(crate) fields: &'static [(&'static str, Part)],
    /// A field value that makes the whole item another part.
    pub(crate) raised: Option<(&'static str, &'static str, Part)>,
    /// Fields holding ids of other items: taking ids out of them is also
    /// allowed to whoever may change what they refer to (deleting it would
    /// take them out anyway).
    pub(crate) references: &'static [(&'static str, Part)],
}

/// One row per list of the agenda (the lists of
/// `replication::versions::COLLECTIONS`; a test checks they agree).
pub(crate) const LISTS: [ListRule; 10] = [
    ListRule {
        list: "guidelines",
        item: Part::DraftGuideline,
        order: Part::GuidelineOrder,
        owner: None,
        fields: &[],
        raised: Some(("status", "adopted", Part::AdoptedGuideline)),
        references: &[("field", Part::Field)],
    },
    ListRule {
        list: "fields",
        item: Part::Field,
        order: Part::FieldOrder,
        owner: None,
        fields: &[],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "departments",
        item: Part::Department,
        order: Part::DepartmentOrder,
        owner: None,
        fields: &[("weight", Part::DepartmentWeight)],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "perspectives",
        item: Part::Perspective,
        order: Part::PerspectiveOrder,
        owner: Some("department"),
        fields: &[],
        raised: None,
        references: &[("field", Part::Field), ("guidelines", Part::DraftGuideline)],
    },
    ListRule {
        list: "workshop",
        item: Part::Card,
        order: Part::CardOrder,
        owner: Some("department"),
        fields: &[],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "ideas",
        item: Part::Idea,
        order: Part::IdeaOrder,
        owner: Some("department"),
        fields: &[],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "projects",
        item: Part::Project,
        order: Part::ProjectOrder,
        owner: Some("sheet.lead"),
        fields: &[],
        raised: None,
        references: &[
            ("sheet.field", Part::Field),
            ("sheet.guidelines", Part::DraftGuideline),
            ("sheet.perspectives", Part::Perspective),
            ("sheet.competences", Part::Competence),
        ],
    },
    ListRule {
        list: "competences",
        item: Part::Competence,
        order: Part::CompetenceOrder,
        owner: None,
        fields: &[],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "assessments",
        item: Part::Assessment,
        order: Part::AssessmentOrder,
        owner: None,
        fields: &[],
        raised: None,
        references: &[],
    },
    ListRule {
        list: "surveys",
        item: Part::Survey,
        order: Part::SurveyOrder,
        owner: Some("department"),
        fields: &[],
        raised: None,
        references: &[],
    },
];

/// The kinds of item a ballot refers to (`prioritisation/points/<d>/<kind>:<id>`,
/// `prioritisation/rankings/<d>/<kind>`), and their parts.
pub(crate) const BALLOT_ITEMS: [(&str, Part); 3] = [
    ("field", Part::Field),
    ("guideline", Part::DraftGuideline),
    ("idea", Part::Idea),
];

/// The prioritisation's settings, `prioritisation/<setting>`.
pub(crate) const PRIORITY_SETTINGS: [&str; 4] = ["subject", "method", "budget", "max_per_item"];

/// A register's part and owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Target {
    pub(crate) part: Part,
    pub(crate) owner: Option<DepartmentId>,
    /// What the register's ids refer to, for a register of references.
    pub(crate) refers_to: Option<Part>,
}

impl Target {
    const fn of(part: Part) -> Self {
        Self {
            part,
            owner: None,
            refers_to: None,
        }
    }
}

/// The part and owner of register `key`. `value` gives the value of a
/// register of the same document; `whole_item` judges an item's fields as
/// the item (it is being created or deleted).
pub(crate) fn target(key: &str, value: &dyn Fn(&str) -> Option<Value>, whole_item: bool) -> Target {
    match key {
        "municipality" => return Target::of(Part::Municipality),
        "vision" => return Target::of(Part::Vision),
        "finance" => return Target::of(Part::Finance),
        _ => {}
    }
    let mut parts = key.splitn(3, '/');
    let (first, second, rest) = (parts.next(), parts.next(), parts.next());
    if first == Some("prioritisation") {
        return prioritisation(second, rest);
    }
    let (Some(rule), Some(second)) = (LISTS.iter().find(|r| Some(r.list) == first), second) else {
        return Target::of(Part::Unknown);
    };
    if second == "_order" {
        return match rest {
            None => Target::of(rule.order),
            Some(_) => Target::of(Part::Unknown),
        };
    }
    let item = format!("{}/{second}", rule.list);
    let field = |name: &str| value(&format!("{item}/{name}"));
    let owner = rule
        .owner
        .and_then(&field)
        .and_then(|v| v.as_str().and_then(department));
    let mut part = rule.item;
    if let Some((name, raised, raised_part)) = rule.raised
        && field(name).as_ref().and_then(Value::as_str) == Some(raised)
    {
        part = raised_part;
    }
    let mut refers_to = None;
    if !whole_item && let Some(name) = rest {
        if let Some((_, field_part)) = rule.fields.iter().find(|(f, _)| *f == name) {
            part = *field_part;
        }
        refers_to = rule
            .references
            .iter()
            .find(|(f, _)| *f == name)
            .map(|(_, p)| *p);
    }
    Target {
        part,
        owner,
        refers_to,
    }
}

/// A Fachbereich's id in the one form ids are written in (lower-case,
/// hyphenated), as the validation function reads it.
fn department(text: &str) -> Option<DepartmentId> {
    let id = text.parse::<DepartmentId>().ok()?;
    (id.to_string() == text).then_some(id)
}

fn prioritisation(second: Option<&str>, rest: Option<&str>) -> Target {
    match (second, rest) {
        (Some(setting), None) if PRIORITY_SETTINGS.contains(&setting) => {
            Target::of(Part::PrioritySettings)
        }
        (Some("points" | "rankings"), Some(rest)) => {
            let Some((owner, item)) = rest
                .split_once('/')
                .and_then(|(id, item)| Some((department(id)?, item)))
            else {
                return Target::of(Part::Unknown);
            };
            let kind = item.split(':').next().unwrap_or_default();
            Target {
                part: Part::Ballot,
                owner: Some(owner),
                refers_to: BALLOT_ITEMS
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .map(|(_, p)| *p),
            }
        }
        _ => Target::of(Part::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::replication::versions::COLLECTIONS;

    #[test]
    fn every_list_of_the_agenda_has_a_rule() {
        let rules: Vec<&str> = LISTS.iter().map(|r| r.list).collect();
        let lists: Vec<&str> = COLLECTIONS.iter().map(|(c, _)| *c).collect();
        assert_eq!(rules, lists);
    }

    #[test]
    fn a_department_weight_is_its_own_part_only_while_the_department_exists() {
        let none = |_: &str| None;
        let key = "departments/00000000-0000-0000-0000-000000000001/weight";
        assert_eq!(target(key, &none, false).part, Part::DepartmentWeight);
        assert_eq!(target(key, &none, true).part, Part::Department);
        assert_eq!(
            target("departments/_order", &none, false).part,
            Part::DepartmentOrder
        );
        assert_eq!(
            target("prioritisation/budget", &none, false).part,
            Part::PrioritySettings
        );
        assert_eq!(
            target("prioritisation/zzz", &none, false).part,
            Part::Unknown
        );
        assert_eq!(target("elsewhere", &none, false).part, Part::Unknown);
    }
}
