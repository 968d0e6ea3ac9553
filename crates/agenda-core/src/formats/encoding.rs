//! Bytes and text. [`decode_text`]: a chosen file's bytes as UTF-8 (what
//! the app writes, and "CSV UTF-8" in Excel), or else Windows-1252, which
//! German Excel writes for "CSV (Trennzeichen-getrennt)"; without the
//! fallback every umlaut of such a file would be a replacement character
//! and "Kämmerei" would not be found. [`base64`]: a picture inside a file
//! (a `data:` address).

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

/// RFC 4648 base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let sign = |n: u32| char::from(ALPHABET.get((n & 63) as usize).copied().unwrap_or(b'='));
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = byte(0) << 16 | byte(1) << 8 | byte(2);
        out.push(sign(n >> 18));
        out.push(sign(n >> 12));
        out.push(if chunk.len() > 1 { sign(n >> 6) } else { '=' });
        out.push(if chunk.len() > 2 { sign(n) } else { '=' });
    }
    out
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

    #[test]
    fn base64_gives_rfc_4648_test_vectors() {
        // RFC 4648, section 10.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded, "{plain}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }
}
