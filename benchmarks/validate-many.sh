#!/usr/bin/env bash
# One manifest vs 226 in one JVM, as the command line runs them: fresh `java -jar` each time.
# Build first:  mvn -B -q -pl examples -am package -DskipTests
# Needs hyperfine (apt-get install -y hyperfine) and python3. Writes benchmarks/target/validate-many/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=examples/target/podwright.jar
[ -f "$JAR" ] || { echo "no $JAR: mvn -B -q -pl examples -am package -DskipTests" >&2; exit 2; }
COUNT=${COUNT:-226}
RUNS=${RUNS:-20}
WORK=benchmarks/target/validate-many
rm -rf "$WORK" && mkdir -p "$WORK/many"

# Typical manifests of the repository's own: Pods, a bare spec, a Deployment with a Service, a Job,
# a StatefulSet, findings of every severity; copied with distinct names until there are COUNT.
SOURCES=(
  examples/src/test/resources/cli/valid-pod.yaml
  examples/src/test/resources/cli/invalid-pod.yaml
  examples/src/test/resources/cli/deployment-and-service.yaml
  examples/src/test/resources/cli/bare-spec.yaml
  examples/src/test/resources/cli/job-classic-sidecar.yaml
  examples/src/test/resources/cli/render-base-deployment.yaml
  examples/src/test/resources/cli/render-feldera-base.yaml
  examples/src/test/resources/cli/render-base-pod.json
  examples/src/test/resources/cli/typo-field.yaml
  core/src/test/resources/manifests/all-kinds.yaml
  core/src/test/resources/manifests/wrong-type.yaml
)
for ((i = 0; i < COUNT; i++)); do
  src=${SOURCES[i % ${#SOURCES[@]}]}
  name=$(printf '%03d-%s' "$i" "$(basename "$src")")
  # vary each copy: its own names, so no two files are byte-identical
  sed -E "s/^(  \"?name\"?: \"?)([a-z0-9-]+)/\1\2-$i/" "$src" > "$WORK/many/$name"
done
# one: the smallest (a Pod of one container); one-rich: every workload kind in one file
ONE="$WORK/many/000-$(basename "${SOURCES[0]}")"
RICH="$WORK/many/009-$(basename "${SOURCES[9]}")"
files=$(find "$WORK/many" -type f | wc -l)
echo "validating 1 file vs $files files, $RUNS runs each"

# exit code 1 (findings) is expected: -i
hyperfine -N -i --warmup 3 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
  -n one "java -jar $JAR validate $ONE" \
  -n one-rich "java -jar $JAR validate $RICH" \
  -n many "java -jar $JAR validate $WORK/many"

python3 - "$WORK/hyperfine.json" "$files" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
files = int(sys.argv[2])
one, rich, many = (results[n]["mean"] for n in ("one", "one-rich", "many"))
for name in ("one", "one-rich", "many"):
    r = results[name]
    print(f"{name:9} {r['mean'] * 1000:6.0f} ms ± {r['stddev'] * 1000:4.0f}"
          f"  median {r['median'] * 1000:6.0f} ms  user+sys {(r['user'] + r['system']) * 1000:6.0f} ms")
cpu = lambda n: results[n]["user"] + results[n]["system"]
print(f"ratio many/one:      {many / one:.2f} wall, {cpu('many') / cpu('one'):.2f} CPU (goal <= 1.6)")
print(f"ratio many/one-rich: {many / rich:.2f} wall, {cpu('many') / cpu('one-rich'):.2f} CPU")
print(f"files/second, whole run: {files / many:.0f}")
print(f"files/second, beyond the first: {(files - 1) / (many - one):.0f}")
PY
