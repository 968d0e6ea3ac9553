//! Numbers the German way ("35,5", "1.250", "80 %"): formatting, no
//! words (sizes and hours are `text::bytes` and `text::hours`). Money is
//! `Cents`' own `Display`; dates are `Date::to_german`.

/// A number with a decimal comma and `digits` decimals.
pub fn decimal(value: f64, digits: usize) -> String {
    agenda_core::numbers::fixed(value, u32::try_from(digits).unwrap_or(6)).replace('.', ",")
}

pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!(
            "{}…",
            text.chars().take(max.saturating_sub(1)).collect::<String>()
        )
    }
}

/// A number as Germans write it: "35,5", "100".
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        agenda_core::numbers::fixed(value, 0)
    } else {
        decimal(value, 2).trim_end_matches('0').to_owned()
    }
}

pub fn percent(value: f64) -> String {
    format!("{} %", decimal(value, 0))
}

pub fn thousands(n: usize) -> String {
    agenda_core::formats::markdown::euros(n as u64)
        .trim_end_matches(" €")
        .to_owned()
}

/// A rate in basis points as German percent: `80 %`, `0,9 %`.
pub fn basis_points(bp: u32) -> String {
    let whole = bp / 100;
    match bp % 100 {
        0 => format!("{whole} %"),
        rest if rest % 10 == 0 => format!("{whole},{} %", rest / 10),
        rest => format!("{whole},{rest:02} %"),
    }
}
