//! Running the installed policies over a scan's workspace: every resource instance (and what
//! a plan deletes), module call and provider configuration, each in its root; findings,
//! per-resource outcomes and input errors, as built-in rules produce them.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::base::diag::Diagnostic;
use crate::base::span::Loc;
use crate::finding::Finding;
use crate::finding::outcome::{Outcome, RuleStats};
use crate::load::Loaded;
use crate::model::value::{Map, Value};
use crate::model::{Instance, Mode, ModulePath, Origin, Workspace};

use super::judge::{Subject, Verdict, World, judge};
use super::{Kind, PolicySet};

/// What running the policies produced.
#[derive(Default)]
pub struct PolicyResults {
    pub findings: Vec<Finding>,
    /// (rule index, outcomes over workspace instances).
    pub stats: Vec<(usize, RuleStats)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The resources of one root, by type, for `core::getresources`.
struct RootWorld<'a> {
    by_type: BTreeMap<&'a str, Vec<(usize, &'a Instance)>>,
    /// The instances' subjects, when built (their `attrs` are what a policy sees).
    subjects: &'a [Option<Subject>],
    /// When the subjects hold only the attributes the policies read: each instance's whole
    /// `attrs`, built on first use (`core::getresources` gives whole resources).
    whole: Option<&'a [std::sync::OnceLock<Value>]>,
}

impl World for RootWorld<'_> {
    fn resources(&self, rtype: &str) -> Vec<Value> {
        self.by_type
            .get(rtype)
            .map(|v| {
                v.iter()
                    .map(|(i, inst)| match self.whole.and_then(|w| w.get(*i)) {
                        Some(cell) => cell.get_or_init(|| inst.body.to_value(None)).clone(),
                        None => self
                            .subjects
                            .get(*i)
                            .and_then(Option::as_ref)
                            .map_or_else(|| inst.body.to_value(None), |s| s.attrs.clone()),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn data_source(&self, _dtype: &str, _config: &Map) -> Value {
        // A data source is read by its provider, which a scan never runs.
        Value::unknown()
    }
}

/// The operation a plan gives an instance; configuration alone creates everything.
pub fn operation(inst: &Instance) -> &'static str {
    match &inst.origin {
        Origin::Config => "create",
        Origin::Plan(change) => {
            let a: Vec<&str> = change.actions.iter().map(String::as_str).collect();
            match a.as_slice() {
                ["create"] => "create",
                ["update"] => "update",
                ["delete"] => "delete",
                // A replacement creates the new object.
                ["delete", "create"] | ["create", "delete"] => "create",
                [] if change.before.is_none() => "create",
                _ => "no-op",
            }
        }
    }
}

fn s(v: impl Into<Arc<str>>) -> Value {
    Value::String(v.into())
}

fn module_path_text(path: &ModulePath) -> String {
    if path.is_root() {
        ".".into()
    } else {
        path.to_string()
    }
}

/// A resource instance as a policy sees it; its `meta` is null unless `with_meta` (no policy
/// of the run reads it: building it for every instance is most of a subject's cost), and its
/// `attrs` hold only the attributes in `only` when given (all the run's policies read: the
/// rest would be built, compared and freed for nothing).
fn resource_subject(
    inst: &Instance,
    op: &str,
    with_meta: bool,
    only: Option<&std::collections::BTreeSet<String>>,
) -> Subject {
    let prior = match &inst.origin {
        Origin::Plan(change) => change.before.clone().unwrap_or(Value::Null),
        Origin::Config => Value::Null,
    };
    let attrs = match only {
        _ if op == "delete" => Value::Null,
        Some(only) => inst.body.to_value_only(only),
        None => inst.body.to_value(None),
    };
    let prior = if op == "delete" && prior.is_null() {
        inst.body.to_value(None)
    } else {
        prior
    };
    let provider_type = inst.rtype.split('_').next().unwrap_or("").to_string();
    let meta = if !with_meta {
        Value::Null
    } else {
        Value::object(Map::from([
            ("address".into(), s(inst.address.as_str())),
            ("type".into(), s(inst.rtype.as_str())),
            ("name".into(), s(inst.name.as_str())),
            ("mode".into(), s("managed")),
            ("module_path".into(), s(module_path_text(&inst.module))),
            ("provider_type".into(), s(provider_type)),
            ("operation".into(), s(op)),
        ]))
    };
    Subject {
        kind: Kind::Resource,
        target: inst.rtype.clone(),
        attrs,
        prior_attrs: prior,
        meta,
        operation: op.to_string(),
    }
}

/// Runs the selected policies (`selected`: per rule index of the whole registry).
///
/// Messages are scrubbed of the run's secrets (`scrubber`) where they are made, once per
/// verdict rather than once per finding.
pub fn run(
    set: &PolicySet,
    ws: &Workspace,
    loaded: &Loaded,
    selected: &[bool],
    scrubber: Option<&crate::base::redact::Scrubber>,
) -> PolicyResults {
    let mut out = PolicyResults::default();
    let wanted: Vec<usize> = (0..set.rules.len())
        .map(|k| set.first_rule + k)
        .filter(|&r| selected.get(r).copied().unwrap_or(false))
        .collect();
    if wanted.is_empty() {
        return out;
    }
    // Each resource instance as policies see it, built once for every policy that judges
    // its type (only those: building a subject is most of what a policy that matches
    // nothing would cost). The instances by root and type are gathered meanwhile.
    let resource_policies: Vec<&super::Policy> = wanted
        .iter()
        .filter_map(|&r| set.policy_of(r))
        .filter(|(_, p)| p.kind == Kind::Resource)
        .map(|(_, p)| p)
        .collect();
    let reads: Vec<Option<super::memo::Reads>> = wanted
        .iter()
        .map(|&rule| match set.policy_of(rule) {
            Some((file, policy)) if policy.kind == Kind::Resource => {
                super::memo::Reads::of(file, policy)
            }
            _ => None,
        })
        .collect();
    // The attributes the resource policies read, when every one names what it reads: the
    // subjects hold only those.
    let only: Option<std::collections::BTreeSet<String>> = wanted
        .iter()
        .zip(&reads)
        .filter(|(rule, _)| {
            set.policy_of(**rule)
                .is_some_and(|(_, p)| p.kind == Kind::Resource)
        })
        .try_fold(std::collections::BTreeSet::new(), |mut all, (_, r)| {
            all.extend(r.as_ref()?.attributes().iter().cloned());
            Some(all)
        });
    let whole: Vec<std::sync::OnceLock<Value>> = match only {
        Some(_) => (0..ws.instances.len())
            .map(|_| Default::default())
            .collect(),
        None => Vec::new(),
    };
    let with_meta = wanted.iter().any(|&r| {
        set.policy_of(r)
            .is_some_and(|(f, p)| p.kind == Kind::Resource && p.may_read(f, "meta"))
    });
    // What module and provider policies read of the configuration, gathered beside the
    // subjects.
    let context = || {
        // Module versions and providers' sources, by where they are written.
        let mut versions: HashMap<Loc, Option<String>> = HashMap::new();
        let mut sources: HashMap<(String, String), Value> = HashMap::new();
        for m in &loaded.modules {
            for c in &m.calls {
                versions.insert(c.loc, c.version.clone());
            }
            let dir = crate::base::path::display(&m.dir);
            for a in &m.required_providers {
                let v = crate::eval::expr::eval_constant(&a.expr).unwrap_or(Value::Null);
                // `aws = "~> 5.0"` (Terraform 0.12's form) is a version constraint, not a source.
                let source = match v.get_attr("source") {
                    Some(source @ Value::String(_)) => source,
                    _ => continue,
                };
                sources.insert((dir.clone(), a.name.clone()), source);
            }
        }
        // The provider versions each root's `.terraform.lock.hcl` selected (`terraform init`
        // writes it beside the root module), by provider address.
        let mut locks: HashMap<String, Vec<(String, String)>> = HashMap::new();
        // Read only for a provider policy that may read `meta` (a file check per root).
        let provider_meta = wanted.iter().any(|&r| {
            set.policy_of(r)
                .is_some_and(|(f, p)| p.kind == Kind::Provider && p.may_read(f, "meta"))
        });
        for r in loaded.roots.iter().filter(|_| provider_meta) {
            let dir = &loaded.modules[r.module].dir;
            let lock = dir.join(".terraform.lock.hcl");
            // Only a regular file inside the scanned tree (a link out of it is not followed).
            if !lock.exists() || crate::load::confined_file(&lock, &loaded.boundaries).is_err() {
                continue;
            }
            let Ok(text) =
                crate::base::read::read_text(&lock, crate::base::read::DEFAULT_MAX_FILE_SIZE)
            else {
                continue;
            };
            let Ok(body) = crate::load::hcl::parse_body(&text) else {
                continue;
            };
            let entries = body
                .blocks_of("provider")
                .filter_map(|b| {
                    let address = b.labels.first()?.clone();
                    let version =
                        crate::eval::expr::eval_constant(&b.body.attribute("version")?.expr)
                            .ok()?;
                    Some((address, version.as_str()?.to_string()))
                })
                .collect();
            locks.insert(crate::base::path::display(dir), entries);
        }
        let mut missing: Vec<(String, &crate::load::module::ModuleCall)> = Vec::new();
        for m in &loaded.modules {
            for c in &m.calls {
                if ws
                    .stats
                    .modules_not_downloaded
                    .contains(&(c.loc.file.0, c.loc.span.start))
                {
                    missing.push((crate::base::path::display(&m.dir), c));
                }
            }
        }
        (versions, sources, locks, missing)
    };
    let (subjects, (by_root, types, (versions, sources, locks, missing))) = rayon::join(
        || -> Vec<Option<Subject>> {
            use rayon::prelude::*;
            if resource_policies.is_empty() {
                return Vec::new();
            }
            // Whether a policy judges a type, asked once per type on each thread.
            fn judged<'w>(
                seen: &mut rustc_hash::FxHashMap<&'w str, bool>,
                policies: &[&super::Policy],
                rtype: &'w str,
            ) -> bool {
                *seen
                    .entry(rtype)
                    .or_insert_with(|| policies.iter().any(|p| p.matches_target(rtype)))
            }
            ws.instances
                .par_iter()
                .map_init(rustc_hash::FxHashMap::default, |seen, i| {
                    (i.mode == Mode::Managed && judged(seen, &resource_policies, &i.rtype))
                        .then(|| resource_subject(i, operation(i), with_meta, only.as_ref()))
                })
                .collect()
        },
        || {
            // Per root: its instances by type (indexes into the workspace).
            type ByType<'w> = BTreeMap<&'w str, Vec<(usize, &'w Instance)>>;
            let mut by_root: BTreeMap<&str, ByType> = BTreeMap::new();
            let mut types: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
            for (i, inst) in ws.instances.iter().enumerate() {
                if inst.mode != Mode::Managed {
                    continue;
                }
                by_root
                    .entry(&inst.root)
                    .or_default()
                    .entry(&inst.rtype)
                    .or_default()
                    .push((i, inst));
                types.entry((&inst.root, &inst.rtype)).or_default().push(i);
            }
            (by_root, types, context())
        },
    );
    let roots: BTreeMap<&str, RootWorld> = by_root
        .into_iter()
        .map(|(root, by_type)| {
            let world = RootWorld {
                by_type,
                subjects: &subjects,
                whole: only.as_ref().map(|_| &whole[..]),
            };
            (root, world)
        })
        .collect();
    let empty = RootWorld {
        by_type: BTreeMap::new(),
        subjects: &subjects,
        whole: None,
    };
    let locked = |root: &str, source: &Value| -> Value {
        let Some(source) = source.as_str() else {
            return Value::unknown();
        };
        locks
            .get(root)
            .and_then(|entries| {
                entries.iter().find(|(address, _)| {
                    address == source || address.ends_with(&format!("/{source}"))
                })
            })
            .map_or_else(Value::unknown, |(_, v)| s(v.as_str()))
    };
    // The work in shares of about the same size, so both threads stay busy to the end: a
    // resource policy's instances in runs of `RUN`, and one share for the rest of each
    // policy (what a plan deletes, module calls, providers). One policy over every `aws_*`
    // resource is a tenth of the stage; shared out whole, the last one ran alone.
    const RUN: usize = 64;
    let judged: Vec<Vec<usize>> = {
        use rayon::prelude::*;
        wanted
            .par_iter()
            .map(|&rule| match set.policy_of(rule) {
                Some((_, policy)) if policy.kind == Kind::Resource => types
                    .iter()
                    .filter(|((_, rtype), _)| policy.matches_target(rtype))
                    .flat_map(|(_, list)| list.iter().copied())
                    .filter(|&i| subjects[i].is_some())
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    };
    let shares: Vec<(usize, Option<&[usize]>)> = judged
        .iter()
        .enumerate()
        .flat_map(|(w, list)| {
            list.chunks(RUN)
                .map(move |run| (w, Some(run)))
                .chain(std::iter::once((w, None)))
        })
        .collect();
    // Per resource policy: what it reads of a subject, the classes of resources that agree
    // on it (`memo`; found once per distinct reads), and the verdicts given so far by class:
    // a class is judged once.
    let mut distinct: Vec<&super::memo::Reads> = Vec::new();
    for r in reads.iter().flatten() {
        if !distinct.contains(&r) {
            distinct.push(r);
        }
    }
    let classes: Vec<super::memo::Classes> = {
        use rayon::prelude::*;
        let instance_roots: Vec<&str> = ws.instances.iter().map(|i| &*i.root).collect();
        distinct
            .par_iter()
            .map(|r| super::memo::Classes::of(r, &subjects, &instance_roots))
            .collect()
    };
    let memos: Vec<Option<(usize, super::memo::Verdicts)>> = reads
        .iter()
        .map(|r| {
            let r = r.as_ref()?;
            let k = distinct.iter().position(|d| *d == r)?;
            Some((k, super::memo::Verdicts::new(&classes[k])))
        })
        .collect();
    let results: Vec<(usize, PolicyResults, RuleStats, Option<usize>)> = {
        use rayon::prelude::*;
        shares
            .par_iter()
            .map(|&(w, run)| {
                let rule = wanted[w];
                let mut part = PolicyResults::default();
                let mut stats = RuleStats::default();
                let Some((file, policy)) = set.policy_of(rule) else {
                    return (rule, part, stats, None);
                };
                let fi = set.rules[rule - set.first_rule].0;
                let inputs = &set.inputs[fi];
                let reads_attrs = policy.may_read(file, "attrs");
                // The policy's first error is reported once (its place in the diagnostics
                // is kept, so the merge can drop the other shares' errors).
                let mut failed_at = None;
                let mut fail = |part: &mut PolicyResults, d: super::PolicyError| {
                    if failed_at.is_none() {
                        failed_at = Some(part.diagnostics.len());
                        part.diagnostics.push(d.diagnostic());
                    }
                };
                match policy.kind {
                    Kind::Resource if run.is_some() => {
                        for &i in run.into_iter().flatten() {
                            let inst = &ws.instances[i];
                            let Some(subject) = &subjects[i] else {
                                continue;
                            };
                            let world = roots.get(&*inst.root).unwrap_or(&empty);
                            let memo = memos[w].as_ref().and_then(|(k, verdicts)| {
                                let class = classes[*k].class(i)?;
                                Some((verdicts.get(class), class, verdicts))
                            });
                            let verdict = match memo {
                                Some((Some(v), _, _)) => Ok(v),
                                Some((None, class, verdicts)) => {
                                    judge(file, policy, inputs, subject, world).map(|v| {
                                        let v = Arc::new(scrubbed(v, scrubber));
                                        verdicts.insert(class, v.clone());
                                        v
                                    })
                                }
                                None => judge(file, policy, inputs, subject, world)
                                    .map(|v| Arc::new(scrubbed(v, scrubber))),
                            };
                            match verdict {
                                Ok(v) => record(&mut part, &mut stats, rule, Some(i), inst, &v),
                                Err(e) => fail(&mut part, e),
                            }
                        }
                    }
                    Kind::Resource => {
                        for inst in &ws.deleted {
                            if inst.mode != Mode::Managed || !policy.matches_target(&inst.rtype) {
                                continue;
                            }
                            let world = roots.get(&*inst.root).unwrap_or(&empty);
                            let subject = resource_subject(inst, "delete", with_meta, None);
                            match judge(file, policy, inputs, &subject, world)
                                .map(|v| scrubbed(v, scrubber))
                            {
                                Ok(v) => record(&mut part, &mut stats, rule, None, inst, &v),
                                Err(e) => fail(&mut part, e),
                            }
                        }
                    }
                    Kind::Module => {
                        // Calls whose module is not downloaded: judged on what the call
                        // says (source, version); their inputs are not known here.
                        for (caller, call) in &missing {
                            if !policy.matches_target(call.source.as_deref().unwrap_or("")) {
                                continue;
                            }
                            let source = call.source.clone().unwrap_or_default();
                            let meta = Value::object(Map::from([
                                ("address".into(), s(format!("module.{}", call.name))),
                                ("name".into(), s(call.name.as_str())),
                                ("source".into(), s(source.as_str())),
                                (
                                    "version".into(),
                                    call.version.clone().map_or(Value::Null, s),
                                ),
                                ("module_path".into(), s(".")),
                            ]));
                            let subject = Subject {
                                kind: Kind::Module,
                                target: source,
                                attrs: Value::unknown(),
                                prior_attrs: Value::Null,
                                meta,
                                operation: "create".into(),
                            };
                            let place = Place {
                                root: caller.as_str().into(),
                                address: format!("module.{}", call.name).into(),
                                module: Arc::new(ModulePath::default()),
                                loc: Some(call.loc),
                            };
                            match judge(file, policy, inputs, &subject, &empty)
                                .map(|v| scrubbed(v, scrubber))
                            {
                                Ok(v) => record_other(&mut part, rule, &place, file, policy, &v),
                                Err(e) => fail(&mut part, e),
                            }
                        }
                        for m in &ws.modules {
                            let Some(frame) = m.path.0.last() else {
                                continue;
                            };
                            if !policy.matches_target(&frame.source) {
                                continue;
                            }
                            let parent = ModulePath(m.path.0[..m.path.0.len() - 1].to_vec());
                            let version = frame
                                .call
                                .and_then(|l| versions.get(&l).cloned().flatten())
                                .map_or(Value::Null, s);
                            let meta = Value::object(Map::from([
                                ("address".into(), s(m.path.to_string())),
                                ("name".into(), s(frame.name.as_str())),
                                ("source".into(), s(frame.source.as_str())),
                                ("version".into(), version),
                                ("module_path".into(), s(module_path_text(&parent))),
                            ]));
                            let subject = Subject {
                                kind: Kind::Module,
                                target: frame.source.clone(),
                                // Built only for a policy that may read it (most module
                                // policies read `meta` alone): copying every call's inputs
                                // for every module policy was a tenth of the policies' cost.
                                attrs: if reads_attrs {
                                    Value::object(m.inputs.clone().into_iter().collect())
                                } else {
                                    Value::Null
                                },
                                prior_attrs: Value::Null,
                                meta,
                                operation: "create".into(),
                            };
                            let world = roots.get(&*m.root).unwrap_or(&empty);
                            let place = Place {
                                root: m.root.clone(),
                                address: m.path.to_string().into(),
                                module: Arc::new(parent),
                                loc: frame.call,
                            };
                            match judge(file, policy, inputs, &subject, world)
                                .map(|v| scrubbed(v, scrubber))
                            {
                                Ok(v) => record_other(&mut part, rule, &place, file, policy, &v),
                                Err(e) => fail(&mut part, e),
                            }
                        }
                    }
                    Kind::Provider => {
                        for m in &ws.modules {
                            for p in &m.providers {
                                if !policy.matches_target(&p.name) {
                                    continue;
                                }
                                let source = sources
                                    .get(&(m.dir.clone(), p.name.clone()))
                                    .cloned()
                                    .unwrap_or_else(|| s(format!("hashicorp/{}", p.name)));
                                let local = match &p.alias {
                                    Some(a) => format!("provider.{}.{a}", p.name),
                                    None => format!("provider.{}", p.name),
                                };
                                let address = if m.path.is_root() {
                                    local
                                } else {
                                    format!("{}.{local}", m.path)
                                };
                                let meta = Value::object(Map::from([
                                    ("address".into(), s(address.as_str())),
                                    ("name".into(), s(p.name.as_str())),
                                    ("type".into(), s(p.name.as_str())),
                                    ("alias".into(), p.alias.clone().map_or(Value::Null, s)),
                                    // The version the root's lock file selected;
                                    // unknown without one.
                                    ("version".into(), locked(&m.root, &source)),
                                    ("source".into(), source),
                                    ("module_path".into(), s(module_path_text(&m.path))),
                                ]));
                                let subject = Subject {
                                    kind: Kind::Provider,
                                    target: p.name.clone(),
                                    attrs: if reads_attrs {
                                        p.body.to_value(None)
                                    } else {
                                        Value::Null
                                    },
                                    prior_attrs: Value::Null,
                                    meta,
                                    operation: "create".into(),
                                };
                                let world = roots.get(&*m.root).unwrap_or(&empty);
                                let place = Place {
                                    root: m.root.clone(),
                                    address: address.into(),
                                    module: Arc::new(m.path.clone()),
                                    loc: p.loc,
                                };
                                match judge(file, policy, inputs, &subject, world)
                                    .map(|v| scrubbed(v, scrubber))
                                {
                                    Ok(v) => {
                                        record_other(&mut part, rule, &place, file, policy, &v)
                                    }
                                    Err(e) => fail(&mut part, e),
                                }
                            }
                        }
                    }
                }
                (rule, part, stats, failed_at)
            })
            .collect()
    };
    // The shares of each policy come one after another, in the policies' order.
    out.findings
        .reserve_exact(results.iter().map(|r| r.1.findings.len()).sum());
    let mut current: Option<(usize, RuleStats, bool)> = None;
    for (rule, mut part, mut stats, failed_at) in results {
        if current.as_ref().is_some_and(|c| c.0 != rule) {
            let (rule, mut stats, _) = current.take().expect("checked");
            stats.settle();
            out.stats.push((rule, stats));
        }
        let (_, all, failed) = current.get_or_insert_with(|| (rule, RuleStats::default(), false));
        all.absorb(&mut stats);
        if let Some(at) = failed_at {
            if *failed {
                part.diagnostics.remove(at);
            }
            *failed = true;
        }
        out.findings.append(&mut part.findings);
        out.diagnostics.append(&mut part.diagnostics);
    }
    if let Some((rule, mut stats, _)) = current {
        stats.settle();
        out.stats.push((rule, stats));
    }
    // What the judgements needed is freed in the background, while the run goes on (freeing
    // the subjects' values and the verdicts showed as a serial step of the stage).
    drop((roots, empty));
    rayon::spawn(move || drop((subjects, classes, memos)));
    out
}

/// A verdict with the run's secrets taken out of its messages.
fn scrubbed(mut v: Verdict, scrubber: Option<&crate::base::redact::Scrubber>) -> Verdict {
    if let (Verdict::Failed(failures), Some(s)) = (&mut v, scrubber) {
        for f in failures {
            s.scrub_in_place(&mut f.message);
            if let Some(info) = &mut f.info {
                s.scrub_in_place(info);
            }
        }
    }
    v
}

/// Where a finding points.
struct Place<'a> {
    root: Arc<str>,
    address: std::borrow::Cow<'a, str>,
    module: Arc<ModulePath>,
    loc: Option<Loc>,
}

fn finding(
    rule: usize,
    instance: Option<usize>,
    place: &Place,
    path: &str,
    message: &str,
) -> Finding {
    let esc = crate::base::escape::control;
    Finding {
        rule,
        instance,
        resource: esc(&place.address).into_owned(),
        root: match esc(&place.root) {
            std::borrow::Cow::Borrowed(_) => place.root.clone(),
            std::borrow::Cow::Owned(e) => e.into(),
        },
        message: esc(message).into_owned(),
        path: esc(path).into_owned(),
        loc: place.loc,
        module: place.module.clone(),
        remedy: None,
        fix: None,
        severity: crate::rules::RULES[rule].severity,
        suppressed: None,
        change: None,
    }
}

fn record(
    part: &mut PolicyResults,
    stats: &mut RuleStats,
    rule: usize,
    index: Option<usize>,
    inst: &Instance,
    verdict: &Verdict,
) {
    let outcome = match verdict {
        Verdict::NotApplicable => return,
        Verdict::Passed => Outcome::Passed,
        Verdict::Undecided => Outcome::Undecided,
        Verdict::Failed(_) => Outcome::Failed,
    };
    if let Some(i) = index {
        stats.record(i, outcome);
    }
    if let Verdict::Failed(failures) = verdict {
        for f in failures {
            // At the argument the condition reads when it is written, else the resource.
            let loc = if f.path.is_empty() {
                inst.loc
            } else {
                crate::rules::locate(inst, &f.path).or(inst.loc)
            };
            let place = Place {
                root: inst.root.clone(),
                address: std::borrow::Cow::Borrowed(&inst.address),
                module: inst.module.clone(),
                loc,
            };
            part.findings
                .push(finding(rule, index, &place, &f.path, &f.message));
            info(part, rule, &place, f);
        }
    }
}

/// Module calls and providers are not resource instances: their failures are findings and
/// an undecided one is a warning naming it (the outcome tables count resources).
fn record_other(
    part: &mut PolicyResults,
    rule: usize,
    place: &Place,
    file: &super::PolicyFile,
    policy: &super::Policy,
    verdict: &Verdict,
) {
    match verdict {
        Verdict::NotApplicable | Verdict::Passed => {}
        Verdict::Undecided => part.diagnostics.push(
            Diagnostic::warning(
                "policy-undecided",
                format!(
                    "policy {} is undecided on {} ({}): it needs a value known only after apply",
                    super::rule_id(file, policy),
                    place.address,
                    place.root
                ),
            )
            .in_file(file.display.clone())
            .at(policy.line, 1),
        ),
        Verdict::Failed(failures) => {
            for f in failures {
                part.findings
                    .push(finding(rule, None, place, "", &f.message));
                info(part, rule, place, f);
            }
        }
    }
}

/// A failed condition's `info_message`, shown with `--verbose` (a warning at the finding).
fn info(part: &mut PolicyResults, rule: usize, place: &Place, f: &super::judge::Failure) {
    let Some(text) = &f.info else { return };
    part.diagnostics.push(Diagnostic::warning(
        "policy-info",
        format!(
            "{} on {} ({}): {text}",
            crate::rules::RULES[rule].id,
            place.address,
            place.root
        ),
    ));
}
