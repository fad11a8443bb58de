//! Judging one environment variable (a Lambda function's `environment.variables`, a
//! container's `environment`) or one assignment in a script: a secret when its value has a
//! well-known token shape, or when its name says it holds a secret and its value is written
//! in the configuration. The verdict names the kind of secret, never the value.

use crate::model::value::{Unknown, Value};
use crate::rules::secrets::helpers::shapes::{secret_name, secret_value, token_shape};

/// What one variable holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Var {
    Clean,
    /// Named like a secret, with a value unknown before apply for a reason other than a
    /// run-time input or a resource attribute.
    Unknown,
    /// A secret: why, as a message continues "`NAME` ...".
    Secret(String),
}

/// Judges the variable `name` with value `v`.
pub fn judge(name: &str, v: &Value) -> Var {
    match v {
        Value::String(s) => judge_text(name, s),
        Value::Number(_) if secret_name(name) => Var::Secret(named()),
        Value::Unknown(Unknown::Variable { .. } | Unknown::Attribute { .. }) => Var::Clean,
        Value::Unknown(_) if secret_name(name) => Var::Unknown,
        _ => Var::Clean,
    }
}

/// Judges a known text value of the variable `name`.
pub fn judge_text(name: &str, s: &str) -> Var {
    if let Some(kind) = token_shape(s) {
        return Var::Secret(format!("holds {kind}"));
    }
    if secret_name(name) && secret_value(s) {
        return Var::Secret(named());
    }
    Var::Clean
}

fn named() -> String {
    "is named like a secret and set to a value written in the configuration".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judges_variables() {
        let s = |x: &str| Value::string(x);
        let cases = [
            ("LOG_LEVEL", s("debug"), Var::Clean),
            ("DB_PASSWORD", s("hunter2"), Var::Secret(named())),
            ("DB_PASSWORD", s(""), Var::Clean),
            (
                "DB_PASSWORD_ARN",
                s("arn:aws:secretsmanager:eu-west-1:1:secret:x"),
                Var::Clean,
            ),
            (
                "KEY",
                s("AKIAIOSFODNN7EXAMPLE"),
                Var::Secret("holds an AWS access key id".into()),
            ),
            ("API_TOKEN", Value::Unknown(Unknown::Other), Var::Unknown),
            (
                "API_TOKEN",
                Value::Unknown(Unknown::Variable { name: "t".into() }),
                Var::Clean,
            ),
            ("REGION", Value::Unknown(Unknown::Other), Var::Clean),
        ];
        for (name, v, want) in cases {
            assert_eq!(judge(name, &v), want, "{name}");
        }
    }
}
