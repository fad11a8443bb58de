//! Reading role trust statements: AWS principals that name an account, and the
//! conditions that bind a federated or cross-account caller.

use crate::link::policy::Statement;

/// The 12-digit account an AWS principal names: `123456789012`, `arn:aws:iam::123456789012:root`
/// (or any ARN of that account, `whole_only` false).
pub fn account_of(principal: &str, whole_only: bool) -> Option<&str> {
    let p = principal.trim();
    let is_account = |s: &str| s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit());
    if is_account(p) {
        return Some(p);
    }
    let mut parts = p.splitn(6, ':');
    let (arn, _partition, service, _region, account, resource) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if arn != "arn" || !(service == "iam" || service == "sts") || !is_account(account) {
        return None;
    }
    if whole_only && resource != "root" {
        return None;
    }
    Some(account)
}

/// The AWS principals of a statement (`("AWS", id)` pairs).
pub fn aws_principals(s: &Statement) -> impl Iterator<Item = &str> {
    s.principals
        .iter()
        .flat_map(|p| p.named.iter())
        .filter(|(ty, _)| ty == "AWS")
        .map(|(_, id)| id.as_str())
}

/// The statement lets principals assume the role (`sts:AssumeRole`).
pub fn assumes(s: &Statement) -> bool {
    s.allows_action("sts:AssumeRole")
}

/// A positive test (`StringEquals`, `StringLike`, `Bool`, and the `IfExists` forms for MFA)
/// of `key` with a value that is not a bare wildcard; for a boolean key
/// (`aws:MultiFactorAuthPresent`), a value `true`: requiring it to be false requires nothing.
pub fn has_positive_condition(s: &Statement, key: &str) -> bool {
    let boolean = key.eq_ignore_ascii_case("aws:MultiFactorAuthPresent");
    s.conditions.iter().any(|c| {
        c.key.eq_ignore_ascii_case(key)
            && !c.test.to_ascii_lowercase().contains("not")
            && (c.unknown
                || c.values.iter().any(|v| {
                    let v = v.trim();
                    if boolean {
                        v.eq_ignore_ascii_case("true")
                    } else {
                        v != "*" && !v.is_empty()
                    }
                }))
    })
}
