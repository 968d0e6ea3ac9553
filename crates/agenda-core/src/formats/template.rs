//! Project templates (Projektvorlagen): a Steckbrief that one town shares
//! with others, as towns in a Digital-Navigator network do.
//!
//! Invariants:
//! - A template carries no ids of its source agenda and no personal names:
//!   no responsible person, no departments (their heads are people), no
//!   status-log notes. It keeps what another town can use: title, texts,
//!   priority, the plan's milestones as days after the
//!   start, Kennzahlen without measurements, the titles of the Leitplanken
//!   it served and the source town; costs and benefits without the budget
//!   year, Förderprogramme as "geplant" without deadline (version 2).
//! - A template file is size-limited and read strictly (unknown fields are
//!   refused); importing goes through the reducer like any other change.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::kaemmerei::finance::{Benefits, Costs, Grant, GrantStatus};
use crate::model::Agenda;
use crate::model::date::Date;
use crate::model::limits;
use crate::model::{DepartmentId, IndicatorId, MilestoneId, ProjectId};
use crate::model::{PriorityBand, ProjectDraft};
use crate::reducer::action::Action;

/// Largest template file accepted.
pub const MAX_TEMPLATE_BYTES: usize = 256 * 1024;

/// Format version of template files: 2 adds costs, benefits and
/// Förderprogramme; version 1 files are read with none. 3 drops the
/// estimate and funding; older files are read with them folded into the
/// costs and Förderprogramme as stored agendas are
/// ([`crate::formats::estimate`]).
pub const TEMPLATE_VERSION: u32 = 3;

/// Where milestones go when the source project had no start date.
const DAYS_BETWEEN_UNDATED_MILESTONES: i64 = 90;

/// A shareable project Steckbrief.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectTemplate {
    /// Title.
    pub title: String,
    /// What is done.
    pub description: String,
    /// Intended effect.
    pub effect: String,
    /// hoch / mittel / niedrig.
    pub band: PriorityBand,
    /// Planned days from start to end, where both were planned.
    pub duration_days: Option<i64>,
    /// Steps of the plan.
    pub milestones: Vec<MilestoneTemplate>,
    /// Kennzahlen, without measurements.
    pub indicators: Vec<IndicatorTemplate>,
    /// Titles of the Leitplanken it served in the source town.
    pub served: Vec<String>,
    /// The source town, for attribution.
    pub source: String,
    /// Costs, without the budget year (version 2).
    #[serde(default)]
    pub costs: Costs,
    /// Benefits (version 2).
    #[serde(default)]
    pub benefits: Benefits,
    /// Förderprogramme, as "geplant" without deadline (version 2).
    #[serde(default)]
    pub grants: Vec<Grant>,
}

/// A milestone of a template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneTemplate {
    /// What is reached.
    pub title: String,
    /// Days after the project start, where the source had a start.
    pub after_days: Option<i64>,
}

/// A Kennzahl of a template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorTemplate {
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Value at the start.
    pub baseline: f64,
    /// Value aimed for.
    pub target: f64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    projektvorlage: u32,
    template: ProjectTemplate,
}

/// Why a template file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TemplateError {
    /// Larger than [`MAX_TEMPLATE_BYTES`].
    #[error("template has {actual} bytes, at most {max} are accepted")]
    TooLarge {
        /// Size of the file.
        actual: usize,
        /// The limit.
        max: usize,
    },
    /// Not a template file of a version this app reads.
    #[error("not a project template: {0}")]
    Shape(String),
    /// More milestones or Kennzahlen than a project may have.
    #[error("template has too many milestones or indicators")]
    TooMany,
}

impl ProjectTemplate {
    /// The template of a project of `agenda`, `None` if there is no such
    /// project.
    pub fn of(agenda: &Agenda, project: ProjectId) -> Option<Self> {
        let p = agenda.project(project)?;
        let s = p.sheet();
        let start = s.start;
        Some(Self {
            title: s.title.clone(),
            description: s.description.clone(),
            effect: s.effect.clone(),
            band: s.band,
            duration_days: start.zip(s.end).map(|(a, b)| a.days_until(b)),
            milestones: p
                .milestones()
                .iter()
                .map(|m| MilestoneTemplate {
                    title: m.title().to_owned(),
                    after_days: start.map(|a| a.days_until(m.due())),
                })
                .collect(),
            indicators: p
                .indicators()
                .iter()
                .map(|i| IndicatorTemplate {
                    name: i.name().to_owned(),
                    unit: i.unit().to_owned(),
                    baseline: i.baseline(),
                    target: i.target(),
                })
                .collect(),
            served: s
                .guidelines
                .iter()
                .filter_map(|g| agenda.guideline(*g))
                .map(|g| g.title().to_owned())
                .collect(),
            source: agenda.municipality().to_owned(),
            costs: Costs {
                year: None,
                ..s.costs.clone()
            },
            benefits: s.benefits.clone(),
            grants: s
                .grants
                .iter()
                .map(|g| Grant {
                    status: GrantStatus::Planned,
                    deadline: None,
                    ..g.clone()
                })
                .collect(),
        })
    }

    /// The template as a file: compact JSON, like every file the app writes
    /// (a pretty printer would be a second serialiser in the bundle).
    pub fn to_json(&self) -> Result<String, TemplateError> {
        let file = TemplateFile {
            projektvorlage: TEMPLATE_VERSION,
            template: self.clone(),
        };
        serde_json::to_string(&file).map_err(|e| TemplateError::Shape(e.to_string()))
    }

    /// Reads a template file.
    pub fn load(json: &str) -> Result<Self, TemplateError> {
        if json.len() > MAX_TEMPLATE_BYTES {
            return Err(TemplateError::TooLarge {
                actual: json.len(),
                max: MAX_TEMPLATE_BYTES,
            });
        }
        let shape = |e: serde_json::Error| TemplateError::Shape(e.to_string());
        let mut value: serde_json::Value = serde_json::from_str(json).map_err(shape)?;
        let version = value
            .get("projektvorlage")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0);
        if !(1..=u64::from(TEMPLATE_VERSION)).contains(&version) {
            return Err(TemplateError::Shape(format!(
                "version {version} is not supported"
            )));
        }
        if version < 3
            && let Some(t) = value
                .get_mut("template")
                .and_then(serde_json::Value::as_object_mut)
        {
            if !t.contains_key("costs")
                && let Some(empty) = crate::replication::scopes::to_value(&Costs::default())
            {
                t.insert("costs".into(), empty);
            }
            t.entry("grants")
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
            crate::formats::estimate::fold(t);
        }
        // Read from text, not `from_value`: one deserialiser in the bundle.
        let file: TemplateFile =
            serde_json::from_str(&crate::formats::stored::json_text(&value)).map_err(shape)?;
        let t = file.template;
        if t.milestones.len() > limits::MAX_MILESTONES
            || t.indicators.len() > limits::MAX_INDICATORS
        {
            return Err(TemplateError::TooMany);
        }
        Ok(t)
    }

    /// The actions that add the template to an agenda as a new project in
    /// status "Idee", led by `lead`, planned from `start`. `new_id` gives
    /// fresh random bytes for every id. Apply them all or none.
    pub fn actions(
        &self,
        project: ProjectId,
        lead: DepartmentId,
        start: Date,
        mut new_id: impl FnMut() -> [u8; 16],
    ) -> Vec<Action> {
        let mut draft = ProjectDraft::new(self.title.clone(), lead);
        draft.description = self.description.clone();
        let origin = if self.source.is_empty() {
            String::new()
        } else {
            format!("Vorlage aus {}.", self.source)
        };
        if !origin.is_empty()
            && draft.description.chars().count() + origin.chars().count() + 2
                <= limits::PROJECT_TEXT_MAX_CHARS
        {
            if !draft.description.is_empty() {
                draft.description.push_str("\n\n");
            }
            draft.description.push_str(&origin);
        }
        draft.effect = self.effect.clone();
        draft.band = self.band;
        draft.costs = self.costs.clone();
        draft.benefits = self.benefits.clone();
        draft.grants = self.grants.clone();
        let mut actions = vec![Action::AddProject { id: project, draft }];
        for (n, m) in (1_i64..).zip(&self.milestones) {
            let after = m
                .after_days
                .unwrap_or(n.saturating_mul(DAYS_BETWEEN_UNDATED_MILESTONES));
            actions.push(Action::AddMilestone {
                project,
                id: MilestoneId::from_random_bytes(new_id()),
                title: m.title.clone(),
                due: start.plus_days(after).unwrap_or(start),
            });
        }
        for i in &self.indicators {
            actions.push(Action::AddIndicator {
                project,
                id: IndicatorId::from_random_bytes(new_id()),
                name: i.name.clone(),
                unit: i.unit.clone(),
                baseline: i.baseline,
                target: i.target,
            });
        }
        actions
    }
}
