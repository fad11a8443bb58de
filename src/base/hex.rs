//! Lower-case hexadecimal text of bytes (digests in `sha256()` and friends, evidence hashes).

/// `[0xab, 0x01]` is `"ab01"`.
pub fn encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn encodes() {
        let cases: [(&[u8], &str); 3] = [
            (&[], ""),
            (&[0x00, 0x0f], "000f"),
            (&[0xab, 0xff, 0x10], "abff10"),
        ];
        for (bytes, hex) in cases {
            assert_eq!(encode(bytes), hex, "{bytes:?}");
        }
    }
}
