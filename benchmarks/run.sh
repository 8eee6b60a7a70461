#!/usr/bin/env bash
# Builds the benchmarks module and runs one benchmark; prints a Markdown table.
# Usage: ./benchmarks/run.sh [--bench=trace|registry] [--size=smoke|small|full]
#   trace (default): the tracing engine (issue 4); registry: the asset registry service (issue 3).
#   full is the size the issue sets its targets for; smoke (seconds) and small are scaled down.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bench=trace
size=full
for arg in "$@"; do
  case $arg in
    --bench=trace | --bench=registry) bench=${arg#--bench=} ;;
    --size=smoke | --size=small | --size=full) size=${arg#--size=} ;;
    -h | --help)
      sed -n '2,5p' "$0"
      exit 0
      ;;
    *)
      echo "unknown argument: $arg (usage: ./benchmarks/run.sh [--bench=trace|registry] [--size=smoke|small|full])" >&2
      exit 2
      ;;
  esac
done
if [ "$bench" = trace ] && [ "$size" = smoke ]; then
  echo "the trace benchmark's smoke size runs in 'mvn -pl benchmarks -am verify'; use --size=small or full" >&2
  exit 2
fi

. "$ROOT/.ci/java-home.sh" || exit 1
command -v mvn >/dev/null 2>&1 || { echo "Maven (mvn) is needed to build the benchmarks: install it first." >&2; exit 1; }

# The engine, the registry service and the harness from these sources (reactor build, nothing
# installed into ~/.m2). Extra Maven arguments (e.g. -o) through BENCH_MAVEN_ARGS.
(cd "$ROOT" && mvn -q -B ${BENCH_MAVEN_ARGS:-} -pl benchmarks -am -DskipTests package)

# A fixed heap keeps GC sizing out of the timings. The full trace graph and its build need ~3 GB;
# the registry's heap holds the service and the seed's ids (PostgreSQL runs in its own process).
case $bench/$size in
  trace/full) heap=(-Xms8g -Xmx8g) ;;
  registry/full) heap=(-Xms2g -Xmx2g) ;;
  *) heap=(-Xms1g -Xmx1g) ;;
esac
case $bench in
  trace) main=org.sequestra.benchmarks.Benchmarks ;;
  registry) main=org.sequestra.benchmarks.RegistryBenchmark ;;
esac
classpath="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
exec java "${heap[@]}" ${BENCH_JAVA_OPTS:-} -cp "$classpath" "$main" "--size=$size"
