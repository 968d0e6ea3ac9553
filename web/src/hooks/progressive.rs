//! Long lists render in steps: the first items with the view, more after
//! each painted frame, so a view with hundreds of projects answers within a
//! frame and fills in over the next few instead of blocking for one long
//! one.

use yew::prelude::*;

use crate::platform::browser;

/// Items rendered in the first frame of a view.
pub const FIRST: usize = 40;
/// Items added after each painted frame.
pub const STEP: usize = 230;

/// How many of `total` items to render now (never fewer than `at_least`,
/// e.g. to reach an item a link points to).
#[hook]
pub fn use_progressive(total: usize, at_least: usize) -> usize {
    let shown = use_state(|| FIRST);
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| {
            if now < total {
                browser::after_next_paint(move || shown.set(now + STEP));
            }
        });
    }
    (*shown).max(at_least).min(total)
}
