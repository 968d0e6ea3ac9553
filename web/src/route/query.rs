//! The project filter in the address: `?suche=…&status=…`, percent-encoded
//! as `encodeURIComponent` does; unknown or garbled parts are left out.

use agenda_core::analysis::project_filter::ProjectFilter;

use super::{band_key, band_of, sort_key, sort_of, status_key, status_of_key};

pub(super) fn query_of(f: &ProjectFilter) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut add = |key: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            parts.push(format!("{key}={}", percent_encode(&value)));
        }
    };
    add("suche", Some(f.text.clone()));
    add("status", f.status.map(|s| status_key(s).to_owned()));
    add("federfuehrung", f.lead.map(|d| d.to_string()));
    add("beteiligt", f.participant.map(|d| d.to_string()));
    add("leitplanke", f.guideline.map(|g| g.to_string()));
    add("handlungsfeld", f.field.map(|g| g.to_string()));
    add("prioritaet", f.band.map(|b| band_key(b).to_owned()));
    add("ueberfaellig", f.overdue.then(|| "ja".to_owned()));
    add("ohne-aktualisierung", f.stale_days.map(|d| d.to_string()));
    add("ohne-bezug", f.without_guideline.then(|| "ja".to_owned()));
    add("sortierung", Some(sort_key(f.sort).to_owned()));
    parts.join("&")
}

pub(super) fn filter_of(query: &str) -> ProjectFilter {
    let mut f = ProjectFilter::default();
    for (key, value) in query
        .split('&')
        .filter_map(|part| part.split_once('='))
        .map(|(k, v)| (k, percent_decode(v)))
    {
        match key {
            "suche" => f.text = value,
            "status" => f.status = status_of_key(&value),
            "federfuehrung" => f.lead = value.parse().ok(),
            "beteiligt" => f.participant = value.parse().ok(),
            "leitplanke" => f.guideline = value.parse().ok(),
            "handlungsfeld" => f.field = value.parse().ok(),
            "prioritaet" => f.band = band_of(&value),
            "ueberfaellig" => f.overdue = value == "ja",
            "ohne-aktualisierung" => f.stale_days = value.parse().ok(),
            "ohne-bezug" => f.without_guideline = value == "ja",
            "sortierung" => f.sort = sort_of(&value),
            _ => {}
        }
    }
    f
}

/// Percent-encodes everything but unreserved ASCII (RFC 3986), as
/// `encodeURIComponent` does.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 15] {
                out.push(char::from(
                    HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                ));
            }
        }
    }
    out
}

/// Undoes `percent_encode` (and `+` for a space, as forms write it); a
/// broken escape is kept as typed, invalid UTF-8 replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (byte, hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits: at most 255.
                out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether going from filter `was` to `now` deserves its own history
/// entry, so the back button undoes it: any changed filter or order, and
/// the first letter of a search. Further letters of the same search
/// replace the entry, so typing does not fill the history.
pub fn is_new_filter(was: &ProjectFilter, now: &ProjectFilter) -> bool {
    let beyond_text = ProjectFilter {
        text: now.text.clone(),
        ..was.clone()
    } != *now;
    beyond_text || (was.text.is_empty() && !now.text.is_empty())
}
