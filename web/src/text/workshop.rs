//! "Workshop": cards and their sorting.

pub const DEPARTMENT_LABEL: &str = "Fachbereich";

pub const DEPARTMENT_OPTIONAL_LABEL: &str = "Fachbereich (optional)";

pub const WORKSHOP_HEADING: &str = "Workshop: Karten sammeln und einsortieren";

pub const WORKSHOP_INTRO: &str = "Wie Post-its auf dem Flipchart: Schreiben Sie kurze Karten, \
Enter legt die nächste an. Danach wird jede Karte einsortiert – als Leitplanke (Strategie), als \
Beitrag eines Fachbereichs, als Projektidee (Umsetzung) oder verworfen.";

pub const WORKSHOP_EMPTY: &str = "Keine Karten auf der Tafel.";
pub const CARDS_BY: &str =
    "Karten schreiben die Fachbereiche und der Digital-Navigator als Moderation.";

pub const CARD_TEXT_LABEL: &str = "Neue Karte";

pub const CARD_TEXT_HINT: &str = "Kurz halten. Enter legt die Karte an.";

pub const CARD_ADD: &str = "Karte anlegen";

pub const SORT_AS_LABEL: &str = "Einsortieren als";

pub const SORT_TO_GUIDELINE: &str = "Leitplanke";

pub const SORT_TO_PERSPECTIVE: &str = "Beitrag eines Fachbereichs";

pub const SORT_TO_IDEA: &str = "Projektidee";

pub const SORT_DISCARD: &str = "Verwerfen";

pub const SORT: &str = "Einsortieren";

pub const CHOOSE_DEPARTMENT: &str = "Bitte einen Fachbereich wählen.";

pub const IDEAS_HEADING: &str = "Projektideen";

pub const IDEAS_EMPTY: &str = "Noch keine Projektideen.";

pub fn cards_on_board(n: usize) -> String {
    match n {
        1 => "1 Karte auf der Tafel".into(),
        n => format!("{n} Karten auf der Tafel"),
    }
}

pub fn sort_card_label(card: &str) -> String {
    format!("Karte „{card}“ einsortieren")
}

pub fn idea_to_project_label(title: &str) -> String {
    format!("Projektidee „{title}“ als Projekt anlegen")
}
