//! A log group's `retention_in_days`, read once for the two retention rules.

use crate::model::value::Value;

/// The periods CloudWatch Logs accepts, besides 0 (never expire).
pub const ACCEPTED_DAYS: &[f64] = &[
    1.0, 3.0, 5.0, 7.0, 14.0, 30.0, 60.0, 90.0, 120.0, 150.0, 180.0, 365.0, 400.0, 545.0, 731.0,
    1096.0, 1827.0, 2192.0, 2557.0, 2922.0, 3288.0, 3653.0,
];

/// The retention in days: `Ok(None)` when not set, `Err(())` when unknown before apply.
pub fn days(v: Option<&Value>) -> Result<Option<f64>, ()> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Unknown(_)) => Err(()),
        Some(other) => other.to_number().map(Some).ok_or(()),
    }
}
