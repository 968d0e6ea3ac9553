//! How well the Strategie-Check separates strategy from measures: runs
//! `check_text` over the labelled corpus
//! (`tests/fixtures/strategy-check/corpus.tsv`, sources in `SOURCES.md`
//! beside it) and writes counts, precision, recall and F1 on the tuning
//! part (`dev`), the held-out part (`test`) and all statements, plus every
//! misclassified statement, to `target/bench/strategy-check.md`.
//! The positive class is "massnahme", i.e. flagged. Run with `make bench`.

use std::fmt::Write as _;

use agenda_core::analysis::strategy_check::check_text;

const CORPUS: &str = include_str!("../tests/fixtures/strategy-check/corpus.tsv");

struct Line<'a> {
    measure: bool,
    source: &'a str,
    text: &'a str,
    split: &'a str,
}

fn corpus() -> Result<Vec<Line<'static>>, String> {
    CORPUS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            match fields.as_slice() {
                [label, source, text, split] if matches!(*label, "strategie" | "massnahme") => {
                    Ok(Line {
                        measure: *label == "massnahme",
                        source,
                        text,
                        split,
                    })
                }
                _ => Err(format!("bad corpus line: {l}")),
            }
        })
        .collect()
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    tn: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, measure: bool, flagged: bool) {
        match (measure, flagged) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
            (true, false) => self.fn_ += 1,
        }
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 0.0 } else { a as f64 / b as f64 }
    }
    fn precision(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lines = corpus()?;
    let (mut dev, mut test, mut all) = (Counts::default(), Counts::default(), Counts::default());
    let mut wrong = Vec::new();
    for line in &lines {
        let findings = check_text(line.text);
        let flagged = !findings.is_empty();
        all.add(line.measure, flagged);
        if line.split == "test" {
            test.add(line.measure, flagged);
        } else {
            dev.add(line.measure, flagged);
        }
        if flagged != line.measure {
            let why: Vec<String> = findings
                .iter()
                .map(|(rule, word)| format!("{rule:?} „{word}“"))
                .collect();
            wrong.push((line, why.join(", ")));
        }
    }
    let mut out = String::new();
    writeln!(out, "# Strategie-Check on the labelled corpus\n")?;
    writeln!(
        out,
        "{} statements phrased after German municipal and Land digital strategies \
         (sources, labels and split: crates/agenda-core/tests/fixtures/strategy-check/\
         SOURCES.md). Positive class: \"massnahme\" (flagged). `dev` was used to tune \
         the rules, `test` was held out.\n",
        lines.len()
    )?;
    writeln!(
        out,
        "| part | statements | measures | flagged measures (TP) | flagged strategy (FP) | missed measures (FN) | precision | recall | F1 |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|---|")?;
    for (name, c) in [("dev", &dev), ("test", &test), ("all", &all)] {
        writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {:.3} | {:.3} | {:.3} |",
            c.tp + c.fp + c.tn + c.fn_,
            c.tp + c.fn_,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        )?;
    }
    writeln!(out, "\n## Misclassified\n")?;
    writeln!(out, "| label | split | source | statement | findings |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for (line, why) in &wrong {
        let label = if line.measure {
            "massnahme"
        } else {
            "strategie"
        };
        writeln!(
            out,
            "| {label} | {} | {} | {} | {why} |",
            line.split, line.source, line.text
        )?;
    }
    print!("{out}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("strategy-check.md"), &out)?;
    Ok(())
}
