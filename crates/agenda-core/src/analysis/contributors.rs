//! Who contributed for a Fachbereich: the people in the history of its
//! perspectives, workshop cards, project ideas, staff survey and votes.
//! What the council document lists per department.

use crate::model::{Agenda, DepartmentId};

/// A person who changed a department's contributions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contributor {
    /// The login or the given name.
    pub name: String,
    /// Whether a server checked the name (a login).
    pub checked: bool,
}

/// The people who changed `department`'s contributions, by name (a name
/// both checked and unchecked counts as checked).
pub fn contributors(agenda: &Agenda, department: DepartmentId) -> Vec<Contributor> {
    let history = &agenda.history;
    let mut documents = vec![format!("prioritisation/{department}")];
    let mut add = |list: &str, id: String| documents.push(format!("{list}/{id}"));
    for p in agenda.perspectives_of(department) {
        add("perspectives", p.id.to_string());
    }
    for c in agenda
        .workshop
        .iter()
        .filter(|c| c.department == Some(department))
    {
        add("workshop", c.id.to_string());
    }
    for i in agenda
        .ideas
        .iter()
        .filter(|i| i.department == Some(department))
    {
        add("ideas", i.id.to_string());
    }
    for s in agenda.surveys.iter().filter(|s| s.department == department) {
        add("surveys", s.id.to_string());
    }
    // A handful of people: a list, not a map (smaller in the download).
    let mut people: Vec<Contributor> = Vec::new();
    for change in documents.iter().flat_map(|id| history.of(id)) {
        match people.iter_mut().find(|p| p.name == change.by) {
            Some(known) => known.checked |= change.checked,
            None if !change.by.is_empty() => people.push(Contributor {
                name: change.by.clone(),
                checked: change.checked,
            }),
            None => {}
        }
    }
    crate::sorting::sort_by(&mut people, |a, b| a.name.cmp(&b.name));
    people
}
