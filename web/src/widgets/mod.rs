//! Pieces that several pages show: they take data and `Callback`s as
//! props, own no agenda data, and import no page.

pub mod appraisal;
pub mod budget_table;
pub mod changes;
pub mod competence_wheel;
pub mod document;
pub mod file_input;
pub mod filter_bar;
pub mod form;
pub mod merge_report;
pub mod notices;
pub mod progress_bar;
pub mod roadmap_years;
pub mod text_form;
