//! Who may change which part of an agenda: the rights matrix, written once
//! as data ([`RULES`] and the lists' table in `registers.rs`), and the checks
//! built on it.
//!
//! The same matrix decides three things, so they cannot drift apart:
//! - what the app offers a role ([`Actor::may`]);
//! - whether an edit stays within a role ([`check_change`]);
//! - whether CouchDB takes a document from a user: [`check_document`], and
//!   the validation function generated from the same tables
//!   ([`couch::validation_function`], checked against `check_document` by
//!   the e2e suite with node).
//!
//! Invariants:
//! - A document write is allowed exactly when every register it changes
//!   (value, version or presence) belongs, before and after the write, to a
//!   part the writer may change; an owned part (a department's perspective,
//!   a project's lead department) is judged by its owner on both sides, so
//!   nobody moves another's item into or out of their reach.
//! - An item created or deleted is judged as the item; its fields only
//!   when it exists on both sides (a Fachbereich's weight is the
//!   Verwaltungsspitze's, adding the Fachbereich is not).
//! - Without a connection the matrix is a view switch: anyone can choose
//!   any role in their own browser.

pub mod couch;
mod document;
mod registers;

pub use document::{Document, Forbidden, changed_documents, check_change, check_document};

use crate::model::DepartmentId;

/// The role a person acts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// Verwaltungsspitze: mayor and leadership.
    Leadership,
    /// The Digital-Navigator.
    Navigator,
    /// A Fachbereich (its head or deputy).
    Department(DepartmentId),
}

/// A column of the rights matrix: who may write a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Writer {
    /// The Verwaltungsspitze.
    Leadership,
    /// The Digital-Navigator.
    Navigator,
    /// The Fachbereich the item belongs to.
    OwnDepartment,
    /// Every Fachbereich (list orders: adding an item changes them).
    AnyDepartment,
}

macro_rules! parts {
    ($($(#[$doc:meta])* $name:ident => [$($writer:ident),*],)*) => {
        /// A part of the agenda as the rights matrix names it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Part {
            $($(#[$doc])* $name,)*
        }

        /// The rights matrix: every part and who may change it.
        pub const RULES: &[(Part, &[Writer])] = &[
            $((Part::$name, &[$(Writer::$writer),*]),)*
        ];

        impl Part {
            /// The part's name in code, the docs' table and the
            /// validation function.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$name => stringify!($name),)*
                }
            }
        }
    };
}

parts! {
    /// The municipality's name.
    Municipality => [Leadership],
    /// The Leitbild.
    Vision => [Leadership],
    /// The town's rates for the Kämmerei (hourly rates, interest).
    Finance => [Leadership, Navigator],
    /// What is prioritised, how, the budget of points.
    PrioritySettings => [Leadership],
    /// A Fachbereich's points and rankings.
    Ballot => [OwnDepartment, Navigator],
    /// A Leitplanke in draft (proposed, not adopted).
    DraftGuideline => [Leadership, Navigator],
    /// An adopted Leitplanke, and adopting or taking one back.
    AdoptedGuideline => [Leadership],
    /// The order of the Leitplanken.
    GuidelineOrder => [Leadership, Navigator],
    /// A Handlungsfeld.
    Field => [Leadership],
    /// The order of the Handlungsfelder.
    FieldOrder => [Leadership],
    /// A Fachbereich: adding, naming, removing.
    Department => [Leadership, Navigator],
    /// A Fachbereich's weight in the prioritisation.
    DepartmentWeight => [Leadership],
    /// The order of the Fachbereiche.
    DepartmentOrder => [Leadership, Navigator],
    /// A Fachbereich's perspective.
    Perspective => [OwnDepartment, Navigator],
    /// The order of the perspectives.
    PerspectiveOrder => [AnyDepartment, Navigator],
    /// A workshop card; one without a Fachbereich is the moderation's.
    Card => [OwnDepartment, Navigator],
    /// The order of the workshop cards.
    CardOrder => [AnyDepartment, Navigator],
    /// A project idea from the workshop.
    Idea => [OwnDepartment, Navigator],
    /// The order of the project ideas.
    IdeaOrder => [AnyDepartment, Navigator],
    /// A project (Steckbrief, status, plan), by its lead Fachbereich.
    Project => [OwnDepartment, Navigator],
    /// The order of the projects.
    ProjectOrder => [AnyDepartment, Navigator],
    /// A competence of the Kompetenzrad.
    Competence => [Navigator],
    /// The order of the competences.
    CompetenceOrder => [Navigator],
    /// A team's self-assessment in the Kompetenzrad.
    Assessment => [Navigator],
    /// The order of the self-assessments.
    AssessmentOrder => [Navigator],
    /// A Fachbereich's staff survey.
    Survey => [OwnDepartment, Navigator],
    /// The order of the staff surveys.
    SurveyOrder => [AnyDepartment, Navigator],
    /// A register no agenda shows: only the server's administrators.
    Unknown => [],
}

impl Part {
    /// The part named `name` (as [`Part::name`] writes it, e.g. in the
    /// validation function's refusals).
    pub fn from_name(name: &str) -> Option<Self> {
        RULES.iter().map(|(p, _)| *p).find(|p| p.name() == name)
    }
}

/// Who may change `part`.
pub fn writers(part: Part) -> &'static [Writer] {
    RULES
        .iter()
        .find(|(p, _)| *p == part)
        .map_or(&[], |(_, writers)| writers)
}

impl Actor {
    /// Whether this role may change `part` belonging to `owner` (the
    /// Fachbereich of an owned item, `None` for the others).
    pub fn may(self, part: Part, owner: Option<DepartmentId>) -> bool {
        writers(part).iter().any(|writer| match (writer, self) {
            (Writer::Leadership, Self::Leadership) | (Writer::Navigator, Self::Navigator) => true,
            (Writer::OwnDepartment, Self::Department(own)) => owner == Some(own),
            (Writer::AnyDepartment, Self::Department(_)) => true,
            _ => false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_has_one_rule_and_a_name_of_its_own() {
        let mut names: Vec<&str> = RULES.iter().map(|(p, _)| p.name()).collect();
        let count = names.len();
        crate::sorting::sort(&mut names);
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn a_department_writes_its_own_perspective_only() {
        let own = DepartmentId::from_u128(1);
        let other = DepartmentId::from_u128(2);
        let actor = Actor::Department(own);
        assert!(actor.may(Part::Perspective, Some(own)));
        assert!(!actor.may(Part::Perspective, Some(other)));
        assert!(!actor.may(Part::Perspective, None));
        assert!(actor.may(Part::PerspectiveOrder, None));
        assert!(!actor.may(Part::Vision, None));
        assert!(Actor::Navigator.may(Part::Perspective, Some(other)));
        assert!(!Actor::Leadership.may(Part::Perspective, Some(own)));
        assert!(!Actor::Navigator.may(Part::Unknown, None));
    }
}
