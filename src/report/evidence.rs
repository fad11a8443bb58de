//! `--evidence FILE`: a JSON record of the run an auditor can test. The tool and rule-set
//! versions with a hash of the rules and of the configuration, the time (from
//! `SOURCE_DATE_EPOCH` when set, so two runs on the same tree give the same bytes), the git
//! commit (`load::git`, read from `.git`, never by running git), every scanned file with its sha256, per
//! rule (with its area and compliance mappings) the resources checked, passed, failed, accepted and undecided, every finding, and
//! every suppression or exception with its reason, approver and expiry.

use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};

use super::{FindingJson, governance_json, suppression_json, tool_json, write_document};
use crate::finding::outcome::{Outcome, RuleResults};
use crate::rules::RULES;
use crate::scan::Scan;

fn sha256(data: &[u8]) -> String {
    crate::base::hex::encode(&Sha256::digest(data))
}

/// A hash of everything that defines the rule set: ids, names, severities, mappings, docs.
pub fn rules_hash() -> String {
    let mut h = Sha256::new();
    for r in RULES {
        for part in [r.id, r.name, r.severity.as_str(), r.area.as_str(), r.doc] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        for c in r.compliance {
            h.update(c.as_bytes());
            h.update([0]);
        }
    }
    crate::base::hex::encode(&h.finalize())
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a Unix time.
pub fn rfc3339(secs: i64) -> String {
    let date = crate::base::date::Date::from_unix(secs);
    let s = secs.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// The evidence record of a checked scan, with `null` in place of the findings, which
/// [`write`] renders in parallel.
fn record(scan: &Scan, exit_code: u8, git: Option<(&str, Option<&str>)>) -> Json {
    let policy = scan.governance.policy.clone().unwrap_or_default();
    let mut files: Vec<Json> = scan
        .loaded
        .files
        .iter()
        .map(|(_, f)| {
            json!({
                "path": f.display,
                "bytes": f.text.len(),
                "sha256": sha256(f.text.as_bytes()),
            })
        })
        .collect();
    files.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
    files.dedup();
    let results = scan.results.as_ref();
    let findings = results.map_or(&[][..], |r| &r.findings[..]);
    let active = results.map(RuleResults::active_pairs).unwrap_or_default();
    let rules: Vec<Json> = RULES
        .iter()
        .enumerate()
        .filter(|(i, _)| policy.selected[*i])
        .map(|(i, r)| {
            let stats = results.map(|res| &res.stats[i]);
            let (mut failed, mut accepted) = (0, 0);
            for (inst, o) in stats.iter().flat_map(|s| s.outcomes()) {
                if o == Outcome::Failed {
                    if active.contains(&(i, inst)) {
                        failed += 1;
                    } else {
                        accepted += 1;
                    }
                }
            }
            json!({
                "id": r.id,
                "name": r.name,
                "area": r.area.as_str(),
                "severity": policy.severity[i].as_str(),
                "compliance": r.compliance,
                "checked": stats.map_or(0, |s| s.checked()),
                "passed": stats.map_or(0, |s| s.count(Outcome::Passed)),
                "failed": failed,
                "accepted": accepted,
                "undecided": stats.map_or(0, |s| s.count(Outcome::Undecided)),
            })
        })
        .collect();
    let suppressions: Vec<Json> = findings
        .iter()
        .filter_map(|f| {
            let s = f.suppressed.as_ref()?;
            let mut j = suppression_json(s);
            j["rule_id"] = json!(RULES[f.rule].id);
            j["resource"] = json!(f.resource);
            j["root"] = json!(&*f.root);
            Some(j)
        })
        .collect();
    let git = git.map(|(commit, reference)| json!({ "commit": commit, "ref": reference }));
    let overrides: serde_json::Map<String, Json> = RULES
        .iter()
        .enumerate()
        .filter(|(i, r)| policy.severity[*i] != r.severity)
        .map(|(i, r)| (r.id.to_string(), json!(policy.severity[i].as_str())))
        .collect();
    json!({
        "tool": tool_json(),
        "rule_set": {
            "version": env!("CARGO_PKG_VERSION"),
            "rules": RULES.len(),
            "sha256": rules_hash(),
        },
        "timestamp": rfc3339(crate::base::date::run_time()),
        "git": git,
        "scanned_paths": scan.scanned.iter().map(|p| crate::base::path::display(p)).collect::<Vec<_>>(),
        "config": policy.config.as_ref().map(|c| json!({
            "file": crate::base::path::display(&c.path),
            "sha256": sha256(c.text.as_bytes()),
        })),
        "baseline": policy.baseline.as_ref().map(|b| json!({ "file": b.display, "sha256": b.sha256 })),
        "exceptions_register": policy.exceptions.as_ref().map(|r| json!({ "file": r.display, "sha256": r.sha256 })),
        "baseline_document": scan.governance.baseline_document,
        "policy": {
            "fail_on": policy.fail_on.as_str(),
            "new_only": policy.new_only,
            "today": policy.today.to_string(),
            "rules_selected": policy.selected.iter().filter(|s| **s).count(),
            "severity_overrides": overrides,
        },
        "files": files,
        "rules": rules,
        "findings": Json::Null,
        "suppressions": suppressions,
        "governance": governance_json(scan),
        "plan": plan_json(scan, findings),
        "errors": super::diagnostics_json(scan, crate::base::diag::Level::Error),
        "result": {
            "exit_code": exit_code,
            "status": match exit_code { 0 => "pass", 1 => "fail", _ => "error" },
            "active_findings": findings.iter().filter(|f| f.is_active()).count(),
            "suppressed_findings": suppressions.len(),
        },
    })
}

/// For a run on plans, the record of the change: each plan's Terraform version; each change
/// (address, actions, Terraform's reason) with the rules whose findings it carries and of
/// what kind; the weakening and drift findings; and the exceptions and suppressions that
/// cover findings on changed resources, with who approved them. `null` without a plan.
fn plan_json(scan: &Scan, findings: &[crate::finding::Finding]) -> Json {
    use crate::model::Origin;
    let ws = &scan.workspace;
    if ws.plans.is_empty() {
        return Json::Null;
    }
    let plans: Vec<Json> = ws
        .plans
        .iter()
        .map(|p| {
            json!({
                "file": &*p.root,
                "format_version": p.format_version,
                "terraform_version": p.terraform_version,
            })
        })
        .collect();
    // Every instance a plan acts on: kept ones, and those it deletes (only in `before`).
    let mut acting: Vec<(&str, &str, &crate::model::PlanChange)> = Vec::new();
    for inst in ws.instances.iter().chain(
        ws.before
            .iter()
            .filter(|b| matches!(&b.origin, Origin::Plan(c) if c.actions == ["delete"])),
    ) {
        if let Origin::Plan(c) = &inst.origin
            && c.actions
                .iter()
                .any(|a| !matches!(a.as_str(), "no-op" | "read"))
        {
            acting.push((&inst.root, &inst.address, c));
        }
    }
    acting.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    acting.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    let changes: Vec<Json> = acting
        .iter()
        .map(|(root, address, c)| {
            let mut rules: Vec<Json> = findings
                .iter()
                .filter(|f| &*f.root == *root && f.resource == *address)
                .map(|f| {
                    json!({
                        "rule_id": RULES[f.rule].id,
                        "change": f.change.map(crate::finding::Change::as_str),
                        "suppressed": f.suppressed.is_some(),
                    })
                })
                .collect();
            rules.dedup();
            json!({
                "root": root,
                "address": address,
                "actions": c.actions,
                "action_reason": c.action_reason,
                "rules": rules,
            })
        })
        .collect();
    let brought = |kind: crate::finding::Change| -> Vec<Json> {
        findings
            .iter()
            .filter(|f| f.change == Some(kind))
            .map(|f| {
                json!({
                    "rule_id": RULES[f.rule].id,
                    "root": &*f.root,
                    "resource": f.resource,
                    "message": f.message,
                    "suppressed": f.suppressed.is_some(),
                })
            })
            .collect()
    };
    let changed: std::collections::HashSet<(&str, &str)> =
        acting.iter().map(|(r, a, _)| (*r, *a)).collect();
    let approvals: Vec<Json> = findings
        .iter()
        .filter(|f| {
            changed.contains(&(&*f.root, f.resource.as_str()))
                || matches!(
                    f.change,
                    Some(crate::finding::Change::Weakening | crate::finding::Change::Drift)
                )
        })
        .filter_map(|f| {
            let s = f.suppressed.as_ref()?;
            let mut j = suppression_json(s);
            j["rule_id"] = json!(RULES[f.rule].id);
            j["resource"] = json!(f.resource);
            j["root"] = json!(&*f.root);
            Some(j)
        })
        .collect();
    json!({
        "plans": plans,
        "changes": changes,
        "weakening_findings": brought(crate::finding::Change::Weakening),
        "drift_findings": brought(crate::finding::Change::Drift),
        "new_resource_findings": brought(crate::finding::Change::NewResource).len(),
        "existing_findings": brought(crate::finding::Change::Existing).len(),
        "exceptions_involved": approvals,
    })
}

/// Writes the record (`git`: the commit checked out and its reference), pretty-printed; the
/// findings, most of a large record, are rendered in parallel batches, and the text is what
/// serde_json's pretty printer would produce.
pub fn write(
    scan: &Scan,
    exit_code: u8,
    git: Option<(&str, Option<&str>)>,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let findings = scan.results.as_ref().map_or(&[][..], |r| &r.findings[..]);
    write_document(
        w,
        &record(scan, exit_code, git),
        "findings",
        findings,
        |f| FindingJson::new(scan, f),
    )
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
    }
}
