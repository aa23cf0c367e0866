#!/usr/bin/env bash
# Monitoring benchmarks (issue 5), on the national-scale fictional data set: 2,844 counties × 40
# indicators × 6 years, generated once into target/bench-data (模拟数据; reused by later runs).
#   bench/monitor.sh [PORT] [COUNTIES]     (needs target/lantu.jar: ./mvnw -DskipTests package)
# 1. the whole evaluation, from the store and the engine alone (JMH: EvaluationBench);
# 2. GET /api/units/{id}/status under 32 concurrent clients (a county, a league, the region).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18081}"
counties="${2:-2844}"
data="$PWD/target/bench-data"
export LANTU_ADMIN_PASSWORD="Bench-Passw0rd-2025"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

if [ ! -f "$data/.generated-$counties" ]; then
  start=$(date +%s.%N)
  java -jar target/lantu.jar demo generate --counties "$counties" --years 2021-2025 --data-dir "$data"
  echo "generation: $(echo "$(date +%s.%N) - $start" | bc) s"
  touch "$data/.generated-$counties"
fi

./mvnw -q -Pbench test-compile exec:exec -Dbench=EvaluationBench -Dlantu.bench.data="$data"

java -jar target/lantu.jar serve --port "$port" --data-dir "$data" > "$data/serve.log" 2>&1 &
pid=$!
auth=(-u "admin:$LANTU_ADMIN_PASSWORD")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://localhost:$port/api/plans")" = 200 ]; do
  sleep 0.2
  kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log"; exit 1; }
done
token=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -d '{"name": "bench"}' \
  "http://localhost:$port/api/tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
ids=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/units" | python3 -c "
import json,sys
units=[u for u in json.load(sys.stdin) if (u.get('code') or '').startswith('90')]
county=[u['id'] for u in units if u['level']=='county'][0]
league=[u['id'] for u in units if u['level']=='league'][0]
region=[u['id'] for u in units if u['level']=='region'][0]
print(county, league, region)")
read -r county league region <<< "$ids"
for pass in warm-up measured; do
  out=/dev/null; [ "$pass" = measured ] && out=/dev/stdout
  [ "$pass" = measured ] && echo "GET /api/units/{id}/status?year=2023, 32 concurrent clients:"
  for unit in "$county" "$league"; do
    java bench/HttpLoad.java "http://localhost:$port/api/units/$unit/status?year=2023" 32 ${REQUESTS:-3000} \
      "Authorization: Bearer $token" > $out
  done
  java bench/HttpLoad.java "http://localhost:$port/api/units/$region/status?year=2023" 32 ${REGION_REQUESTS:-200} \
    "Authorization: Bearer $token" > $out
done
