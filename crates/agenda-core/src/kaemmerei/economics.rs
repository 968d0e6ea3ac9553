//! Economic efficiency in the spirit of the WiBe (the federal method for
//! the economic-efficiency appraisal of IT projects): a project's money
//! year by year over its useful life, the cumulated cash flow, the year it
//! pays back and the net present value (Kapitalwert) at the discount rate
//! the town sets. Everything in integer cents; discounting uses an integer
//! fixed-point factor, rounded once at the end.
//!
//! Year 0 is the year of the one-off investment; recurring costs and
//! savings fall in years 1 to `life_years`, each at the end of its year.

use crate::kaemmerei::money::Cents;

/// Fixed-point scale of the discount factors (10^15).
const SCALE: i128 = 1_000_000_000_000_000;

/// Basis points in one (100 % = 10,000 bp).
const BASIS: i128 = 10_000;

/// Longest useful life considered, in years.
pub const MAX_LIFE_YEARS: u32 = 50;

/// Highest discount rate accepted, in basis points (100 %).
pub const MAX_RATE_BP: u32 = 10_000;

/// What a project costs and saves, per year, in cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// One-off costs (investment) in year 0.
    pub investment: Cents,
    /// Recurring costs per year (Sach- and Personalkosten), years 1 to n.
    pub recurring: Cents,
    /// Savings per year (hours saved in money and other savings), years 1
    /// to n.
    pub savings: Cents,
    /// Useful life in years (n), at most [`MAX_LIFE_YEARS`].
    pub life_years: u32,
    /// Discount rate in basis points (3 % = 300).
    pub rate_bp: u32,
}

/// The appraisal of a [`Plan`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appraisal {
    /// Net cash flow of each year, 0 to n (savings − costs).
    pub flows: Vec<Cents>,
    /// Cumulated cash flow at the end of each year, 0 to n.
    pub cumulated: Vec<Cents>,
    /// The first year whose cumulated cash flow is no longer negative;
    /// `None` when the project does not pay back in money within its life.
    pub payback_year: Option<u32>,
    /// Net present value (Kapitalwert): every year's flow discounted to
    /// year 0 and added, rounded half away from zero to the cent.
    pub net_present_value: Cents,
}

impl Appraisal {
    /// Whether the project pays back in money within its useful life.
    pub fn pays_back(&self) -> bool {
        self.payback_year.is_some()
    }
}

/// Why a plan cannot be appraised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppraisalError {
    /// No useful life, or more than [`MAX_LIFE_YEARS`].
    #[error("useful life of {0} years is outside 1..=50")]
    Life(u32),
    /// A discount rate above [`MAX_RATE_BP`].
    #[error("discount rate of {0} basis points is above 10,000")]
    Rate(u32),
    /// Sums beyond what the app counts with.
    #[error("amounts too large")]
    TooLarge,
}

/// Appraises a plan: flows, cumulated flows, payback year and net present
/// value.
pub fn appraise(plan: &Plan) -> Result<Appraisal, AppraisalError> {
    if plan.life_years == 0 || plan.life_years > MAX_LIFE_YEARS {
        return Err(AppraisalError::Life(plan.life_years));
    }
    if plan.rate_bp > MAX_RATE_BP {
        return Err(AppraisalError::Rate(plan.rate_bp));
    }
    let yearly = plan
        .savings
        .checked_sub(plan.recurring)
        .ok_or(AppraisalError::TooLarge)?;
    let start = Cents::ZERO
        .checked_sub(plan.investment)
        .ok_or(AppraisalError::TooLarge)?;
    let flows: Vec<Cents> = std::iter::once(start)
        .chain((0..plan.life_years).map(|_| yearly))
        .collect();
    let mut cumulated = Vec::with_capacity(flows.len());
    let mut total = Cents::ZERO;
    for flow in &flows {
        total = total.checked_add(*flow).ok_or(AppraisalError::TooLarge)?;
        cumulated.push(total);
    }
    let payback_year = cumulated
        .iter()
        .zip(0_u32..)
        .find(|(c, _)| c.0 >= 0)
        .map(|(_, year)| year);
    Ok(Appraisal {
        net_present_value: net_present_value(&flows, plan.rate_bp),
        flows,
        cumulated,
        payback_year,
    })
}

/// Σ flow_t / (1 + rate)^t for t = 0, 1, …, rounded once, half away from
/// zero, to the cent. The factors are kept to 10^-15.
pub fn net_present_value(flows: &[Cents], rate_bp: u32) -> Cents {
    let mut factor = SCALE;
    let mut sum: i128 = 0;
    let divisor = BASIS + i128::from(rate_bp);
    for flow in flows {
        sum = sum.saturating_add(i128::from(flow.0).saturating_mul(factor));
        factor = rounded_div(factor * BASIS, divisor);
    }
    Cents(
        i64::try_from(rounded_div(sum, SCALE)).unwrap_or(if sum < 0 { i64::MIN } else { i64::MAX }),
    )
}

/// `a / b` rounded half away from zero (`b` > 0).
fn rounded_div(a: i128, b: i128) -> i128 {
    let half = b / 2;
    if a >= 0 {
        a.saturating_add(half) / b
    } else {
        (a.saturating_neg().saturating_add(half) / b).saturating_neg()
    }
}

/// The cost of `minutes` of work at `rate` per hour, rounded half away
/// from zero to the cent: hours saved, or Personalkosten.
pub fn minutes_at(minutes: u64, rate_per_hour: Cents) -> Option<Cents> {
    let product = i128::from(minutes).checked_mul(i128::from(rate_per_hour.0))?;
    i64::try_from(rounded_div(product, 60)).ok().map(Cents)
}

/// What the town pays itself: cost minus funding, never below zero.
pub fn own_share(cost: Cents, funding: Cents) -> Cents {
    Cents(cost.0.saturating_sub(funding.0).max(0))
}
