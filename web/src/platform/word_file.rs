//! The council document as HTML written for word processors: Word and
//! LibreOffice Writer read HTML, but neither draws inline SVG, neither sees
//! the app's style sheet, and Writer takes a page break only from the
//! paragraph it starts. So the document's markup is copied and, in the
//! copy, every chart becomes a picture (`<img>` with the SVG, its colours
//! written into it, as a `data:` address, and the chart's text alternative
//! as `alt`), the first paragraph of every page-starting part carries the
//! break (a class: the page's CSP forbids style attributes), and every table has borders and the page's width as attributes.
//! A chart that is a picture on screen (`role="img"`) also gets its text
//! alternative as a caption.
//! The page itself is not touched.

use agenda_core::formats::encoding::base64;
use wasm_bindgen::JsCast;
use web_sys::{Element, Window};

/// The class of the paragraph that begins a page; the file's style sheet
/// gives it `page-break-before: always`.
pub const PAGE_START: &str = "page-start";

/// The class of the cells of a table with [`DENSE_COLUMNS`] columns or
/// more; the file's style sheet sets their type smaller.
pub const DENSE: &str = "dense";
const DENSE_COLUMNS: usize = 6;

/// The widest picture, in CSS pixels: 16 cm, within an A4 page's text.
const MAX_PICTURE_WIDTH: i32 = 605;

/// The presentation properties a chart takes from the app's style sheet.
const CHART_PROPERTIES: [&str; 10] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "font-size",
    "font-family",
    "font-weight",
];

/// The markup of the element `element_id`, rewritten for word processors;
/// `page_starts` selects the parts that begin a new page.
pub fn markup(element_id: &str, page_starts: &str) -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let original = document.get_element_by_id(element_id)?;
    let copy: Element = original.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let charts = (all(&original, "svg"), all(&copy, "svg"));
    for (chart, copied) in charts.0.iter().zip(&charts.1) {
        let Some(picture) = picture_of(&window, chart, copied) else {
            continue;
        };
        // A chart that is a picture on screen shows its text alternative
        // under it, so a reader of the printout has it too.
        if chart.get_attribute("role").as_deref() == Some("img")
            && let Ok(caption) = document.create_element("p")
        {
            caption.set_text_content(picture.get_attribute("alt").as_deref());
            let _ = caption.set_attribute("class", "chart-text");
            let _ = copied.after_with_node_1(&caption);
        }
        let _ = copied.replace_with_with_node_1(&picture);
    }
    // A part that opens the document needs no break before it.
    for part in all(&copy, page_starts)
        .into_iter()
        .filter(|p| p.previous_element_sibling().is_some())
    {
        // A class, not a style attribute: the page's CSP forbids those.
        // The only class: Writer reads no rule of an element with two.
        let first = part.first_element_child().unwrap_or(part);
        let _ = first.set_attribute("class", PAGE_START);
    }
    for table in all(&copy, "table") {
        for (name, value) in [
            ("border", "1"),
            ("cellspacing", "0"),
            ("cellpadding", "3"),
            ("width", "100%"),
        ] {
            let _ = table.set_attribute(name, value);
        }
        // Writer neither breaks a word nor shrinks a table to the page:
        // the cells of a wide table get smaller type (a rule of their own
        // class, as Writer reads no rule through the table), amounts are
        // set right by attribute.
        let columns = table
            .query_selector("tr")
            .ok()
            .flatten()
            .map_or(0, |row| all(&row, "th, td").len());
        for cell in all(&table, "th, td") {
            if cell.class_name().split_whitespace().any(|c| c == "num") {
                let _ = cell.set_attribute("align", "right");
            }
            if columns >= DENSE_COLUMNS {
                let _ = cell.set_attribute("class", DENSE);
            }
        }
    }
    Some(copy.outer_html())
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

/// The chart `chart` (on the page) as a picture, from its copy `copied`:
/// the computed colours written into the copy, drawn at its size on screen.
fn picture_of(window: &Window, chart: &Element, copied: &Element) -> Option<Element> {
    let pairs = std::iter::once((chart.clone(), copied.clone()))
        .chain(all(chart, "*").into_iter().zip(all(copied, "*")));
    for (shown, written) in pairs {
        let Ok(Some(style)) = window.get_computed_style(&shown) else {
            continue;
        };
        for property in CHART_PROPERTIES {
            if let Ok(value) = style.get_property_value(property)
                && !value.is_empty()
            {
                let _ = written.set_attribute(property, &value);
            }
        }
    }
    let size = chart.get_bounding_client_rect();
    // Whole pixels, written as integers: formatting a float would bring
    // the float formatter into the bundle.
    #[allow(clippy::cast_possible_truncation)]
    let (mut width, mut height) = (size.width().round() as i32, size.height().round() as i32);
    if width < 1 || height < 1 {
        return None;
    }
    // No wider than an A4 page's text: Writer does not shrink a picture.
    if width > MAX_PICTURE_WIDTH {
        height = height * MAX_PICTURE_WIDTH / width;
        width = MAX_PICTURE_WIDTH;
    }
    let (width, height) = (width.to_string(), height.to_string());
    for (name, value) in [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("width", width.as_str()),
        ("height", height.as_str()),
    ] {
        let _ = copied.set_attribute(name, value);
    }
    let picture = window.document()?.create_element("img").ok()?;
    let source = format!(
        "data:image/svg+xml;base64,{}",
        base64(copied.outer_html().as_bytes())
    );
    // A chart as wide as its place (the roadmap's bars) stays so.
    let shown_width = chart
        .get_attribute("width")
        .filter(|w| w.ends_with('%'))
        .unwrap_or_else(|| width.clone());
    for (name, value) in [
        ("src", source.as_str()),
        ("alt", text_alternative(chart).as_str()),
        ("width", shown_width.as_str()),
        ("height", height.as_str()),
    ] {
        let _ = picture.set_attribute(name, value);
    }
    Some(picture)
}

/// What a screen reader is told about the chart: its `aria-label`, the
/// texts its `aria-labelledby` names, or its own `<title>`.
fn text_alternative(chart: &Element) -> String {
    if let Some(label) = chart.get_attribute("aria-label") {
        return label;
    }
    let by_id = |id: &str| {
        chart
            .query_selector(&format!("[id='{id}']"))
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
    };
    if let Some(ids) = chart.get_attribute("aria-labelledby") {
        let parts: Vec<String> = ids.split_whitespace().filter_map(by_id).collect();
        return parts.join(" ");
    }
    chart
        .query_selector(":scope > title")
        .ok()
        .flatten()
        .and_then(|t| t.text_content())
        .unwrap_or_default()
}
