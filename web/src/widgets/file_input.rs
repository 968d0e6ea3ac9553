//! Reading the file chosen in a file input, size-limited, with the problems
//! in German.

use crate::{platform::browser, text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Reads the chosen file as text (size-limited) and hands it on.
/// Reads the file chosen in the input that fired `e`; problems in German.
pub(crate) fn read_file(
    e: &Event,
    max: usize,
    on_text: impl FnOnce(Result<String, String>) + 'static,
) {
    read_file_boxed(e, max, Box::new(on_text));
}

/// Not generic, so the reading (a future) is in the bundle once, not once
/// per caller.
fn read_file_boxed(e: &Event, max: usize, on_text: Box<dyn FnOnce(Result<String, String>)>) {
    let input: HtmlInputElement = e.target_unchecked_into();
    browser::read_chosen_file(&input, max, move |content| {
        on_text(content.map_err(|error| text::file_read_error(&error)));
    });
}
