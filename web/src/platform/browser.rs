//! The thin adapter to the rest of the browser: random ids, file
//! downloads, focus and the clock. Everything here is a few lines over
//! `web-sys`; the logic lives in `agenda-core`.

use agenda_core::{Date, GuidelineId};
use wasm_bindgen::{JsCast, JsValue};

/// 16 random bytes from the browser's CSPRNG (`crypto.getRandomValues`),
/// falling back to `Math.random` where that is missing.
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0_u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            // Truncation intended: one random byte from [0, 256).
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let b = (js_sys::Math::random() * 256.0) as u8;
            *byte = b;
        }
    }
    bytes
}

/// A fresh id for a new Leitplanke.
pub fn new_guideline_id() -> GuidelineId {
    new_id(GuidelineId::from_random_bytes)
}

/// A fresh id of any kind: `new_id(FieldId::from_random_bytes)`.
pub fn new_id<T>(make: fn([u8; 16]) -> T) -> T {
    make(random_bytes())
}

/// Offers `content` as a file download named `filename`; when the browser
/// refuses, says why (`error_detail`).
pub fn download(filename: &str, content: &str, mime: &str) -> Result<(), String> {
    offer_download(filename, content, mime).map_err(|e| error_detail(&e))
}

/// What the browser reported when it refused something, for a message in
/// parentheses: the exception's name and message. Never Rust's `{:?}`
/// text, which the release build does not carry (scripts/bundle-env.sh).
/// Empty when the browser gave no reason.
pub fn error_detail(error: &JsValue) -> String {
    let (name, message) = if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        (e.name(), e.message())
    } else if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        (String::from(e.name()), String::from(e.message()))
    } else {
        // Empty when the browser gave no reason; the text says so.
        return error.as_string().unwrap_or_default();
    };
    match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    }
}

fn offer_download(filename: &str, content: &str, mime: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::UNDEFINED)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(element_id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(element_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The value of the select with this id, if there is one.
pub fn select_value_of(element_id: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(element_id)?
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

/// Focuses the page's content for a new view and shows the page from its
/// top, header and navigation in sight (focusing alone would scroll the
/// content's top to the window's edge).
pub fn focus_view() {
    focus("main");
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the element `first` if it exists and is enabled, else `fallback`
/// (e.g. after moving a Leitplanke to the top, its disabled "up" button
/// gives the focus to "down").
pub fn focus_enabled_or(first: &str, fallback: &str) {
    let enabled = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(first))
        .is_some_and(|e| !e.has_attribute("disabled"));
    focus(if enabled { first } else { fallback });
}

/// Why a chosen file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileReadError {
    /// Larger than the limit for its kind; its size in bytes.
    TooLarge(f64),
    /// The browser could not read it as text.
    Unreadable,
}

/// Reads the file chosen in a file input as text (at most `max` bytes) and
/// clears the input, so the same file can be chosen again.
pub fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max: usize,
    on_text: impl FnOnce(Result<String, FileReadError>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    #[allow(clippy::cast_precision_loss)]
    if file.size() > max as f64 {
        on_text(Err(FileReadError::TooLarge(file.size())));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Bytes, not `file.text()`: a file German Excel saved in
        // Windows-1252 is read as that, not with its umlauts lost.
        let content = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .ok()
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
            .map(|bytes| agenda_core::formats::encoding::decode_text(&bytes));
        on_text(content.ok_or(FileReadError::Unreadable));
    });
}

/// Today and now as `2026-11-22T19-34-50`, safe in file names and keys.
pub fn timestamp() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars()
        .take(19)
        .map(|c| if c == ':' { '-' } else { c })
        .collect()
}

/// Now to the millisecond as `2026-11-22T19-34-50-123` (UTC): orders
/// snapshots taken within one second.
pub fn precise_timestamp() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars()
        .take(23)
        .map(|c| if c == ':' || c == '.' { '-' } else { c })
        .collect()
}

/// The current time as German users read it, e.g. "14:32".
pub fn time_of_day() -> String {
    let mut time = time_of_day_seconds();
    time.truncate(5);
    time
}

/// The time of day with seconds, e.g. `14:05:09`.
pub fn time_of_day_seconds() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // getMonth() is 0-based; getFullYear() and getDate() fit their types.
    #[allow(clippy::cast_possible_truncation)]
    let (year, month, day) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    Date::new(year, month, day).unwrap_or(Date::MIN)
}

/// Moves keyboard focus to an element and scrolls it into view.
pub fn reveal(element_id: &str) {
    reveal_in(element_id, element_id);
}

/// Focuses the element `focus_id` and scrolls the element `area_id` around
/// it (e.g. a form field with its label and report) to the top of the view,
/// below the notices that stay at the top while scrolling, so that neither
/// covers the other.
pub fn reveal_in(area_id: &str, focus_id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document
        .get_element_by_id(focus_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = html.focus();
    }
    let Some(area) = document.get_element_by_id(area_id) else {
        return;
    };
    area.scroll_into_view();
    let covered = document
        .query_selector(".notices")
        .ok()
        .flatten()
        .map_or(0.0, |n| n.get_bounding_client_rect().bottom());
    let top = area.get_bounding_client_rect().top();
    if top < covered
        && let Some(window) = web_sys::window()
    {
        window.scroll_by_with_x_and_y(0.0, top - covered - 8.0);
    }
}

/// This browser's replica id: random on first use, then kept.
pub fn replica() -> agenda_core::Replica {
    let stored = crate::platform::storage::load_pref(crate::platform::storage::REPLICA_KEY)
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|r| *r != 0);
    let id = stored.unwrap_or_else(|| {
        let [a, b, c, d, ..] = random_bytes();
        let fresh = u32::from_le_bytes([a, b, c, d]).max(1);
        crate::platform::storage::save_pref(
            crate::platform::storage::REPLICA_KEY,
            &fresh.to_string(),
        );
        fresh
    });
    agenda_core::Replica(id)
}

/// Opens the browser's print dialog (also "save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Escapes text for use inside HTML markup written as a string.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Short, file-name-safe form of a name: lower case, umlauts spelled out.
pub fn slug(name: &str) -> String {
    let mapped: String = name
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            'ä' => vec!['a', 'e'],
            'ö' => vec!['o', 'e'],
            'ü' => vec!['u', 'e'],
            'ß' => vec!['s', 's'],
            c if c.is_ascii_alphanumeric() => vec![c],
            _ => vec!['-'],
        })
        .collect();
    mapped
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// `digitale-agenda-stadt-musterstadt-2026-11-22` style file names.
pub fn file_stem(agenda: &agenda_core::Agenda) -> String {
    let town = slug(agenda.municipality());
    let date = today();
    if town.is_empty() {
        format!("digitale-agenda-{date}")
    } else {
        format!("digitale-agenda-{town}-{date}")
    }
}

/// Listens for another tab changing the localStorage `key`; calls
/// `on_change` with the new text (`None` when removed). Listening stops
/// when the returned guard is dropped.
pub fn on_storage_change(
    key: &str,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<Listener> {
    let key = key.to_owned();
    listen("storage", false, move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>()
            && event.key().as_deref() == Some(key.as_str())
        {
            on_change(event.new_value());
        }
    })
}

/// Calls `on_key(true)` for Strg+Z (undo) and `on_key(false)` for Strg+Y or
/// Strg+Umschalt+Z (redo), also with ⌘ on a Mac, unless the focus is in a
/// text field, where the browser's own text undo applies.
pub fn on_history_keys(on_key: impl Fn(bool) + 'static) -> Option<Listener> {
    listen("keydown", true, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if !(event.ctrl_key() || event.meta_key()) || event.alt_key() || in_text_field(event) {
            return;
        }
        let back = match event.key().to_lowercase().as_str() {
            "z" => !event.shift_key(),
            "y" => false,
            _ => return,
        };
        event.prevent_default();
        on_key(back);
    })
}

fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.is_content_editable()
        })
}

/// A window event listener that is removed when dropped (gloo-events).
pub type Listener = gloo_events::EventListener;

/// Listens for `kind` on the window; `cancels`: the handler may call
/// `preventDefault` (the listener is not passive).
fn listen(
    kind: &'static str,
    cancels: bool,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> Option<Listener> {
    let window = web_sys::window()?;
    let options = if cancels {
        gloo_events::EventListenerOptions::enable_prevent_default()
    } else {
        gloo_events::EventListenerOptions::default()
    };
    Some(gloo_events::EventListener::new_with_options(
        &window, kind, options, handler,
    ))
}

/// Sets a User Timing mark (`performance.mark`): the browser benchmark
/// (`make bench`) reads when the first view was rendered from it.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Milliseconds since 1970 (the browser's clock).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Milliseconds since 1970 (UTC), from the browser's clock.
pub fn now_epoch_ms() -> f64 {
    js_sys::Date::now()
}

/// Seconds since 1970 (UTC), what the history records; 0 outside a
/// browser (native unit tests).
pub fn now_seconds() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        // A clock before 1970 or past 2^64 s is no clock: 0 or the most.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let seconds = (js_sys::Date::now() / 1000.0) as u64;
        seconds
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// A moment (seconds since 1970) in the user's time zone: the date and
/// the time of day as hours and minutes.
pub fn local_time(seconds: u64) -> (Date, u8, u8) {
    // Milliseconds up to 2^53 are exact in an f64; the history keeps no
    // larger times.
    #[allow(clippy::cast_precision_loss)]
    let date = js_sys::Date::new(&JsValue::from_f64(seconds as f64 * 1000.0));
    #[allow(clippy::cast_possible_truncation)]
    let (year, month, day, hours, minutes) = (
        date.get_full_year() as i32,
        date.get_month() as u8 + 1,
        date.get_date() as u8,
        date.get_hours() as u8,
        date.get_minutes() as u8,
    );
    (
        Date::new(year, month, day).unwrap_or(Date::MIN),
        hours,
        minutes,
    )
}

/// Runs `f` once after the next frame has been painted
/// (`requestAnimationFrame`, then a task), so work that the user need not
/// wait for does not delay the frame that shows a change. Where frames are
/// not drawn (a hidden tab) a timer runs it within a second.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let f = std::rc::Rc::new(std::cell::RefCell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        }
    };
    let Some(window) = web_sys::window() else {
        run();
        return;
    };
    gloo_timers::callback::Timeout::new(1000, run.clone()).forget();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, run).forget();
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Calls `on_hidden` when the page is hidden or left (`visibilitychange`,
/// `pagehide`), the last moment to write what is pending. Listening stops
/// when the returned guards are dropped.
pub fn on_page_hidden(on_hidden: impl Fn() + 'static) -> Option<[Listener; 2]> {
    on_window_events(["visibilitychange", "pagehide"], on_hidden)
}

/// Calls `f` on each of two window events (e.g. `online` and `offline`).
/// Listening stops when the returned guards are dropped.
pub fn on_window_events(kinds: [&'static str; 2], f: impl Fn() + 'static) -> Option<[Listener; 2]> {
    let f = std::rc::Rc::new(f);
    let listen_to = |kind| {
        let f = f.clone();
        listen(kind, false, move |_| f())
    };
    let [first, second] = kinds;
    Some([listen_to(first)?, listen_to(second)?])
}
