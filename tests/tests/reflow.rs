//! WCAG 1.4.10 (reflow): at 320 CSS pixels (a 1,280 px window at 400 %
//! zoom) and at 640 (200 %), no view makes the page scroll sideways. Wide
//! content that must keep its shape (the roadmap, tables) scrolls inside
//! its own focusable box instead.

use agenda_e2e::{Error, Session, VIEWS};

/// How far the page is wider than the window, and the outermost elements
/// that stick out (not counting what scrolls inside its own box).
const OVERFLOW: &str = "const w = document.documentElement.clientWidth; \
    const extra = document.documentElement.scrollWidth - w; \
    if (extra <= 0) { return ''; } \
    const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) { \
        const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } \
        return false; }; \
    const out = Array.from(document.querySelectorAll('body *')).filter(e => \
        e.getBoundingClientRect().right > w + 1 && !inScroller(e) && \
        !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)); \
    return `${extra} px too wide: ` + out.slice(0, 5).map(e => e.tagName.toLowerCase() + \
        (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '') + \
        ` (${Math.round(e.getBoundingClientRect().width)} px)`).join(', ');";

#[tokio::test]
async fn no_view_scrolls_sideways_at_320_or_640_pixels() -> Result<(), Error> {
    let session = Session::start().await?;
    session.click("#start-demo").await?;
    let mut found = Vec::new();
    for width in [320, 640] {
        session.set_width(width).await?;
        for view in VIEWS {
            session.go(view).await?;
            session.settle().await?;
            let overflow = session.eval(OVERFLOW).await?;
            let overflow = overflow.as_str().unwrap_or_default();
            if !overflow.is_empty() {
                found.push(format!("{width} px, {view}: {overflow}"));
            }
        }
    }
    session.close().await?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("the page scrolls sideways:\n{}", found.join("\n")).into())
    }
}
