//! Money in cents and the economic-efficiency appraisal (issue 14): known
//! answers computed by hand (the arithmetic is in the comments) and
//! properties that hold for any amounts.
#![allow(clippy::disallowed_methods)] // tests are not in the bundle: std's sort is fine here
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // a failing unwrap is a failing test

mod common;

use agenda_core::kaemmerei::economics::{self, AppraisalError, Plan};
use agenda_core::kaemmerei::money::{Cents, MAX_CENTS, parse_cents};
use proptest::prelude::*;

fn euros(e: i64) -> Cents {
    Cents::euros(e)
}

/// Investment 10.000 €, recurring 500 €/year, savings 3.500 €/year: a net
/// 3.000 € a year for 5 years, discounted at 3 %.
///
/// Cumulated: −10.000, −7.000, −4.000, −1.000, +2.000, +5.000 → pays back
/// in year 4. Kapitalwert = −10.000 + 3.000 · (1 − 1,03^−5) / 0,03
/// = −10.000 + 3.000 · 4,5797072 = −10.000 + 13.739,1216 = 3.739,12 €.
#[test]
fn a_project_that_pays_back_in_year_four() {
    let a = economics::appraise(&Plan {
        investment: euros(10_000),
        recurring: euros(500),
        savings: euros(3_500),
        life_years: 5,
        rate_bp: 300,
    })
    .unwrap();
    assert_eq!(
        a.cumulated,
        [-10_000, -7_000, -4_000, -1_000, 2_000, 5_000].map(euros)
    );
    assert_eq!(a.payback_year, Some(4));
    assert!(a.pays_back());
    assert_eq!(a.net_present_value, Cents(373_912));
    assert_eq!(a.net_present_value.german(), "3.739,12 €");
}

/// Investment 50.000 €, a net 4.000 € a year for 8 years at 2,5 %: the
/// cumulated cash flow ends at −18.000 €, so it does not pay back in
/// money. Kapitalwert = −50.000 + 4.000 · (1 − 1,025^−8) / 0,025
/// = −50.000 + 4.000 · 7,1701371 = −50.000 + 28.680,5487 = −21.319,45 €.
#[test]
fn a_project_that_does_not_pay_back_in_money() {
    let a = economics::appraise(&Plan {
        investment: euros(50_000),
        recurring: euros(1_000),
        savings: euros(5_000),
        life_years: 8,
        rate_bp: 250,
    })
    .unwrap();
    assert_eq!(a.cumulated.last(), Some(&euros(-18_000)));
    assert_eq!(a.payback_year, None);
    assert!(!a.pays_back());
    assert_eq!(a.net_present_value, Cents(-2_131_945));
}

/// Uneven flows: −20.000 € now, nothing in year 1, 9.000 € in years 2 to
/// 4, at 5 %: 9.000 / 1,05² = 8.163,2653; / 1,05³ = 7.774,5384;
/// / 1,05⁴ = 7.404,3223; together 23.342,1260 − 20.000 = 3.342,13 €.
#[test]
fn uneven_flows_are_discounted_year_by_year() {
    let flows = [-20_000, 0, 9_000, 9_000, 9_000].map(euros);
    assert_eq!(economics::net_present_value(&flows, 500), Cents(334_213));
}

/// 1.200 cases a year × 15 minutes saved = 18.000 minutes = 300 hours;
/// at 58,00 € an hour that is 17.400,00 €. 7 minutes at 58,00 € = 6,77 €
/// (6,7666… rounded).
#[test]
fn minutes_saved_in_money() {
    assert_eq!(
        economics::minutes_at(1_200 * 15, Cents(5_800)),
        Some(euros(17_400))
    );
    assert_eq!(economics::minutes_at(7, Cents(5_800)), Some(Cents(677)));
}

#[test]
fn a_plan_outside_the_method_is_refused() {
    let plan = Plan {
        investment: euros(1),
        recurring: Cents::ZERO,
        savings: Cents::ZERO,
        life_years: 0,
        rate_bp: 300,
    };
    assert_eq!(economics::appraise(&plan), Err(AppraisalError::Life(0)));
    assert_eq!(
        economics::appraise(&Plan {
            life_years: 5,
            rate_bp: 10_001,
            ..plan
        }),
        Err(AppraisalError::Rate(10_001))
    );
}

fn any_amount() -> impl Strategy<Value = Cents> {
    (0..=MAX_CENTS).prop_map(Cents)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(512)))]

    /// What is shown is read back to the same cent.
    #[test]
    fn amounts_read_back_as_shown(cents in -MAX_CENTS..=MAX_CENTS) {
        let amount = Cents(cents);
        prop_assert_eq!(parse_cents(&amount.german()), Ok(amount));
        prop_assert_eq!(parse_cents(&amount.to_string()), Ok(amount));
    }

    /// An amount split into parts adds up to the cent again.
    #[test]
    fn cents_are_never_lost_in_sums(total in any_amount(), cuts in prop::collection::vec(0.0_f64..1.0, 0..12)) {
        let mut points: Vec<i64> = cuts.iter().map(|c| (c * total.0 as f64) as i64).collect();
        points.push(0);
        points.push(total.0);
        points.sort_unstable();
        let parts = points.windows(2).map(|w| Cents(w[1] - w[0]));
        prop_assert_eq!(Cents::sum(parts), Some(total));
    }

    /// Own share = cost − funding; funding beyond the cost leaves nothing
    /// to pay, never a negative share.
    #[test]
    fn own_share_is_cost_minus_funding(cost in any_amount(), funding in any_amount()) {
        let own = economics::own_share(cost, funding);
        prop_assert!(own.0 >= 0);
        if funding <= cost {
            prop_assert_eq!(own.checked_add(funding), Some(cost));
        } else {
            prop_assert_eq!(own, Cents::ZERO);
        }
    }

    /// Without discounting the Kapitalwert is the cumulated cash flow; a
    /// higher rate never raises it for an investment that earns later.
    #[test]
    fn discounting_is_consistent(
        investment in 0_i64..100_000_000,
        net in 0_i64..10_000_000,
        life in 1_u32..=30,
        rate in 0_u32..2_000,
    ) {
        let plan = Plan {
            investment: Cents(investment),
            recurring: Cents::ZERO,
            savings: Cents(net),
            life_years: life,
            rate_bp: 0,
        };
        let at_zero = economics::appraise(&plan).unwrap();
        prop_assert_eq!(Some(at_zero.net_present_value), at_zero.cumulated.last().copied());
        let lower = economics::appraise(&Plan { rate_bp: rate, ..plan }).unwrap();
        let higher = economics::appraise(&Plan { rate_bp: rate + 100, ..plan }).unwrap();
        prop_assert!(higher.net_present_value <= lower.net_present_value);
        prop_assert_eq!(
            at_zero.payback_year.is_some(),
            at_zero.cumulated.last().is_some_and(|c| c.0 >= 0)
        );
    }
}
