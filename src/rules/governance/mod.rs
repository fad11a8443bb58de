//! Governance: the suppressions that document deviations from the baseline (reported by `suppress`, which sees the comments) and controls a plan destroys (reported by `rules::change`, which sees the plan's actions).
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {
    suppression_without_reason,
    suppression_names_unknown_rule,
    unused_suppression,
    control_destroyed,
}
