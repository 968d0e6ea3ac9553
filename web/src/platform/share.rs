//! Share links: the agenda (or only its strategy) compressed into the URL
//! fragment, `#teilen=…`. Browsers never send the fragment to a server, so
//! the agenda travels only inside the link. Compression is the browser's
//! own `CompressionStream` (deflate-raw, no extra code in the bundle),
//! encoded as URL-safe Base64.
//!
//! Invariants: a link longer than [`MAX_LINK_CHARS`] is never produced (the
//! caller offers the file instead) and never decoded; what a link decodes
//! to goes through [`stored::load`], so it is validated and size-limited
//! like any file.

use agenda_core::{Agenda, LoadError, formats::stored};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The fragment that marks a share link.
pub const FRAGMENT: &str = "#teilen=";

/// Longest link the app makes or opens. Mail programs and chat services
/// often cut longer links; the demo agenda needs about 8,400 characters.
pub const MAX_LINK_CHARS: usize = 32_000;

#[wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (a readable/writable pair).
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compression;
    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<Compression, JsValue>;

    /// The browser's `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompression;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Decompression, JsValue>;
}

/// Why a link could not be made or read.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// The link would be, or is, longer than [`MAX_LINK_CHARS`].
    TooLong(usize),
    /// The browser could not compress or decompress (damaged link).
    Damaged,
    /// The content is not a loadable agenda.
    Load(LoadError),
}

/// The full link for `agenda`, based on the page's own address.
pub async fn link(agenda: &Agenda, base: &str) -> Result<String, ShareError> {
    let json = stored::to_json(agenda).map_err(|_| ShareError::Damaged)?;
    let packed = compress(&json).await.map_err(|_| ShareError::Damaged)?;
    let link = format!("{base}{FRAGMENT}{}", base64url(&packed)?);
    if link.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong(link.len()));
    }
    Ok(link)
}

/// The agenda inside a link's fragment (the part after [`FRAGMENT`]).
pub async fn open(payload: &str) -> Result<Agenda, ShareError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong(payload.len()));
    }
    let bytes = from_base64url(payload)?;
    let json = decompress(&bytes).await.map_err(|_| ShareError::Damaged)?;
    stored::load(&json).map_err(ShareError::Load)
}

fn stream_of(bytes: &[u8]) -> Result<web_sys::ReadableStream, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    Ok(web_sys::Blob::new_with_u8_array_sequence(&parts)?.stream())
}

async fn compress(text: &str) -> Result<Vec<u8>, JsValue> {
    let through = Compression::new("deflate-raw")?;
    let stream = stream_of(text.as_bytes())?.pipe_through(through.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

async fn decompress(bytes: &[u8]) -> Result<String, JsValue> {
    let through = Decompression::new("deflate-raw")?;
    let stream = stream_of(bytes)?.pipe_through(through.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let text = JsFuture::from(response.text()?).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// URL-safe Base64 without padding, through the browser's `btoa`.
fn base64url(bytes: &[u8]) -> Result<String, ShareError> {
    let window = web_sys::window().ok_or(ShareError::Damaged)?;
    let binary: String = bytes.iter().map(|b| char::from(*b)).collect();
    let plain = window.btoa(&binary).map_err(|_| ShareError::Damaged)?;
    Ok(plain
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect())
}

fn from_base64url(text: &str) -> Result<Vec<u8>, ShareError> {
    let window = web_sys::window().ok_or(ShareError::Damaged)?;
    let plain: String = text
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let binary = window.atob(&plain).map_err(|_| ShareError::Damaged)?;
    binary
        .chars()
        .map(|c| u8::try_from(u32::from(c)).map_err(|_| ShareError::Damaged))
        .collect()
}

/// The share payload in the current address, if it is a share link.
pub fn payload_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix(FRAGMENT).map(str::to_owned)
}

/// The page's address without fragment, the base of new links.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// Removes the share fragment so a reload shows the app's own agenda.
pub fn leave_link() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash("");
    }
}
