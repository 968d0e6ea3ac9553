//! The incremental stamping of `Agenda::apply_by` (registers built only for
//! the items, lists and settings an action touched) must stamp exactly what
//! the full-agenda diff stamps, on random action sequences from several
//! copies, including undo (`Revert`) to earlier states.

mod common;

use agenda_core::replication::oracle::apply_by_full_diff;
use agenda_core::{Action, Agenda, Replica};
use common::{any_action, seed};
use proptest::prelude::*;

/// One step: an action by one of three copies, or an undo to the state
/// `back` steps earlier.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)] // test data, made once per step
enum Step {
    Act(Action, u32),
    Undo(usize, u32),
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => (any_action(), 1_u32..4).prop_map(|(a, r)| Step::Act(a, r)),
        1 => (1_usize..6, 1_u32..4).prop_map(|(back, r)| Step::Undo(back, r)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(256)))]

    #[test]
    fn incremental_stamping_equals_the_full_diff(
        seeded in any::<bool>(),
        steps in prop::collection::vec(any_step(), 0..60)
    ) {
        let start = if seeded { seed()? } else { Agenda::new() };
        let (mut fast, mut full) = (start.clone(), start);
        let mut history = vec![fast.clone()];
        for step in steps {
            let (action, replica) = match step {
                Step::Act(action, r) => (action, Replica(r)),
                Step::Undo(back, r) => {
                    let Some(earlier) = history.iter().rev().nth(back) else { continue };
                    (Action::Revert { agenda: Box::new(earlier.clone()) }, Replica(r))
                }
            };
            let a = fast.apply_by(action.clone(), replica);
            let b = apply_by_full_diff(&mut full, action, replica);
            prop_assert_eq!(a.is_ok(), b.is_ok());
            prop_assert_eq!(&fast, &full);
            prop_assert_eq!(fast.versions().newest(),
                fast.versions().iter().map(|(_, v)| v.stamp.0).max().unwrap_or(0));
            if a.is_ok() {
                history.push(fast.clone());
            }
        }
    }
}
