#!/usr/bin/env bash
# End-to-end test of the pre-commit hook with the real pre-commit framework: in a scratch git
# repository that uses this repository as its hook repo, a commit with a bad spec is blocked and
# shows path:line:col findings, a commit with good specs (and an unrelated YAML file) passes, and
# the config file's exclude applies to the files the hook is given.
# Prints the hook's start-up time. Needs `pre-commit` on PATH (.ci/run installs it).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
rev="$(git -C "$home" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
cd "$work"
git init -q repo
cd repo
git config user.email ci@example.com
git config user.name ci
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: $home
    rev: $rev
    hooks:
      - id: pmlint
CONFIG
git add .pre-commit-config.yaml
git commit -q -m "pre-commit config" --no-verify
pre-commit install > /dev/null

fail() { echo "pre-commit test: $*" >&2; exit 1; }

# 1. A bad spec is blocked, with path:line:col findings.
mkdir -p specs
cp "$home/samples/invalid/PM003-unknown-member/typos.yaml" specs/prod.yaml
git add specs/prod.yaml
if git commit -q -m "bad spec" > "$work/bad.log" 2>&1; then
  cat "$work/bad.log"
  fail "a commit with a bad spec was not blocked"
fi
grep -q "specs/prod.yaml:8:5: .*PM003 unknown-member" "$work/bad.log" || { cat "$work/bad.log"; fail "no path:line:col finding"; }
echo "ok: bad spec blocked"
grep "specs/prod.yaml:8:5" "$work/bad.log" | sed 's/\x1b\[[0-9;]*m//g' | head -1

# 2. Good specs and an unrelated YAML file pass.
cp "$home/samples/valid/custom-jwt-full.yaml" specs/prod.yaml
cp "$home/samples/valid/minimal-iam.json" specs/staging.json
printf 'services:\n  web:\n    image: nginx\n' > compose.yaml
git add specs compose.yaml
git commit -q -m "good specs" > "$work/good.log" 2>&1 || { cat "$work/good.log"; fail "a commit with good specs was blocked"; }
echo "ok: good specs pass"

# 2b. The hook honours .pmlint.yaml (found from the repository root): an excluded bad spec
# passes, and the config file itself, which the hook is also given, is not linted as a spec.
printf 'exclude:\n  - specs/archive/**\n' > .pmlint.yaml
mkdir -p specs/archive
cp "$home/samples/invalid/PM003-unknown-member/typos.yaml" specs/archive/old.yaml
git add .pmlint.yaml specs/archive
git commit -q -m "config and archive" > "$work/config.log" 2>&1 || { cat "$work/config.log"; fail ".pmlint.yaml exclude was not honoured"; }
echo "ok: .pmlint.yaml exclude honoured"

# 3. Hook start-up time, the jar already built: a one-file commit, median of 5.
times=()
for i in 1 2 3 4 5; do
  echo "# change $i" >> specs/staging.yaml 2>/dev/null || true
  cp "$home/samples/valid/minimal-iam.yaml" specs/staging.yaml
  printf '\ntags:\n  run: "r%s"\n' "$i" >> specs/staging.yaml
  git add specs/staging.yaml
  start=$(date +%s%N)
  pre-commit run pmlint --files specs/staging.yaml > /dev/null 2>&1 || fail "hook failed on a good spec"
  end=$(date +%s%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')")
  git commit -q -m "change $i" --no-verify
done
echo "hook run on one file (pre-commit included), seconds: ${times[*]}; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
