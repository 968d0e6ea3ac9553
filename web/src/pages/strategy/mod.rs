//! "Leitbild & Leitplanken": the Leitbild and the list of Leitplanken with
//! their form. The Verwaltungsspitze writes them; others read.

mod guideline_form;
pub mod guideline_list;
pub mod vision_editor;

pub use guideline_list::GuidelineList;
pub use vision_editor::VisionEditor;
