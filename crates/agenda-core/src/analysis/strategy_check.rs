//! The Strategie-Check: flags Leitplanken that read like projects. A
//! Leitplanke is strategy; dates, money, product names and implementation
//! verbs belong to projects. The rules (documented in
//! `docs/strategy-check.md`) look at title and description, word by word:
//!
//! - **Datum**: a year 2000–2099 (e.g. "bis 2026"), a quarter ("Q3"), or a
//!   date like "30.06.2026".
//! - **Geld**: an amount with €, EUR, Euro, Mio., Tsd. or T€.
//! - **Produkt**: a known software or product name (list [`PRODUCTS`]).
//! - **Umsetzungsverb**: a verb of implementation (stems in
//!   [`IMPLEMENTATION_STEMS`]), e.g. einführen, beschaffen, umstellen,
//!   installieren – also as noun (Einführung, Beschaffung).

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

/// Software and products often named in municipal plans (lowercase).
pub const PRODUCTS: [&str; 24] = [
    "sap",
    "microsoft",
    "windows",
    "teams",
    "office",
    "m365",
    "excel",
    "sharepoint",
    "outlook",
    "zoom",
    "webex",
    "citrix",
    "oracle",
    "nextcloud",
    "opendesk",
    "enaio",
    "d.velop",
    "dvelop",
    "regisafe",
    "fabasoft",
    "vois",
    "ipad",
    "iphone",
    "android",
];

/// Stems of implementation verbs and their nouns (lowercase).
pub const IMPLEMENTATION_STEMS: [&str; 20] = [
    "einführ",
    "eingeführt",
    "einzuführ",
    "beschaff",
    "anschaff",
    "angeschafft",
    "umstell",
    "umgestellt",
    "umzustell",
    "installier",
    "ausroll",
    "ausgerollt",
    "implementier",
    "migrier",
    "kaufen",
    "gekauft",
    "programmier",
    "ausschreib",
    "ausgeschrieben",
    "freischalt",
];

const MONEY_WORDS: [&str; 7] = ["€", "eur", "euro", "mio", "mio.", "tsd", "tsd."];

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with("20") && word.chars().all(|c| c.is_ascii_digit())
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
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts.last().is_some_and(|y| y.len() == 4 || y.len() == 2)
}

fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// Checks one text; returns (rule, word) pairs, at most one per rule.
pub fn check_text(text: &str) -> Vec<(Rule, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let clean = |w: &str| {
        w.trim_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '„' | '“')
        })
        .trim_end_matches('.')
        .to_owned()
    };
    let mut found: Vec<(Rule, String)> = Vec::new();
    let mut push = |rule: Rule, word: &str| {
        if !found.iter().any(|(r, _)| *r == rule) {
            found.push((rule, word.to_owned()));
        }
    };
    for (n, raw) in words.iter().enumerate() {
        let word = clean(raw);
        let lower = word.to_lowercase();
        let raw_lower = raw.to_lowercase();
        if is_year(&word) || is_quarter(&word) || is_dotted_date(raw.trim_end_matches([',', ';'])) {
            push(Rule::Date, &word);
        }
        let money_here = lower.contains('€') && has_digit(&lower)
            || lower.ends_with("t€")
            || (MONEY_WORDS.contains(&raw_lower.trim_end_matches([',', ';']))
                && n > 0
                && words.get(n - 1).is_some_and(|prev| has_digit(prev)));
        if money_here {
            push(Rule::Money, &word);
        }
        if PRODUCTS.contains(&lower.as_str()) {
            push(Rule::Product, &word);
        }
        if IMPLEMENTATION_STEMS
            .iter()
            .any(|stem| lower.starts_with(stem))
        {
            push(Rule::ImplementationVerb, &word);
        }
    }
    found
}

impl Agenda {
    /// Findings for every Leitplanke, in list order.
    pub fn strategy_check(&self) -> Vec<Finding> {
        self.guidelines
            .iter()
            .flat_map(|g| {
                let text = format!("{} {}", g.title, g.description);
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
