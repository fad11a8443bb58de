//! Wording shared by the rules that judge who a policy lets in (S3 bucket policies, IAM trust
//! and resource policies).

use crate::link::policy::Statement;

/// "with no condition on who the caller is", or, when the statement has conditions, which
/// of them fail to narrow it.
pub fn no_narrowing(s: &Statement) -> String {
    if s.conditions.is_empty() {
        return "with no condition on who the caller is".into();
    }
    let keys: Vec<String> = s
        .conditions
        .iter()
        .map(|c| format!("`{} {}`", c.test, c.key))
        .collect();
    format!(
        "with conditions that do not narrow who the caller is ({})",
        keys.join(", ")
    )
}
