//! Every view and every Steckbrief has its own address, in the URL
//! fragment: `#projekte`, `#projekte/<project id>`. A reload keeps the
//! place, back and forward move between views, and a link opens a
//! Steckbrief. Share links (`#teilen=…`, `share.rs`) use the same fragment
//! and are told apart by their prefix; the fragment never reaches a server.

use agenda_core::analysis::project_filter::{ProjectFilter, ProjectSort};
use agenda_core::{PriorityBand, ProjectId};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::role::Section;
use crate::text;

/// Where the user is: a view, in "Projekte" the Steckbrief shown, and the
/// filter of the project lists (`?suche=…&status=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The view.
    pub section: Section,
    /// The Steckbrief opened by the address (only in "Projekte").
    pub project: Option<ProjectId>,
    /// How the project lists are filtered and sorted.
    pub filter: ProjectFilter,
}

impl Place {
    /// A view without a particular Steckbrief or filter.
    pub fn view(section: Section) -> Self {
        Self {
            section,
            project: None,
            filter: ProjectFilter::default(),
        }
    }

    /// Reads a fragment (with or without `#`); `None` for anything that is
    /// not a place (empty, a share link, `#main`, a garbled id). Unknown
    /// or garbled filter parts are left out, never an error.
    pub fn parse(fragment: &str) -> Option<Self> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let (key, project) = match path.split_once('/') {
            Some((key, id)) => (key, Some(id.parse::<ProjectId>().ok()?)),
            None => (path, None),
        };
        let section = Section::from_key(key)?;
        // A project in "Projekte" opens its Steckbrief, in "Dokument" its
        // argument sheet for the Kämmerei.
        if project.is_some() && !matches!(section, Section::Projects | Section::Document) {
            return None;
        }
        Some(Self {
            section,
            project,
            filter: filter_of(query),
        })
    }

    /// The fragment of this place, with `#`; the filter only where project
    /// lists are shown.
    pub fn fragment(&self) -> String {
        let mut fragment = format!("#{}", self.section.key());
        if let Some(id) = self.project {
            fragment.push('/');
            fragment.push_str(&id.to_string());
        }
        if self.section.lists_projects() {
            let query = query_of(&self.filter);
            if !query.is_empty() {
                fragment.push('?');
                fragment.push_str(&query);
            }
        }
        fragment
    }
}

/// The address form of each order (the listed order has none).
pub const SORT_KEYS: [(ProjectSort, &str); 6] = [
    (ProjectSort::Listed, ""),
    (ProjectSort::Title, "titel"),
    (ProjectSort::Status, "status"),
    (ProjectSort::Progress, "fortschritt"),
    (ProjectSort::NextMilestone, "meilenstein"),
    (ProjectSort::LastUpdate, "aktualisierung"),
];

/// The address form of each priority band.
pub const BAND_KEYS: [(PriorityBand, &str); 3] = [
    (PriorityBand::High, "hoch"),
    (PriorityBand::Medium, "mittel"),
    (PriorityBand::Low, "niedrig"),
];

/// The address form of a priority band.
pub fn band_key(band: PriorityBand) -> &'static str {
    BAND_KEYS
        .iter()
        .find(|(b, _)| *b == band)
        .map_or("", |(_, k)| *k)
}

/// The priority band of an address form, if it is one.
pub fn band_of(key: &str) -> Option<PriorityBand> {
    BAND_KEYS.iter().find(|(_, k)| *k == key).map(|(b, _)| *b)
}

/// The address form of an order ("" for the listed order).
pub fn sort_key(sort: ProjectSort) -> &'static str {
    SORT_KEYS
        .iter()
        .find(|(s, _)| *s == sort)
        .map_or("", |(_, k)| *k)
}

/// The order of an address form; the listed order for anything else.
pub fn sort_of(key: &str) -> ProjectSort {
    SORT_KEYS
        .iter()
        .find(|(_, k)| *k == key)
        .map_or(ProjectSort::Listed, |(s, _)| *s)
}

fn query_of(f: &ProjectFilter) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut add = |key: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            parts.push(format!("{key}={}", percent_encode(&value)));
        }
    };
    add("suche", Some(f.text.clone()));
    add("status", f.status.map(|s| text::status_key(s).to_owned()));
    add("federfuehrung", f.lead.map(|d| d.to_string()));
    add("beteiligt", f.participant.map(|d| d.to_string()));
    add("leitplanke", f.guideline.map(|g| g.to_string()));
    add("handlungsfeld", f.field.map(|g| g.to_string()));
    add("prioritaet", f.band.map(|b| band_key(b).to_owned()));
    add("ueberfaellig", f.overdue.then(|| "ja".to_owned()));
    add("ohne-aktualisierung", f.stale_days.map(|d| d.to_string()));
    add("ohne-bezug", f.without_guideline.then(|| "ja".to_owned()));
    add("sortierung", Some(sort_key(f.sort).to_owned()));
    parts.join("&")
}

fn filter_of(query: &str) -> ProjectFilter {
    let mut f = ProjectFilter::default();
    for (key, value) in query
        .split('&')
        .filter_map(|part| part.split_once('='))
        .map(|(k, v)| (k, percent_decode(v)))
    {
        match key {
            "suche" => f.text = value,
            "status" => f.status = text::status_of_key(&value),
            "federfuehrung" => f.lead = value.parse().ok(),
            "beteiligt" => f.participant = value.parse().ok(),
            "leitplanke" => f.guideline = value.parse().ok(),
            "handlungsfeld" => f.field = value.parse().ok(),
            "prioritaet" => f.band = band_of(&value),
            "ueberfaellig" => f.overdue = value == "ja",
            "ohne-aktualisierung" => f.stale_days = value.parse().ok(),
            "ohne-bezug" => f.without_guideline = value == "ja",
            "sortierung" => f.sort = sort_of(&value),
            _ => {}
        }
    }
    f
}

/// Percent-encodes everything but unreserved ASCII (RFC 3986), as
/// `encodeURIComponent` does.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 15] {
                out.push(char::from(
                    HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                ));
            }
        }
    }
    out
}

/// Undoes `percent_encode` (and `+` for a space, as forms write it); a
/// broken escape is kept as typed, invalid UTF-8 replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (byte, hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits: at most 255.
                out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether going from filter `was` to `now` deserves its own history
/// entry, so the back button undoes it: any changed filter or order, and
/// the first letter of a search. Further letters of the same search
/// replace the entry, so typing does not fill the history.
pub fn is_new_filter(was: &ProjectFilter, now: &ProjectFilter) -> bool {
    let beyond_text = ProjectFilter {
        text: now.text.clone(),
        ..was.clone()
    } != *now;
    beyond_text || (was.text.is_empty() && !now.text.is_empty())
}

/// The place in the page's address now, if it names one.
pub fn current() -> Option<Place> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Place::parse(&hash)
}

/// Puts `place` into the address: as a new history entry (`push`, so the
/// back button returns), or in place of the current one. Nothing happens
/// when the address already says so.
pub fn show(place: &Place, push: bool) {
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
        let filter = current().map(|place| place.filter).unwrap_or_default();
        let place = Place {
            section: Section::Projects,
            project: open.then_some(project),
            filter,
        };
        show(&place, false);
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
    use agenda_core::ProjectStatus;

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
            filter: ProjectFilter::default(),
        };
        assert_eq!(
            steckbrief.fragment(),
            "#projekte/00000000-0000-0000-0000-000000000007"
        );
        assert_eq!(Place::parse(&steckbrief.fragment()), Some(steckbrief));
        let arguments = Place {
            section: Section::Document,
            project: Some(id),
            filter: ProjectFilter::default(),
        };
        assert_eq!(
            arguments.fragment(),
            "#dokument/00000000-0000-0000-0000-000000000007"
        );
        assert_eq!(Place::parse(&arguments.fragment()), Some(arguments));
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

    #[test]
    fn a_changed_filter_gets_a_history_entry_but_each_typed_letter_does_not() {
        let none = ProjectFilter::default();
        let typed = |text: &str| ProjectFilter {
            text: text.into(),
            ..ProjectFilter::default()
        };
        assert!(is_new_filter(&none, &typed("B")));
        assert!(!is_new_filter(&typed("B"), &typed("Ba")));
        assert!(!is_new_filter(&typed("Ba"), &typed("B")));
        assert!(!is_new_filter(&typed("B"), &none));
        assert!(!is_new_filter(&none, &none));
        let overdue = ProjectFilter {
            overdue: true,
            ..typed("Ba")
        };
        assert!(is_new_filter(&typed("Ba"), &overdue));
        assert!(is_new_filter(&overdue, &typed("Ba")));
        let sorted = ProjectFilter {
            sort: ProjectSort::Title,
            ..ProjectFilter::default()
        };
        assert!(is_new_filter(&none, &sorted));
    }

    #[test]
    fn a_filter_round_trips_through_the_address() {
        let filter = ProjectFilter {
            text: "Straße & Co = 100 % ü+".into(),
            status: Some(ProjectStatus::InProgress),
            lead: Some(agenda_core::DepartmentId::from_u128(1)),
            participant: Some(agenda_core::DepartmentId::from_u128(2)),
            guideline: Some(agenda_core::GuidelineId::from_u128(3)),
            field: Some(agenda_core::FieldId::from_u128(4)),
            band: Some(PriorityBand::High),
            overdue: true,
            stale_days: Some(90),
            without_guideline: true,
            sort: ProjectSort::NextMilestone,
        };
        for section in [Section::Projects, Section::Board, Section::Roadmap] {
            let place = Place {
                section,
                project: None,
                filter: filter.clone(),
            };
            let fragment = place.fragment();
            assert!(fragment.is_ascii(), "{fragment}");
            assert_eq!(Place::parse(&fragment), Some(place));
        }
        // Other views carry no filter.
        let place = Place {
            section: Section::Strategy,
            project: None,
            filter,
        };
        assert_eq!(place.fragment(), "#leitplanken");
        // Garbled parts are left out.
        let parsed =
            Place::parse("#projekte?status=unsinn&suche=a%ZZb&leitplanke=x&ueberfaellig=ja")
                .unwrap();
        assert_eq!(parsed.filter.status, None);
        assert_eq!(parsed.filter.text, "a%ZZb");
        assert_eq!(parsed.filter.guideline, None);
        assert!(parsed.filter.overdue);
    }
}
