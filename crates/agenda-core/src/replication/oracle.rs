//! Reference implementations kept only as property-test oracles: the
//! incremental stamping of [`Agenda::apply_by`] must equal the full-agenda
//! diff below on random action sequences (`tests/stamping.rs`), and the
//! scoped merge must equal the merge of every register (`tests/merge_properties.rs`). Not for
//! use in the app: these cost time proportional to the whole agenda.

use crate::model::Agenda;
use crate::reducer::action::Action;
use crate::reducer::error::AgendaError;
use crate::replication::merge::{MergeError, MergeOutcome};
use crate::replication::versions::{Replica, registers};

/// [`Agenda::apply_by`] as it was first written: builds every register of
/// the whole agenda before and after the action and stamps what differs.
pub fn apply_by_full_diff(
    agenda: &mut Agenda,
    action: Action,
    replica: Replica,
) -> Result<(), AgendaError> {
    if matches!(action, Action::Restore { .. }) {
        return agenda.change(action);
    }
    let before = registers(agenda);
    if let Action::Revert { agenda: earlier } = action {
        earlier.validate()?;
        let versions = std::mem::take(&mut agenda.versions);
        let history = std::mem::take(&mut agenda.history);
        *agenda = Agenda {
            versions,
            history,
            ..*earlier
        };
    } else {
        agenda.change(action)?;
    }
    let after = registers(agenda);
    agenda.versions.record(&before, &after, replica);
    Ok(())
}

/// [`crate::replication::merge`] joining every register of both copies instead of only
/// the scopes in which they differ.
pub fn merge_full(local: &Agenda, incoming: &Agenda) -> Result<MergeOutcome, MergeError> {
    crate::replication::merge::merge_full(local, incoming)
}
