//! Text from a chosen file's bytes: UTF-8 (what the app writes, and
//! "CSV UTF-8" in Excel), or else Windows-1252, which German Excel writes
//! for "CSV (Trennzeichen-getrennt)". Without the fallback, every umlaut of
//! such a file would be a replacement character and "Kämmerei" would not
//! be found.

/// Windows-1252's bytes 0x80 to 0x9F (WHATWG's table; the five unassigned
/// bytes stay the C1 controls of ISO 8859-1).
const WINDOWS_1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The text of a file: UTF-8 if it is valid UTF-8, Windows-1252 otherwise.
pub fn decode_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => WINDOWS_1252_80_9F
                    .get(usize::from(b - 0x80))
                    .copied()
                    .unwrap_or(char::REPLACEMENT_CHARACTER),
                _ => char::from(b),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_read_as_utf8_and_excels_windows_1252_as_that() {
        assert_eq!(
            decode_text("Kämmerei;85.000 €".as_bytes()),
            "Kämmerei;85.000 €"
        );
        // "Kämmerei;„Straße“ – 85 €" as German Excel saves it.
        let windows_1252 = b"K\xe4mmerei;\x84Stra\xdfe\x93 \x96 85 \x80";
        assert_eq!(decode_text(windows_1252), "Kämmerei;„Straße“ – 85 €");
        assert_eq!(decode_text(b"\xd6\xc4\xdc\xf6\xfc"), "ÖÄÜöü");
    }
}
