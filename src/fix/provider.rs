//! Provider version constraints, read the way Terraform reads them, to tell whether a
//! configuration's provider can have a resource type that a fix would add.
//!
//! Terraform installs the newest provider version that meets every constraint of every
//! module. So a resource type that exists from major version `M` on is available exactly when
//! the constraints admit some version at or above `M.0.0`: that is, when their upper bound
//! (if any) lies above it. Lower bounds never take the type away.

/// A version as three numbers; a pre-release or build suffix is ignored.
type Version = [u64; 3];

/// Whether the constraints (`"~> 3.0, != 3.2.1"`, several joined by `,`) admit some version
/// with major version `major` or later. `None` when a constraint cannot be read.
pub fn admits_major(constraints: &str, major: u64) -> Option<bool> {
    let floor: Version = [major, 0, 0];
    let mut admitted = true;
    for constraint in constraints.split(',') {
        let constraint = constraint.trim();
        if constraint.is_empty() {
            continue;
        }
        let (op, rest) = split_operator(constraint);
        let (version, parts) = parse(rest.trim())?;
        let ok = match op {
            "" | "=" => version >= floor,
            "<=" => version >= floor,
            "<" => version > floor,
            ">" | ">=" | "!=" => true,
            "~>" => pessimistic_ceiling(version, parts) > floor,
            _ => return None,
        };
        admitted &= ok;
    }
    Some(admitted)
}

/// `~> X` and `~> X.Y` allow anything below `X+1.0.0`; `~> X.Y.Z` anything below
/// `X.Y+1.0` (Terraform reads `~> 4` as `~> 4.0`).
fn pessimistic_ceiling(v: Version, parts: usize) -> Version {
    if parts <= 2 {
        [v[0] + 1, 0, 0]
    } else {
        [v[0], v[1] + 1, 0]
    }
}

fn split_operator(constraint: &str) -> (&str, &str) {
    for op in ["~>", ">=", "<=", "!=", ">", "<", "="] {
        if let Some(rest) = constraint.strip_prefix(op) {
            return (op, rest);
        }
    }
    ("", constraint)
}

/// `5`, `5.1`, `5.1.2`, `v5.1.2-beta1`: the numbers, and how many were written.
fn parse(text: &str) -> Option<(Version, usize)> {
    let text = text.strip_prefix('v').unwrap_or(text);
    let core = text.split(['-', '+']).next().unwrap_or(text);
    let mut out = [0u64; 3];
    let mut count = 0;
    for (i, part) in core.split('.').enumerate() {
        if i >= 3 {
            return None;
        }
        out[i] = part.parse().ok()?;
        count += 1;
    }
    Some((out, count))
}

#[cfg(test)]
mod tests {
    use super::admits_major;

    #[test]
    fn constraints_are_read_as_terraform_reads_them() {
        let cases: &[(&str, u64, Option<bool>)] = &[
            ("~> 5.0", 4, Some(true)),
            ("~> 3.0", 4, Some(false)),
            ("~> 3", 4, Some(false)),
            ("~> 3.74", 4, Some(false)),
            ("~> 3.74.0", 4, Some(false)),
            ("~> 4", 4, Some(true)),
            ("2.46.0", 4, Some(false)),
            ("= 4.0.0", 4, Some(true)),
            (">= 2.0", 4, Some(true)),
            (">= 2.0, < 4.0", 4, Some(false)),
            (">= 2.0, < 4.0.1", 4, Some(true)),
            (">= 2.0, <= 4.0.0", 4, Some(true)),
            (">= 3.0, != 4.1.0", 4, Some(true)),
            ("v3.1.0-beta", 4, Some(false)),
            ("~> 5.0, ~> 3.0", 4, Some(false)),
            ("latest", 4, None),
            ("^1.0", 4, None),
        ];
        for (constraints, major, expected) in cases {
            assert_eq!(
                admits_major(constraints, *major),
                *expected,
                "{constraints} admitting {major}.0.0"
            );
        }
    }
}
