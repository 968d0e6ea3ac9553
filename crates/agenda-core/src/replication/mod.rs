//! How copies of one agenda become one again: per-register versions
//! ([`versions`]), who changed what ([`history`]), the scopes they are grouped in ([`scopes`]), the
//! deterministic merge of two copies ([`merge`]), the live sync's CouchDB
//! documents ([`sync`]) and the first, slow implementations kept as test
//! oracles ([`oracle`]).

pub mod history;
pub mod merge;
#[doc(hidden)]
pub mod oracle;
pub(crate) mod scopes;
pub mod sync;
pub mod versions;
