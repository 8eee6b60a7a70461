#!/usr/bin/env bash
# Builds the benchmarks module and runs benchmarks; prints Markdown tables.
# Usage: ./benchmarks/run.sh [--bench=all|trace|ingest|registry] [--size=small|full]
#   trace: the tracing engine; ingest: statement import vs batched INSERT (both issue 4);
#   registry: the asset registry service (issue 3, also --size=smoke); all (default): all three.
#   full is the size the issues set their targets for; small is the same run scaled down.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bench=all
size=full
usage="usage: ./benchmarks/run.sh [--bench=all|trace|ingest|registry] [--size=small|full]"
for arg in "$@"; do
  case $arg in
    --bench=all | --bench=trace | --bench=ingest | --bench=registry) bench=${arg#--bench=} ;;
    --size=smoke | --size=small | --size=full) size=${arg#--size=} ;;
    -h | --help)
      sed -n '2,6p' "$0"
      exit 0
      ;;
    *)
      echo "unknown argument: $arg ($usage)" >&2
      exit 2
      ;;
  esac
done
if [ "$size" = smoke ] && [ "$bench" != registry ]; then
  echo "the engine and ingest smoke sizes run in 'mvn -pl benchmarks -am verify'; use --size=small or full" >&2
  exit 2
fi

. "$ROOT/.ci/java-home.sh" || exit 1
command -v mvn >/dev/null 2>&1 || { echo "Maven (mvn) is needed to build the benchmarks: install it first." >&2; exit 1; }

# The engine, both services and the harness from these sources (reactor build, nothing installed
# into ~/.m2). Extra Maven arguments (e.g. -o) through BENCH_MAVEN_ARGS.
(cd "$ROOT" && mvn -q -B ${BENCH_MAVEN_ARGS:-} -pl benchmarks -am -DskipTests package)

# Each service benchmark gets a classpath without the other service: both carry an
# application.yaml and Flyway migrations under the same names (see benchmarks/pom.xml).
# A fixed heap keeps GC sizing out of the timings. The full trace graph and its build need ~3 GB;
# the registry's heap holds the service and the seed's ids (PostgreSQL runs in its own process).
engine() {
  local heap=(-Xms1g -Xmx1g)
  [ "$size" = full ] && heap=(-Xms8g -Xmx8g)
  java "${heap[@]}" ${BENCH_JAVA_OPTS:-} \
    -cp "$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath-trace.txt")" \
    org.sequestra.benchmarks.Benchmarks "--size=$size" "--bench=$1"
}
registry() {
  local heap=(-Xms1g -Xmx1g)
  [ "$size" = full ] && heap=(-Xms2g -Xmx2g)
  java "${heap[@]}" ${BENCH_JAVA_OPTS:-} \
    -cp "$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath-registry.txt")" \
    org.sequestra.benchmarks.RegistryBenchmark "--size=$size"
}
case $bench in
  trace | ingest) engine "$bench" ;;
  registry) registry ;;
  all)
    engine all
    registry
    ;;
esac
