//! A calendar date without time zone, as the agenda uses it (milestones,
//! status updates, project periods). Written as `YYYY-MM-DD`.
//!
//! Hand-written instead of a date crate on purpose: the agenda needs
//! parsing, formatting, ordering and day differences only, which is a few
//! lines (the day count follows H. Hinnant's `days_from_civil`), while a
//! full date library would add to every user's download.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// A valid Gregorian date between the years 1900 and 2200.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("not a date (YYYY-MM-DD between 1900 and 2200): {0}")]
pub struct DateError(String);

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The earliest date the agenda accepts, 1900-01-01.
    pub const MIN: Date = Date {
        year: 1900,
        month: 1,
        day: 1,
    };

    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        if !(1900..=2200).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError(format!("{year:04}-{month:02}-{day:02}")));
        }
        Ok(Self { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The quarter, 1 to 4.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The date `days` days later (earlier if negative); `None` outside the
    /// years this type holds.
    pub fn plus_days(self, days: i64) -> Option<Date> {
        let z = self
            .days_since_epoch()
            .checked_add(days)?
            .checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// German notation, e.g. `22.11.2026`.
    pub fn to_german(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DateError(s.chars().take(20).collect());
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        Self::new(year, month, day).map_err(|_| bad())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_days_crosses_months_leap_days_and_years() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(d(2024, 2, 28).plus_days(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2025, 2, 28).plus_days(1), Some(d(2025, 3, 1)));
        assert_eq!(d(2026, 12, 31).plus_days(1), Some(d(2027, 1, 1)));
        assert_eq!(d(2026, 1, 1).plus_days(-1), Some(d(2025, 12, 31)));
        assert_eq!(d(2026, 11, 22).plus_days(365), Some(d(2027, 11, 22)));
        for offset in [-10_000_i64, -1, 0, 1, 59, 60, 366, 10_000] {
            let start = d(2026, 3, 1);
            let later = start.plus_days(offset).unwrap();
            assert_eq!(start.days_until(later), offset);
        }
        assert_eq!(d(2026, 1, 1).plus_days(i64::MAX), None);
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn known_day_numbers() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2026-11-22").days_since_epoch(), 20_779);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
    }

    #[test]
    fn differences_cross_leap_days() {
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2023-02-28").days_until(d("2023-03-01")), 1);
        assert_eq!(d("2026-11-22").days_until(d("2026-08-24")), -90);
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01x",
            "",
            "2026-00-10",
            "2300-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn german_notation_and_quarter() {
        assert_eq!(d("2026-03-05").to_german(), "05.03.2026");
        assert_eq!(d("2026-03-31").quarter(), 1);
        assert_eq!(d("2026-04-01").quarter(), 2);
        assert_eq!(d("2026-12-31").quarter(), 4);
    }

    #[test]
    fn serialises_as_iso_text() {
        assert_eq!(
            serde_json::to_string(&d("2026-11-22")).unwrap(),
            "\"2026-11-22\""
        );
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}
