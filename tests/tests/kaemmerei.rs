//! Arguments the Kämmerei accepts, in the browser: the navigator types a
//! project's costs, benefits and funding by keyboard and sees the payback
//! and Kapitalwert; the argument sheet prints on one A4 page; the budget
//! plan is exported as CSV and read back to the cent.

use std::path::PathBuf;
use std::process::Command;

use agenda_core::kaemmerei::budget::read_budget_csv;
use agenda_core::kaemmerei::money::Cents;
use agenda_e2e::{Error, Session};
use serde_json::json;

/// A demo project without costs, led by a department, not discarded.
fn project_without_costs() -> Result<(String, String), Error> {
    let demo = agenda_core::content::demo::musterstadt()?;
    let p = demo
        .projects()
        .iter()
        .find(|p| p.sheet().costs.is_empty() && p.status().is_open())
        .ok_or("the demo has a project without costs")?;
    Ok((p.id().to_string(), p.title().to_owned()))
}

/// Worked example 6 of docs/kaemmerei.md, at the demo's default rates
/// (55 € per hour, 0,9 %): one-off 24.000 € investive and 80 h × 55 € =
/// 4.400 € staff time (Eigenleistung, in the appraisal, not in the own
/// share): 28.400 € for the appraisal; funding only applied for (50 % of
/// the 24.000 €, no lower own share); recurring 2.400 €;
/// saving 1.500 × 10 min = 250 h × 55 € = 13.750 €; net 11.350 € a year:
/// cumulated −28.400, −17.050, −5.700, +5.650 → payback in year 3;
/// Kapitalwert −28.400 + 11.350 × Σ 1,009^−t (t = 1…5) = 26.849,36 €.
#[tokio::test]
async fn costs_typed_by_keyboard_give_payback_argument_sheet_and_budget_csv() -> Result<(), Error> {
    let (id, title) = project_without_costs()?;
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.choose_role("Digital-Navigator").await?;
    session
        .eval(&format!("location.hash = '#projekte/{id}'; return 0;"))
        .await?;
    let fin = |suffix: &str| format!("#fin-{id}-{suffix}");
    session.wait_for(&fin("investment")).await?;
    // A typo is named and focused, nothing is saved.
    session
        .replace_text(&fin("investment"), "24.000,001")
        .await?;
    session.press(&fin("save")).await?;
    session
        .wait_for_focus(&format!("fin-{id}-investment"))
        .await?;
    assert!(
        session
            .text(&fin("error"))
            .await?
            .contains("Einmalig investiv")
    );
    for (field, value) in [
        ("year", "2027"),
        ("investment", "24.000,00 €"),
        ("investment-hours", "80"),
        ("recurring", "2.400"),
        ("life", "5"),
        ("cases", "1.500"),
        ("minutes", "10"),
        (
            "q-1-reason",
            "Schützt vor Ausfall der Fachverfahren <b>jetzt</b>",
        ),
    ] {
        session.replace_text(&fin(field), value).await?;
    }
    session.select_label(&fin("q-1"), "hoch").await?;
    session.press(&fin("grant-add")).await?;
    session
        .wait_for_focus(&format!("fin-{id}-grant-0-name"))
        .await?;
    session
        .replace_text(&fin("grant-0-name"), "Förderaufruf Informationssicherheit")
        .await?;
    session.replace_text(&fin("grant-0-body"), "Land").await?;
    session.replace_text(&fin("grant-0-share"), "50 %").await?;
    session
        .select_label(&fin("grant-0-status"), "beantragt")
        .await?;
    // The deadline, 30 days ahead of the browser's today (a date input's
    // typed form depends on the browser's locale; its value does not).
    let deadline = session
        .eval(&format!(
            "const el = document.getElementById('fin-{id}-grant-0-deadline'); \
             el.value = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10); \
             el.dispatchEvent(new Event('change', {{ bubbles: true }})); return el.value;"
        ))
        .await?;
    let deadline: agenda_core::Date = deadline.as_str().unwrap_or_default().parse()?;
    session.press(&fin("save")).await?;
    session
        .wait_until(
            &format!(
                "const r = document.getElementById('fin-{id}-result'); \
                 return r ? r.textContent.includes('26.849,36 €') : false;"
            ),
            json!(true),
        )
        .await?;
    let result = session.text(&fin("result")).await?;
    for expected in [
        "24.000,00 €",
        "4.400,00 € einmalig (80 Stunden)", // staff time, apart
        "12.000,00 €",                      // pending: half of the one-off Sachkosten, applied for
        "13.750,00 € (darin 250 Stunden)",
        "im 3. Jahr nach der Einführung",
        "Das Projekt trägt sich in Geld",
    ] {
        assert!(result.contains(expected), "{expected} in {result}");
    }
    let stored = session.stored_text().await?;
    assert!(stored.contains("\"investment\":2400000"), "saved in cents");
    // The form shows what was stored, written the German way; an undo takes
    // the costs back and the form follows; a redo brings them again.
    let investment = format!("return document.getElementById('fin-{id}-investment').value;");
    session.wait_until(&investment, json!("24.000,00")).await?;
    session.press("#undo").await?;
    session.wait_until(&investment, json!("")).await?;
    session.press("#redo").await?;
    session.wait_until(&investment, json!("24.000,00")).await?;
    let violations = session.accessibility_violations().await?;
    assert!(
        violations.is_empty(),
        "axe on the Steckbrief: {violations:#?}"
    );

    // The argument sheet: linked from the Steckbrief, one A4 page.
    session.press(&fin("arguments")).await?;
    session.wait_for(&format!("#arguments-{id}")).await?;
    let sheet = session.text(&format!("#arguments-{id}")).await?;
    for expected in [
        title.as_str(),
        "Informationssicherheit, Risikominderung",
        "Schützt vor Ausfall der Fachverfahren <b>jetzt</b>", // text, not markup
        "Förderaufruf Informationssicherheit (Land): 50 %, beantragt",
        "Der Rat beschließt, das Projekt umzusetzen und im Haushalt 2027 Mittel von \
         24.000,00 € (Eigenanteil) sowie in den Folgejahren jährlich 2.400,00 € bereitzustellen.",
    ] {
        assert!(sheet.contains(expected), "{expected} in {sheet}");
    }
    let violations = session.accessibility_violations().await?;
    assert!(
        violations.is_empty(),
        "axe on the argument sheet: {violations:#?}"
    );
    let pdf = session.print_pdf().await?;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/print");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("argumente.pdf");
    std::fs::write(&path, pdf)?;
    let out = Command::new("pdftotext")
        .args([&path.to_string_lossy(), "-"])
        .output()?;
    assert!(out.status.success(), "pdftotext ran");
    let printed = String::from_utf8(out.stdout)?;
    let pages = printed.matches('\u{c}').count();
    assert_eq!(pages, 1, "one A4 page: {printed}");
    assert!(printed.contains("Argumente für die Kämmerei"));
    assert!(printed.contains("Beschlussvorschlag"));
    // Nothing of the screen (the view's title "Ratsdokument") and no
    // placeholder is printed; the default rate says it is not the town's own.
    assert!(!printed.contains("Ratsdokument"), "{printed}");
    assert!(!printed.contains("bitte durch"), "{printed}");
    assert!(printed.contains("noch keinen eigenen Satz festgelegt"));

    // The deadline is in the diagnostics and on the roadmap.
    let due = format!("Frist {}", deadline.to_german());
    session.go("fortschritt").await?;
    session
        .wait_until(
            &format!(
                "return document.body.textContent.includes('Förderprogramm „Förderaufruf \
                 Informationssicherheit“ ({due})');"
            ),
            json!(true),
        )
        .await?;
    session.go("roadmap").await?;
    let marks = session
        .eval("return Array.from(document.querySelectorAll('#roadmap .rm-grant title')).map(t => t.textContent);")
        .await?;
    assert_eq!(
        marks,
        json!([format!(
            "Förderfrist {}: Förderaufruf Informationssicherheit (beantragt)",
            deadline.to_german()
        )])
    );

    // The budget plan as CSV, read back to the cent.
    session.go("haushalt").await?;
    session.wait_for("#budget-years").await?;
    session.capture_downloads().await?;
    session.press("#budget-csv").await?;
    let csv = session.downloaded(1, 0).await?;
    let lines = read_budget_csv(&csv).map_err(|row| format!("record {row} unreadable"))?;
    let mine: Vec<_> = lines.iter().filter(|l| l.title == title).collect();
    let years: Vec<i32> = mine.iter().map(|l| l.year).collect();
    assert_eq!(years, vec![2027, 2028, 2029, 2030, 2031, 2032]);
    let first = mine.first().ok_or("a first year")?;
    assert_eq!(first.sums.investment, Cents::euros(24_000));
    assert_eq!(first.sums.staff, Cents::euros(4_400));
    assert_eq!(first.sums.pending, Cents::euros(12_000));
    assert_eq!(first.sums.own_share, Cents::euros(24_000));
    assert!(
        mine.iter()
            .skip(1)
            .all(|l| l.sums.recurring == Cents::euros(2_400))
    );
    // The page's table shows the same sum for 2027 as the CSV's lines.
    let in_2027 = Cents::sum(
        lines
            .iter()
            .filter(|l| l.year == 2027)
            .map(|l| l.sums.own_share),
    )
    .ok_or("sum")?;
    let row = session
        .eval(
            "const row = Array.from(document.querySelectorAll('#budget-years tbody tr')) \
               .find(r => r.querySelector('th').textContent === '2027'); \
             return row ? row.lastElementChild.textContent : null;",
        )
        .await?;
    assert_eq!(row, json!(in_2027.german()));
    // Haushaltsjahr × Projekt: 2027's projects, this one with its own share.
    session.select_label("#budget-year", "2027").await?;
    let own = session
        .eval(&format!(
            "const row = Array.from(document.querySelectorAll('#budget-projects tbody tr')) \
               .find(r => r.querySelector('th').textContent === {title:?}); \
             return row ? row.lastElementChild.textContent : null;"
        ))
        .await?;
    assert_eq!(own, json!("24.000,00 €"));
    session.close().await
}

/// The town changes its hourly rate: every Steckbrief's appraisal follows.
#[tokio::test]
async fn the_towns_hourly_rate_prices_staff_time() -> Result<(), Error> {
    let session = Session::start().await?;
    session.press("#start-demo").await?;
    session.go("haushalt").await?;
    let before = session.text("#budget-years tfoot").await?;
    session.replace_text("#budget-rate", "zwölf").await?;
    session.press("#budget-save").await?;
    session.wait_for_focus("budget-rate").await?;
    session.replace_text("#budget-rate", "70,00").await?;
    session
        .replace_text("#budget-rate-source", "Eigene Berechnung 2026")
        .await?;
    session.press("#budget-save").await?;
    session
        .wait_until(
            &format!(
                "return document.querySelector('#budget-years tfoot').textContent !== {before:?};"
            ),
            json!(true),
        )
        .await?;
    let after = session.text("#budget-years tfoot").await?;
    assert_ne!(before, after, "the plan follows the rate");
    let stored = session.stored_text().await?;
    assert!(stored.contains("\"hourly_rate\":7000"));
    assert!(stored.contains("Eigene Berechnung 2026"));
    session.close().await
}
