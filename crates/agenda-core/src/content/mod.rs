//! Content the core ships: the demo agenda "Musterstadt" ([`demo`]), the
//! preset catalogues a new agenda offers ([`presets`]) and realistic sample
//! projects for benchmarks ([`sample`]).

pub mod demo;
pub mod presets;
pub mod sample;
