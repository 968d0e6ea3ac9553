//! What the Kämmerei asks: money as integer cents ([`money`]), a
//! Steckbrief's costs, benefits and funding ([`finance`]), the
//! economic-efficiency appraisal ([`economics`]) and the Haushaltsplanung
//! over budget years ([`budget`]). No float touches money.

pub mod budget;
pub mod economics;
pub mod finance;
pub mod money;
