//! What a secret looks like: well-known token shapes (AWS access key ids, private key
//! headers, GitHub, Slack, Stripe and other provider tokens, passwords inside URLs), the
//! names of variables that hold secrets (`DB_PASSWORD`, `apiKey`), and the values that are
//! pointers to a secret rather than the secret (an ARN, an SSM parameter name).
//!
//! Callers name the kind of secret found and never the text that matched it: no finding
//! prints a secret.

use std::sync::LazyLock;

use base64::Engine as _;
use regex::Regex;

/// The token shapes, each with the words a message uses for it.
static SHAPES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let shapes: [(&str, &str); 12] = [
        (
            "an AWS access key id",
            r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b",
        ),
        (
            "an AWS secret access key",
            r#"(?i)aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?:[^A-Za-z0-9/+]|$)"#,
        ),
        (
            "a private key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
        ),
        (
            "a GitHub token",
            r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b",
        ),
        ("a GitLab token", r"\bglpat-[A-Za-z0-9_-]{20}\b"),
        ("a Slack token", r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
        (
            "a Slack webhook URL",
            r"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9]+",
        ),
        ("a Stripe secret key", r"\b[sr]k_live_[A-Za-z0-9]{20,}\b"),
        ("a Google API key", r"\bAIza[0-9A-Za-z_-]{35}"),
        ("an npm token", r"\bnpm_[A-Za-z0-9]{36}\b"),
        (
            "a SendGrid API key",
            r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b",
        ),
        (
            "a password in a URL",
            r"\b[a-z][a-z0-9+.-]*://[^/\s:@$]+:[^/\s:@${}]+@[A-Za-z0-9.-]",
        ),
    ];
    shapes
        .into_iter()
        .map(|(what, re)| (what, Regex::new(re).expect("a valid token pattern")))
        .collect()
});

/// Base64 runs that encode a PEM header (`-----BEGIN`), as user data scripts embed keys.
static ENCODED_PEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{8,}={0,2}").expect("valid"));

/// The kind of the first well-known token shape in `text` (also inside base64 that encodes
/// a PEM block), or `None`.
pub fn token_shape(text: &str) -> Option<&'static str> {
    if let Some(what) = SHAPES.iter().find(|(_, re)| re.is_match(text)).map(|s| s.0) {
        return Some(what);
    }
    ENCODED_PEM.find_iter(text).find_map(|m| {
        let run = m.as_str();
        // A run cut at any length: decode the longest prefix that is whole base64 groups.
        let whole = &run[..run.len() / 4 * 4];
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(whole)
            .ok()?;
        let decoded = String::from_utf8_lossy(&bytes);
        decoded
            .contains("PRIVATE KEY")
            .then_some("a base64-encoded private key")
    })
}

/// Text that is base64 as a whole (user data is often given encoded): the decoded text, when
/// it decodes to UTF-8.
pub fn decode_base64(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() < 8
        || !t.len().is_multiple_of(4)
        || !t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\n' | b'\r'))
    {
        return None;
    }
    let clean: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(clean)
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// Words that make a variable name a secret's name.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "secret",
    "token",
    "apikey",
    "privatekey",
    "passphrase",
    "credential",
    "credentials",
];

/// Word pairs that make a name a secret's name (`API_KEY`, `private_key`, `accessKey`).
const SECRET_PAIRS: &[(&str, &str)] = &[
    ("api", "key"),
    ("private", "key"),
    ("access", "key"),
    ("secret", "key"),
    ("auth", "key"),
    ("signing", "key"),
    ("encryption", "key"),
];

/// Last words that make a secret-sounding name a pointer or a setting, not the secret:
/// `DB_PASSWORD_ARN`, `SECRET_NAME`, `TOKEN_TTL`, `ACCESS_KEY_ID`.
const POINTER_WORDS: &[&str] = &[
    "arn",
    "id",
    "ids",
    "name",
    "names",
    "path",
    "file",
    "url",
    "uri",
    "endpoint",
    "param",
    "parameter",
    "ssm",
    "region",
    "ttl",
    "expiry",
    "expiration",
    "expires",
    "length",
    "header",
    "type",
    "enabled",
    "enable",
    "version",
    "location",
    "policy",
    "prefix",
    "ref",
    "field",
    "duration",
    "timeout",
    "lifetime",
    "validity",
    "format",
    "size",
    "user",
    "username",
    "usage",
    "mode",
    "key",
    "keys",
    "store",
    "arns",
    "rotation",
    "count",
    "min",
    "max",
    "secrets",
    "manager",
    "source",
    "provider",
    "issuer",
    "audience",
    "scope",
    "scopes",
    "algorithm",
    "hash",
    "table",
    "bucket",
    "dir",
    "directory",
];

/// The words of a name: `DB_PASSWORD`, `db-password` and `dbPassword` give `db`, `password`.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// True when a variable name says it holds a secret (`PASSWORD`, `GITHUB_TOKEN`, `apiKey`,
/// `DB_SECRET`) and not a pointer to one or a setting about one (`PASSWORD_SECRET_ARN`,
/// `TOKEN_TTL`, `SECRET_NAME`).
pub fn secret_name(name: &str) -> bool {
    let w = words(name);
    let Some(last) = w.last() else {
        return false;
    };
    let secret_word = w.iter().any(|x| SECRET_WORDS.contains(&x.as_str()));
    let secret_pair = w
        .windows(2)
        .any(|p| SECRET_PAIRS.contains(&(p[0].as_str(), p[1].as_str())));
    if !(secret_word || secret_pair) {
        return false;
    }
    // `API_KEY` ends in `key` and is the secret; `KMS_KEY`, `PASSWORD_KEY` (a key name) are
    // pointers.
    if secret_pair
        && last == "key"
        && w.windows(2)
            .last()
            .is_some_and(|p| SECRET_PAIRS.contains(&(p[0].as_str(), p[1].as_str())))
    {
        return true;
    }
    !POINTER_WORDS.contains(&last.as_str())
}

/// True when a value written for a secret-named variable is plausibly the secret itself:
/// non-empty and not a pointer (an ARN, an SSM parameter path, a reference template, a
/// boolean or a placeholder of the deployment tooling).
pub fn secret_value(v: &str) -> bool {
    let t = v.trim();
    if t.is_empty() {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let pointer_prefixes = [
        "arn:",
        "alias/",
        "/",
        "${",
        "{{",
        "ssm:",
        "secretsmanager:",
        "ssm-secure:",
        "resolve:",
        "http://",
        "https://",
    ];
    if pointer_prefixes.iter().any(|p| lower.starts_with(p)) {
        return false;
    }
    !matches!(
        lower.as_str(),
        "true" | "false" | "null" | "none" | "yes" | "no" | "enabled" | "disabled"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Token-shaped strings are built from parts here so that no secret scanner reads this
    /// file as holding one.
    fn fake(prefix: &str, body: &str, n: usize) -> String {
        format!("{prefix}{}", body.repeat(n))
    }

    #[test]
    fn token_shapes_are_named_not_shown() {
        let pem = format!("-----BEGIN RSA {}-----\nMIIE", "PRIVATE KEY");
        let encoded = base64::engine::general_purpose::STANDARD.encode(pem.as_bytes());
        let cases: Vec<(String, Option<&str>)> = vec![
            (
                "export KEY=AKIAIOSFODNN7EXAMPLE".into(),
                Some("an AWS access key id"),
            ),
            (
                fake("gh", "p_", 1) + &"a1B2".repeat(9),
                Some("a GitHub token"),
            ),
            (
                fake("xo", "xb-", 1) + "1234567890-abcdef",
                Some("a Slack token"),
            ),
            (
                fake("sk_li", "ve_", 1) + &"Ab12".repeat(6),
                Some("a Stripe secret key"),
            ),
            (pem.clone(), Some("a private key")),
            (
                format!("echo {encoded} | base64 -d"),
                Some("a base64-encoded private key"),
            ),
            (
                format!(
                    "aws_secret_access_key = {}",
                    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
                ),
                Some("an AWS secret access key"),
            ),
            (
                "postgres://app:hunter2@db.internal:5432/app".into(),
                Some("a password in a URL"),
            ),
            ("postgres://app:${PASSWORD}@db.internal/app".into(), None),
            ("AKIAIOSFODNN7EXAMPLEX".into(), None),
            ("#!/bin/bash\nyum install -y httpd".into(), None),
        ];
        for (text, want) in cases {
            assert_eq!(token_shape(&text), want, "{text}");
        }
    }

    #[test]
    fn secret_names_and_pointers() {
        let cases = [
            ("DB_PASSWORD", true),
            ("password", true),
            ("GITHUB_TOKEN", true),
            ("apiKey", true),
            ("API_KEY", true),
            ("STRIPE_SECRET_KEY", true),
            ("client_secret", true),
            ("DB_PASSWORD_SECRET_ARN", false),
            ("SECRET_NAME", false),
            ("TOKEN_TTL", false),
            ("ACCESS_KEY_ID", false),
            ("MAX_TOKENS", false),
            ("KMS_KEY", false),
            ("LOG_LEVEL", false),
            ("TOKEN_TYPE", false),
        ];
        for (name, want) in cases {
            assert_eq!(secret_name(name), want, "{name}");
        }
    }

    #[test]
    fn pointer_values_are_not_secrets() {
        let cases = [
            ("hunter2", true),
            ("", false),
            ("  ", false),
            (
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
                false,
            ),
            ("/prod/db/password", false),
            ("{{resolve:secretsmanager:db}}", false),
            ("true", false),
        ];
        for (v, want) in cases {
            assert_eq!(secret_value(v), want, "{v:?}");
        }
    }

    #[test]
    fn whole_base64_decodes() {
        let text = base64::engine::general_purpose::STANDARD.encode("#!/bin/bash\necho hi\n");
        assert_eq!(
            decode_base64(&text).as_deref(),
            Some("#!/bin/bash\necho hi\n")
        );
        assert_eq!(decode_base64("#!/bin/bash"), None);
    }
}
