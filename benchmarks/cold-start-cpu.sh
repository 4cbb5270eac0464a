#!/usr/bin/env bash
# Cold start on a shared machine: fresh JVMs of ColdStartHandBuilt, `ColdStartPodwright spec` and
# `ColdStartPodwright full`, interleaved round-robin so that drift hits every program alike, timed
# as user+system CPU of the JVM (steadier than wall time when other processes compete for the
# cores) and as wall time. Also counts the classes each program loads from the jar.
#
#   mvn -B -q -pl benchmarks -am package -DskipTests && benchmarks/cold-start-cpu.sh
#   RUNS=20 benchmarks/cold-start-cpu.sh before=/tmp/old-benchmarks.jar after=benchmarks/target/benchmarks.jar
#
# Each argument is LABEL=JAR (default: current=benchmarks/target/benchmarks.jar); hand-built runs
# from the first jar only. Needs python3. Raw times go to benchmarks/target/cold-start-cpu.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=("current=benchmarks/target/benchmarks.jar")
OUT=benchmarks/target/cold-start-cpu.txt
MAIN=dev.podwright.benchmarks
PROGRAMS=("spec:ColdStartPodwright spec" "full:ColdStartPodwright full")
mkdir -p benchmarks/target
: >"$OUT"

for labelled in "${JARS[@]}"; do
  jar=${labelled#*=}
  [ -f "$jar" ] || { echo "no $jar" >&2; exit 2; }
  for program in "hand:ColdStartHandBuilt" "${PROGRAMS[@]}"; do
    log=$(mktemp)
    java -Xlog:class+load:file="$log" -cp "$jar" $MAIN.${program#*:} >/dev/null
    echo "${labelled%%=*}-${program%%:*}: $(grep -c 'source: file:' "$log") classes from the jar," \
      "$(wc -l <"$log") in all"
    rm -f "$log"
  done
done

TIMEFORMAT='%3U %3S %3R'
for ((i = 0; i < RUNS; i++)); do
  first=1
  for labelled in "${JARS[@]}"; do
    jar=${labelled#*=}
    programs=("${PROGRAMS[@]}")
    if [ $first = 1 ]; then programs=("hand:ColdStartHandBuilt" "${programs[@]}"); first=0; fi
    for program in "${programs[@]}"; do
      times=$( { time java -cp "$jar" $MAIN.${program#*:} >/dev/null; } 2>&1 | tail -1)
      echo "${labelled%%=*}-${program%%:*} $times" >>"$OUT"
    done
  done
done

python3 - "$OUT" <<'EOF'
import collections, statistics as st, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, user, system, wall = line.split()
    runs[label].append(((float(user) + float(system)) * 1000, float(wall) * 1000))
hand = next(label for label in runs if label.endswith("-hand"))
cpu0 = st.median(r[0] for r in runs[hand])
wall0 = st.median(r[1] for r in runs[hand])
print("| program | runs | CPU median (ms) | σ | / hand-built | wall median (ms) | / hand-built |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, values in runs.items():
    cpu = [r[0] for r in values]
    wall = [r[1] for r in values]
    print(f"| {label} | {len(values)} | {st.median(cpu):.1f} | {st.pstdev(cpu):.1f} |"
          f" {st.median(cpu) / cpu0:.2f}× | {st.median(wall):.0f} | {st.median(wall) / wall0:.2f}× |")
EOF
