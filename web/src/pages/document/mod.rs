//! "Dokument": the council document (Ratsdokument, Fortschrittsbericht,
//! Steckbriefe, or one project's argument sheet for the Kämmerei), to
//! print or download. The document itself is a widget, because the
//! snapshot viewer in "Dateien" and a share link show it too.

pub use crate::widgets::document::DocumentView as DocumentPage;
