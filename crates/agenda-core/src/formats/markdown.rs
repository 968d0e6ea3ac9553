//! The agenda as a Markdown document (German), for the council, e-mail and
//! wikis. User text is escaped so it cannot change the document's
//! structure (headings, lists, links, HTML).

use std::fmt::Write;

use crate::model::Agenda;
use crate::vocabulary;

/// Escapes what could change the document's structure: inline markup
/// (`*`, `_`, backticks, brackets, `|`), HTML (`<`, `>`), and block markers
/// at the start of a line (`#`, `-`, `+`, `>`, "1."). Line breaks become
/// Markdown hard breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        let trimmed = line.trim_start();
        let indent = line.get(..line.len() - trimmed.len()).unwrap_or_default();
        out.push_str(indent);
        let mut chars = trimmed.chars().peekable();
        if let Some(first) = chars.peek().copied() {
            let numbered = first.is_ascii_digit() && {
                let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
                trimmed
                    .get(digits.len()..)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with(')'))
            };
            if matches!(first, '#' | '-' | '+' | '=') || numbered {
                out.push('\\');
            }
        }
        for c in chars {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// Whole euros with German thousands separators: 85.000 €.
pub fn euros(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out + " €"
}

/// A project's money, from [`crate::kaemmerei::finance::money`] as every
/// view shows it.
fn money_lines(md: &mut String, agenda: &Agenda, s: &crate::model::ProjectDraft) {
    let m = crate::kaemmerei::finance::money(agenda.finance(), s);
    if m.is_empty() {
        return;
    }
    let zero = crate::kaemmerei::money::Cents::ZERO;
    let parts: Vec<String> = m
        .one_off_parts()
        .into_iter()
        .map(|(name, c)| format!("{name} {}", c.german()))
        .collect();
    let _ = writeln!(
        md,
        "- Kosten einmalig: {} ({})",
        m.one_off().german(),
        parts.join(", ")
    );
    if m.recurring != zero {
        let _ = writeln!(md, "- Laufende Kosten: {} pro Jahr", m.recurring.german());
    }
    if m.staff_once != zero || m.staff_yearly != zero {
        let _ = writeln!(
            md,
            "- Eigenleistung (Personal, kalkulatorisch): {} einmalig, {} pro Jahr",
            m.staff_once.german(),
            m.staff_yearly.german()
        );
    }
    let names = |approved: bool| {
        s.grants
            .iter()
            .filter(|g| (g.status == crate::kaemmerei::finance::GrantStatus::Approved) == approved)
            .filter(|g| g.status != crate::kaemmerei::finance::GrantStatus::Rejected)
            .map(|g| escape(&g.name))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if m.approved != zero {
        let _ = writeln!(
            md,
            "- Förderung bewilligt: {} ({})",
            m.approved.german(),
            names(true)
        );
    }
    if !names(false).is_empty() {
        let _ = writeln!(
            md,
            "- Förderung geplant oder beantragt: {} ({})",
            m.pending.german(),
            names(false)
        );
    }
    let _ = writeln!(md, "- Eigenanteil einmalig: {}", m.own_share.german());
}

fn percent(value: f64) -> String {
    format!("{} %", crate::numbers::fixed(value, 0))
}

/// Renders the agenda. Writing to a `String` cannot fail, so results of
/// `write!` are ignored.
pub fn render(agenda: &Agenda) -> String {
    let mut md = String::new();
    let title = if agenda.municipality().is_empty() {
        "Digitale Agenda".to_owned()
    } else {
        format!("Digitale Agenda – {}", escape(agenda.municipality()))
    };
    let _ = writeln!(md, "# {title}\n");

    let _ = writeln!(md, "## Leitbild\n");
    if agenda.vision().text().is_empty() {
        let _ = writeln!(md, "_Noch kein Leitbild formuliert._\n");
    } else {
        let _ = writeln!(md, "{}\n", escape(agenda.vision().text()));
    }

    let _ = writeln!(md, "## Leitplanken\n");
    for (n, g) in agenda.guidelines().iter().enumerate() {
        let state = vocabulary::guideline_status(g.status());
        let _ = writeln!(md, "### {}. {} ({state})\n", n + 1, escape(g.title()));
        if let Some(field) = g.field().and_then(|f| agenda.field(f)) {
            let _ = writeln!(md, "Handlungsfeld: {}\n", escape(field.name()));
        }
        if !g.description().is_empty() {
            let _ = writeln!(md, "{}\n", escape(g.description()));
        }
        if !g.rationale().is_empty() {
            let _ = writeln!(md, "_Begründung:_ {}\n", escape(g.rationale()));
        }
    }

    if !agenda.fields().is_empty() {
        let _ = writeln!(md, "## Handlungsfelder\n");
        for f in agenda.fields() {
            let _ = writeln!(md, "- {}", escape(f.name()));
        }
        md.push('\n');
    }

    if !agenda.departments().is_empty() {
        let _ = writeln!(md, "## Sicht der Fachbereiche\n");
        for d in agenda.departments() {
            let _ = writeln!(md, "### {}\n", escape(d.name()));
            let mut any = false;
            for p in agenda.perspectives_of(d.id()) {
                any = true;
                let _ = writeln!(
                    md,
                    "- **{}:** {}",
                    vocabulary::perspective_kind(p.kind()),
                    escape(p.text())
                );
            }
            if !any {
                let _ = writeln!(md, "_Noch keine Beiträge._");
            }
            md.push('\n');
        }
    }

    let result = agenda.priority_result();
    if !result.departments.is_empty() && !result.items.is_empty() {
        let _ = writeln!(md, "## Priorisierung\n");
        if let Some(w) = result.concordance {
            let _ = writeln!(
                md,
                "Übereinstimmung (Kendalls W): {}\n",
                crate::numbers::fixed(w, 2).replace('.', ",")
            );
        }
        let _ = writeln!(md, "| Platz | Eintrag | Einschätzung |\n|---|---|---|");
        for r in &result.items {
            let name = agenda.item_name(r.item).unwrap_or_default();
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                r.place,
                escape(name),
                vocabulary::agreement(r.agreement)
            );
        }
        md.push('\n');
    }

    if !agenda.projects().is_empty() {
        let overall = agenda.overall_progress();
        let _ = writeln!(md, "## Projekte\n");
        let _ = writeln!(
            md,
            "Gesamtfortschritt: {} über {} Projekte.\n",
            percent(overall.percent),
            overall.projects
        );
        for p in agenda.projects() {
            let s = p.sheet();
            let _ = writeln!(md, "### {}\n", escape(p.title()));
            let lead = agenda
                .department(s.lead)
                .map(|d| d.name())
                .unwrap_or_default();
            let _ = writeln!(
                md,
                "- Status: {}, Fortschritt {}",
                vocabulary::project_status(p.status()),
                percent(p.progress().percent)
            );
            let _ = writeln!(md, "- Federführung: {}", escape(lead));
            let guidelines: Vec<String> = s
                .guidelines
                .iter()
                .filter_map(|g| agenda.guideline(*g))
                .map(|g| escape(g.title()))
                .collect();
            if guidelines.is_empty() {
                let _ = writeln!(md, "- Leitplanken: _ohne strategischen Bezug_");
            } else {
                let _ = writeln!(md, "- Leitplanken: {}", guidelines.join("; "));
            }
            let band = vocabulary::priority_band(s.band);
            let _ = writeln!(md, "- Priorität: {band}");
            if let (Some(a), Some(b)) = (s.start, s.end) {
                let _ = writeln!(md, "- Zeitraum: {} bis {}", a.to_german(), b.to_german());
            }
            let competences: Vec<String> = s
                .competences
                .iter()
                .filter_map(|c| agenda.competence(*c))
                .map(|c| escape(c.name()))
                .collect();
            if !competences.is_empty() {
                let _ = writeln!(md, "- Kompetenzen: {}", competences.join("; "));
            }
            money_lines(&mut md, agenda, s);
            md.push('\n');
            if !s.description.is_empty() {
                let _ = writeln!(md, "{}\n", escape(&s.description));
            }
            if !p.milestones().is_empty() {
                let _ = writeln!(md, "Meilensteine:\n");
                for m in p.milestones() {
                    let mark = if m.done() { "x" } else { " " };
                    let _ = writeln!(
                        md,
                        "- [{mark}] {} – {}",
                        m.due().to_german(),
                        escape(m.title())
                    );
                }
                md.push('\n');
            }
        }
    }
    competence_chapter(&mut md, agenda);
    md
}

/// The Kompetenzrad: every competence with its gap, the surveys (figures
/// only where enough answered) and the change since the last round.
fn competence_chapter(md: &mut String, agenda: &Agenda) {
    use crate::competence::{self, SurveyFigures};
    if agenda.competences().is_empty() {
        return;
    }
    let _ = writeln!(
        md,
        "## Kompetenzrad
"
    );
    let scale: Vec<String> = crate::vocabulary::COMPETENCE_LEVEL
        .iter()
        .enumerate()
        .map(|(n, (name, _))| format!("{n} = {name}"))
        .collect();
    let _ = writeln!(
        md,
        "Skala: {}. Mittelwerte, größte Lücke zuerst.\n",
        scale.join(", ")
    );
    let _ = writeln!(
        md,
        "| Bereich | Kompetenz | Ziel | Team Ist / Soll | Befragung | Lücke | Projekte |\n|---|---|---|---|---|---|---|"
    );
    let level = |v: Option<u32>| v.map_or_else(|| "–".to_owned(), competence::level_text);
    for gap in competence::gaps(agenda) {
        let Some(c) = agenda.competence(gap.competence) else {
            continue;
        };
        let team = gap.team.map_or_else(
            || "–".to_owned(),
            |(cur, tgt)| {
                format!(
                    "{} / {}",
                    competence::level_text(cur),
                    competence::level_text(tgt)
                )
            },
        );
        let size = gap
            .size
            .map_or_else(|| "–".to_owned(), competence::change_text);
        let projects: Vec<String> = gap
            .projects
            .iter()
            .filter_map(|p| agenda.project(*p))
            .map(|p| escape(p.title()))
            .collect();
        let projects = if projects.is_empty() && gap.is_open() {
            "_keines_".to_owned()
        } else {
            projects.join("; ")
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {team} | {} | {size} | {projects} |",
            c.area().label(),
            escape(c.name()),
            competence::level_text(gap.target),
            level(gap.staff)
        );
    }
    md.push('\n');
    let rounds = competence::survey_rounds(agenda);
    if !rounds.is_empty() {
        let _ = writeln!(md, "Befragungen der Fachbereiche (jeweils die neueste):\n");
        for (survey, _) in rounds {
            let name = agenda
                .department(survey.department())
                .map(|d| escape(d.name()))
                .unwrap_or_default();
            let date = survey.date().to_german();
            match competence::survey_figures(survey) {
                SurveyFigures::TooFew { respondents } => {
                    let _ = writeln!(
                        md,
                        "- {name} ({date}): {respondents} Antworten – weniger als {}, die Zahlen werden zum Schutz der Befragten nicht gezeigt.",
                        competence::MIN_GROUP
                    );
                }
                SurveyFigures::Shown { respondents, .. } => {
                    let _ = writeln!(md, "- {name} ({date}): {respondents} Antworten");
                }
            }
        }
        md.push('\n');
    }
    let team = competence::team_change(agenda);
    let staff = competence::staff_change(agenda);
    if team.iter().chain(&staff).any(Option::is_some) {
        let _ = writeln!(md, "Veränderung seit der letzten Runde:\n");
        for ((c, team), staff) in agenda.competences().iter().zip(team).zip(staff) {
            let parts: Vec<String> = [("Team", team), ("Befragung", staff)]
                .into_iter()
                .filter_map(|(who, change)| {
                    change.map(|c| format!("{who} {}", competence::change_between(c)))
                })
                .collect();
            if !parts.is_empty() {
                let _ = writeln!(md, "- {}: {}", escape(c.name()), parts.join(", "));
            }
        }
        md.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_change_the_structure() {
        assert_eq!(escape("# Titel"), "\\# Titel");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("[Link](javascript:x)"), "\\[Link\\](javascript:x)");
        assert_eq!(escape("a\n- b\n2. c"), "a  \n\\- b  \n\\2. c");
        assert_eq!(
            escape("E-Akte & IT-Infrastruktur"),
            "E-Akte & IT-Infrastruktur"
        );
        assert_eq!(escape("*fett* _kursiv_"), "\\*fett\\* \\_kursiv\\_");
    }

    #[test]
    fn euros_with_german_separators() {
        assert_eq!(euros(0), "0 €");
        assert_eq!(euros(999), "999 €");
        assert_eq!(euros(85_000), "85.000 €");
        assert_eq!(euros(1_234_567), "1.234.567 €");
    }
}
