//! A project's costs, benefits and funding (schema 6; schema 7 splits the
//! one-off Sachkosten into investive and konsumtive and makes these the only
//! cost figures of a project) and the town's finance settings: what a
//! Kämmerei asks before it pays.
//!
//! Invariants (checked by [`check_sheet`] on every edit and every load):
//! - Amounts are integer [`Cents`] between 0 and [`MAX_CENTS`]; hours, cases
//!   and minutes are bounded so that no product of them can overflow.
//! - A qualitative benefit's rating is 1 to 3 and every kind appears once.
//! - Personalkosten and hours saved are priced only here, at the town's one
//!   hourly rate ([`FinanceSettings::hourly_rate`]).

use serde::{Deserialize, Serialize};

use crate::kaemmerei::economics::{self, Appraisal, Plan};
use crate::kaemmerei::money::{Cents, MAX_CENTS};
use crate::model::ProjectDraft;
use crate::model::date::Date;
use crate::reducer::error::AgendaError;

/// Most hours per year (one-off or recurring) a project can list.
pub const MAX_HOURS: u32 = 1_000_000;
/// Most cases per year a benefit can count.
pub const MAX_CASES: u32 = 100_000_000;
/// Most minutes saved per case.
pub const MAX_MINUTES: u32 = 10_000;
/// Most Förderprogramme per project.
pub const MAX_GRANTS: usize = 20;
/// Budget years a plan may start in.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// What a project costs: once (in its budget year) and every year after.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// Haushaltsjahr of the one-off costs; recurring costs fall in the
    /// years after. `None`: the year the project starts.
    pub year: Option<i32>,
    /// One-off investive Auszahlungen (hardware, software bought, capitalised
    /// in the Finanzhaushalt).
    pub investment: Cents,
    /// One-off konsumtive Aufwendungen (consulting, external training,
    /// set-up services; Ergebnishaushalt), schema 7.
    pub consumptive: Cents,
    /// One-off internal staff hours (introduction, migration, training):
    /// Eigenleistung, priced for the appraisal, not an extra payment.
    pub investment_hours: u32,
    /// Recurring Sachkosten per year (licences, maintenance, operation;
    /// konsumtiv).
    pub recurring: Cents,
    /// Recurring internal staff hours per year (Eigenleistung).
    pub recurring_hours: u32,
    /// Useful life in years (Nutzungsdauer); 0 = not given, no appraisal.
    pub life_years: u32,
}

/// A benefit that is not money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    /// Rechtspflicht (OZG, E-Government-Gesetz, …).
    LegalDuty,
    /// Informationssicherheit, Risikominderung.
    Security,
    /// Bürgerservice.
    CitizenService,
    /// Mitarbeiterzufriedenheit.
    StaffSatisfaction,
}

impl BenefitKind {
    /// All kinds, in the order the forms show them.
    pub const ALL: [Self; 4] = [
        Self::LegalDuty,
        Self::Security,
        Self::CitizenService,
        Self::StaffSatisfaction,
    ];
}

/// A qualitative benefit: how strong (1 gering, 2 mittel, 3 hoch) and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualitativeBenefit {
    /// Which benefit.
    pub kind: BenefitKind,
    /// 1 to 3.
    pub rating: u8,
    /// The reason, e.g. "OZG-Pflicht seit 2023".
    pub reason: String,
}

/// What a project saves or gains.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benefits {
    /// Cases per year the project speeds up.
    pub cases: u32,
    /// Minutes saved per case.
    pub minutes: u32,
    /// Other savings per year (postage, paper, licences given up).
    pub savings: Cents,
    /// Benefits that are not money, at most one per kind.
    pub qualitative: Vec<QualitativeBenefit>,
}

/// Where an application for funding stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum GrantStatus {
    /// geplant.
    #[default]
    Planned,
    /// beantragt.
    Applied,
    /// bewilligt.
    Approved,
    /// abgelehnt.
    Rejected,
}

impl GrantStatus {
    /// All states in the order of an application.
    pub const ALL: [Self; 4] = [Self::Planned, Self::Applied, Self::Approved, Self::Rejected];
}

/// How much a programme pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantShare {
    /// A rate of the one-off costs, in basis points (80 % = 8,000).
    Rate(u32),
    /// A fixed amount.
    Amount(Cents),
}

impl GrantShare {
    /// A share as typed: with `%` a rate (`80 %`, `12,5%`), else an amount
    /// (`25.000 €`).
    pub fn parse(text: &str) -> Result<Self, crate::numbers::NumberError> {
        if text.contains('%') {
            crate::kaemmerei::money::parse_rate(text).map(Self::Rate)
        } else {
            crate::kaemmerei::money::parse_amount(text).map(Self::Amount)
        }
    }
}

/// A Förderprogramm the project applies for or receives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    /// The programme, e.g. "Digitalpakt Kommunen".
    pub name: String,
    /// Who pays (Fördergeber), e.g. "Land Sachsen".
    pub body: String,
    /// Rate or amount.
    pub share: GrantShare,
    /// geplant, beantragt, bewilligt, abgelehnt.
    pub status: GrantStatus,
    /// Deadline of the application (or of the next step).
    pub deadline: Option<Date>,
}

impl Grant {
    /// What the programme pays towards one-off Sachkosten of `one_off`.
    pub fn amount(&self, one_off: Cents) -> Cents {
        match self.share {
            GrantShare::Amount(a) => a,
            GrantShare::Rate(bp) => Cents(
                i64::try_from((i128::from(one_off.0) * i128::from(bp) + 5_000).div_euclid(10_000))
                    .unwrap_or(MAX_CENTS),
            ),
        }
    }
}

/// The town's settings for pricing staff time and discounting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceSettings {
    /// Cost of one staff hour.
    pub hourly_rate: Cents,
    /// Where the hourly rate comes from, with its year.
    pub rate_source: String,
    /// Discount rate (Kalkulationszinssatz) in basis points.
    pub discount_bp: u32,
    /// Where the discount rate comes from, with its year.
    pub discount_source: String,
}

/// The default hourly rate: 55 € per hour, the federal Personalkosten-
/// Stundensatz (Einzelkosten) for Entgeltgruppen E 9b to E 12 from the
/// BMF's Personalkostendaten 2014, as listed by the Online-
/// Verwaltungslexikon olev.de, the newest published figure this project
/// could find. The KGSt's "Kosten eines Arbeitsplatzes" are a members'
/// publication. Since the figure is old, every view that uses it asks the
/// town for its own rate ([`FinanceSettings::rate_is_default`]).
pub const DEFAULT_HOURLY_RATE: Cents = Cents::euros(55);

/// Where the default hourly rate comes from.
pub const DEFAULT_RATE_SOURCE: &str =
    "Richtwert des Bundes: BMF-Personalkostensätze 2014, E 9b–E 12, Einzelkosten (olev.de)";

/// The default's source as versions before 7 wrote it, with a request to
/// replace it that must never be printed; loading replaces it.
pub(crate) const OLD_DEFAULT_RATE_SOURCE: &str = "BMF-Personalkostensätze 2014, E 9b–E 12, \
    Einzelkosten (olev.de) – bitte durch den aktuellen Satz der Kommune (z. B. KGSt) ersetzen";

/// The default discount rate: 0.9 % p. a. nominal, the BMF's
/// Kalkulationszinssatz for Wirtschaftlichkeitsuntersuchungen as of
/// 7 July 2023 (as quoted by wibe.de).
pub const DEFAULT_DISCOUNT_BP: u32 = 90;

impl Default for FinanceSettings {
    fn default() -> Self {
        Self {
            hourly_rate: DEFAULT_HOURLY_RATE,
            rate_source: DEFAULT_RATE_SOURCE.into(),
            discount_bp: DEFAULT_DISCOUNT_BP,
            discount_source: "BMF-Kalkulationszinssatz, nominal, Stand 07.07.2023".into(),
        }
    }
}

impl FinanceSettings {
    /// Whether the town still uses the default hourly rate, not its own.
    pub fn rate_is_default(&self) -> bool {
        self.hourly_rate == DEFAULT_HOURLY_RATE && self.rate_source == DEFAULT_RATE_SOURCE
    }
}

/// `hours` at `rate`, in cents (both bounded, so it never saturates).
fn hours_at(hours: u32, rate: Cents) -> Cents {
    economics::minutes_at(u64::from(hours) * 60, rate).unwrap_or(Cents(MAX_CENTS))
}

impl Costs {
    /// One-off Sachkosten the budget pays: investive plus konsumtive. The
    /// base of a Förderprogramm's rate.
    pub fn one_off_payments(&self) -> Cents {
        Cents(self.investment.0.saturating_add(self.consumptive.0))
    }

    /// One-off internal staff hours at `rate` (Eigenleistung).
    pub fn one_off_staff(&self, rate: Cents) -> Cents {
        hours_at(self.investment_hours, rate)
    }

    /// Recurring internal staff hours at `rate`, per year.
    pub fn yearly_staff(&self, rate: Cents) -> Cents {
        hours_at(self.recurring_hours, rate)
    }

    /// All one-off costs for the appraisal: Sachkosten plus staff hours at
    /// `rate`.
    pub fn one_off(&self, rate: Cents) -> Cents {
        Cents(
            self.one_off_payments()
                .0
                .saturating_add(self.one_off_staff(rate).0),
        )
    }

    /// Recurring costs per year: Sachkosten plus staff hours at `rate`.
    pub fn yearly(&self, rate: Cents) -> Cents {
        Cents(
            self.recurring
                .0
                .saturating_add(hours_at(self.recurring_hours, rate).0),
        )
    }

    /// Whether no amount or hours are entered (year and useful life aside).
    pub fn is_empty_of_money(&self) -> bool {
        self.investment == Cents::ZERO
            && self.consumptive == Cents::ZERO
            && self.recurring == Cents::ZERO
            && self.investment_hours == 0
            && self.recurring_hours == 0
    }

    /// Whether anything is entered.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl Benefits {
    /// Hours saved per year (cases × minutes), rounded down.
    pub fn hours_saved(&self) -> u64 {
        u64::from(self.cases) * u64::from(self.minutes) / 60
    }

    /// Savings per year: the minutes saved at `rate` plus other savings.
    pub fn yearly(&self, rate: Cents) -> Cents {
        let minutes = u64::from(self.cases) * u64::from(self.minutes);
        let time = economics::minutes_at(minutes, rate).unwrap_or(Cents(MAX_CENTS));
        Cents(time.0.saturating_add(self.savings.0))
    }
}

/// Funding of a project, by how sure it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FundingSum {
    /// bewilligt.
    pub approved: Cents,
    /// geplant or beantragt.
    pub pending: Cents,
}

/// The funding of a Steckbrief's Förderprogramme; a rate applies to the
/// one-off Sachkosten ([`Costs::one_off_payments`]), not to staff hours.
pub fn funding(sheet: &ProjectDraft) -> FundingSum {
    let one_off = sheet.costs.one_off_payments();
    let mut sum = FundingSum::default();
    for grant in &sheet.grants {
        let amount = grant.amount(one_off).0;
        match grant.status {
            GrantStatus::Approved => sum.approved.0 = sum.approved.0.saturating_add(amount),
            GrantStatus::Planned | GrantStatus::Applied => {
                sum.pending.0 = sum.pending.0.saturating_add(amount);
            }
            GrantStatus::Rejected => {}
        }
    }
    sum
}

/// A project's money as every view shows it: the Steckbrief, the
/// Ratsdokument, the argument sheet, the CSV, the Markdown document and the
/// Haushalt all read it from here, so they cannot disagree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Money {
    /// One-off investive Auszahlungen.
    pub investment: Cents,
    /// One-off konsumtive Aufwendungen.
    pub consumptive: Cents,
    /// Recurring konsumtive Aufwendungen per year.
    pub recurring: Cents,
    /// One-off internal staff time at the town's rate (not a payment).
    pub staff_once: Cents,
    /// Recurring internal staff time per year at the town's rate.
    pub staff_yearly: Cents,
    /// Approved funding.
    pub approved: Cents,
    /// Funding planned or applied for.
    pub pending: Cents,
    /// What the budget pays once: one-off Sachkosten − approved funding.
    pub own_share: Cents,
}

impl Money {
    /// One-off payments: investive plus konsumtive.
    pub fn one_off(&self) -> Cents {
        Cents(self.investment.0.saturating_add(self.consumptive.0))
    }

    /// Whether no amount is entered.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The one-off Sachkosten that are entered, with their German word
    /// ("investiv", "konsumtiv").
    pub fn one_off_parts(&self) -> Vec<(&'static str, Cents)> {
        crate::vocabulary::ONE_OFF_KIND
            .into_iter()
            .zip([self.investment, self.consumptive])
            .filter(|(_, c)| *c != Cents::ZERO)
            .collect()
    }
}

/// The money of a Steckbrief at the town's hourly rate.
pub fn money(settings: &FinanceSettings, sheet: &ProjectDraft) -> Money {
    let c = &sheet.costs;
    let funding = funding(sheet);
    Money {
        investment: c.investment,
        consumptive: c.consumptive,
        recurring: c.recurring,
        staff_once: c.one_off_staff(settings.hourly_rate),
        staff_yearly: c.yearly_staff(settings.hourly_rate),
        approved: funding.approved,
        pending: funding.pending,
        own_share: economics::own_share(c.one_off_payments(), funding.approved),
    }
}

/// The appraisal of a Steckbrief at the town's settings; `None` without a
/// useful life. Approved funding lowers the one-off costs.
pub fn appraise(settings: &FinanceSettings, sheet: &ProjectDraft) -> Option<Appraisal> {
    let rate = settings.hourly_rate;
    let one_off = sheet.costs.one_off(rate);
    let plan = Plan {
        investment: economics::own_share(one_off, funding(sheet).approved),
        recurring: sheet.costs.yearly(rate),
        savings: sheet.benefits.yearly(rate),
        life_years: sheet.costs.life_years,
        rate_bp: settings.discount_bp,
    };
    economics::appraise(&plan).ok()
}

fn bad(value: impl ToString) -> AgendaError {
    AgendaError::BadNumber {
        value: value.to_string(),
    }
}

fn check_cents(c: Cents) -> Result<(), AgendaError> {
    (0..=MAX_CENTS)
        .contains(&c.0)
        .then_some(())
        .ok_or_else(|| bad(c))
}

fn check_count(n: u32, max: u32) -> Result<(), AgendaError> {
    (n <= max).then_some(()).ok_or_else(|| bad(n))
}

/// Checks the numbers of a Steckbrief's costs, benefits and funding; the
/// texts are cleaned by the caller.
pub(crate) fn check_sheet(sheet: &ProjectDraft) -> Result<(), AgendaError> {
    let c = &sheet.costs;
    if let Some(year) = c.year
        && !YEARS.contains(&year)
    {
        return Err(bad(year));
    }
    check_cents(c.investment)?;
    check_cents(c.consumptive)?;
    check_cents(c.recurring)?;
    check_count(c.investment_hours, MAX_HOURS)?;
    check_count(c.recurring_hours, MAX_HOURS)?;
    check_count(c.life_years, economics::MAX_LIFE_YEARS)?;
    let b = &sheet.benefits;
    check_count(b.cases, MAX_CASES)?;
    check_count(b.minutes, MAX_MINUTES)?;
    check_cents(b.savings)?;
    for (n, q) in b.qualitative.iter().enumerate() {
        check_count(u32::from(q.rating), 3)?;
        if q.rating == 0 || b.qualitative.iter().take(n).any(|o| o.kind == q.kind) {
            return Err(bad(q.rating));
        }
    }
    check_count(
        u32::try_from(sheet.grants.len()).unwrap_or(u32::MAX),
        MAX_GRANTS as u32,
    )?;
    for g in &sheet.grants {
        match g.share {
            GrantShare::Rate(bp) => check_count(bp, 10_000)?,
            GrantShare::Amount(a) => check_cents(a)?,
        }
    }
    Ok(())
}

/// Highest hourly rate accepted: 10.000 € per hour.
pub const MAX_HOURLY_RATE: Cents = Cents::euros(10_000);

/// Checks the town's finance settings (numbers; texts by the caller).
pub(crate) fn check_settings(s: &FinanceSettings) -> Result<(), AgendaError> {
    if !(0..=MAX_HOURLY_RATE.0).contains(&s.hourly_rate.0) {
        return Err(bad(s.hourly_rate));
    }
    check_count(s.discount_bp, economics::MAX_RATE_BP)
}
