//! `core::semverconstraint(version, constraint)`: Terraform's version constraint syntax
//! (`= 1.2.0`, `!= 1.2.0`, `>`, `>=`, `<`, `<=`, `~> 1.2`, `~> 1.2.0`, comma-separated terms
//! that must all hold).

/// A version: major, minor, patch, and whether it has a pre-release part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version([u64; 3], bool);

/// The parts written (1 to 3) and the version they make (missing parts are zero).
fn parse_version(raw: &str) -> Option<(usize, Version)> {
    let raw = raw.trim();
    let raw = raw.strip_prefix('v').unwrap_or(raw);
    let (core, pre) = match raw.split_once(['-', '+']) {
        Some((c, rest)) => (c, !rest.is_empty() && raw.contains('-')),
        None => (raw, false),
    };
    let mut parts = [0u64; 3];
    let mut n = 0;
    for piece in core.split('.') {
        if n == 3 || piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts[n] = piece.parse().ok()?;
        n += 1;
    }
    Some((n, Version(parts, pre)))
}

/// True when `version` meets every term of `constraint`; an error names what is malformed.
pub fn satisfies(version: &str, constraint: &str) -> Result<bool, String> {
    let (_, v) = parse_version(version).ok_or_else(|| format!("`{version}` is not a version"))?;
    let mut any = false;
    for term in constraint.split(',') {
        let term = term.trim();
        if term.is_empty() {
            return Err(format!("`{constraint}` has an empty constraint"));
        }
        any = true;
        let (op, rest) = ["~>", ">=", "<=", "!=", ">", "<", "="]
            .iter()
            .find_map(|op| term.strip_prefix(op).map(|r| (*op, r)))
            .unwrap_or(("=", term));
        let (parts, c) =
            parse_version(rest).ok_or_else(|| format!("`{term}` is not a version constraint"))?;
        let ok = match op {
            "=" => v == c,
            "!=" => v != c,
            ">" => v > c,
            ">=" => v >= c,
            "<" => v < c,
            "<=" => v <= c,
            _ => {
                // `~> 1.2` allows 1.x from 1.2; `~> 1.2.3` allows 1.2.x from 1.2.3.
                let mut upper = c.0;
                match parts {
                    1 | 2 => {
                        upper = [upper[0] + 1, 0, 0];
                    }
                    _ => {
                        upper = [upper[0], upper[1] + 1, 0];
                    }
                }
                v >= c && v < Version(upper, false)
            }
        };
        if !ok {
            return Ok(false);
        }
    }
    if !any {
        return Err("the constraint is empty".into());
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::satisfies;

    #[test]
    fn constraints() {
        let cases = [
            ("5.1.0", ">= 5.0.0", true),
            ("4.9.9", ">= 5.0.0", false),
            ("4.67.3", "~> 4.67.0", true),
            ("4.68.0", "~> 4.67.0", false),
            ("4.99.0", "~> 4.0", true),
            ("5.0.0", "~> 4.0", false),
            ("4.50.0", ">= 4.0.0, < 5.0.0, != 4.50.0", false),
            ("4.51.0", ">= 4.0.0, < 5.0.0, != 4.50.0", true),
            ("1.0.0", "= 1.0.0", true),
            ("v1.2", "1.2.0", true),
            ("1.2.3", "> 1.2.3", false),
            ("1.2.3", "<= 1.2.3", true),
        ];
        for (v, c, want) in cases {
            assert_eq!(satisfies(v, c), Ok(want), "{v} {c}");
        }
        assert!(satisfies("x", ">= 1").is_err());
        assert!(satisfies("1.0.0", ">= banana").is_err());
        assert!(satisfies("1.0.0", "").is_err());
    }
}
