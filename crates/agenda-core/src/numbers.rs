//! Numbers as people in a German town hall type them: a decimal comma,
//! dots or spaces between thousands, a euro or percent sign at the end.
//! The web layer shows the typed text and turns it into a value here, so a
//! value that does not parse is reported, never silently dropped.

use thiserror::Error;

/// Why typed text is not the number asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum NumberError {
    /// Nothing was typed where a number is required.
    #[error("no number given")]
    Empty,
    /// The text is not a number.
    #[error("not a number")]
    NotANumber,
    /// Cents or other fractions where whole units are asked for.
    #[error("not a whole number")]
    NotWhole,
    /// Negative, or larger than allowed.
    #[error("out of range")]
    OutOfRange,
}

/// Removes a trailing unit (`€`, `EUR`, `%`) and the spaces around.
fn without_unit<'t>(text: &'t str, units: &[&str]) -> &'t str {
    let text = text.trim();
    units
        .iter()
        .find_map(|u| text.strip_suffix(u))
        .unwrap_or(text)
        .trim()
}

/// A decimal number in German notation: `1.234,5`, `-0,25`, `12 500`,
/// `1 234,5` (also with a no-break or narrow no-break space). A dot is a
/// thousands separator, as in German; `1.5` is therefore refused rather than
/// read as one and a half or fifteen.
pub fn parse_decimal(text: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (sign, digits) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (-1.0, rest.trim_start()),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let groups: Vec<&str> = whole.split(['.', ' ', '\u{a0}', '\u{202f}']).collect();
    let grouped_right = groups.iter().skip(1).all(|g| g.len() == 3)
        && groups
            .first()
            .is_some_and(|g| (1..=3).contains(&g.len()) || groups.len() == 1);
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !grouped_right
        || !groups.iter().all(|g| all_digits(g))
        || fraction.is_some_and(|f| !all_digits(f))
    {
        return Err(NumberError::NotANumber);
    }
    // Digits as one integer over a power of ten: both exact below 2^53, so
    // the quotient is the correctly rounded value (and no float parser is
    // compiled into the bundle).
    let fraction = fraction.unwrap_or("").trim_end_matches('0');
    let digits = format!("{}{fraction}", groups.concat());
    let scale = u32::try_from(fraction.len())
        .ok()
        .and_then(|places| 10_u64.checked_pow(places))
        .ok_or(NumberError::NotANumber)?;
    #[allow(clippy::cast_precision_loss)]
    digits
        .parse::<u64>()
        .map(|n| sign * (n as f64 / scale as f64))
        .map_err(|_| NumberError::NotANumber)
}

/// `value` rounded to `places` decimals (at most 6) with a decimal point:
/// `12.5`, `-0.25`, `3`. Halves round away from zero, as people round.
/// Magnitudes beyond 9·10^15 are capped and `NaN` reads 0: the app shows
/// percentages, weights and sizes, never such numbers. Replaces
/// `format!("{value:.N}")`, whose float formatter is 10 KB of wasm.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10_u64.pow(places);
    #[allow(clippy::cast_precision_loss)]
    let scaled = (value.abs() * scale as f64).round();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let scaled = if scaled.is_nan() {
        0
    } else {
        scaled.min(9.0e15) as u64
    };
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let whole = scaled / scale;
    if places == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = scaled % scale;
    let width = places as usize;
    format!("{sign}{whole}.{fraction:0>width$}")
}

/// An amount in whole euros: `85.000`, `85.000 €`, `85000 EUR`,
/// `85.000,00 €`. Empty text means no amount (`None`); cents are refused.
pub fn parse_euros(text: &str) -> Result<Option<u64>, NumberError> {
    let text = without_unit(text, &["€", "EUR", "Euro"]);
    if text.is_empty() {
        return Ok(None);
    }
    let value = parse_decimal(text)?;
    if value < 0.0 {
        return Err(NumberError::OutOfRange);
    }
    if value.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    // Exact below 2^53; larger budgets than that are refused.
    if value > 9_007_199_254_740_992.0 {
        return Err(NumberError::OutOfRange);
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(Some(value as u64))
}

/// A percentage from 0 to 100 as typed (`40`, `40 %`, `37,5 %` rounds to
/// 38). Anything below 0 or above 100 is refused, not cut off.
pub fn parse_percent(text: &str) -> Result<u8, NumberError> {
    let value = parse_decimal(without_unit(text, &["%", "Prozent"]))?;
    if !(0.0..=100.0).contains(&value) {
        return Err(NumberError::OutOfRange);
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(value.round() as u8)
}

/// A share for display as a bar: clamped to 0–100, `NaN` as 0.
pub fn clamp_percent(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_decimals() {
        for (text, expected) in [
            ("0", 0.0),
            ("12,5", 12.5),
            ("1.234,5", 1234.5),
            ("1 234,5", 1234.5),
            ("1\u{202f}234", 1234.0),
            ("-0,25", -0.25),
            ("85.000", 85_000.0),
            ("  7  ", 7.0),
        ] {
            assert_eq!(parse_decimal(text), Ok(expected), "{text}");
        }
        for text in [
            "1.5", "12,5,3", "abc", "1.23.456", "12.34,5", ",5", "1e3", "∞", "1,",
        ] {
            assert_eq!(parse_decimal(text), Err(NumberError::NotANumber), "{text}");
        }
        assert_eq!(parse_decimal("  "), Err(NumberError::Empty));
    }

    #[test]
    fn fixed_places_like_the_float_formatter() {
        for (value, places, expected) in [
            (12.5, 1, "12.5"),
            (12.04, 1, "12.0"),
            (-0.25, 2, "-0.25"),
            (-0.001, 1, "0.0"),
            (99.96, 1, "100.0"),
            (2.0 / 3.0, 2, "0.67"),
            (37.5, 0, "38"),
            (0.0, 0, "0"),
            (f64::NAN, 1, "0.0"),
            (1234.5678, 3, "1234.568"),
        ] {
            assert_eq!(fixed(value, places), expected, "{value} {places}");
        }
    }

    proptest::proptest! {
        /// Agrees with std's formatter wherever the value is not a half.
        #[test]
        fn fixed_agrees_with_std(value in -1.0e6..1.0e6_f64, places in 0u32..4) {
            let width = places as usize;
            let scaled = value.abs() * 10_f64.powi(places as i32);
            proptest::prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
            let expected = format!("{value:.width$}");
            let expected = if expected.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') {
                expected.trim_start_matches('-').to_owned()
            } else {
                expected
            };
            proptest::prop_assert_eq!(fixed(value, places), expected);
        }

        /// German decimal text of up to 15 digits (all the app asks for)
        /// has the value std's float parser reads from the same digits.
        #[test]
        fn parse_decimal_agrees_with_std(whole in 0u64..10_000_000, fraction in "[0-9]{0,8}") {
            let text = if fraction.is_empty() { whole.to_string() } else { format!("{whole},{fraction}") };
            let expected: f64 = format!("{whole}.{}", if fraction.is_empty() { "0" } else { &fraction }).parse().unwrap_or(f64::NAN);
            proptest::prop_assert_eq!(parse_decimal(&text), Ok(expected));
        }
    }

    #[test]
    fn euro_amounts_are_whole_and_empty_is_none() {
        assert_eq!(parse_euros(""), Ok(None));
        assert_eq!(parse_euros("85.000 €"), Ok(Some(85_000)));
        assert_eq!(parse_euros("85.000,00 €"), Ok(Some(85_000)));
        assert_eq!(parse_euros("1.200.000 EUR"), Ok(Some(1_200_000)));
        assert_eq!(parse_euros("120,50 €"), Err(NumberError::NotWhole));
        assert_eq!(parse_euros("-5"), Err(NumberError::OutOfRange));
        assert_eq!(parse_euros("viel"), Err(NumberError::NotANumber));
    }

    #[test]
    fn percentages_are_refused_outside_0_to_100() {
        assert_eq!(parse_percent("40"), Ok(40));
        assert_eq!(parse_percent("37,5 %"), Ok(38));
        assert_eq!(parse_percent("100 %"), Ok(100));
        assert_eq!(parse_percent("150"), Err(NumberError::OutOfRange));
        assert_eq!(parse_percent("-1"), Err(NumberError::OutOfRange));
        assert_eq!(parse_percent(""), Err(NumberError::Empty));
        assert_eq!(clamp_percent(f64::NAN), 0.0);
        assert_eq!(clamp_percent(130.0), 100.0);
    }
}
