//! The place the workspace shows (view, opened Steckbrief, project filter),
//! kept together with the address: the address follows every move (a
//! history entry per move and per changed filter; letters typed into a
//! search after the first replace the entry, so typing does not fill the
//! history; the first view replaces the entry), and back, forward or an
//! edited address move the view. The watch ends with the workspace.

use std::cell::RefCell;
use std::rc::Rc;

use agenda_core::ProjectId;
use agenda_core::analysis::project_filter::ProjectFilter;
use yew::prelude::*;

use crate::platform::browser;
use crate::route::{self, Place, Section, Target};

/// The workspace's place and the ways to change it.
#[derive(Clone, PartialEq)]
pub struct PlaceHandle {
    section: UseStateHandle<Section>,
    project: UseStateHandle<Option<ProjectId>>,
    filter: UseStateHandle<ProjectFilter>,
    /// The element a link asked to reveal once its view is painted.
    pending: Rc<RefCell<Option<String>>>,
}

impl PlaceHandle {
    /// The view shown.
    pub fn section(&self) -> Section {
        *self.section
    }

    /// The Steckbrief (in "Projekte") or argument sheet (in "Dokument")
    /// the address opened, if any.
    pub fn project(&self) -> Option<ProjectId> {
        *self.project
    }

    /// How the project lists are filtered and sorted.
    pub fn filter(&self) -> ProjectFilter {
        (*self.filter).clone()
    }

    /// Goes to a view from the navigation: no Steckbrief open, the focus
    /// on the page.
    pub fn go(&self, section: Section) {
        self.project.set(None);
        self.section.set(section);
        browser::focus_view();
    }

    /// Follows a link inside the app; its element is revealed once the view
    /// is painted.
    pub fn navigate(&self) -> Callback<Target> {
        let this = self.clone();
        Callback::from(move |t: Target| {
            *this.pending.borrow_mut() = t.element.clone();
            this.project.set(t.project);
            this.section.set(t.section);
        })
    }

    /// Sets the project lists' filter.
    pub fn on_filter(&self) -> Callback<ProjectFilter> {
        let filter = self.filter.clone();
        Callback::from(move |next: ProjectFilter| filter.set(next))
    }
}

/// The place the address names, or `landing` without one; kept in the
/// address from then on.
#[hook]
pub fn use_place(landing: Section) -> PlaceHandle {
    let section = use_state(|| route::current().map_or(landing, |p| p.section));
    let project = use_state(|| route::current().and_then(|p| p.project));
    let filter = use_state(|| route::current().map(|p| p.filter).unwrap_or_default());
    let pending = use_mut_ref(|| None::<String>);
    {
        let watching = use_mut_ref(|| None::<crate::platform::history::Watch>);
        let (to_section, to_project, to_filter) =
            (section.clone(), project.clone(), filter.clone());
        let deps = (*section, *project, (*filter).clone());
        use_effect_with(deps, move |(section, project, filter)| {
            let place = Place {
                section: *section,
                project: project.filter(|_| *section == Section::Projects),
                filter: filter.clone(),
            };
            let now = route::current();
            let moved = now.as_ref().is_none_or(|p| {
                (p.section, p.project) != (place.section, place.project)
                    || (place.section.lists_projects()
                        && route::is_new_filter(&p.filter, &place.filter))
            });
            let push = watching.borrow().is_some() && moved;
            if watching.borrow().is_none() {
                *watching.borrow_mut() = route::watch(move |place| {
                    to_section.set(place.section);
                    to_project.set(place.project);
                    to_filter.set(place.filter);
                    browser::focus_view();
                });
            }
            route::show(&place, push);
        });
    }
    {
        let pending = pending.clone();
        use_effect_with(*section, move |_| {
            if let Some(id) = pending.borrow_mut().take() {
                browser::reveal(&id);
            }
        });
    }
    PlaceHandle {
        section,
        project,
        filter,
        pending,
    }
}
