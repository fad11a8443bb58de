//! Hash and UUID functions: `md5`, `sha1`, `sha256`, `sha512`, `base64sha256`,
//! `base64sha512`, `uuidv5`, `bcrypt` (the `file*` variants are in `filesystem.rs`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha1::Digest as _;

use super::{FnCtx, FnResult, arg_str, arity, arity_range, bad_param, unknown_if_any};
use crate::model::value::Value;

/// `md5`, `sha1`, `sha256`, `sha512`, `base64sha256`, `base64sha512` of a string's UTF-8.
pub fn hash(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    Ok(Value::string(digest(name, s.as_bytes())))
}

/// The digest a hash function (or its `file` variant) gives for `bytes`.
pub(crate) fn digest(name: &str, bytes: &[u8]) -> String {
    match name.trim_start_matches("file") {
        "md5" => crate::base::hex::encode(&md5::Md5::digest(bytes)),
        "sha1" => crate::base::hex::encode(&sha1::Sha1::digest(bytes)),
        "sha256" => crate::base::hex::encode(&sha2::Sha256::digest(bytes)),
        "sha512" => crate::base::hex::encode(&sha2::Sha512::digest(bytes)),
        "base64sha256" => B64.encode(sha2::Sha256::digest(bytes)),
        _ => B64.encode(sha2::Sha512::digest(bytes)),
    }
}

/// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (braces and a `urn:uuid:` prefix allowed,
/// as Go's uuid.Parse allows them) into its 16 bytes.
fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let s = s.strip_prefix("urn:uuid:").unwrap_or(s);
    let s = s
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(s);
    let hex: String = if s.len() == 36 {
        let dashes = [8, 13, 18, 23];
        if dashes.iter().any(|&i| s.as_bytes().get(i) != Some(&b'-')) {
            return None;
        }
        s.chars().filter(|c| *c != '-').collect()
    } else if s.len() == 32 {
        s.to_string()
    } else {
        return None;
    };
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A version 5 (SHA-1, name-based) UUID, as RFC 4122 defines it.
pub fn uuidv5(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let ns = arg_str(&args[0], "namespace")?;
    let name = arg_str(&args[1], "name")?;
    let namespace = match &*ns {
        "dns" => parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        "url" => parse_uuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        "oid" => parse_uuid("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
        "x500" => parse_uuid("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
        other => parse_uuid(other),
    }
    .ok_or_else(|| {
        bad_param(
            "namespace",
            format!("uuidv5() doesn't support namespace {ns}"),
        )
    })?;
    let mut hasher = sha1::Sha1::new();
    hasher.update(namespace);
    hasher.update(name.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&hasher.finalize()[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::base::hex::encode(&b);
    Ok(Value::string(format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )))
}

/// `bcrypt` salts randomly, so its result differs on every run: unknown.
pub fn bcrypt(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(args, 1, 2)?;
    Ok(Value::unknown())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn hashes() {
        check(&[
            ("md5(\"abc\")", "\"900150983cd24fb0d6963f7d28e17f72\""),
            (
                "sha1(\"abc\")",
                "\"a9993e364706816aba3e25717850c26c9cd0d89d\"",
            ),
            (
                "sha256(\"\")",
                "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"",
            ),
            (
                "sha512(\"abc\")",
                "\"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\"",
            ),
            (
                "base64sha256(\"abc\")",
                "\"ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=\"",
            ),
            (
                "base64sha512(\"abc\")",
                "\"3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==\"",
            ),
            ("md5(1)", "\"c4ca4238a0b923820dcc509a6f75849b\""),
            ("md5(null)", "error: must not be null"),
            ("sha256(timestamp())", UNKNOWN),
            (
                "uuidv5(\"dns\", \"tada\")",
                "\"faa898db-9b9d-5b75-86a9-149e7bb8e3b8\"",
            ),
            (
                "uuidv5(\"url\", \"tada\")",
                "\"2c1ff6b4-211f-577e-94de-d978b0caa16e\"",
            ),
            (
                "uuidv5(\"oid\", \"tada\")",
                "\"61eeea26-5176-5288-87fc-232d6ed30d2f\"",
            ),
            (
                "uuidv5(\"x500\", \"tada\")",
                "\"7e12415e-f7c9-57c3-9e43-52dc9950d264\"",
            ),
            (
                "uuidv5(\"6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"tada\")",
                "\"faa898db-9b9d-5b75-86a9-149e7bb8e3b8\"",
            ),
            (
                "uuidv5(\"nope\", \"x\")",
                "error: doesn't support namespace",
            ),
            ("bcrypt(\"secret\")", UNKNOWN),
            ("bcrypt(\"secret\", 10)", UNKNOWN),
            ("bcrypt()", "error: expects 1 to 2 arguments"),
        ]);
    }
}
