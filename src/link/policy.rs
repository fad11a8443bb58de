//! IAM policy documents as statements, whichever way they were written: a JSON string
//! (`jsonencode({...})`, a heredoc, `file()`), or an `aws_iam_policy_document` data source
//! (directly, or through its computed `.json` attribute).

use crate::base::wildcard::{self, Syntax};
use crate::model::Instance;
use crate::model::value::{Unknown, Value};

/// `Allow` or `Deny`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

/// Who a statement applies to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Principals {
    /// `"*"` or `{"AWS": "*"}`: anyone, including anonymous users.
    pub anyone: bool,
    /// `(type, identifier)` pairs: `("AWS", "arn:aws:iam::123:root")`, `("Service", ...)`.
    pub named: Vec<(String, String)>,
    /// Some principal could not be known before apply.
    pub unknown: bool,
}

/// A `Condition` entry: `StringEquals` `aws:SourceVpc` `["vpc-1"]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub test: String,
    pub key: String,
    pub values: Vec<String>,
}

/// One policy statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub sid: Option<String>,
    pub effect: Effect,
    /// `None` when the statement has no `Principal` (identity policies).
    pub principals: Option<Principals>,
    /// The statement uses `NotPrincipal`: it applies to everyone except these.
    pub not_principal: bool,
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub conditions: Vec<Condition>,
    /// The `Condition` block (or one of its keys) is unknown before apply.
    pub condition_unknown: bool,
    /// Some action, resource or condition value was unknown.
    pub has_unknowns: bool,
}

impl Statement {
    /// True when one of the actions (or, for `NotAction`, anything outside them) matches
    /// `action`, with IAM wildcards (`s3:*`, `s3:Get*`, `*`).
    pub fn allows_action(&self, action: &str) -> bool {
        if !self.not_actions.is_empty() {
            return !self
                .not_actions
                .iter()
                .any(|p| wildcard::matches(p, action, Syntax::IAM));
        }
        self.actions
            .iter()
            .any(|p| wildcard::matches(p, action, Syntax::IAM))
    }

    /// Whether this statement allows anyone without a condition: `None` when the principal
    /// or the condition is unknown before apply.
    pub fn allows_public_unconditionally(&self) -> Option<bool> {
        if self.effect != Effect::Allow {
            return Some(false);
        }
        let principal_unknown = self
            .principals
            .as_ref()
            .is_some_and(|p| p.unknown && !p.anyone);
        if principal_unknown || (self.applies_to_anyone() && self.condition_unknown) {
            return None;
        }
        Some(self.applies_to_anyone() && self.conditions.is_empty())
    }

    /// The statement applies to anyone: `Principal "*"`, or a `NotPrincipal`.
    pub fn applies_to_anyone(&self) -> bool {
        self.not_principal || self.principals.as_ref().is_some_and(|p| p.anyone)
    }

    pub fn has_condition_key(&self, key: &str) -> bool {
        self.conditions
            .iter()
            .any(|c| c.key.eq_ignore_ascii_case(key))
    }
}

/// A parsed policy, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum Policy {
    Statements(Vec<Statement>),
    /// Not known before apply (a computed value or an unresolvable reference).
    Unknown,
    /// Present but not a valid policy document; the message says why.
    Invalid(String),
}

/// Parses a policy value: a JSON string, or an object already decoded.
pub fn from_value(value: &Value) -> Policy {
    match value {
        Value::Unknown(Unknown::Encoded { value }) => from_json_document(value),
        Value::Unknown(_) => Policy::Unknown,
        Value::Null => Policy::Statements(Vec::new()),
        Value::String(s) => match serde_json::from_str::<serde_json::Value>(s) {
            Ok(json) => from_json_document(&Value::from_json(&json)),
            Err(e) => Policy::Invalid(format!("not valid JSON: {e}")),
        },
        Value::Object(_) => from_json_document(value),
        other => Policy::Invalid(format!(
            "a policy must be a JSON document, got {}",
            other.type_name()
        )),
    }
}

fn from_json_document(doc: &Value) -> Policy {
    let Some(obj) = doc.as_object() else {
        return Policy::Invalid("a policy must be a JSON object".into());
    };
    let statements = match obj.fields.get("Statement") {
        None => return Policy::Statements(Vec::new()),
        Some(Value::Unknown(_)) => return Policy::Unknown,
        Some(s @ Value::Object(_)) => vec![s.clone()],
        Some(Value::List(items)) => items.to_vec(),
        Some(other) => {
            return Policy::Invalid(format!(
                "`Statement` must be a list, got {}",
                other.type_name()
            ));
        }
    };
    let mut out = Vec::new();
    for s in &statements {
        match json_statement(s) {
            Some(st) => out.push(st),
            None => return Policy::Unknown,
        }
    }
    Policy::Statements(out)
}

/// One JSON statement; `None` when its effect is unknown.
fn json_statement(s: &Value) -> Option<Statement> {
    let obj = s.as_object()?;
    let get = |k: &str| obj.fields.get(k);
    let effect = match get("Effect").and_then(Value::as_str) {
        Some(e) if e.eq_ignore_ascii_case("deny") => Effect::Deny,
        Some(_) => Effect::Allow,
        None if get("Effect").is_some_and(Value::is_unknown) => return None,
        None => Effect::Allow,
    };
    let mut has_unknowns = false;
    let mut strings = |v: Option<&Value>| -> Vec<String> { string_list(v, &mut has_unknowns) };
    let actions = strings(get("Action"));
    let not_actions = strings(get("NotAction"));
    let mut resources = strings(get("Resource"));
    resources.extend(strings(get("NotResource")));
    let (principals, not_principal) = match (get("Principal"), get("NotPrincipal")) {
        (Some(p), _) => (Some(json_principals(p)), false),
        (None, Some(p)) => (Some(json_principals(p)), true),
        (None, None) => (None, false),
    };
    let mut conditions = Vec::new();
    let mut condition_unknown = get("Condition").is_some_and(Value::is_unknown);
    if let Some(Value::Object(tests)) = get("Condition") {
        for (test, keys) in &tests.fields {
            if let Value::Object(keys) = keys {
                for (key, values) in &keys.fields {
                    conditions.push(Condition {
                        test: test.clone(),
                        key: key.clone(),
                        values: string_list(Some(values), &mut has_unknowns),
                    });
                }
            } else {
                condition_unknown |= keys.is_unknown();
                has_unknowns |= keys.is_unknown();
            }
        }
    }
    Some(Statement {
        sid: get("Sid").and_then(Value::as_str).map(String::from),
        effect,
        principals,
        not_principal,
        actions,
        not_actions,
        resources,
        conditions,
        condition_unknown,
        has_unknowns,
    })
}

fn json_principals(p: &Value) -> Principals {
    let mut out = Principals::default();
    match p {
        Value::String(s) if &**s == "*" => out.anyone = true,
        Value::Unknown(_) => out.unknown = true,
        Value::Object(types) => {
            for (ty, ids) in &types.fields {
                let mut unknown = false;
                for id in string_list(Some(ids), &mut unknown) {
                    if id == "*" && ty == "AWS" {
                        out.anyone = true;
                    }
                    out.named.push((ty.clone(), id));
                }
                out.unknown |= unknown;
            }
        }
        _ => {}
    }
    out
}

/// A string or list of strings; unknown elements set `unknown` and are left out.
fn string_list(v: Option<&Value>, unknown: &mut bool) -> Vec<String> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Unknown(_)) => {
            *unknown = true;
            Vec::new()
        }
        Some(Value::List(items) | Value::Set(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::Unknown(_) => {
                    *unknown = true;
                    None
                }
                other => other.to_str().map(|s| s.to_string()),
            })
            .collect(),
        Some(other) => other
            .to_str()
            .map(|s| vec![s.to_string()])
            .unwrap_or_default(),
    }
}

/// Statements of an `aws_iam_policy_document` data source, from its configuration
/// (`statement` blocks with `principals` and `condition` blocks), plus any
/// `source_policy_documents`/`override_policy_documents` that are known JSON. Works on the
/// instance value, so blocks (HCL) and lists of objects (plans) read the same.
pub fn from_policy_document(doc: &Instance) -> Policy {
    let value = doc.value();
    let field = |v: &Value, k: &str| v.as_object().and_then(|o| o.fields.get(k).cloned());
    let mut out = Vec::new();
    for key in [
        "source_policy_documents",
        "source_json",
        "override_policy_documents",
        "override_json",
    ] {
        let Some(v) = field(&value, key) else {
            continue;
        };
        let docs: Vec<Value> = match &v {
            Value::List(items) | Value::Set(items) => items.to_vec(),
            other => vec![other.clone()],
        };
        for d in docs {
            match from_value(&d) {
                Policy::Statements(s) => out.extend(s),
                Policy::Unknown => return Policy::Unknown,
                Policy::Invalid(m) => return Policy::Invalid(m),
            }
        }
    }
    for body in objects(field(&value, "statement")) {
        let mut has_unknowns = false;
        let effect = match field(&body, "effect") {
            Some(Value::Unknown(_)) => return Policy::Unknown,
            Some(v) if v.as_str().is_some_and(|e| e.eq_ignore_ascii_case("deny")) => Effect::Deny,
            _ => Effect::Allow,
        };
        let actions = string_list(field(&body, "actions").as_ref(), &mut has_unknowns);
        let not_actions = string_list(field(&body, "not_actions").as_ref(), &mut has_unknowns);
        let mut resources = string_list(field(&body, "resources").as_ref(), &mut has_unknowns);
        resources.extend(string_list(
            field(&body, "not_resources").as_ref(),
            &mut has_unknowns,
        ));
        let principals_of = |blocks: &[Value], unknown: &mut bool| {
            let mut p = Principals::default();
            for b in blocks {
                let ty = field(b, "type")
                    .and_then(|t| t.as_str().map(String::from))
                    .unwrap_or_default();
                for id in string_list(field(b, "identifiers").as_ref(), &mut p.unknown) {
                    if id == "*" && (ty == "AWS" || ty == "*") {
                        p.anyone = true;
                    }
                    p.named.push((ty.clone(), id));
                }
            }
            *unknown |= p.unknown;
            p
        };
        let principal_blocks = objects(field(&body, "principals"));
        let not_principal_blocks = objects(field(&body, "not_principals"));
        let (principals, not_principal) = if !principal_blocks.is_empty() {
            (
                Some(principals_of(&principal_blocks, &mut has_unknowns)),
                false,
            )
        } else if !not_principal_blocks.is_empty() {
            (
                Some(principals_of(&not_principal_blocks, &mut has_unknowns)),
                true,
            )
        } else {
            (None, false)
        };
        let condition_unknown = match field(&body, "condition") {
            Some(Value::Unknown(_)) => true,
            Some(Value::List(items) | Value::Set(items)) => items.iter().any(Value::is_unknown),
            _ => false,
        };
        let conditions = objects(field(&body, "condition"))
            .iter()
            .map(|c| Condition {
                test: field(c, "test")
                    .and_then(|t| t.as_str().map(String::from))
                    .unwrap_or_default(),
                key: field(c, "variable")
                    .and_then(|t| t.as_str().map(String::from))
                    .unwrap_or_default(),
                values: string_list(field(c, "values").as_ref(), &mut has_unknowns),
            })
            .collect();
        out.push(Statement {
            sid: field(&body, "sid").and_then(|t| t.as_str().map(String::from)),
            effect,
            principals,
            not_principal,
            actions,
            not_actions,
            resources,
            conditions,
            condition_unknown,
            has_unknowns,
        });
    }
    Policy::Statements(out)
}

/// The objects of a nested block list (or a single object).
fn objects(v: Option<Value>) -> Vec<Value> {
    match v {
        Some(Value::List(items) | Value::Set(items)) => items
            .iter()
            .filter(|i| i.as_object().is_some())
            .cloned()
            .collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_policies() {
        let doc = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
            {"Effect":"Deny","Principal":{"AWS":["*"]},"Action":["s3:*"],"Resource":["*"],
             "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        let Policy::Statements(s) = from_value(&Value::string(doc)) else {
            panic!("valid policy");
        };
        assert_eq!(s.len(), 2);
        assert!(s[0].applies_to_anyone() && s[0].allows_action("s3:GetObject"));
        assert_eq!(s[1].effect, Effect::Deny);
        assert!(s[1].has_condition_key("aws:securetransport"));
        assert_eq!(from_value(&Value::unknown()), Policy::Unknown);
        assert!(matches!(
            from_value(&Value::string("{not json")),
            Policy::Invalid(_)
        ));
    }
}
