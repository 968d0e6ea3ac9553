//! The app's components; each takes data and `Callback`s as props.

pub mod guideline_form;
pub mod guideline_list;
pub mod notices;
pub mod recovery;
pub mod start_screen;
pub mod vision_editor;
