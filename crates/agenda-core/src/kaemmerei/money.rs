//! Money as integer cents, typed and shown the German way ("12.500,50 €").
//! Never a float: sums of cents are exact, and what a Kämmerei adds up in
//! its own tables comes out to the cent.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::numbers::NumberError;

/// The largest amount accepted: 10 billion euros, in cents. Far above any
/// municipal project, and far below where sums of a few hundred such
/// amounts could overflow an `i64`.
pub const MAX_CENTS: i64 = 1_000_000_000_000;

/// An amount of money in euro cents (may be negative in cash flows).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// Nothing.
    pub const ZERO: Self = Self(0);

    /// Whole euros.
    pub const fn euros(euros: i64) -> Self {
        Self(euros.saturating_mul(100))
    }

    /// The sum, or `None` beyond what an `i64` holds.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        self.0.checked_add(other.0).map(Self)
    }

    /// The difference, or `None` beyond what an `i64` holds.
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.0.checked_sub(other.0).map(Self)
    }

    /// The sum of amounts; `None` beyond what an `i64` holds.
    pub fn sum(amounts: impl IntoIterator<Item = Self>) -> Option<Self> {
        amounts
            .into_iter()
            .try_fold(Self::ZERO, |total, a| total.checked_add(a))
    }

    /// As a German text with a euro sign: `12.500,50 €`, `−3,20 €`.
    pub fn german(self) -> String {
        format!("{self} €")
    }
}

/// `12.500,50` (no unit): thousands dots, decimal comma, two decimals, a
/// real minus sign.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "−" } else { "" };
        let abs = self.0.unsigned_abs();
        let digits = (abs / 100).to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (n, c) in digits.chars().enumerate() {
            if n > 0 && (digits.len() - n).is_multiple_of(3) {
                grouped.push('.');
            }
            grouped.push(c);
        }
        write!(f, "{sign}{grouped},{:02}", abs % 100)
    }
}

/// An amount as typed: `12.500,50 €`, `12500,5`, `85.000`, `85 000 EUR`,
/// `-3,20`. At most two decimals (cents); anything else, or more than
/// [`MAX_CENTS`], is refused. No float is involved.
pub fn parse_cents(text: &str) -> Result<Cents, NumberError> {
    let text = text.trim();
    let text = ["€", "EUR", "Euro"]
        .iter()
        .find_map(|u| text.strip_suffix(u))
        .unwrap_or(text)
        .trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, digits) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let english = english_to_german(digits);
    let digits = english.as_deref().unwrap_or(digits);
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let groups: Vec<&str> = whole.split(['.', ' ', '\u{a0}', '\u{202f}']).collect();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let grouped_right = groups.len() == 1
        || (groups.first().is_some_and(|g| g.len() <= 3)
            && groups.iter().skip(1).all(|g| g.len() == 3));
    if !grouped_right
        || !groups.iter().all(|g| all_digits(g))
        || (!fraction.is_empty() && !all_digits(fraction))
        || digits.ends_with(',')
    {
        return Err(NumberError::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(NumberError::NotWhole);
    }
    let mut cents: i64 = 0;
    let padded = format!("{fraction:0<2}");
    for b in groups.concat().bytes().chain(padded.bytes()) {
        cents = cents
            .checked_mul(10)
            .and_then(|c| c.checked_add(i64::from(b - b'0')))
            .filter(|c| *c <= MAX_CENTS)
            .ok_or(NumberError::OutOfRange)?;
    }
    Ok(Cents(if negative { -cents } else { cents }))
}

/// `1,234.56` or `60000.5` (a decimal point, as a spreadsheet not set to
/// German writes) in the German spelling; `None` for anything else. A dot
/// followed by exactly three digits and no comma (`85.000`) is the German
/// thousands dot and stays.
fn english_to_german(text: &str) -> Option<String> {
    let dot = text.rfind('.')?;
    let after = text.get(dot + 1..).unwrap_or_default();
    let one_dot = text.matches('.').count() == 1;
    let decimal_point = match text.rfind(',') {
        Some(comma) => comma < dot && one_dot,
        None => one_dot && (1..=2).contains(&after.len()),
    };
    decimal_point.then(|| text.replace(',', "").replace('.', ","))
}

/// An amount a form or a CSV cell may leave empty: empty is nothing; never
/// negative.
pub fn parse_amount(text: &str) -> Result<Cents, NumberError> {
    if text.trim().is_empty() {
        return Ok(Cents::ZERO);
    }
    parse_cents(text).and_then(|c| {
        if c.0 < 0 {
            Err(NumberError::OutOfRange)
        } else {
            Ok(c)
        }
    })
}

/// A whole number as typed (`3.000`, `3 000`); empty is 0.
pub fn parse_count(text: &str) -> Result<u32, NumberError> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, '.' | ' ' | '\u{a0}'))
        .collect();
    if digits.is_empty() {
        return Ok(0);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    digits.parse().map_err(|_| NumberError::OutOfRange)
}

/// A percentage as typed (`80`, `12,5 %`) in basis points: the cents of
/// the number read as an amount are its basis points.
pub fn parse_rate(text: &str) -> Result<u32, NumberError> {
    let number = text.trim().trim_end_matches('%').trim();
    parse_amount(number).and_then(|c| u32::try_from(c.0).map_err(|_| NumberError::OutOfRange))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_amounts_read_to_the_cent() {
        for (text, cents) in [
            ("12.500,50 €", 1_250_050),
            ("12500,5", 1_250_050),
            ("85.000", 8_500_000),
            ("85 000 EUR", 8_500_000),
            ("0,07 Euro", 7),
            ("-3,20", -320),
            ("−3,20 €", -320),
            ("1.000.000,00 €", 100_000_000),
            // A decimal point, as spreadsheets not set to German write it.
            ("60000.5", 6_000_050),
            ("60000.00", 6_000_000),
            ("1,234.56", 123_456),
            ("85.000,00 €", 8_500_000),
        ] {
            assert_eq!(parse_cents(text), Ok(Cents(cents)), "{text}");
        }
    }

    #[test]
    fn what_is_no_amount_is_refused() {
        assert_eq!(parse_cents(""), Err(NumberError::Empty));
        assert_eq!(parse_cents(" € "), Err(NumberError::Empty));
        for text in ["12.50,00", "1.2.3", "1,2,3", "zwölf", "1.0000", "3,", "1e3"] {
            assert_eq!(parse_cents(text), Err(NumberError::NotANumber), "{text}");
        }
        assert_eq!(parse_cents("1,005"), Err(NumberError::NotWhole));
        assert_eq!(
            parse_cents("10.000.000.001"),
            Err(NumberError::OutOfRange),
            "above 10 billion euros"
        );
    }

    #[test]
    fn amounts_show_the_german_way() {
        assert_eq!(Cents(1_250_050).german(), "12.500,50 €");
        assert_eq!(Cents(7).german(), "0,07 €");
        assert_eq!(Cents(-320).german(), "−3,20 €");
        assert_eq!(Cents(100_000_000).to_string(), "1.000.000,00");
        assert_eq!(Cents::euros(85_000).to_string(), "85.000,00");
    }
}
