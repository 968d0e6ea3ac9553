//! The cost, benefit and funding columns of a Steckbrief: written as
//! amounts with a decimal comma, one benefit or programme per line with its
//! parts split by ` | `; read back the same way.

use super::import::parse_date;
use super::{COLUMNS, OLD_ESTIMATE, OLD_ONE_OFF, Problem};
use crate::kaemmerei::finance::{Grant, GrantShare, QualitativeBenefit};
use crate::kaemmerei::money::Cents;
use crate::model::ProjectDraft;
use crate::model::date::Date;
use crate::vocabulary;

/// The finance columns of a Steckbrief, in [`COLUMNS`] order.
pub(super) fn finance_cells(s: &ProjectDraft) -> [String; 12] {
    let money = |c: Cents| {
        if c == Cents::ZERO {
            String::new()
        } else {
            crate::kaemmerei::budget::excel_amount(c)
        }
    };
    let count = |n: u32| if n == 0 { String::new() } else { n.to_string() };
    let (c, b) = (&s.costs, &s.benefits);
    [
        c.year.map(|y| y.to_string()).unwrap_or_default(),
        money(c.investment),
        money(c.consumptive),
        count(c.investment_hours),
        money(c.recurring),
        count(c.recurring_hours),
        count(c.life_years),
        count(b.cases),
        count(b.minutes),
        money(b.savings),
        b.qualitative
            .iter()
            .map(|q| {
                let rating = vocabulary::rating(q.rating);
                format!(
                    "{} | {rating} | {}",
                    vocabulary::benefit_kind(q.kind),
                    q.reason
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        s.grants
            .iter()
            .map(|g| {
                let share = match g.share {
                    GrantShare::Rate(bp) => {
                        format!(
                            "{} %",
                            crate::kaemmerei::budget::excel_amount(Cents(i64::from(bp)))
                        )
                    }
                    GrantShare::Amount(a) => {
                        format!("{} EUR", crate::kaemmerei::budget::excel_amount(a))
                    }
                };
                let due = g.deadline.map(Date::to_german).unwrap_or_default();
                format!(
                    "{} | {} | {share} | {} | {due}",
                    g.name,
                    g.body,
                    vocabulary::grant_status(g.status)
                )
                .trim_end_matches(" | ")
                .to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

/// Reads the finance columns into `draft`; every bad cell goes to `bad`.
pub(super) fn read_finance(
    draft: &mut ProjectDraft,
    cell: &dyn Fn(&str) -> String,
    bad: &mut dyn FnMut(&str, Problem),
) {
    let [
        year,
        inv,
        cons,
        inv_h,
        rec,
        rec_h,
        life,
        cases,
        minutes,
        savings,
        quality,
        grants,
    ] = COLUMNS
        .iter()
        .skip(15)
        .take(12)
        .copied()
        .collect::<Vec<_>>()[..]
    else {
        return;
    };
    let mut count = |name: &str| -> u32 {
        let v = cell(name);
        crate::kaemmerei::money::parse_count(&v).unwrap_or_else(|_| {
            bad(name, Problem::BadNumber(v.clone()));
            0
        })
    };
    let y = count(year);
    draft.costs.year = (y != 0).then(|| i32::try_from(y).unwrap_or(i32::MAX));
    draft.costs.investment_hours = count(inv_h);
    draft.costs.recurring_hours = count(rec_h);
    draft.costs.life_years = count(life);
    draft.benefits.cases = count(cases);
    draft.benefits.minutes = count(minutes);
    let mut money = |name: &str| -> Cents {
        let v = cell(name);
        crate::kaemmerei::money::parse_amount(&v).unwrap_or_else(|_| {
            bad(name, Problem::BadNumber(v.clone()));
            Cents::ZERO
        })
    };
    draft.costs.investment = money(inv);
    draft.costs.consumptive = money(cons);
    draft.costs.recurring = money(rec);
    // Files written before schema 7: one-off Sachkosten under their old
    // name, and the Steckbrief's estimate where no costs were entered.
    if draft.costs.investment == Cents::ZERO {
        draft.costs.investment = money(OLD_ONE_OFF);
    }
    if draft.costs.is_empty_of_money() {
        draft.costs.investment = money(OLD_ESTIMATE);
    }
    draft.benefits.savings = money(savings);
    for line in cell(quality).lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
        let kind = parts.first().and_then(|p| vocabulary::benefit_kind_of(p));
        let rating = vocabulary::RATING
            .iter()
            .skip(1)
            .position(|r| parts.get(1).is_some_and(|p| p.eq_ignore_ascii_case(r)));
        match (kind, rating) {
            (Some(kind), Some(r)) => draft.benefits.qualitative.push(QualitativeBenefit {
                kind,
                rating: u8::try_from(r + 1).unwrap_or(1),
                reason: parts.get(2).copied().unwrap_or_default().to_owned(),
            }),
            _ => bad(quality, Problem::BadChoice(line.into())),
        }
    }
    for line in cell(grants).lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let part = |n: usize| parts.get(n).copied().unwrap_or_default();
        let share = GrantShare::parse(part(2)).ok();
        let status = vocabulary::grant_status_of(part(3));
        let deadline = match part(4) {
            "" => Some(None),
            d => parse_date(d).map(Some),
        };
        match (share, status, deadline) {
            (Some(share), Some(status), Some(deadline)) => draft.grants.push(Grant {
                name: part(0).to_owned(),
                body: part(1).to_owned(),
                share,
                status,
                deadline,
            }),
            _ => bad(grants, Problem::BadChoice(line.into())),
        }
    }
}
