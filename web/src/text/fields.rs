//! "Handlungsfelder".

pub const RENAME: &str = "Umbenennen";

pub fn rename_label(name: &str) -> String {
    format!("„{name}“ umbenennen")
}

pub const FIELDS_HEADING: &str = "Handlungsfelder";

pub const FIELDS_INTRO: &str = "Themenfelder, denen Leitplanken, Beiträge und Projekte zugeordnet \
werden, z. B. Cybersicherheit oder Beteiligung.";

pub const FIELDS_EMPTY: &str =
    "Noch keine Handlungsfelder. Übernehmen Sie Vorschläge oder legen Sie eigene an.";

pub const FIELD_ADD_LABEL: &str = "Neues Handlungsfeld";

pub const FIELD_NAME_LABEL: &str = "Name des Handlungsfelds";

pub fn field_usage(guidelines: usize, perspectives: usize) -> String {
    let g = match guidelines {
        1 => "1 Leitplanke".to_owned(),
        n => format!("{n} Leitplanken"),
    };
    let p = match perspectives {
        1 => "1 Beitrag".to_owned(),
        n => format!("{n} Beiträge"),
    };
    format!("{g} · {p}")
}
