//! Counted nouns for human-readable output: "1 root module", "2 root modules", "1 entry",
//! "2 entries". One place, so no message reads "1 root modules" or "entr(ies)".

/// `n` and the noun in the number `n` takes: `count(1, "file", "files")` is "1 file".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun alone, in the number `n` takes.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_every_other_number_the_plural() {
        for (n, want) in [
            (0, "0 entries"),
            (1, "1 entry"),
            (2, "2 entries"),
            (11, "11 entries"),
            (21, "21 entries"),
        ] {
            assert_eq!(count(n, "entry", "entries"), want);
        }
    }
}
