//! Regression guard for the Strategie-Check: on the labelled corpus of
//! statements from German municipal and Land digital strategies
//! (`fixtures/strategy-check/`, sources and labelling in `SOURCES.md`
//! there) it must keep precision ≥ 0.90 and recall ≥ 0.85, the positive
//! class being "massnahme" (a measure, to be flagged). `make bench` writes
//! the numbers per split (`examples/strategy_check_eval.rs`).

use agenda_core::analysis::strategy_check::check_text;
use agenda_core::content::{demo, presets};

const CORPUS: &str = include_str!("fixtures/strategy-check/corpus.tsv");
const SOURCES: &str = include_str!("fixtures/strategy-check/SOURCES.md");

struct Line {
    measure: bool,
    source: &'static str,
    text: &'static str,
    test: bool,
}

fn corpus() -> Result<Vec<Line>, String> {
    let mut lines = CORPUS.lines();
    if lines.next() != Some("label\tsource\ttext\tsplit") {
        return Err("the header is not label, source, text, split".into());
    }
    lines
        .map(|l| match l.split('\t').collect::<Vec<_>>().as_slice() {
            [
                label @ ("strategie" | "massnahme"),
                source,
                text,
                split @ ("dev" | "test"),
            ] if !text.trim().is_empty() => Ok(Line {
                measure: *label == "massnahme",
                source,
                text,
                test: *split == "test",
            }),
            _ => Err(format!("not label, source, statement, split: {l}")),
        })
        .collect()
}

#[test]
fn the_corpus_is_large_balanced_and_its_sources_are_listed() {
    let lines = corpus().unwrap();
    assert!(lines.len() >= 200, "{} statements", lines.len());
    let measures = lines.iter().filter(|l| l.measure).count();
    let strategy = lines.len() - measures;
    assert!(
        measures * 10 >= lines.len() * 4 && strategy * 10 >= lines.len() * 4,
        "{measures} measures, {strategy} strategy statements"
    );
    let held_out = lines.iter().filter(|l| l.test).count();
    assert!(
        held_out * 5 >= lines.len(),
        "only {held_out} of {} held out",
        lines.len()
    );
    for line in &lines {
        assert!(
            SOURCES.contains(&format!("`{}`", line.source)),
            "source {} is not in SOURCES.md",
            line.source
        );
    }
    let mut texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    agenda_core::sorting::sort(&mut texts);
    let before = texts.len();
    texts.dedup();
    assert_eq!(texts.len(), before, "a statement is in the corpus twice");
}

#[test]
fn the_strategy_check_separates_strategy_from_measures() {
    let lines = corpus().unwrap();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut wrong = Vec::new();
    for line in &lines {
        let findings = check_text(line.text);
        let flagged = !findings.is_empty();
        match (line.measure, flagged) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
        if flagged != line.measure {
            let label = if line.measure {
                "massnahme"
            } else {
                "strategie"
            };
            wrong.push(format!(
                "  {label} ({}, {}): {}  {findings:?}",
                line.source,
                if line.test { "test" } else { "dev" },
                line.text
            ));
        }
    }
    let precision = f64::from(tp) / f64::from(tp + fp).max(1.0);
    let recall = f64::from(tp) / f64::from(tp + fn_).max(1.0);
    assert!(
        precision >= 0.90 && recall >= 0.85,
        "precision {precision:.3} (≥ 0.90), recall {recall:.3} (≥ 0.85); misclassified:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_leitplanke_of_the_demo_and_no_preset_is_flagged() {
    let agenda = demo::musterstadt().unwrap();
    assert!(!agenda.guidelines().is_empty());
    assert_eq!(agenda.strategy_check(), []);
    for g in agenda.guidelines() {
        assert_eq!(check_text(g.title()), [], "{}", g.title());
        assert_eq!(check_text(g.description()), [], "{}", g.description());
    }
    for field in presets::FIELDS {
        assert_eq!(check_text(field), [], "{field}");
    }
}

#[test]
fn the_demo_project_ideas_read_like_projects() {
    // The other direction on the demo: what it offers as project ideas is
    // flagged, so the check is not quiet on the demo by being quiet.
    let agenda = demo::musterstadt().unwrap();
    assert!(!agenda.ideas().is_empty());
    for idea in agenda.ideas() {
        assert_ne!(check_text(idea.title()), [], "{}", idea.title());
    }
}
