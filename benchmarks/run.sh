#!/usr/bin/env bash
# The performance report in one command: builds what it needs through the reactor (unit tests
# skipped; nothing is installed into the local repository), boots the Chrysalis and the reference
# distribution on free ports, measures, stops them and writes benchmarks/REPORT.md and
# benchmarks/latency.png. Full run: under 20 minutes on 2 cores.
#   benchmarks/run.sh            the full run (3 runs per figure, 1,000,000 incidents)
#   benchmarks/run.sh --quick    every step briefly, a smoke check (about 3 minutes)
# Other arguments go to Maven, e.g. -o, -Dbenchmark.incidents=200000, -Dit.test=ParkingBenchmark.
set -euo pipefail
cd "$(dirname "$0")/.."

# the report names the command it came from
args=("-Dbenchmark.command=benchmarks/run.sh${*:+ $*}")
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(-Dbenchmark.quick=true) ;;
    *) args+=("$arg") ;;
  esac
done

exec mvn -B -ntp verify -pl benchmarks -am -Pbenchmark \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false "${args[@]}"
