//! The one `*` wildcard matcher: exception register addresses (`aws_s3_bucket.*`, case
//! sensitive, `?` literal) and IAM policy actions (`s3:Get*`, `?` one character, ASCII case
//! ignored), as [`Syntax`] chooses.

/// Which wildcard dialect a pattern is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Syntax {
    /// `?` matches exactly one character (otherwise it is literal).
    pub question_mark: bool,
    /// Letters compare ignoring ASCII case.
    pub ignore_ascii_case: bool,
}

impl Syntax {
    /// `*` alone, case-sensitive: resource addresses in the exceptions register.
    pub const STAR: Syntax = Syntax {
        question_mark: false,
        ignore_ascii_case: false,
    };
    /// IAM's `*` and `?`, case-insensitive: actions in policy documents.
    pub const IAM: Syntax = Syntax {
        question_mark: true,
        ignore_ascii_case: true,
    };
}

/// True when `text` matches `pattern`: `*` matches any run of characters (none included).
pub fn matches(pattern: &str, text: &str, syntax: Syntax) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let same = |a: char, b: char| {
        a == b
            || (syntax.ignore_ascii_case && a.eq_ignore_ascii_case(&b))
            || (syntax.question_mark && a == '?')
    };
    // Greedy matching with one backtrack point, the last star: linear in practice and
    // never worse than pattern length times text length.
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && same(p[pi], t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::{Syntax, matches};

    #[test]
    fn star_only() {
        let cases = [
            ("aws_s3_bucket.*", "aws_s3_bucket.b[\"x\"]", true),
            (
                "module.*.aws_kms_key.this",
                "module.a.aws_kms_key.this",
                true,
            ),
            ("aws_s3_bucket.a", "aws_s3_bucket.ab", false),
            ("*", "", true),
            ("", "", true),
            ("", "a", false),
            ("a?", "ab", false),
            ("a?", "a?", true),
            ("A*", "ab", false),
            // Non-ASCII keys: a star matches whole characters.
            ("aws_s3_bucket.b[\"é*\"]", "aws_s3_bucket.b[\"éà\"]", true),
            ("*à*", "xéàé", true),
            ("*\u{e0}", "x\u{e9}", false),
            ("a*b*c", "a\u{1f600}b\u{1f600}c", true),
            ("a*b", "a\u{1f600}", false),
        ];
        for (p, t, expected) in cases {
            assert_eq!(matches(p, t, Syntax::STAR), expected, "{p} {t}");
        }
    }

    #[test]
    fn iam() {
        let cases = [
            ("s3:*", "s3:GetObject", true),
            ("s3:Get*", "s3:getobject", true),
            ("s3:Get*", "s3:PutObject", false),
            ("*", "iam:PassRole", true),
            ("s3:?etObject", "s3:GetObject", true),
            ("s3:GetObject", "s3:GetObjectAcl", false),
            ("S3:*OBJECT", "s3:getobject", true),
            ("s3:??", "s3:a", false),
        ];
        for (p, t, expected) in cases {
            assert_eq!(matches(p, t, Syntax::IAM), expected, "{p} {t}");
        }
    }
}
