#!/usr/bin/env python3
"""Runs `BIN check` over every repository folder of the public corpora and writes, under OUT:

  json/<repo>.json   the full JSON report of each repository (`--format json`)
  instances.tsv      one line per finding instance: rule, repo, resource, file:line, message
  counts.tsv         rule, repo, findings (grouped by location), instances
  rules.tsv          rule, total findings, total instances, repos with findings
  checked.tsv        rule, resources checked, passed, failed, undecided (summed over repos)
  errors.tsv         repo, exit code, first line of stderr (runs that failed with exit 2+)

so the findings of one rule can be counted and read per repository. The corpora default to
the 13 repositories of scripts/public-corpus.sh (/tmp/tfgate-corpus) and the ten of
scripts/extra-corpus.sh (/work/corpus/extra); each immediate subfolder is one repository.

usage: scripts/corpus-findings.py BIN OUT [--corpus DIR]... [--select RULES] [--ignore RULES]
e.g.   scripts/corpus-findings.py target/debug/tfgate /tmp/cf --select iam,secrets
       cut -f1,2 /tmp/cf/instances.tsv | grep TFG-IAM-001
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bin")
    ap.add_argument("out")
    ap.add_argument("--corpus", action="append",
                    help="a folder of repository folders (repeatable)")
    ap.add_argument("--select", help="passed to `check --select`")
    ap.add_argument("--ignore", help="passed to `check --ignore`")
    args = ap.parse_args()
    corpora = args.corpus or ["/tmp/tfgate-corpus", "/work/corpus/extra"]
    binary = os.path.abspath(args.bin)
    os.makedirs(os.path.join(args.out, "json"), exist_ok=True)

    counts = collections.Counter()     # (rule, repo) -> grouped findings
    instances = collections.Counter()  # (rule, repo) -> instances
    rows, errors = [], []
    checked = collections.defaultdict(lambda: [0, 0, 0, 0])
    for corpus in corpora:
        if not os.path.isdir(corpus):
            sys.exit(f"no corpus at {corpus} (scripts/public-corpus.sh, scripts/extra-corpus.sh)")
        for repo in sorted(os.listdir(corpus)):
            path = os.path.join(corpus, repo)
            if not os.path.isdir(path):
                continue
            cmd = [binary, "check", path, "--format", "json", "--fail-on", "never",
                   "--color", "never"]
            if args.select:
                cmd += ["--select", args.select]
            if args.ignore:
                cmd += ["--ignore", args.ignore]
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                first = (run.stderr.strip().splitlines() or [""])[0]
                errors.append((repo, run.returncode, first))
                print(f"{repo}: exit {run.returncode}: {first}", file=sys.stderr)
                if not run.stdout.strip():
                    continue
            with open(os.path.join(args.out, "json", repo + ".json"), "w") as f:
                f.write(run.stdout)
            report = json.loads(run.stdout)
            for r in report["summary"].get("rules", []):
                c = checked[r["rule_id"]]
                for n, key in enumerate(["checked", "passed", "failed", "undecided"]):
                    c[n] += r[key]
            for finding in report["findings"]:
                rule = finding["rule_id"]
                counts[rule, repo] += 1
                loc = finding.get("location") or {}
                where = f"{os.path.relpath(loc.get('file', ''), path)}:{loc.get('start_line', '')}"
                for inst in finding.get("instances") or [finding]:
                    instances[rule, repo] += 1
                    rows.append((rule, repo, inst["resource"], where,
                                 " ".join(inst["message"].split())))

    def write(name, header, lines):
        with open(os.path.join(args.out, name), "w") as f:
            f.write("\t".join(header) + "\n")
            for line in lines:
                f.write("\t".join(str(x) for x in line) + "\n")

    write("instances.tsv", ["rule", "repo", "resource", "location", "message"], sorted(rows))
    write("counts.tsv", ["rule", "repo", "findings", "instances"],
          sorted((r, p, n, instances[r, p]) for (r, p), n in counts.items()))
    totals = collections.defaultdict(lambda: [0, 0, set()])
    for (rule, repo), n in counts.items():
        totals[rule][0] += n
        totals[rule][1] += instances[rule, repo]
        totals[rule][2].add(repo)
    write("rules.tsv", ["rule", "findings", "instances", "repos"],
          sorted((r, t[0], t[1], len(t[2])) for r, t in totals.items()))
    write("checked.tsv", ["rule", "checked", "passed", "failed", "undecided"],
          sorted((r, *c) for r, c in checked.items()))
    write("errors.tsv", ["repo", "exit", "stderr"], errors)
    print(f"{sum(counts.values())} findings ({len(rows)} instances) of {len(totals)} rules "
          f"in {args.out}; {len(errors)} runs with errors")


if __name__ == "__main__":
    main()
