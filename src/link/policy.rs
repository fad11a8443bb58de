//! IAM policy documents as statements, whichever way they were written: a JSON string
//! (`jsonencode({...})`, a heredoc, `file()`), or an `aws_iam_policy_document` data source
//! (directly, or through its computed `.json` attribute).

use crate::base::wildcard::{self, Syntax};
use crate::link::Links;
use crate::model::Instance;
use crate::model::value::{Map, Unknown, Value};

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
    /// `(type, resource address)` of the unknown principals that stand for a resource's
    /// attribute: `("Federated", "aws_iam_openid_connect_provider.github")`.
    pub references: Vec<(String, String)>,
}

/// A `Condition` entry: `StringEquals` `aws:SourceVpc` `["vpc-1"]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub test: String,
    pub key: String,
    pub values: Vec<String>,
    /// Some value (or the test or key) is not known before apply.
    pub unknown: bool,
}

/// Condition keys that name who the caller is or where the call comes from: the account,
/// organisation or network of the request. A positive test of one of them with specific
/// values narrows a `"*"` principal to that group.
const NARROWING_KEYS: &[&str] = &[
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:SourceVpce",
    "aws:SourceVpc",
    "aws:SourceIp",
    "aws:PrincipalArn",
    "aws:SourceArn",
    "aws:userid",
    "aws:VpceAccount",
    "aws:VpceOrgID",
    "aws:VpceOrgPaths",
    "kms:CallerAccount",
    // Requests through access points of one account (or one access point): a bucket policy
    // delegating to access points, whose own policies then decide.
    "s3:DataAccessPointAccount",
    "s3:DataAccessPointArn",
];

impl Condition {
    /// Whether this condition limits a `"*"` principal to a known group: a positive test
    /// (`StringEquals`, `StringLike`, `ArnEquals`, `ArnLike`, `IpAddress`, without
    /// `IfExists`, which lets requests without the key through, and without `ForAllValues`,
    /// which is true when the key is absent) of a key that names the caller's account,
    /// organisation, VPC, endpoint, address or ARN, where no value matches everyone
    /// (`*`, an ARN with a wildcard account, `0.0.0.0/0`). `Bool aws:SecureTransport` or any
    /// other key restricts how, not who. `None` when that depends on a value unknown before
    /// apply (an unknown address range).
    pub fn narrows_principal(&self) -> Option<bool> {
        let test = self.test.strip_prefix("ForAnyValue:").unwrap_or(&self.test);
        if self.test.is_empty() || self.key.is_empty() {
            return if self.unknown { None } else { Some(false) };
        }
        let positive = [
            "StringEquals",
            "StringEqualsIgnoreCase",
            "StringLike",
            "ArnEquals",
            "ArnLike",
            "IpAddress",
        ]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(test));
        let Some(key) = NARROWING_KEYS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(&self.key))
        else {
            return Some(false);
        };
        if !positive {
            return Some(false);
        }
        let wide = |v: &str| -> bool {
            let v = v.trim();
            if v.is_empty() || v.chars().all(|c| c == '*' || c == '?') {
                return true;
            }
            match *key {
                "aws:SourceIp" => v.ends_with("/0"),
                // arn:partition:service:region:account:resource; a wildcard account (or an
                // ARN cut short by a wildcard, `arn:*`) matches principals of every account.
                "aws:PrincipalArn" | "aws:SourceArn" => match v.split(':').nth(4) {
                    Some(account) => account.contains(['*', '?']),
                    None => v.contains(['*', '?']),
                },
                _ => false,
            }
        };
        if self.values.iter().any(|v| wide(v)) {
            return Some(false);
        }
        if self.values.is_empty() && !self.unknown {
            return Some(false);
        }
        // An unknown account, organisation or ARN is still one account (typically
        // `data.aws_caller_identity.current.account_id`); an unknown range may be the
        // internet.
        if self.unknown && *key == "aws:SourceIp" {
            return None;
        }
        Some(true)
    }
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
    pub not_resources: Vec<String>,
    pub conditions: Vec<Condition>,
    /// The `Condition` block (or one of its keys) is unknown before apply.
    pub condition_unknown: bool,
    /// Some action, resource or condition value was unknown.
    pub has_unknowns: bool,
    /// Some `Action`/`NotAction` element was unknown (left out of the lists).
    pub actions_unknown: bool,
    /// Some `Resource`/`NotResource` element was unknown (left out of the lists).
    pub resources_unknown: bool,
    /// Some unknown `Resource` element could be `"*"`: a variable or an expression, not a
    /// resource's computed attribute (an ARN, an id) nor a template with literal text
    /// (`"${aws_s3_bucket.b.arn}/*"`). Implies `resources_unknown`.
    pub resources_may_be_every: bool,
}

impl Statement {
    /// True when one of the actions (or, for `NotAction`, anything outside them) matches
    /// `action`, with IAM wildcards (`s3:*`, `s3:Get*`, `*`).
    pub fn allows_action(&self, action: &str) -> bool {
        if !self.not_actions.is_empty() {
            return !self.not_actions.iter().any(|p| action_matches(p, action));
        }
        self.actions.iter().any(|p| action_matches(p, action))
    }

    /// Whether this statement allows anyone: `"*"` (or `NotPrincipal`) with no condition
    /// that narrows who the caller is ([`Condition::narrows_principal`]). `None` when the
    /// principal or a condition that could narrow it is unknown before apply.
    pub fn allows_public_unconditionally(&self) -> Option<bool> {
        if self.effect != Effect::Allow {
            return Some(false);
        }
        let mut undecided = false;
        for c in &self.conditions {
            match c.narrows_principal() {
                Some(true) => return Some(false),
                Some(false) => {}
                None => undecided = true,
            }
        }
        let principal_unknown = self
            .principals
            .as_ref()
            .is_some_and(|p| p.unknown && !p.anyone);
        if principal_unknown {
            return None;
        }
        if !self.applies_to_anyone() {
            return Some(false);
        }
        if undecided || self.condition_unknown {
            return None;
        }
        Some(true)
    }

    /// True when the statement has a condition that narrows who the principal is.
    pub fn has_narrowing_condition(&self) -> bool {
        self.conditions
            .iter()
            .any(|c| c.narrows_principal() == Some(true))
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

/// An IAM action pattern matches an action (case-insensitive, `*` and `?` wildcards). The
/// literal text before the first wildcard is compared first: most patterns of a policy name
/// another service or action, and rules ask about dozens of actions per statement.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    let pattern = pattern.trim();
    let literal = pattern.find(['*', '?']).unwrap_or(pattern.len());
    let head = &pattern[..literal];
    if !action
        .get(..head.len())
        .is_some_and(|a| a.eq_ignore_ascii_case(head))
    {
        return false;
    }
    match &pattern[literal..] {
        "" => action.len() == head.len(),
        // `*`, `s3:*`, `s3:Get*`: the head decided it.
        "*" => true,
        _ => wildcard::matches(pattern, action, Syntax::IAM),
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
        Value::Unknown(Unknown::Template { text, holes }) => match template_json(text, holes) {
            Some(doc) => from_json_document(&doc),
            // An interpolation may complete the document: not judged.
            None => Policy::Unknown,
        },
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

/// The JSON document a template with unknown parts holds (an ECS container definition
/// heredoc, a policy heredoc), strings that hold an interpolation unknown and an
/// interpolation outside a string an unknown value. `None` when the known text is not JSON.
pub fn template_document(text: &str, holes: &[usize]) -> Option<Value> {
    template_json(text, holes)
}

/// A marker for an interpolation inside a JSON string of a template (a private-use
/// character: a string holding it is unknown).
const HOLE: char = '\u{E000}';

/// The JSON structure of a template's text with unknown parts: an interpolation inside a
/// string makes that string unknown, one outside a string stands for an unknown value
/// (`"Resource": ${jsonencode(var.arns)}`). `None` when the known text is not JSON.
fn template_json(text: &str, holes: &[usize]) -> Option<Value> {
    let mut json = String::with_capacity(text.len() + 4 * holes.len());
    let mut holes = holes.iter().copied().peekable();
    let (mut in_string, mut escaped) = (false, false);
    let hole = |json: &mut String, in_string: bool| {
        if in_string {
            json.push(HOLE);
        } else {
            json.push('"');
            json.push(HOLE);
            json.push('"');
        }
    };
    for (i, c) in text.char_indices() {
        while holes.next_if(|&h| h <= i).is_some() {
            hole(&mut json, in_string);
        }
        json.push(c);
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        }
    }
    for _ in holes {
        hole(&mut json, in_string);
    }
    let parsed = serde_json::from_str::<serde_json::Value>(&json).ok()?;
    Some(with_holes(&parsed))
}

/// A JSON value as a [`Value`], strings that hold an interpolation unknown.
fn with_holes(json: &serde_json::Value) -> Value {
    match json {
        serde_json::Value::String(s) if s.contains(HOLE) => {
            // Keep the literal text and where the holes go: `"arn:aws:s3:::${b}/*"` is
            // unknown but is not `"*"`.
            let mut text = String::with_capacity(s.len());
            let mut holes = Vec::new();
            for c in s.chars() {
                if c == HOLE {
                    holes.push(text.len());
                } else {
                    text.push(c);
                }
            }
            Value::Unknown(Unknown::Template {
                text: text.into(),
                holes: holes.into(),
            })
        }
        serde_json::Value::Array(items) => Value::list(items.iter().map(with_holes).collect()),
        serde_json::Value::Object(fields) => Value::object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), with_holes(v)))
                .collect::<Map>(),
        ),
        other => Value::from_json(other),
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
    let (mut actions_unknown, mut resources_unknown) = (false, false);
    let actions = string_list(get("Action"), &mut actions_unknown);
    let not_actions = string_list(get("NotAction"), &mut actions_unknown);
    let resources = string_list(get("Resource"), &mut resources_unknown);
    let not_resources = string_list(get("NotResource"), &mut resources_unknown);
    let resources_may_be_every = may_be_every(get("Resource"));
    let mut has_unknowns = actions_unknown || resources_unknown;
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
                    let mut unknown = false;
                    let values = string_list(Some(values), &mut unknown);
                    has_unknowns |= unknown;
                    conditions.push(Condition {
                        test: test.clone(),
                        key: key.clone(),
                        values,
                        unknown,
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
        not_resources,
        conditions,
        condition_unknown,
        has_unknowns,
        actions_unknown,
        resources_unknown,
        resources_may_be_every,
    })
}

/// An AWS principal that stands for every account: `*`, or an ARN whose account is a
/// wildcard (`arn:aws:iam::*:role/reader`; IAM refuses wildcards inside principal ARNs, and
/// where such a policy is accepted it names that role in every account).
fn matches_every_account(id: &str) -> bool {
    let id = id.trim();
    id == "*"
        || (id.starts_with("arn:")
            && id
                .split(':')
                .nth(4)
                .is_some_and(|account| account.contains(['*', '?'])))
}

fn json_principals(p: &Value) -> Principals {
    let mut out = Principals::default();
    match p {
        Value::String(s) if &**s == "*" => out.anyone = true,
        Value::Unknown(_) => out.unknown = true,
        Value::Object(types) => {
            for (ty, ids) in &types.fields {
                for r in referenced_resources(Some(ids)) {
                    out.references.push((ty.clone(), r));
                }
                let mut unknown = false;
                for id in string_list(Some(ids), &mut unknown) {
                    if ty == "AWS" && matches_every_account(&id) {
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

/// The resources whose computed attributes a string or list holds (`aws_iam_role.r.arn`).
fn referenced_resources(v: Option<&Value>) -> Vec<String> {
    let one = |v: &Value| match v {
        Value::Unknown(Unknown::Attribute { resource, .. }) => Some(resource.to_string()),
        _ => None,
    };
    match v {
        Some(Value::List(items) | Value::Set(items)) => items.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => Vec::new(),
    }
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

/// Whether an unknown element of a resource list could be `"*"` (see
/// [`Statement::resources_may_be_every`]): an unknown value or element that is a variable or
/// an expression (a whole list from a variable or a module output included). A resource's computed attribute is an ARN, id or name; a template with
/// literal text other than wildcards is a pattern built around its holes.
fn may_be_every(v: Option<&Value>) -> bool {
    let element = |u: &Unknown| match u {
        Unknown::Attribute { .. } | Unknown::Encoded { .. } => false,
        Unknown::Template { text, .. } => text.chars().all(|c| c == '*' || c == '?'),
        Unknown::Variable { .. } | Unknown::Text | Unknown::Other => true,
    };
    match v {
        Some(Value::Unknown(u)) => element(u),
        Some(Value::List(items) | Value::Set(items)) => items.iter().any(|i| match i {
            Value::Unknown(u) => element(u),
            _ => false,
        }),
        _ => false,
    }
}

/// How many `aws_iam_policy_document`s deep [`resolve`] follows `source_policy_documents`.
const MAX_DOCUMENT_DEPTH: usize = 8;

/// The policy an argument of `from` holds (`policy`, `assume_role_policy`, ...): JSON text,
/// a `jsonencode` or template with unknown parts, or the `json` of an
/// `aws_iam_policy_document` data source, read from the data source's configuration.
pub fn resolve(links: &Links, from: &Instance, v: &Value) -> Policy {
    resolve_traced(links, from, v, &mut Vec::new())
}

/// [`resolve`], recording in `documents` the `aws_iam_policy_document`s it read.
pub fn resolve_traced(
    links: &Links,
    from: &Instance,
    v: &Value,
    documents: &mut Vec<usize>,
) -> Policy {
    resolve_depth(links, from, v, 0, documents)
}

/// The `aws_iam_policy_document` whose `json` this value is, if any.
pub fn document_of(links: &Links, from: &Instance, v: &Value) -> Option<usize> {
    if let Value::Unknown(Unknown::Attribute { resource, path }) = v
        && (&**path == "json" || &**path == "minified_json")
        && let Some(doc) = links.by_address(from, resource)
        && links.instance(doc).rtype == "aws_iam_policy_document"
    {
        return Some(doc);
    }
    None
}

fn resolve_depth(
    links: &Links,
    from: &Instance,
    v: &Value,
    depth: usize,
    documents: &mut Vec<usize>,
) -> Policy {
    if let Some(doc) = document_of(links, from, v) {
        if depth >= MAX_DOCUMENT_DEPTH {
            return Policy::Unknown;
        }
        documents.push(doc);
        return document(
            Some((links, documents)),
            links.instance(doc),
            depth + 1,
            true,
        );
    }
    from_value(v)
}

/// Statements of an `aws_iam_policy_document` data source, from its configuration
/// (`statement` blocks with `principals` and `condition` blocks), plus any
/// `source_policy_documents`/`override_policy_documents` that are known JSON. Works on the
/// instance value, so blocks (HCL) and lists of objects (plans) read the same.
pub fn from_policy_document(doc: &Instance) -> Policy {
    document(None, doc, 0, true)
}

/// The statements written in an `aws_iam_policy_document`'s own `statement` blocks, in
/// order (`statement[k]` is the k-th), without the documents it merges.
pub fn own_statements(doc: &Instance) -> Policy {
    document(None, doc, 0, false)
}

/// [`from_policy_document`], following other documents' `json` through `links` when given
/// (recording the documents read); `merged`: with `source_policy_documents` and
/// `override_policy_documents`.
fn document(
    mut links: Option<(&Links, &mut Vec<usize>)>,
    doc: &Instance,
    depth: usize,
    merged: bool,
) -> Policy {
    let value = doc.value();
    let field = |v: &Value, k: &str| v.as_object().and_then(|o| o.fields.get(k).cloned());
    let mut out = Vec::new();
    let merge_keys: &[&str] = if merged {
        &[
            "source_policy_documents",
            "source_json",
            "override_policy_documents",
            "override_json",
        ]
    } else {
        &[]
    };
    for &key in merge_keys {
        let Some(v) = field(&value, key) else {
            continue;
        };
        let docs: Vec<Value> = match &v {
            Value::List(items) | Value::Set(items) => items.to_vec(),
            other => vec![other.clone()],
        };
        for d in docs {
            let policy = match links.as_mut() {
                Some((links, documents)) => resolve_depth(links, doc, &d, depth, documents),
                None => from_value(&d),
            };
            match policy {
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
        let (mut actions_unknown, mut resources_unknown) = (false, false);
        let actions = string_list(field(&body, "actions").as_ref(), &mut actions_unknown);
        let not_actions = string_list(field(&body, "not_actions").as_ref(), &mut actions_unknown);
        let resources = string_list(field(&body, "resources").as_ref(), &mut resources_unknown);
        let not_resources = string_list(
            field(&body, "not_resources").as_ref(),
            &mut resources_unknown,
        );
        let resources_may_be_every = may_be_every(field(&body, "resources").as_ref());
        has_unknowns |= actions_unknown || resources_unknown;
        let principals_of = |blocks: &[Value], unknown: &mut bool| {
            let mut p = Principals::default();
            for b in blocks {
                let ty = field(b, "type")
                    .and_then(|t| t.as_str().map(String::from))
                    .unwrap_or_default();
                for r in referenced_resources(field(b, "identifiers").as_ref()) {
                    p.references.push((ty.clone(), r));
                }
                for id in string_list(field(b, "identifiers").as_ref(), &mut p.unknown) {
                    if (ty == "AWS" || ty == "*") && matches_every_account(&id) {
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
            .map(|c| {
                let text = |k: &str| field(c, k).and_then(|t| t.as_str().map(String::from));
                let mut unknown = field(c, "test").is_some_and(|v| v.is_unknown())
                    || field(c, "variable").is_some_and(|v| v.is_unknown());
                let values = string_list(field(c, "values").as_ref(), &mut unknown);
                has_unknowns |= unknown;
                Condition {
                    test: text("test").unwrap_or_default(),
                    key: text("variable").unwrap_or_default(),
                    values,
                    unknown,
                }
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
            not_resources,
            conditions,
            condition_unknown,
            has_unknowns,
            actions_unknown,
            resources_unknown,
            resources_may_be_every,
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
        for (pattern, action, expected) in [
            ("s3:GetObject", "S3:getobject", true),
            ("s3:Get*", "s3:GetObject", true),
            ("iam:Pass?ole", "iam:PassRole", true),
            ("*", "ec2:RunInstances", true),
            ("s3:Get", "s3:GetObject", false),
            ("s3:GetObjectAcl", "s3:GetObject", false),
            ("ec2:*", "s3:GetObject", false),
            ("iam:*Policy", "iam:AttachRolePolicy", true),
        ] {
            assert_eq!(
                action_matches(pattern, action),
                expected,
                "{pattern} {action}"
            );
        }
        assert_eq!(from_value(&Value::unknown()), Policy::Unknown);
        assert!(matches!(
            from_value(&Value::string("{not json")),
            Policy::Invalid(_)
        ));
    }

    #[test]
    fn unknown_resources_that_may_be_every_resource() {
        let attribute = Value::Unknown(Unknown::Attribute {
            resource: "aws_s3_bucket.b".into(),
            path: "arn".into(),
        });
        let variable = Value::Unknown(Unknown::Variable {
            name: "arns".into(),
        });
        let template = |text: &str| {
            Value::Unknown(Unknown::Template {
                text: text.into(),
                holes: vec![0].into(),
            })
        };
        let cases = [
            (attribute.clone(), false),
            (
                Value::list(vec![attribute, Value::string("arn:aws:s3:::x")]),
                false,
            ),
            (Value::list(vec![template("/*")]), false),
            (Value::list(vec![template("")]), true),
            (Value::list(vec![template("*")]), true),
            (variable.clone(), true),
            (Value::list(vec![variable]), true),
            (Value::unknown(), true),
            (Value::string("*"), false),
        ];
        for (k, (v, expected)) in cases.into_iter().enumerate() {
            assert_eq!(may_be_every(Some(&v)), expected, "case {k}");
        }
        // A heredoc's interpolated string keeps its literal text: not "*".
        let Policy::Statements(s) = from_value(&Value::Unknown(Unknown::Template {
            text: r#"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::/*"}]}"#.into(),
            holes: vec![81].into(),
        })) else {
            panic!("a template policy");
        };
        assert!(s[0].resources_unknown && !s[0].resources_may_be_every);
    }
}

#[cfg(test)]
mod narrowing_tests {
    use super::*;

    fn statements(doc: &str) -> Vec<Statement> {
        match from_value(&Value::string(doc)) {
            Policy::Statements(s) => s,
            other => panic!("{other:?}"),
        }
    }

    fn public(condition: &str) -> Option<bool> {
        let doc = format!(
            r#"{{"Statement":{{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
            "Resource":"*","Condition":{condition}}}}}"#
        );
        statements(&doc)[0].allows_public_unconditionally()
    }

    #[test]
    fn only_conditions_on_who_narrow_a_public_principal() {
        let table = [
            (r#"{"Bool":{"aws:SecureTransport":"true"}}"#, Some(true)),
            (
                r#"{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::*"}}"#,
                Some(true),
            ),
            (
                r#"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/ci"}}"#,
                Some(true),
            ),
            (
                r#"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/*"}}"#,
                Some(false),
            ),
            (
                r#"{"StringEquals":{"aws:SourceAccount":"123456789012"}}"#,
                Some(false),
            ),
            (
                r#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}"#,
                Some(false),
            ),
            (
                r#"{"StringEquals":{"aws:SourceVpce":["vpce-1"]}}"#,
                Some(false),
            ),
            (r#"{"StringLike":{"aws:SourceAccount":"*"}}"#, Some(true)),
            (
                r#"{"StringEqualsIfExists":{"aws:SourceAccount":"123456789012"}}"#,
                Some(true),
            ),
            (
                r#"{"StringNotEquals":{"aws:SourceAccount":"123456789012"}}"#,
                Some(true),
            ),
            (r#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}"#, Some(true)),
            (
                r#"{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","::/0"]}}"#,
                Some(true),
            ),
            (
                r#"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#,
                Some(false),
            ),
            (
                r#"{"ForAnyValue:StringEquals":{"aws:PrincipalOrgPaths":"o-a/r-b/"}}"#,
                Some(false),
            ),
            (
                r#"{"ForAllValues:StringEquals":{"aws:PrincipalOrgID":"o-abc"}}"#,
                Some(true),
            ),
        ];
        for (condition, expected) in table {
            assert_eq!(public(condition), expected, "{condition}");
        }
    }

    #[test]
    fn a_template_keeps_its_json_structure() {
        let text = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"/*"}]}"#;
        let at = text.find("/*").expect("resource");
        let v = Value::Unknown(Unknown::Template {
            text: text.into(),
            holes: vec![at].into(),
        });
        let Policy::Statements(s) = from_value(&v) else {
            panic!("structure read");
        };
        assert_eq!(s[0].allows_public_unconditionally(), Some(true));
        assert!(s[0].has_unknowns && s[0].resources.is_empty());

        // A hole outside a string is an unknown value; one that breaks the JSON is unknown.
        let text = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":,"Resource":"*"}]}"#;
        let at = text.find(",\"Resource").expect("action");
        let v = Value::Unknown(Unknown::Template {
            text: text.into(),
            holes: vec![at].into(),
        });
        let Policy::Statements(s) = from_value(&v) else {
            panic!("structure read");
        };
        assert!(s[0].actions.is_empty() && s[0].has_unknowns);
        let v = Value::Unknown(Unknown::Template {
            text: r#"{"Statement": [  ]}"#.into(),
            holes: vec![1].into(),
        });
        assert_eq!(from_value(&v), Policy::Unknown);
        // An interpolation that decides the effect leaves the policy unknown.
        let text = r#"{"Statement":[{"Effect":"","Principal":"*","Action":"*"}]}"#;
        let v = Value::Unknown(Unknown::Template {
            text: text.into(),
            holes: vec![text.find("\",\"P").expect("effect")].into(),
        });
        assert_eq!(from_value(&v), Policy::Unknown);
    }
}
