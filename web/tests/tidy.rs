//! Tidy tests: the rules ARCHITECTURE.md marks "Architecture invariant"
//! that no compiler or lint checks, checked by reading the source. Native
//! only (`cargo test -p agenda-web --test tidy`, part of `make test`).
//! Each test names the invariant it keeps true; when one fails, fix the
//! code, or change the rule in ARCHITECTURE.md and here together.

#![cfg(not(target_arch = "wasm32"))]
// A test, never in the bundle: std's sort is fine here.
#![allow(clippy::disallowed_methods)]

use std::fs;
use std::path::{Path, PathBuf};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every `.rs` file below `dir` (relative to the root), sorted.
fn rust_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out.sort();
    assert!(!out.is_empty(), "no Rust files below {dir}");
    out
}

/// The file's path relative to the root, with `/`.
fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The lines of production code: comments left out, and nothing from the
/// first `#[cfg(test)]` on (unit tests sit at the end of a file).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .enumerate()
        .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(n, l)| (n + 1, l.to_owned()))
        .collect()
}

/// Every line of the files below `dir` that contains one of `needles`,
/// except in files whose path starts with one of `except`.
fn find(dir: &str, except: &[&str], needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(dir) {
        let name = relative(&file);
        if except.iter().any(|e| name.starts_with(e)) {
            continue;
        }
        for (n, line) in code_lines(&file) {
            if let Some(needle) = needles.iter().find(|needle| line.contains(*needle)) {
                found.push(format!("{name}:{n}: {needle}"));
            }
        }
    }
    found
}

#[test]
fn the_core_depends_on_no_browser_and_no_io_crate() {
    // Architecture invariant: agenda-core depends on serde, serde_json,
    // thiserror and uuid only.
    let manifest = fs::read_to_string(root().join("crates/agenda-core/Cargo.toml")).unwrap();
    let dependencies: Vec<&str> = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .collect();
    assert_eq!(dependencies, ["serde", "serde_json", "thiserror", "uuid"]);
    for other in ["[dependencies.", "[target.", "[build-dependencies"] {
        assert!(!manifest.contains(other), "agenda-core declares {other}…");
    }
    // uuid without its random (v4) feature, anywhere in the workspace.
    let workspace = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(!workspace.contains("\"v4\"") && !manifest.contains("\"v4\""));
}

#[test]
fn the_core_does_no_io_and_reads_no_clock() {
    // Architecture invariant: the core reads no storage, file, network,
    // clock, environment or randomness.
    let found = find(
        "crates/agenda-core/src",
        &[],
        &[
            "std::fs",
            "std::net",
            "std::time",
            "std::env",
            "std::process",
            "std::thread",
            "rand::",
        ],
    );
    assert!(found.is_empty(), "I/O in the core:\n{}", found.join("\n"));
}

#[test]
fn the_core_denies_panics() {
    // Architecture invariant: no unwrap, expect, panic, unreachable or
    // slice indexing in the core's library code (clippy, `make lint`).
    let manifest = fs::read_to_string(root().join("crates/agenda-core/Cargo.toml")).unwrap();
    for lint in [
        "unwrap_used",
        "expect_used",
        "panic",
        "indexing_slicing",
        "unreachable",
    ] {
        assert!(
            manifest.contains(&format!("{lint} = \"deny\"")),
            "agenda-core must deny clippy::{lint}"
        );
    }
}

#[test]
fn browser_apis_are_called_only_in_platform() {
    // Architecture invariant: only web/src/platform/ calls the browser
    // (window, JavaScript values, closures and futures handed to it).
    let mut found = find(
        "web/src",
        &["web/src/platform/"],
        &[
            "web_sys::window",
            "web_sys::Window",
            "js_sys",
            "wasm_bindgen",
            "Closure",
            "gloo",
            "spawn_local",
        ],
    );
    // `use web_sys::{window, ...}`: the window itself, grouped.
    for file in rust_files("web/src") {
        let name = relative(&file);
        if name.starts_with("web/src/platform/") {
            continue;
        }
        let code = code(&file);
        for (at, _) in code.match_indices("web_sys::{") {
            let group = &code[at..code[at..].find('}').map_or(code.len(), |e| at + e)];
            if group
                .split([',', '{', ' ', '\n'])
                .any(|part| part == "window" || part == "Window")
            {
                found.push(format!("{name}: web_sys::{{window}}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "browser calls outside platform/:\n{}",
        found.join("\n")
    );
}

/// The production code of a file: comments left out, nothing from the
/// first `#[cfg(test)]` on, as one string.
fn code(path: &Path) -> String {
    code_lines(path)
        .into_iter()
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path below `crate::` the code names, with grouped imports
/// expanded: `use crate::{a, b::{c, d}}` gives `a`, `b::c` and `b::d`.
fn crate_paths(code: &str) -> Vec<String> {
    /// Expands the use tree at the start of `rest` below `prefix`.
    fn expand(prefix: &str, rest: &str, out: &mut Vec<String>) {
        let rest = rest.trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        expand(prefix, &group[start..i], out);
                        return;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(prefix, &group[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            return;
        }
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            return;
        }
        let path = if prefix.is_empty() {
            ident.clone()
        } else {
            format!("{prefix}::{ident}")
        };
        match rest[ident.len()..].strip_prefix("::") {
            Some(more) => expand(&path, more, out),
            None => out.push(path),
        }
    }
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        expand("", &code[at + "crate::".len()..], &mut out);
    }
    out
}

/// The web crate's top-level modules by layer, lowest first. A module may
/// import its own layer's modules only in layer 1, and any lower layer.
const LAYERS: [(&str, u8); 13] = [
    ("platform", 0),
    ("format", 1),
    ("text", 1),
    ("route", 1),
    ("role", 1),
    ("state", 1),
    ("shared", 1),
    ("hooks", 2),
    ("widgets", 3),
    ("pages", 4),
    ("screens", 4),
    ("workspace", 5),
    ("app", 6),
];

fn layer_of(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    // Architecture invariant: platform < format, text, route, role, state,
    // shared < hooks < widgets < pages, screens < workspace < app.
    let mut found = Vec::new();
    for file in rust_files("web/src") {
        let name = relative(&file);
        let module = name
            .trim_start_matches("web/src/")
            .split(['/', '.'])
            .next()
            .unwrap_or_default()
            .to_owned();
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let own = layer_of(&module).unwrap_or_else(|| panic!("{name}: {module} has no layer"));
        for path in crate_paths(&code(&file)) {
            let target = path.split("::").next().unwrap_or_default();
            let Some(theirs) = layer_of(target) else {
                continue; // an item of lib.rs, e.g. `crate::Shared`
            };
            let allowed = theirs < own || target == module || (theirs == own && own == 1);
            if !allowed {
                found.push(format!("{name}: crate::{path}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

/// The pages: the folders below web/src/pages.
fn pages() -> Vec<String> {
    fs::read_dir(root().join("web/src/pages"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn no_page_imports_another_page() {
    // Architecture invariant: a page uses widgets, hooks, state, route,
    // text and platform, and the shared props of `pages`, never another
    // page.
    let mut found = Vec::new();
    for file in rust_files("web/src/pages") {
        let name = relative(&file);
        let Some(page) = name
            .strip_prefix("web/src/pages/")
            .and_then(|rest| rest.split('/').next())
            .filter(|p| !p.ends_with(".rs"))
        else {
            continue;
        };
        let code = code(&file);
        for path in crate_paths(&code) {
            let mut parts = path.split("::");
            if parts.next() != Some("pages") {
                continue;
            }
            let next = parts.next().unwrap_or_default();
            let shared = ["RoleProps", "EditProps"].contains(&next);
            if !shared && next != page {
                found.push(format!("{name}: crate::{path}"));
            }
        }
        // From a page's mod.rs, `super::` is `pages`: `super::<other page>`
        // reaches another page; `super::super` leaves the page anywhere.
        let in_mod = name == format!("web/src/pages/{page}/mod.rs");
        let other_page = pages()
            .iter()
            .filter(|p| p.as_str() != page)
            .any(|p| code.contains(&format!("super::{p}::")));
        if (in_mod && other_page) || code.contains("super::super") {
            found.push(format!("{name}: super:: path out of the page"));
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "pages importing pages:\n{}",
        found.join("\n")
    );
}

#[test]
fn user_text_is_rendered_as_text() {
    // Architecture invariant: no HTML from strings and no inline styles
    // (the Content-Security-Policy allows neither).
    let found = find(
        "web/src",
        &[],
        &[
            "inner_html",
            "set_outer_html",
            "insert_adjacent_html",
            "from_html_unchecked",
            " style=",
            "style={",
            "\"style\"",
        ],
    );
    assert!(
        found.is_empty(),
        "HTML or styles from strings:\n{}",
        found.join("\n")
    );
}

#[test]
fn german_words_live_in_the_catalogue() {
    // Architecture invariant: every word the user reads is in web/src/text/
    // (or, for the core's enums, agenda_core::vocabulary): no German
    // string literal anywhere else in the web crate's production code.
    let german = ['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß', '„', '“'];
    let mut found = Vec::new();
    for file in rust_files("web/src") {
        let name = relative(&file);
        if name.starts_with("web/src/text/") {
            continue;
        }
        for (n, line) in code_lines(&file) {
            let in_literal = line
                .split('"')
                .skip(1)
                .step_by(2)
                .any(|literal| literal.contains(german));
            if in_literal {
                found.push(format!("{name}:{n}: {}", line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "German text outside text/:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_schema_version_has_its_golden_fixture() {
    // Architecture invariant: every stored format ever written loads
    // forever (crates/agenda-core/tests/golden.rs loads each fixture).
    let golden = fs::read_to_string(root().join("crates/agenda-core/tests/golden.rs")).unwrap();
    for version in 1..=agenda_core::SCHEMA_VERSION {
        let name = format!("schema-v{version}.json");
        let fixture = format!("crates/agenda-core/tests/fixtures/{name}");
        assert!(root().join(&fixture).is_file(), "{fixture} is missing");
        assert!(golden.contains(&name), "golden.rs does not load {name}");
    }
}

#[test]
fn long_files_say_why() {
    // Architecture invariant: no source file has over 600 lines before
    // its unit tests unless its module documentation says why ("Long on
    // purpose: …").
    let mut found = Vec::new();
    for dir in ["crates/agenda-core/src", "web/src"] {
        for file in rust_files(dir) {
            let text = fs::read_to_string(&file).unwrap();
            let code = text.lines().take_while(|l| l.trim() != "#[cfg(test)]");
            if code.count() > 600 && !text.contains("Long on purpose:") {
                found.push(relative(&file));
            }
        }
    }
    assert!(
        found.is_empty(),
        "files over 600 lines:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_architecture_document_maps_every_folder_and_test() {
    // Architecture invariant: ARCHITECTURE.md names every source folder
    // and every test file, and stays short enough to read (300 lines).
    let doc = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    assert!(
        doc.lines().count() <= 300,
        "ARCHITECTURE.md is over 300 lines"
    );
    let mut missing = Vec::new();
    for dir in ["crates/agenda-core/src", "web/src"] {
        for file in rust_files(dir) {
            let Some(parent) = file.parent() else {
                continue;
            };
            let folder = format!("{}/", relative(parent));
            let short = folder
                .trim_start_matches("crates/agenda-core/src/")
                .trim_start_matches("web/src/")
                .to_owned();
            let top = matches!(folder.as_str(), "crates/agenda-core/src/" | "web/src/");
            // Folders one level below a layer (a page's parts) are named
            // by their layer.
            let depth = short.matches('/').count();
            if !top && depth == 1 && !doc.contains(&format!("`{short}`")) {
                missing.push(folder);
            }
        }
    }
    for dir in [
        "crates/agenda-core/tests",
        "web/tests",
        "tests/tests",
        "tests/examples",
    ] {
        for file in fs::read_dir(root().join(dir)).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".rs") && !doc.contains(&name) {
                missing.push(format!("{dir}/{name}"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "not in ARCHITECTURE.md:\n{}",
        missing.join("\n")
    );
}

#[test]
fn only_the_state_applies_actions() {
    // Architecture invariant: in the web crate, an agenda changes only in
    // state.rs (pages emit actions; AppState applies them).
    let found = find("web/src", &["web/src/state.rs"], &[".apply(", "apply_by("]);
    assert!(
        found.is_empty(),
        "actions applied outside state.rs:\n{}",
        found.join("\n")
    );
}
