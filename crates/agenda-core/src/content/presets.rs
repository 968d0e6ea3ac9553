//! German preset catalogues a new agenda offers to pick from. Every preset
//! becomes an ordinary item once taken: it can be renamed or removed.

/// Handlungsfelder commonly found in municipal digital strategies.
pub const FIELDS: [&str; 10] = [
    "Cybersicherheit",
    "Prozesse & Prozessmanagement",
    "Change Management",
    "Digital Leadership",
    "Digitale Kompetenzen",
    "Bürgerservice & Onlinezugang",
    "Beteiligung",
    "Zusammenarbeit mit der Wirtschaft",
    "IT-Infrastruktur",
    "Daten & Open Data",
];

/// Fachbereiche of a typical German town administration: (name, short name).
pub const DEPARTMENTS: [(&str, &str); 10] = [
    ("Hauptamt", "HA"),
    ("Kämmerei", "KÄM"),
    ("Bauamt", "BA"),
    ("Ordnungsamt", "OA"),
    ("Bürgerbüro", "BB"),
    ("Personalamt", "PA"),
    ("IT", "IT"),
    ("Sozialamt", "SA"),
    ("Standesamt", "STA"),
    ("Kultur und Bildung", "KB"),
];
