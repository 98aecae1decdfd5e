#!/usr/bin/env bash
# Whole-run throughput of pmlint: JVM start to exit, for 1 file and for N files in one run.
# Usage: bench/throughput.sh [N ...]   (default: 1 1000 10000). Needs target/pmlint.jar
# (bin/pmlint builds it). Prints the median of REPEAT runs (default 5) per size.
# INVENTORY=K adds --context with a describe-subnets inventory of K subnets (the PM5xx rules'
# input), PMLINT_ARGS any other options.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$home/target/pmlint.jar"
[[ -f "$jar" ]] || "$home/bin/pmlint" --version >/dev/null
repeat="${REPEAT:-5}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 1000 10000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Corpus: the valid samples plus the invalid samples that parse (real specs with findings).
mapfile -t corpus < <(find "$home/samples/valid" "$home/samples/invalid" -type f \
  \( -name '*.yaml' -o -name '*.json' \) ! -path '*PM001*' | sort)

# The launcher users run (its JVM flags and class-data sharing included); JAVA_OPTS compares flags.
java_cmd=("$home/bin/pmlint")
[[ -n "${JAVA_OPTS:-}" ]] && java_cmd=(java $JAVA_OPTS -jar "$jar")
"$home/bin/pmlint" --version > /dev/null

context=()
if [[ -n "${INVENTORY:-}" ]]; then
  # Two of the samples' subnets among K generated ones, so the inventory rules have work to do.
  {
    echo '{"Subnets": ['
    echo '{"SubnetId": "subnet-0a1b2c3d4e5f6a7b8", "VpcId": "vpc-0a1b2c3d4e5f6a7b8", "AvailabilityZone": "eu-west-1a"},'
    echo '{"SubnetId": "subnet-1b2c3d4e5f6a7b8c9", "VpcId": "vpc-0a1b2c3d4e5f6a7b8", "AvailabilityZone": "eu-west-1b"}'
    for ((i = 0; i < INVENTORY; i++)); do
      printf ',{"SubnetId": "subnet-%017x", "VpcId": "vpc-%017x", "AvailabilityZone": "eu-west-1a",' "$i" "$((i % 20))"
      printf ' "CidrBlock": "10.0.0.0/24", "Ipv6CidrBlockAssociationSet": [], "Ipv6Native": false}\n'
    done
    echo ']}'
  } > "$work/subnets.json"
  context=(--context "$work/subnets.json")
fi

printf '%-8s %-10s %-12s %s\n' files "median s" "files/s" "runs (s)"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  mkdir -p "$dir"
  for ((i = 0; i < n; i++)); do
    src="${corpus[$((i % ${#corpus[@]}))]}"
    cp "$src" "$dir/$(printf '%06d' "$i")-$(basename "$src")"
  done
  times=()
  for ((r = 0; r < repeat; r++)); do
    start=$(date +%s%N)
    "${java_cmd[@]}" check --fail-level none -q "${context[@]}" ${PMLINT_ARGS:-} "$dir" > /dev/null
    end=$(date +%s%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  rate=$(awk -v n="$n" -v t="$median" 'BEGIN { printf "%.0f", n / t }')
  printf '%-8s %-10s %-12s %s\n' "$n" "$median" "$rate" "${times[*]}"
done
