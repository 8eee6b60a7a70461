#!/usr/bin/env bash
# Builds the benchmarks module and runs the benchmarks (tracing engine, ingest); prints a Markdown table.
# Usage: ./benchmarks/run.sh [--size=small|full] [--bench=all|trace|ingest]   (full: the size issue 4 sets targets for)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

size=full
bench=all
for arg in "$@"; do
  case $arg in
    --size=small | --size=full) size=${arg#--size=} ;;
    --bench=all | --bench=trace | --bench=ingest) bench=${arg#--bench=} ;;
    -h | --help)
      sed -n '2,3p' "$0"
      exit 0
      ;;
    *)
      echo "unknown argument: $arg (usage: ./benchmarks/run.sh [--size=small|full] [--bench=all|trace|ingest])" >&2
      exit 2
      ;;
  esac
done

. "$ROOT/.ci/java-home.sh" || exit 1
command -v mvn >/dev/null 2>&1 || { echo "Maven (mvn) is needed to build the benchmarks: install it first." >&2; exit 1; }

# The engine and the harness from these sources (reactor build, nothing installed into ~/.m2).
# Extra Maven arguments (e.g. -o) through BENCH_MAVEN_ARGS.
(cd "$ROOT" && mvn -q -B ${BENCH_MAVEN_ARGS:-} -pl benchmarks -am -DskipTests package)

# The full graph and its build need ~3 GB of heap; a fixed heap keeps GC sizing out of the timings.
case $size in
  full) heap=(-Xms8g -Xmx8g) ;;
  small) heap=(-Xms1g -Xmx1g) ;;
esac
classpath="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
exec java "${heap[@]}" ${BENCH_JAVA_OPTS:-} -cp "$classpath" org.sequestra.benchmarks.Benchmarks "--size=$size" "--bench=$bench"
