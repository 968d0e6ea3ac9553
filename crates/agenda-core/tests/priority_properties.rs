//! Property tests of the prioritisation: the aggregation's invariants and
//! the budget rules under any sequence of actions.

#![allow(clippy::disallowed_methods)] // tests are not in the bundle: std's sort is fine here
use agenda_core::analysis::ranking::{PriorityResult, kendall_w};
use agenda_core::{
    Action, Agenda, DepartmentDraft, DepartmentId, FieldId, ItemRef, PriorityMethod,
    PrioritySubject, formats::stored,
};
use proptest::prelude::*;

const FIELDS: u128 = 6;

fn field(n: u128) -> FieldId {
    FieldId::from_u128(1000 + n)
}

/// An agenda with `FIELDS` Handlungsfelder and no departments.
fn with_fields() -> Result<Agenda, TestCaseError> {
    let mut agenda = Agenda::new();
    for n in 0..FIELDS {
        agenda
            .apply(Action::AddField {
                id: field(n),
                name: format!("Feld {n}"),
            })
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    Ok(agenda)
}

/// A department's ballot: weight and points per field (capped and within
/// budget by construction: at most 3 per item, 6 fields × 3 > 10, so the
/// generator trims to the budget).
fn ballot() -> impl Strategy<Value = (u32, Vec<u32>)> {
    (1_u32..=5, prop::collection::vec(0_u32..=3, FIELDS as usize)).prop_map(|(w, mut pts)| {
        let mut total = 0;
        for p in &mut pts {
            if total + *p > 10 {
                *p = 0;
            }
            total += *p;
        }
        (w, pts)
    })
}

fn add_department(
    agenda: &mut Agenda,
    id: DepartmentId,
    weight: u32,
    points: &[u32],
) -> Result<(), TestCaseError> {
    let fail = |e: agenda_core::AgendaError| TestCaseError::fail(e.to_string());
    agenda
        .apply(Action::AddDepartment {
            id,
            draft: DepartmentDraft {
                name: format!("FB {id}"),
                ..Default::default()
            },
        })
        .map_err(fail)?;
    agenda
        .apply(Action::SetDepartmentWeight { id, weight })
        .map_err(fail)?;
    for (n, p) in (0..).zip(points) {
        agenda
            .apply(Action::SetPoints {
                department: id,
                item: ItemRef::Field(field(n)),
                points: *p,
            })
            .map_err(fail)?;
    }
    Ok(())
}

/// The parts of a result that must not depend on department order or ids.
fn summary(result: &PriorityResult) -> Vec<(ItemRef, usize, Option<u64>, String, String)> {
    result
        .items
        .iter()
        .map(|r| {
            let mut support = r.support.clone();
            support.sort_by(f64::total_cmp);
            (
                r.item,
                r.place,
                r.weighted_points,
                format!(
                    "{:.9} {:.9} {:.9} {:?}",
                    r.borda, r.mean_support, r.dispersion, r.agreement
                ),
                format!("{support:?} {}", r.schulze_place),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn unanimous_rankings_give_w_of_one(
        order in Just((1..=7).collect::<Vec<u32>>()).prop_shuffle(),
        judges in 2_usize..8,
    ) {
        let ranks: Vec<Vec<f64>> = (0..judges)
            .map(|_| order.iter().map(|r| f64::from(*r)).collect())
            .collect();
        let w = kendall_w(&ranks).unwrap_or(0.0);
        prop_assert!((w - 1.0).abs() < 1e-12, "W = {}", w);
    }

    #[test]
    fn relabelling_departments_changes_nothing(
        ballots in prop::collection::vec(ballot(), 1..6),
        shift in 0_usize..6,
    ) {
        let mut a = with_fields()?;
        for (n, (w, pts)) in (0_u128..).zip(&ballots) {
            add_department(&mut a, DepartmentId::from_u128(n + 1), *w, pts)?;
        }
        // Same ballots, other ids, departments added in a rotated order.
        let mut b = with_fields()?;
        let k = ballots.len();
        for i in 0..k {
            let (w, pts) = &ballots[(i + shift) % k];
            add_department(&mut b, DepartmentId::from_u128(900 - i as u128), *w, pts)?;
        }
        let (ra, rb) = (a.priority_result(), b.priority_result());
        prop_assert_eq!(summary(&ra), summary(&rb));
        prop_assert_eq!(ra.concordance.map(|w| format!("{w:.9}")), rb.concordance.map(|w| format!("{w:.9}")));
    }

    #[test]
    fn a_department_with_weight_zero_changes_nothing(
        ballots in prop::collection::vec(ballot(), 0..5),
        extra in ballot(),
        ranking in any::<bool>(),
    ) {
        let mut a = with_fields()?;
        if ranking {
            a.apply(Action::SetPriorityMethod { method: PriorityMethod::Ranking })
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        for (n, (w, pts)) in (0_u128..).zip(&ballots) {
            add_department(&mut a, DepartmentId::from_u128(n + 1), *w, pts)?;
            if ranking {
                // Rank the fields by the generated points, best first.
                let mut order: Vec<(u32, u128)> = (0..).zip(pts).map(|(i, p)| (*p, i)).collect();
                order.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
                a.apply(Action::SetRanking {
                    department: DepartmentId::from_u128(n + 1),
                    order: order.iter().map(|(_, i)| ItemRef::Field(field(*i))).collect(),
                }).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
        }
        let before = a.priority_result();
        let zero = DepartmentId::from_u128(777);
        add_department(&mut a, zero, 1, &extra.1)?;
        if ranking {
            a.apply(Action::SetRanking {
                department: zero,
                order: (0..FIELDS).rev().map(|i| ItemRef::Field(field(i))).collect(),
            }).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        a.apply(Action::SetDepartmentWeight { id: zero, weight: 0 })
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(a.priority_result(), before);
    }
}

#[derive(Clone, Debug)]
enum Step {
    Points(u128, u128, u32),
    Budget(u32),
    Cap(u32),
    Subject(bool),
    RemoveField(u128),
    AddField(u128),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0_u128..3, 0_u128..8, 0_u32..6).prop_map(|(d, f, p)| Step::Points(d, f, p)),
        1 => (0_u32..30).prop_map(Step::Budget),
        1 => (0_u32..8).prop_map(Step::Cap),
        1 => any::<bool>().prop_map(Step::Subject),
        1 => (0_u128..8).prop_map(Step::RemoveField),
        1 => (0_u128..8).prop_map(Step::AddField),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn budgets_are_never_exceeded(steps in prop::collection::vec(step(), 0..60)) {
        let mut agenda = with_fields()?;
        for d in 0..3 {
            add_department(&mut agenda, DepartmentId::from_u128(d), 1, &[])?;
        }
        for step in steps {
            let action = match step {
                Step::Points(d, f, points) => Action::SetPoints {
                    department: DepartmentId::from_u128(d),
                    item: ItemRef::Field(field(f)),
                    points,
                },
                Step::Budget(budget) => Action::SetBudget { budget },
                Step::Cap(max) => Action::SetMaxPerItem { max },
                Step::Subject(fields) => Action::SetPrioritySubject {
                    subject: if fields { PrioritySubject::Fields } else { PrioritySubject::Ideas },
                },
                Step::RemoveField(f) => Action::RemoveField { id: field(f) },
                Step::AddField(f) => Action::AddField { id: field(f), name: format!("Neu {f}") },
            };
            let before = agenda.clone();
            if agenda.apply(action).is_err() {
                prop_assert_eq!(&agenda, &before);
            }
            let p = agenda.prioritisation();
            for d in agenda.departments() {
                prop_assert!(p.spent(d.id(), PrioritySubject::Fields) <= p.budget());
            }
            for a in p.allocations() {
                prop_assert!(a.points() >= 1 && a.points() <= p.max_per_item());
            }
            prop_assert_eq!(agenda.validate(), Ok(()));
        }
        let json = stored::to_json(&agenda).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(stored::load(&json).map_err(|e| TestCaseError::fail(e.to_string()))?, agenda);
    }
}
