#!/usr/bin/env bash
# Platform benchmarks (issue 3): time from `lantu serve` to the first HTTP 200, import of the five
# seeds through the API, and page/API latency under concurrent clients. Loopback only.
#   bench/platform.sh [PORT]      (needs target/lantu.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
data="$(mktemp -d)"
seeds="${LANTU_SEEDS:-../shared/seeds}"
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

pid=""
first_200() {  # sets $elapsed: seconds from the start of `lantu serve` to the first 200 on /api/plans
  local start end
  start=$(date +%s.%N)
  java -jar target/lantu.jar serve --port "$port" --data-dir "$data" ${LANTU_SERVE_OPTS:-} > "$data/serve.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' ${LANTU_CURL_AUTH:-} "http://localhost:$port/api/plans")" = 200 ]; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log"; exit 1; }
  done
  end=$(date +%s.%N)
  elapsed=$(echo "$end - $start" | bc)
}

first_200
echo "cold start (new data directory, initdb): $elapsed s to first HTTP 200"
kill "$pid"; wait "$pid" 2>/dev/null || true
first_200
echo "warm start (existing data directory):    $elapsed s to first HTTP 200"

args=()
for f in "$seeds"/*.txt; do args+=(-F "file=@$f"); done
start=$(date +%s.%N)
code=$(curl -s -o "$data/import.json" -w '%{http_code}' ${LANTU_CURL_AUTH:-} "${args[@]}" "http://localhost:$port/api/plans")
end=$(date +%s.%N)
echo "import of the five seeds through POST /api/plans: $(echo "$end - $start" | bc) s (HTTP $code)"

plan=$(python3 -c "import json;print(json.load(open('$data/import.json'))[0]['plan_id'])")
for path in "/api/plans/$plan" "${LANTU_PAGE:-/plans/$plan}"; do
  java bench/HttpLoad.java "http://localhost:$port$path" 16 2000 ${LANTU_LOAD_AUTH:-}
done
