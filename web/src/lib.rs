//! The Digitale Agenda web app: a thin Yew layer over `agenda-core`.
//! `App` is the root component; the binary only mounts it.
//!
//! Layers (ARCHITECTURE.md has the code map and the rules):
//! [`app`] and [`workspace`] lay out the screens, [`pages`] one folder per
//! navigation entry, [`screens`] what shows instead of the workspace,
//! [`widgets`] pieces several pages share, [`hooks`] the workspace's
//! behaviour, [`state`] the reducer around the core, [`route`] where the
//! user is, [`text`] every German word, [`platform`] every browser call.

pub mod app;
pub mod format;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod role;
pub mod route;
pub mod screens;
mod shared;
pub mod state;
pub mod text;
pub mod widgets;
pub mod workspace;

pub use app::{App, AppProps};
pub use shared::Shared;
