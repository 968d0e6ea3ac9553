//! Normalising and checking user text. Typed text is normalised (trimmed,
//! line breaks unified, stray control characters removed); stored text must
//! already be in that form, so loading never silently changes data.

use crate::reducer::error::{AgendaError, TextField};

/// Whether a field may span several lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lines {
    Single,
    Multi,
}

/// Rules for one text field.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextRule {
    pub field: TextField,
    pub max_chars: usize,
    pub required: bool,
    pub lines: Lines,
}

impl TextRule {
    /// Normalises typed text and checks it.
    pub fn clean(&self, raw: &str) -> Result<String, AgendaError> {
        let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
        let kept: String = unified
            .chars()
            .filter_map(|c| match c {
                '\n' if self.lines == Lines::Single => Some(' '),
                '\t' => Some(' '),
                '\n' => Some('\n'),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        let cleaned = kept.trim().to_owned();
        self.check(&cleaned)?;
        Ok(cleaned)
    }

    /// Checks text that must already be normalised (stored data).
    pub fn check(&self, text: &str) -> Result<(), AgendaError> {
        let field = self.field;
        if self.required && text.trim().is_empty() {
            return Err(AgendaError::Empty { field });
        }
        let actual = text.chars().count();
        if actual > self.max_chars {
            return Err(AgendaError::TooLong {
                field,
                max: self.max_chars,
                actual,
            });
        }
        let bad_control = text
            .chars()
            .any(|c| c.is_control() && !(c == '\n' && self.lines == Lines::Multi));
        if bad_control || text.trim() != text {
            return Err(AgendaError::ControlCharacters { field });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE: TextRule = TextRule {
        field: TextField::GuidelineTitle,
        max_chars: 5,
        required: true,
        lines: Lines::Single,
    };
    const BODY: TextRule = TextRule {
        field: TextField::GuidelineDescription,
        max_chars: 20,
        required: false,
        lines: Lines::Multi,
    };

    #[test]
    fn trims_and_folds_lines_in_single_line_fields() {
        assert_eq!(TITLE.clean("  a\r\nb ").unwrap(), "a b");
    }

    #[test]
    fn keeps_line_breaks_in_multi_line_fields() {
        assert_eq!(
            BODY.clean("eins\r\nzwei\rdrei").unwrap(),
            "eins\nzwei\ndrei"
        );
    }

    #[test]
    fn drops_stray_control_characters() {
        assert_eq!(BODY.clean("a\u{0}b\u{7}c\u{1b}").unwrap(), "abc");
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(TITLE.clean("ÄÖÜßé").unwrap(), "ÄÖÜßé");
        assert_eq!(
            TITLE.clean("ÄÖÜßéx"),
            Err(AgendaError::TooLong {
                field: TextField::GuidelineTitle,
                max: 5,
                actual: 6
            })
        );
    }

    #[test]
    fn required_field_rejects_blank() {
        assert_eq!(
            TITLE.clean(" \n\t "),
            Err(AgendaError::Empty {
                field: TextField::GuidelineTitle
            })
        );
        assert_eq!(BODY.clean("   ").unwrap(), "");
    }

    #[test]
    fn check_rejects_text_that_was_not_normalised() {
        assert!(TITLE.check("a\nb").is_err());
        assert!(BODY.check(" padded").is_err());
        assert!(BODY.check("a\u{0}").is_err());
        assert!(BODY.check("a\nb").is_ok());
    }
}
