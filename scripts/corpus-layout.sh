#!/usr/bin/env bash
# Shared by scripts/public-corpus.sh and scripts/extra-corpus.sh (sourced, not run): lays out
# public repositories, each in its own folder DEST/OWNER+NAME, from the git snapshots the
# session's `fetch` tool leaves in /work/.mirror/OWNER+NAME/repo (MIRRORS overrides the
# folder), at the snapshot's HEAD. Nothing of them is committed here. Files missing from a
# snapshot (the store leaves out blobs of 4 MiB and more) are skipped.
# usage: lay_out_corpus DEST OWNER/NAME...   (returns 1 when a snapshot is missing)
lay_out_corpus() {
  local dest="$1"
  shift
  local mirrors="${MIRRORS:-/work/.mirror}"
  local missing=0 repo git_dir out
  for repo in "$@"; do
    git_dir="$mirrors/${repo/\//+}/repo"
    if [[ ! -d "$git_dir" ]]; then
      echo "missing snapshot: $repo (fetch github:$repo)" >&2
      missing=1
      continue
    fi
    out="$dest/${repo/\//+}"
    rm -rf "$out"
    mkdir -p "$out"
    python3 - "$git_dir" "$out" << 'PY'
import os, subprocess, sys
git_dir, out = sys.argv[1], sys.argv[2]
tree = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", "HEAD"],
                      capture_output=True, check=True).stdout
cat = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"],
                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for entry in filter(None, tree.split(b"\0")):
    meta, path = entry.split(b"\t", 1)
    mode, kind, sha = meta.split()
    if kind != b"blob":
        continue
    cat.stdin.write(sha + b"\n")
    cat.stdin.flush()
    header = cat.stdout.readline()
    if header.endswith(b" missing\n"):
        continue
    data = cat.stdout.read(int(header.split()[2]))
    cat.stdout.read(1)
    full = os.path.join(out, os.fsdecode(path))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if mode == b"120000":
        os.symlink(os.fsdecode(data), full)
    else:
        with open(full, "wb") as f:
            f.write(data)
PY
  done
  find "$dest" \( -name '*.tf' -o -name '*.tf.json' -o -name '*.tfvars' \) | wc -l | sed 's/^/terraform files: /'
  return "$missing"
}
