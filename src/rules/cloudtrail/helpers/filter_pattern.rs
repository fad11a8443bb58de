//! CloudWatch Logs JSON filter patterns (`{ ($.eventName = X) || ($.eventName = Y) }`) read
//! into terms and a disjunctive normal form: enough to compare a metric filter's pattern with
//! the CIS AWS Foundations Benchmark's whatever the order, spacing, quoting and parentheses.
//! Text and space-delimited patterns (`ERROR`, `[ip, user, ...]`) are not JSON patterns.

use std::collections::BTreeSet;
use std::fmt;

/// One comparison: `$.userIdentity.type = "Root"`, `$.userIdentity.invokedBy NOT EXISTS`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    pub selector: String,
    /// `=`, `!=`, `<`, `<=`, `>`, `>=`, `NOT EXISTS`, `EXISTS` or `IS`.
    pub op: String,
    /// Without its quotes; empty for `EXISTS` and `NOT EXISTS`.
    pub value: String,
}

impl Term {
    pub fn new(selector: &str, op: &str, value: &str) -> Term {
        Term {
            selector: selector.to_string(),
            op: op.to_string(),
            value: value.to_string(),
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.value.is_empty() {
            return write!(f, "{} {}", self.selector, self.op);
        }
        let bare = self
            .value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "*._-:/".contains(c));
        if bare {
            write!(f, "{} {} {}", self.selector, self.op, self.value)
        } else {
            write!(f, "{} {} {:?}", self.selector, self.op, self.value)
        }
    }
}

/// Terms that must all hold, sorted, so two conjunctions compare as sets.
pub type Conj = BTreeSet<Term>;

/// One way to read a whole pattern: it matches an event when one conjunction does.
pub type Dnf = Vec<Conj>;

/// What a pattern is to the CIS rules.
#[derive(Debug, PartialEq)]
pub enum Reading {
    /// Not a JSON pattern (text or space-delimited): no CIS monitor.
    NotJson,
    /// A JSON pattern tfgate cannot read (unknown syntax, or too many conjunctions).
    Unreadable,
    /// The readings: one, or two when a level without parentheses mixes `&&` and `||` (read
    /// with `&&` first, then left to right), since the two may mean different things.
    Dnf(Vec<Dnf>),
}

/// More conjunctions than any benchmark pattern has (Organizations changes: 18).
const MAX_CONJUNCTIONS: usize = 256;

/// Reads a metric filter pattern.
pub fn read(pattern: &str) -> Reading {
    let text = pattern.trim();
    let Some(inner) = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')) else {
        return Reading::NotJson;
    };
    let Some(tokens) = tokens(inner) else {
        return Reading::Unreadable;
    };
    let mut readings: Vec<Dnf> = Vec::new();
    for and_first in [true, false] {
        let mut p = Parser {
            tokens: &tokens,
            at: 0,
            and_first,
            mixed: false,
        };
        let Some(expr) = p.expr() else {
            return Reading::Unreadable;
        };
        if p.at != tokens.len() {
            return Reading::Unreadable;
        }
        let Some(dnf) = dnf(&expr) else {
            return Reading::Unreadable;
        };
        if !readings.contains(&dnf) {
            readings.push(dnf);
        }
        if !p.mixed {
            break;
        }
    }
    Reading::Dnf(readings)
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    Op(&'static str),
    Str(String),
    Word(String),
}

fn tokens(s: &str) -> Option<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                out.push(Tok::Close);
                i += 1;
            }
            '&' if next == Some('&') => {
                out.push(Tok::And);
                i += 2;
            }
            '|' if next == Some('|') => {
                out.push(Tok::Or);
                i += 2;
            }
            '!' | '<' | '>' if next == Some('=') => {
                out.push(Tok::Op(match c {
                    '!' => "!=",
                    '<' => "<=",
                    _ => ">=",
                }));
                i += 2;
            }
            '=' => {
                out.push(Tok::Op("="));
                i += 1;
            }
            '<' => {
                out.push(Tok::Op("<"));
                i += 1;
            }
            '>' => {
                out.push(Tok::Op(">"));
                i += 1;
            }
            '"' => {
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return None,
                        Some('"') => break,
                        Some('\\') => {
                            text.push(*chars.get(i + 1)?);
                            i += 2;
                        }
                        Some(&c) => {
                            text.push(c);
                            i += 1;
                        }
                    }
                }
                out.push(Tok::Str(text));
                i += 1;
            }
            '&' | '|' | '!' => return None,
            _ => {
                let start = i;
                while i < chars.len() {
                    let c = chars[i];
                    if c.is_whitespace() || "()=!<>&|\"".contains(c) {
                        break;
                    }
                    i += 1;
                }
                out.push(Tok::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Some(out)
}

enum Expr {
    Term(Term),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

struct Parser<'t> {
    tokens: &'t [Tok],
    at: usize,
    /// `&&` binds tighter than `||` (else the level is read left to right).
    and_first: bool,
    /// A level without parentheses mixed `&&` and `||`.
    mixed: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn expr(&mut self) -> Option<Expr> {
        let mut operands = vec![self.operand()?];
        let mut ops = Vec::new();
        while let Some(t @ (Tok::And | Tok::Or)) = self.peek() {
            ops.push(*t == Tok::And);
            self.at += 1;
            operands.push(self.operand()?);
        }
        if ops.contains(&true) && ops.contains(&false) {
            self.mixed = true;
        }
        let mut operands = operands.into_iter();
        let first = operands.next()?;
        if self.and_first {
            // Groups of `&&` joined by `||`.
            let mut groups = vec![vec![first]];
            for (is_and, e) in ops.into_iter().zip(operands) {
                if !is_and {
                    groups.push(Vec::new());
                }
                groups.last_mut()?.push(e);
            }
            let mut ors: Vec<Expr> = groups
                .into_iter()
                .map(|mut g| {
                    if g.len() == 1 {
                        g.pop().expect("a group holds one operand at least")
                    } else {
                        Expr::And(g)
                    }
                })
                .collect();
            Some(if ors.len() == 1 {
                ors.pop()?
            } else {
                Expr::Or(ors)
            })
        } else {
            let mut acc = first;
            for (is_and, e) in ops.into_iter().zip(operands) {
                acc = if is_and {
                    Expr::And(vec![acc, e])
                } else {
                    Expr::Or(vec![acc, e])
                };
            }
            Some(acc)
        }
    }

    fn operand(&mut self) -> Option<Expr> {
        match self.next()? {
            Tok::Open => {
                let e = self.expr()?;
                (self.next()? == Tok::Close).then_some(e)
            }
            Tok::Word(selector) if selector.starts_with('$') => {
                let (op, value) = match self.next()? {
                    Tok::Op(op) => match self.next()? {
                        Tok::Str(v) | Tok::Word(v) => (op.to_string(), v),
                        _ => return None,
                    },
                    Tok::Word(w) if w == "NOT" => match self.next()? {
                        Tok::Word(w) if w == "EXISTS" => ("NOT EXISTS".to_string(), String::new()),
                        _ => return None,
                    },
                    Tok::Word(w) if w == "EXISTS" => ("EXISTS".to_string(), String::new()),
                    Tok::Word(w) if w == "IS" => match self.next()? {
                        Tok::Word(v) => ("IS".to_string(), v),
                        _ => return None,
                    },
                    _ => return None,
                };
                Some(Expr::Term(Term {
                    selector,
                    op,
                    value,
                }))
            }
            _ => None,
        }
    }
}

/// The conjunctions of an expression, or `None` past [`MAX_CONJUNCTIONS`].
fn dnf(e: &Expr) -> Option<Dnf> {
    let out = match e {
        Expr::Term(t) => vec![Conj::from([t.clone()])],
        Expr::Or(es) => {
            let mut out = Vec::new();
            for e in es {
                for c in dnf(e)? {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
            out
        }
        Expr::And(es) => {
            let mut out = vec![Conj::new()];
            for e in es {
                let right = dnf(e)?;
                let mut next = Vec::new();
                for l in &out {
                    for r in &right {
                        let c: Conj = l.union(r).cloned().collect();
                        if !next.contains(&c) {
                            next.push(c);
                        }
                    }
                }
                if next.len() > MAX_CONJUNCTIONS {
                    return None;
                }
                out = next;
            }
            out
        }
    };
    (out.len() <= MAX_CONJUNCTIONS).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(r: &Reading) -> String {
        match r {
            Reading::NotJson => "not json".into(),
            Reading::Unreadable => "unreadable".into(),
            Reading::Dnf(ds) => ds
                .iter()
                .map(|d| {
                    d.iter()
                        .map(|c| {
                            c.iter()
                                .map(Term::to_string)
                                .collect::<Vec<_>>()
                                .join(" & ")
                        })
                        .collect::<Vec<_>>()
                        .join(" | ")
                })
                .collect::<Vec<_>>()
                .join(" // "),
        }
    }

    #[test]
    fn readings() {
        let cases = [
            ("ERROR", "not json"),
            ("[ip, user]", "not json"),
            ("{ $.eventName = X", "not json"),
            ("{ $.a = }", "unreadable"),
            ("{ $.a = \"x }", "unreadable"),
            ("{ $.a == 1 }", "unreadable"),
            (
                "{($.eventName=A)||($.eventName=\"B\")}",
                "$.eventName = A | $.eventName = B",
            ),
            (
                "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
                "$.eventType != AwsServiceEvent & $.userIdentity.invokedBy NOT EXISTS & $.userIdentity.type = Root",
            ),
            (
                "{ ($.s = x) && (($.e = A) || ($.e = B)) }",
                "$.e = A & $.s = x | $.e = B & $.s = x",
            ),
            // Mixed without parentheses: both readings.
            (
                "{ $.a = 1 || $.b = 2 && $.c = 3 }",
                "$.a = 1 | $.b = 2 & $.c = 3 // $.a = 1 & $.c = 3 | $.b = 2 & $.c = 3",
            ),
            (
                "{ $.m = \"Failed authentication\" }",
                "$.m = \"Failed authentication\"",
            ),
            ("{ $.x IS NULL }", "$.x IS NULL"),
        ];
        for (pattern, want) in cases {
            assert_eq!(show(&read(pattern)), want, "{pattern}");
        }
    }
}
