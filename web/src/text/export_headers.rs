//! The column headers of the CSV exports are the labels the screen shows
//! for the same figures, so a town hall finds in Excel what it saw in the
//! app. Kept apart from the catalogues: it names no text of its own.

#[cfg(test)]
mod tests {
    use crate::text;
    use agenda_core::formats::csv_projects::{COLUMNS, ID_COLUMN};
    use agenda_core::kaemmerei::budget::CSV_COLUMNS;

    /// A screen label as a CSV header: the words before an explanation
    /// (`: Lizenzen, Wartung`, `(leer: Startjahr)`), `€` as `EUR`; `unit`
    /// adds the currency where the screen shows it in each cell instead.
    fn header(label: &str, unit: bool) -> String {
        let words = label.split(": ").next().unwrap_or(label);
        let words = words
            .split(" (leer")
            .next()
            .unwrap_or(words)
            .replace('€', "EUR");
        match (unit, words.strip_suffix(')')) {
            (false, _) => words,
            (true, Some(open)) => format!("{open}, EUR)"),
            (true, None) => format!("{words} (EUR)"),
        }
    }

    #[test]
    fn project_csv_headers_are_the_steckbrief_labels() {
        let screen = [
            text::PROJECT_TITLE,
            text::PROJECT_DESCRIPTION,
            text::PROJECT_EFFECT,
            text::PROJECT_LEAD,
            text::PROJECT_PARTICIPANTS,
            text::PROJECT_GUIDELINES,
            text::FIELD_OF_ACTION_LABEL,
            text::PROJECT_COMPETENCES,
            text::PROJECT_BAND,
            text::PROJECT_START,
            text::PROJECT_END,
            text::PROJECT_RESPONSIBLE,
            text::PROJECT_WEIGHT,
            text::STATUS_LABEL,
            text::COLUMN_PROGRESS,
            text::FIN_YEAR,
            text::FIN_INVESTMENT,
            text::FIN_CONSUMPTIVE,
            text::FIN_INVESTMENT_HOURS,
            text::FIN_RECURRING,
            text::FIN_RECURRING_HOURS,
            text::FIN_LIFE,
            text::FIN_CASES,
            text::FIN_MINUTES,
            text::FIN_SAVINGS,
            text::FIN_QUALITATIVE,
            text::FIN_GRANTS,
        ];
        let expected: Vec<String> = screen.iter().map(|l| header(l, false)).collect();
        // The id is the one column the screen does not show.
        assert_eq!(COLUMNS.last(), Some(&ID_COLUMN));
        assert_eq!(COLUMNS[..COLUMNS.len() - 1].to_vec(), expected);
    }

    #[test]
    fn budget_csv_headers_are_the_haushalt_labels() {
        let expected = [
            header(text::BUDGET_YEAR, false),
            header(text::ROADMAP_PROJECT, false),
            header(text::PROJECT_LEAD, false),
            header(text::FIELD_OF_ACTION_LABEL, false),
            header(text::PROJECT_GUIDELINES, false),
            header(text::BUDGET_INVESTMENT, true),
            header(text::FIN_CONSUMPTIVE, false),
            header(text::FIN_RECURRING, false),
            header(text::BUDGET_STAFF, true),
            header(text::FIN_APPROVED, true),
            header(text::FIN_PENDING, true),
            header(text::FIN_OWN_SHARE, true),
        ];
        assert_eq!(CSV_COLUMNS.map(str::to_owned), expected);
    }
}
