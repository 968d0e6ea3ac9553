//! The Digitale Agenda web app: a thin Yew layer over `agenda-core`.
//! `App` is the root component; the binary only mounts it.

pub mod address;
mod app;
pub mod browser;
pub mod components;
pub mod couch;
pub mod hooks;
pub mod role;
pub mod share;
mod shared;
pub mod state;
pub mod storage;
pub mod text;

pub use app::{App, AppProps};
pub use shared::Shared;
