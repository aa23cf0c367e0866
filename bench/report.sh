#!/usr/bin/env bash
# Report benchmarks (issue 7), warm, on the fictional region of `lantu demo generate --counties 10`,
# generated once into target/bench-reports (模拟数据; reused by later runs).
#   bench/report.sh            (needs target/lantu.jar: ./mvnw -DskipTests package)
# JMH (ReportBench): one county's annual report per format, and the 10-county league report, each
# generated repeatedly in one Spring context.
set -euo pipefail
cd "$(dirname "$0")/.."
data="$PWD/target/bench-reports"
if [ ! -f "$data/.generated-10" ]; then
  java -jar target/lantu.jar demo generate --counties 10 --years 2021-2025 --data-dir "$data"
  touch "$data/.generated-10"
fi
uptime
./mvnw -q -Pbench test-compile exec:exec -Dbench=ReportBench -Dlantu.bench.data="$data"
uptime
