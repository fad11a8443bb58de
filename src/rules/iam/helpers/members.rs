//! Group memberships: `aws_iam_group_membership` (a group and its users) and
//! `aws_iam_user_group_membership` (a user and its groups).

use crate::link::Links;
use crate::link::iam::names;
use crate::model::Instance;
use crate::model::value::Value;

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
