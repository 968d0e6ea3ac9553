//! The example web server configurations in docs/deploy/ send what
//! docs/deployment.md promises: the same Content-Security-Policy as the
//! `<meta>` tag in index.html, the other security headers, the WebAssembly
//! MIME type, caching only for hashed files, the precompressed copies.

use std::path::Path;

use agenda_e2e::csp_of;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The quoted value after `header` on the line that names it.
fn header_value(config: &str, header: &str) -> Option<String> {
    let line = config
        .lines()
        .find(|l| l.contains(header) && !l.trim_start().starts_with('#'))?;
    let after = line.get(line.find(header)? + header.len()..)?;
    let start = after.find('"')? + 1;
    let value = after.get(start..)?;
    Some(value.get(..value.find('"')?)?.to_owned())
}

const CONFIGS: [&str; 3] = [
    "docs/deploy/nginx.conf",
    "docs/deploy/apache.conf",
    "docs/deploy/Caddyfile",
];

#[test]
fn every_example_sends_the_csp_of_index_html_as_a_header() {
    let csp = csp_of(&read("index.html")).expect("index.html has a CSP meta tag");
    assert!(csp.contains("worker-src 'self'"), "{csp}");
    for config in CONFIGS {
        assert_eq!(
            header_value(&read(config), "Content-Security-Policy").as_deref(),
            Some(csp.as_str()),
            "{config}"
        );
    }
}

#[test]
fn every_example_sets_the_headers_types_caching_and_compression() {
    for config in CONFIGS {
        let text = read(config);
        for needed in [
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "no-cache",
            "max-age=31536000, immutable",
        ] {
            assert!(text.contains(needed), "{config} lacks {needed}");
        }
        assert!(
            text.contains("application/wasm") || config.ends_with("Caddyfile"),
            "{config} names the wasm MIME type (Caddy knows it)"
        );
        assert!(
            text.contains("gzip_static") || text.contains("precompressed") || text.contains(".br"),
            "{config} serves the precompressed copies"
        );
    }
}
