#!/usr/bin/env bash
# Policy engine figures: cold load time and per-document evaluation, for the module compiled to
# JVM bytecode at build time and for Chicory's interpreter, on a minimal and a full spec, and for
# the compiled module over every JSON sample in turn. Each engine runs in a fresh JVM with the
# flags of bin/pmlint (C1 only). Usage: bench/policy-engine.sh
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$home"
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
specs=(samples/valid/minimal-iam.json samples/valid/custom-jwt-full.json)
for engine in interpreter compiler; do
  for run in 1 2 3; do
    corpus=()
    [[ "$engine" == compiler ]] && corpus=(samples) # the interpreter would take minutes
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" dev.pmlint.bench.PolicyEngineBench "$engine" "${specs[@]}" "${corpus[@]}"
  done
done
