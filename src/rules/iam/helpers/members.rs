//! Group memberships: `aws_iam_group_membership` (a group and its users) and
//! `aws_iam_user_group_membership` (a user and its groups).

use crate::link::Links;
use crate::link::iam::names;
use crate::model::Instance;
use crate::model::value::{Unknown, Value};

/// Whether the root gives `group` (an `aws_iam_group`) at least one member: `None` when a
/// membership names its group or users by a value unknown before apply.
pub fn group_has_members(links: &Links, group: &Instance) -> Option<bool> {
    let mut unknown = false;
    for &m in links.in_root(&group.root, "aws_iam_group_membership") {
        let m = links.instance(m);
        match names(links, m, m.node().get("group"), group) {
            Some(true) => match m.node().get("users") {
                Some(Value::List(u) | Value::Set(u)) if !u.is_empty() => return Some(true),
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            },
            Some(false) => {}
            None => unknown = true,
        }
    }
    for &m in links.in_root(&group.root, "aws_iam_user_group_membership") {
        let m = links.instance(m);
        match names(links, m, m.node().get("groups"), group) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => unknown = true,
        }
    }
    if unknown { None } else { Some(false) }
}

/// The first `aws_iam_group_membership` of the root that names `group` (for a group
/// [`group_has_members`] found empty: such a membership lists no user, and is where users go).
pub fn empty_membership_of(links: &Links, group: &Instance) -> Option<usize> {
    links
        .in_root(&group.root, "aws_iam_group_membership")
        .iter()
        .copied()
        .find(|&m| {
            let m = links.instance(m);
            names(links, m, m.node().get("group"), group) == Some(true)
        })
}

/// Whether `user` (an `aws_iam_user`) is in some group of the root: `None` when a membership
/// names its users or user by a value unknown before apply.
pub fn user_in_group(links: &Links, user: &Instance) -> Option<bool> {
    let mut unknown = false;
    for &m in links.in_root(&user.root, "aws_iam_group_membership") {
        let m = links.instance(m);
        match names(links, m, m.node().get("users"), user) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => unknown = true,
        }
    }
    for &m in links.in_root(&user.root, "aws_iam_user_group_membership") {
        let m = links.instance(m);
        match names(links, m, m.node().get("user"), user) {
            Some(true) => match m.node().get("groups") {
                Some(Value::List(g) | Value::Set(g)) if !g.is_empty() => return Some(true),
                Some(Value::Unknown(_)) => unknown = true,
                _ => {}
            },
            Some(false) => {}
            None => unknown = true,
        }
    }
    if unknown { None } else { Some(false) }
}

/// The user an `aws_iam_access_key` (or any `user` argument) names.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UserRef {
    /// A name known before apply.
    Name(String),
    /// An `aws_iam_user` of the configuration whose name is not known before apply
    /// (`aws_iam_user.u.name` where `name = "app-${var.env}"`), by address.
    Resource(String),
    /// Nothing known.
    Unknown,
}

/// Which user a `user` value names: a literal, or a reference to an `aws_iam_user` of the
/// configuration (by its name when that is known, else by its address).
pub fn user_ref(links: &Links, from: &Instance, v: &Value) -> UserRef {
    match v {
        Value::String(s) => UserRef::Name(s.to_string()),
        Value::Unknown(Unknown::Attribute { resource, .. }) => {
            let Some(i) = links.by_address(from, resource) else {
                return UserRef::Unknown;
            };
            let user = links.instance(i);
            if user.rtype != "aws_iam_user" || user.mode != crate::model::Mode::Managed {
                return UserRef::Unknown;
            }
            match user.node().get("name") {
                Some(Value::String(s)) => UserRef::Name(s.to_string()),
                _ => UserRef::Resource(user.address.clone()),
            }
        }
        _ => UserRef::Unknown,
    }
}

/// Whether a `user` value may name a user called `root` (any case): `Some(false)` also when
/// the name is a template whose known text cannot spell it (`"cg-${var.id}"` holds `-`).
pub fn may_be_named_root(links: &Links, from: &Instance, v: &Value) -> Option<bool> {
    match v {
        Value::String(s) => Some(s.eq_ignore_ascii_case("root")),
        Value::Unknown(u @ Unknown::Template { .. }) => template_may_be_root(u),
        Value::Unknown(Unknown::Attribute { resource, path })
            if matches!(&**path, "name" | "id") =>
        {
            let user = links.instance(links.by_address(from, resource)?);
            if user.rtype != "aws_iam_user" || user.mode != crate::model::Mode::Managed {
                return None;
            }
            match user.node().get("name")? {
                Value::String(s) => Some(s.eq_ignore_ascii_case("root")),
                Value::Unknown(u) => template_may_be_root(u),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `Some(false)` when the known text of a template cannot be part of `root`: longer than
/// four characters or holding another character. `None` otherwise.
fn template_may_be_root(u: &Unknown) -> Option<bool> {
    match u {
        Unknown::Template { text, .. }
            if text.len() > 4 || !text.chars().all(|c| "rRoOtT".contains(c)) =>
        {
            Some(false)
        }
        _ => None,
    }
}
