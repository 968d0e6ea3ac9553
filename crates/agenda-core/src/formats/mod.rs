//! The agenda in files and text: the versioned stored JSON ([`stored`]),
//! projects as CSV ([`csv_projects`], on the RFC 4180 writer [`csv_text`]),
//! the Markdown document ([`markdown`]) and project templates
//! ([`template`]). Pure functions from and to text; reading is strict and
//! size-limited.

pub mod csv_projects;
pub(crate) mod csv_text;
pub mod encoding;
pub(crate) mod estimate;
pub(crate) mod json_path;
pub mod markdown;
pub mod parts;
pub mod stored;
pub mod template;
