#!/usr/bin/env bash
# Builds the benchmarks module and runs benchmarks; prints Markdown tables.
# Usage: ./benchmarks/run.sh [--bench=all|trace|ingest|registry|gateway|trace-api|freezing] [--size=small|full]
#   trace: the tracing engine; ingest: statement import vs batched INSERT (both issue 4);
#   registry: the asset registry service (issue 3, also --size=smoke); gateway: the registry
#   directly and through the gateway; trace-api: import and traces through the gateway (both
#   issue 14, separate JVMs from the built jars); freezing: the freezing-service's registry relay
#   and overdue list (issue 11, separate JVMs, also --size=smoke); all (default): trace, ingest
#   and registry. full is the size the issues set their targets for; small is the same run scaled down.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bench=all
size=full
usage="usage: ./benchmarks/run.sh [--bench=all|trace|ingest|registry|gateway|trace-api|freezing] [--size=small|full]"
for arg in "$@"; do
  case $arg in
    --bench=all | --bench=trace | --bench=ingest | --bench=registry | --bench=gateway | --bench=trace-api | --bench=freezing) bench=${arg#--bench=} ;;
    --size=smoke | --size=small | --size=full) size=${arg#--size=} ;;
    -h | --help)
      sed -n '2,9p' "$0"
      exit 0
      ;;
    *)
      echo "unknown argument: $arg ($usage)" >&2
      exit 2
      ;;
  esac
done
if [ "$size" = smoke ] && [ "$bench" != registry ] && [ "$bench" != gateway ] && [ "$bench" != freezing ]; then
  echo "the engine, ingest and trace-api smoke sizes run in 'mvn -pl benchmarks -am verify' or not at all; use --size=small or full" >&2
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
# The gateway and the services run as JVMs of their own, from their jars (target/<module>.jar);
# this JVM is the load generator and the stand-in token issuer (for freezing also the hub's
# token endpoint of the relay's client credentials). BENCH_TRACE_SERVICE_HEAP sets the
# financial-trace-service's heap for trace-api (default 6g at full size, 1g at small).
processes() {
  java -Xms1g -Xmx2g ${BENCH_JAVA_OPTS:-} "-Dbenchmarks.root=$ROOT" \
    "-Dbenchmarks.trace-service-heap=${BENCH_TRACE_SERVICE_HEAP:-}" \
    -cp "$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath-trace.txt")" \
    "$1" "--size=$size"
}
case $bench in
  trace | ingest) engine "$bench" ;;
  gateway) processes org.sequestra.benchmarks.GatewayBenchmark ;;
  trace-api) processes org.sequestra.benchmarks.TraceApiBenchmark ;;
  freezing) processes org.sequestra.benchmarks.FreezingBenchmark ;;
  registry) registry ;;
  all)
    engine all
    registry
    ;;
esac
