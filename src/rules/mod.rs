//! The baseline: rules, their registry, and the [`Checker`] they run against.
//!
//! A rule is static metadata plus one `check` function, in one file named after the rule.
//! Rules ask the linked workspace ([`Links`]) for what they need and report through the
//! checker; they never print. Each rule records, per resource it looked at, whether it
//! passed, failed or could not be decided (a value unknown before apply).

use crate::base::span::Loc;
use crate::finding::outcome::{Outcome, RuleResults, RuleStats};
use crate::finding::remedy::Remedy;
use crate::finding::{Finding, Severity};
use crate::link::Links;
use crate::model::value::Value;
use crate::model::{EvalBody, Instance};

/// Declares an area's rules from one list: each name is the `mod` of a rule file in the area's
/// folder and, in the order given, an entry of the area's `RULES`. Adding a rule to an area is
/// one line in that list.
macro_rules! area_rules {
    ($($rule:ident),* $(,)?) => {
        $(mod $rule;)*

        /// This area's rules, in registry order.
        pub(super) const RULES: &[&crate::rules::Rule] = &[$(&$rule::RULE),*];
    };
}
use area_rules;

pub mod change;
pub mod common;

mod cloudtrail;
mod compute;
mod containers;
mod database;
mod encryption;
mod governance;
mod iam;
mod logging;
mod ml;
mod network;
mod registry;
mod s3;
mod secrets;
mod serverless;

pub use crate::link::account::Control as AccountControl;
pub use registry::{BUILTIN, RULES, Registry, register_policies};

/// The area of the baseline a rule belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    Network,
    Encryption,
    S3,
    CloudTrail,
    /// Identity and access: IAM policies, roles, users, the password policy, resource
    /// policies of other services.
    Iam,
    /// Secrets in code, Secrets Manager, SSM parameters and documents, KMS key policies.
    Secrets,
    /// Logging and monitoring, and the account-level detective controls (Config, GuardDuty,
    /// Security Hub, default EBS encryption).
    Logging,
    /// Databases and data stores.
    Database,
    /// Containers and Kubernetes.
    Containers,
    /// Serverless functions and APIs: Lambda, API Gateway, AppSync, their web ACLs.
    Serverless,
    /// Compute hardening: instances, launch templates, images, snapshots.
    Compute,
    /// Machine learning (SageMaker, Bedrock).
    Ml,
    /// The suppressions and exceptions that document deviations from the baseline.
    Governance,
    /// The team's own policies (`.policy.hcl` files, `src/tfpolicy`).
    Policy,
}

impl Area {
    /// What the area covers, in one line (`tfgate rules`, `rules/README.md`).
    pub fn summary(self) -> &'static str {
        match self {
            Area::Network => {
                "security groups, network ACLs, VPCs and subnets, resources reachable from the internet"
            }
            Area::S3 => {
                "buckets and their companions: public access, ACLs, policies, versioning, encryption, logging, replication"
            }
            Area::CloudTrail => {
                "trails, their buckets, logs, topics and event selectors, event data stores, the CIS alarms and the metric filters behind them"
            }
            Area::Encryption => {
                "encryption at rest and in transit: volumes, databases, file systems, streams, queues, topics, caches, KMS keys, TLS of load balancers and CloudFront"
            }
            Area::Iam => {
                "identity and resource policies, role trust, users and credentials, the password policy, Access Analyzer, SSO and Cognito"
            }
            Area::Secrets => {
                "secrets written in the configuration, Secrets Manager, SSM parameters and documents, KMS key policies"
            }
            Area::Logging => {
                "log groups, alarms, access and audit logs of services, tracing, AWS Config, GuardDuty, Security Hub, default EBS encryption"
            }
            Area::Database => {
                "RDS and Aurora, DynamoDB, ElastiCache, Redshift, DocumentDB, Neptune, OpenSearch, DMS, QLDB: exposure, backups, deletion protection, authentication, logging"
            }
            Area::Containers => {
                "EKS clusters and node groups, ECS task definitions and services, ECR repositories, Batch and CodeBuild containers"
            }
            Area::Serverless => {
                "Lambda functions, URLs and permissions, API Gateway, AppSync, the web ACLs in front of them"
            }
            Area::Compute => {
                "EC2 instances, launch templates and configurations (IMDSv2, monitoring, profiles, security groups), Auto Scaling groups, AMIs, Elastic Beanstalk, backups of volumes"
            }
            Area::Ml => {
                "SageMaker notebooks, domains, endpoints, models, monitoring jobs and review flows, Bedrock agents"
            }
            Area::Governance => {
                "suppressions that document deviations from the baseline, controls a plan destroys"
            }
            Area::Policy => "the team's own Terraform policies (`*.policy.hcl`)",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Network => "network",
            Area::Encryption => "encryption",
            Area::S3 => "s3",
            Area::CloudTrail => "cloudtrail",
            Area::Iam => "iam",
            Area::Secrets => "secrets",
            Area::Logging => "logging",
            Area::Database => "database",
            Area::Containers => "containers",
            Area::Serverless => "serverless",
            Area::Compute => "compute",
            Area::Ml => "ml",
            Area::Governance => "governance",
            Area::Policy => "policy",
        }
    }
}

/// A rule: metadata and its check.
pub struct Rule {
    /// Stable, never reused: `TFG-NET-001`.
    pub id: &'static str,
    /// Kebab-case name of the problem: `ssh-open-to-internet`.
    pub name: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    pub area: Area,
    /// Equivalent ids of the peers (Trivy/tfsec, Checkov, KICS, Terrascan, Regula).
    pub aliases: &'static [&'static str],
    /// Compliance mappings: `SOC2:CC6.6`, `NIST:SC-7`, `CIS-AWS:5.2`.
    pub compliance: &'static [&'static str],
    /// The baseline controls (rows of the controls crosswalk) this rule covers.
    pub controls: &'static [&'static str],
    /// Resource types the rule checks.
    pub resources: &'static [&'static str],
    pub fixable: bool,
    /// The rule's documentation (`rules/<id>.md`).
    pub doc: &'static str,
    pub check: fn(&mut Checker),
}

impl Rule {
    /// True for rules whose findings point at a secret's value (a password argument, an
    /// environment, user data): reports show their place, never the source line.
    pub fn points_at_secret(&self) -> bool {
        secrets::SECRET_VALUE_RULES.contains(&self.id)
    }

    /// True when `key` is the rule's id, name or one of its aliases (case-insensitive).
    pub fn matches(&self, key: &str) -> bool {
        self.id.eq_ignore_ascii_case(key)
            || self.name.eq_ignore_ascii_case(key)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(key))
    }
}

/// Finds a rule by id, name or alias.
pub fn find(key: &str) -> Option<(usize, &'static Rule)> {
    RULES
        .iter()
        .enumerate()
        .find(|(_, r)| r.matches(key))
        .map(|(i, r)| (i, *r))
}

/// The areas of this run's rules (built-in ones, then `policy` once policies are registered),
/// in registry order: the area keys `--select` and `--ignore` take.
pub fn areas() -> Vec<Area> {
    let mut out: Vec<Area> = Vec::new();
    for r in RULES {
        if !out.contains(&r.area) {
            out.push(r.area);
        }
    }
    out
}

/// The error for a key [`select`] finds nothing for, listing the area keys.
pub fn unknown_key(key: &str) -> String {
    let areas: Vec<&str> = areas().into_iter().map(Area::as_str).collect();
    format!(
        "`{key}` is no rule id, name, peer alias or area (areas: {}; `all` selects every rule)",
        areas.join(", ")
    )
}

/// The rules a key names: `all`, an area, or a rule by id, name or alias.
pub fn select(key: &str) -> Vec<usize> {
    let by = |f: &dyn Fn(&Rule) -> bool| -> Vec<usize> {
        RULES
            .iter()
            .enumerate()
            .filter(|(_, r)| f(r))
            .map(|(i, _)| i)
            .collect()
    };
    if key.eq_ignore_ascii_case("all") {
        return (0..RULES.len()).collect();
    }
    let area = by(&|r| r.area.as_str().eq_ignore_ascii_case(key));
    if !area.is_empty() {
        return area;
    }
    by(&|r| r.matches(key))
}

/// The context a rule runs in.
pub struct Checker<'a> {
    pub links: &'a Links<'a>,
    rule: usize,
    findings: Vec<Finding>,
    stats: RuleStats,
}

impl<'a> Checker<'a> {
    /// Indices and instances of a managed resource type.
    pub fn resources(&self, rtype: &str) -> Vec<(usize, &'a Instance)> {
        let links = self.links;
        links
            .of_type(rtype)
            .iter()
            .map(|&i| (i, links.instance(i)))
            .collect()
    }

    /// Records that a resource complies.
    pub fn pass(&mut self, instance: usize) {
        self.record(instance, Outcome::Passed);
    }

    /// Records that a resource could not be decided (a value unknown before apply).
    pub fn undecided(&mut self, instance: usize) {
        self.record(instance, Outcome::Undecided);
    }

    /// Records that a resource could not be decided because the account may be configured
    /// elsewhere (the account view, `link::account`: a root that manages no account-level
    /// setting, has no `provider "aws"` block or calls a module that was not downloaded, or
    /// `[account] managed-elsewhere`), not for a value unknown before apply; reports say so.
    pub fn undecided_elsewhere(&mut self, instance: usize) {
        self.stats.record_elsewhere(instance);
    }

    fn record(&mut self, instance: usize, outcome: Outcome) {
        self.stats.record(instance, outcome);
    }

    /// Concludes a resource from what a rule found: the findings (instance, path, message) if
    /// any, else undecided when something was unknown, else passed.
    pub fn settle(
        &mut self,
        instance: usize,
        unknown: bool,
        findings: Vec<(usize, String, String)>,
    ) {
        if findings.is_empty() {
            if unknown {
                self.undecided(instance);
            } else {
                self.pass(instance);
            }
        }
        for (i, path, message) in findings {
            self.report(i, &path, message);
        }
    }

    /// Reports a finding on `instance` at `path` (an argument or block path such as
    /// `ingress[0].cidr_blocks`, or `""` for the resource).
    pub fn report(&mut self, instance: usize, path: &str, message: impl Into<String>) {
        self.push(instance, path, message.into(), None);
    }

    /// Reports a finding with the remedy the rule proposes.
    pub fn report_fix(
        &mut self,
        instance: usize,
        path: &str,
        message: impl Into<String>,
        remedy: Remedy,
    ) {
        self.push(instance, path, message.into(), Some(remedy));
    }

    /// Reports a finding with a remedy when there is one.
    pub fn report_maybe_fix(
        &mut self,
        instance: usize,
        path: &str,
        message: impl Into<String>,
        remedy: Option<Remedy>,
    ) {
        self.push(instance, path, message.into(), remedy);
    }

    /// Reports a finding recorded on `instance` but shown at `loc`: a finding about the
    /// account a root deploys to, recorded on the root's anchor resource and shown at its
    /// `provider "aws"` block (`link::account`). Without `loc`, shown at the resource.
    pub fn report_located(
        &mut self,
        instance: usize,
        loc: Option<Loc>,
        message: impl Into<String>,
    ) {
        self.push(instance, "", message.into(), None);
        if let (Some(loc), Some(f)) = (loc, self.findings.last_mut()) {
            f.loc = Some(loc);
        }
    }

    fn push(&mut self, instance: usize, path: &str, message: String, remedy: Option<Remedy>) {
        self.record(instance, Outcome::Failed);
        let inst = self.links.instance(instance);
        // Messages, addresses and roots carry scanned content (names, keys, values): escaped
        // once here, so no report can print a control character from it.
        let esc = crate::base::escape::control;
        self.findings.push(Finding {
            rule: self.rule,
            instance: Some(instance),
            resource: esc(&inst.address).into_owned(),
            root: match esc(&inst.root) {
                std::borrow::Cow::Borrowed(_) => inst.root.clone(),
                std::borrow::Cow::Owned(escaped) => escaped.into(),
            },
            message: esc(&message).into_owned(),
            path: esc(path).into_owned(),
            loc: locate(inst, path),
            module: inst.module.clone(),
            remedy: remedy.map(Box::new),
            fix: None,
            severity: RULES[self.rule].severity,
            suppressed: None,
            change: None,
        });
    }
}

/// The source location of a path in an instance: the argument if it was written, else the
/// nearest block on the way, else the resource block.
pub fn locate(inst: &Instance, path: &str) -> Option<Loc> {
    let mut best = inst.loc;
    let mut body: &EvalBody = &inst.body;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (name, index) = match segment.split_once('[') {
            Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        if let Some(attr) = body.attr(name) {
            return attr.loc.or(best);
        }
        let Some(block) = body.blocks_of_static(name).nth(index.unwrap_or(0)) else {
            return best;
        };
        best = block.loc.or(best);
        body = &block.body;
    }
    best
}

/// Runs the selected rules (indices into [`RULES`]) over one view, rules in parallel: the
/// findings in rule order, duplicates dropped ([`RuleResults::finish`]).
pub fn run<'w>(links: &'w Links<'w>, selected: &[usize]) -> RuleResults {
    let mut results = RuleResults::empty(RULES.len());
    run_into(links, selected, &mut results, true, false);
    results.finish()
}

/// Runs the selected rules root by root, roots in parallel: each root's indexes are small
/// and its instances stay in cache while every rule reads them, where one workspace-wide
/// view would stream the whole heap once per rule. Linking never crosses roots, so the
/// findings are those of [`run`] over the whole workspace (here root by root, each root's
/// in rule order). Instances must be sorted by root. Each rule's time is measured only when `timed` (`--timings`).
pub fn run_by_root(ws: &crate::model::Workspace, selected: &[usize], timed: bool) -> RuleResults {
    run_by_root_with(ws, selected, timed, &std::sync::Arc::default())
}

/// [`run_by_root`] with what the account rules know beyond the instances: the controls the
/// configuration says are managed elsewhere, the roots that call modules not downloaded.
pub fn run_by_root_with(
    ws: &crate::model::Workspace,
    selected: &[usize],
    timed: bool,
    account: &std::sync::Arc<crate::link::account::Context>,
) -> RuleResults {
    use rayon::prelude::*;
    let parts: Vec<RuleResults> = ws
        .root_ranges()
        .into_par_iter()
        .fold(
            || RuleResults::empty(RULES.len()),
            |mut acc, range| {
                let links = Links::build_range(ws, range).with_account_context(account.clone());
                let parallel = links.len() >= PARALLEL_RULES_MIN_INSTANCES;
                run_into(&links, selected, &mut acc, parallel, timed);
                acc
            },
        )
        .collect();
    let mut merged = RuleResults::empty(RULES.len());
    merged
        .findings
        .reserve_exact(parts.iter().map(|p| p.findings.len()).sum());
    for part in parts {
        merged.findings.extend(part.findings);
        for (total, mut stats) in merged.stats.iter_mut().zip(part.stats) {
            total.append(&mut stats);
        }
        for (total, time) in merged.times.iter_mut().zip(part.times) {
            *total += time;
        }
    }
    merged.finish()
}

/// A root with at least this many instances has its rules run in parallel: roots already run
/// in parallel, so only a root large enough to keep a core busy on its own gains from more.
const PARALLEL_RULES_MIN_INSTANCES: usize = 1_000;

/// Runs the rules over one view, one after another or in parallel; the results are the same.
/// Rule times stay zero unless `timed`.
fn run_into<'w>(
    links: &'w Links<'w>,
    selected: &[usize],
    results: &mut RuleResults,
    parallel: bool,
    timed: bool,
) {
    let run_one = |i: usize| {
        let started = timed.then(std::time::Instant::now);
        let mut cx = Checker {
            links,
            rule: i,
            findings: Vec::new(),
            stats: RuleStats::default(),
        };
        (RULES[i].check)(&mut cx);
        cx.stats.settle();
        let time = started.map_or(std::time::Duration::ZERO, |s| s.elapsed());
        (i, cx.findings, cx.stats, time)
    };
    let mut add = |(i, findings, mut stats, time): (usize, Vec<Finding>, RuleStats, _)| {
        results.findings.extend(findings);
        results.stats[i].append(&mut stats);
        results.times[i] += time;
    };
    if parallel {
        use rayon::prelude::*;
        // Collected in rule order, so the results are those of the sequential loop.
        let ran: Vec<_> = selected.par_iter().map(|&i| run_one(i)).collect();
        ran.into_iter().for_each(&mut add);
    } else {
        selected.iter().for_each(|&i| add(run_one(i)));
    }
}

/// Renders a value for a message: strings without quotes when simple.
pub fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{RULES, select};

    /// The rules whose sources reports hide are registered rules.
    #[test]
    fn secret_value_rules_are_registered() {
        for id in super::secrets::SECRET_VALUE_RULES {
            let rule = RULES.iter().find(|r| r.id == *id);
            assert!(rule.is_some_and(|r| r.points_at_secret()), "{id}");
        }
        assert!(
            !RULES
                .iter()
                .any(|r| r.id == "TFG-SEC-010" && r.points_at_secret())
        );
    }

    #[test]
    fn keys_select_rules() {
        let cases = [
            ("all", RULES.len()),
            ("s3", 26),
            ("CloudTrail", 19),
            ("secrets", 12),
            ("CKV_AWS_7", 1),
            ("ssh-open-to-internet", 1),
            ("tfg-net-001", 1),
            ("nope", 0),
        ];
        for (key, count) in cases {
            assert_eq!(select(key).len(), count, "{key}");
        }
    }
}
