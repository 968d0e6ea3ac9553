//! Every view and every Steckbrief has its own address, in the URL
//! fragment: `#projekte`, `#projekte/<project id>`. A reload keeps the
//! place, back and forward move between views, and a link opens a
//! Steckbrief. Share links (`#teilen=…`, `share.rs`) use the same fragment
//! and are told apart by their prefix; the fragment never reaches a server.

use agenda_core::ProjectId;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::role::Section;

/// Where the user is: a view, and in "Projekte" the Steckbrief shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The view.
    pub section: Section,
    /// The Steckbrief opened by the address (only in "Projekte").
    pub project: Option<ProjectId>,
}

impl Place {
    /// A view without a particular Steckbrief.
    pub fn view(section: Section) -> Self {
        Self {
            section,
            project: None,
        }
    }

    /// Reads a fragment (with or without `#`); `None` for anything that is
    /// not a place (empty, a share link, `#main`, a garbled id).
    pub fn parse(fragment: &str) -> Option<Self> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (key, project) = match fragment.split_once('/') {
            Some((key, id)) => (key, Some(id.parse::<ProjectId>().ok()?)),
            None => (fragment, None),
        };
        let section = Section::from_key(key)?;
        if project.is_some() && section != Section::Projects {
            return None;
        }
        Some(Self { section, project })
    }

    /// The fragment of this place, with `#`.
    pub fn fragment(self) -> String {
        match self.project {
            Some(id) => format!("#{}/{id}", self.section.key()),
            None => format!("#{}", self.section.key()),
        }
    }
}

/// The place in the page's address now, if it names one.
pub fn current() -> Option<Place> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Place::parse(&hash)
}

/// Puts `place` into the address: as a new history entry (`push`, so the
/// back button returns), or in place of the current one. Nothing happens
/// when the address already says so.
pub fn show(place: Place, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = place.fragment();
    if window.location().hash().ok().as_deref() == Some(fragment.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&fragment))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&fragment))
        };
    }
}

/// After a Steckbrief was opened (`open`) or closed in "Projekte": the
/// address names it, or no longer does, without a new history entry.
pub fn show_steckbrief(project: ProjectId, open: bool) {
    let named = current().is_some_and(|place| place.project == Some(project));
    if open || named {
        let place = Place {
            section: Section::Projects,
            project: open.then_some(project),
        };
        show(place, false);
    }
}

/// Calls `on_place` whenever the user moves through the history (back,
/// forward) or edits the fragment, with the place the address now names.
/// The listeners go when the returned guard is dropped.
pub fn watch(on_place: impl Fn(Place) + 'static) -> Watch {
    let listener = Closure::<dyn Fn()>::new(move || {
        if let Some(place) = current() {
            on_place(place);
        }
    });
    if let Some(window) = web_sys::window() {
        for event in EVENTS {
            let _ =
                window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
    Watch { listener }
}

/// Back/forward fire `popstate`; a fragment typed or linked fires
/// `hashchange`. Both lead to the same place, so handling both is harmless.
const EVENTS: [&str; 2] = ["popstate", "hashchange"];

/// Keeps the address listeners of `watch` alive; removes them when dropped.
pub struct Watch {
    listener: Closure<dyn Fn()>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            for event in EVENTS {
                let _ = window.remove_event_listener_with_callback(
                    event,
                    self.listener.as_ref().unchecked_ref(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_and_a_steckbrief_round_trip_through_the_fragment() {
        for section in Section::ALL {
            let place = Place::view(section);
            assert_eq!(Place::parse(&place.fragment()), Some(place));
        }
        let id = ProjectId::from_u128(7);
        let steckbrief = Place {
            section: Section::Projects,
            project: Some(id),
        };
        assert_eq!(
            steckbrief.fragment(),
            "#projekte/00000000-0000-0000-0000-000000000007"
        );
        assert_eq!(Place::parse(&steckbrief.fragment()), Some(steckbrief));
    }

    #[test]
    fn what_is_not_a_place_is_left_alone() {
        for fragment in [
            "",
            "#",
            "#main",
            "#teilen=abc",
            "#projekte/kein-id",
            "#roadmap/00000000-0000-0000-0000-000000000007",
            "#Projekte",
        ] {
            assert_eq!(Place::parse(fragment), None, "{fragment}");
        }
        assert_eq!(
            Place::parse("projekte"),
            Some(Place::view(Section::Projects))
        );
    }
}
