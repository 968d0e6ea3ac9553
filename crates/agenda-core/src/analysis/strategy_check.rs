//! The Strategie-Check: flags Leitplanken that read like projects. A
//! Leitplanke is strategy; dates, money, products, quantities and concrete
//! work belong to projects. The rules read title and description sentence
//! by sentence; `docs/strategy-check.md` has them with the labelled corpus
//! they are measured on (precision and recall, `make bench`).
//!
//! Signs that flag a sentence on their own (German label in the UI):
//!
//! - **Datum**: a deadline year ("bis 2026", "Ende Mai 2023"; a year used
//!   as a name, "Leitbild 2030", is not one), a span ("2024–2026"), a
//!   quarter ("Q3") or a date ("30.06.2026").
//! - **Geldbetrag**: an amount with €, EUR, Euro, Mio., Tsd. or T€.
//! - **Produktname**: a known software or product name ([`PRODUCTS`]).
//! - **Umsetzungsverb**: a verb of implementation
//!   ([`IMPLEMENTATION_STEMS`]): einführen, beschaffen, umstellen, also
//!   split ("wir führen … ein") and as a noun with its object
//!   ("Einführung der E-Akte"; "vor der Einführung" is not one).
//! - **Anzahl**: a count or share: "40 Tablets", "alle 146 Schulen",
//!   "drei Stadtquartiere", "80 %".
//! - **Arbeitsschritt**, a task verb closing a main clause without "zu"
//!   ([`TASKS`]): "Notfallhandbuch erstellen", "Stabsstelle einrichten".
//!
//! Signs that flag a sentence in pairs of two different ones, or a
//! deliverable or place alone in a sentence without a verb that does not
//! close with a goal verb ("Notfallhandbuch IT", but not "Digitale Bildung
//! an Schulen stärken"):
//!
//! - **Arbeitsergebnis**: a concrete deliverable: a device, system, document or
//!   online service (compound endings in [`DELIVERABLES`], and
//!   [`INFRASTRUCTURE`] anywhere in a compound).
//! - **Arbeitsschritt**: a work verb strategy uses too, closing the
//!   sentence ("… ausbauen", "… anbieten", [`WORK_STEPS`]), a task verb
//!   with "zu" or in a subordinate clause, or the noun of either with an
//!   object ("Erstellung eines …", "Digitalisierung der Bauakten").
//! - **Ort**: a concrete place or unit: an office, school, town hall
//!   (compound endings in [`PLACES`]).
//!
//! A sentence that states a rule rather than a task ("nur, wenn …",
//! "bevor …", "Prinzip", "Grundsatz", "stets", "keine"; not "nur noch") is
//! flagged by neither the task verb nor the paired signs. The paired signs
//! are reported only when they decide.

use crate::model::Agenda;
use crate::model::GuidelineId;

/// Which rule matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A date or deadline.
    Date,
    /// An amount of money.
    Money,
    /// A product name.
    Product,
    /// An implementation verb.
    ImplementationVerb,
    /// A count or share ("40 Tablets", "80 %").
    Quantity,
    /// A concrete deliverable ("Notfallhandbuch", "App", "WLAN").
    Deliverable,
    /// A work step ("… erstellen", "Einrichtung eines …").
    WorkStep,
    /// A concrete place or unit ("im Bauamt", "in allen Schulen").
    Place,
}

/// A finding: the rule and the word that triggered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The Leitplanke.
    pub guideline: GuidelineId,
    /// The rule.
    pub rule: Rule,
    /// The triggering word as written.
    pub word: String,
}

/// Software and products often named in municipal plans (lowercase,
/// separated by spaces like every word list here).
pub const PRODUCTS: &str = "\
sap microsoft windows teams office m365 excel sharepoint outlook zoom \
webex citrix oracle nextcloud opendesk enaio d.velop dvelop regisafe \
fabasoft vois ipad iphone android";

/// Stems of implementation verbs and their nouns (lowercase).
pub const IMPLEMENTATION_STEMS: &str = "\
einführ eingeführt einzuführ beschaff anschaff angeschafft umstell \
umgestellt umzustell installier installation ausroll ausgerollt \
implementier migrier migration kaufen gekauft programmier ausschreib \
ausgeschrieben freischalt";

/// Verbs of tasks, as infinitives (lowercase): what they make is done
/// once ("Notfallhandbuch erstellen", "Stabsstelle einrichten"). Closing
/// a sentence, without "zu", they flag it; as a noun with an object
/// ("Erstellung eines …") or with "zu" they count as a work step.
pub const TASKS: &str = "\
fortschreiben erstellen erarbeiten einrichten durchführen eröffnen gründen \
errichten benennen beschließen vorlegen erlassen beantragen pilotieren \
erproben testen ausstatten anschließen zusammenlegen einberufen \
beauftragen vergeben ausgeben versenden aufsetzen umbauen ablösen \
nachrüsten konzipieren zertifizieren";

/// Verbs of work that strategy uses too ("Digitale Kompetenzen ausbauen"
/// against "WLAN in allen Schulen ausbauen"), as infinitives (lowercase):
/// closing a sentence or as a noun with an object they are a work step.
pub const WORK_STEPS: &str = "\
aufbauen ausbauen anbieten bereitstellen entwickeln umsetzen \
digitalisieren anbinden integrieren erweitern modernisieren erneuern \
ersetzen starten veröffentlichen schulen übertragen";

/// Endings of nouns for concrete deliverables (lowercase): devices,
/// systems, documents, online services. An entry starting with '-' only
/// counts as a whole word or after a hyphen ("E-Akte", "Mitfahr-App").
pub const DELIVERABLES: &str = "\
netz shop anmeldung bescheinigung genehmigung zulassung urkunde \
geschäftsordnung portal plattform -app -apps handbuch leitfaden konzept \
plan kodex katalog bericht roadmap satzung landkarte datenbank dashboard \
chatbot website webseite homepage intranet livestream tablet tablets \
laptop laptops notebooks geräte server firewall hotspots anschluss \
sensoren tafeln kiosk zwilling -akte antrag formulare terminvergabe \
termine schulung workshop software informationssystem fachverfahren melder";

/// Infrastructure named anywhere inside a compound ("Glasfaseranbindung",
/// "WLAN-Ausbau", "Breitbandnetz").
pub const INFRASTRUCTURE: &str = "glasfaser wlan breitband";

/// Endings of nouns for concrete places and units (lowercase). "-amt"
/// counts inside compounds only ("Bauamt"; not "gesamt", "Ehrenamt").
pub const PLACES: &str = "\
archiv gebiet -amt ämter ämtern büro rathaus rathäusern schule schulen \
kita kitas bibliothek feuerwehr bauhof gewerbegebiet innenstadt quartiere \
stadtteil liegenschaften klassenräume gebäude stadtrat gemeinderat";

const MONEY_WORDS: &str = "€ eur euro mio mio. tsd tsd.";

/// Words before a year that make it a deadline or a point in time.
const BEFORE_YEAR: &str = "\
bis ab im in zum seit vor nach ende anfang mitte spätestens jahr jahre \
haushalt sommer herbst frühjahr winter januar februar märz april mai juni \
juli august september oktober november dezember";

const NUMBER_WORDS: &str = "\
zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig hundert";

/// Verb particles split off in main clauses ("wir führen … ein").
const PARTICLES: &str = "ein an auf aus um frei bereit vor nach ab zusammen";

/// Words that open the object of an action noun ("Einführung der …").
const OBJECT_OPENERS: &str = "der des von vom eines einer aller neuer an auf zur";

/// Words that make a sentence a rule rather than a task.
const RULE_WORDS: &str = "\
nur wenn bevor sofern soweit stets grundsätzlich prinzip grundsatz keine \
kein";

/// Verbs of direction (lowercase): a sentence closing with one states a
/// goal ("Digitale Bildung an Schulen stärken"), not a task.
const GOAL_VERBS: &str = "\
stärken fördern verbessern unterstützen sichern ermöglichen gestalten \
erleichtern nutzen vorantreiben weiterentwickeln schaffen";

/// Pronouns and finite verbs that show a sentence has a verb.
const CLAUSE_WORDS: &str = "\
wir sie es man ist sind wird werden hat haben soll sollen will wollen kann \
können muss müssen bleibt bleiben gilt steht stehen gibt";

/// Words after a comma that open a subordinate clause, whose verb closes
/// it ("…, bevor wir sie einrichten").
const CLAUSE_OPENERS: &str = "\
dass damit weil wenn ob wie wo bevor sobald indem um die der das den dem";

/// The entries of a word list: the lists are one string each, words
/// separated by spaces (no table of string slices in the bundle).
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.split(' ')
}

/// One word of the text: as written (punctuation trimmed) and lowercase.
struct Word<'a> {
    raw: &'a str,
    word: &'a str,
    lower: String,
}

impl Word<'_> {
    fn is_capitalised(&self) -> bool {
        self.word.chars().next().is_some_and(char::is_uppercase)
    }
    /// Whether the word is one of `list` (words separated by spaces).
    fn is(&self, list: &str) -> bool {
        entries(list).any(|e| e == self.lower)
    }
}

fn clean(raw: &str) -> &str {
    raw.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '„' | '“' | '‚' | '‘' | '\''
        )
    })
    .trim_end_matches('.')
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with("20") && all_digits(word)
}

/// "2024–2026", "2025/26".
fn is_year_span(word: &str) -> bool {
    match word.split_once(['-', '–', '/']) {
        Some((from, to)) => is_year(from) && (is_year(to) || to.len() == 2 && all_digits(to)),
        None => false,
    }
}

fn is_quarter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('q' | 'Q'))
        && matches!(chars.next(), Some('1'..='4'))
        && chars.next().is_none_or(|c| c == '/' || c.is_whitespace())
}

fn is_dotted_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| all_digits(p))
        && parts.last().is_some_and(|y| y.len() == 4 || y.len() == 2)
}

fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// A count: digits, with thousands points ("4.500") or a decimal comma;
/// not a version ("4.0"), a date or a code ("5G", "24/7").
fn is_count(word: &str) -> bool {
    let mut groups = word.split('.');
    let first = groups.next().unwrap_or_default();
    first.starts_with(|c: char| c.is_ascii_digit())
        && first.chars().all(|c| c.is_ascii_digit() || c == ',')
        && groups.all(|g| g.len() == 3 && all_digits(g))
}

fn is_money_word(word: &Word) -> bool {
    let raw = word.raw.to_lowercase();
    let raw = raw.trim_end_matches([',', ';']);
    entries(MONEY_WORDS).any(|m| m == raw)
}

/// The entry of `endings` that `lower` ends with, also in the genitive
/// (-s, -es: "des Stadtarchivs"). See [`DELIVERABLES`] for entries that
/// start with '-'.
fn ending(lower: &str, endings: &str) -> bool {
    [
        Some(lower),
        lower.strip_suffix('s'),
        lower.strip_suffix("es"),
    ]
    .into_iter()
    .flatten()
    .any(|form| entries(endings).any(|e| ends_with(form, e)))
}

fn ends_with(lower: &str, entry: &str) -> bool {
    match entry.strip_prefix('-') {
        // Office compounds ("Bauamt", "Ordnungsamt"), not "gesamt".
        Some("amt") => {
            lower.len() > 5
                && lower.ends_with("amt")
                && !matches!(lower, "gesamt" | "insgesamt")
                && !lower.ends_with("ehrenamt")
        }
        Some(part) => lower
            .strip_suffix(part)
            .is_some_and(|before| before.is_empty() || before.ends_with('-')),
        None => lower.ends_with(entry),
    }
}

/// Whether `lower` is the noun of `infinitive` ("erstellen" →
/// "erstellung", "erneuern" → "erneuerung", "entwickeln" →
/// "entwicklung", "digitalisieren" → "digitalisierung").
fn is_noun_of(lower: &str, infinitive: &str) -> bool {
    let Some(rest) = lower.strip_suffix("ung") else {
        return false;
    };
    match infinitive.strip_suffix("eln") {
        Some(stem) => rest.strip_suffix('l') == Some(stem),
        None => {
            infinitive.strip_suffix("en") == Some(rest)
                || infinitive.strip_suffix('n') == Some(rest)
        }
    }
}

/// The stem finite forms start with: "einrichten" → "einricht".
fn stem(infinitive: &str) -> &str {
    infinitive
        .strip_suffix("en")
        .or_else(|| infinitive.strip_suffix('n'))
        .unwrap_or(infinitive)
}

/// An action noun ("Einführung", "Erstellung") opening its object ("der
/// E-Akte", "von 40 Tablets"), not used for a point in time ("vor der
/// Einführung", "mit Einführung der …").
fn noun_with_object(words: &[Word], at: usize) -> bool {
    let before = at.checked_sub(1).and_then(|n| words.get(n));
    let generic = before.is_some_and(|w| {
        (!w.is_capitalised() && w.is("der die dem den des"))
            || w.is("vor bei nach mit seit während zur beim durch")
    });
    !generic && words.get(at + 1).is_some_and(|w| w.is(OBJECT_OPENERS))
}

/// A noun for one act ("Beschaffung", "Migration"); plurals
/// ("Beschaffungen richten sich nach …") speak of acts in general.
fn is_noun_form(lower: &str) -> bool {
    ["ung", "ungen", "ion", "ionen"]
        .iter()
        .any(|e| lower.ends_with(e))
}

fn is_singular_noun(lower: &str) -> bool {
    lower.ends_with("ung") || lower.ends_with("ion")
}

/// A split verb: a finite form of the stem before its particle, which
/// closes the sentence ("wir führen SAP ein" for "einführ"). The words as
/// written.
fn split_verb(words: &[Word], stem_with_particle: &str) -> Option<String> {
    let (last, others) = words.split_last()?;
    let particle =
        entries(PARTICLES).find(|p| last.lower == *p && stem_with_particle.starts_with(p))?;
    let rest = stem_with_particle.get(particle.len()..)?;
    if rest.is_empty() || rest.starts_with("ge") || rest.starts_with("zu") {
        return None;
    }
    let verb = others
        .iter()
        .find(|w| !w.is_capitalised() && w.lower.starts_with(rest))?;
    Some(format!("{} … {}", verb.word, last.word))
}

/// Whether `lower` is `infinitive`, also with a prefix that keeps its
/// meaning ("weiterentwickeln"); "verlassen" is not "erlassen".
fn is_verb(lower: &str, infinitive: &str) -> bool {
    lower
        .strip_suffix(infinitive)
        .is_some_and(|prefix| matches!(prefix, "" | "weiter" | "wieder" | "mit" | "neu"))
}

/// The infinitive with "zu" inside: "einzurichten" for "einrichten".
fn is_zu_infinitive(lower: &str, infinitive: &str) -> bool {
    entries(PARTICLES).any(|p| {
        match (
            infinitive.strip_prefix(p),
            lower.strip_prefix(p).and_then(|l| l.strip_prefix("zu")),
        ) {
            (Some(rest), Some(given)) => rest == given,
            _ => false,
        }
    })
}

/// Whether the sentence has no verb: no pronoun, no finite verb, no
/// lowercase word after the first ending in -t (most finite forms).
fn without_verb(words: &[Word]) -> bool {
    !words.iter().enumerate().any(|(n, w)| {
        w.is(CLAUSE_WORDS)
            || (n > 0
                && !w.is_capitalised()
                && w.lower.chars().count() > 3
                && w.lower.ends_with('t')
                && !w.is("nicht seit jetzt erst bereit"))
    })
}

/// Whether the sentence ends in a subordinate clause, whose verb stands
/// last ("…, wenn wir neue Systeme einrichten").
fn ends_in_subordinate_clause(words: &[Word]) -> bool {
    words
        .windows(2)
        .any(|pair| matches!(pair, [a, b] if a.raw.ends_with(',') && b.is(CLAUSE_OPENERS)))
}

/// Whether the sentence states a rule rather than a task ("nur, wenn",
/// "Prinzip", "keine"); "nur noch" announces a change.
fn states_a_rule(words: &[Word]) -> bool {
    words
        .iter()
        .any(|w| w.is(RULE_WORDS) || w.lower.ends_with("prinzip") || w.lower.ends_with("grundsatz"))
        && !words
            .windows(2)
            .any(|pair| matches!(pair, [a, b] if a.lower == "nur" && b.lower == "noch"))
}

type Found = Vec<(Rule, String)>;

fn push(list: &mut Found, rule: Rule, word: &str) {
    if !list.iter().any(|(r, _)| *r == rule) {
        list.push((rule, word.to_owned()));
    }
}

/// The signs of one word that flag on their own.
fn strong_signs(words: &[Word], n: usize, w: &Word, strong: &mut Found) {
    let before = n.checked_sub(1).and_then(|p| words.get(p));
    let after = words.get(n + 1);
    let lower = w.lower.as_str();
    let deadline = is_year(w.word) && before.is_some_and(|b| b.is(BEFORE_YEAR));
    if deadline
        || is_year_span(w.word)
        || is_quarter(w.word)
        || is_dotted_date(w.raw.trim_end_matches([',', ';']))
    {
        push(strong, Rule::Date, w.word);
    }
    if (lower.contains('€') && has_digit(lower))
        || lower.ends_with("t€")
        || (is_money_word(w) && before.is_some_and(|b| has_digit(b.raw)))
    {
        push(strong, Rule::Money, w.word);
    }
    let number =
        (is_count(w.word) && !is_year(w.word) && !is_dotted_date(w.word)) || w.is(NUMBER_WORDS);
    if number && after.is_some_and(|a| !is_money_word(a) && !is_year(a.word)) {
        push(strong, Rule::Quantity, w.word);
    }
    if w.is(PRODUCTS) {
        push(strong, Rule::Product, w.word);
    }
    if entries(IMPLEMENTATION_STEMS).any(|s| lower.starts_with(s))
        && (!is_noun_form(lower) || (is_singular_noun(lower) && noun_with_object(words, n)))
    {
        push(strong, Rule::ImplementationVerb, w.word);
    }
}

/// The signs of one word that flag together.
fn weak_signs(words: &[Word], n: usize, w: &Word, weak: &mut Found) {
    let lower = w.lower.as_str();
    if ending(lower, DELIVERABLES) || entries(INFRASTRUCTURE).any(|part| lower.contains(part)) {
        push(weak, Rule::Deliverable, w.word);
    }
    if ending(lower, PLACES) {
        push(weak, Rule::Place, w.word);
    }
    if w.is_capitalised()
        && entries(WORK_STEPS)
            .chain(entries(TASKS))
            .any(|v| is_noun_of(lower, v))
        && noun_with_object(words, n)
    {
        push(weak, Rule::WorkStep, w.word);
    }
}

/// The work step the sentence closes with: a task verb without "zu" in a
/// main clause flags on its own (`true`); other work verbs, "zu"-forms
/// and verbs closing a subordinate clause only count (`false`).
fn closing_work_step(words: &[Word], rule: bool) -> Option<(String, bool)> {
    let (last, others) = words.split_last()?;
    let after_zu = others.last().is_some_and(|w| w.lower == "zu");
    let main_clause = !after_zu && !rule && !ends_in_subordinate_clause(words);
    if entries(TASKS).any(|v| is_verb(&last.lower, v)) {
        return Some((last.word.to_owned(), main_clause));
    }
    if entries(WORK_STEPS)
        .chain(entries(TASKS))
        .any(|v| is_verb(&last.lower, v) || is_zu_infinitive(&last.lower, v))
    {
        return Some((last.word.to_owned(), false));
    }
    for (list, alone) in [(TASKS, main_clause), (WORK_STEPS, false)] {
        if let Some(split) = entries(list).find_map(|v| split_verb(words, stem(v))) {
            return Some((split, alone));
        }
    }
    None
}

/// Findings of one sentence, at most one per rule.
fn check_sentence(words: &[Word], found: &mut Found) {
    let mut strong = Found::new();
    let mut weak = Found::new();
    for (n, w) in words.iter().enumerate() {
        strong_signs(words, n, w, &mut strong);
        weak_signs(words, n, w, &mut weak);
    }
    if let Some(split) = entries(IMPLEMENTATION_STEMS).find_map(|s| split_verb(words, s)) {
        push(&mut strong, Rule::ImplementationVerb, &split);
    }
    let rule = states_a_rule(words);
    match closing_work_step(words, rule) {
        Some((word, true)) => push(&mut strong, Rule::WorkStep, &word),
        Some((word, false)) => push(&mut weak, Rule::WorkStep, &word),
        None => {}
    }
    // The weaker signs decide in pairs, or a deliverable or place alone in
    // a sentence without a verb that does not close with a goal; they are
    // reported only when they decide.
    let alone = weak
        .iter()
        .any(|(r, _)| matches!(r, Rule::Deliverable | Rule::Place))
        && without_verb(words)
        && !words.last().is_some_and(|w| w.is(GOAL_VERBS));
    let decide = strong.is_empty() && !rule && (weak.len() >= 2 || alone);
    let weak = if decide { weak } else { Found::new() };
    for (rule, word) in strong.into_iter().chain(weak) {
        push(found, rule, &word);
    }
}

/// Whether `raw` closes a sentence ("Ende." but not "Mio.", "z.", "4.").
fn closes_sentence(raw: &str) -> bool {
    let core = raw.trim_end_matches(['"', '“', ')']);
    if core.ends_with(['!', '?', ';', ':']) {
        return true;
    }
    let Some(body) = core.strip_suffix('.') else {
        return false;
    };
    body.chars().count() > 3 && !body.contains('.') && !body.chars().all(|c| c.is_ascii_digit())
}

/// Checks one text; returns (rule, word) pairs, at most one per rule.
/// Sentences are read one by one; a line break ends a sentence too.
pub fn check_text(text: &str) -> Vec<(Rule, String)> {
    let mut found: Vec<(Rule, String)> = Vec::new();
    for line in text.lines() {
        let mut sentence: Vec<Word> = Vec::new();
        for raw in line.split_whitespace() {
            let word = clean(raw);
            if !word.is_empty() {
                sentence.push(Word {
                    raw,
                    word,
                    lower: word.to_lowercase(),
                });
            }
            if closes_sentence(raw) && !sentence.is_empty() {
                check_sentence(&sentence, &mut found);
                sentence.clear();
            }
        }
        if !sentence.is_empty() {
            check_sentence(&sentence, &mut found);
        }
    }
    found
}

impl Agenda {
    /// Findings for every Leitplanke, in list order. Title and description
    /// are read as separate sentences.
    pub fn strategy_check(&self) -> Vec<Finding> {
        self.guidelines
            .iter()
            .flat_map(|g| {
                let text = format!("{}\n{}", g.title, g.description);
                check_text(&text)
                    .into_iter()
                    .map(move |(rule, word)| Finding {
                        guideline: g.id,
                        rule,
                        word,
                    })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_and_verbs_are_matched_as_words_not_substrings() {
        assert!(is_noun_of("entwicklung", "entwickeln"));
        assert!(is_noun_of("erneuerung", "erneuern"));
        assert!(is_noun_of("digitalisierung", "digitalisieren"));
        assert!(!is_noun_of("entwicklungen", "entwickeln"));
        assert!(is_verb("weiterentwickeln", "entwickeln"));
        assert!(!is_verb("verlassen", "erlassen"));
        assert!(is_zu_infinitive("einzurichten", "einrichten"));
        assert!(!is_zu_infinitive("zuzurichten", "einrichten"));
    }

    #[test]
    fn endings_know_compounds_genitives_and_exceptions() {
        assert!(ending("stadtarchivs", PLACES));
        assert!(ending("bauordnungsamt", PLACES));
        assert!(!ending("gesamt", PLACES));
        assert!(!ending("ehrenamt", PLACES));
        assert!(ending("e-akte", DELIVERABLES));
        assert!(!ending("kontakte", DELIVERABLES));
        assert!(ending("mitfahr-app", DELIVERABLES));
        assert!(!ending("knapp", DELIVERABLES));
    }

    #[test]
    fn numbers_years_and_versions() {
        assert!(is_count("4.500") && is_count("146") && is_count("1,1"));
        assert!(!is_count("4.0") && !is_count("5G") && !is_count("24/7"));
        assert!(is_year_span("2024-2026") && is_year_span("2025/26"));
        assert!(!is_year_span("2025") && !is_year_span("24/7"));
    }
}
