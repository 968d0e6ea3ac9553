//! What the Kämmerei reads: costs, benefits and funding in the Steckbrief,
//! the argument sheet and "Haushalt".

use super::*;
use crate::format::*;

pub const FIN_HEADING: &str = "Kosten, Nutzen und Förderung";

pub const FIN_COSTS: &str = "Kosten";

pub const FIN_YEAR: &str = "Haushaltsjahr der einmaligen Kosten (leer: Startjahr)";

pub const FIN_INVESTMENT: &str = "Einmalig investiv (€): Hardware, gekaufte Software";

pub const FIN_CONSUMPTIVE: &str = "Einmalig konsumtiv (€): Beratung, Einrichtung, Schulung";

pub const FIN_INVESTMENT_HOURS: &str = "Einmalige Eigenleistung (Personalstunden)";

pub const FIN_RECURRING: &str = "Laufend konsumtiv pro Jahr (€): Lizenzen, Wartung, Betrieb";

pub const FIN_RECURRING_HOURS: &str = "Laufende Eigenleistung (Personalstunden pro Jahr)";

pub const FIN_LIFE: &str = "Nutzungsdauer (Jahre)";

pub const FIN_BENEFITS: &str = "Nutzen in Geld";

pub const FIN_CASES: &str = "Fälle pro Jahr";

pub const FIN_MINUTES: &str = "Minuten gespart je Fall";

pub const FIN_SAVINGS: &str = "Sonstige Einsparungen pro Jahr (€)";

pub const FIN_QUALITATIVE: &str = "Nutzen, der sich nicht in Geld rechnet";

pub const FIN_REASON: &str = "Begründung";

/// A rating's word for the form and documents: "—" for not rated.
pub fn rating(rating: u8) -> &'static str {
    match rating {
        0 => "—",
        r => agenda_core::vocabulary::rating(r),
    }
}

pub const FIN_GRANTS: &str = "Förderprogramme";

pub const FIN_GRANT_NAME: &str = "Programm";

pub const FIN_GRANT_BODY: &str = "Fördergeber";

pub const FIN_GRANT_SHARE: &str = "Förderquote (%) oder Betrag (€)";

pub const FIN_GRANT_STATUS: &str = "Stand";

pub const FIN_GRANT_DEADLINE: &str = "Frist";

pub const FIN_GRANT_ADD: &str = "Förderprogramm hinzufügen";

pub const FIN_GRANT_REMOVE: &str = "Förderprogramm entfernen";

pub const FIN_SAVE: &str = "Kosten und Nutzen speichern";

pub const FIN_ARGUMENTS_LINK: &str = "Argumente für die Kämmerei (Druckseite)";

pub const FIN_EMPTY: &str = "Noch keine Kosten erfasst.";

pub const FIN_HOURS_HINT: &str = "Diese Angaben sind die einzigen Kostenzahlen des Projekts: Steckbrief, Ratsdokument, Haushalt und Exporte lesen sie von hier. Personalstunden und gesparte Minuten rechnet die App mit dem Stundensatz der Kommune (Ansicht „Haushalt“); Eigenleistung zählt in der Wirtschaftlichkeit, aber nicht im Eigenanteil, denn sie wird nicht zusätzlich ausgezahlt.";

/// What a programme pays, as typed back into the form.
pub fn grant_share(share: agenda_core::kaemmerei::finance::GrantShare) -> String {
    match share {
        agenda_core::kaemmerei::finance::GrantShare::Rate(bp) => basis_points(bp),
        agenda_core::kaemmerei::finance::GrantShare::Amount(c) => c.german(),
    }
}

pub const FIN_ONE_OFF: &str = "Einmalige Kosten";

pub const FIN_OF_WHICH_INVESTIVE: &str = "davon investiv";

pub const FIN_OF_WHICH_CONSUMPTIVE: &str = "davon konsumtiv";

pub const FIN_STAFF: &str = "Eigenleistung (Personal, kalkulatorisch)";

/// "16.500,00 € einmalig (300 Stunden), 2.200,00 € pro Jahr (40 Stunden)";
/// a part without hours is left out.
pub fn staff_time(
    once: agenda_core::kaemmerei::money::Cents,
    once_hours: u32,
    yearly: agenda_core::kaemmerei::money::Cents,
    yearly_hours: u32,
) -> String {
    let mut parts = Vec::new();
    if once_hours > 0 {
        parts.push(format!(
            "{} einmalig ({})",
            once.german(),
            hours(u64::from(once_hours))
        ));
    }
    if yearly_hours > 0 {
        parts.push(format!(
            "{} pro Jahr ({})",
            yearly.german(),
            hours(u64::from(yearly_hours))
        ));
    }
    parts.join(", ")
}

pub const FIN_YEARLY_COSTS: &str = "Laufende Kosten pro Jahr";

pub const FIN_YEARLY_SAVINGS: &str = "Einsparung pro Jahr";

pub const FIN_APPROVED: &str = "Förderung bewilligt";

pub const FIN_PENDING: &str = "Förderung geplant oder beantragt";

pub const FIN_OWN_SHARE: &str = "Eigenanteil";

pub const FIN_PAYBACK: &str = "Amortisation";

pub const FIN_NPV: &str = "Kapitalwert";

pub fn with_hours(money: agenda_core::kaemmerei::money::Cents, h: u64) -> String {
    if h == 0 {
        money.german()
    } else {
        format!("{} (darin {})", money.german(), hours(h))
    }
}

pub fn payback(year: Option<u32>, life: u32) -> String {
    match year {
        Some(0) => "sofort (die Förderung deckt die einmaligen Kosten)".into(),
        Some(1) => "im 1. Jahr nach der Einführung".into(),
        Some(n) => format!("im {n}. Jahr nach der Einführung"),
        None => format!("nicht innerhalb der Nutzungsdauer von {life} Jahren"),
    }
}

pub fn npv_at(bp: u32) -> String {
    format!("{FIN_NPV} bei {} Kalkulationszins", basis_points(bp))
}

pub const FIN_NO_LIFE: &str =
    "Ohne Nutzungsdauer keine Wirtschaftlichkeitsrechnung: bitte die Nutzungsdauer eintragen.";

/// The plain verdict: does it pay back in money, and if not, what it rests on.
pub fn verdict(
    pays_back: bool,
    qualitative: &[agenda_core::kaemmerei::finance::QualitativeBenefit],
) -> String {
    if pays_back {
        return "Das Projekt trägt sich in Geld: die Einsparungen decken die Kosten innerhalb der Nutzungsdauer.".into();
    }
    if qualitative.is_empty() {
        return "Das Projekt rechnet sich in Geld nicht, und es ist kein anderer Nutzen genannt: so ist es schwer zu begründen.".into();
    }
    let reasons: Vec<String> = qualitative
        .iter()
        .map(|q| {
            let weight = rating(q.rating);
            format!("{} ({weight})", benefit_kind(q.kind))
        })
        .collect();
    format!(
        "Das Projekt rechnet sich in Geld nicht. Es stützt sich auf: {}.",
        reasons.join(", ")
    )
}

pub const BUDGET_HEADING: &str = "Haushaltsplanung";

pub const BUDGET_INTRO: &str = "Was alle Projekte in welchem Haushaltsjahr kosten, was Förderung deckt und was die Kommune selbst trägt. Investive Auszahlungen (Hardware, gekaufte Software) gehören in den Finanzhaushalt, konsumtive Aufwendungen (Beratung, Einrichtung, Lizenzen, Wartung) in den Ergebnishaushalt. Einmalige Kosten fallen im Haushaltsjahr des Projekts an, laufende Kosten in den Jahren danach (ohne Nutzungsdauer: die drei Jahre der mittelfristigen Finanzplanung). Nur bewilligte Förderung senkt den Eigenanteil. Eigenleistung des Personals steht daneben: Sie wird mit dem Stundensatz bewertet, aber nicht zusätzlich ausgezahlt.";

pub const BUDGET_SETTINGS: &str = "Sätze der Kommune";

pub const BUDGET_RATE: &str = "Stundensatz Personal (€)";

pub const BUDGET_RATE_ASK: &str = "Bitte tragen Sie den Stundensatz Ihrer Kommune und seine Quelle ein (z. B. aus der Kosten-Leistungs-Rechnung oder den KGSt-Sätzen). Bis dahin rechnet die App mit einem Richtwert des Bundes von 2014, und die Dokumente sagen das.";

/// The rates under an argument sheet, saying when the hourly rate is still
/// the federal default of 2014 rather than the town's own.
pub fn rates_used(s: &agenda_core::kaemmerei::finance::FinanceSettings) -> String {
    let own = if s.rate_is_default() {
        "; die Kommune hat noch keinen eigenen Satz festgelegt"
    } else {
        ""
    };
    format!(
        "Stundensatz Personal: {} ({}{own}); Kalkulationszinssatz: {} ({})",
        s.hourly_rate.german(),
        s.rate_source,
        basis_points(s.discount_bp),
        s.discount_source
    )
}

pub const BUDGET_RATE_SOURCE: &str = "Quelle des Stundensatzes";

pub const BUDGET_DISCOUNT: &str = "Kalkulationszinssatz (%)";

pub const BUDGET_DISCOUNT_SOURCE: &str = "Quelle des Zinssatzes";

pub const BUDGET_SAVE: &str = "Sätze speichern";

pub const BUDGET_BY_YEAR: &str = "Nach Haushaltsjahr";

pub const BUDGET_BY_GROUP: &str = "Summen über alle Jahre";

pub const BUDGET_PROJECTS_IN_YEAR: &str = "Projekte eines Haushaltsjahres";

pub const BUDGET_GROUPING: &str = "Gruppieren nach";

pub const BUDGET_GROUPINGS: [&str; 3] =
    ["Leitplanke", "Handlungsfeld", "Fachbereich (federführend)"];

pub const BUDGET_GUIDELINE_NOTE: &str = "Ein Projekt, das mehreren Leitplanken dient, zählt bei jeder mit; die Summe der Zeilen kann daher über der Gesamtsumme liegen.";

pub const BUDGET_NONE: &str = "ohne Zuordnung";

pub const BUDGET_TOTAL: &str = "Summe";

pub const BUDGET_YEAR: &str = "Haushaltsjahr";

pub const BUDGET_INVESTMENT: &str = "Investiv (Finanzhaushalt)";

pub const BUDGET_CONSUMPTIVE: &str = "Konsumtiv (Ergebnishaushalt)";

pub const BUDGET_STAFF: &str = "Eigenleistung Personal (kalkulatorisch, nicht im Eigenanteil)";

pub const BUDGET_EMPTY: &str = "Noch kein Projekt mit Kosten und Haushaltsjahr.";

pub const BUDGET_WITHOUT_YEAR: &str = "Ohne Haushaltsjahr und Start (nicht im Plan):";

pub const BUDGET_CSV: &str = "Haushaltsplan als CSV (Excel)";

pub const ARG_TITLE: &str = "Argumente für die Kämmerei";

pub const ARG_WHAT: &str = "Worum es geht";

pub const ARG_COSTS: &str = "Was es kostet, wann, und was es spart";

pub const ARG_WHY: &str = "Welche Pflicht oder welches Risiko es beantwortet";

pub const ARG_FUNDING: &str = "Förderung";

pub const ARG_DECISION: &str = "Beschlussvorschlag";

pub const ARG_NO_FUNDING: &str = "Kein Förderprogramm eingetragen.";

pub const ARG_NO_REASON: &str = "Kein qualitativer Nutzen eingetragen.";

/// "Einmalige Kosten (2026)".
pub fn once(year: Option<i32>) -> String {
    year.map_or_else(|| FIN_ONE_OFF.into(), |y| format!("{FIN_ONE_OFF} ({y})"))
}

/// "Laufende Kosten pro Jahr (2027–2034)".
pub fn yearly(first: Option<i32>, years: u32) -> String {
    match first {
        Some(y) => format!(
            "{FIN_YEARLY_COSTS} ({}–{})",
            y + 1,
            y.saturating_add_unsigned(years)
        ),
        None => format!("{FIN_YEARLY_COSTS} ({years} Jahre)"),
    }
}

pub fn arg_priority(place: usize, of: usize, title: &str) -> String {
    format!("Leitplanke „{title}“: Platz {place} von {of} in der Priorisierung der Fachbereiche")
}

pub fn arg_field_priority(place: usize, of: usize, name: &str) -> String {
    format!("Handlungsfeld „{name}“: Platz {place} von {of} in der Priorisierung der Fachbereiche")
}

pub fn arg_decision(
    year: Option<i32>,
    own: agenda_core::kaemmerei::money::Cents,
    yearly: agenda_core::kaemmerei::money::Cents,
) -> String {
    let when = year.map_or_else(
        || "im Haushaltsjahr des Projekts".into(),
        |y| format!("im Haushalt {y}"),
    );
    if yearly.0 == 0 {
        format!(
            "Der Rat beschließt, das Projekt umzusetzen und {when} Mittel von {} (Eigenanteil) bereitzustellen.",
            own.german()
        )
    } else {
        format!(
            "Der Rat beschließt, das Projekt umzusetzen und {when} Mittel von {} (Eigenanteil) sowie in den Folgejahren jährlich {} bereitzustellen.",
            own.german(),
            yearly.german()
        )
    }
}

/// The name of a qualitative benefit.
pub fn benefit_kind(kind: agenda_core::kaemmerei::finance::BenefitKind) -> &'static str {
    use agenda_core::kaemmerei::finance::BenefitKind;
    match kind {
        BenefitKind::LegalDuty => "Rechtspflicht (z. B. OZG, E-Government-Gesetz)",
        BenefitKind::Security => "Informationssicherheit, Risikominderung",
        BenefitKind::CitizenService => "Bürgerservice",
        BenefitKind::StaffSatisfaction => "Mitarbeiterzufriedenheit",
    }
}

/// A Leitplanke the project serves, where the prioritisation gives it no
/// place.
pub fn arg_guideline(title: &str) -> String {
    format!("{}: „{title}“", super::PROJECT_GUIDELINES)
}

/// A Förderprogramm in one line: "Programm (Fördergeber): 50,00 %,
/// bewilligt"; a missing Fördergeber is left out, an amount of 0 € reads
/// "Betrag noch offen".
pub fn grant_line(g: &agenda_core::kaemmerei::finance::Grant) -> String {
    use agenda_core::kaemmerei::finance::GrantShare;
    let body = if g.body.is_empty() {
        String::new()
    } else {
        format!(" ({})", g.body)
    };
    let share = match g.share {
        GrantShare::Amount(c) if c.0 == 0 => "Betrag noch offen".to_owned(),
        share => grant_share(share),
    };
    format!(
        "{}{body}: {share}, {}",
        g.name,
        agenda_core::vocabulary::grant_status(g.status)
    )
}

/// A project's costs in the council document: "60.000,00 € einmalig
/// (investiv 45.000,00 €, konsumtiv 15.000,00 €), 9.000,00 € pro Jahr".
pub fn doc_costs(m: &agenda_core::kaemmerei::finance::Money) -> String {
    use agenda_core::kaemmerei::money::Cents;
    if m.one_off() == Cents::ZERO && m.recurring == Cents::ZERO {
        return "–".into();
    }
    // Both kinds: each with its amount; one kind: only its name.
    let parts: Vec<String> = match m.one_off_parts().as_slice() {
        [(name, _)] => vec![(*name).to_owned()],
        parts => parts
            .iter()
            .map(|(name, c)| format!("{name} {}", c.german()))
            .collect(),
    };
    let mut out = format!("{} einmalig", m.one_off().german());
    if !parts.is_empty() {
        out.push_str(&format!(" ({})", parts.join(", ")));
    }
    if m.recurring != Cents::ZERO {
        out.push_str(&format!(", {} pro Jahr", m.recurring.german()));
    }
    out
}

/// A project's funding in the council document: its Förderprogramme (not
/// the rejected ones) and the own share.
pub fn doc_funding(
    m: &agenda_core::kaemmerei::finance::Money,
    grants: &[agenda_core::kaemmerei::finance::Grant],
) -> String {
    use agenda_core::kaemmerei::finance::GrantStatus;
    let mut parts: Vec<String> = grants
        .iter()
        .filter(|g| g.status != GrantStatus::Rejected)
        .map(grant_line)
        .collect();
    if m.one_off().0 != 0 {
        parts.push(format!("{FIN_OWN_SHARE} {}", m.own_share.german()));
    }
    if parts.is_empty() {
        "–".into()
    } else {
        parts.join("; ")
    }
}
