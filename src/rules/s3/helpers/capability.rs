//! Shared by the capability rules (TFG-S3-021 to TFG-S3-025): what everyone may do with a
//! bucket, read from its ACLs (canned ACLs, grants to the `AllUsers` and
//! `AuthenticatedUsers` groups) and its policies (statements that allow any principal
//! without a condition that narrows who the caller is), less what AWS ignores: a public
//! access block of the bucket or of the account with `ignore_public_acls` voids public ACL
//! grants, one with `restrict_public_buckets` voids public policy statements.
//!
//! One grant is reported once, by the broadest capability it gives: a `FULL_CONTROL` grant
//! or a statement allowing every S3 action is "full control" (TFG-S3-024), not also write,
//! delete and permission change; a bucket `WRITE` grant (which lets the grantee delete
//! objects too) is "write" (TFG-S3-021).

use crate::link::policy::{Policy, Statement};
use crate::link::{BucketView, Links};
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::Checker;
use crate::rules::common::bucket::{
    PUBLIC_GRANTEES, at, bucket_label, certain, policies, settings,
};
use crate::rules::common::policy::{every_action_of, no_narrowing, sid_note};

/// What a rule asks: can everyone do this?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// Write and overwrite objects.
    Write,
    /// Delete objects, object versions or the bucket.
    Delete,
    /// Change who has access: ACLs, the bucket policy, the public access block.
    ChangePermissions,
    /// Every S3 action (`s3:*`, `*`) or `FULL_CONTROL`.
    FullControl,
    /// Anything granted to the `AuthenticatedUsers` group (every AWS account).
    AuthenticatedUsers,
}

/// Policy actions that give each capability (IAM wildcards in the statement match them).
fn actions(c: Capability) -> &'static [&'static str] {
    match c {
        Capability::Write => &["s3:PutObject"],
        Capability::Delete => &[
            "s3:DeleteObject",
            "s3:DeleteObjectVersion",
            "s3:DeleteBucket",
        ],
        Capability::ChangePermissions => &[
            "s3:PutBucketAcl",
            "s3:PutObjectAcl",
            "s3:PutObjectVersionAcl",
            "s3:PutBucketPolicy",
            "s3:DeleteBucketPolicy",
            "s3:PutBucketPublicAccessBlock",
            "s3:PutBucketOwnershipControls",
        ],
        Capability::FullControl | Capability::AuthenticatedUsers => &[],
    }
}

/// What the capability lets them do, for messages.
fn verb(c: Capability) -> &'static str {
    match c {
        Capability::Write => "write and overwrite objects",
        Capability::Delete => "delete objects or the bucket",
        Capability::ChangePermissions => "change who has access (ACLs, the bucket policy)",
        Capability::FullControl => "do everything with the bucket and its objects",
        Capability::AuthenticatedUsers => "access it",
    }
}

/// Whether an ACL permission (`READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL`)
/// granted to a public group gives the capability (reported once, by the broadest).
fn acl_gives(c: Capability, permission: &str) -> bool {
    match c {
        Capability::Write => permission == "WRITE",
        Capability::ChangePermissions => permission == "WRITE_ACP",
        Capability::FullControl => permission == "FULL_CONTROL",
        // Delete comes with WRITE (reported as write); any grant to AuthenticatedUsers is
        // judged by the grantee, not the permission.
        Capability::Delete | Capability::AuthenticatedUsers => false,
    }
}

/// Judges every bucket (and every ACL or policy of a bucket the configuration does not
/// declare) for one capability.
pub fn check(cx: &mut Checker, c: Capability) {
    let links = cx.links;
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let anchor = if view.external {
            view.of("aws_s3_bucket_acl")
                .first()
                .or(view.of("aws_s3_bucket_policy").first())
                .copied()
        } else {
            Some(view.bucket)
        };
        let Some(anchor) = anchor else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let label = bucket_label(bucket);
        let mut unknown = false;
        let mut found = Vec::new();
        let (acl_found, acl_unknown) = acl_grants(links, view, c);
        if !acl_found.is_empty() || acl_unknown {
            match blocked(links, view, bucket, "ignore_public_acls") {
                Flag::True => {}
                Flag::Unknown => unknown = true,
                Flag::False | Flag::Unset => {
                    unknown |= acl_unknown;
                    for (i, path, who, how) in acl_found {
                        let verb = match c {
                            // A bucket WRITE grant also lets the grantee delete objects.
                            Capability::Write => "write, overwrite and delete objects",
                            other => verb(other),
                        };
                        found.push((i, path, format!("{label} lets {who} {verb}: {how}")));
                    }
                }
            }
        }
        if c != Capability::AuthenticatedUsers {
            let (policy_found, policy_unknown) = policy_grants(links, view, c);
            if !policy_found.is_empty() || policy_unknown {
                match blocked(links, view, bucket, "restrict_public_buckets") {
                    Flag::True => {}
                    Flag::Unknown => unknown = true,
                    Flag::False | Flag::Unset => {
                        unknown |= policy_unknown;
                        for (i, path, how) in policy_found {
                            found.push((
                                i,
                                path,
                                format!("{label} lets any principal {}: {how}", verb(c)),
                            ));
                        }
                    }
                }
            }
        }
        cx.settle(anchor, unknown, found);
    }
}

/// Whether a public access block that AWS honours for this bucket sets `setting`: the
/// bucket's own blocks (one whose count is unknown may not be created), the account's
/// block in the same root, or, when a block of the root points at a bucket nobody can know
/// before apply, maybe.
fn blocked(links: &Links, view: &BucketView, bucket: &Instance, setting: &str) -> Flag {
    let own = view
        .of("aws_s3_bucket_public_access_block")
        .iter()
        .map(|&p| (p, certain(links, view, p)));
    let account = links
        .in_root(&bucket.root, "aws_s3_account_public_access_block")
        .iter()
        .map(|&p| (p, !links.instance(p).keys_unknown()));
    let mut result = Flag::False;
    for (p, sure) in own.chain(account) {
        match flag(links.instance(p).node().get(setting)) {
            Flag::True if sure => return Flag::True,
            Flag::True | Flag::Unknown => result = Flag::Unknown,
            Flag::False | Flag::Unset => {}
        }
    }
    if links.has_unlinked(bucket, "aws_s3_bucket_public_access_block") {
        result = Flag::Unknown;
    }
    result
}

/// A public ACL grant: (instance, path, who, how).
type AclGrant = (usize, String, &'static str, String);

/// The canned ACLs and grants of the bucket that give the capability to a public group,
/// and whether one may, depending on a value unknown before apply.
fn acl_grants(links: &Links, view: &BucketView, c: Capability) -> (Vec<AclGrant>, bool) {
    let mut found = Vec::new();
    let mut unknown = false;
    let bucket = links.instance(view.bucket);
    // Canned ACLs: only public-read-write (WRITE to AllUsers) and authenticated-read
    // (READ to AuthenticatedUsers) give one of the capabilities.
    let mut canned = Vec::new();
    if !view.external
        && let Some(v) = bucket.node().set("acl")
    {
        canned.push((view.bucket, "acl".to_string(), v));
    }
    for s in settings(links, view, "", "aws_s3_bucket_acl", "") {
        if let Some(v) = s.node.set("acl") {
            canned.push((s.instance, at(&s, "acl"), v));
        }
    }
    for (i, path, v) in canned {
        match (c, v) {
            (Capability::Write | Capability::AuthenticatedUsers, Value::Unknown(_)) => {
                unknown = true
            }
            (Capability::Write, Value::String(acl)) if &**acl == "public-read-write" => {
                found.push((
                    i,
                    path,
                    "everyone",
                    "the canned ACL \"public-read-write\"".to_string(),
                ))
            }
            (Capability::AuthenticatedUsers, Value::String(acl))
                if &**acl == "authenticated-read" =>
            {
                found.push((
                    i,
                    path,
                    "any user of any AWS account (AuthenticatedUsers)",
                    "the canned ACL \"authenticated-read\" grants them READ".to_string(),
                ))
            }
            _ => {}
        }
    }
    // Grants: provider v3 `grant` blocks on the bucket, `access_control_policy.grant`
    // blocks of aws_s3_bucket_acl.
    for s in settings(
        links,
        view,
        "grant",
        "aws_s3_bucket_acl",
        "access_control_policy",
    ) {
        let grants: Vec<_> = if !view.external && s.instance == view.bucket {
            vec![(s.path.clone(), s.node)]
        } else {
            s.node
                .children("grant")
                .into_iter()
                .enumerate()
                .map(|(n, g)| (format!("{}.grant[{n}]", s.path), g))
                .collect()
        };
        for (path, grant) in grants {
            let uri = match grant.child("grantee") {
                Some(g) => g.get("uri"),
                None => grant.get("uri"),
            };
            let authenticated = match uri {
                Some(Value::Unknown(_)) => {
                    unknown = true;
                    continue;
                }
                Some(Value::String(u)) if PUBLIC_GRANTEES.contains(&&**u) => {
                    u.ends_with("AuthenticatedUsers")
                }
                _ => continue,
            };
            let who = if authenticated {
                "any user of any AWS account (AuthenticatedUsers)"
            } else {
                "everyone (AllUsers)"
            };
            // `permission` in aws_s3_bucket_acl, a `permissions` list in v3 grants.
            let (key, value) = match grant.get("permission") {
                Some(v) => ("permission", v),
                None => match grant.get("permissions") {
                    Some(v) => ("permissions", v),
                    None => continue,
                },
            };
            let path = format!("{path}.{key}");
            let permissions: Vec<&Value> = match value {
                Value::List(items) | Value::Set(items) => items.iter().collect(),
                other => vec![other],
            };
            if c == Capability::AuthenticatedUsers {
                if authenticated {
                    let what = permissions
                        .iter()
                        .filter_map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let what = if what.is_empty() {
                        "a permission"
                    } else {
                        &what
                    };
                    found.push((s.instance, path, who, format!("the ACL grants them {what}")));
                }
                continue;
            }
            for p in permissions {
                match p {
                    Value::Unknown(_) => unknown = true,
                    Value::String(p) if acl_gives(c, p) => {
                        found.push((s.instance, path, who, format!("the ACL grants them {p}")));
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    (found, unknown)
}

/// The policy statements that give the capability to any principal: (instance, path, how),
/// and whether one may, depending on a value unknown before apply.
fn policy_grants(
    links: &Links,
    view: &BucketView,
    c: Capability,
) -> (Vec<(usize, String, String)>, bool) {
    let mut found = Vec::new();
    let mut unknown = false;
    for (i, path, policy) in policies(links, view) {
        let statements = match policy {
            Policy::Statements(s) => s,
            Policy::Unknown => {
                unknown = true;
                continue;
            }
            // AWS rejects it: it grants nothing.
            Policy::Invalid(_) => continue,
        };
        for s in &statements {
            match gives(s, c) {
                Some(Some(action)) => {
                    let public = match s.allows_public_unconditionally() {
                        Some(p) => p,
                        None => {
                            unknown = true;
                            continue;
                        }
                    };
                    if public {
                        found.push((
                            i,
                            path.clone(),
                            format!(
                                "its policy allows {action}{} to any principal (\"*\") {}",
                                sid_note(s),
                                no_narrowing(s)
                            ),
                        ));
                    }
                }
                Some(None) => {}
                None => unknown |= s.allows_public_unconditionally() != Some(false),
            }
        }
    }
    (found, unknown)
}

/// The action pattern of an `Allow` statement that gives the capability: `Some(Some(a))`,
/// `Some(None)` when it does not, `None` when its actions are partly unknown and the known
/// ones do not. A statement allowing every S3 action gives full control only.
fn gives(s: &Statement, c: Capability) -> Option<Option<String>> {
    use crate::link::policy::Effect;
    if s.effect != Effect::Allow {
        return Some(None);
    }
    let every = every_action_of(s, "s3");
    if c == Capability::FullControl {
        return match every {
            Some(a) => Some(Some(format!("`{a}`"))),
            None if s.actions_unknown => None,
            None => Some(None),
        };
    }
    if every.is_some() {
        return Some(None);
    }
    let wanted = actions(c);
    if !s.not_actions.is_empty() {
        return Some(
            wanted
                .iter()
                .find(|a| s.allows_action(a))
                .map(|a| format!("everything but `{}`, so `{a}`,", s.not_actions.join("`, `"))),
        );
    }
    let hit = s.actions.iter().find(|p| {
        wanted
            .iter()
            .any(|a| crate::link::policy::action_matches(p, a))
    });
    match hit {
        Some(p) => Some(Some(format!("`{}`", p.trim()))),
        None if s.actions_unknown => None,
        None => Some(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::policy::from_value;

    fn statement(action: &str) -> Statement {
        let doc = format!(
            r#"{{"Statement":{{"Effect":"Allow","Principal":"*",{action},"Resource":"*"}}}}"#
        );
        match from_value(&Value::string(doc.as_str())) {
            Policy::Statements(mut s) => s.remove(0),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_statement_gives_its_broadest_capability_only() {
        use Capability::*;
        let table: &[(&str, Capability, Option<&str>)] = &[
            (r#""Action":"s3:PutObject""#, Write, Some("`s3:PutObject`")),
            (r#""Action":"s3:PutObject""#, Delete, None),
            (r#""Action":"s3:Put*""#, Write, Some("`s3:Put*`")),
            (
                r#""Action":"s3:Put*""#,
                ChangePermissions,
                Some("`s3:Put*`"),
            ),
            (r#""Action":"s3:*""#, Write, None),
            (r#""Action":"s3:*""#, FullControl, Some("`s3:*`")),
            (r#""Action":["s3:GetObject","*"]"#, Delete, None),
            (r#""Action":["s3:GetObject","*"]"#, FullControl, Some("`*`")),
            (
                r#""Action":"S3:deleteobjectversion""#,
                Delete,
                Some("`S3:deleteobjectversion`"),
            ),
            (r#""Action":"s3:GetObject""#, FullControl, None),
            (
                r#""NotAction":"s3:PutObject""#,
                Delete,
                Some("everything but `s3:PutObject`, so `s3:DeleteObject`,"),
            ),
            (r#""NotAction":"s3:PutObject""#, Write, None),
        ];
        for (action, c, expected) in table {
            assert_eq!(
                gives(&statement(action), *c),
                Some(expected.map(String::from)),
                "{action} {c:?}"
            );
        }
    }
}
