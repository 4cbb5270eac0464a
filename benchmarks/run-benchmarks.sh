#!/usr/bin/env bash
# Runs every JMH benchmark (with the gc profiler) and the cold-start comparison, then prints the
# tables of README.md. Run from the repository root after `mvn -B -pl benchmarks -am package`.
# Needs hyperfine for the cold-start part (apt-get install hyperfine); skipped without it.
set -euo pipefail
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"

java -jar "$JAR" -f 2 -wi 8 -w 2s -i 5 -r 2s -prof gc -rf json -rff "$OUT/jmh.json" "$@" \
  | tee "$OUT/jmh.txt"

if command -v hyperfine >/dev/null; then
  hyperfine --shell=none --warmup 3 --runs 20 --export-json "$OUT/cold-start.json" \
    -n "hand-built" "java -cp $JAR dev.podwright.benchmarks.ColdStartHandBuilt" \
    -n "podwright emit+PodSpecValidator" "java -cp $JAR dev.podwright.benchmarks.ColdStartPodwright spec" \
    -n "podwright CompositionValidator" "java -cp $JAR dev.podwright.benchmarks.ColdStartPodwright full" \
    -n "podwright CompositionValidator + modelConstraints (opt-in)" \
    "java -cp $JAR dev.podwright.benchmarks.ColdStartPodwright model-constraints"
  java -cp "$JAR" dev.podwright.benchmarks.Summary "$OUT/jmh.json" "$OUT/cold-start.json"
else
  java -cp "$JAR" dev.podwright.benchmarks.Summary "$OUT/jmh.json"
fi
