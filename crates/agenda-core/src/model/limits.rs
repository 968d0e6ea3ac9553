//! Size limits for user text and collections. They keep one agenda well
//! inside the browser's storage (about 5 M UTF-16 characters per origin) and
//! make imported data bounded. Lengths count Unicode scalar values (`char`s),
//! so "Ä" counts as one.

/// Name of the municipality, e.g. "Stadt Musterstadt".
pub const MUNICIPALITY_MAX_CHARS: usize = 120;
/// The Leitbild: one or two sentences, with room to spare.
pub const VISION_MAX_CHARS: usize = 2_000;
/// Title of a Leitplanke.
pub const GUIDELINE_TITLE_MAX_CHARS: usize = 200;
/// Description and rationale of a Leitplanke, each.
pub const GUIDELINE_TEXT_MAX_CHARS: usize = 4_000;
/// Number of Leitplanken in one agenda.
pub const MAX_GUIDELINES: usize = 100;
/// Largest stored document the loader accepts, in bytes.
pub const MAX_STORED_BYTES: usize = 10 * 1024 * 1024;
/// Name of a Handlungsfeld.
pub const FIELD_NAME_MAX_CHARS: usize = 80;
/// Number of Handlungsfelder.
pub const MAX_FIELDS: usize = 40;
/// Name of a Fachbereich and of its head.
pub const DEPARTMENT_NAME_MAX_CHARS: usize = 120;
/// Short name of a Fachbereich, e.g. "FB 2".
pub const DEPARTMENT_SHORT_MAX_CHARS: usize = 16;
/// Number of Fachbereiche.
pub const MAX_DEPARTMENTS: usize = 60;
/// Largest weight of a Fachbereich in the prioritisation (0 = not counted).
pub const MAX_DEPARTMENT_WEIGHT: u32 = 10;
/// Text of a perspective.
pub const PERSPECTIVE_TEXT_MAX_CHARS: usize = 2_000;
/// Number of perspectives.
pub const MAX_PERSPECTIVES: usize = 2_000;
/// Text of a workshop card (a post-it).
pub const CARD_TEXT_MAX_CHARS: usize = 300;
/// Cards on the workshop board at once.
pub const MAX_CARDS: usize = 500;
/// Title of a project idea.
pub const IDEA_TITLE_MAX_CHARS: usize = 300;
/// Number of project ideas.
pub const MAX_IDEAS: usize = 1_000;
/// Largest points budget per Fachbereich.
pub const MAX_BUDGET: u32 = 100;
/// Title of a project or milestone.
pub const PROJECT_TITLE_MAX_CHARS: usize = 200;
/// Description, intended effect or status note of a project.
pub const PROJECT_TEXT_MAX_CHARS: usize = 4_000;
/// Responsible person, funding programme, Kennzahl name.
pub const PROJECT_NAME_MAX_CHARS: usize = 120;
/// Unit of a Kennzahl.
pub const UNIT_MAX_CHARS: usize = 20;
/// Number of projects.
pub const MAX_PROJECTS: usize = 500;
/// Milestones per project.
pub const MAX_MILESTONES: usize = 100;
/// Kennzahlen per project.
pub const MAX_INDICATORS: usize = 50;
/// Status updates per project.
pub const MAX_UPDATES: usize = 1_000;
/// Largest weight of a project in roll-ups.
pub const MAX_PROJECT_WEIGHT: u32 = 10;
/// Largest absolute value of a Kennzahl.
pub const MAX_INDICATOR_VALUE: f64 = 1e15;

/// Longest name of a competence in the Kompetenzrad.
pub const COMPETENCE_NAME_MAX_CHARS: usize = 120;
/// Most competences in the Kompetenzrad.
pub const MAX_COMPETENCES: usize = 60;
/// Most self-assessments kept (all rounds).
pub const MAX_ASSESSMENTS: usize = 1_000;
/// Most staff surveys kept (all rounds, all departments).
pub const MAX_SURVEYS: usize = 1_000;
/// Most people one survey can count.
pub const MAX_RESPONDENTS: u32 = 100_000;
