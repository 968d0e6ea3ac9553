//! Forced-colours mode (Windows high contrast, WCAG 1.4.11 with the user's
//! colours): the browser draws text, borders and backgrounds in the user's
//! system colours, but leaves SVG as authored. Every figure must then be
//! drawn in system colours too, and the keyboard focus must stay visible.

use agenda_e2e::{Error, Session, VIEWS};
use serde_json::json;

/// The system colours as the browser resolves them now, and every SVG
/// shape or text whose fill or stroke is not one of them (or `none`),
/// described for the failure message.
const FOREIGN_SVG_COLOURS: &str = r#"
const probe = document.createElement('span');
document.body.appendChild(probe);
const system = ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'GrayText', 'LinkText']
  .map(c => { probe.style.color = c; return getComputedStyle(probe).color; });
probe.remove();
const ok = c => c === 'none' || system.includes(c);
const found = [];
for (const el of document.querySelectorAll('svg text, svg rect, svg polygon, svg line, svg path, svg circle')) {
  const style = getComputedStyle(el);
  const fill = el.tagName === 'line' ? 'none' : style.fill;
  if (!ok(fill) || !ok(style.stroke)) {
    found.push(`${el.tagName}.${el.getAttribute('class') || ''} fill ${fill} stroke ${style.stroke}`);
  }
}
return found.slice(0, 5).join('; ');
"#;

#[tokio::test]
async fn figures_and_focus_are_drawn_in_the_users_colours() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.set_forced_colors(true).await?;
    assert_eq!(
        session
            .eval("return matchMedia('(forced-colors: active)').matches;")
            .await?,
        json!(true)
    );
    let mut found = Vec::new();
    let mut figures = 0;
    for view in VIEWS {
        session.go(view).await?;
        session.settle().await?;
        figures += session
            .eval("return document.querySelectorAll('svg').length;")
            .await?
            .as_u64()
            .unwrap_or_default();
        let foreign = session.eval(FOREIGN_SVG_COLOURS).await?;
        if foreign != json!("") {
            found.push(format!("{view}: {foreign}"));
        }
    }
    assert!(figures > 10, "the demo has figures to look at ({figures})");
    assert!(
        found.is_empty(),
        "colours the user did not choose:\n{}",
        found.join("\n")
    );

    // The focus ring survives (the normal one's dark halo is a box-shadow,
    // which forced colours remove).
    session.go("projekte").await?;
    session
        .eval("document.getElementById('filter-text').focus(); return 0;")
        .await?;
    session
        .wait_for("#filter-text")
        .await?
        .send_keys(&fantoccini::key::Key::Tab.to_string())
        .await?;
    let ring = session
        .eval(
            "const s = getComputedStyle(document.activeElement); \
             return [document.activeElement.matches(':focus-visible'), s.outlineStyle, parseFloat(s.outlineWidth) >= 3];",
        )
        .await?;
    assert_eq!(ring, json!([true, "solid", true]));
    session.close().await
}
