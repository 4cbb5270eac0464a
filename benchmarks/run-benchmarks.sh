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
  MAIN=dev.podwright.benchmarks
  hyperfine --shell=none --warmup 3 --runs 40 --export-json "$OUT/cold-start.json" \
    -n "hand-built" "java -cp $JAR $MAIN.ColdStartHandBuilt" \
    -n "podwright emit+PodSpecValidator" "java -cp $JAR $MAIN.ColdStartPodwright spec" \
    -n "podwright CompositionValidator" "java -cp $JAR $MAIN.ColdStartPodwright full" \
    -n "podwright CompositionValidator + modelConstraints (opt-in)" \
    "java -cp $JAR $MAIN.ColdStartPodwright model-constraints"
  # The same programs with an application class-data-sharing archive each (JDK 13+ dynamic
  # AppCDS), as a production deployment would ship: class loading, the part that grows with
  # Podwright's class count, comes from the archive.
  for program in "hand ColdStartHandBuilt" "spec ColdStartPodwright spec" \
    "full ColdStartPodwright full"; do
    set -- $program
    name=$1; shift
    rm -f "$OUT/$name.jsa"
    java -XX:ArchiveClassesAtExit="$OUT/$name.jsa" -cp "$JAR" "$MAIN.$@" >/dev/null 2>&1
  done
  hyperfine --shell=none --warmup 3 --runs 40 --export-json "$OUT/cold-start-cds.json" \
    -n "hand-built (AppCDS)" \
    "java -XX:SharedArchiveFile=$OUT/hand.jsa -cp $JAR $MAIN.ColdStartHandBuilt" \
    -n "podwright emit+PodSpecValidator (AppCDS)" \
    "java -XX:SharedArchiveFile=$OUT/spec.jsa -cp $JAR $MAIN.ColdStartPodwright spec" \
    -n "podwright CompositionValidator (AppCDS)" \
    "java -XX:SharedArchiveFile=$OUT/full.jsa -cp $JAR $MAIN.ColdStartPodwright full"
  java -cp "$JAR" $MAIN.Summary "$OUT/jmh.json" "$OUT/cold-start.json" "$OUT/cold-start-cds.json"
else
  java -cp "$JAR" dev.podwright.benchmarks.Summary "$OUT/jmh.json"
fi
