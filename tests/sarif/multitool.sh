#!/usr/bin/env bash
# Validates pmlint's SARIF with Microsoft's SARIF Multitool (the validator behind GitHub's
# ingestion rules): the SARIF of every sample folder and of all samples at once, with the SARIF,
# GitHub and GitHub Advanced Security rule kinds. Fails on any error-level result.
# Installs @microsoft/sarif-multitool-linux from npm into target/ci-tools on first use.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$home"
version=5.7.0
tools=target/ci-tools
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ ! -x "$multitool" ]]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent "@microsoft/sarif-multitool-linux@$version" >&2
  chmod +x "$multitool"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
targets=(samples)
for d in samples/valid samples/invalid/*/; do targets+=("${d%/}"); done
status=0
for t in "${targets[@]}"; do
  name="$(echo "$t" | tr '/' '_')"
  bin/pmlint check -q --fail-level none --format sarif -o "$out/$name.sarif" \
    --context samples/context/describe-subnets.json --context samples/context/describe-security-groups.json \
    --context samples/context/describe-vpcs.json "$t"
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate --rule-kind "Sarif;Gh;Ghas" \
    -o "$out/$name.validation.sarif" "$out/$name.sarif" > "$out/$name.log" 2>&1 || true
  errors="$(grep -o '"level": *"error"' "$out/$name.validation.sarif" | wc -l || true)"
  warnings="$(grep -o '"level": *"warning"' "$out/$name.validation.sarif" | wc -l || true)"
  if [[ ! -s "$out/$name.validation.sarif" ]]; then
    cat "$out/$name.log" >&2
    echo "multitool produced no report for $t" >&2
    status=1
  elif [[ "$errors" -gt 0 ]]; then
    echo "multitool: $errors error(s) in the SARIF of $t:" >&2
    cat "$out/$name.validation.sarif" >&2
    status=1
  fi
  printf '%-60s errors %s, warnings %s\n' "$t" "$errors" "$warnings"
done
exit $status
