//! Names the place in JSON text where serde stopped: `agenda.projects[1].status`.
//!
//! serde_json reports a data error with a line and column only. Tracking the
//! path while deserialising (the `serde_path_to_error` crate) wraps every
//! deserialiser and made up a twelfth of the wasm bundle; finding the path
//! afterwards, only when loading failed, costs one scan of the text.
//!
//! Invariant: the scan never fails and never recurses; on text that is not
//! JSON it names whatever it reached.

/// One open container between the document's start and the position.
enum Frame {
    /// An object; the key whose value is being read, once it was read.
    Object(Option<String>),
    /// An array and the index of the element being read.
    Array(usize),
}

/// The path (`a.b[2].c`) of the value that the 1-based `line` and `column`
/// of `json` point into or just behind, as serde_json counts them (column in
/// bytes). Empty at the top level.
pub(crate) fn path_at(json: &str, line: usize, column: usize) -> String {
    let end = offset_of(json, line, column);
    let mut frames: Vec<Frame> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut string = String::new();
    // Whether the string being read is an object key.
    let mut is_key = false;
    for (at, c) in json.char_indices() {
        if at >= end {
            break;
        }
        if in_string {
            if escaped {
                escaped = false;
                string.push(c);
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                if is_key && let Some(Frame::Object(key)) = frames.last_mut() {
                    *key = Some(std::mem::take(&mut string));
                }
            } else {
                string.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                string.clear();
                is_key = matches!(frames.last(), Some(Frame::Object(None)));
            }
            '{' => frames.push(Frame::Object(None)),
            '[' => frames.push(Frame::Array(0)),
            '}' | ']' => {
                frames.pop();
            }
            ',' => match frames.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

/// The byte offset of a 1-based line and column (column counted in bytes).
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match json.get(start..).and_then(|rest| rest.find('\n')) {
            Some(newline) => start += newline + 1,
            None => return json.len(),
        }
    }
    (start + column).min(json.len())
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// The path at the end of `json` (where serde reports a value that does not fit).
    fn check(json: &str, expected: &str) {
        let column = json.len();
        assert_eq!(path_at(json, 1, column), expected, "{json}");
    }

    #[test]
    fn names_keys_and_indices() {
        check(
            r#"{"agenda": {"projects": [{}, {"status": "x""#,
            "agenda.projects[1].status",
        );
        check(r#"{"a": [[1, 2], [3"#, "a[1][0]");
        check(r#"{"a": 1, "b": {"c": 2}, "d": "#, "d");
        check(r#"{"#, "");
    }

    #[test]
    fn strings_with_quotes_brackets_and_commas_do_not_confuse_it() {
        check(r#"{"t\"it,le[": {"x": "a,]}\\", "y": 1"#, r#"t"it,le[.y"#);
    }

    #[test]
    fn counts_lines_and_columns_as_serde_does() {
        let json = "{\n  \"a\": [\n    1,\n    \"zwei\"\n  ]\n}";
        assert_eq!(path_at(json, 4, 10), "a[1]");
        assert_eq!(path_at(json, 99, 1), "");
    }
}
