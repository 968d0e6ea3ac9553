//! Every word the user reads, in German, in one place, one file per
//! page (and `common`, `errors`). Call sites name an item as
//! `text::ITEM`; the files are catalogues, not namespaces. An English
//! edition follows by adding a sibling catalogue with the same items. The
//! German words of the core's enums live in `agenda_core::vocabulary`;
//! number formatting in `crate::format`; address and CSS keys in
//! `crate::route`.

mod board;
mod common;
mod competences;
mod dashboard;
mod departments;
mod document;
mod errors;
mod export_headers;
mod fields;
mod files;
mod history;
mod kaemmerei;
mod priorities;
mod projects;
mod results;
mod rights;
mod roadmap;
mod screens;
mod strategy;
mod sync;
mod workshop;

pub use board::*;
pub use common::*;
pub use competences::*;
pub use dashboard::*;
pub use departments::*;
pub use document::*;
pub use errors::*;
pub use fields::*;
pub use files::*;
pub use history::*;
pub use kaemmerei::*;
pub use priorities::*;
pub use projects::*;
pub use results::*;
pub use rights::*;
pub use roadmap::*;
pub use screens::*;
pub use strategy::*;
pub use sync::*;
pub use workshop::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_use_a_decimal_comma() {
        assert_eq!(bytes(512), "512 Byte");
        assert_eq!(bytes(1_500), "1,5 kB");
        assert_eq!(bytes(10_485_760), "10,5 MB");
    }

    #[test]
    fn plural_of_guidelines() {
        assert_eq!(guideline_count(1), "1 Leitplanke");
        assert_eq!(guideline_count(0), "0 Leitplanken");
        assert_eq!(guideline_count(3), "3 Leitplanken");
    }
}
