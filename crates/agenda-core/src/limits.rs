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
