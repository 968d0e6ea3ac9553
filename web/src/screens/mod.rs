//! The screens the app shows instead of the workspace: the start (empty
//! storage), the recovery of unreadable data, and a share link shown
//! read-only.

pub mod recovery;
pub mod shared;
pub mod start;
