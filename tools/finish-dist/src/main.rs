//! Trunk post-build step (see `Trunk.toml`), run on trunk's staging
//! directory before it becomes `dist/`:
//!
//! 1. writes the list of the app's files and a version derived from their
//!    contents into `sw.js`, so every deployment that changes a file changes
//!    the service worker and the browser offers the update;
//! 2. writes a gzip (`.gz`, level 9) and a brotli (`.br`, quality 11) copy
//!    next to every file a web server should send compressed, for servers
//!    that serve precompressed files (docs/deployment.md).
//!
//! Usage: `finish-dist [DIR]`, DIR defaulting to `$TRUNK_STAGING_DIR`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The service worker, with the two lines this step fills in.
const WORKER: &str = "sw.js";
const VERSION_START: &str = "const VERSION = \"";
const FILES_START: &str = "const FILES = [";

/// Files worth compressing; images in PNG are compressed already.
const COMPRESSIBLE: [&str; 6] = ["html", "js", "wasm", "css", "svg", "webmanifest"];

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("finish-dist: give the directory or set TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    match finish(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("finish-dist: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Both steps on `dir`.
fn finish(dir: &Path) -> Result<(), String> {
    let paths = files_in(dir)?;
    write_worker(dir, &app_files(dir, &paths)?)?;
    for file in paths {
        let compressible = file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if compressible {
            precompress(&file)?;
        }
    }
    Ok(())
}

/// Every file under `dir`, sorted, without earlier `.gz`/`.br` copies.
fn files_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = fs::read_dir(&current).map_err(|e| format!("{}: {e}", current.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("gz" | "br")) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The app's files as the service worker fetches them: relative to `dir`
/// with `/`, the start page as `./` (index.html), the worker left out.
fn app_files(dir: &Path, paths: &[PathBuf]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    for path in paths {
        let relative = path
            .strip_prefix(dir)
            .map_err(|e| e.to_string())?
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if relative == WORKER {
            continue;
        }
        let name = if relative == "index.html" {
            "./".to_owned()
        } else {
            relative
        };
        let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((name, bytes));
    }
    // The start page first, the rest by name.
    files.sort_by(|(a, _), (b, _)| (a != "./", a).cmp(&(b != "./", b)));
    Ok(files)
}

/// Fills in the worker's version and file list (again, if already filled).
fn write_worker(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let path = dir.join(WORKER);
    let source = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let list = files
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let mut filled = 0;
    let lines: Vec<String> = source
        .lines()
        .map(|line| {
            if line.starts_with(VERSION_START) {
                filled += 1;
                format!("{VERSION_START}{}\";", version(files))
            } else if line.starts_with(FILES_START) {
                filled += 1;
                format!("{FILES_START}{list}];")
            } else {
                line.to_owned()
            }
        })
        .collect();
    if filled != 2 {
        return Err(format!(
            "{} needs one line `{VERSION_START}…` and one `{FILES_START}…`",
            path.display()
        ));
    }
    fs::write(&path, lines.join("\n") + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// FNV-1a (64 bit) over names and contents: changes whenever a file does.
fn version(files: &[(String, Vec<u8>)]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, bytes) in files {
        for byte in name.bytes().chain([0]).chain(bytes.iter().copied()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Writes `file.gz` and `file.br` next to `file`.
fn precompress(file: &Path) -> Result<(), String> {
    let bytes = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let with = |ext: &str| {
        let mut name = file.as_os_str().to_owned();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    };
    fs::write(with("gz"), gzip(&bytes)?).map_err(|e| e.to_string())?;
    fs::write(with("br"), brotli(&bytes)?).map_err(|e| e.to_string())?;
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        // Quality 11 (best), window 2^22: what `brotli -9`..`-11` ship.
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes).map_err(|e| e.to_string())?;
        writer.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn fills_the_worker_and_compresses_what_decompresses_to_the_same() {
        let dir = std::env::temp_dir().join(format!("finish-dist-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("icons")).unwrap();
        fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        let wasm: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(dir.join("app-1a2b_bg.wasm"), &wasm).unwrap();
        fs::write(dir.join("icons/icon-192.png"), [0x89, b'P', b'N', b'G']).unwrap();
        fs::write(
            dir.join(WORKER),
            "const VERSION = \"dev\";\nconst FILES = [];\nrest();\n",
        )
        .unwrap();

        finish(&dir).unwrap();
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert!(
            worker.contains(r#"const FILES = ["./", "app-1a2b_bg.wasm", "icons/icon-192.png"];"#),
            "{worker}"
        );
        assert!(!worker.contains("\"dev\""), "{worker}");

        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&fs::read(dir.join("app-1a2b_bg.wasm.gz")).unwrap()[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, wasm);
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(
            &fs::read(dir.join("app-1a2b_bg.wasm.br")).unwrap()[..],
            4096,
        )
        .read_to_end(&mut unbrotlied)
        .unwrap();
        assert_eq!(unbrotlied, wasm);
        assert!(!dir.join("icons/icon-192.png.gz").exists());

        // A second run (trunk serve rebuilds) changes nothing it made.
        let first = version(&app_files(&dir, &files_in(&dir).unwrap()).unwrap());
        finish(&dir).unwrap();
        assert_eq!(
            version(&app_files(&dir, &files_in(&dir).unwrap()).unwrap()),
            first
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_version_follows_every_byte_and_name() {
        let a = vec![("./".to_owned(), b"one".to_vec())];
        let b = vec![("./".to_owned(), b"onf".to_vec())];
        let c = vec![("x".to_owned(), b"one".to_vec())];
        assert_ne!(version(&a), version(&b));
        assert_ne!(version(&a), version(&c));
        assert_eq!(version(&a), version(&a.clone()));
    }
}
