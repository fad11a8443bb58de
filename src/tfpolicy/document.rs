//! Documents about policies: each policy's rule doc (`tfgate explain POL-...`, SARIF help).

use super::{Kind, Policy, PolicyFile};

/// The source text of an expression of `file`.
pub fn source_of(file: &PolicyFile, span: crate::base::span::Span) -> &str {
    file.text.get(span.range()).unwrap_or("")
}

/// A policy's documentation, in the headings of a built-in rule's doc.
pub fn policy_doc(id: &str, file: &PolicyFile, policy: &Policy, compliance: &[&str]) -> String {
    let target = match policy.kind {
        Kind::Resource => format!("resources of type `{}`", policy.target),
        Kind::Module => format!("module calls with source `{}`", policy.target),
        Kind::Provider => format!("provider configurations `{}`", policy.target),
    };
    let mut out = format!(
        "# {id} {}\n\n## What it does\n\nThe team's policy `{}` ({}, {} at line {}) checks {target}",
        policy.label,
        policy.label,
        policy.kind.block(),
        file.display,
        policy.line
    );
    if let Some(f) = &policy.filter {
        out.push_str(&format!(" where `{}`", source_of(file, f.span)));
    }
    if policy.kind == Kind::Resource {
        let ops = policy
            .operations
            .clone()
            .unwrap_or_else(|| vec!["create".into(), "update".into()]);
        out.push_str(&format!(", on {}", ops.join(", ")));
    }
    out.push_str(&format!(
        ".\n\nEnforcement level: {} (severity {}).\n\n## Conditions\n\n",
        policy.level.as_str(),
        policy.level.severity().as_str()
    ));
    for e in &policy.enforce {
        out.push_str(&format!("- `{}`", source_of(file, e.condition.span)));
        if let Some(m) = &e.error_message {
            out.push_str(&format!(": {}", source_of(file, m.span)));
        }
        out.push('\n');
    }
    out.push_str("\n## References and compliance\n\n");
    if compliance.is_empty() {
        out.push_str("No mapping in `.tfgate.toml` (`[policy-compliance]`).\n");
    } else {
        out.push_str(&format!("{}\n", compliance.join(", ")));
    }
    out
}

/// The baseline document, selected rules and policies as JSON (what `--format json` prints
/// and the evidence records).
pub fn baseline_json(config: Option<&crate::config::Loaded>) -> serde_json::Value {
    use serde_json::json;
    let file = config.map(|c| c.file.clone()).unwrap_or_default();
    let rules = crate::rules::RULES;
    let mut selected = vec![file.select.is_none(); rules.len()];
    for key in file.select.iter().flatten() {
        for i in crate::rules::select(key) {
            selected[i] = true;
        }
    }
    for key in file.ignore.iter().flatten() {
        for i in crate::rules::select(key) {
            selected[i] = false;
        }
    }
    let mut severity: Vec<crate::finding::Severity> = rules.iter().map(|r| r.severity).collect();
    for (key, s) in file.severity.iter().flatten() {
        for i in crate::rules::select(key) {
            severity[i] = *s;
        }
    }
    let set = super::installed();
    let builtin: Vec<serde_json::Value> = rules
        .iter()
        .enumerate()
        .filter(|(i, r)| selected[*i] && r.area != crate::rules::Area::Policy)
        .map(|(i, r)| {
            json!({
                "id": r.id,
                "name": r.name,
                "title": r.title,
                "area": r.area.as_str(),
                "severity": severity[i].as_str(),
                "compliance": r.compliance,
            })
        })
        .collect();
    let mut policies = Vec::new();
    let mut files = Vec::new();
    if let Some(set) = set {
        for f in &set.files {
            files.push(json!({ "file": f.display, "sha256": f.sha256, "required_version": f.required_version }));
        }
        for k in 0..set.rules.len() {
            let rule = set.first_rule + k;
            let Some((f, p)) = set.policy_of(rule) else {
                continue;
            };
            policies.push(json!({
                "id": rules[rule].id,
                "file": f.display,
                "line": p.line,
                "block": p.kind.block(),
                "target": p.target,
                "label": p.label,
                "enforcement_level": p.level.as_str(),
                "severity": severity[rule].as_str(),
                "selected": selected[rule],
                "operations": p.operations.clone().unwrap_or_else(|| vec!["create".into(), "update".into()]),
                "filter": p.filter.as_ref().map(|e| source_of(f, e.span)),
                "conditions": p.enforce.iter().map(|e| json!({
                    "condition": source_of(f, e.condition.span),
                    "error_message": e.error_message.as_ref().map(|m| source_of(f, m.span)),
                    "info_message": e.info_message.as_ref().map(|m| source_of(f, m.span)),
                })).collect::<Vec<_>>(),
                "compliance": rules[rule].compliance,
            }));
        }
    }
    let doc = file.baseline_document().cloned();
    json!({
        "baseline": doc.as_ref().map(|d| json!({
            "name": d.name,
            "version": d.version,
            "effective": d.effective,
            "owner": d.owner,
            "review_by": d.review_by,
        })),
        "config": config.map(|c| crate::base::path::display(&c.path)),
        "builtin_rules": builtin,
        "policy_files": files,
        "policies": policies,
    })
}

/// Writes the effective baseline, as Markdown for people or JSON.
pub fn write_baseline(
    config: Option<&crate::config::Loaded>,
    json: bool,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let doc = baseline_json(config);
    if json {
        serde_json::to_writer_pretty(&mut *w, &doc)?;
        return writeln!(w);
    }
    let md = |v: &serde_json::Value| -> String {
        let text = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => "-".into(),
            other => other.to_string(),
        };
        crate::base::escape::markdown(&text)
    };
    let code = |v: &serde_json::Value| -> String {
        match v {
            serde_json::Value::String(s) => crate::base::escape::markdown_code(s),
            _ => "-".into(),
        }
    };
    let b = &doc["baseline"];
    if b.is_null() {
        writeln!(w, "# Secure configuration baseline\n")?;
        writeln!(
            w,
            "No `[baseline]` document in the configuration (name, version, effective, owner, review-by).\n"
        )?;
    } else {
        writeln!(w, "# {} {}\n", md(&b["name"]), md(&b["version"]))?;
        writeln!(w, "| | |\n| --- | --- |")?;
        writeln!(w, "| Effective | {} |", md(&b["effective"]))?;
        writeln!(w, "| Owner | {} |", md(&b["owner"]))?;
        writeln!(w, "| Review by | {} |\n", md(&b["review_by"]))?;
    }
    writeln!(w, "## Built-in rules selected\n")?;
    writeln!(
        w,
        "| Rule | Name | Severity | Compliance |\n| --- | --- | --- | --- |"
    )?;
    for r in doc["builtin_rules"].as_array().into_iter().flatten() {
        let compliance: Vec<String> = r["compliance"]
            .as_array()
            .into_iter()
            .flatten()
            .map(md)
            .collect();
        writeln!(
            w,
            "| {} | {} | {} | {} |",
            md(&r["id"]),
            md(&r["name"]),
            md(&r["severity"]),
            compliance.join(", ")
        )?;
    }
    writeln!(w, "\n## Policies\n")?;
    let files = doc["policy_files"].as_array().cloned().unwrap_or_default();
    if files.is_empty() {
        writeln!(
            w,
            "No policy files (`policies` in .tfgate.toml or `--policies`)."
        )?;
    }
    for f in &files {
        writeln!(w, "- {} (sha256 {})", code(&f["file"]), md(&f["sha256"]))?;
    }
    for p in doc["policies"].as_array().into_iter().flatten() {
        writeln!(w, "\n### {}\n", code(&p["id"]))?;
        writeln!(
            w,
            "{} {} in {} line {}: enforcement {}, severity {}{}.\n",
            md(&p["block"]),
            code(&p["target"]),
            code(&p["file"]),
            p["line"],
            md(&p["enforcement_level"]),
            md(&p["severity"]),
            if p["selected"] == serde_json::Value::Bool(false) {
                " (not selected)"
            } else {
                ""
            }
        )?;
        if !p["filter"].is_null() {
            writeln!(w, "Applies where {}.\n", code(&p["filter"]))?;
        }
        for c in p["conditions"].as_array().into_iter().flatten() {
            write!(w, "- {}", code(&c["condition"]))?;
            if !c["error_message"].is_null() {
                write!(w, ": {}", md(&c["error_message"]))?;
            }
            writeln!(w)?;
        }
        let compliance: Vec<String> = p["compliance"]
            .as_array()
            .into_iter()
            .flatten()
            .map(md)
            .collect();
        if !compliance.is_empty() {
            writeln!(w, "\nControls: {}", compliance.join(", "))?;
        }
    }
    Ok(())
}

/// What the evidence records of the team's baseline: the `[baseline]` document and every
/// policy file with its sha256; `None` when there is neither.
pub fn evidence_json(config: Option<&crate::config::Loaded>) -> Option<serde_json::Value> {
    use serde_json::json;
    let doc = config.and_then(|c| c.file.baseline_document());
    let files: Vec<serde_json::Value> = super::installed()
        .map(|set| {
            set.files
                .iter()
                .map(|f| json!({ "file": f.display, "sha256": f.sha256, "policies": f.policies.len() }))
                .collect()
        })
        .unwrap_or_default();
    if doc.is_none() && files.is_empty() {
        return None;
    }
    Some(json!({
        "name": doc.map(|d| &d.name),
        "version": doc.map(|d| &d.version),
        "effective": doc.map(|d| &d.effective),
        "owner": doc.and_then(|d| d.owner.as_ref()),
        "review_by": doc.and_then(|d| d.review_by.as_ref()),
        "policy_files": files,
    }))
}
