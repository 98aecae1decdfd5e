#!/usr/bin/env bash
# Runs the pmlint commands of the CI snippets in docs/ci/ (which the README shows verbatim) the
# way those jobs run them, against a copy of the samples as specs/, and checks their outputs.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/specs"
cp -r "$home/samples/invalid/PM003-unknown-member/." "$work/specs/"
ln -s "$home" "$work/.pmlint"
cd "$work"
fail() { echo "ci snippets: $*" >&2; exit 1; }
for snippet in github-actions.yml gitlab-ci.yml; do
  command="$(grep -E '^ *(run: |- )\.pmlint/bin/pmlint ' "$home/docs/ci/$snippet" | sed -E 's/^ *(run: |- )//')"
  [[ -n "$command" ]] || fail "no pmlint command in $snippet"
  echo "\$ $command"
  set +e
  eval "$command" > "$work/$snippet.out" 2>&1
  code=$?
  set -e
  [[ $code -eq 1 ]] || { cat "$work/$snippet.out"; fail "$snippet: expected exit 1 (findings), got $code"; }
done
grep -q '^::error file=specs/typos.yaml,line=8,endLine=8,col=5' "$work/github-actions.yml.out" || fail "no GitHub annotation"
grep -q '"version" : "2.1.0"' pmlint.sarif || grep -q '"version": "2.1.0"' pmlint.sarif || fail "no SARIF file"
grep -q '"id" : "pmlint/specs"' pmlint.sarif || fail "no automation id in SARIF"
grep -q '"check_name" : "PM003"' gl-code-quality.json || fail "no GitLab Code Quality report"
grep -q '<failure type="PM003"' pmlint-junit.xml || fail "no JUnit report"
grep -q '^specs/typos.yaml:8:5: error PM003' "$work/gitlab-ci.yml.out" || fail "no text output in the GitLab job"
echo "ok: CI snippets produce annotations, SARIF, Code Quality and JUnit reports"
