//! The CIS AWS Foundations Benchmark monitoring classes (section 4, "Monitoring": 3 before
//! v1.4) as a table, and the judgement the per-class rules (TFG-CT-012 to 019) share: is a
//! metric filter meant for a class, does its pattern match the class as the benchmark defines
//! it, and does an alarm watch its metric.
//!
//! A filter is *meant for* a class when a conjunction of its pattern (read by
//! [`filter_pattern`]) holds one of the class's marks: a term only that class's pattern has
//! (`$.userIdentity.type = Root`, `$.additionalEventData.MFAUsed`, one of its event names).
//! Names of filters and metrics are not read: they say nothing reliable about intent.
//! Such a conjunction must be one of the benchmark's conjunctions, neither wider (a term
//! missing: the alarm fires on other events too) nor narrower (an extra term the benchmark
//! does not offer to cut noise); and every conjunction of the benchmark must be matched by one
//! of the filter's, or of another filter of the root meant for the class. Conjunctions
//! without a mark are other monitors OR-ed into the same filter, and are not judged.

use rustc_hash::FxHashMap as HashMap;

use super::filter_pattern::{self, Conj, Dnf, Reading, Term};
use crate::link::Links;
use crate::model::Instance;
use crate::model::value::{Unknown, Value};
use crate::rules::Checker;

/// A term as the table writes it: selector, operator, value (`""` for none; `*` for any value
/// in [`Class::narrowing`]).
type Spec = (&'static str, &'static str, &'static str);

/// One CIS monitoring class.
pub struct Class {
    /// What the class monitors, in messages.
    pub what: &'static str,
    /// The recommendation (CIS AWS Foundations v1.4 to v3.0 numbering).
    pub cis: &'static str,
    /// Conjunctions of several terms in the benchmark's pattern.
    terms: &'static [&'static [Spec]],
    /// Conjunctions of one term `$.eventName = <name>` in the benchmark's pattern.
    events: &'static [&'static str],
    /// Events of [`Class::events`] that another class's pattern names too (AWS
    /// Organizations has `CreatePolicy` and `DeletePolicy`): not marks.
    shared_events: &'static [&'static str],
    /// Whether a term marks a conjunction as meant for this class (besides its events).
    mark: fn(&Term) -> bool,
    /// Terms the benchmark offers to add to a conjunction to cut noise.
    narrowing: &'static [Spec],
}

fn no_mark(_: &Term) -> bool {
    false
}

pub static UNAUTHORIZED_API_CALLS: Class = Class {
    what: "unauthorized API calls",
    cis: "4.1",
    terms: &[
        &[("$.errorCode", "=", "*UnauthorizedOperation")],
        &[("$.errorCode", "=", "AccessDenied*")],
    ],
    events: &[],
    shared_events: &[],
    mark: |t| {
        t.selector == "$.errorCode"
            && t.op == "="
            && (t.value.contains("UnauthorizedOperation") || t.value.contains("AccessDenied"))
    },
    narrowing: &[
        ("$.sourceIPAddress", "!=", "delivery.logs.amazonaws.com"),
        ("$.eventName", "!=", "HeadBucket"),
    ],
};

pub static CONSOLE_SIGNIN_WITHOUT_MFA: Class = Class {
    what: "console sign-in without MFA",
    cis: "4.2",
    terms: &[&[
        ("$.eventName", "=", "ConsoleLogin"),
        ("$.additionalEventData.MFAUsed", "!=", "Yes"),
    ]],
    events: &[],
    shared_events: &[],
    // Sign-ins without MFA; `MFAUsed = "Yes"` counts the ones with it.
    mark: |t| {
        t.selector == "$.additionalEventData.MFAUsed"
            && ((t.op == "!=" && t.value == "Yes") || (t.op == "=" && t.value == "No"))
    },
    // The benchmark's variant for single sign-on: successful IAM user sign-ins only; and
    // leaving out the sessions of a federated (SSO) role, whose identity provider holds MFA.
    narrowing: &[
        ("$.userIdentity.type", "=", "IAMUser"),
        ("$.responseElements.ConsoleLogin", "=", "Success"),
        ("$.userIdentity.sessionContext.sessionIssuer.arn", "!=", "*"),
    ],
};

pub static ROOT_ACCOUNT_USAGE: Class = Class {
    what: "root account usage",
    cis: "4.3",
    terms: &[&[
        ("$.userIdentity.type", "=", "Root"),
        ("$.userIdentity.invokedBy", "NOT EXISTS", ""),
        ("$.eventType", "!=", "AwsServiceEvent"),
    ]],
    events: &[],
    shared_events: &[],
    mark: |t| {
        (t.selector == "$.userIdentity.type" && t.op == "=" && t.value == "Root")
            || (t.selector == "$.userIdentity.invokedBy" && t.op == "NOT EXISTS")
    },
    narrowing: &[],
};

pub static IAM_POLICY_CHANGES: Class = Class {
    what: "IAM policy changes",
    cis: "4.4",
    terms: &[],
    events: &[
        "DeleteGroupPolicy",
        "DeleteRolePolicy",
        "DeleteUserPolicy",
        "PutGroupPolicy",
        "PutRolePolicy",
        "PutUserPolicy",
        "CreatePolicy",
        "DeletePolicy",
        "CreatePolicyVersion",
        "DeletePolicyVersion",
        "AttachRolePolicy",
        "DetachRolePolicy",
        "AttachUserPolicy",
        "DetachUserPolicy",
        "AttachGroupPolicy",
        "DetachGroupPolicy",
    ],
    shared_events: &["CreatePolicy", "DeletePolicy"],
    mark: no_mark,
    narrowing: &[("$.eventSource", "=", "iam.amazonaws.com")],
};

pub static CLOUDTRAIL_CHANGES: Class = Class {
    what: "CloudTrail configuration changes",
    cis: "4.5",
    terms: &[],
    events: &[
        "CreateTrail",
        "UpdateTrail",
        "DeleteTrail",
        "StartLogging",
        "StopLogging",
    ],
    shared_events: &[],
    mark: no_mark,
    narrowing: &[("$.eventSource", "=", "cloudtrail.amazonaws.com")],
};

pub static SECURITY_GROUP_CHANGES: Class = Class {
    what: "security group changes",
    cis: "4.10",
    terms: &[],
    events: &[
        "AuthorizeSecurityGroupIngress",
        "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress",
        "RevokeSecurityGroupEgress",
        "CreateSecurityGroup",
        "DeleteSecurityGroup",
    ],
    shared_events: &[],
    mark: no_mark,
    narrowing: &[("$.eventSource", "=", "ec2.amazonaws.com")],
};

pub static NACL_CHANGES: Class = Class {
    what: "network ACL changes",
    cis: "4.11",
    terms: &[],
    events: &[
        "CreateNetworkAcl",
        "CreateNetworkAclEntry",
        "DeleteNetworkAcl",
        "DeleteNetworkAclEntry",
        "ReplaceNetworkAclEntry",
        "ReplaceNetworkAclAssociation",
    ],
    shared_events: &[],
    mark: no_mark,
    narrowing: &[("$.eventSource", "=", "ec2.amazonaws.com")],
};

pub static VPC_CHANGES: Class = Class {
    what: "VPC changes",
    cis: "4.14",
    terms: &[],
    events: &[
        "CreateVpc",
        "DeleteVpc",
        "ModifyVpcAttribute",
        "AcceptVpcPeeringConnection",
        "CreateVpcPeeringConnection",
        "DeleteVpcPeeringConnection",
        "RejectVpcPeeringConnection",
        "AttachClassicLinkVpc",
        "DetachClassicLinkVpc",
        "DisableVpcClassicLink",
        "EnableVpcClassicLink",
    ],
    shared_events: &[],
    mark: no_mark,
    narrowing: &[("$.eventSource", "=", "ec2.amazonaws.com")],
};

/// Every class the rules know, in the benchmark's order.
pub static CLASSES: [&Class; 8] = [
    &UNAUTHORIZED_API_CALLS,
    &CONSOLE_SIGNIN_WITHOUT_MFA,
    &ROOT_ACCOUNT_USAGE,
    &IAM_POLICY_CHANGES,
    &CLOUDTRAIL_CHANGES,
    &SECURITY_GROUP_CHANGES,
    &NACL_CHANGES,
    &VPC_CHANGES,
];

impl Class {
    /// The benchmark's conjunctions.
    fn conjunctions(&self) -> Vec<Conj> {
        let mut out: Vec<Conj> = self
            .terms
            .iter()
            .map(|c| c.iter().map(|&(s, o, v)| Term::new(s, o, v)).collect())
            .collect();
        out.extend(
            self.events
                .iter()
                .map(|e| Conj::from([Term::new("$.eventName", "=", e)])),
        );
        out
    }

    fn marks(&self, t: &Term) -> bool {
        (self.mark)(t)
            || (t.selector == "$.eventName"
                && t.op == "="
                && self.events.contains(&t.value.as_str())
                && !self.shared_events.contains(&t.value.as_str()))
    }

    fn narrows(&self, t: &Term) -> bool {
        self.narrowing
            .iter()
            .any(|&(s, o, v)| t.selector == s && t.op == o && (v == "*" || t.value == v))
    }

    /// Whether a filter conjunction matches exactly the events of benchmark conjunction `c`,
    /// give or take the noise the benchmark lets one cut.
    fn matches(&self, p: &Conj, c: &Conj) -> bool {
        c.is_subset(p) && p.difference(c).all(|t| self.narrows(t))
    }

    fn meant(&self, dnf: &Dnf) -> bool {
        dnf.iter().any(|p| p.iter().any(|t| self.marks(t)))
    }
}

/// A metric filter's pattern, read once per rule run.
struct Filter {
    /// `None`: unknown, or a JSON pattern tfgate cannot read.
    readings: Option<Vec<Dnf>>,
    /// Not a JSON pattern: no CIS monitor.
    not_json: bool,
}

fn filter(inst: &Instance) -> Filter {
    read_pattern(inst.node().get("pattern"))
}

fn read_pattern(pattern: Option<&Value>) -> Filter {
    match pattern {
        Some(Value::String(p)) => match filter_pattern::read(p) {
            Reading::NotJson => Filter {
                readings: None,
                not_json: true,
            },
            Reading::Unreadable => Filter {
                readings: None,
                not_json: false,
            },
            Reading::Dnf(ds) => Filter {
                readings: Some(ds),
                not_json: false,
            },
        },
        // A template with unknown parts (a user's ARN interpolated): read with a stand-in for
        // each part; it decides only where no part can be a term the benchmark uses.
        Some(Value::Unknown(Unknown::Template { text, holes })) => {
            let mut pattern = text.to_string();
            for &h in holes.iter().rev() {
                if !pattern.is_char_boundary(h) {
                    return Filter {
                        readings: None,
                        not_json: false,
                    };
                }
                pattern.insert(h, HOLE);
            }
            match filter_pattern::read(&pattern) {
                Reading::NotJson => Filter {
                    readings: None,
                    not_json: true,
                },
                Reading::Dnf(ds) if !uncertain(&ds) => Filter {
                    readings: Some(ds),
                    not_json: false,
                },
                Reading::Dnf(_) | Reading::Unreadable => Filter {
                    readings: None,
                    not_json: false,
                },
            }
        }
        Some(Value::Unknown(_)) => Filter {
            readings: None,
            not_json: false,
        },
        // No pattern matches every event: not a CIS monitor.
        _ => Filter {
            readings: None,
            not_json: true,
        },
    }
}

/// Stands in for an unknown part of a template pattern: no benchmark term holds it.
const HOLE: char = '\u{E000}';

/// Selectors whose terms mark a conjunction as meant for a class.
const MARK_SELECTORS: [&str; 5] = [
    "$.errorCode",
    "$.additionalEventData.MFAUsed",
    "$.userIdentity.type",
    "$.userIdentity.invokedBy",
    "$.eventName",
];

/// Whether the readings of a template pattern depend on its unknown parts: a part is in a
/// selector, or in a term that may mark the pattern as meant for a class, or (in a pattern
/// meant for a class) in a term of a selector the benchmark's patterns use.
fn uncertain(readings: &[Dnf]) -> bool {
    let holed: Vec<&Term> = readings
        .iter()
        .flatten()
        .flatten()
        .filter(|t| t.selector.contains(HOLE) || t.value.contains(HOLE))
        .collect();
    let benchmark_selector = |sel: &str| {
        CLASSES.iter().any(|c| {
            (!c.events.is_empty() && sel == "$.eventName")
                || c.terms
                    .iter()
                    .flat_map(|conj| conj.iter())
                    .chain(c.narrowing)
                    .any(|&(s, _, _)| s == sel)
        })
    };
    holed
        .iter()
        .any(|t| t.selector.contains(HOLE) || MARK_SELECTORS.contains(&t.selector.as_str()))
        || (holed.iter().any(|t| benchmark_selector(&t.selector))
            && CLASSES.iter().any(|c| readings.iter().any(|d| c.meant(d))))
}

/// Which classes of [`CLASSES`] a metric filter's pattern is meant for (TFG-CT-011 asks
/// whether each has an alarmed filter); `None` when that is not known before apply: an
/// unknown or unreadable pattern, or readings that disagree.
pub fn meant_for(pattern: Option<&Value>) -> Option<Vec<bool>> {
    let f = read_pattern(pattern);
    if f.not_json {
        return Some(vec![false; CLASSES.len()]);
    }
    let readings = f.readings?;
    let mut out = Vec::with_capacity(CLASSES.len());
    for class in CLASSES {
        let meant: Vec<bool> = readings.iter().map(|d| class.meant(d)).collect();
        if meant.windows(2).any(|w| w[0] != w[1]) {
            return None;
        }
        out.push(meant[0]);
    }
    Some(out)
}

/// What one reading of a pattern says about a class.
#[derive(PartialEq)]
enum Verdict {
    NotMeant,
    Matches,
    Defective(String),
}

fn show(c: &Conj) -> String {
    c.iter()
        .map(Term::to_string)
        .collect::<Vec<_>>()
        .join(" && ")
}

fn quoted(items: impl Iterator<Item = String>) -> String {
    items
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Judges one reading of a filter's pattern; `others` are the conjunctions of the root's
/// other filters meant for the class, which may match what this one leaves out. The class is
/// monitored when each of the benchmark's conjunctions is matched exactly by one of them; a
/// wider or narrower conjunction beside those is an extra monitor, not a defect.
fn judge(class: &Class, dnf: &Dnf, others: &[Conj]) -> Verdict {
    if !class.meant(dnf) {
        return Verdict::NotMeant;
    }
    let benchmark = class.conjunctions();
    let missed: Vec<&Conj> = benchmark
        .iter()
        .filter(|c| !dnf.iter().chain(others).any(|p| class.matches(p, c)))
        .collect();
    if missed.is_empty() {
        return Verdict::Matches;
    }
    let mut wrong = Vec::new();
    for p in dnf.iter().filter(|p| p.iter().any(|t| class.marks(t))) {
        if benchmark.iter().any(|c| class.matches(p, c)) {
            continue;
        }
        // Compare with the benchmark's conjunction it shares most terms with.
        let Some(c) = benchmark
            .iter()
            .max_by_key(|c| (c.intersection(p).count(), std::cmp::Reverse(c.len())))
        else {
            continue;
        };
        let lacks = quoted(c.difference(p).map(Term::to_string));
        let extra = quoted(
            p.difference(c)
                .filter(|t| !class.narrows(t))
                .map(Term::to_string),
        );
        let mut parts = Vec::new();
        if !lacks.is_empty() {
            parts.push(format!("lacks {lacks}, so it matches other events too"));
        }
        if !extra.is_empty() {
            parts.push(format!("also requires {extra}"));
        }
        wrong.push(format!("`{}` {}", show(p), parts.join(" and ")));
    }
    // With one benchmark conjunction, what is wrong with the filter's says it all.
    let mut parts = wrong;
    if benchmark.len() > 1 || parts.is_empty() {
        parts.push(format!(
            "it does not match {}",
            quoted(missed.iter().map(|c| show(c)))
        ));
    }
    Verdict::Defective(parts.join("; "))
}

/// Three-valued, for "does an alarm watch this metric".
#[derive(Clone, Copy, PartialEq)]
enum Tri {
    Yes,
    No,
    Unknown,
}

/// An alarm's metric: `metric_name` and `namespace`, at top level or in a `metric_query`.
struct Watch<'w> {
    alarm: &'w Instance,
    name: &'w Value,
    namespace: Option<&'w Value>,
}

fn watches<'w>(links: &Links<'w>, root: &str) -> Vec<Watch<'w>> {
    let mut out = Vec::new();
    for &a in links.in_root(root, "aws_cloudwatch_metric_alarm") {
        let alarm = links.instance(a);
        let node = alarm.node();
        if let Some(name) = node.set("metric_name") {
            out.push(Watch {
                alarm,
                name,
                namespace: node.set("namespace"),
            });
        }
        for q in node.children("metric_query") {
            for m in q.children("metric") {
                if let Some(name) = m.set("metric_name") {
                    out.push(Watch {
                        alarm,
                        name,
                        namespace: m.set("namespace"),
                    });
                }
            }
        }
        // An alarm whose metric is not known at all may watch anything.
        if let Some(Value::Unknown(_)) = node.get("metric_query") {
            out.push(Watch {
                alarm,
                name: node.get("metric_query").expect("just read"),
                namespace: None,
            });
        }
    }
    out
}

fn same(a: &Value, b: &Value) -> Tri {
    match (a, b) {
        (Value::String(x), Value::String(y)) => {
            if x == y {
                Tri::Yes
            } else {
                Tri::No
            }
        }
        (Value::Unknown(_), _) | (_, Value::Unknown(_)) => Tri::Unknown,
        _ => Tri::No,
    }
}

/// Whether `value` (an alarm's metric name or namespace) is `own` (the filter's metric name
/// or namespace): by value, or by a reference to the filter. The filter's `id` is its name,
/// so an alarm naming the filter's `id` watches the metric of that name.
fn refers(
    links: &Links,
    filter: (usize, &Instance),
    value: &Value,
    own: &Value,
    own_arg: &str,
) -> Tri {
    if let Value::Unknown(Unknown::Attribute { resource, path }) = value {
        return match links.by_address(filter.1, resource) {
            Some(i) if i == filter.0 => {
                if path.starts_with("metric_transformation") && path.ends_with(own_arg) {
                    Tri::Yes
                } else if &**path == "id" || &**path == "name" {
                    match filter.1.node().get("name") {
                        Some(name) => same(name, own),
                        None => Tri::Unknown,
                    }
                } else {
                    Tri::Unknown
                }
            }
            Some(i) if links.instance(i).rtype == "aws_cloudwatch_log_metric_filter" => Tri::No,
            _ => Tri::Unknown,
        };
    }
    same(value, own)
}

/// Whether an alarm of the root watches a metric the filter publishes.
fn alarmed(links: &Links, filter: (usize, &Instance), watches: &[Watch]) -> Tri {
    let mut result = Tri::No;
    for mt in filter.1.node().children("metric_transformation") {
        let (Some(name), namespace) = (mt.get("name"), mt.get("namespace")) else {
            result = Tri::Unknown;
            continue;
        };
        for w in watches {
            let by_name = refers(links, filter, w.name, name, "name");
            let by_namespace = match (w.namespace, namespace) {
                (Some(a), Some(b)) => refers(links, filter, a, b, "namespace"),
                (None, None) => Tri::Yes,
                _ => Tri::No,
            };
            let t = match (by_name, by_namespace) {
                (Tri::No, _) | (_, Tri::No) => Tri::No,
                (Tri::Yes, Tri::Yes) if !w.alarm.keys_unknown() => Tri::Yes,
                _ => Tri::Unknown,
            };
            match t {
                Tri::Yes => return Tri::Yes,
                Tri::Unknown => result = Tri::Unknown,
                Tri::No => {}
            }
        }
    }
    result
}

fn label(inst: &Instance) -> String {
    match inst.node().get("name").and_then(Value::as_str) {
        Some(name) => format!("metric filter `{name}`"),
        None => format!("metric filter `{}`", inst.address),
    }
}

fn metric(inst: &Instance) -> String {
    let mt = inst.node().child("metric_transformation");
    let get = |arg: &str| {
        mt.and_then(|m| m.get(arg))
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string()
    };
    format!("{}/{}", get("namespace"), get("name"))
}

/// A root that monitors other CIS classes and has no metric filter for this one: reported
/// on its first filter meant for another class. A trail sending to CloudWatch Logs in the
/// root makes it TFG-CT-011's to judge (which classes the trail's alarms cover).
enum Absent {
    Yes {
        anchor: usize,
        others: String,
    },
    /// A filter's pattern is unknown or unreadable: it may be the class's.
    Unknown {
        anchor: usize,
    },
}

/// What a root's filters say about one class, for [`absent`].
#[derive(Default)]
struct RootFilters {
    /// A filter is meant for the class.
    has_class: bool,
    /// A filter's pattern is unknown or unreadable.
    unreadable: bool,
    /// Filters meant for other classes, with what they monitor.
    others: Vec<(usize, String)>,
}

fn absent<'a>(
    links: &Links,
    class: &Class,
    filters: &[(usize, &'a Instance)],
    read: &[Filter],
) -> HashMap<&'a str, Absent> {
    let mut roots: HashMap<&str, RootFilters> = HashMap::default();
    for ((f, inst), r) in filters.iter().zip(read) {
        let RootFilters {
            has_class,
            unreadable,
            others,
        } = roots.entry(&inst.root).or_default();
        let Some(readings) = &r.readings else {
            *unreadable |= !r.not_json;
            continue;
        };
        if readings.iter().any(|d| class.meant(d)) {
            *has_class = true;
            continue;
        }
        let what: Vec<&str> = CLASSES
            .iter()
            .filter(|c| readings.iter().any(|d| c.meant(d)))
            .map(|c| c.what)
            .collect();
        if !what.is_empty() {
            let name = inst
                .node()
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(&inst.address);
            others.push((*f, format!("`{name}`: {}", what.join(", "))));
        }
    }
    let mut out = HashMap::default();
    for (
        root,
        RootFilters {
            has_class,
            unreadable,
            others,
        },
    ) in roots
    {
        let Some(&(anchor, _)) = others.first() else {
            continue;
        };
        let judged_by_trail = links.in_root(root, "aws_cloudtrail").iter().any(|&t| {
            links
                .instance(t)
                .node()
                .set("cloud_watch_logs_group_arn")
                .is_some()
        });
        if has_class || judged_by_trail {
            continue;
        }
        let absent = if unreadable {
            Absent::Unknown { anchor }
        } else {
            let others = others
                .into_iter()
                .map(|(_, s)| s)
                .collect::<Vec<_>>()
                .join("; ");
            Absent::Yes { anchor, others }
        };
        out.insert(root, absent);
    }
    out
}

/// The rule of one class: every metric filter meant for it must match it as the benchmark
/// defines it and be watched by an alarm.
pub fn check_class(cx: &mut Checker, class: &Class) {
    let links = cx.links;
    let filters = cx.resources("aws_cloudwatch_log_metric_filter");
    let read: Vec<Filter> = filters.iter().map(|(_, inst)| filter(inst)).collect();
    // Per root, the conjunctions of its filters meant for the class (those a reading agrees on).
    let mut meant_conjs: HashMap<&str, Vec<(usize, Vec<Conj>)>> = HashMap::default();
    for ((f, inst), r) in filters.iter().zip(&read) {
        let Some(readings) = &r.readings else {
            continue;
        };
        if !readings.iter().all(|d| class.meant(d)) {
            continue;
        }
        let agreed: Vec<Conj> = readings[0]
            .iter()
            .filter(|c| readings.iter().all(|d| d.contains(c)))
            .cloned()
            .collect();
        meant_conjs
            .entry(&inst.root)
            .or_default()
            .push((*f, agreed));
    }
    let absent = absent(links, class, &filters, &read);
    let mut watches_by_root: HashMap<&str, Vec<Watch>> = HashMap::default();
    for ((f, inst), r) in filters.iter().zip(read) {
        let (f, inst) = (*f, *inst);
        if r.not_json {
            cx.pass(f);
            continue;
        }
        let Some(readings) = r.readings else {
            cx.undecided(f);
            continue;
        };
        let others: Vec<Conj> = meant_conjs
            .get(&*inst.root)
            .map(|v| {
                v.iter()
                    .filter(|(g, _)| *g != f)
                    .flat_map(|(_, cs)| cs.iter().cloned())
                    .collect()
            })
            .unwrap_or_default();
        let verdicts: Vec<Verdict> = readings.iter().map(|d| judge(class, d, &others)).collect();
        if verdicts.iter().all(|v| *v == Verdict::NotMeant) {
            match absent.get(&*inst.root) {
                Some(Absent::Yes { anchor, others }) if *anchor == f => cx.report(
                    f,
                    "",
                    format!(
                        "this configuration's CIS monitoring ({others}) has no metric filter for {} (CIS {})",
                        class.what, class.cis
                    ),
                ),
                Some(Absent::Unknown { anchor }) if *anchor == f => cx.undecided(f),
                _ => cx.pass(f),
            }
            continue;
        }
        let mut unknown = false;
        let mut found = Vec::new();
        if verdicts.windows(2).any(|w| w[0] != w[1]) {
            // The readings of a pattern that mixes `&&` and `||` disagree.
            unknown = true;
        } else if let Some(Verdict::Defective(why)) = verdicts.first() {
            found.push((
                f,
                "pattern".to_string(),
                format!(
                    "{} is meant for {} (CIS {}) but its pattern is not the benchmark's: {why}",
                    label(inst),
                    class.what,
                    class.cis
                ),
            ));
        }
        let watches = watches_by_root
            .entry(&inst.root)
            .or_insert_with(|| watches(links, &inst.root));
        match alarmed(links, (f, inst), watches) {
            Tri::Yes => {}
            Tri::Unknown => unknown = true,
            Tri::No => found.push((
                f,
                "metric_transformation".to_string(),
                format!(
                    "{} monitors {} (CIS {}) but no `aws_cloudwatch_metric_alarm` watches its metric `{}`",
                    label(inst),
                    class.what,
                    class.cis,
                    metric(inst)
                ),
            )),
        }
        cx.settle(f, unknown, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter_inst_pattern(v: Value) -> String {
        let f = read_pattern(Some(&v));
        match (f.readings, f.not_json) {
            (Some(_), _) => "read".into(),
            (None, true) => "not json".into(),
            (None, false) => "unknown".into(),
        }
    }

    fn verdict(class: &Class, pattern: &str) -> String {
        let Reading::Dnf(ds) = filter_pattern::read(pattern) else {
            return "unread".into();
        };
        match judge(class, &ds[0], &[]) {
            Verdict::NotMeant => "not meant".into(),
            Verdict::Matches => "ok".into(),
            Verdict::Defective(why) => why,
        }
    }

    #[test]
    fn judgements() {
        let cases: &[(&Class, &str, &str)] = &[
            (
                &ROOT_ACCOUNT_USAGE,
                "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
                "ok",
            ),
            (
                &ROOT_ACCOUNT_USAGE,
                "{($.eventType!=\"AwsServiceEvent\")&&($.userIdentity.invokedBy NOT EXISTS)&&($.userIdentity.type=Root)}",
                "ok",
            ),
            (
                &ROOT_ACCOUNT_USAGE,
                "{ $.userIdentity.type = \"Root\" }",
                "`$.userIdentity.type = Root` lacks `$.eventType != AwsServiceEvent`, `$.userIdentity.invokedBy NOT EXISTS`, so it matches other events too",
            ),
            (
                &ROOT_ACCOUNT_USAGE,
                "{ $.userIdentity.type = \"Root\" || $.eventType != \"AwsServiceEvent\" }",
                "`$.userIdentity.type = Root` lacks `$.eventType != AwsServiceEvent`, `$.userIdentity.invokedBy NOT EXISTS`, so it matches other events too",
            ),
            (
                &ROOT_ACCOUNT_USAGE,
                "{ $.eventName = ConsoleLogin }",
                "not meant",
            ),
            (
                &UNAUTHORIZED_API_CALLS,
                "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
                "ok",
            ),
            (
                &UNAUTHORIZED_API_CALLS,
                "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }",
                "ok",
            ),
            (
                &UNAUTHORIZED_API_CALLS,
                "{ $.errorCode = \"AccessDenied*\" }",
                "it does not match `$.errorCode = *UnauthorizedOperation`",
            ),
            (
                &UNAUTHORIZED_API_CALLS,
                "{ ($.errorCode = \"*UnauthorizedOperation\") && ($.errorCode = \"AccessDenied*\") }",
                "`$.errorCode = *UnauthorizedOperation && $.errorCode = AccessDenied*` also requires `$.errorCode = *UnauthorizedOperation`; it does not match `$.errorCode = *UnauthorizedOperation`, `$.errorCode = AccessDenied*`",
            ),
            (
                &CONSOLE_SIGNIN_WITHOUT_MFA,
                "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }",
                "ok",
            ),
            (
                &CONSOLE_SIGNIN_WITHOUT_MFA,
                "{ ($.eventName = \"ConsoleLogin\") || ($.additionalEventData.MFAUsed != \"Yes\") }",
                "`$.additionalEventData.MFAUsed != Yes` lacks `$.eventName = ConsoleLogin`, so it matches other events too",
            ),
            (
                &CONSOLE_SIGNIN_WITHOUT_MFA,
                "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }",
                "not meant",
            ),
            // Another class OR-ed in is another monitor, not judged here.
            (
                &SECURITY_GROUP_CHANGES,
                "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = CreateVpc) }",
                "ok",
            ),
            (
                &CLOUDTRAIL_CHANGES,
                "{ ($.eventName = CreateTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
                "it does not match `$.eventName = UpdateTrail`, `$.eventName = DeleteTrail`",
            ),
            // AWS Organizations' CreatePolicy is not an IAM policy change.
            (
                &IAM_POLICY_CHANGES,
                "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = CreatePolicy) || ($.eventName = DeletePolicy)) }",
                "not meant",
            ),
        ];
        for (class, pattern, want) in cases {
            assert_eq!(verdict(class, pattern), *want, "{pattern}");
        }
        // A template pattern decides where its unknown parts cannot be benchmark terms.
        let template = |text: &str, holes: Vec<usize>| {
            filter_inst_pattern(Value::Unknown(Unknown::Template {
                text: text.into(),
                holes: holes.into(),
            }))
        };
        assert_eq!(template("{ $.userIdentity.arn = \"\" }", vec![24]), "read");
        assert_eq!(template("{ $.eventName = \"\" }", vec![17]), "unknown");
        assert_eq!(template("{ $. = x }", vec![4]), "unknown");
        // A part in a term only the benchmark's noise reduction uses, in a pattern meant for
        // no class (cloudgoat's honeytoken filters), or meant for one.
        assert_eq!(
            template(
                "{ $.sourceIPAddress != \"\" && $.userIdentity.arn = x }",
                vec![24]
            ),
            "read"
        );
        assert_eq!(
            template(
                "{ $.errorCode = \"AccessDenied*\" && $.sourceIPAddress != \"\" }",
                vec![57]
            ),
            "unknown"
        );
        // Beside an exact monitor in another filter, a narrower or wider one is an extra.
        let Reading::Dnf(exact) = filter_pattern::read(
            "{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS && $.eventType != AwsServiceEvent }",
        ) else {
            panic!("reads");
        };
        for extra in [
            "{ $.userIdentity.type = Root && $.eventName = ConsoleLogin }",
            "{ $.userIdentity.type = Root }",
        ] {
            let Reading::Dnf(ds) = filter_pattern::read(extra) else {
                panic!("reads");
            };
            assert!(
                judge(&ROOT_ACCOUNT_USAGE, &ds[0], &exact[0]) == Verdict::Matches,
                "{extra}"
            );
            assert!(
                judge(&ROOT_ACCOUNT_USAGE, &ds[0], &[]) != Verdict::Matches,
                "{extra}"
            );
        }
    }
}
