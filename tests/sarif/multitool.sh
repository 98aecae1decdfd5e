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
for t in "${targets[@]}"; do
  name="$(echo "$t" | tr '/' '_')"
  bin/pmlint check -q --fail-level none --format sarif -o "$out/$name.sarif" \
    --context samples/context/describe-subnets.json --context samples/context/describe-security-groups.json \
    --context samples/context/describe-vpcs.json "$t"
done
# Suppressions (inSource, external), baselineState (new, unchanged, absent) and rule overrides,
# from a scratch repository with a config and a baseline.
scratch="$out/adoption"
mkdir -p "$scratch/specs"
cp samples/invalid/PM403-committed-client-token/*.json samples/invalid/PM902-unused-suppression/*.yaml \
  samples/invalid/PM101-custom-jwt-requires-configuration/*.yaml "$scratch/specs/"
printf '%s\n' 'rules:' '  PM204: {level: off}' 'suppressions:' '  - file: specs/*.json' '    rule: PM403' \
  '    reason: accepted for the validation run' > "$scratch/.pmlint.yaml"
(cd "$scratch" && "$home/bin/pmlint" baseline write baseline.json specs > /dev/null)
cp samples/invalid/PM401-reserved-aws-tag-prefix/*.yaml "$scratch/specs/"
(cd "$scratch" && "$home/bin/pmlint" check -q --fail-level none --baseline baseline.json --rule PM902=off \
  --format sarif -o "$out/adoption.sarif" specs)
targets+=(adoption)
for key in '"suppressions"' '"baselineState" : "new"' '"baselineState" : "unchanged"' '"baselineState" : "absent"' \
  '"ruleConfigurationOverrides"'; do
  grep -q "$key" "$out/adoption.sarif" || { echo "adoption.sarif lacks $key" >&2; exit 1; }
done
# One Multitool run over all files (its .NET start-up dominates a per-file run).
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate --rule-kind "Sarif;Gh;Ghas" \
  -o "$out/validation.sarif" "$out"/*.sarif > "$out/multitool.log" 2>&1 || true
if [[ ! -s "$out/validation.sarif" ]]; then
  cat "$out/multitool.log" >&2
  echo "the Multitool produced no report" >&2
  exit 1
fi
errors="$(grep -o '"level": *"error"' "$out/validation.sarif" | wc -l || true)"
warnings="$(grep -o '"level": *"warning"' "$out/validation.sarif" | wc -l || true)"
echo "SARIF Multitool over ${#targets[@]} SARIF files (Sarif;Gh;Ghas): $errors errors, $warnings warnings"
if [[ "$errors" -gt 0 ]]; then
  cat "$out/validation.sarif" >&2
  exit 1
fi
